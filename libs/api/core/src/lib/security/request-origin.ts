import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { AppException } from '../errors/app.exception';
import { defineMessages } from '../errors/messages';

defineMessages({
  'auth.foreignOrigin': {
    nl: 'Dit verzoek komt van een andere website en is daarom geweigerd. Open Kennislijn zelf en probeer het daar opnieuw.',
    en: 'This request comes from another website and was refused. Open Kennislijn itself and try again there.',
  },
});

type OriginRequest = Pick<Request, 'headers'> & { host?: string };

/**
 * Whether a request may use the refresh cookie: a browser names the page's origin in `Origin`
 * (always on a POST); it must be the app's own (PUBLIC_URL, the Host it was sent to, or the host a
 * trusted proxy forwarded) or one of CORS_ORIGINS. Without `Origin`, a browser's `Sec-Fetch-Site`
 * must not say the request came from another site. A request with neither is not from a browser
 * page, so no other site can have made it with the person's cookie.
 */
export function isOwnOrigin(req: OriginRequest, config: Pick<AppConfig, 'publicUrl' | 'corsOrigins'>): boolean {
  const origin = header(req, 'origin');
  if (origin === undefined) {
    const site = header(req, 'sec-fetch-site');
    return site === undefined || site === 'same-origin' || site === 'none';
  }
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null" (sandboxed frames, cross-site redirects)
  }
  const allowed = [config.publicUrl, ...config.corsOrigins].filter(Boolean).map((u) => new URL(u).origin);
  if (allowed.includes(url.origin)) return true;
  const hosts = [header(req, 'host'), req.host].filter((h): h is string => !!h).map((h) => h.toLowerCase());
  return hosts.includes(url.host.toLowerCase());
}

/** Refuses (FORBIDDEN, `auth.foreignOrigin`) a cookie-using request another website made. */
export function assertOwnOrigin(req: OriginRequest, config: Pick<AppConfig, 'publicUrl' | 'corsOrigins'>): void {
  if (!isOwnOrigin(req, config)) throw AppException.forbidden('auth.foreignOrigin');
}

function header(req: OriginRequest, name: string): string | undefined {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.length > 0 ? first.trim() : undefined;
}
