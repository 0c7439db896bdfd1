import { AppException } from '../errors/app.exception';
import { assertOwnOrigin, isOwnOrigin } from './request-origin';

const config = { publicUrl: 'https://kennislijn.example.nl', corsOrigins: ['https://partner.example.org'] };
const request = (headers: Record<string, string>, host?: string) => ({ headers, host });

describe('isOwnOrigin', () => {
  it('accepts the app’s own origin: PUBLIC_URL, the Host it was sent to, a trusted forwarded host, CORS_ORIGINS', () => {
    expect(isOwnOrigin(request({ origin: 'https://kennislijn.example.nl', host: '10.0.0.5:3000' }), config)).toBe(true);
    expect(isOwnOrigin(request({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), config)).toBe(true);
    expect(isOwnOrigin(request({ origin: 'https://app.example.nl', host: 'api:3000' }, 'app.example.nl'), config)).toBe(true);
    expect(isOwnOrigin(request({ origin: 'https://partner.example.org', host: 'api:3000' }), config)).toBe(true);
  });

  it('refuses another site, a sibling subdomain, another port and the opaque origin', () => {
    for (const origin of ['https://evil.example', 'https://evil.kennislijn.example.nl', 'http://127.0.0.1:4000', 'null', 'not a url']) {
      expect(isOwnOrigin(request({ origin, host: '127.0.0.1:3000' }), config)).toBe(false);
    }
  });

  it('without Origin, trusts Sec-Fetch-Site, and lets non-browser clients (neither header) through', () => {
    expect(isOwnOrigin(request({ 'sec-fetch-site': 'cross-site', host: '127.0.0.1:3000' }), config)).toBe(false);
    expect(isOwnOrigin(request({ 'sec-fetch-site': 'same-site', host: '127.0.0.1:3000' }), config)).toBe(false);
    expect(isOwnOrigin(request({ 'sec-fetch-site': 'same-origin', host: '127.0.0.1:3000' }), config)).toBe(true);
    expect(isOwnOrigin(request({ host: '127.0.0.1:3000' }), config)).toBe(true);
  });

  it('answers a foreign request with FORBIDDEN and a clear message key', () => {
    try {
      assertOwnOrigin(request({ origin: 'https://evil.example', host: '127.0.0.1:3000' }), config);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      expect(error).toMatchObject({ code: 'FORBIDDEN', key: 'auth.foreignOrigin' });
    }
  });
});
