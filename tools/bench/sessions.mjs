#!/usr/bin/env node
// Themed-session benchmark for the Kennislijn API (issue 8): how long a step change by the moderator
// takes to reach every participant in the live room (fan-out latency of `session:state`).
//
//   node tools/bench/sessions.mjs [--postgres] [--only-postgres] [--participants 200] [--changes 30]
//        [--warmup 3] [--pause-ms 200] [--connect-concurrency 25] [--no-bare] [--log-level info] [--deadline 300]
//        [--build | --entry PATH] [--no-snapshot] [--cpu-prof DIR] [--keep-data]
//
// Per database (embedded PGlite by default; with --postgres also a fresh database on
// postgres://postgres@127.0.0.1:5432, created with psql and dropped afterwards):
//   1. The built server (a copy of dist/apps/api, see instruments.mjs) starts on a fresh DATA_DIR without the
//      demo data. Through GraphQL a moderator and --participants people register (2 at a time: argon2), the
//      moderator creates a public, open community that the participants join (4 at a time) and plans a
//      session with the INCIDENT method (10 steps) from `sessionMethods`.
//   2. Every participant connects one socket.io client (websocket transport, access token in `auth`, as the
//      web app and libs/api/testing do) and enters the live room with `session:subscribe {sessionId}`,
//      waiting for the acknowledgement (--connect-concurrency at a time).
//   3. The moderator sends `startSession`, then --warmup + --changes `goToSessionStep(id, step,
//      expectedStateSeq)` one after the other, cycling through the steps, with --pause-ms between them so
//      they do not overlap. For every change the bench notes the time just before it sends the mutation and
//      the time each socket receives the `session:state` event carrying the new stateSeq (all clients live in
//      this process: one clock). Reported: p50/p95/p99/max over all deliveries, per change the first and the
//      last participant (p50/p95), the spread between them, the mutation's round trip, deliveries that
//      arrived before the HTTP answer, missed deliveries (must be 0), and the API's RSS and CPU.
//   4. Unless --no-bare: the same fan-out through tools/bench/realtime-relay.mjs (socket.io with the API's
//      options, no authentication, no database): one sender emits and the relay broadcasts to the room of
//      --participants receivers. That is the floor socket.io and this machine give; the difference is
//      Kennislijn's (GraphQL, the transaction, emitting after the commit).
// Prints a summary table and one line `RESULT {json}` with every figure; progress goes to stderr. Servers are
// always stopped (also on Ctrl-C and at the deadline), the PostgreSQL database dropped and temp dirs removed.

import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import {
  cpuMs,
  createDatabase,
  dropDatabaseSync,
  ENTRY,
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
  stats,
  stopServer,
  systemBusyMs,
  tempDir,
} from './lib.mjs';

const USAGE = `usage: node tools/bench/sessions.mjs [--postgres] [--only-postgres] [--participants N] [--changes N] [--warmup N]
       [--pause-ms N] [--connect-concurrency N] [--no-bare] [--log-level LEVEL] [--deadline S]
       [--build | --entry PATH] [--no-snapshot] [--cpu-prof DIR] [--keep-data]`;

const opts = parseArgs(
  process.argv.slice(2),
  {
    '--postgres': ['postgres', 'bool'],
    '--only-postgres': ['onlyPostgres', 'bool'],
    '--participants': ['participants', 'int'],
    '--changes': ['changes', 'int'],
    '--warmup': ['warmup', 'int'],
    '--pause-ms': ['pauseMs', 'int'],
    '--connect-concurrency': ['connectConcurrency', 'int'],
    '--no-bare': ['noBare', 'bool'],
    '--log-level': ['logLevel', 'string'],
    '--deadline': ['deadlineS', 'int'],
    '--build': ['build', 'bool'],
    '--entry': ['entry', 'string'],
    '--no-snapshot': ['noSnapshot', 'bool'],
    '--cpu-prof': ['cpuProfDir', 'string'],
    '--keep-data': ['keepData', 'bool'],
  },
  {
    postgres: false,
    onlyPostgres: false,
    participants: 200,
    changes: 30,
    warmup: 3,
    pauseMs: 200,
    connectConcurrency: 25,
    noBare: false,
    logLevel: 'info',
    deadlineS: 300,
    build: false,
    noSnapshot: false,
    keepData: false,
  },
  USAGE,
);
if (opts.onlyPostgres) opts.postgres = true;
if (opts.build && opts.entry) throw new Error('--build builds this checkout; it cannot be combined with --entry');

