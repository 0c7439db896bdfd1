#!/usr/bin/env node
// Real-time benchmark for the Kennislijn API: delivery latency of discussion messages to 500
// socket.io clients in one thread room, the sustained rate of persisted messages, and the same
// latency on a bare socket.io relay (tools/bench/realtime-relay.mjs) as the floor to compare with.
//
//   node tools/bench/realtime.mjs [--postgres] [--receivers 500] [--users 50] [--rate 20]
//        [--latency-senders 10] [--latency-seconds 10] [--warmup-seconds 2] [--throughput-senders 100]
//        [--throughput-seconds 10] [--ceiling-seconds 5] [--log-level info] [--deadline 300]
//        [--build | --entry PATH] [--cpu-prof DIR] [--keep-data] [--no-bare | --only-bare] [--bare-batch-ms N]
//
// Runs the built server (dist/apps/api/apps/api/src/main.js) as a child process on loopback with a
// fresh DATA_DIR: its embedded database on disk by default, or with --postgres a fresh database on
// postgres://postgres@127.0.0.1:5432 (created with psql, dropped afterwards). One instance, no Redis.
// Latency is post -> receive: the time the sender emitted `message:send` to the time each receiver
// got the `message` event (one clock: all clients live in this process), kept per clientId.
// Prints a summary table and one line `RESULT {json}` with every figure; progress goes to stderr.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import {
  cpuMs,
  createDatabase,
  dropDatabaseSync,
  ensureBuilt,
  hardDeadline,
  installSignalHandlers,
  log,
  logServerTail,
  machine,
  parseArgs,
  printTable,
  ROOT,
  round,
  rssMb,
  serverErrors,
  setEntry,
  setKeepData,
  shutdown,
  startServer,
  stopServer,
  systemBusyMs,
  tempDir,
} from './lib.mjs';

const USAGE = `usage: node tools/bench/realtime.mjs [--postgres] [--receivers N] [--users N] [--rate N] [--latency-senders N]
       [--latency-seconds S] [--warmup-seconds S] [--throughput-senders N] [--throughput-seconds S] [--ceiling-seconds S]
       [--log-level LEVEL] [--deadline S] [--build | --entry PATH] [--cpu-prof DIR] [--keep-data] [--no-bare | --only-bare] [--bare-batch-ms N]`;

const opts = parseArgs(
  process.argv.slice(2),
  {
    '--postgres': ['postgres', 'bool'],
    '--receivers': ['receivers', 'int'],
    '--users': ['users', 'int'],
    '--rate': ['rate', 'int'],
    '--latency-senders': ['latencySenders', 'int'],
    '--latency-seconds': ['latencyS', 'int'],
    '--warmup-seconds': ['warmupS', 'int'],
    '--throughput-senders': ['throughputSenders', 'int'],
    '--throughput-seconds': ['throughputS', 'int'],
    '--ceiling-seconds': ['ceilingS', 'int'],
    '--log-level': ['logLevel', 'string'],
    '--deadline': ['deadlineS', 'int'],
    '--build': ['build', 'bool'],
    '--entry': ['entry', 'string'],
    '--keep-data': ['keepData', 'bool'],
    '--cpu-prof': ['cpuProfDir', 'string'],
    '--no-bare': ['noBare', 'bool'],
    '--only-bare': ['onlyBare', 'bool'],
    '--bare-batch-ms': ['bareBatchMs', 'int'],
  },
  {
    postgres: false,
    receivers: 500,
    users: 50,
    rate: 20,
    latencySenders: 10,
    latencyS: 10,
    warmupS: 2,
    throughputSenders: 100,
    throughputS: 10,
    ceilingS: 5,
    logLevel: 'info',
    deadlineS: 300,
    build: false,
    keepData: false,
    noBare: false,
    onlyBare: false,
    bareBatchMs: 0,
  },
  USAGE,
);

// The API's limit is 100 sends per socket per 5 s (discussions.gateway.ts); senders stay under it.
const SEND_LIMIT = 95;
const SEND_WINDOW_MS = 5_000;
const ACK_TIMEOUT_MS = 15_000;
const CONNECT_BATCH = 25;
const DRAIN_IDLE_MS = 3_000;
const DRAIN_MAX_MS = 30_000;
const GOALS = { p99Ms: 50, storedPerS: 1000 };
const PASSWORD = 'bench-realtime-password';

