import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RateLimitService } from '@kennislijn/api-core';
import { buildUser, BuiltUser, connectSocket, errorCode, must, TestClient, TestSocket, uniqueEmail } from '@kennislijn/api-testing';
import { REDIS_URL } from '../test/realtime-cluster';
import { startTestApp, TestApp } from '../test/test-app';

/**
 * Hardening (issue 9): GraphQL depth and complexity limits, one operation per request, no mutations
 * over GET, introspection off in production, the CSP, the refresh cookie refused to other sites,
 * and per-person rate limits of mutations and socket events (in memory, shared through Redis, and
 * still answering when Redis is gone).
 */

const SECRET = 'security-test-secret-of-at-least-32-chars';
const PUBLIC_URL = 'https://kennislijn.example.nl';
const REFRESH = `mutation { refreshToken { accessToken user { id } } }`;
const MARK_READ = `mutation { markAllNotificationsRead }`;
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`;
const DEEP = `{ case(id: "x") { community { feed(first: 1) { edges { node { case { community { feed(first: 1) { edges { node { case { community { name } } } } } } } } } } } } }`;
const PAGES_OF_PAGES = `query P($n: Int!) { communities(first: $n) { edges { node { members(first: $n) { edges { node { person { id displayName } } } } } } } }`;

/** A documentation address (TEST-NET) per test, sent as X-Forwarded-For: anonymous budgets never mix between tests. */
const someAddress = () => `198.51.100.${randomInt(1, 255)}`;

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function csp(res: Response): Map<string, string[]> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(header.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...values]) => [name, values]));
}

function ackOf<T>(socket: TestSocket, event: string, payload: unknown): Promise<T> {
  return (socket.timeout(5000) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<T> }).emitWithAck(event, payload);
}

/** Signs a user in on `app` (same database and secret): its token works on every app of this file. */
function onApp(user: BuiltUser, app: TestApp): TestClient {
  const client = new TestClient(app.url);
  client.accessToken = user.client.accessToken;
  return client;
}

describe('hardening', () => {
  let app: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'kennislijn-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>');
    app = await startTestApp({}, { JWT_SECRET: SECRET, PUBLIC_URL, WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('Content-Security-Policy', () => {
    it('allows only the app’s own scripts (no inline, no eval) and no framing, on the page and on /graphql', async () => {
      const page = await fetch(`${app.url}/`);
      expect(page.status).toBe(200);
      const graphql = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(graphql.status).toBe(200);
      for (const res of [page, graphql]) {
        const policy = csp(res);
        expect(policy.get('script-src')).toEqual(["'self'"]);
        expect(policy.get('script-src-attr')).toEqual(["'none'"]);
        expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('default-src')).toEqual(["'self'"]);
        // Same-origin sockets only ('self' covers ws:/wss: of this origin): no bare ws: or wss: scheme.
        expect(policy.get('connect-src')).toEqual(["'self'"]);
      }
    });

    it('the web app’s page has no inline script for the policy to block', () => {
      const html = readFileSync(join(__dirname, '../../../web/index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc=/);
        expect(body.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    });
  });

  describe('GraphQL limits', () => {
    it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH, in Dutch or English, before anything runs', async () => {
      const nl = await post(app.url, { query: DEEP });
      expect(nl.status).toBe(400);
      const body = (await nl.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 13, maxDepth: 12 });
      expect(body.errors[0].extensions['requestId']).toEqual(expect.any(String));
      expect(body.errors[0].message).toBe('Deze vraag aan de server is te diep genest (diepte 13, hoogstens 12). Vraag minder lagen tegelijk op.');
      const en = (await (await post(app.url, { query: DEEP }, { 'accept-language': 'en' })).json()) as { errors: { message: string }[] };
      expect(en.errors[0].message).toContain('nested too deeply');
    });

    it('refuses pages of pages over GRAPHQL_MAX_COMPLEXITY, counting a page size given as a variable', async () => {
      const user = await buildUser(app.url);
      const small = await user.client.gql(PAGES_OF_PAGES, { n: 5 });
      expect(small.errors).toBeUndefined();
      const big = await user.client.gql(PAGES_OF_PAGES, { n: 100 });
      expect(big.status).toBe(400);
      expect(errorCode(big)).toBe('QUERY_TOO_COMPLEX');
      expect(big.errors?.[0].extensions?.['complexity']).toBeGreaterThan(10_000);
      expect(big.errors?.[0].message).toMatch(/^Deze vraag aan de server is te groot/);
    });

    it('takes one operation per request (no batches) and no mutation over GET or as a simple form post', async () => {
      type Refusal = { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
      const batch = await post(app.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(batch.status).toBe(400);
      const batchBody = (await batch.json()) as Refusal;
      expect(batchBody.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(batchBody.errors[0].message).toMatch(/batching/i);

      const viaGet = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(viaGet.status).toBe(405);
      expect(((await viaGet.json()) as Refusal).errors[0].message).toMatch(/GET requests only support query operations/);

      // What a form on another site can send: no JSON content type, no preflight header.
      const form = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { logout }' }) });
      expect(form.status).toBe(400);
      const formBody = (await form.json()) as Refusal;
      expect(formBody.data).toBeUndefined();
      expect(formBody.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/Cross-Site Request Forgery/) });
    });

    it('answers introspection outside production', async () => {
      const res = await new TestClient(app.url).gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
      expect(res.data?.__schema.queryType.name).toBe('Query');
    });
  });

  describe('the refresh cookie and other sites', () => {
    it('refuses refresh and sign-out from another site’s page, and works from the app’s own origin', async () => {
      const user = await buildUser(app.url);
      const cookie = user.client.cookie('kl_refresh');

      const foreign = await user.client.gql(REFRESH, {}, { origin: 'https://evil.example' });
      expect(errorCode(foreign)).toBe('FORBIDDEN');
      expect(foreign.errors?.[0].message).toMatch(/andere website/);
      // Refused before the cookie was touched: not rotated, not cleared.
      expect(foreign.headers.getSetCookie()).toEqual([]);
      expect(user.client.cookie('kl_refresh')).toBe(cookie);

      expect(errorCode(await user.client.gql(`mutation { logout }`, {}, { origin: 'https://kennislijn.example.nl.evil.example' }))).toBe('FORBIDDEN');
      expect(errorCode(await user.client.gql(REFRESH, {}, { 'sec-fetch-site': 'cross-site' }))).toBe('FORBIDDEN');
      expect(errorCode(await user.client.gql(REFRESH, {}, { origin: 'null' }))).toBe('FORBIDDEN');

      // The page the app itself serves (its Host), and PUBLIC_URL behind a proxy.
      const own = await user.client.gql<{ refreshToken: { user: { id: string } } }>(REFRESH, {}, { origin: app.url, 'sec-fetch-site': 'same-origin' });
      expect(own.data?.refreshToken.user.id).toBe(user.id);
      expect(user.client.cookie('kl_refresh')).not.toBe(cookie);
      must(await user.client.gql(REFRESH, {}, { origin: PUBLIC_URL }));
      expect(must(await user.client.gql<{ logout: boolean }>(`mutation { logout }`, {}, { origin: app.url })).logout).toBe(true);
    });

    it('refuses a sign-in posted from another site (login CSRF)', async () => {
      const user = await buildUser(app.url);
      const res = await new TestClient(app.url).gql(LOGIN, { input: { email: user.email, password: user.password } }, { origin: 'https://evil.example' });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.headers.getSetCookie()).toEqual([]);
    });
  });

  describe('in production, with low limits (memory)', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await startTestApp(
        {},
        { NODE_ENV: 'production', JWT_SECRET: SECRET, RATE_LIMIT_MUTATIONS_PER_MINUTE: '3', RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE: '3', RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: '3' },
      );
    });
    afterAll(() => prod?.close());

    it('does not answer introspection', async () => {
      const res = await new TestClient(prod.url).gql(`{ __schema { queryType { name } } }`);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.data).toBeUndefined();
    });

    it('sets the refresh cookie HttpOnly, SameSite=Strict, Secure and only for /graphql', async () => {
      const client = new TestClient(prod.url);
      const res = await client.gql(`mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
        input: { email: uniqueEmail('koekje'), password: 'een-lang-wachtwoord', displayName: 'Koekje', role: 'RESEARCHER' },
      }, { 'x-forwarded-for': someAddress() });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kl_refresh=')) ?? '';
      expect(cookie.split(/;\s*/).slice(1).map((a) => a.split('=')[0].toLowerCase()).sort()).toEqual(['expires', 'httponly', 'path', 'samesite', 'secure']);
      expect(cookie).toMatch(/; Path=\/graphql(;|$)/);
      expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
    });

    it('limits mutations per person: RATE_LIMITED with a retry time (extensions and Retry-After), queries still answer', async () => {
      const user = await buildUser(app.url);
      const client = onApp(user, prod);
      for (let i = 0; i < 3; i++) must(await client.gql(MARK_READ));
      const limited = await client.gql(MARK_READ);
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      const wait = limited.errors?.[0].extensions?.['retryAfterSeconds'] as number;
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(limited.headers.get('retry-after')).toBe(String(wait));
      expect(limited.errors?.[0].message).toBe(`Je gaat even te snel. Probeer het over ${wait} seconden opnieuw.`);
      expect(limited.errors?.[0].extensions?.['requestId']).toEqual(expect.any(String));
      // Reading goes on; another person is not affected.
      expect(must(await client.gql<{ me: { id: string } }>(`{ me { id } }`)).me.id).toBe(user.id);
      must(await onApp(await buildUser(app.url), prod).gql(MARK_READ));
    });

    it('counts every mutation in a request (aliases do not slip through)', async () => {
      const client = onApp(await buildUser(app.url), prod);
      const res = await client.gql(`mutation { a: markAllNotificationsRead b: markAllNotificationsRead c: markAllNotificationsRead d: markAllNotificationsRead }`);
      // Only the fourth is refused (a, b and c ran); its non-null field nulls the whole answer.
      expect(res.errors?.map((e) => [e.extensions?.code, (e as { path?: string[] }).path])).toEqual([['RATE_LIMITED', ['d']]]);
    });

    it('limits anonymous mutations (sign-in, refresh) per client address', async () => {
      const address = someAddress();
      const anonymous = new TestClient(prod.url);
      const wrong = { input: { email: uniqueEmail(), password: 'niet-het-goede-wachtwoord' } };
      for (let i = 0; i < 3; i++) expect(errorCode(await anonymous.gql(LOGIN, wrong, { 'x-forwarded-for': address }))).toBe('UNAUTHENTICATED');
      const limited = await anonymous.gql(LOGIN, wrong, { 'x-forwarded-for': address });
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(errorCode(await anonymous.gql(LOGIN, wrong, { 'x-forwarded-for': `203.0.113.${randomInt(1, 255)}` }))).toBe('UNAUTHENTICATED');
    });

    it('limits socket events per person with an ack in the usual shape; renewing the token is never limited', async () => {
      const user = await buildUser(app.url);
      const socket = await connectSocket(prod.url, user.client.accessToken);
      try {
        const replay = () => ackOf<{ ok: boolean; error?: { code: string; message: string; retryAfterSeconds?: number } }>(socket, 'thread:replay', { threadId: 'geen-draad', afterSeq: 0 });
        for (let i = 0; i < 3; i++) expect((await replay()).error?.code).toBe('NOT_FOUND');
        const limited = await replay();
        expect(limited.ok).toBe(false);
        expect(limited.error?.code).toBe('RATE_LIMITED');
        expect(limited.error?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(limited.error?.message).toBe(`Je gaat even te snel. Probeer het over ${limited.error?.retryAfterSeconds} seconden opnieuw.`);
        const renewed = await ackOf<{ ok: boolean }>(socket, 'auth:renew', { token: user.client.accessToken });
        expect(renewed.ok).toBe(true);
      } finally {
        socket.close();
      }
    });

    it('closes a socket that sends more than socket.io’s buffer limit (256 kB) at once', async () => {
      const user = await buildUser(app.url);
      const socket = await connectSocket(prod.url, user.client.accessToken);
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      socket.emit('typing', { threadId: 'x'.repeat(300_000) });
      expect(await closed).toMatch(/transport (close|error)/);
    });
  });

  describe('with Redis: one budget across replicas', () => {
    let one: TestApp;
    let two: TestApp;
    beforeAll(async () => {
      const env = { JWT_SECRET: SECRET, REDIS_URL, RATE_LIMIT_MUTATIONS_PER_MINUTE: '3', RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE: '3', RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: '3' };
      [one, two] = await Promise.all([startTestApp({}, env), startTestApp({}, env)]);
    });
    afterAll(async () => {
      await Promise.all([one?.close(), two?.close()]);
    });

    it('counts a person’s mutations on every instance together', async () => {
      const user = await buildUser(app.url);
      must(await onApp(user, one).gql(MARK_READ));
      must(await onApp(user, two).gql(MARK_READ));
      must(await onApp(user, one).gql(MARK_READ));
      expect(errorCode(await onApp(user, two).gql(MARK_READ))).toBe('RATE_LIMITED');
      expect(errorCode(await onApp(user, one).gql(MARK_READ))).toBe('RATE_LIMITED');
    });

    it('counts a person’s socket events on every instance together', async () => {
      const user = await buildUser(app.url);
      const sockets = await Promise.all([connectSocket(one.url, user.client.accessToken), connectSocket(two.url, user.client.accessToken)]);
      try {
        const codes: (string | undefined)[] = [];
        for (const socket of [sockets[0], sockets[1], sockets[0], sockets[1]]) {
          codes.push((await ackOf<{ error?: { code: string } }>(socket, 'thread:replay', { threadId: 'geen-draad', afterSeq: 0 })).error?.code);
        }
        expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'RATE_LIMITED']);
      } finally {
        sockets.forEach((s) => s.close());
      }
    });
  });

  describe('when the limiter loses Redis', () => {
    let lonely: TestApp;
    beforeAll(async () => {
      lonely = await startTestApp({}, { JWT_SECRET: SECRET, REDIS_URL, RATE_LIMIT_MUTATIONS_PER_MINUTE: '2' });
    });
    afterAll(() => lonely?.close());

    it('still answers and still limits (per instance, in memory), never with an internal error', async () => {
      // The limiter's own connection goes (the rest of the app keeps Redis, so this tests the limiter alone).
      (lonely.get(RateLimitService) as unknown as { redis: { disconnect(): void } }).redis.disconnect();
      const client = onApp(await buildUser(app.url), lonely);
      expect(must(await client.gql<{ markAllNotificationsRead: number }>(MARK_READ)).markAllNotificationsRead).toBe(0);
      must(await client.gql(MARK_READ));
      expect(errorCode(await client.gql(MARK_READ))).toBe('RATE_LIMITED');
    });
  });
});
