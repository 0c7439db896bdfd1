import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MutationRateLimitInterceptor } from './mutation-rate-limit.interceptor';
import { QueryLimitsPlugin } from './query-limits';
import { RateLimitService } from './rate-limit.service';

/** Abuse limits of one app: GraphQL depth and complexity (Apollo plugin), per-person rate limits of mutations and socket events. */
@Global()
@Module({
  providers: [RateLimitService, QueryLimitsPlugin, { provide: APP_INTERCEPTOR, useClass: MutationRateLimitInterceptor }],
  exports: [RateLimitService],
})
export class SecurityModule {}
