import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AllExceptionsFilter,
  AppConfig,
  ConfigModule,
  createValidationPipe,
  DatabaseModule,
  formatGraphqlError,
  HealthController,
  MetricsModule,
  SecurityModule,
} from '@kennislijn/api-core';
import { AccountsModule } from '@kennislijn/api-accounts';
import { AuthModule } from '@kennislijn/api-auth';
import { CasesModule } from '@kennislijn/api-cases';
import { CommunitiesModule } from '@kennislijn/api-communities';
import { CurriculumModule } from '@kennislijn/api-curriculum';
import { MailModule } from '@kennislijn/api-mail';
import { NotificationsModule } from '@kennislijn/api-notifications';
import { RealtimeModule } from '@kennislijn/api-realtime';
import { DiscussionsModule } from '@kennislijn/api-discussions';
import { InstrumentsModule } from '@kennislijn/api-instruments';
import { KnowledgeModule } from '@kennislijn/api-knowledge';
import { SearchModule } from '@kennislijn/api-search';
import { SessionsModule } from '@kennislijn/api-sessions';
import { DemoSeeder } from './demo-seeder';
import { StartupSeeding } from './startup-seeding';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { schemaFile?: string; seed?: boolean } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        // GET /metrics, and the Apollo plugin timing every operation (found by GraphQLModule).
        MetricsModule,
        // Depth and complexity limits (Apollo plugin) and per-person rate limits of mutations and socket events.
        SecurityModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          // In memory at run time; `npm run schema:generate` writes the committed apps/api/schema.gql.
          autoSchemaFile: options.schemaFile ?? true,
          sortSchema: true,
          playground: false,
          // The schema is public in the repository, but production does not serve it to every caller.
          introspection: config.nodeEnv !== 'production',
          // Refuses simple (form-like) requests and mutations over GET; one operation per HTTP request.
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: formatGraphqlError,
          // Errors thrown in field resolvers (e.g. a moderator-only field) get the same coded, translated form.
          fieldResolverEnhancers: ['filters'],
        }),
        AuthModule,
        RealtimeModule,
        AccountsModule,
        CurriculumModule,
        MailModule,
        NotificationsModule,
        CommunitiesModule,
        CasesModule,
        DiscussionsModule,
        InstrumentsModule,
        KnowledgeModule,
        SearchModule,
        SessionsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        DemoSeeder,
        // Tools (schema, drift) boot the app on an empty database without seeding.
        ...(options.seed === false ? [] : [StartupSeeding]),
      ],
    };
  }
}