// ---------------------------------------------------------------------------------------------
// Latency histogram: 0.1 ms buckets up to 30 s (a sort of millions of samples would take seconds).

class Histogram {
  static RES = 0.1;
  static SIZE = 300_000;
  constructor() {
    this.buckets = new Uint32Array(Histogram.SIZE);
    this.n = 0;
    this.sum = 0;
    this.max = 0;
  }
  add(ms) {
    const i = Math.min(Histogram.SIZE - 1, Math.max(0, Math.floor(ms / Histogram.RES)));
    this.buckets[i]++;
    this.n++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }
  /** Nearest rank, reported as the bucket's upper edge. */
  pct(p) {
    if (!this.n) return null;
    const rank = Math.max(1, Math.ceil((p / 100) * this.n));
    let seen = 0;
    for (let i = 0; i < Histogram.SIZE; i++) {
      seen += this.buckets[i];
      if (seen >= rank) return Math.min(this.max, (i + 1) * Histogram.RES);
    }
    return this.max;
  }
  summary() {
    if (!this.n) return { n: 0 };
    return { n: this.n, p50: round(this.pct(50), 1), p95: round(this.pct(95), 1), p99: round(this.pct(99), 1), mean: round(this.sum / this.n, 1), max: round(this.max, 1) };
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL (seeding only)

async function gql(url, query, variables, token, what) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(30_000) });
  const body = await r.json().catch(() => ({}));
  if (r.status !== 200 || body.errors?.length || !body.data) throw new Error(`${what} failed: HTTP ${r.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}

async function pool(n, concurrency, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, concurrency) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

async function seed(url, o) {
  const t0 = performance.now();
  const stamp = Date.now().toString(36);
  const users = new Array(o.users);
  // Registration hashes a password (argon2): two at a time is what two cores can take.
  await pool(o.users, 2, async (i) => {
    const d = await gql(
      url,
      `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
      { input: { email: `bench-rt-${stamp}-${i}@example.org`, password: PASSWORD, displayName: `Bench Lid ${i + 1}`, role: 'PROFESSIONAL', organisation: `Organisatie ${(i % 3) + 1}` } },
      undefined,
      `register user ${i}`,
    );
    users[i] = { id: d.register.user.id, token: d.register.accessToken };
  });
  const c = await gql(
    url,
    `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id } }`,
    { input: { name: 'Bench: realtime', slug: `bench-rt-${stamp}`, visibility: 'PUBLIC', joinPolicy: 'OPEN', description: 'Gemeenschap voor de realtime-benchmark.', guidelines: '', tags: [], researchThemeCodes: [] } },
    users[0].token,
    'createCommunity',
  );
  const communityId = c.createCommunity.id;
  await pool(o.users - 1, 4, (i) => gql(url, `mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`, { id: communityId }, users[i + 1].token, `joinCommunity ${i + 1}`));
  const t = await gql(url, `query T($id: ID!) { thread(kind: COMMUNITY, subjectId: $id) { id } }`, { id: communityId }, users[0].token, 'thread');
  return { users, communityId, threadId: t.thread.id, seedS: round((performance.now() - t0) / 1000, 2) };
}

// ---------------------------------------------------------------------------------------------
// Clients

function connect(url, token) {
  return new Promise((res, rej) => {
    const socket = io(url, { path: '/socket.io', transports: ['websocket'], auth: { token }, forceNew: true, reconnection: false, timeout: 20_000 });
    socket.once('connect', () => res(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      rej(new Error(`socket connect failed: ${err.message}`));
    });
  });
}

/** Everything the receivers saw; `sent` maps clientId -> { t, hist } for the phase that sent it. */
const sent = new Map();
const delivery = { received: 0, outOfOrder: 0, late: 0, examples: [] };
const presence = { events: 0, people: 0 };

