#!/usr/bin/env node
// Foundation benchmark for the Kennislijn API: start-up time, sign-in latency and idle memory.
//
//   node tools/bench/foundation.mjs [--postgres] [--requests 200] [--concurrency 4] [--restarts 3]
//                                   [--log-level info] [--keep-data]
//
// Plain Node ESM, no dependencies. Runs the built server (dist/apps/api/apps/api/src/main.js) as a
// child process on loopback, builds it first when it is missing, and always stops it again.
// Prints a summary table and one line `RESULT {json}` with every figure.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const HOST = '127.0.0.1';
const DEMO_EMAIL = 'docent@demo.kennislijn.nl';
const DEMO_PASSWORD = 'kennislijn-demo';
const LOGIN_QUERY = `mutation { login(input: { email: "${DEMO_EMAIL}", password: "${DEMO_PASSWORD}" }) { accessToken } }`;
const POLL_MS = 50;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const IDLE_MS = 5_000;
const WARMUP = 10;

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = { postgres: false, requests: 200, concurrency: 4, restarts: 3, logLevel: 'info', keepData: false, deadlineS: 115 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--postgres') opts.postgres = true;
    else if (a === '--requests') opts.requests = Number(next());
    else if (a === '--concurrency') opts.concurrency = Number(next());
    else if (a === '--restarts') opts.restarts = Number(next());
    else if (a === '--log-level') opts.logLevel = next();
    else if (a === '--deadline') opts.deadlineS = Number(next());
    else if (a === '--keep-data') opts.keepData = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tools/bench/foundation.mjs [--postgres] [--requests N] [--concurrency N] [--restarts N] [--log-level LEVEL] [--deadline S] [--keep-data]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ['requests', 'concurrency', 'restarts', 'deadlineS']) {
    if (!Number.isInteger(opts[k]) || opts[k] < 1) throw new Error(`--${k} must be a positive whole number`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const round = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10 ** d) / 10 ** d);

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentile.
  const pct = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, p50: round(pct(50), 2), p95: round(pct(95), 2), p99: round(pct(99), 2), mean: round(mean, 2), min: round(s[0], 2), max: round(s[s.length - 1], 2) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS is in kB). */
