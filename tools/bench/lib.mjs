// Shared helpers for the Kennislijn benchmarks (tools/bench/*.mjs): statistics, the built API as a
// child process on loopback, a throw-away PostgreSQL database, machine facts and clean-up.
//
// Plain Node ESM, no dependencies. Every server started here is tracked, so `cleanupSync()` (called
// on exit, Ctrl-C and the hard deadline) always stops it, drops the database and removes temp dirs.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY_PATH = 'dist/apps/api/apps/api/src/main.js';
/** The server's entry point; `setEntry` points it at another checkout's build (e.g. an exported commit). */
export let ENTRY = join(ROOT, ENTRY_PATH);
let entryCwd = ROOT;

export function setEntry(path) {
  ENTRY = resolve(path);
  if (!existsSync(ENTRY)) throw new Error(`--entry ${ENTRY} does not exist`);
  // Run from the checkout the build belongs to (the server resolves its packages from there).
  entryCwd = ENTRY.endsWith(ENTRY_PATH) ? ENTRY.slice(0, -ENTRY_PATH.length - 1) : dirname(ENTRY);
}
export const HOST = '127.0.0.1';
export const POLL_MS = 50;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// Small helpers

export const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
export const round = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10 ** d) / 10 ** d);

/** n, nearest-rank p50/p95/p99, mean, min and max of a list of milliseconds. */
export function stats(samples) {
  if (!samples.length) return { n: 0 };
  const s = [...samples].sort((a, b) => a - b);
  const pct = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, p50: round(pct(50), 2), p95: round(pct(95), 2), p99: round(pct(99), 2), mean: round(mean, 2), min: round(s[0], 2), max: round(s[s.length - 1], 2) };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Replaces UUIDs, so that equal errors about different rows collapse into one message. */
export const withoutIds = (text) => String(text).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');

/** Parses `--name value` / `--flag` arguments against a spec { flag: ['key', 'bool'|'int'|'string'] }. */
export function parseArgs(argv, spec, defaults, usage) {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(usage);
      process.exit(0);
    }
    const entry = spec[a];
    if (!entry) throw new Error(`unknown argument ${a}\n${usage}`);
    const [key, type] = entry;
    if (type === 'bool') {
      opts[key] = true;
      continue;
    }
    const v = argv[++i];
    if (v === undefined) throw new Error(`${a} needs a value`);
    if (type === 'int') {
      opts[key] = Number(v);
      if (!Number.isInteger(opts[key]) || opts[key] < 1) throw new Error(`${a} must be a positive whole number`);
    } else opts[key] = v;
  }
  return opts;
}

