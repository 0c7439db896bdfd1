import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable } from 'rxjs';
import { AppException } from '../errors/app.exception';
import type { GqlContext } from '../http/gql-context';
import { RateLimitService } from './rate-limit.service';

/**
 * Every root mutation field counts against its caller's per-minute budget (a request with three
 * aliased mutations counts three). An interceptor, not a guard: it runs after the global AuthGuard,
 * so a signed-in caller is counted as a person, an anonymous one by client address. Over the limit:
 * RATE_LIMITED with `retryAfterSeconds` and a `Retry-After` header; nothing of the mutation runs.
 */
@Injectable()
export class MutationRateLimitInterceptor implements NestInterceptor {
  constructor(private readonly limits: RateLimitService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'mutation' || info.path.prev !== undefined) return next.handle();
    const { req, res } = gql.getContext<GqlContext>();
    const wait = await this.limits.consumeMutation(req.user?.id, req.ip);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw AppException.rateLimited(wait);
    }
    return next.handle();
  }
}
