import { DynamicModule, Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { CountingSqlLogger } from './counting-sql-logger';
import { MIGRATIONS } from './migrations';

/**
 * PGlite runs one query at a time, and pglite-socket's multiplexer mixes up extended-protocol
 * messages of concurrent connections (seen as "unnamed prepared statement does not exist" and
 * wrong results under 4 concurrent sign-ins). So the API holds one connection to it; requests
 * queue in the pool. A few more are allowed for tools. See docs/adr/0001-embedded-postgres.md.
 */
export const EMBEDDED_POOL_SIZE = 1;
export const EMBEDDED_MAX_CONNECTIONS = 4;

export function poolSizeFor(config: AppConfig): number {
  return config.databaseUrl ? config.dbPoolSize : EMBEDDED_POOL_SIZE;
}

/** Holds the embedded server (if any) so it is stopped after TypeORM has closed its pool. */
@Injectable()
export class EmbeddedPostgresHolder implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  embedded?: EmbeddedPostgres;

  constructor(private readonly moduleRef: ModuleRef) {}

  async start(config: AppConfig): Promise<string> {
    if (config.databaseUrl) return config.databaseUrl;
    const started = Date.now();
    this.embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: EMBEDDED_MAX_CONNECTIONS });
    this.logger.log(
      { dataDir: config.dataDir, ms: Date.now() - started },
      config.dataDir === 'memory://' ? 'embedded PostgreSQL (in memory) started' : 'embedded PostgreSQL started',
    );
    return this.embedded.url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    // Close the pool before the server under it goes away.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    await this.embedded.stop();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          extraProviders: [EmbeddedPostgresHolder],
          inject: [APP_CONFIG, EmbeddedPostgresHolder],
          useFactory: async (config: AppConfig, holder: EmbeddedPostgresHolder) => ({
            type: 'postgres' as const,
            url: await holder.start(config),
            autoLoadEntities: true,
            synchronize: false,
            migrations: MIGRATIONS,
            migrationsRun: true,
            migrationsTransactionMode: 'each' as const,
            uuidExtension: 'pgcrypto' as const,
            poolSize: poolSizeFor(config),
            extra: { max: poolSizeFor(config), connectionTimeoutMillis: 10_000, application_name: 'kennislijn-api' },
            logger: new CountingSqlLogger(),
            maxQueryExecutionTime: 1000,
          }),
        }),
      ],
      providers: [],
      exports: [TypeOrmModule],
    };
  }
}

export type { DataSource };