const BUILD_LOCK = '/tmp/kl-build.lock';
const ENTRY_PATH = 'dist/apps/api/apps/api/src/main.js';
const PASSWORD = 'bench-sessions-password';
const REQUEST_TIMEOUT_MS = 30_000;
const ACK_TIMEOUT_MS = 15_000;
/** How long a change waits for all its deliveries before the next one (later arrivals count as late). */
const CHANGE_WAIT_MS = 5_000;
const DRAIN_MS = 2_000;

const Q = {
  register: `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
  community: `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id } }`,
  join: `mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`,
  methods: `query Methods($c: ID) { sessionMethods(communityId: $c) { id code steps { key } } }`,
  plan: `mutation Plan($input: PlanSessionInput!) { planSession(input: $input) { id status currentStep stateSeq steps { key } viewerCan { moderate } } }`,
  start: `mutation Start($id: ID!) { startSession(id: $id) { status currentStep stateSeq } }`,
  step: `mutation Step($id: ID!, $step: Int!, $seq: Int!) { goToSessionStep(id: $id, step: $step, expectedStateSeq: $seq) { currentStep stateSeq } }`,
  get: `query Get($id: ID!) { session(id: $id) { status currentStep stateSeq } }`,
};

// ---------------------------------------------------------------------------------------------
// Build and snapshot (as instruments.mjs)

/** Builds the API under the shared build lock (other sessions build in this tree too). */
function buildLocked() {
  log(`building the API (flock ${BUILD_LOCK} npx nx run api:build) ...`);
  execFileSync('flock', [BUILD_LOCK, 'npx', 'nx', 'run', 'api:build'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 'inherit'],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
}

/**
 * Copies dist/apps/api (under the build lock, so never a half-written build) into a temp checkout
 * with a link to this checkout's node_modules, and points the server's entry there.
 */
function snapshotBuild() {
  const dir = tempDir('kennislijn-bench-sessions-dist-');
  mkdirSync(join(dir, 'dist/apps'), { recursive: true });
  execFileSync('flock', [BUILD_LOCK, 'cp', '-a', join(ROOT, 'dist/apps/api'), join(dir, 'dist/apps/')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  setEntry(join(dir, ENTRY_PATH));
  return join(dir, ENTRY_PATH);
}

/** An --entry outside a checkout (no node_modules above it) gets NODE_PATH pointing at ours. */
function nodePathFor(entry) {
  for (let d = dirname(entry); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return null;
    if (dirname(d) === d) return join(ROOT, 'node_modules');
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL client

/** One GraphQL request; never throws. Resolves to { ms, data } or { ms, error, requestId }. */
async function gql(url, query, variables, token) {
  const t0 = performance.now();
  try {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await r.text();
    const ms = performance.now() - t0;
    const requestId = r.headers.get('x-request-id') ?? undefined;
    const m = r.headers.get('server-timing')?.match(/sql=(\d+)/);
    const sql = m ? Number(m[1]) : null;
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return { ms, requestId, error: `HTTP ${r.status}: not JSON: ${text.slice(0, 200)}` };
    }
    if (r.status !== 200 || body.errors?.length || !body.data) {
      const e = body.errors?.[0];
      return { ms, sql, requestId: e?.extensions?.requestId ?? requestId, error: `HTTP ${r.status} ${e?.extensions?.code ?? ''} ${e?.message ?? JSON.stringify(body).slice(0, 200)}`.replace(/ +/g, ' ') };
    }
    return { ms, sql, requestId, data: body.data };
  } catch (error) {
    return { ms: performance.now() - t0, error: `${error?.name ?? 'Error'}: ${error?.cause?.code ?? error?.message ?? error}` };
  }
}

async function mustGql(url, query, variables, token, what) {
  const r = await gql(url, query, variables, token);
  if (r.error) throw new Error(`${what} failed: ${r.error}${r.requestId ? ` (requestId ${r.requestId})` : ''}`);
  return r.data;
}

/** Runs `fn(i)` for i in 0..n-1 with `concurrency` workers; the first error stops the rest and is thrown. */
async function pool(n, concurrency, fn) {
  let next = 0;
  let failed = null;
  await Promise.all(
    Array.from({ length: Math.min(n, concurrency) }, async () => {
      while (next < n && !failed) {
        try {
          await fn(next++);
        } catch (error) {
          failed ??= error;
        }
      }
    }),
  );
  if (failed) throw failed;
}

// CPU used by a process, by this process (all the clients) and by everything else (percent of one core).
function cpuProbe(pid) {
  const t0 = performance.now();
  const s0 = cpuMs(pid);
  const self0 = process.cpuUsage();
  const sys0 = systemBusyMs();
  return () => {
    const wall = performance.now() - t0;
    const s1 = cpuMs(pid);
    const self = process.cpuUsage(self0);
    const selfMs = (self.user + self.system) / 1000;
    const sys1 = systemBusyMs();
    const serverMs = s0 !== null && s1 !== null ? s1 - s0 : null;
    return {
      serverMs: serverMs !== null ? round(serverMs, 0) : null,
      benchMs: round(selfMs, 0),
      wallMs: round(wall, 0),
      serverPct: serverMs !== null ? round((serverMs / wall) * 100, 0) : null,
      benchPct: round((selfMs / wall) * 100, 0),
      otherPct: sys0 !== null && sys1 !== null ? round((Math.max(0, sys1 - sys0 - (serverMs ?? 0) - selfMs) / wall) * 100, 0) : null,
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Seed

const inDays = (d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

async function seed(url, n) {
  const t0 = performance.now();
  const stamp = Date.now().toString(36);
  const people = new Array(n + 1);
  // Registration hashes a password (argon2, 19 MiB): two at a time is what two cores can take.
  await pool(n + 1, 2, async (i) => {
    const d = await mustGql(
      url,
      Q.register,
      { input: { email: `bench-sessions-${stamp}-${i}@example.org`, password: PASSWORD, displayName: i ? `Bench Deelnemer ${i}` : 'Bench Gespreksleider', role: 'PROFESSIONAL', organisation: `Organisatie ${(i % 5) + 1}` } },
      undefined,
      `register ${i}`,
    );
    people[i] = { id: d.register.user.id, token: d.register.accessToken };
  });
  const registerS = (performance.now() - t0) / 1000;
  const [moderator, ...participants] = people;
  const communityId = (
    await mustGql(
      url,
      Q.community,
      { input: { name: 'Bench: sessies', slug: `bench-sessions-${stamp}`, visibility: 'PUBLIC', joinPolicy: 'OPEN', description: 'Gemeenschap voor de sessie-benchmark.', guidelines: '', tags: [], researchThemeCodes: [] } },
      moderator.token,
      'createCommunity',
    )
  ).createCommunity.id;
  await pool(n, 4, (i) => mustGql(url, Q.join, { id: communityId }, participants[i].token, `joinCommunity ${i + 1}`));
  const methods = (await mustGql(url, Q.methods, { c: communityId }, moderator.token, 'sessionMethods')).sessionMethods;
  const incident = methods.find((m) => m.code === 'INCIDENT');
  if (!incident) throw new Error(`no INCIDENT method among ${methods.map((m) => m.code).join(', ')}`);
  const day = inDays(7);
  const session = (
    await mustGql(
      url,
      Q.plan,
      { input: { communityId, title: 'Bench: intervisie met de incidentmethode', themeText: 'Meervoudige alliantie', description: 'Sessie voor de benchmark.', startDate: day, startTime: '19:30', endDate: day, endTime: '21:00', location: 'Online', capacity: null, methodId: incident.id, clientId: randomUUID() } },
      moderator.token,
      'planSession',
    )
  ).planSession;
  if (!session.viewerCan.moderate) throw new Error('the moderator may not moderate the planned session');
  return { moderator, participants, communityId, session, steps: session.steps.length, registerS: round(registerS, 1), seedS: round((performance.now() - t0) / 1000, 1) };
}

// ---------------------------------------------------------------------------------------------
// Clients

function connect(url, auth) {
  return new Promise((res, rej) => {
    const socket = io(url, { path: '/socket.io', transports: ['websocket'], auth, extraHeaders: { 'accept-language': 'nl' }, forceNew: true, reconnection: false, timeout: 20_000 });
    socket.once('connect', () => res(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      rej(new Error(`socket connect failed: ${err.message}${err.data?.code ? ` (${err.data.code})` : ''}`));
    });
  });
}

/**
 * What the receivers saw. `changes` maps a sequence number (stateSeq, or the relay's message seq) to
 * { t0, at: Float64Array of receive times - t0 per receiver (NaN = not yet), got, waitedOut }.
 */
function newTracker(n) {
  return { n, changes: new Map(), unexpected: 0, duplicates: 0, disconnects: 0, presenceEvents: 0, late: 0 };
}

function expectChange(tracker, seq) {
  const c = { seq, t0: performance.now(), at: new Float64Array(tracker.n).fill(Number.NaN), got: 0, waitedOut: false, done: null };
  c.allIn = new Promise((res) => (c.done = res));
  tracker.changes.set(seq, c);
  return c;
}

function received(tracker, index, seq, now) {
  const c = tracker.changes.get(seq);
  if (!c) {
    tracker.unexpected++;
    return;
  }
  if (!Number.isNaN(c.at[index])) {
    tracker.duplicates++;
    return;
  }
  c.at[index] = now - c.t0;
  c.got++;
  if (c.waitedOut) tracker.late++;
  if (c.got === tracker.n) c.done();
}

async function waitFor(c, ms) {
  let timer;
  const timedOut = await Promise.race([c.allIn.then(() => false), new Promise((res) => (timer = setTimeout(() => res(true), ms)))]);
  clearTimeout(timer);
  if (timedOut) c.waitedOut = true;
  return !timedOut;
}

/** Connects and subscribes one socket per participant (with `concurrency` in flight). */
async function enterRoom(url, participants, sessionId, tracker, concurrency) {
  const t0 = performance.now();
  const sockets = new Array(participants.length);
  const subscribeMs = [];
  const connectMs = [];
  await pool(participants.length, concurrency, async (i) => {
    const tc = performance.now();
    const socket = await connect(url, { token: participants[i].token });
    connectMs.push(performance.now() - tc);
    socket.on('session:state', (p) => received(tracker, i, p.stateSeq, performance.now()));
    socket.on('presence', () => tracker.presenceEvents++);
    socket.on('disconnect', () => tracker.disconnects++);
    const ts = performance.now();
    const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:subscribe', { sessionId });
    if (!ack.ok) throw new Error(`session:subscribe refused: ${ack.error.code} ${ack.error.message}`);
    subscribeMs.push(performance.now() - ts);
    sockets[i] = socket;
  });
  return { sockets, seconds: round((performance.now() - t0) / 1000, 2), connect: stats(connectMs), subscribe: stats(subscribeMs) };
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Latency figures over a list of changes. */
function summarise(tracker, list, n) {
  const all = [];
  const first = [];
  const last = [];
  const spread = [];
  let missed = 0;
  for (const c of list) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of c.at) {
      if (Number.isNaN(x)) {
        missed++;
        continue;
      }
      all.push(x);
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (c.got) {
      first.push(lo);
      last.push(hi);
      spread.push(hi - lo);
    }
  }
  const withMutation = list.filter((c) => c.mutationMs !== undefined);
  const beforeAnswer = withMutation.reduce((a, c) => a + c.beforeAnswer, 0);
  return {
    changes: list.length,
    expectedDeliveries: list.length * n,
    delivered: all.length,
    missed,
    delivery: all.length ? stats(all) : { n: 0 },
    firstParticipant: first.length ? stats(first) : { n: 0 },
    lastParticipant: last.length ? stats(last) : { n: 0 },
    spread: spread.length ? stats(spread) : { n: 0 },
    mutation: withMutation.length ? stats(withMutation.map((c) => c.mutationMs)) : null,
    deliveredBeforeAnswerPct: withMutation.length ? round((beforeAnswer / (withMutation.length * n)) * 100, 1) : null,
  };
}

/** requestId -> responseTime (ms) from the server's pino-http "request completed" lines. */
function serverResponseTimes(server) {
  const took = new Map();
  for (const line of server.output().split('\n')) {
    if (!line.includes('"responseTime"')) continue;
    try {
      const j = JSON.parse(line);
      const id = j.requestId ?? j.reqId ?? j.req?.id;
      if (id && typeof j.responseTime === 'number') took.set(id, j.responseTime);
    } catch {
      // not JSON
    }
  }
  return took;
}

// ---------------------------------------------------------------------------------------------
// One database

async function benchDatabase(label, { databaseUrl, dataDir }, env) {
  const out = { database: label };
  const n = opts.participants;
  log(`[${label}] starting the API ...`);
  const nodeArgs = opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(opts.cpuProfDir)] : [];
  const server = await startServer({ dataDir, databaseUrl, logLevel: opts.logLevel, seedDemo: false, env, nodeArgs });
  const url = server.url;
  out.readyS = round(server.readyMs / 1000, 2);
  out.rssAfterReadyMb = rssMb(server.pid);
  log(`[${label}] ready in ${out.readyS} s; registering a moderator and ${n} participants, community, session ...`);
  const seeded = await seed(url, n);
  out.seed = { registerS: seeded.registerS, seconds: seeded.seedS, steps: seeded.steps };
  const sessionId = seeded.session.id;
  log(`  seeded in ${seeded.seedS} s (registering ${seeded.registerS} s); session ${sessionId} with ${seeded.steps} steps`);

  log(`[${label}] connecting ${n} sockets and entering the live room (${opts.connectConcurrency} at a time) ...`);
  const tracker = newTracker(n);
  const probeEnter = cpuProbe(server.pid);
  const room = await enterRoom(url, seeded.participants, sessionId, tracker, opts.connectConcurrency);
  await sleep(1000); // the last presence update (coalesced per 250 ms)
  out.enter = { seconds: room.seconds, connect: room.connect, subscribe: room.subscribe, presenceEvents: tracker.presenceEvents, cpu: probeEnter() };
  out.rssWithSocketsMb = rssMb(server.pid);
  log(`  ${room.seconds} s (connect p50 ${room.connect.p50} ms, subscribe p50 ${room.subscribe.p50} / p99 ${room.subscribe.p99} ms, ${tracker.presenceEvents} presence events); API RSS ${out.rssWithSocketsMb} MB`);

  const token = seeded.moderator.token;
  let seq = seeded.session.stateSeq;
  // Start: everyone already in the room moves to step 0 (and is recorded as attending).
  const startChange = expectChange(tracker, seq + 1);
  const started = await gql(url, Q.start, { id: sessionId }, token);
  if (started.error) throw new Error(`startSession failed: ${started.error}${started.requestId ? ` (requestId ${started.requestId})` : ''}`);
  startChange.mutationMs = started.ms;
  startChange.beforeAnswer = startChange.got;
  startChange.sql = started.sql;
  startChange.requestId = started.requestId;
  if (started.data.startSession.stateSeq !== seq + 1) throw new Error(`startSession returned stateSeq ${started.data.startSession.stateSeq}, expected ${seq + 1}`);
  seq = started.data.startSession.stateSeq;
  let step = started.data.startSession.currentStep;
  await waitFor(startChange, CHANGE_WAIT_MS);
  await sleep(opts.pauseMs);

  const total = opts.warmup + opts.changes;
  log(`[${label}] ${opts.warmup} warm-up + ${opts.changes} step changes, ${opts.pauseMs} ms apart, each to ${n} participants ...`);
  const warm = [];
  const measured = [];
  const failures = [];
  let probe = null;
  for (let k = 0; k < total; k++) {
    if (k === opts.warmup) {
      probe = cpuProbe(server.pid);
      // CLOCK_MONOTONIC in µs, the clock of a V8 .cpuprofile: with --cpu-prof, the samples of this phase.
      out.changesWindowUs = [Number(process.hrtime.bigint() / 1000n)];
    }
    step = (step + 1) % seeded.steps;
    const c = expectChange(tracker, seq + 1);
    const r = await gql(url, Q.step, { id: sessionId, step, seq }, token);
    c.mutationMs = r.ms;
    c.beforeAnswer = c.got;
    c.sql = r.sql;
    c.requestId = r.requestId;
    if (r.error) {
      failures.push(`${r.error}${r.requestId ? ` (requestId ${r.requestId})` : ''}`);
      tracker.changes.delete(c.seq);
      const now = (await mustGql(url, Q.get, { id: sessionId }, token, 'session')).session;
      seq = now.stateSeq;
      step = now.currentStep;
      if (failures.length >= 5) throw new Error(`5 step changes failed: ${failures.join(' | ')}`);
      continue;
    }
    const got = r.data.goToSessionStep;
    if (got.stateSeq !== seq + 1 || got.currentStep !== step) throw new Error(`goToSessionStep returned step ${got.currentStep} / stateSeq ${got.stateSeq}, expected ${step} / ${seq + 1}`);
    seq = got.stateSeq;
    await waitFor(c, CHANGE_WAIT_MS);
    (k < opts.warmup ? warm : measured).push(c);
    await sleep(opts.pauseMs);
  }
  await sleep(DRAIN_MS); // late arrivals still count (as late), missing ones are missed
  out.cpu = probe();
  out.changesWindowUs.push(Number(process.hrtime.bigint() / 1000n));
  out.rssAfterChangesMb = rssMb(server.pid);
  out.start = summarise(tracker, [startChange], n);
  out.warmup = summarise(tracker, warm, n);
  out.changes = summarise(tracker, measured, n);
  out.changes.failed = failures.length;
  out.changes.failures = failures;
  out.changes.late = tracker.late;
  out.unexpectedEvents = tracker.unexpected;
  out.duplicateEvents = tracker.duplicates;
  out.disconnects = tracker.disconnects;
  // CPU per change over the measured phase (the pauses included: what the API did besides is in there too).
  out.serverCpuMsPerChange = out.cpu.serverMs !== null ? round(out.cpu.serverMs / measured.length, 1) : null;
  out.benchCpuMsPerChange = round(out.cpu.benchMs / measured.length, 1);
  out.serverErrors = serverErrors(server);
  // The API's own time per mutation (pino-http's responseTime: request in to response out) and its SQL
  // statements (Server-Timing): what the round trip and the first delivery are made of.
  const took = serverResponseTimes(server);
  for (const [key, list] of [['start', [startChange]], ['changes', measured]]) {
    const serverMs = list.map((c) => took.get(c.requestId)).filter((x) => x !== undefined);
    out[key].serverResponse = serverMs.length ? stats(serverMs) : null;
    out[key].sqlPerMutation = [...new Set(list.map((c) => c.sql))].filter((x) => x !== null && x !== undefined);
  }
  const ch = out.changes;
  log(`  delivery p50 ${ch.delivery.p50} / p95 ${ch.delivery.p95} / p99 ${ch.delivery.p99} / max ${ch.delivery.max} ms; last participant p50 ${ch.lastParticipant.p50} / p95 ${ch.lastParticipant.p95} ms; mutation p50 ${ch.mutation?.p50} ms; missed ${ch.missed}; API CPU ${out.serverCpuMsPerChange} ms per change`);

  for (const s of room.sockets) s.close();
  out.stopS = round((await stopServer(server)) / 1000, 2);
  if (server.killed) out.stopNeededSigkill = true;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bare socket.io relay: the same fan-out without Kennislijn

const relays = new Set();
process.on('exit', () => {
  for (const c of relays) c.kill('SIGKILL');
});

async function startRelay() {
  const child = spawn(process.execPath, [join(ROOT, 'tools/bench/realtime-relay.mjs')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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
  const n = opts.participants;
  const out = { database: 'bare socket.io relay' };
  log(`[bare socket.io] starting tools/bench/realtime-relay.mjs, ${n} receivers ...`);
  const relay = await startRelay();
  const tracker = newTracker(n);
  const threadId = randomUUID();
  const sockets = [];
  try {
    const t0 = performance.now();
    await pool(n, opts.connectConcurrency, async (i) => {
      const socket = await connect(relay.url, { token: 'bare' });
      socket.on('message', (m) => received(tracker, i, m.seq, performance.now()));
      const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('thread:subscribe', { threadId, afterSeq: null });
      if (!ack.ok) throw new Error('thread:subscribe refused by the relay');
      sockets[i] = socket;
    });
    out.enterS = round((performance.now() - t0) / 1000, 2);
    const sender = await connect(relay.url, { token: 'bare' });
    sockets.push(sender);
    const warm = [];
    const measured = [];
    let probe = null;
    for (let k = 0; k < opts.warmup + opts.changes; k++) {
      if (k === opts.warmup) probe = cpuProbe(relay.pid);
      const c = expectChange(tracker, k + 1);
      const ack = await sender.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', { threadId, clientId: randomUUID(), body: `Stap ${k + 1}` });
      c.mutationMs = performance.now() - c.t0;
      c.beforeAnswer = c.got;
      if (!ack.ok || ack.message.seq !== k + 1) throw new Error(`relay answered ${JSON.stringify(ack).slice(0, 200)}`);
      await waitFor(c, CHANGE_WAIT_MS);
      (k < opts.warmup ? warm : measured).push(c);
      await sleep(opts.pauseMs);
    }
    await sleep(DRAIN_MS);
    out.cpu = probe();
    out.changes = summarise(tracker, measured, n);
    out.changes.late = tracker.late;
    out.serverCpuMsPerChange = round(out.cpu.serverMs / measured.length, 1);
    out.benchCpuMsPerChange = round(out.cpu.benchMs / measured.length, 1);
    const ch = out.changes;
    log(`  delivery p50 ${ch.delivery.p50} / p99 ${ch.delivery.p99} ms; last participant p50 ${ch.lastParticipant.p50} / p95 ${ch.lastParticipant.p95} ms; missed ${ch.missed}`);
  } finally {
    for (const s of sockets) s?.close();
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
  };
  if (opts.entry) {
    setEntry(opts.entry);
    result.build = await ensureBuilt();
  } else {
    if (opts.build || !existsSync(join(ROOT, ENTRY_PATH))) buildLocked();
    result.build = await ensureBuilt();
    result.build.built = opts.build;
    if (!opts.noSnapshot) {
      result.build.snapshot = snapshotBuild();
      log(`running a copy of the build: ${result.build.snapshot}`);
    }
  }
  const env = { ACCESS_TOKEN_TTL_SECONDS: '3600' };
  const nodePath = nodePathFor(ENTRY);
  if (nodePath) env.NODE_PATH = nodePath;

  const cancelDeadline = hardDeadline(opts.deadlineS);
  const tRun = performance.now();
  result.databases = [];
  if (!opts.onlyPostgres) result.databases.push(await benchDatabase('embedded PGlite', { dataDir: tempDir('kennislijn-bench-sessions-') }, env));
  if (opts.postgres) {
    const db = createDatabase('kennislijn_bench_sessions');
    try {
      const r = await benchDatabase(`PostgreSQL ${db.version}`, { databaseUrl: db.url, dataDir: tempDir('kennislijn-bench-sessions-pg-') }, env);
      r.serverVersion = db.version;
      result.databases.push(r);
    } finally {
      dropDatabaseSync(db.name);
    }
  }
  if (!opts.noBare) result.bare = await benchBare();
  result.machine.loadAvg1mAfter = round(os.loadavg()[0], 2);
  result.benchSeconds = round((performance.now() - tRun) / 1000, 1);
  cancelDeadline();
  return result;
}

const ms = (x) => (x === null || x === undefined ? '-' : `${x} ms`);
const lat = (h) => (h?.n ? `${ms(h.p50)} / ${ms(h.p95)} / ${ms(h.p99)} / max ${ms(h.max)}  (n=${h.n})` : '-');
const cpu = (c) => (c ? `API ${c.serverPct}%, bench ${c.benchPct}%, other ${c.otherPct}% of a core` : '-');

function printSummary(r) {
  const m = r.machine;
  const n = r.options.participants;
  const rows = [];
  const add = (label, value) => rows.push([label, value]);
  for (const d of r.databases) {
    const p = `[${d.database}] `;
    const c = d.changes;
    add(`${p}start to ready / seed (moderator + ${n} participants, community, session)`, `${d.readyS} s / ${d.seed.seconds} s (registering ${d.seed.registerS} s)`);
    add(`${p}connect + session:subscribe ${n} sockets`, `${d.enter.seconds} s (subscribe p50 ${ms(d.enter.subscribe.p50)}, p99 ${ms(d.enter.subscribe.p99)}; ${d.enter.presenceEvents} presence events received; ${cpu(d.enter.cpu)})`);
    add(`${p}startSession: mutation / last participant`, `${ms(d.start.mutation?.p50)} / ${ms(d.start.lastParticipant.p50)} (${d.start.delivered}/${d.start.expectedDeliveries} delivered; SQL statements ${d.start.sqlPerMutation.join('/') || '-'}; records the attendance of everyone present)`);
    add(`${p}step change -> session:state, all deliveries: p50 / p95 / p99 / max`, lat(c.delivery));
    add(`${p}  last participant per change: p50 / p95 / max`, `${ms(c.lastParticipant.p50)} / ${ms(c.lastParticipant.p95)} / ${ms(c.lastParticipant.max)}  (first participant p50 ${ms(c.firstParticipant.p50)}; first-to-last spread p50 ${ms(c.spread.p50)}, p95 ${ms(c.spread.p95)})`);
    add(`${p}  goToSessionStep round trip: p50 / p95`, `${ms(c.mutation?.p50)} / ${ms(c.mutation?.p95)}  (in the API, request to response: p50 ${ms(c.serverResponse?.p50)}, p95 ${ms(c.serverResponse?.p95)}; SQL statements ${c.sqlPerMutation.join('/') || '-'}; ${c.deliveredBeforeAnswerPct} % of deliveries arrived before the HTTP answer)`);
    add(`${p}  deliveries: expected / delivered / missed / late`, `${c.expectedDeliveries} / ${c.delivered} / ${c.missed} / ${c.late}; failed changes ${c.failed}; unexpected ${d.unexpectedEvents}, duplicate ${d.duplicateEvents}, disconnects ${d.disconnects}${c.missed ? '  MISSED DELIVERIES' : ''}`);
    add(`${p}  CPU during the changes (${r.options.changes} changes, ${r.options.pauseMs} ms apart)`, `${cpu(d.cpu)}; API ${ms(d.serverCpuMsPerChange)} per change, bench (${n} clients) ${ms(d.benchCpuMsPerChange)} per change`);
    add(`${p}API RSS: ready / with ${n} sockets / after the changes`, `${d.rssAfterReadyMb} / ${d.rssWithSocketsMb} / ${d.rssAfterChangesMb} MB`);
    if (d.serverErrors?.length) add(`${p}  server errors logged`, d.serverErrors.join(' | '));
  }
  if (r.bare) {
    const b = r.bare;
    const c = b.changes;
    add(`[bare socket.io relay] emit -> ${n} receivers, all deliveries: p50 / p95 / p99 / max`, lat(c.delivery));
    add(`[bare socket.io relay]   last receiver per message: p50 / p95; spread p50`, `${ms(c.lastParticipant.p50)} / ${ms(c.lastParticipant.p95)}; ${ms(c.spread.p50)} (first p50 ${ms(c.firstParticipant.p50)}); ack p50 ${ms(c.mutation?.p50)}; missed ${c.missed}`);
    add(`[bare socket.io relay]   CPU`, `${cpu(b.cpu)}; relay ${ms(b.serverCpuMsPerChange)} per message, bench ${ms(b.benchCpuMsPerChange)} per message`);
  }
  printTable(
    `Kennislijn themed-session benchmark (step-change fan-out)  ${r.date}`,
    [
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}; load average ${m.loadAvg1mBefore} before, ${m.loadAvg1mAfter} after`,
      `build: ${r.build.builtAt}${r.build.built ? ' (built now)' : ''}${r.build.newerSourceThanBuild ? ' (OLDER than the API sources: pass --build)' : ''}${r.build.snapshot ? ' (run from a copy)' : ''}; LOG_LEVEL=${r.options.logLevel}; one API instance, loopback, websocket transport; bench took ${r.benchSeconds} s`,
    ],
    rows,
    [
      'Latency: from just before the moderator sends goToSessionStep (GraphQL over HTTP) to each participant socket receiving session:state with the new stateSeq; nearest rank; all clients run in this process.',
      'First participant ~ the mutation itself (GraphQL, transaction, commit, emit); first-to-last spread ~ the fan-out (one room broadcast: 200 websocket frames written by the API, parsed here).',
      'CPU % is of one core; "bench" is this process (all the clients), "other" the rest of the machine (noise).',
    ],
  );
}

setKeepData(opts.keepData);
installSignalHandlers();

try {
  const result = await run();
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
  const bad = result.databases.filter((d) => d.changes.missed || d.changes.failed || d.start.missed);
  if (bad.length) {
    log(`missed deliveries or failed changes on: ${bad.map((d) => d.database).join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  logServerTail(error);
  process.exitCode = 1;
} finally {
  for (const c of relays) c.kill('SIGKILL');
  await shutdown();
}
