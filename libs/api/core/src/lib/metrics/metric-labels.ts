import { createHash, timingSafeEqual } from 'node:crypto';

/** Label values that can never grow without bound: Prometheus keeps one series per distinct value. */
export const OTHER = 'other';

/**
 * Keeps the first `max` distinct values that match `pattern`; anything else is reported as 'other'.
 * Operation names come from clients, so a client inventing names cannot create unlimited series.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly pattern: RegExp,
  ) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max || !this.pattern.test(value)) return OTHER;
    this.seen.add(value);
    return value;
  }
}

export const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const MAX_OPERATION_NAMES = 200;

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function methodLabel(method: string | undefined): string {
  return method && HTTP_METHODS.has(method) ? method : OTHER;
}

export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : OTHER;
}

/**
 * The route of an HTTP request as a fixed label: the Express route a controller declared
 * (`/health/live`, `/api/agenda/:file`), `/graphql`, `static` for the web app's files and pages,
 * `unmatched` for everything else. Never the raw URL, which carries ids and secrets.
 */
export function routeLabel(req: { url?: string; route?: { path?: unknown } }, method: string, status: number): string {
  const declared = req.route?.path;
  if (typeof declared === 'string') return declared;
  const url = req.url ?? '';
  if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) return '/graphql';
  if ((method === 'GET' || method === 'HEAD') && status < 400) return 'static';
  return 'unmatched';
}

export type MetricsAccess = 'allowed' | 'unauthenticated' | 'forbidden';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * Who may read /metrics. With METRICS_TOKEN: whoever sends `Authorization: Bearer <token>`.
 * Without it: anyone outside production; in production only a direct connection from this machine
 * (loopback, and no proxy in between: a request that names a forwarded client came through a proxy).
 */
export function metricsAccess(
  config: { nodeEnv: string; metricsToken: string },
  request: { authorization?: string; remoteAddress?: string; forwarded: boolean },
): MetricsAccess {
  if (config.metricsToken) {
    const header = request.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    return given && sameSecret(given, config.metricsToken) ? 'allowed' : 'unauthenticated';
  }
  if (config.nodeEnv !== 'production') return 'allowed';
  return !request.forwarded && LOOPBACK.test(request.remoteAddress ?? '') ? 'allowed' : 'forbidden';
}

// Compares digests, so neither the length nor a prefix of the token leaks through timing.
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
