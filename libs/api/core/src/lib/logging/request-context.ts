import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestStore {
  requestId: string;
  /** SQL statements this request issued (see CountingSqlLogger); reported in `Server-Timing`. */
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

export function requestIdFromContext(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Counts one SQL statement against the current request, if there is one. */
export function countSqlStatement(): void {
  const store = storage.getStore();
  if (store) store.sqlStatements++;
}

const VALID_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (a sane incoming X-Request-Id is kept), returns it in a header, and puts it in every log line.
 * With `serverTiming`, the response also says how many SQL statements it cost (`Server-Timing: db;desc="sql=4"`),
 * which the feed benchmark reads to prove the count does not grow with the page size.
 */
export function requestIdMiddleware(options: { serverTiming?: boolean } = {}) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && VALID_ID.test(incoming) ? incoming : randomUUID();
    (req as Request & { id: string }).id = requestId;
    res.setHeader('X-Request-Id', requestId);
    const store: RequestStore = { requestId, sqlStatements: 0 };
    if (options.serverTiming) {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
      (res as unknown as { writeHead: (...args: unknown[]) => Response }).writeHead = (...args: unknown[]) => {
        if (!res.headersSent) res.setHeader('Server-Timing', `db;desc="sql=${store.sqlStatements}"`);
        return writeHead(...args);
      };
    }
    storage.run(store, () => next());
  };
}
