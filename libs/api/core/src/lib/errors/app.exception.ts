import { ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  /** Message key in MESSAGES, translated per request. */
  key: string;
  params?: Record<string, string | number>;
}

/** The one exception type services throw; the filter turns it into a GraphQL error with a stable code. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(key);
    this.name = 'AppException';
  }

  static badInput(fields: FieldError[]): AppException {
    return new AppException(ErrorCode.BAD_USER_INPUT, 'error.badUserInput', {}, fields);
  }
  static unauthenticated(key = 'error.unauthenticated'): AppException {
    return new AppException(ErrorCode.UNAUTHENTICATED, key);
  }
  static forbidden(key = 'error.forbidden'): AppException {
    return new AppException(ErrorCode.FORBIDDEN, key);
  }
  static notFound(key = 'error.notFound'): AppException {
    return new AppException(ErrorCode.NOT_FOUND, key);
  }
  static conflict(key = 'error.conflict', fields: FieldError[] = []): AppException {
    return new AppException(ErrorCode.CONFLICT, key, {}, fields);
  }
  static rateLimited(retryAfterSeconds: number): AppException {
    // A wait of up to a minute (the mutation and socket limits) is said in seconds, not "over 1 minuten".
    if (retryAfterSeconds <= 60) {
      const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
      return new AppException(ErrorCode.RATE_LIMITED, 'error.rateLimitedSeconds', { retryAfterSeconds: seconds }, [], { retryAfterSeconds: seconds });
    }
    return new AppException(
      ErrorCode.RATE_LIMITED,
      'error.rateLimited',
      { retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
      [],
      { retryAfterSeconds },
    );
  }
}
