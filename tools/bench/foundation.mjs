#!/usr/bin/env node
// Foundation benchmark for the Kennislijn API: start-up time, sign-in latency and idle memory.
//
//   node tools/bench/foundation.mjs [--postgres] [--requests 200] [--concurrency 4] [--restarts 3]
//                                   [--log-level info] [--deadline 115] [--build | --entry PATH] [--keep-data]
//
// Plain Node ESM, no dependencies. Runs the built server (dist/apps/api/apps/api/src/main.js) as a
// child process on loopback, builds it first when it is missing (or with --build), and always stops
// it again. The process, database and statistics helpers live in ./lib.mjs (shared with the other benchmarks).
// Prints a summary table and one line `RESULT {json}` with every figure.

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createDatabase,
  dropDatabaseSync,
  ensureBuilt,
  hardDeadline,
  installSignalHandlers,
  log,
  logServerTail,
  machine,
  median,
  parseArgs as parseArgList,
  POLL_MS,
  printTable,
  round,
  rssMb,
  serverErrors,
  setEntry,
  setKeepData,
  shutdown,
  startServer,
  stats,
  stillReady,
  stopServer,
  tempDir,
  withoutIds,
} from './lib.mjs';

const DEMO_EMAIL = 'docent@demo.kennislijn.nl';
const DEMO_PASSWORD = 'kennislijn-demo';
const LOGIN_QUERY = `mutation { login(input: { email: "${DEMO_EMAIL}", password: "${DEMO_PASSWORD}" }) { accessToken } }`;
const IDLE_MS = 5_000;
const WARMUP = 10;

// ---------------------------------------------------------------------------------------------
// Arguments

const USAGE = 'usage: node tools/bench/foundation.mjs [--postgres] [--requests N] [--concurrency N] [--restarts N] [--log-level LEVEL] [--deadline S] [--build | --entry PATH] [--keep-data]';

function parseArgs(argv) {
  return parseArgList(
    argv,
    {
      '--postgres': ['postgres', 'bool'],
      '--requests': ['requests', 'int'],
      '--concurrency': ['concurrency', 'int'],
      '--restarts': ['restarts', 'int'],
      '--log-level': ['logLevel', 'string'],
      '--deadline': ['deadlineS', 'int'],
      '--build': ['build', 'bool'],
      '--entry': ['entry', 'string'],
      '--keep-data': ['keepData', 'bool'],
    },
    { postgres: false, requests: 200, concurrency: 4, restarts: 3, logLevel: 'info', keepData: false, build: false, deadlineS: 115 },
    USAGE,
  );
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
    result.errors = [...new Set(errors.map((e) => withoutIds(e.error)))].slice(0, 5);
    result.errorRequestIds = errors.map((e) => e.requestId).filter(Boolean).slice(0, 5);
    log(`  ${errors.length} of ${attempted} sign-ins failed${stopped ? `, stopped early (${stopped})` : ''}: ${result.errors.join(' | ')}`);
  }
  return result;
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
// Main

async function run(opts) {
  const result = { date: new Date().toISOString(), machine: machine(), options: { ...opts, warmup: WARMUP, pollMs: POLL_MS, idleMs: IDLE_MS } };
  const build = await ensureBuilt({ force: opts.build });
  result.built = build.built;
  result.build = build;

  const cancelDeadline = hardDeadline(opts.deadlineS);
  const tRun = performance.now();

  // 1. Start-up: first start on an empty folder, then restarts on the same folder.
  const dataDir = tempDir('kennislijn-bench-');
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
    const pgDataDir = tempDir('kennislijn-bench-pg-');
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
      dropDatabaseSync(db.name);
    }
  }
  result.benchSeconds = round((performance.now() - tRun) / 1000, 1);
  cancelDeadline();
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
  printTable(
    `Kennislijn foundation benchmark  ${r.date}`,
    [
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}`,
      `database: embedded PGlite${r.postgres ? ' and PostgreSQL' : ''}; LOG_LEVEL=${r.options.logLevel}; loopback; bench took ${r.benchSeconds} s`,
    ],
    rows,
    ['RSS is the API process only (VmRSS); with the embedded database that includes PGlite.'],
  );
}

const opts = parseArgs(process.argv.slice(2));
setKeepData(opts.keepData);
if (opts.entry) setEntry(opts.entry);
installSignalHandlers();

try {
  const result = await run(opts);
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  logServerTail(error);
  process.exitCode = 1;
} finally {
  await shutdown();
}