function rssMb(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? round(Number(m[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

function ensureBuilt() {
  if (existsSync(ENTRY)) return false;
  log(`${ENTRY} is missing: building the API (nx run api:build) ...`);
  execFileSync('npx', ['nx', 'run', 'api:build'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (!existsSync(ENTRY)) throw new Error(`build finished but ${ENTRY} is still missing`);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Server processes

const live = new Set(); // servers not yet known to have exited
const started = []; // every server, for error reports

/**
 * Spawns the API and resolves once GET /health/ready answers 200 (polled every 50 ms).
 * Returns the time from spawn to ready, measured here, plus the uptime the server logged.
 */
async function startServer({ dataDir, databaseUrl, logLevel }) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: logLevel,
    SEED_DEMO: 'true',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const t0 = performance.now();
  const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (d) => {
    out += d.toString();
    if (out.length > 8_000_000) out = out.slice(-4_000_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitCode;
  const exited = new Promise((res) =>
    child.on('exit', (code, signal) => {
      exitCode = code ?? signal;
      live.delete(server);
      res(exitCode);
    }),
  );
  const server = { child, pid: child.pid, port, url: `http://${HOST}:${port}`, exited, output: () => out };
  live.add(server);
  started.push(server);

  const readyUrl = `${server.url}/health/ready`;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`server exited with ${exitCode} before it was ready:\n${out.slice(-4000)}`);
    if (performance.now() - t0 > READY_TIMEOUT_MS) throw new Error(`server not ready after ${READY_TIMEOUT_MS} ms:\n${out.slice(-4000)}`);
    const tPoll = performance.now();
    try {
      const r = await fetch(readyUrl, { signal: AbortSignal.timeout(2_500) });
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    const rest = POLL_MS - (performance.now() - tPoll);
    if (rest > 0) await sleep(rest);
  }
  server.readyMs = performance.now() - t0;
  const m = out.match(/"uptimeMs":(\d+)[^\n]*Kennislijn is klaar/);
  server.loggedUptimeMs = m ? Number(m[1]) : null;
  return server;
}

/** SIGTERM, wait for the exit (SIGKILL after a timeout). Returns the shutdown time in ms. */
async function stopServer(server) {
  if (!live.has(server)) return null;
  const t0 = performance.now();
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log(`server ${server.pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s after SIGTERM: SIGKILL`);
    server.killed = true;
    server.child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  const code = await server.exited;
  clearTimeout(timer);
  if (code !== 0) log(`server ${server.pid} exited with ${code}`);
  return performance.now() - t0;
}

function killAllSync() {
  for (const s of live) {
    try {
      s.child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sign-in load

const REQUEST_TIMEOUT_MS = 5_000;
const MAX_ERRORS = 5; // a phase stops after this many failed sign-ins
const PHASE_BUDGET_MS = 30_000; // or after this long

/** One sign-in; resolves to { ms } or { error } (never throws). */
async function login(url) {
  const t0 = performance.now();
  try {
    const r = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN_QUERY }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await r.json();
    const ms = performance.now() - t0;
    if (r.status !== 200 || !body?.data?.login?.accessToken) {
      const e = body?.errors?.[0];
      return { error: `HTTP ${r.status} ${e?.extensions?.code ?? ''} ${e?.message ?? JSON.stringify(body).slice(0, 200)}`.trim(), requestId: e?.extensions?.requestId };
    }
    return { ms };
  } catch (error) {
    return { error: `${error?.name ?? 'Error'}: ${error?.cause?.code ?? error?.message ?? error} after ${Math.round(performance.now() - t0)} ms` };
  }
}

/** Runs n sign-ins with `concurrency` workers; failures are counted, not thrown. */
async function loginPhase(url, n, concurrency, { warmup = 0 } = {}) {
  for (let i = 0; i < warmup; i++) {
    const w = await login(url);
    if (w.error) throw new Error(`warm-up sign-in failed: ${w.error}`);
  }
  const samples = [];
  const errors = [];
  let next = 0;
  let stopped = null;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n && !stopped) {
        next++;
        const r = await login(url);
        if (r.error) {
          errors.push(r);
          if (errors.length >= MAX_ERRORS) stopped ??= `${errors.length} failed sign-ins`;
        } else samples.push(r.ms);
        if (performance.now() - t0 > PHASE_BUDGET_MS) stopped ??= `phase budget of ${PHASE_BUDGET_MS / 1000} s used`;
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const attempted = samples.length + errors.length;
  const result = {
    concurrency,
    requested: n,
    attempted,
    failed: errors.length,
    ...(samples.length ? stats(samples) : { n: 0 }),
    wallMs: round(wallMs, 0),
    throughputPerS: round((samples.length / wallMs) * 1000, 1),
  };
  if (errors.length) {
    result.stoppedEarly = stopped;
    result.errors = [...new Set(errors.map((e) => e.error.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')))].slice(0, 5);
    result.errorRequestIds = errors.map((e) => e.requestId).filter(Boolean).slice(0, 5);
    log(`  ${errors.length} of ${attempted} sign-ins failed${stopped ? `, stopped early (${stopped})` : ''}: ${result.errors.join(' | ')}`);
  }
  return result;
}

/** Whether /health/ready still answers 200 (e.g. after a failed phase). */
async function stillReady(url) {
  try {
    const r = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3_000) });
    await r.arrayBuffer();
    return r.status === 200;
  } catch {
    return false;
  }
}

/** Database error messages the server logged for the given request ids (the client only sees a code). */
function serverErrors(server, requestIds) {
  const found = [];
  for (const line of server.output().split('\n')) {
    if (!/"level":(50|60)/.test(line)) continue;
    try {
      const j = JSON.parse(line);
      if (!requestIds.length || requestIds.includes(j.requestId)) found.push(j.err?.message ?? j.msg);
    } catch {
      // not JSON
    }
  }
  return [...new Set(found)].slice(0, 5);
}

async function benchLogins(server, opts) {
  const out = {};
  log(`sign-in: ${WARMUP} warm-up + ${opts.requests} sequential ...`);
  out.loginSequential = await loginPhase(server.url, opts.requests, 1, { warmup: WARMUP });
  log(`sign-in: ${opts.requests} at concurrency ${opts.concurrency} ...`);
  out.loginConcurrent = await loginPhase(server.url, opts.requests, opts.concurrency, { warmup: opts.concurrency });
  for (const phase of [out.loginSequential, out.loginConcurrent]) {
    if (phase.failed) phase.serverErrors = serverErrors(server, phase.errorRequestIds);
  }
  if (out.loginSequential.failed || out.loginConcurrent.failed) out.readyAfterLoad = await stillReady(server.url);
  return out;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (optional)

const PSQL = ['-h', HOST, '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-d', 'postgres', '-Atq', '-c'];
let createdDb = null;

function createDatabase() {
  const name = `kennislijn_bench_${process.pid}_${Date.now()}`;
  execFileSync('psql', [...PSQL, `CREATE DATABASE ${name}`], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
  createdDb = name;
  const version = execFileSync('psql', [...PSQL, 'SHOW server_version'], { encoding: 'utf8', timeout: 15_000 }).trim();
  return { name, version, url: `postgres://postgres@${HOST}:5432/${name}` };
}

function dropDatabaseSync() {
  if (!createdDb) return;
  const name = createdDb;
  createdDb = null;
  try {
    execFileSync('psql', [...PSQL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
  } catch (error) {
    log(`could not drop database ${name}: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

function machine() {
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    // not a git checkout
  }
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model?.trim() ?? null,
    memGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit,
    dirty,
  };
}

let tmpDirs = [];
let keepData = false;

function cleanupSync() {
  killAllSync();
  dropDatabaseSync();
  if (!keepData) for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  tmpDirs = [];
}

async function run(opts) {
  const result = { date: new Date().toISOString(), machine: machine(), options: { ...opts, warmup: WARMUP, pollMs: POLL_MS, idleMs: IDLE_MS } };
  result.built = ensureBuilt();

  const deadline = setTimeout(() => {
    log(`deadline of ${opts.deadlineS} s exceeded, aborting`);
    cleanupSync();
    process.exit(2);
  }, opts.deadlineS * 1000);
  deadline.unref();
  const tRun = performance.now();

  // 1. Start-up: first start on an empty folder, then restarts on the same folder.
  const dataDir = mkdtempSync(join(os.tmpdir(), 'kennislijn-bench-'));
  tmpDirs.push(dataDir);
  log(`first start (empty DATA_DIR ${dataDir}) ...`);
  let server = await startServer({ dataDir, logLevel: opts.logLevel });
  const first = { readyS: round(server.readyMs / 1000, 3), loggedUptimeS: round(server.loggedUptimeMs / 1000, 3), rssMb: rssMb(server.pid) };
  first.stopS = round((await stopServer(server)) / 1000, 3);
  log(`  ready in ${first.readyS} s`);

  const restarts = [];
  for (let i = 0; i < opts.restarts; i++) {
    server = await startServer({ dataDir, logLevel: opts.logLevel });
    const r = { readyS: round(server.readyMs / 1000, 3), loggedUptimeS: round(server.loggedUptimeMs / 1000, 3) };
    restarts.push(r);
    log(`restart ${i + 1}: ready in ${r.readyS} s`);
    if (i < opts.restarts - 1) r.stopS = round((await stopServer(server)) / 1000, 3);
  }
  result.startup = {
    firstStart: first,
    restarts,
    restartMedianS: round(median(restarts.map((r) => r.readyS)), 3),
    stopMedianS: round(median([first.stopS, ...restarts.filter((r) => r.stopS != null).map((r) => r.stopS)]), 3),
  };

  // 2 + 3. Memory after ready, sign-in latency, memory after idling (the last restarted server).
  const embedded = { rssAfterReadyMb: rssMb(server.pid), ...(await benchLogins(server, opts)) };
  embedded.rssAfterLoadMb = rssMb(server.pid);
  log(`idle ${IDLE_MS / 1000} s ...`);
  await sleep(IDLE_MS);
  embedded.rssIdleMb = rssMb(server.pid);
  embedded.stopAfterLoadS = round((await stopServer(server)) / 1000, 3);
  if (server.killed) embedded.stopNeededSigkill = true;
  result.embedded = embedded;

  // 4. Optional: the same against a PostgreSQL server.
  if (opts.postgres) {
    const db = createDatabase();
    log(`PostgreSQL ${db.version}: database ${db.name} ...`);
    const pgDataDir = mkdtempSync(join(os.tmpdir(), 'kennislijn-bench-pg-'));
    tmpDirs.push(pgDataDir);
    try {
      server = await startServer({ dataDir: pgDataDir, databaseUrl: db.url, logLevel: opts.logLevel });
      const pg = { serverVersion: db.version, firstStartReadyS: round(server.readyMs / 1000, 3), rssAfterReadyMb: rssMb(server.pid) };
      await stopServer(server);
      server = await startServer({ dataDir: pgDataDir, databaseUrl: db.url, logLevel: opts.logLevel });
      pg.restartReadyS = round(server.readyMs / 1000, 3);
      log(`  first start ${pg.firstStartReadyS} s, restart ${pg.restartReadyS} s; sign-in ...`);
      Object.assign(pg, await benchLogins(server, opts));
      pg.rssAfterLoadMb = rssMb(server.pid);
      await stopServer(server);
      result.postgres = pg;
    } finally {
      dropDatabaseSync();
    }
  }
  result.benchSeconds = round((performance.now() - tRun) / 1000, 1);
  clearTimeout(deadline);
  return result;
}

function printSummary(r) {
  const m = r.machine;
  const rows = [];
  const ms = (x) => (x == null ? '-' : `${x} ms`);
  const s = (x) => (x == null ? '-' : `${x} s`);
  const mb = (x) => (x == null ? '-' : `${x} MB`);
  const add = (label, value) => rows.push([label, value]);
  const failed = (x) => (x.failed ? `  FAILED ${x.failed} of ${x.attempted}${x.stoppedEarly ? ', stopped early' : ''}` : '');
  const loginRows = (prefix, seq, conc, o) => {
    add(`${prefix}sign-in sequential p50 / p95 / mean`, `${ms(seq.p50)} / ${ms(seq.p95)} / ${ms(seq.mean)}  (n=${seq.n}, min ${seq.min}, max ${seq.max}, ${seq.throughputPerS}/s)${failed(seq)}`);
    add(`${prefix}sign-in concurrency ${conc.concurrency} p50 / p95 / mean`, `${ms(conc.p50)} / ${ms(conc.p95)} / ${ms(conc.mean)}  (n=${conc.n})${failed(conc)}`);
    add(`${prefix}sign-in concurrency ${conc.concurrency} throughput`, `${conc.throughputPerS} logins/s`);
    for (const x of [seq, conc]) {
      if (!x.failed) continue;
      add(`${prefix}  errors (client, c=${x.concurrency})`, x.errors.join(' | '));
      if (x.serverErrors?.length) add(`${prefix}  errors (server log, c=${x.concurrency})`, x.serverErrors.join(' | '));
    }
    if (o.readyAfterLoad !== undefined) add(`${prefix}  /health/ready after the failures`, o.readyAfterLoad ? '200' : 'NOT ready');
  };
  add('start to ready, first start (empty data dir)', s(r.startup.firstStart.readyS));
  add(`start to ready, restart (median of ${r.startup.restarts.length})`, `${s(r.startup.restartMedianS)}  (${r.startup.restarts.map((x) => x.readyS).join(', ')})`);
  add('graceful stop (SIGTERM to exit), median', s(r.startup.stopMedianS));
  loginRows('', r.embedded.loginSequential, r.embedded.loginConcurrent, r.embedded);
  add('API RSS right after ready (restart, no load)', mb(r.embedded.rssAfterReadyMb));
  add('API RSS right after sign-in load', mb(r.embedded.rssAfterLoadMb));
  add(`API RSS after ${IDLE_MS / 1000} s idle`, mb(r.embedded.rssIdleMb));
  add('graceful stop after the load', `${s(r.embedded.stopAfterLoadS)}${r.embedded.stopNeededSigkill ? ' (did not exit on SIGTERM: SIGKILL)' : ''}`);
  if (r.postgres) {
    const p = r.postgres;
    add(`[PostgreSQL ${p.serverVersion}] first start / restart to ready`, `${s(p.firstStartReadyS)} / ${s(p.restartReadyS)}`);
    loginRows('[PostgreSQL] ', p.loginSequential, p.loginConcurrent, p);
    add('[PostgreSQL] API RSS after ready / after load', `${mb(p.rssAfterReadyMb)} / ${mb(p.rssAfterLoadMb)}`);
  }
  const w = Math.max(...rows.map(([l]) => l.length));
  const line = '-'.repeat(w + 50);
  console.log('');
  console.log(`Kennislijn foundation benchmark  ${r.date}`);
  console.log(`machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}`);
  console.log(`database: embedded PGlite${r.postgres ? ' and PostgreSQL' : ''}; LOG_LEVEL=${r.options.logLevel}; loopback; bench took ${r.benchSeconds} s`);
  console.log(line);
  for (const [l, v] of rows) console.log(`${l.padEnd(w)}  ${v}`);
  console.log(line);
  console.log('RSS is the API process only (VmRSS); with the embedded database that includes PGlite.');
  console.log('');
}

const opts = parseArgs(process.argv.slice(2));
keepData = opts.keepData;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    log(`${sig}: stopping servers`);
    cleanupSync();
    process.exit(130);
  });
}
process.on('exit', () => killAllSync());

try {
  const result = await run(opts);
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  // Show the server's own log lines for the failing request (or its last lines).
  const id = String(error?.message).match(/"requestId":"([^"]+)"/)?.[1];
  const last = started.at(-1);
  if (last) {
    const lines = last.output().split('\n');
    const hits = id ? lines.filter((l) => l.includes(id)) : [];
    const shown = hits.length ? hits : lines.filter((l) => /"level":(40|50|60)/.test(l)).slice(-5).concat(lines.slice(-5));
    log(`server ${last.pid} log${id ? ` for request ${id}` : ' (tail)'}:\n${shown.join('\n')}`);
  }
  process.exitCode = 1;
} finally {
  for (const s of [...live]) await stopServer(s).catch(() => undefined);
  if (keepData) log(`kept data dirs: ${tmpDirs.join(', ')}`);
  cleanupSync();
}
