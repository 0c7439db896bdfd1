import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-codes';

const PASS_THROUGH = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * Last line of defence before a response leaves: known codes pass, anything else becomes
 * INTERNAL_SERVER_ERROR without message text from the inside (no stack, no SQL).
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete extensions['stacktrace'];
  delete extensions['exception'];
  delete extensions['originalError'];
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