function makeReceiver(socket, index) {
  const r = { socket, lastSeq: 0 };
  socket.on('presence', (p) => {
    presence.events++;
    presence.people += p.people?.length ?? 0;
  });
  const onMessage = (m, now) => {
    delivery.received++;
    // Per receiver, seqs must arrive as 1, 2, 3, ...: a skip forward is counted once, and so is
    // the message that then arrives late.
    if (m.seq !== r.lastSeq + 1) {
      if (m.seq > r.lastSeq) delivery.outOfOrder++;
      else delivery.late++;
      if (delivery.examples.length < 5) delivery.examples.push({ receiver: index, lastSeq: r.lastSeq, got: m.seq });
    }
    if (m.seq > r.lastSeq) r.lastSeq = m.seq;
    const s = sent.get(m.clientId);
    if (s) s.hist.add(now - s.t);
  };
  socket.on('message', (m) => onMessage(m, performance.now()));
  // The batched form (the bare relay with --bare-batch-ms).
  socket.on('messages', (list) => {
    const now = performance.now();
    for (const m of list) onMessage(m, now);
  });
  return r;
}

async function connectReceivers(url, tokens, n, threadId) {
  const t0 = performance.now();
  const presence0 = { ...presence };
  const receivers = new Array(n);
  const subscribeMs = [];
  await pool(n, CONNECT_BATCH, async (i) => {
    const socket = await connect(url, tokens[i % tokens.length]);
    const r = makeReceiver(socket, i);
    const ts = performance.now();
    const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('thread:subscribe', { threadId, afterSeq: null });
    if (!ack.ok) throw new Error(`thread:subscribe refused: ${ack.error.code} ${ack.error.message}`);
    subscribeMs.push(performance.now() - ts);
    r.lastSeq = ack.threadSeq;
    receivers[i] = r;
  });
  const h = new Histogram();
  for (const ms of subscribeMs) h.add(ms);
  // Presence updates that reached the receivers while they joined (each join is broadcast to the room).
  await sleep(500);
  const presenceEvents = presence.events - presence0.events;
  return { receivers, connectS: round((performance.now() - t0) / 1000, 2), subscribe: h.summary(), presenceEvents, presencePeoplePerEvent: presenceEvents ? round((presence.people - presence0.people) / presenceEvents, 1) : 0 };
}

async function connectSenders(url, tokens, n, offset) {
  const senders = [];
  await pool(n, CONNECT_BATCH, async (i) => {
    senders[i] = { socket: await connect(url, tokens[(offset + i) % tokens.length]), window: [] };
  });
  return senders;
}

function closeAll(sockets) {
  for (const s of sockets) s.close();
}

let bodyCounter = 0;
const body = (s) => `Bench: bericht ${++bodyCounter} van zender ${s + 1}. Wat vinden jullie van de nieuwe werkinstructie?`;

/** One send: resolves to { ok, seq, ms } (never throws). */
async function sendOne(sender, index, threadId, phase) {
  const clientId = randomUUID();
  const t = performance.now();
  sent.set(clientId, { t, hist: phase.delivery });
  sender.window.push(t);
  phase.sent++;
  try {
    const ack = await sender.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', { threadId, clientId, body: body(index) });
    const ms = performance.now() - t;
    if (!ack.ok) {
      phase.errors.set(ack.error.code, (phase.errors.get(ack.error.code) ?? 0) + 1);
      return { ok: false };
    }
    phase.acked++;
    phase.ack.add(ms);
    phase.minSeq = Math.min(phase.minSeq, ack.message.seq);
    phase.maxSeq = Math.max(phase.maxSeq, ack.message.seq);
    phase.lastAckAt = performance.now();
    return { ok: true };
  } catch (error) {
    const key = String(error?.message ?? error).slice(0, 80);
    phase.errors.set(key, (phase.errors.get(key) ?? 0) + 1);
    return { ok: false };
  }
}

function newPhase(name, receivers) {
  return { name, receivers, sent: 0, acked: 0, errors: new Map(), ack: new Histogram(), delivery: new Histogram(), minSeq: Infinity, maxSeq: 0, startedAt: 0, lastAckAt: 0 };
}

// Waits until every acknowledged message reached every receiver (or nothing arrives for a while).
async function drain(phase) {
  if (!phase.receivers) return;
  const want = phase.acked * phase.receivers;
  const t0 = performance.now();
  let last = phase.delivery.n;
  let lastChange = t0;
  while (phase.delivery.n < want && performance.now() - t0 < DRAIN_MAX_MS) {
    await sleep(50);
    if (phase.delivery.n !== last) {
      last = phase.delivery.n;
      lastChange = performance.now();
    } else if (performance.now() - lastChange > DRAIN_IDLE_MS) break;
  }
}

