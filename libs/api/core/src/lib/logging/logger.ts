import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';
import { requestIdFromContext } from './request-context';

export function createRootLogger(level: string): Pino {
  return pino({
    level,
    base: { service: 'kennislijn-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Secrets and tokens never reach the log, whatever object is logged.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.newPassword', '*.currentPassword', '*.accessToken', '*.refreshToken'],
      censor: '[redacted]',
    },
    mixin: () => {
      const requestId = requestIdFromContext();
      return requestId ? { requestId } : {};
    },
  });
}

/** Nest's LoggerService over pino: structured JSON lines, one per event. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Pino) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    const context = typeof params[params.length - 1] === 'string' ? (params[params.length - 1] as string) : undefined;
    const rest = context ? params.slice(0, -1) : params;
    const logger = context ? this.root.child({ context }) : this.root;
    if (message && typeof message === 'object') {
      const text = typeof rest[0] === 'string' ? rest[0] : undefined;
      logger[level](message as object, text);
    } else if (message instanceof Error) {
      logger[level]({ err: message }, message.message);
    } else if (level === 'error' && typeof rest[0] === 'string' && rest[0].includes('\n')) {
      logger[level]({ stack: rest[0] }, String(message));
    } else {
      logger[level](String(message));
    }
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
}