export function freePort() {
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
export function rssMb(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? round(Number(m[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] = utime, fields[12] = stime (fields 14 and 15 of proc(5)), in clock ticks (100/s on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** CPU time (ms) all CPUs together spent busy so far (not idle or waiting for I/O), from /proc/stat. */
export function systemBusyMs() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = f.slice(0, 8).reduce((x, y) => x + y, 0); // user nice system idle iowait irq softirq steal
    return ((total - f[3] - f[4]) * 1000) / 100;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Build

/** Newest modification time (ms) of the API's TypeScript sources, to tell whether dist/ is stale. */
function newestSourceMs() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !/\.(spec|int-spec|test)\.ts$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['apps/api/src', 'libs/api', 'libs/shared']) walk(join(ROOT, d));
  return newest;
}

/**
 * Builds the API when dist/ is missing (or always, with `force`). A failed build is retried
 * (`retries` times, `retryDelayS` apart), because sources may be mid-edit. Returns what it did and
 * whether the build is older than the newest API source file.
 */
export async function ensureBuilt({ force = false, retries = 2, retryDelayS = 60 } = {}) {
  if (ENTRY !== join(ROOT, ENTRY_PATH)) {
    if (force) throw new Error('--build builds this checkout; it cannot be combined with --entry');
    return { built: false, entry: ENTRY, builtAt: new Date(statSync(ENTRY).mtimeMs).toISOString(), newerSourceThanBuild: null };
  }
  let built = false;
  if (force || !existsSync(ENTRY)) {
    for (let attempt = 0; ; attempt++) {
      log(`${force ? 'building' : `${ENTRY} is missing: building`} the API (nx run api:build) ...`);
      try {
        execFileSync('npx', ['nx', 'run', 'api:build'], {
          cwd: ROOT,
          stdio: ['ignore', 2, 'inherit'],
          env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
        });
        break;
      } catch (error) {
        if (attempt >= retries) throw new Error(`the API build failed ${attempt + 1} times: ${error.message}`);
        log(`build failed (sources may be mid-edit); retrying in ${retryDelayS} s ...`);
        await sleep(retryDelayS * 1000);
      }
    }
    if (!existsSync(ENTRY)) throw new Error(`build finished but ${ENTRY} is still missing`);
    built = true;
  }
  const builtAt = statSync(ENTRY).mtimeMs;
  const sourceAt = newestSourceMs();
  const stale = sourceAt > builtAt;
  if (stale) log(`warning: an API source file is newer than ${ENTRY} (pass --build to rebuild first)`);
  return { built, entry: ENTRY, builtAt: new Date(builtAt).toISOString(), newerSourceThanBuild: stale };
}

// ---------------------------------------------------------------------------------------------
// Server processes

export const live = new Set(); // servers not yet known to have exited
export const started = []; // every server, for error reports

/**
 * Spawns the API and resolves once GET /health/ready answers 200 (polled every 50 ms).
 * Returns the server with the time from spawn to ready, measured here, plus the uptime the server logged.
 */
export async function startServer({ dataDir, databaseUrl, logLevel = 'info', seedDemo = true, env: extraEnv = {}, nodeArgs = [] }) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: logLevel,
    SEED_DEMO: String(seedDemo),
    // A benchmark is one machine's load generator: hundreds of clients from one address and a
    // moderator changing steps hundreds of times would meet the per-person rate limits at once.
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
    RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE: '0',
    RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: '0',
    ...extraEnv,
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ENTRY], { cwd: entryCwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
export async function stopServer(server) {
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

export function killAllSync() {
  for (const s of live) {
    try {
      s.child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Whether /health/ready still answers 200 (e.g. after a failed phase). */
export async function stillReady(url) {
  try {
    const r = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3_000) });
    await r.arrayBuffer();
    return r.status === 200;
  } catch {
    return false;
  }
}

/** Error messages (level 50/60) the server logged, for the given request ids or all (the client only sees a code). */
export function serverErrors(server, requestIds = []) {
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

/** After a fatal error: the last server's log lines for the failing request (or its last lines). */
export function logServerTail(error) {
  const id = String(error?.message).match(/"requestId":"([^"]+)"|requestId[= ]([0-9a-f-]{36})/);
  const requestId = id?.[1] ?? id?.[2];
  const last = started.at(-1);
  if (!last) return;
  const lines = last.output().split('\n');
  const hits = requestId ? lines.filter((l) => l.includes(requestId)) : [];
  const shown = hits.length ? hits : lines.filter((l) => /"level":(40|50|60)/.test(l)).slice(-5).concat(lines.slice(-5));
  log(`server ${last.pid} log${hits.length ? ` for request ${requestId}` : ' (tail)'}:\n${shown.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (optional)

const PSQL = ['-h', HOST, '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-d', 'postgres', '-Atq', '-c'];
const createdDbs = new Set();

/** Creates a fresh database on postgres://postgres@127.0.0.1:5432 with psql; `dropDatabaseSync` (or cleanupSync) drops it. */
export function createDatabase(prefix = 'kennislijn_bench') {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  execFileSync('psql', [...PSQL, `CREATE DATABASE ${name}`], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
  createdDbs.add(name);
  const version = execFileSync('psql', [...PSQL, 'SHOW server_version'], { encoding: 'utf8', timeout: 15_000 }).trim();
  return { name, version, url: `postgres://postgres@${HOST}:5432/${name}` };
}

/** Drops the given database (default: every one created here). Never throws. */
export function dropDatabaseSync(name) {
  for (const db of name ? [name] : [...createdDbs]) {
    if (!createdDbs.delete(db)) continue;
    try {
      execFileSync('psql', [...PSQL, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    } catch (error) {
      log(`could not drop database ${db}: ${error.message}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Temp dirs, clean-up, deadline

const tmpDirs = [];
let keepData = false;

/** A fresh temporary directory, removed by cleanupSync unless keepData is set. */
export function tempDir(prefix = 'kennislijn-bench-') {
  const d = mkdtempSync(join(os.tmpdir(), prefix));
  tmpDirs.push(d);
  return d;
}

export function setKeepData(keep) {
  keepData = keep;
}

/** Kills every server still running, drops the databases and removes the temp dirs (unless kept). */
export function cleanupSync() {
  killAllSync();
  dropDatabaseSync();
  if (keepData && tmpDirs.length) log(`kept data dirs: ${tmpDirs.join(', ')}`);
  else for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  tmpDirs.length = 0;
}

/** Ctrl-C / SIGTERM stop the servers and exit 130; at exit, no server is left behind. */
export function installSignalHandlers() {
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      log(`${sig}: stopping servers`);
      cleanupSync();
      process.exit(130);
    });
  }
  process.on('exit', () => killAllSync());
}

/** Aborts the run (exit 2, after clean-up) once `seconds` have passed. Returns a function that cancels it. */
export function hardDeadline(seconds) {
  const timer = setTimeout(() => {
    log(`deadline of ${seconds} s exceeded, aborting`);
    cleanupSync();
    process.exit(2);
  }, seconds * 1000);
  timer.unref();
  return () => clearTimeout(timer);
}

/** Stops every server still running (gracefully), then cleans up. For a `finally` block. */
export async function shutdown() {
  for (const s of [...live]) await stopServer(s).catch(() => undefined);
  cleanupSync();
}

// ---------------------------------------------------------------------------------------------
// Machine

export function machine() {
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

/** Prints `rows` ([label, value]) as an aligned table between rules. */
export function printTable(title, headerLines, rows, footerLines = []) {
  const w = Math.max(...rows.map(([l]) => l.length));
  const line = '-'.repeat(w + 50);
  console.log('');
  console.log(title);
  for (const h of headerLines) console.log(h);
  console.log(line);
  for (const [l, v] of rows) console.log(`${l.padEnd(w)}  ${v}`);
  console.log(line);
  for (const f of footerLines) console.log(f);
  console.log('');
}
