import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@kennislijn/api-core';
import { ReferenceDataSeeder } from '@kennislijn/api-curriculum';
import { SessionsService } from '@kennislijn/api-sessions';
import { DemoSeeder } from './demo-seeder';

/** After migrations: the learning line's reference rows always, demo data when SEED_DEMO is on. Both idempotent. */
@Injectable()
export class StartupSeeding implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly referenceData: ReferenceDataSeeder,
    private readonly demo: DemoSeeder,
    private readonly sessions: SessionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.seed();
    await this.sessions.seedShippedMethods();
    if (this.config.seedDemo) await this.demo.seed();
  }
}
