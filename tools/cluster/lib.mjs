// Helpers shared by the cluster drill (drill.mjs) and the cluster load script (load.mjs): the cluster
// as a child process (start-cluster.mjs), a private PostgreSQL and Redis for the drill, GraphQL and
// socket.io clients that record every outcome, and the client half of the delivery guarantee.

import { createRequire } from 'node:module';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { freePort, stats } from '../bench/lib.mjs';

// Shared with the single-node benchmarks.
export { freePort, stats };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST = '127.0.0.1';
export const now = () => performance.now();
export const log = (msg) => process.stderr.write(`[${new Date().toISOString().slice(11, 23)}] ${msg}\n`);
export const round = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10 ** d) / 10 ** d);

/** Letters only (the privacy guard flags runs of digits in names and messages). */
export function letters(n, i = null) {
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  if (i !== null) {
    let s = '';
    let x = i;
    do {
      s = abc[x % 26] + s;
      x = Math.floor(x / 26);
    } while (x > 0);
    return s;
  }
  return Array.from({ length: n }, () => abc[Math.floor(Math.random() * 26)]).join('');
}

export function portFree(port) {
  return new Promise((res) => {
    const srv = net.createServer();
    srv.once('error', () => res(false));
    srv.listen(port, HOST, () => srv.close(() => res(true)));
  });
}

/** `n` consecutive free ports (the cluster's replicas take CLUSTER_BASE_PORT, +1, ...). */
export async function freePortRange(n) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = await portFree(base + i);
    if (ok) return base;
  }
  throw new Error(`no ${n} consecutive free ports found`);
}

export async function pool(n, concurrency, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, concurrency) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Clean-up: everything started here is stopped on exit, Ctrl-C and the deadline.

const cleanups = [];
export function onCleanup(fn) {
  cleanups.push(fn);
}
let cleaning = false;
export function cleanupSync() {
  if (cleaning) return;
  cleaning = true;
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // best effort
    }
  }
}
export function installSignalHandlers() {
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      log(`${sig}: cleaning up`);
      cleanupSync();
      process.exit(130);
    });
  }
  process.on('exit', () => cleanupSync());
}
export function hardDeadline(seconds) {
  const t = setTimeout(() => {
    log(`deadline of ${seconds} s exceeded: aborting`);
    cleanupSync();
    process.exit(2);
  }, seconds * 1000);
  t.unref();
}

// ---------------------------------------------------------------------------------------------
// Build

export function buildOnce() {
  const r = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  if (r.status !== 0) throw new Error('the build failed');
}

// ---------------------------------------------------------------------------------------------
// A private PostgreSQL 15 (initdb in a temp dir, run as the `postgres` OS user when we are root)

function pgBin() {
  for (const v of ['15', '16', '17', '14']) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  throw new Error('initdb not found under /usr/lib/postgresql/*/bin (install PostgreSQL)');
}

export async function ownPostgres() {
  const bin = pgBin();
  const dir = mkdtempSync(join(os.tmpdir(), 'kennislijn-drill-pg-'));
  const asRoot = process.getuid?.() === 0;
  let uid = null;
  let gid = null;
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) throw new Error('running as root, but there is no `postgres` OS user to run PostgreSQL as');
    uid = Number(id.stdout.trim());
    gid = Number(g.stdout.trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd, args, timeout = 60_000) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(full[0], full[1], { encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout || r.error?.message}`);
    return r.stdout;
  };
  // Starting and stopping during the drill must not block this process: its traffic and sockets go
  // on while PostgreSQL shuts down and starts (the moments most likely to show internal errors).
  const runAsync = (cmd, args, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
      const child = spawn(full[0], full[1], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(out);
        else reject(new Error(`${cmd} ${args.join(' ')} failed: ${out}`));
      });
    });
  const port = await freePort();
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(sock);
  if (asRoot) chownSync(sock, uid, gid);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  } catch {
    // A system without the C.UTF-8 locale.
    rmSync(data, { recursive: true, force: true });
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  }
  const opts = `-p ${port} -k ${sock} -c listen_addresses=${HOST} -c max_connections=200 -c shared_buffers=128MB`;
  const logFile = join(dir, 'postgres.log');
  const pg = {
    dir,
    port,
    url: (db = 'postgres') => `postgres://postgres@${HOST}:${port}/${db}`,
    start: () => runAsync('pg_ctl', ['-D', data, '-o', opts, '-l', logFile, '-w', '-t', '60', 'start']),
    stop: (mode = 'fast') => runAsync('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']),
    restart: () => runAsync('pg_ctl', ['-D', data, '-o', opts, '-l', logFile, '-m', 'fast', '-w', '-t', '60', 'restart']),
    logTail: () => {
      try {
        return readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      } catch {
        return '';
      }
    },
  };
  await pg.start();
  onCleanup(() => {
    try {
      // At exit: synchronously, there is no event loop left to wait on.
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '60', 'stop']);
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return pg;
}