/** Senders post at a steady `rate` per second (round robin) for `seconds`. */
async function steadyPhase(name, senders, threadId, rate, seconds, receivers, pid) {
  const phase = newPhase(name, receivers);
  const probe = cpuProbe(pid);
  const inflight = [];
  phase.startedAt = performance.now();
  const total = rate * seconds;
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.floor(((performance.now() - phase.startedAt) / 1000) * rate) + 1);
    while (next < due) {
      const s = next % senders.length;
      inflight.push(sendOne(senders[s], s, threadId, phase));
      next++;
    }
    await sleep(Math.max(1, Math.floor(1000 / rate / 2)));
  }
  await Promise.all(inflight);
  phase.sendS = (performance.now() - phase.startedAt) / 1000;
  await drain(phase);
  phase.cpu = probe();
  return phase;
}

/** Every sender sends its next message as soon as the last is acknowledged, for `seconds`. */
async function floodPhase(name, senders, threadId, seconds, receivers, pid) {
  const phase = newPhase(name, receivers);
  const probe = cpuProbe(pid);
  phase.startedAt = performance.now();
  const end = phase.startedAt + seconds * 1000;
  await Promise.all(
    senders.map(async (sender, s) => {
      while (performance.now() < end) {
        // Stay under the API's per-socket limit.
        const now = performance.now();
        while (sender.window.length && sender.window[0] < now - SEND_WINDOW_MS) sender.window.shift();
        if (sender.window.length >= SEND_LIMIT) {
          await sleep(Math.max(1, sender.window[0] + SEND_WINDOW_MS - now));
          continue;
        }
        await sendOne(sender, s, threadId, phase);
      }
    }),
  );
  phase.sendS = (performance.now() - phase.startedAt) / 1000;
  const cpuSend = probe();
  await drain(phase);
  phase.cpu = cpuSend;
  return phase;
}

// CPU used by the server, by this process and by everything else during a phase (percent of one core).
function cpuProbe(pid) {
  const t0 = performance.now();
  const s0 = pid ? cpuMs(pid) : null;
  const self0 = process.cpuUsage();
  const sys0 = systemBusyMs();
  return () => {
    const wall = performance.now() - t0;
    const s1 = pid ? cpuMs(pid) : null;
    const self = process.cpuUsage(self0);
    const selfMs = (self.user + self.system) / 1000;
    const sys1 = systemBusyMs();
    const serverMs = s0 !== null && s1 !== null ? s1 - s0 : null;
    return {
      serverMs: serverMs !== null ? round(serverMs, 0) : null,
      wallMs: round(wall, 0),
      serverPct: serverMs !== null ? round((serverMs / wall) * 100, 0) : null,
      benchPct: round((selfMs / wall) * 100, 0),
      otherPct: sys0 !== null && sys1 !== null ? round((Math.max(0, sys1 - sys0 - (serverMs ?? 0) - selfMs) / wall) * 100, 0) : null,
    };
  };
}

