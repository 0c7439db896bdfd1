import { randomBytes, randomUUID } from 'node:crypto';
import { buildCommunity, buildUser, connectSocket, must, nextEvent, sleep, TestClient, TestSocket } from '@kennislijn/api-testing';
import { spawnServer, SpawnedServer } from '../test/spawn-server';
import { startTestApp, testDatabaseUrl, TestApp } from '../test/test-app';

const THREAD = `query MetricsThread($kind: ThreadKind!, $id: ID!) { thread(kind: $kind, subjectId: $id) { id } }`;
const POST = `mutation MetricsPost($input: PostMessageInput!) { postMessage(input: $input) { id seq } }`;
const TOKEN = 'scrape-token-abcdefghijkl';

/** One sample of the Prometheus text exposition: the first line of `name` whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${await res.text()}`);
  return res.text();
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('observability: /metrics and request ids', () => {
  let app: TestApp;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app.close());

  it('serves Prometheus text without a session: GraphQL timing by operation, errors by code, HTTP routes, pool and process', async () => {
    const anonymous = new TestClient(app.url);
    must(await anonymous.gql(`query MetricsLevels { levels { number } }`));
    expect((await anonymous.gql(`query MetricsMe { me { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.gql(`query { nope }`)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await anonymous.gql(`mutation MetricsRegister($input: RegisterInput!) { register(input: $input) { accessToken } }`, { input: { email: 'geen-adres', password: 'kort', displayName: 'Ab', role: 'STUDENT' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await fetch(`${app.url}/health/live`);
    await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    await fetch(`${app.url}/api/agenda/notarealsecret.ics`);

    const res = await fetch(`${app.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(sample(text, 'kennislijn_graphql_request_duration_seconds_count', { operation: 'MetricsLevels', type: 'query' })).toBe(1);
    expect(sample(text, 'kennislijn_graphql_request_duration_seconds_bucket', { operation: 'MetricsLevels', type: 'query', le: '+Inf' })).toBe(1);
    expect(sample(text, 'kennislijn_graphql_request_duration_seconds_count', { operation: 'MetricsMe', type: 'query' })).toBe(1);
    expect(sample(text, 'kennislijn_graphql_request_duration_seconds_count', { operation: 'invalid', type: 'none' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kennislijn_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(text, 'kennislijn_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'kennislijn_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(text, 'kennislijn_graphql_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBeUndefined();
    // HTTP by declared route; the agenda secret and other raw URLs never become labels.
    expect(sample(text, 'kennislijn_http_request_duration_seconds_count', { method: 'GET', route: '/health/live', status: '2xx' })).toBe(1);
    expect(sample(text, 'kennislijn_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '4xx' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kennislijn_http_request_duration_seconds_count', { method: 'GET', route: '/api/agenda/:file' })).toBe(1);
    expect(text).not.toContain('notarealsecret');
    // The pool: the configured size (one connection on the embedded database) and what is open now.
    const poolSize = process.env['KL_TEST_DATABASE_KIND'] === 'embedded' ? 1 : 3;
    expect(sample(text, 'kennislijn_db_pool_max')).toBe(poolSize);
    expect(sample(text, 'kennislijn_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kennislijn_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'kennislijn_db_pool_waiting_requests')).toBe(0);
    // Process metrics: event-loop lag, memory, GC.
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE nodejs_gc_duration_seconds histogram');
  });

  it('counts connected sockets, stored and delivered messages, and replays', async () => {
    const owner = await buildUser(app.url);
    const community = await buildCommunity(owner.client);
    const threadId = must(await owner.client.gql<{ thread: { id: string } }>(THREAD, { kind: 'COMMUNITY', id: community.id })).thread.id;
    const before = await scrape(app.url);
    const stored = sample(before, 'kennislijn_messages_stored_total') ?? 0;
    const delivered = sample(before, 'kennislijn_messages_delivered_total') ?? 0;
    const replays = sample(before, 'kennislijn_replay_requests_total') ?? 0;
    expect(sample(before, 'kennislijn_sockets_connected')).toBe(0);

    const socket = await connectSocket(app.url, owner.client.accessToken);
    sockets.push(socket);
    const subscribed = await socket.timeout(5000).emitWithAck('thread:subscribe', { threadId, afterSeq: 0 });
    expect(subscribed.ok).toBe(true);
    const live = nextEvent(socket, 'message', (m) => m.threadId === threadId);
    must(await owner.client.gql(POST, { input: { threadId, body: 'Een bericht om te tellen.' } }));
    await live;
    const sent = await socket.timeout(5000).emitWithAck('message:send', { threadId, clientId: randomUUID(), body: 'Nog een, over de socket.' });
    expect(sent.ok).toBe(true);

    const during = await scrape(app.url);
    expect(sample(during, 'kennislijn_sockets_connected')).toBe(1);
    expect(sample(during, 'kennislijn_messages_stored_total')).toBe(stored + 2);
    expect(sample(during, 'kennislijn_messages_delivered_total')).toBe(delivered + 2);
    expect(sample(during, 'kennislijn_replay_requests_total')).toBe(replays + 1);
    expect(sample(during, 'kennislijn_graphql_request_duration_seconds_count', { operation: 'MetricsPost', type: 'mutation' })).toBe(1);

    socket.close();
    await until('the socket gauge to drop', async () => sample(await scrape(app.url), 'kennislijn_sockets_connected') === 0);
  });

  it('requires METRICS_TOKEN as a bearer token when it is set (not a user access token)', async () => {
    const guarded = await startTestApp({ metricsToken: TOKEN });
    try {
      const user = await buildUser(guarded.url);
      for (const authorization of [undefined, 'Bearer wrong-token-abcdefghij', `Bearer ${user.client.accessToken}`]) {
        const res = await fetch(`${guarded.url}/metrics`, { headers: authorization ? { authorization } : {} });
        expect(res.status).toBe(401);
        const body = (await res.json()) as { error: { code: string; requestId: string } };
        expect(body.error.code).toBe('UNAUTHENTICATED');
        expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
      }
      const text = await scrape(guarded.url, { authorization: `Bearer ${TOKEN}` });
      expect(sample(text, 'kennislijn_sockets_connected')).toBe(0);
    } finally {
      await guarded.close();
    }
  });

  it('puts the X-Request-Id of every failed request in its error: resolver, validation, HTTP and body errors', async () => {
    const client = new TestClient(app.url);
    const resolver = await client.gql(`{ me { id } }`);
    const validation = await client.gql(`{ nope }`);
    for (const res of [resolver, validation]) {
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.errors?.[0].extensions?.['requestId']).toBe(id);
    }
    const missing = await fetch(`${app.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { requestId: string } }).error.requestId).toBe(missing.headers.get('x-request-id'));
    const body = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'support-case-body-abc' }, body: '{"query": ' });
    expect(((await body.json()) as { errors: { extensions: { requestId: string } }[] }).errors[0].extensions.requestId).toBe('support-case-body-abc');
    // A client-chosen id is kept only when it is sane; anything else is replaced.
    const odd = await client.gql(`{ me { id } }`, {}, { 'x-request-id': 'not a valid id <script>' });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(odd.errors?.[0].extensions?.['requestId']).toBe(odd.headers.get('x-request-id'));
  });
});

describe('observability in production (the built server)', () => {
  let server: SpawnedServer;
  beforeAll(async () => {
    server = await spawnServer({
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATABASE_URL: testDatabaseUrl(),
      DB_POOL_SIZE: process.env['KL_TEST_DATABASE_KIND'] === 'embedded' ? '1' : '2',
      JWT_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      DATA_DIR: 'memory://',
    });
  });
  afterAll(() => server?.stop());

  it('without METRICS_TOKEN answers only direct scrapes from this machine, not through a proxy', async () => {
    const local = await fetch(`${server.url}/metrics`);
    expect(local.status).toBe(200);
    expect(await local.text()).toContain('kennislijn_sockets_connected 0');
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7', 'accept-language': 'en' } });
    expect(proxied.status).toBe(403);
    expect(((await proxied.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'FORBIDDEN', message: 'Metrics can only be read from this machine, or with METRICS_TOKEN.' });
  });

  it('logs a failed request with the id its error response carries', async () => {
    const id = 'support-quote-abcdefgh';
    const res = await new TestClient(server.url).gql(`query MetricsLogged { me { id } }`, {}, { 'x-request-id': id });
    expect(res.errors?.[0].extensions?.['requestId']).toBe(id);
    await until('the request log line', async () => server.output().includes(id));
    const line = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { requestId?: string; req?: { url?: string }; res?: { statusCode?: number } })
      .find((l) => l.requestId === id && l.req?.url === '/graphql');
    expect(line?.res?.statusCode).toBe(200);
  });
});