export async function createDatabase(adminUrl, name) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------
// A private Redis (a child process on a free port, nothing saved)

export async function ownRedis() {
  const port = await freePort();
  const redis = {
    port,
    url: `redis://${HOST}:${port}`,
    child: null,
    async start() {
      const child = spawn('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--protected-mode', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'pipe', 'pipe'] });
      redis.child = child;
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const t0 = now();
      while (now() - t0 < 10_000) {
        if (child.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
        if (await redisPing(port)) return;
        await sleep(50);
      }
      throw new Error(`redis-server did not answer within 10 s: ${out}`);
    },
    async stop() {
      const child = redis.child;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((res) => child.once('exit', res));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
      await exited;
      redis.child = null;
    },
  };
  await redis.start();
  onCleanup(() => redis.child?.kill('SIGKILL'));
  return redis;
}

function redisPing(port) {
  return new Promise((res) => {
    const s = net.connect({ host: HOST, port });
    s.setTimeout(1_000, () => {
      s.destroy();
      res(false);
    });
    s.on('error', () => res(false));
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => {
      res(d.toString().startsWith('+PONG'));
      s.destroy();
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The cluster as a child process: exactly `npm run start:cluster`.

/**
 * Starts tools/cluster/start-cluster.mjs with `env` and resolves once it printed its ready line.
 * Returns { url, port, child, stateFile, state(), stop(), output() }.
 */
export async function startCluster({ env = {}, dataDir, replicas = 2, readyTimeoutMs = 240_000, echo = false, quietReplicas = true }) {
  const port = await freePort();
  const base = await freePortRange(replicas);
  const stateFile = join(dataDir, 'state.json');
  const child = spawn(process.execPath, [join(ROOT, 'tools/cluster/start-cluster.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST, CLUSTER_REPLICAS: String(replicas), CLUSTER_BASE_PORT: String(base), CLUSTER_DATA_DIR: dataDir, CLUSTER_SKIP_BUILD: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const keep = (line) => {
    lines.push(line);
    if (lines.length > 4000) lines.splice(0, 2000);
    // Replica request logs are many; the cluster's own lines and warnings/errors are shown.
    if (echo && (!quietReplicas || line.startsWith('[cluster]') || /"level":(40|50|60)/.test(line))) process.stderr.write(`  ${line.length > 400 ? `${line.slice(0, 400)} ...` : line}\n`);
  };
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', keep);
  createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', keep);
  let exited = null;
  const exit = new Promise((res) => child.on('exit', (code, signal) => res((exited = code ?? signal))));
  onCleanup(() => {
    if (exited === null) child.kill('SIGKILL');
  });
  const t0 = now();
  while (!lines.some((l) => l.startsWith('[cluster] Kennislijn is klaar'))) {
    if (exited !== null) throw new Error(`the cluster exited with ${exited} before it was ready:\n${lines.slice(-40).join('\n')}`);
    if (now() - t0 > readyTimeoutMs) throw new Error(`the cluster was not ready after ${readyTimeoutMs / 1000} s:\n${lines.slice(-40).join('\n')}`);
    await sleep(100);
  }
  const cluster = {
    url: `http://${HOST}:${port}`,
    port,
    child,
    stateFile,
    startS: round((now() - t0) / 1000, 1),
    output: () => lines,
    state: () => JSON.parse(readFileSync(stateFile, 'utf8')),
    async stop() {
      if (exited !== null) return exited;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exit;
      clearTimeout(t);
      return code;
    },
  };
  return cluster;
}

// ---------------------------------------------------------------------------------------------
// Which replica a WebSocket landed on: the proxy names it in the 101 answer. socket.io-client (ws)
// does not expose that answer, so the upgrade requests of this process are watched: every client
// carries a `kl_client` query parameter, and its last upgrade answer is kept per client.

const replicaOfClient = new Map();
const originalRequest = http.request;
http.request = function request(...args) {
  const req = originalRequest.apply(this, args);
  const path = typeof args[0] === 'object' && args[0] && !(args[0] instanceof URL) ? args[0].path : undefined;
  const m = typeof path === 'string' ? /[?&]kl_client=([\w-]+)/.exec(path) : null;
  if (m) req.once('upgrade', (res) => replicaOfClient.set(m[1], res.headers['x-kennislijn-replica'] ?? null));
  return req;
};
export const replicaOf = (clientKey) => replicaOfClient.get(clientKey) ?? null;

// ---------------------------------------------------------------------------------------------
// Outcomes: every request and ack is counted per phase, by code.

/** Codes that are a clear answer during an outage. Anything else (INTERNAL_SERVER_ERROR, non-JSON, a hang) is bad. */
export const CLEAR_CODES = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED']);
/** A socket that lost its connection: the client reconnects and replays (not an error answer of the server). */
export const CONNECTION_CODES = new Set(['DISCONNECTED']);

export class Recorder {
  constructor() {
    this.phase = 'setup';
    this.phases = new Map();
    this.badExamples = [];
  }
  setPhase(name) {
    this.phase = name;
  }
  bucket(name = this.phase) {
    let b = this.phases.get(name);
    if (!b) {
      b = { ok: 0, errors: {}, bad: 0, first: null, last: null };
      this.phases.set(name, b);
    }
    return b;
  }
  ok() {
    this.bucket().ok++;
  }
  error(kind, code, detail) {
    const b = this.bucket();
    const key = `${kind} ${code}`;
    b.errors[key] = (b.errors[key] ?? 0) + 1;
    const t = now();
    b.first ??= t;
    b.last = t;
    const bad = !CLEAR_CODES.has(code.split(' ')[0]) && !CONNECTION_CODES.has(code);
    if (bad) {
      b.bad++;
      if (this.badExamples.length < 20) this.badExamples.push({ phase: this.phase, kind, code, detail: String(detail ?? '').slice(0, 300) });
    }
    return bad;
  }
  totals() {
    let ok = 0;
    let errors = 0;
    let bad = 0;
    for (const b of this.phases.values()) {
      ok += b.ok;
      bad += b.bad;
      for (const n of Object.values(b.errors)) errors += n;
    }
    return { ok, errors, bad, served: ok + errors };
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL over HTTP

/**
 * One GraphQL request (never throws). `replica` asks the proxy for that replica (header). Resolves to
 * { ok, data, code, status, replica, ms, detail }. `code` is extensions.code, or NON_JSON,
 * NO_CODE, CLIENT_TIMEOUT, PROXY_UNREACHABLE, CONNECTION_LOST.
 */
export async function gql(url, query, variables, { token, replica, timeoutMs = 15_000, cookie } = {}) {
  const t0 = now();
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (replica) headers['x-kennislijn-replica'] = replica;
  if (cookie) headers.cookie = cookie;
  let r;
  try {
    r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const code = error?.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : error?.cause?.code === 'ECONNREFUSED' ? 'PROXY_UNREACHABLE' : 'CONNECTION_LOST';
    return { ok: false, code, status: 0, ms: now() - t0, detail: `${error?.name}: ${error?.cause?.code ?? error?.message}` };
  }
  let text;
  try {
    text = await r.text();
  } catch (error) {
    return { ok: false, code: 'CONNECTION_LOST', status: r.status, ms: now() - t0, detail: String(error?.message) };
  }
  const base = { status: r.status, ms: now() - t0, replica: r.headers.get('x-kennislijn-replica'), setCookie: r.headers.get('set-cookie') };
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { ...base, ok: false, code: 'NON_JSON', detail: `HTTP ${r.status}: ${text.slice(0, 200)}` };
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    return { ...base, ok: false, code: e.extensions?.code ?? 'NO_CODE', detail: `HTTP ${r.status} ${e.message}${e.extensions?.requestId ? ` (requestId ${e.extensions.requestId})` : ''}` };
  }
  if (r.status !== 200 || !body.data) return { ...base, ok: false, code: 'NO_CODE', detail: `HTTP ${r.status} ${text.slice(0, 200)}` };
  return { ...base, ok: true, data: body.data };
}

/** Like gql, but throws on failure (setup steps that must work). */
export async function mustGql(url, query, variables, opts, what) {
  const r = await gql(url, query, variables, opts);
  if (!r.ok) throw new Error(`${what} failed: ${r.code} ${r.detail ?? ''}`);
  return r.data;
}

/** A page (the web app) through the proxy: 200 text/html, or a coded JSON error. */
export async function getPage(url, path, { replica, timeoutMs = 15_000 } = {}) {
  const t0 = now();
  try {
    const headers = { accept: 'text/html' };
    if (replica) headers['x-kennislijn-replica'] = replica;
    const r = await fetch(`${url}${path}`, { headers, signal: AbortSignal.timeout(timeoutMs) });
    const text = await r.text();
    const base = { status: r.status, ms: now() - t0, replica: r.headers.get('x-kennislijn-replica') };
    if (r.status === 200 && /<html/i.test(text)) return { ...base, ok: true };
    try {
      const body = JSON.parse(text);
      const code = body.errors?.[0]?.extensions?.code ?? body.error?.code ?? 'NO_CODE';
      return { ...base, ok: false, code, detail: `HTTP ${r.status} ${text.slice(0, 200)}` };
    } catch {
      return { ...base, ok: false, code: 'NON_JSON', detail: `HTTP ${r.status} ${text.slice(0, 200)}` };
    }
  } catch (error) {
    const code = error?.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : error?.cause?.code === 'ECONNREFUSED' ? 'PROXY_UNREACHABLE' : 'CONNECTION_LOST';
    return { ok: false, code, status: 0, ms: now() - t0, detail: `${error?.name}: ${error?.cause?.code ?? error?.message}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Seeding through GraphQL

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id displayName } } }`;

/** Registers `n` people (two at a time: argon2) with letters-only names; returns [{ id, name, email, password, token }]. */
export async function registerUsers(url, n, tag) {
  const users = new Array(n);
  const stamp = letters(6);
  await pool(n, 2, async (i) => {
    const name = `Drill ${tag} ${letters(0, i + 26).replace(/^./, (c) => c.toUpperCase())}`;
    const email = `${tag}-${stamp}-${letters(0, i)}@example.org`;
    const password = `wachtwoord-${stamp}-${tag}`;
    const d = await mustGql(url, REGISTER, { input: { email, password, displayName: name, role: 'PROFESSIONAL', organisation: 'Drill' } }, {}, `register ${email}`);
    users[i] = { id: d.register.user.id, name: d.register.user.displayName, email, password, token: d.register.accessToken };
  });
  return users;
}

/** One public open community all users join, its discussion thread and a few feed posts. */
export async function communityWithThread(url, users, tag, posts = 5) {
  const slug = `${tag}-${letters(8)}`;
  const c = await mustGql(
    url,
    `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id slug } }`,
    { input: { name: `Drill ${tag}`, slug, visibility: 'PUBLIC', joinPolicy: 'OPEN', description: 'Gemeenschap voor de storingsoefening.', guidelines: '', tags: [], researchThemeCodes: [] } },
    { token: users[0].token },
    'createCommunity',
  );
  const communityId = c.createCommunity.id;
  await pool(users.length - 1, 4, (i) => mustGql(url, `mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`, { id: communityId }, { token: users[i + 1].token }, `joinCommunity ${i + 1}`));
  const t = await mustGql(url, `query T($id: ID!) { thread(kind: COMMUNITY, subjectId: $id) { id } }`, { id: communityId }, { token: users[0].token }, 'thread');
  for (let i = 0; i < posts; i++) {
    await mustGql(url, CREATE_POST, { communityId, body: `Een bericht in de feed over **samenwerking**, deel ${letters(0, i)}.` }, { token: users[i % users.length].token }, 'createPost');
  }
  return { communityId, slug, threadId: t.thread.id };
}

export const CREATE_POST = `mutation Post($communityId: ID!, $body: String!) { createPost(communityId: $communityId, body: $body) { id } }`;
export const FEED_QUERY = `query Feed($slug: String!, $first: Int!) { community(slug: $slug) { id name feed(first: $first) { edges { cursor node { id type createdAt pinned hidden actor { id displayName role } post { id bodyHtml author { id displayName role organisation } } viewerCan { pin hide report delete } } } pageInfo { hasNextPage endCursor } } } }`;
export const POST_MESSAGE = `mutation PostMessage($input: PostMessageInput!) { postMessage(input: $input) { id seq clientId } }`;
export const THREAD_MESSAGES = `query History($threadId: ID!, $last: Int!) { threadMessages(threadId: $threadId, last: $last) { threadSeq hasMore nodes { id seq } } }`;

// ---------------------------------------------------------------------------------------------
// socket.io clients

/**
 * A socket.io client through the proxy, websocket transport (as the web app), that reconnects by
 * itself. `replica` asks the proxy for one (header); `replicaOf(key)` tells where it landed.
 */
export function socketClient(url, token, { replica, key = randomUUID(), reconnection = true } = {}) {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
    reconnection,
    reconnectionDelay: 250,
    reconnectionDelayMax: 2_000,
    randomizationFactor: 0.5,
    timeout: 10_000,
    query: { kl_client: key },
    extraHeaders: replica ? { 'x-kennislijn-replica': replica } : undefined,
  });
  socket.klKey = key;
  return socket;
}

export function connected(socket, timeoutMs = 15_000) {
  if (socket.connected) return Promise.resolve(socket);
  return new Promise((res, rej) => {
    const t = setTimeout(() => {
      cleanup();
      rej(new Error('socket did not connect in time'));
    }, timeoutMs);
    const onConnect = () => {
      cleanup();
      res(socket);
    };
    const onError = (err) => {
      if (socket.io.opts.reconnection && socket.active) return; // it tries again by itself
      cleanup();
      rej(new Error(`socket connect failed: ${err?.data?.code ?? err?.message}`));
    };
    const cleanup = () => {
      clearTimeout(t);
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
    };
    socket.on('connect', onConnect);
    socket.on('connect_error', onError);
  });
}

/** emitWithAck that never throws: { ok, ...ack } or { ok: false, error: { code } } (DISCONNECTED when the socket dropped or the ack timed out while it was down). */
export async function request(socket, event, payload, timeoutMs = 10_000) {
  const dropsBefore = socket.klDrops ?? 0;
  const wasConnected = socket.connected;
  try {
    return await socket.timeout(timeoutMs).emitWithAck(event, payload);
  } catch {
    const dropped = !wasConnected || !socket.connected || (socket.klDrops ?? 0) !== dropsBefore;
    return { ok: false, error: { code: dropped ? 'DISCONNECTED' : 'ACK_TIMEOUT', message: `no answer to ${event} within ${timeoutMs} ms` } };
  }
}

/** Counts a socket's disconnections (request() uses it to tell a drop from a hang). */
export function countDrops(socket) {
  socket.klDrops = 0;
  socket.on('disconnect', () => (socket.klDrops += 1));
}

/**
 * The client half of the delivery guarantee: the web app's own ThreadSync (libs/shared/realtime),
 * as the API build compiled it, so the drill checks the code that clients run, not a copy. Live
 * events in eventSeq order, a gap starts a replay from lastSeq, duplicates are dropped.
 */
export function loadThreadSync() {
  const file = join(ROOT, 'dist/apps/api/libs/shared/realtime/src/lib/thread-sync.js');
  return createRequire(import.meta.url)(file).ThreadSync;
}
