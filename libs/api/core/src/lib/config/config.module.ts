import { DynamicModule, Global, Module } from '@nestjs/common';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { APP_CONFIG, AppConfig } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }, PersonalDataRegistry], exports: [APP_CONFIG, PersonalDataRegistry] };
  }
}