function phaseResult(p) {
  const seconds = p.lastAckAt > p.startedAt ? (p.lastAckAt - p.startedAt) / 1000 : p.sendS;
  const expected = p.acked * p.receivers;
  return {
    name: p.name,
    receivers: p.receivers,
    sent: p.sent,
    acked: p.acked,
    failed: p.sent - p.acked,
    errors: Object.fromEntries(p.errors),
    seconds: round(seconds, 2),
    ackedPerS: round(p.acked / seconds, 1),
    seqRange: p.maxSeq ? [p.minSeq, p.maxSeq] : null,
    ack: p.ack.summary(),
    delivery: p.delivery.summary(),
    deliveredOfExpected: p.receivers ? `${p.delivery.n}/${expected}` : null,
    cpu: p.cpu,
    // Server CPU per stored (acknowledged) message and per delivered frame: less sensitive to a busy machine than latencies.
    serverCpuMsPerMessage: p.cpu?.serverMs != null && p.acked ? round(p.cpu.serverMs / p.acked, 2) : null,
    serverCpuUsPerDelivery: p.cpu?.serverMs != null && p.delivery.n ? round((p.cpu.serverMs * 1000) / p.delivery.n, 1) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Database checks

/** Stored messages per seq range (and in all) of the thread: with pg on PostgreSQL, with PGlite on the stopped server's data dir. */
async function countStored({ databaseUrl, dataDir }, threadId, ranges) {
  const sql = `SELECT count(*)::int AS n, COALESCE(max(seq), 0)::int AS max_seq, count(DISTINCT seq)::int AS distinct_seqs, (SELECT last_seq FROM discussion_thread WHERE id = $1)::int AS last_seq FROM message WHERE thread_id = $1`;
  const rangeSql = `SELECT count(*)::int AS n FROM message WHERE thread_id = $1 AND seq BETWEEN $2 AND $3`;
  let query;
  let close;
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    const { Client } = pg;
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    query = async (text, params) => (await client.query(text, params)).rows;
    close = () => client.end();
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const db = await PGlite.create(join(dataDir, 'pglite'), { extensions: { pg_trgm } });
    query = async (text, params) => (await db.query(text, params)).rows;
    close = () => db.close();
  }
  try {
    const [all] = await query(sql, [threadId]);
    const perRange = {};
    for (const [name, range] of Object.entries(ranges)) {
      if (!range) continue;
      const [row] = await query(rangeSql, [threadId, range[0], range[1]]);
      perRange[name] = row.n;
    }
    return { total: all.n, maxSeq: all.max_seq, distinctSeqs: all.distinct_seqs, lastSeq: all.last_seq, perRange };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------------------------------------
// Kennislijn

async function benchKennislijn() {
  const out = {};
  let databaseUrl;
  const dataDir = tempDir('kennislijn-bench-rt-');
  let dbName;
  if (opts.postgres) {
    const db = createDatabase('kennislijn_bench_rt');
    databaseUrl = db.url;
    dbName = db.name;
    out.database = `PostgreSQL ${db.version}`;
  } else out.database = 'embedded PGlite (on disk)';
  try {
    log(`[${out.database}] starting the API ...`);
    const nodeArgs = opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(opts.cpuProfDir)] : [];
    const server = await startServer({ dataDir, databaseUrl, logLevel: opts.logLevel, seedDemo: false, nodeArgs, env: { ACCESS_TOKEN_TTL_SECONDS: '3600' } });
    out.readyS = round(server.readyMs / 1000, 2);
    const seeded = await seed(server.url, opts);
    out.seedS = seeded.seedS;
    const tokens = seeded.users.map((u) => u.token);
    log(`[${out.database}] ready in ${out.readyS} s; seeded ${opts.users} users in ${out.seedS} s`);

    const flooders = await connectSenders(server.url, tokens, opts.throughputSenders, 0);
    log(`[${out.database}] persistence ceiling: ${opts.throughputSenders} senders as fast as acks allow for ${opts.ceilingS} s, nobody subscribed ...`);
    const ceiling = phaseResult(await floodPhase('ceiling (no receivers)', flooders, seeded.threadId, opts.ceilingS, 0, server.pid));
    log(`  ${ceiling.acked} stored, ${ceiling.ackedPerS}/s, ack p50 ${ceiling.ack.p50} ms p99 ${ceiling.ack.p99} ms, server CPU ${ceiling.cpu.serverPct}%`);
    for (const s of flooders) s.window.length = 0;

    log(`[${out.database}] connecting ${opts.receivers} receivers to the thread ...`);
    const probe = cpuProbe(server.pid);
    const rx = await connectReceivers(server.url, tokens, opts.receivers, seeded.threadId);
    out.connect = { seconds: rx.connectS, subscribe: rx.subscribe, presenceEvents: rx.presenceEvents, presencePeoplePerEvent: rx.presencePeoplePerEvent, cpu: probe() };
    log(`  ${rx.connectS} s (subscribe p50 ${rx.subscribe.p50} ms, p99 ${rx.subscribe.p99} ms)`);
    await sleep(1000);
    out.rssWithReceiversMb = rssMb(server.pid);

    const senders = await connectSenders(server.url, tokens, opts.latencySenders, opts.throughputSenders);
    log(`[${out.database}] warm-up: ${opts.rate}/s for ${opts.warmupS} s ...`);
    await steadyPhase('warm-up', senders, seeded.threadId, opts.rate, opts.warmupS, opts.receivers, server.pid);
    log(`[${out.database}] latency: ${opts.latencySenders} senders, ${opts.rate} messages/s for ${opts.latencyS} s to ${opts.receivers} receivers ...`);
    const latency = phaseResult(await steadyPhase('latency', senders, seeded.threadId, opts.rate, opts.latencyS, opts.receivers, server.pid));
    log(`  delivery p50 ${latency.delivery.p50} ms, p95 ${latency.delivery.p95} ms, p99 ${latency.delivery.p99} ms, max ${latency.delivery.max} ms; server CPU ${latency.cpu.serverPct}%`);

    for (const s of flooders) s.window.length = 0;
    log(`[${out.database}] sustained: ${opts.throughputSenders} senders as fast as acks allow for ${opts.throughputS} s, ${opts.receivers} receivers ...`);
    const sustained = phaseResult(await floodPhase('sustained', flooders, seeded.threadId, opts.throughputS, opts.receivers, server.pid));
    log(`  ${sustained.acked} stored, ${sustained.ackedPerS}/s; delivery p50 ${sustained.delivery.p50} ms p99 ${sustained.delivery.p99} ms; server CPU ${sustained.cpu.serverPct}%`);
    out.rssAfterLoadMb = rssMb(server.pid);

    out.phases = { ceiling, latency, sustained };
    out.delivery = { ...delivery, examples: [...delivery.examples] };
    out.serverErrors = serverErrors(server);
    closeAll(flooders.map((s) => s.socket));
    closeAll(senders.map((s) => s.socket));
    closeAll(rx.receivers.map((r) => r.socket));
    await stopServer(server);
    if (server.killed) out.stopNeededSigkill = true;

    log(`[${out.database}] counting stored messages in the database ...`);
    out.stored = await countStored({ databaseUrl, dataDir }, seeded.threadId, { ceiling: ceiling.seqRange, latency: latency.seqRange, sustained: sustained.seqRange });
    return out;
  } finally {
    if (dbName) dropDatabaseSync(dbName);
  }
}

// ---------------------------------------------------------------------------------------------
// Bare socket.io relay

const relays = new Set();
process.on('exit', () => {
  for (const c of relays) c.kill('SIGKILL');
});

async function startRelay(nodeArgs, args) {
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'tools/bench/realtime-relay.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  relays.add(child);
  child.on('exit', () => relays.delete(child));
  let out = '';
  const port = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`relay not ready: ${out}`)), 20_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/READY (\d+)/);
      if (m) {
        clearTimeout(timer);
        res(Number(m[1]));
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => rej(new Error(`relay exited with ${code}: ${out}`)));
  });
  return { child, pid: child.pid, url: `http://127.0.0.1:${port}` };
}

