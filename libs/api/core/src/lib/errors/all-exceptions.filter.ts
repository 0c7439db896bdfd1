import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { AppException } from './app.exception';
import { ErrorCode, HTTP_STATUS_BY_CODE } from './error-codes';
import { Language, languageFrom } from './language';
import { translate } from './messages';

const HTTP_CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

export interface PublicError {
  code: ErrorCode;
  message: string;
  fields?: { field: string; message: string }[];
  requestId?: string;
  [extra: string]: unknown;
}

/** Turns any thrown value into a person-readable error with a stable code; internals are logged, never sent. */
export function toPublicError(exception: unknown, lang: Language, requestId: string | undefined, logger: Logger): PublicError {
  if (exception instanceof AppException) {
    return {
      code: exception.code,
      message: translate(exception.key, lang, exception.params),
      ...(exception.fields.length
        ? { fields: exception.fields.map((f) => ({ field: f.field, message: translate(f.key, lang, f.params) })) }
        : {}),
      ...localizeExtra(exception.extra, lang),
      requestId,
    };
  }
  if (exception instanceof HttpException) {
    const code = HTTP_CODE_BY_STATUS[exception.getStatus()];
    if (code) {
      const key = {
        BAD_USER_INPUT: 'error.badUserInput',
        UNAUTHENTICATED: 'error.unauthenticated',
        FORBIDDEN: 'error.forbidden',
        NOT_FOUND: 'error.notFound',
        CONFLICT: 'error.conflict',
        RATE_LIMITED: 'error.rateLimited',
      }[code as string] as string;
      return { code, message: translate(key, lang, { retryAfterMinutes: 1 }), requestId };
    }
  }
  if (isDatabaseUnavailable(exception)) {
    logger.warn({ err: exception, requestId }, 'database unavailable');
    return { code: ErrorCode.SERVICE_UNAVAILABLE, message: translate('error.serviceUnavailable', lang), requestId };
  }
  // Outside an HTTP request (a socket event) the error still gets an id to quote, the same one as in the log.
  const id = requestId ?? randomUUID();
  logger.error({ err: exception, requestId: id }, 'unhandled error');
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: translate('error.internal', lang, { requestId: id }), requestId: id };
}

function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  return (
    !!e &&
    (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300'].includes(e.code ?? '') ||
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/.test(e.message ?? '') ||
      // Redis (ioredis) gave up on a command while it was unreachable.
      /Reached the max retries per request limit|Command timed out|Stream isn't writeable/.test(e.message ?? ''))
  );
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      const ctx = GqlArgumentsHost.create(host).getContext<{ req?: Request }>();
      const req = ctx.req;
      const error = toPublicError(exception, languageFrom(req?.headers['accept-language']), req?.id as string, this.logger);
      const { message, ...extensions } = error;
      return new GraphQLError(message, { extensions });
    }
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const error = toPublicError(exception, languageFrom(req.headers['accept-language']), req.id as string, this.logger);
    const status = exception instanceof HttpException ? exception.getStatus() : HTTP_STATUS_BY_CODE[error.code];
    if (error.code === ErrorCode.RATE_LIMITED && typeof error['retryAfterSeconds'] === 'number') {
      res.setHeader('Retry-After', String(error['retryAfterSeconds']));
    }
    res.status(status).json({ error });
    return undefined;
  }
}

// Privacy findings carry their message in both languages; the client gets the one it asked for.
function localizeExtra(extra: Record<string, unknown>, lang: Language): Record<string, unknown> {
  const findings = extra['findings'];
  if (!Array.isArray(findings)) return extra;
  return {
    ...extra,
    findings: findings.map((f: { message?: { nl: string; en: string } }) => (f.message && typeof f.message === 'object' ? { ...f, message: f.message[lang] } : f)),
  };
}
