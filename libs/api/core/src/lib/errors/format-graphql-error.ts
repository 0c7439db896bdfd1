import type { GraphQLFormattedError } from 'graphql';
import { requestIdFromContext } from '../logging/request-context';
import { ErrorCode } from './error-codes';

// BAD_REQUEST: Apollo refusing the request itself (CSRF prevention, a batch, a mutation over GET), with its own safe message.
const PASS_THROUGH = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']);

/** Whether a code reaches the client as it is (else the error is answered as INTERNAL_SERVER_ERROR). */
export function isPublicErrorCode(code: unknown): code is string {
  return typeof code === 'string' && PASS_THROUGH.has(code);
}

/**
 * Last line of defence before a response leaves: known codes pass, anything else becomes
 * INTERNAL_SERVER_ERROR without message text from the inside (no stack, no SQL).
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete extensions['stacktrace'];
  delete extensions['exception'];
  delete extensions['originalError'];
  // Errors raised by Apollo itself (validation, variables) never passed the filter: the id comes from the request context.
  extensions['requestId'] ??= requestIdFromContext();
  const code = String(extensions['code'] ?? '');
  if (!PASS_THROUGH.has(code)) {
    return {
      message: 'Er ging iets mis aan onze kant. / Something went wrong on our side.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: extensions['requestId'] },
    };
  }
  return { ...formatted, extensions };
}