async function benchBare() {
  const out = {};
  log('[bare socket.io] starting the relay ...');
  const relay = await startRelay(opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(opts.cpuProfDir)] : [], opts.bareBatchMs ? ['--batch-ms', String(opts.bareBatchMs)] : []);
  const threadId = randomUUID();
  const tokens = ['bare'];
  Object.assign(delivery, { received: 0, outOfOrder: 0, late: 0, examples: [] });
  try {
    const rx = await connectReceivers(relay.url, tokens, opts.receivers, threadId);
    out.connect = { seconds: rx.connectS, subscribe: rx.subscribe };
    const senders = await connectSenders(relay.url, tokens, opts.latencySenders, 0);
    await steadyPhase('warm-up', senders, threadId, opts.rate, opts.warmupS, opts.receivers, relay.pid);
    log(`[bare socket.io] latency: ${opts.rate} messages/s for ${opts.latencyS} s to ${opts.receivers} receivers ...`);
    const latency = phaseResult(await steadyPhase('latency', senders, threadId, opts.rate, opts.latencyS, opts.receivers, relay.pid));
    log(`  delivery p50 ${latency.delivery.p50} ms, p99 ${latency.delivery.p99} ms; relay CPU ${latency.cpu.serverPct}%`);
    const flooders = await connectSenders(relay.url, tokens, opts.throughputSenders, 0);
    log(`[bare socket.io] sustained: ${opts.throughputSenders} senders for ${opts.throughputS} s (the fan-out ceiling without a database) ...`);
    const sustained = phaseResult(await floodPhase('sustained', flooders, threadId, opts.throughputS, opts.receivers, relay.pid));
    log(`  ${sustained.acked} relayed, ${sustained.ackedPerS}/s; delivery p50 ${sustained.delivery.p50} ms p99 ${sustained.delivery.p99} ms`);
    out.phases = { latency, sustained };
    out.delivery = { ...delivery, examples: [...delivery.examples] };
    closeAll([...rx.receivers.map((r) => r.socket), ...senders.map((s) => s.socket), ...flooders.map((s) => s.socket)]);
  } finally {
    relay.child.kill('SIGTERM');
    await new Promise((res) => (relays.has(relay.child) ? relay.child.once('exit', res) : res()));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

async function run() {
  const result = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAvg1mBefore: round(os.loadavg()[0], 2) },
    options: opts,
    goals: GOALS,
  };
  result.build = await ensureBuilt({ force: opts.build });
  const cancelDeadline = hardDeadline(opts.deadlineS);
  const t0 = performance.now();
  if (!opts.onlyBare) result.kennislijn = await benchKennislijn();
  if (!opts.noBare) result.bare = await benchBare();
  result.machine.loadAvg1mAfter = round(os.loadavg()[0], 2);
  result.benchSeconds = round((performance.now() - t0) / 1000, 1);
  cancelDeadline();
  return result;
}

