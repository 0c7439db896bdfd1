import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { ErrorCode } from '../errors/error-codes';
import { isPublicErrorCode } from '../errors/format-graphql-error';
import { requestIdFromContext } from '../logging/request-context';
import { MetricsService } from './metrics.service';

/**
 * Times every GraphQL request by operation and counts its errors by the code the client sees.
 * An error without a public code (answered as INTERNAL_SERVER_ERROR) did not pass the exception
 * filter, so nobody logged it yet: it is logged here with the request id the client was given.
 */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin<BaseContext> {
  private readonly logger = new Logger('GraphQL');

  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const started = performance.now();
    const { metrics, logger } = this;
    // Until the operation is resolved the document did not parse or validate.
    let operation = 'invalid';
    let type = 'none';
    return {
      async didResolveOperation(ctx) {
        operation = metrics.operationLabel(ctx.operationName);
        type = ctx.operation?.operation ?? 'none';
      },
      async didEncounterErrors(ctx) {
        for (const error of ctx.errors) {
          const code = error.extensions?.['code'];
          metrics.graphqlError(isPublicErrorCode(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR);
          if (!isPublicErrorCode(code)) {
            const requestId = (ctx.contextValue as { req?: { id?: string } }).req?.id ?? requestIdFromContext();
            logger.error({ err: error.originalError ?? error, requestId, path: error.path }, 'unhandled GraphQL error');
          }
        }
      },
      async willSendResponse() {
        metrics.observeGraphql(operation, type, (performance.now() - started) / 1000);
      },
    };
  }
}