const ms = (x) => (x === null || x === undefined ? '-' : `${x} ms`);
const lat = (h) => (h.n ? `${ms(h.p50)} / ${ms(h.p95)} / ${ms(h.p99)} / max ${ms(h.max)}  (n=${h.n})` : '-');
const cpu = (c) => (c ? `server ${c.serverPct}%, bench ${c.benchPct}%, other ${c.otherPct}%` : '-');
const fails = (p) => (p.failed ? `, FAILED ${p.failed}: ${JSON.stringify(p.errors)}` : '');
const anomalies = (d) =>
  `skips forward ${d.outOfOrder}, late (seq below one seen) ${d.late}${d.examples.length ? ` e.g. ${d.examples.map((e) => `#${e.receiver} after ${e.lastSeq} got ${e.got}`).join(', ')}` : ''}`;

function printSummary(r) {
  const k = r.kennislijn;
  const b = r.bare?.phases;
  const rows = [];
  const add = (label, value) => rows.push([label, value]);
  if (k) {
    const { ceiling, latency, sustained } = k.phases;
    add(`[${k.database}] start to ready / seed`, `${k.readyS} s / ${k.seedS} s (${r.options.users} users)`);
    add(`persisted rate, nobody subscribed (${r.options.throughputSenders} senders, ${r.options.ceilingS} s)`, `${ceiling.ackedPerS} msgs/s (${ceiling.acked} acked; ack p50/p99 ${ms(ceiling.ack.p50)} / ${ms(ceiling.ack.p99)}; ${cpu(ceiling.cpu)}; server CPU ${ceiling.serverCpuMsPerMessage} ms per message)${fails(ceiling)}`);
    add(`connect + subscribe ${r.options.receivers} receivers`, `${k.connect.seconds} s (subscribe p50 ${ms(k.connect.subscribe.p50)}, p99 ${ms(k.connect.subscribe.p99)}; ${cpu(k.connect.cpu)}); API RSS ${k.rssWithReceiversMb} MB`);
    add(`    presence events received while joining`, `${k.connect.presenceEvents} (${k.connect.presencePeoplePerEvent} people each on average)`);
    add(`(a) delivery latency at ${r.options.rate} msgs/s: p50 / p95 / p99 / max`, `${lat(latency.delivery)}${fails(latency)}`);
    add(`    ack latency (sender) p50 / p99; CPU`, `${ms(latency.ack.p50)} / ${ms(latency.ack.p99)}; ${cpu(latency.cpu)}; server CPU ${latency.serverCpuUsPerDelivery} µs per delivery`);
    add(`(b) stored msgs/s with ${r.options.receivers} receivers (${r.options.throughputSenders} senders, ${r.options.throughputS} s)`, `${sustained.ackedPerS} msgs/s (${sustained.acked} acked${fails(sustained)})`);
    add(`    delivery latency under that load: p50 / p95 / p99 / max`, lat(sustained.delivery));
    add(`    ack latency p50 / p99; CPU`, `${ms(sustained.ack.p50)} / ${ms(sustained.ack.p99)}; ${cpu(sustained.cpu)}; server CPU ${sustained.serverCpuUsPerDelivery} µs per delivery`);
    const st = k.stored;
    const rangeOk = (name, p) => (p.seqRange ? `${name} ${st.perRange[name]}${st.perRange[name] === p.acked ? ' = acked' : ` (acked ${p.acked})`}` : `${name} -`);
    add(`    database COUNT(*) per phase`, `${rangeOk('ceiling', ceiling)}, ${rangeOk('latency', latency)}, ${rangeOk('sustained', sustained)}; thread total ${st.total}, last_seq ${st.lastSeq}, distinct seqs ${st.distinctSeqs}`);
    add(`    deliveries (all phases)`, `${anomalies(k.delivery)}; latency ${latency.deliveredOfExpected}, sustained ${sustained.deliveredOfExpected} delivered`);
    if (k.serverErrors?.length) add('    server errors logged', k.serverErrors.join(' | '));
  }
  if (b) {
    add(`(c) bare socket.io relay${r.options.bareBatchMs ? ` (batched per ${r.options.bareBatchMs} ms)` : ''}, ${r.options.rate} msgs/s: p50 / p95 / p99 / max`, `${lat(b.latency.delivery)}; ${cpu(b.latency.cpu)}; relay CPU ${b.latency.serverCpuUsPerDelivery} µs per delivery`);
    if (k) {
      const ratio = (x, y) => (x && y ? round(x / y, 1) : '-');
      const kl = k.phases.latency.delivery;
      add(`    Kennislijn / bare (p50, p99)`, `${ratio(kl.p50, b.latency.delivery.p50)}x, ${ratio(kl.p99, b.latency.delivery.p99)}x`);
    }
    add(`    bare relay flat out with ${r.options.receivers} receivers`, `${b.sustained.ackedPerS} msgs/s; delivery p50 / p99 ${ms(b.sustained.delivery.p50)} / ${ms(b.sustained.delivery.p99)}; ${cpu(b.sustained.cpu)}`);
    add(`    deliveries`, anomalies(r.bare.delivery));
  }
  if (k) {
    const { ceiling, latency, sustained } = k.phases;
    const okP99 = latency.delivery.p99 !== undefined && latency.delivery.p99 < GOALS.p99Ms;
    const okRate = sustained.ackedPerS >= GOALS.storedPerS;
    add('goals', `p99 < ${GOALS.p99Ms} ms: ${okP99 ? 'MET' : 'MISSED'} (${ms(latency.delivery.p99)}); >= ${GOALS.storedPerS} stored msgs/s with receivers: ${okRate ? 'MET' : 'MISSED'} (${sustained.ackedPerS}/s; ${ceiling.ackedPerS}/s with none)`);
  }
  const m = r.machine;
  printTable(
    `Kennislijn real-time benchmark  ${r.date}`,
    [
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}; load average ${m.loadAvg1mBefore} before, ${m.loadAvg1mAfter} after`,
      `build: ${r.build.builtAt}${r.build.built ? ' (built now)' : ''}${r.build.newerSourceThanBuild ? ' (OLDER than the API sources: pass --build)' : ''}; LOG_LEVEL=${r.options.logLevel}; one API instance, loopback, websocket transport; bench took ${r.benchSeconds} s`,
    ],
    rows,
    [
      'Latency: from emitting message:send to each receiver getting the message event (nearest rank, 0.1 ms buckets); all clients run in this process.',
      'CPU % is of one core; "bench" is this process (all the clients), "other" the rest of the machine (noise). Stored rates come from acknowledgements and are checked by COUNT(*) per seq range.',
    ],
  );
}

setKeepData(opts.keepData);
if (opts.entry) setEntry(opts.entry);
installSignalHandlers();

try {
  const result = await run();
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  logServerTail(error);
  process.exitCode = 1;
} finally {
  for (const c of relays) c.kill('SIGKILL');
  await shutdown();
}
