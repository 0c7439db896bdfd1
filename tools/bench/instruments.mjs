#!/usr/bin/env node
// Monitoring instruments benchmark for the Kennislijn API: the track chart (series per respondent,
// signals, spreads) of one busy track, the pure compute time of `buildTrackChart`, and the
// researchers' aggregate over many tracks of one published version.
//
//   node tools/bench/instruments.mjs [--postgres] [--only-postgres] [--tracks 1000] [--sessions 10]
//        [--chart-respondents 6] [--chart-sessions 50] [--chart-warmup 20] [--chart-requests 200]
//        [--compute-runs 1000] [--part-requests 50] [--agg-warmup 5] [--agg-requests 50] [--probe-requests 10]
//        [--seed-concurrency 8] [--pg-seed-api] [--log-level info] [--deadline 480] [--build | --entry PATH] [--no-snapshot] [--keep-data]
//
// Plain Node ESM; only `typescript` from the workspace (to transpile libs/shared/instruments). Runs the
// built server (dist/apps/api/apps/api/src/main.js) as a child process on loopback with a fresh DATA_DIR
// (embedded PGlite; with --postgres also against postgres://postgres@127.0.0.1:5432 in a fresh database),
// seeds it through the GraphQL API (the 20,000 responses of the aggregate on PostgreSQL with psql, unless
// --pg-seed-api) and always stops it again. Unless --entry or --no-snapshot is given, the
// build is first copied (under the build lock /tmp/kl-build.lock) to a temp dir and run from there, so a
// rebuild by someone else during the run does not pull the files from under the server.
// Prints a summary table and one line `RESULT {json}` with every figure; progress goes to stderr.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import ts from 'typescript';
import {
  cpuMs,
  createDatabase,
  dropDatabaseSync,
  ENTRY,
  ensureBuilt,
  hardDeadline,
  HOST,
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
  tempDir,
  withoutIds,
} from './lib.mjs';

const USAGE = `usage: node tools/bench/instruments.mjs [--postgres] [--only-postgres] [--tracks N] [--sessions N]
       [--chart-respondents N] [--chart-sessions N] [--chart-warmup N] [--chart-requests N] [--compute-runs N] [--part-requests N]
       [--agg-warmup N] [--agg-requests N] [--probe-requests N] [--seed-concurrency N] [--pg-seed-api] [--log-level LEVEL] [--deadline S]
       [--build | --entry PATH] [--no-snapshot] [--keep-data]`;

const opts = parseArgs(
  process.argv.slice(2),
  {
    '--postgres': ['postgres', 'bool'],
    '--only-postgres': ['onlyPostgres', 'bool'],
    '--tracks': ['tracks', 'int'],
    '--sessions': ['sessions', 'int'],
    '--chart-respondents': ['chartRespondents', 'int'],
    '--chart-sessions': ['chartSessions', 'int'],
    '--chart-warmup': ['chartWarmup', 'int'],
    '--chart-requests': ['chartRequests', 'int'],
    '--compute-runs': ['computeRuns', 'int'],
    '--agg-warmup': ['aggWarmup', 'int'],
    '--agg-requests': ['aggRequests', 'int'],
    '--part-requests': ['partRequests', 'int'],
    '--seed-concurrency': ['seedConcurrency', 'int'],
    '--pg-seed-api': ['pgSeedApi', 'bool'],
    '--probe-requests': ['probeRequests', 'int'],
    '--log-level': ['logLevel', 'string'],
    '--deadline': ['deadlineS', 'int'],
    '--build': ['build', 'bool'],
    '--entry': ['entry', 'string'],
    '--no-snapshot': ['noSnapshot', 'bool'],
    '--keep-data': ['keepData', 'bool'],
  },
  {
    postgres: false,
    onlyPostgres: false,
    tracks: 1000,
    sessions: 10,
    chartRespondents: 6,
    chartSessions: 50,
    chartWarmup: 20,
    chartRequests: 200,
    computeRuns: 1000,
    aggWarmup: 5,
    aggRequests: 50,
    partRequests: 50,
    seedConcurrency: 8,
    pgSeedApi: false,
    probeRequests: 10,
    logLevel: 'info',
    deadlineS: 480,
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
const PASSWORD = 'bench-instruments-password';
const AGG_RESPONDENTS = 2; // per track of the aggregate phase
const REQUEST_TIMEOUT_MS = 30_000;
const COMPUTE_WARMUP = 100;
/** Respondents of the chart track: roles (never names), of the kinds the demo instrument names. */
const ROLES = [
  ['moeder', 'PARENT'],
  ['vader', 'PARENT'],
  ['jongere', 'YOUTH'],
  ['gezinswerker', 'PROFESSIONAL'],
  ['cliënt', 'CLIENT'],
  ['mentor', 'PROFESSIONAL'],
  ['stiefouder', 'PARENT'],
  ['broer', 'YOUTH'],
];

// The measured requests, as the track page and the research page ask them.
const CHART_QUERY = `query Chart($id: ID!) { monitoringTrack(id: $id) { chart { scopes { id name } sessions series { respondentId label points { sessionNumber scores { scope value } } } signals { kind scope sessionNumber respondentId value previous spread label } spreads { sessionNumber spread split } thresholds { id value } referenceLines { value } splitSpread } } }`;
// Parts of the chart request, to tell where its time goes (p50 of --part-requests sequential requests each).
const CHART_PARTS = [
  ['track only (access check)', `query Part($id: ID!) { monitoringTrack(id: $id) { id } }`],
  ['chart without series', `query Part($id: ID!) { monitoringTrack(id: $id) { chart { scopes { id name } sessions signals { kind scope sessionNumber respondentId value previous spread label } spreads { sessionNumber spread split } thresholds { id value } referenceLines { value } splitSpread } } }`],
  ['chart series only', `query Part($id: ID!) { monitoringTrack(id: $id) { chart { series { respondentId label points { sessionNumber scores { scope value } } } } } }`],
  ['chart signals only', `query Part($id: ID!) { monitoringTrack(id: $id) { chart { signals { kind } } } }`],
];
const AGG_QUERY = `query Aggregate($id: ID!) { instrumentAggregate(instrumentId: $id) { tracks responses sessions { sessionNumber tracks responses scopes { scope n mean sd } } } }`;

const INSTRUMENT = `id draftRev draftParts { part rev } draft { items { id } }`;
const Q = {
  register: `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
  community: `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id } }`,
  create: `mutation($c: ID!, $t: String!, $p: String!) { createInstrument(communityId: $c, title: $t, purpose: $p) { ${INSTRUMENT} } }`,
  get: `query($id: ID!) { instrument(id: $id) { ${INSTRUMENT} } }`,
  addItem: `mutation($id: ID!, $type: InstrumentItemType!) { addInstrumentItem(id: $id, type: $type) { itemId } }`,
  updateItem: `mutation($id: ID!, $item: String!, $rev: Int!, $input: InstrumentItemInput!) { updateInstrumentItem(id: $id, itemId: $item, expectedRev: $rev, input: $input) { ${INSTRUMENT} } }`,
  scoring: `mutation($id: ID!, $rev: Int!, $input: ScoringInput!) { updateInstrumentScoring(id: $id, expectedRev: $rev, input: $input) { ${INSTRUMENT} } }`,
  meta: `mutation($id: ID!, $rev: Int!, $input: InstrumentMetaInput!) { updateInstrumentMeta(id: $id, expectedRev: $rev, input: $input) { draftRev } }`,
  publish: `mutation($id: ID!, $log: String!, $rev: Int!) { publishInstrument(id: $id, changelog: $log, expectedDraftRev: $rev) { id number } }`,
  track: `mutation($input: CreateTrackInput!) { createMonitoringTrack(input: $input) { id respondents { id label kind } } }`,
  record: `mutation($input: RecordResponseInput!) { recordResponse(input: $input) { id total } }`,
};

// ---------------------------------------------------------------------------------------------
// The shared instruments library, transpiled on the fly (chart, scoring, types and the demo instruments)

function loadInstrumentsLib() {
  const out = tempDir('kennislijn-bench-instruments-lib-');
  const src = join(ROOT, 'libs/shared/instruments/src/lib');
  for (const name of ['types', 'scoring', 'chart', 'demo-instruments']) {
    const path = join(src, `${name}.ts`);
    const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: path,
    });
    writeFileSync(join(out, `${name}.js`), outputText);
  }
  const require = createRequire(join(out, 'index.js'));
  return { ...require('./scoring.js'), ...require('./chart.js'), ...require('./demo-instruments.js') };
}

// ---------------------------------------------------------------------------------------------
// Build and snapshot

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
  const dir = tempDir('kennislijn-bench-instruments-dist-');
  mkdirSync(join(dir, 'dist/apps'), { recursive: true });
  execFileSync('flock', [BUILD_LOCK, 'cp', '-a', join(ROOT, 'dist/apps/api'), join(dir, 'dist/apps/')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  setEntry(join(dir, ENTRY_PATH));
  return join(dir, ENTRY_PATH);
}

/**
 * The server resolves its packages from the entry's folder upwards. An --entry outside a checkout
 * (e.g. a bare copy of dist/apps/api in /tmp) finds no node_modules: then NODE_PATH points at ours.
 */
function nodePathFor(entry) {
  for (let d = dirname(entry); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return null;
    if (dirname(d) === d) return join(ROOT, 'node_modules');
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL client

let socketRetries = 0;

/**
 * One GraphQL request; never throws. Resolves to { ms, sql, bytes, data } or { ms, error, requestId }.
 * A query (never a mutation) whose kept-alive connection the server closed just as it was reused
 * (after an idle pause, e.g. a bulk seed) is sent once more on a new connection.
 */
async function gql(url, query, variables, token) {
  const r = await gqlOnce(url, query, variables, token);
  if (r.socketClosed && !/^\s*mutation\b/.test(query)) {
    socketRetries++;
    return gqlOnce(url, query, variables, token);
  }
  return r;
}

async function gqlOnce(url, query, variables, token) {
  const t0 = performance.now();
  try {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await r.text();
    const ms = performance.now() - t0;
    const m = r.headers.get('server-timing')?.match(/sql=(\d+)/);
    const sql = m ? Number(m[1]) : null;
    const requestId = r.headers.get('x-request-id') ?? undefined;
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return { ms, sql, requestId, error: `HTTP ${r.status}: not JSON: ${text.slice(0, 200)}` };
    }
    if (r.status !== 200 || body.errors?.length || !body.data) {
      const e = body.errors?.[0];
      return { ms, sql, requestId: e?.extensions?.requestId ?? requestId, error: `HTTP ${r.status} ${e?.extensions?.code ?? ''} ${e?.message ?? JSON.stringify(body).slice(0, 200)}${e?.path ? ` at ${e.path.join('.')}` : ''}${e?.extensions?.fields ? ` ${JSON.stringify(e.extensions.fields)}` : ''}`.replace(/ +/g, ' ') };
    }
    return { ms, sql, bytes: text.length, requestId, data: body.data };
  } catch (error) {
    const code = error?.cause?.code;
    return { ms: performance.now() - t0, socketClosed: code === 'UND_ERR_SOCKET' || code === 'ECONNRESET', error: `${error?.name ?? 'Error'}: ${code ?? error?.message ?? error} after ${Math.round(performance.now() - t0)} ms` };
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

/** Logs `label: done / total (rate/s)` every 10 % or 10 s, whichever comes first. */
function progress(label, total, unit) {
  const t0 = performance.now();
  let done = 0;
  let lastLog = t0;
  let lastPct = 0;
  return {
    tick(n = 1) {
      done += n;
      const now = performance.now();
      const pct = Math.floor((done / total) * 10);
      if (done === total || pct > lastPct || now - lastLog > 10_000) {
        lastPct = pct;
        lastLog = now;
        log(`  ${label}: ${done} / ${total} ${unit} (${round((done / (now - t0)) * 1000, 0)}/s, ${round((now - t0) / 1000, 1)} s)`);
      }
    },
    seconds: () => (performance.now() - t0) / 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic answers

/** A small deterministic hash of integers to [0, 1). */
function noise(...xs) {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x + 0x7f4a7c15), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return (h >>> 0) / 2 ** 32;
}

/**
 * VAS answers (0-10, one decimal) of respondent `r` in session `s` of track `t`: a level per
 * respondent, a slow wave, item noise and now and then a dip of 3 points, so the chart has BELOW and
 * DROP signals and sessions whose spread exceeds 2 (split alliance).
 */
function vasAnswers(t, r, s, items) {
  const level = 7.2 + ((r % 3) - 1) * 0.5;
  const wave = 1.2 * Math.sin(s / 4 + r * 0.3 + t);
  const dip = noise(t, r, s, 1) < 0.06 ? -3 : 0;
  return items.map((_, i) => {
    const v = level + wave + dip + (noise(t, r, s, i + 10) - 0.5) * 1.2;
    return Math.round(Math.min(10, Math.max(0, v)) * 10) / 10;
  });
}

// ---------------------------------------------------------------------------------------------
// Seed

/** Publishes the demo definition (same items, subscales and scoring) as version 1 of a new instrument. */
async function publishDemo(url, token, communityId, def, title) {
  const created = (await mustGql(url, Q.create, { c: communityId, t: title, p: def.purpose }, token, 'createInstrument')).createInstrument;
  const id = created.id;
  const revOf = (i, part) => i.draftParts.find((p) => p.part === part)?.rev ?? 0;
  const itemIds = [];
  for (const item of def.items) itemIds.push((await mustGql(url, Q.addItem, { id, type: item.type }, token, 'addInstrumentItem')).addInstrumentItem.itemId);
  // Scoring first (it detaches items from subscales it does not know), then the items with their subscale.
  let current = (await mustGql(url, Q.get, { id }, token, 'instrument')).instrument;
  current = (
    await mustGql(
      url,
      Q.scoring,
      {
        id,
        rev: revOf(current, 'scoring'),
        input: {
          subscales: def.subscales.map((s) => ({ id: s.id, name: s.name, method: s.method })),
          total: def.scoring.total,
          thresholds: def.scoring.thresholds.map((t) => ({ id: t.id, scope: t.scope, kind: t.kind, value: t.value, label: t.label })),
          referenceLines: def.scoring.referenceLines.map((r) => ({ id: r.id, scope: r.scope, value: r.value, label: r.label })),
          splitSpread: def.scoring.splitSpread,
        },
      },
      token,
      'updateInstrumentScoring',
    )
  ).updateInstrumentScoring;
  for (const [i, item] of def.items.entries()) {
    const input = { type: item.type, text: item.text, help: item.help, points: item.points, labels: item.labels, options: item.options, reverse: item.reverse, subscaleId: item.subscaleId, required: item.required };
    current = (await mustGql(url, Q.updateItem, { id, item: itemIds[i], rev: revOf(current, `item:${itemIds[i]}`), input }, token, 'updateInstrumentItem')).updateInstrumentItem;
  }
  await mustGql(url, Q.meta, { id, rev: revOf(current, 'meta'), input: { title, purpose: def.purpose, respondents: def.respondents } }, token, 'updateInstrumentMeta');
  current = (await mustGql(url, Q.get, { id }, token, 'instrument')).instrument;
  await mustGql(url, Q.publish, { id, log: 'Benchmarkversie', rev: current.draftRev }, token, 'publishInstrument');
  // The same definition with the item ids the API gave out: what the server scores with.
  const apiDef = { ...def, title, items: def.items.map((item, i) => ({ ...item, id: itemIds[i] })) };
  return { id, itemIds, def: apiDef };
}

/**
 * Records one response of respondent number `r` (of track number `t`) in session `s`, and checks the
 * total the API returns against scoreResponse in this process. Returns the scored response and whether
 * the totals agree.
 */
async function recordOne(url, token, lib, inst, trackId, respondentId, t, r, s) {
  const values = vasAnswers(t, r, s, inst.itemIds);
  const scores = lib.scoreResponse(inst.def, Object.fromEntries(inst.itemIds.map((id, i) => [id, values[i]])));
  const answers = inst.itemIds.map((itemId, i) => ({ itemId, value: values[i] }));
  const d = await mustGql(url, Q.record, { input: { trackId, respondentId, sessionNumber: s, answers } }, token, `recordResponse (track ${t}, respondent ${r}, session ${s})`);
  return { scored: { respondentId, sessionNumber: s, sessionDate: null, scores }, same: d.recordResponse.total === scores.total };
}

async function createTrack(url, token, inst, caseCode, respondents) {
  const input = { instrumentId: inst.id, versionNumber: 1, caseCode, respondents: respondents.map(([label, kind]) => ({ label, kind })) };
  return (await mustGql(url, Q.track, { input }, token, `createMonitoringTrack ${caseCode}`)).createMonitoringTrack;
}

/**
 * PostgreSQL (unless --pg-seed-api): the aggregate's tracks, respondents and responses in one psql
 * transaction instead of through the API, which keeps a run of both databases within 8 minutes. The answers are the same as through the API and the scores are
 * computed here with the app's own scoreResponse, so the stored jsonb is what recordResponse stores.
 */
function bulkSeedPostgres(dbName, { lib, inst, versionId, communityId, userId, nTracks, sessions, onRow }) {
  const rows = [];
  for (let t = 1; t <= nTracks; t++) {
    for (let sn = 1; sn <= sessions; sn++) {
      for (let r = 0; r < AGG_RESPONDENTS; r++) {
        const values = vasAnswers(t, r, sn, inst.itemIds);
        const answers = Object.fromEntries(inst.itemIds.map((id, i) => [id, values[i]]));
        const scores = lib.scoreResponse(inst.def, answers);
        onRow(sn, scores);
        rows.push({ c: caseCode(t), p: r, s: sn, a: answers, sc: scores });
      }
    }
  }
  const respondents = ROLES.slice(0, AGG_RESPONDENTS).map(([label, kind], i) => `(${i}, '${label}', '${kind}')`).join(', ');
  const sql = `BEGIN;
INSERT INTO monitoring_track (community_id, instrument_id, version_id, case_code, created_by_id)
  SELECT '${communityId}', '${inst.id}', '${versionId}', 'BENCH-' || lpad(g::text, 4, '0'), '${userId}' FROM generate_series(1, ${nTracks}) g;
INSERT INTO track_respondent (track_id, label, kind, position)
  SELECT t.id, p.label, p.kind, p.pos FROM monitoring_track t CROSS JOIN (VALUES ${respondents}) AS p(pos, label, kind) WHERE t.version_id = '${versionId}';
INSERT INTO instrument_response (track_id, respondent_id, version_id, session_number, answers, scores, source, entered_by_id)
  SELECT t.id, p.id, '${versionId}', d.s, d.a, d.sc, 'APP', '${userId}'
    FROM jsonb_to_recordset($bulk$${JSON.stringify(rows)}$bulk$::jsonb) AS d(c text, p int, s int, a jsonb, sc jsonb)
    JOIN monitoring_track t ON t.case_code = d.c AND t.version_id = '${versionId}'
    JOIN track_respondent p ON p.track_id = t.id AND p.position = d.p;
COMMIT;
ANALYZE monitoring_track; ANALYZE track_respondent; ANALYZE instrument_response;
`;
  execFileSync('psql', ['-h', HOST, '-U', 'postgres', '-d', dbName, '-v', 'ON_ERROR_STOP=1', '-Atq', '-f', '-'], { input: sql, stdio: ['pipe', 'pipe', 'pipe'], timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return rows.length;
}

const caseCode = (t) => `BENCH-${String(t).padStart(4, '0')}`;

// ---------------------------------------------------------------------------------------------
// Measuring

/** `warmup` then `n` sequential requests; every answer is checked by `check(data)` (returns an error or null). */
async function sequential(server, token, query, variables, { warmup, n, check }) {
  for (let i = 0; i < warmup; i++) {
    const r = await gql(server.url, query, variables, token);
    if (r.error) throw new Error(`warm-up request failed: ${r.error}${r.requestId ? ` (requestId ${r.requestId})` : ''}`);
  }
  const samples = [];
  const failures = [];
  const sqlSeen = new Map();
  let last = null;
  let bytes = null;
  const cpu0 = cpuMs(server.pid);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await gql(server.url, query, variables, token);
    if (!r.error) r.error = check(r.data);
    if (r.error) failures.push(r);
    else {
      samples.push(r.ms);
      last = r.data;
      bytes = r.bytes;
    }
    if (r.sql !== null && r.sql !== undefined) sqlSeen.set(r.sql, (sqlSeen.get(r.sql) ?? 0) + 1);
  }
  const wallMs = performance.now() - t0;
  const cpu1 = cpuMs(server.pid);
  const out = {
    ...(samples.length ? stats(samples) : { n: 0 }),
    failed: failures.length,
    throughputPerS: round((samples.length / wallMs) * 1000, 1),
    serverCpuMsPerRequest: cpu0 !== null && cpu1 !== null ? round((cpu1 - cpu0) / n, 2) : null,
    responseBytes: bytes,
    sqlPerRequest: Object.fromEntries(sqlSeen),
  };
  if (failures.length) {
    out.errors = [...new Set(failures.map((f) => withoutIds(f.error)))].slice(0, 5);
    out.serverErrors = serverErrors(server, failures.map((f) => f.requestId).filter(Boolean).slice(0, 20));
    log(`  ${failures.length} of ${n} requests failed: ${out.errors.join(' | ')}`);
  }
  return { stats: out, last };
}

/**
 * Latency of a trivial request (`{ __typename }`: no database, no resolver), sent every 10 ms while
 * `work` runs: shows whether the measured requests hold up everything else in the API process.
 */
async function probeDuring(url, work) {
  let running = true;
  const samples = [];
  const loop = (async () => {
    while (running) {
      const r = await gql(url, '{ __typename }', {});
      if (!r.error) samples.push(r.ms);
      await sleep(10);
    }
  })();
  await work();
  running = false;
  await loop;
  const s = stats(samples);
  return { n: s.n, p50: s.p50, p99: s.p99, max: s.max };
}

/** p50/p95 of buildTrackChart over the same data, in this process (no database, no GraphQL). */
function computeChart(lib, def, respondents, responses, runs) {
  let chart;
  for (let i = 0; i < COMPUTE_WARMUP; i++) chart = lib.buildTrackChart(def, respondents, responses, null);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    chart = lib.buildTrackChart(def, respondents, responses, null);
    samples.push(performance.now() - t0);
  }
  const s = stats(samples);
  // Three decimals: one run takes well under a millisecond.
  const r3 = (x) => round(x, 3);
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { runs, p50: r3(pct(50)), p95: r3(pct(95)), p99: r3(pct(99)), mean: r3(samples.reduce((a, b) => a + b, 0) / samples.length), max: s.max, signals: chart.signals.length, splits: chart.spreads.filter((x) => x.split).length };
}

/**
 * On PostgreSQL: the two statements of monitoring.service.ts aggregate(), timed in psql and explained,
 * plus a variant that reads each score once.
 */
function explainAggregate(dbName, instrumentId, def) {
  const psql = (sql) => execFileSync('psql', ['-h', HOST, '-U', 'postgres', '-d', dbName, '-v', 'ON_ERROR_STOP=1', '-Atq', '-c', sql], { encoding: 'utf8', timeout: 60_000 }).trim();
  const versionId = psql(`SELECT id FROM instrument_version WHERE instrument_id = '${instrumentId}' AND number = 1`);
  const exprs = [`(scores->>'total')::float8`, ...def.subscales.map((s) => `(scores->'subscales'->>'${s.id}')::float8`)];
  const cols = exprs.map((e, i) => `, count(${e})::int AS n${i}, avg(${e}) AS m${i}, stddev_samp(${e}) AS s${i}`).join('');
  const main = `SELECT session_number, count(DISTINCT track_id)::int AS tracks, count(*)::int AS responses${cols} FROM instrument_response WHERE version_id = '${versionId}' GROUP BY session_number ORDER BY session_number`;
  const totals = `SELECT count(DISTINCT track_id)::int AS tracks, count(*)::int AS responses FROM instrument_response WHERE version_id = '${versionId}'`;
  // For comparison: the same result, but each score is read from the jsonb once per row instead of three
  // times (count, avg, stddev); `OFFSET 0` keeps the planner from folding the subquery back in.
  const once = exprs.map((_, i) => `, count(x${i})::int AS n${i}, avg(x${i}) AS m${i}, stddev_samp(x${i}) AS s${i}`).join('');
  const rewrite = `SELECT session_number, count(DISTINCT track_id)::int AS tracks, count(*)::int AS responses${once} FROM (SELECT session_number, track_id${exprs.map((e, i) => `, ${e} AS x${i}`).join('')} FROM instrument_response WHERE version_id = '${versionId}' OFFSET 0) r GROUP BY session_number ORDER BY session_number`;
  psql('ANALYZE instrument_response');
  // Plain execution time (best of 5, psql \timing), then the plan (EXPLAIN ANALYZE adds timing overhead per row).
  const timed = (sql) => {
    const input = `\\timing on\n${`${sql};\n`.repeat(5)}`;
    const text = execFileSync('psql', ['-h', HOST, '-U', 'postgres', '-d', dbName, '-v', 'ON_ERROR_STOP=1', '-Atq', '-f', '-'], { input, encoding: 'utf8', timeout: 60_000 });
    return round(Math.min(...[...text.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]))), 2);
  };
  const plan = (sql) => psql(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`).split('\n');
  return { perSessionMs: timed(main), totalsMs: timed(totals), readOnceMs: timed(rewrite), perSessionPlan: plan(main), totalsPlan: plan(totals), rewrite };
}

// ---------------------------------------------------------------------------------------------
// One database

async function benchDatabase(label, { databaseUrl, dataDir, dbName }, lib, demo, env) {
  const out = { database: label };
  log(`[${label}] starting the API ...`);
  const server = await startServer({ dataDir, databaseUrl, logLevel: opts.logLevel, seedDemo: false, env });
  out.readyS = round(server.readyMs / 1000, 2);
  out.rssAfterReadyMb = rssMb(server.pid);
  const url = server.url;
  const stamp = Date.now().toString(36);

  // Owner of a community with two instruments like the demo thermometer: one for the chart track, one
  // for the aggregate (so its version has exactly --tracks tracks).
  const tSetup = performance.now();
  const reg = (await mustGql(url, Q.register, { input: { email: `bench-instr-${stamp}@example.org`, password: PASSWORD, displayName: 'Bench Onderzoeker', role: 'PROFESSIONAL', organisation: 'Benchmark' } }, undefined, 'register')).register;
  const token = reg.accessToken;
  const communityId = (await mustGql(url, Q.community, { input: { name: 'Bench: instrumenten', slug: `bench-instr-${stamp}`, visibility: 'PRIVATE', joinPolicy: 'INVITE', description: 'Gemeenschap voor de instrumenten-benchmark.' } }, token, 'createCommunity')).createCommunity.id;
  const chartInst = await publishDemo(url, token, communityId, demo, 'Samenwerkingsthermometer (bench, grafiek)');
  const aggInst = await publishDemo(url, token, communityId, demo, 'Samenwerkingsthermometer (bench, aggregaat)');
  out.setupS = round((performance.now() - tSetup) / 1000, 2);
  log(`[${label}] ready in ${out.readyS} s; user, community and 2 published instruments in ${out.setupS} s`);

  // 1. Track chart ------------------------------------------------------------------------------
  const nResp = opts.chartRespondents;
  const roles = Array.from({ length: nResp }, (_, i) => (i < ROLES.length ? ROLES[i] : [`invuller-${i + 1}`, 'OBSERVER']));
  const chartTrack = await createTrack(url, token, chartInst, 'BENCH-CHART', roles);
  const chartTotal = nResp * opts.chartSessions;
  log(`[${label}] chart track: recording ${nResp} respondents x ${opts.chartSessions} sessions = ${chartTotal} responses ...`);
  const pChart = progress('chart track', chartTotal, 'responses');
  const chartResponses = new Array(chartTotal);
  let chartMismatches = 0;
  await pool(chartTotal, opts.seedConcurrency, async (k) => {
    const s = Math.floor(k / nResp) + 1;
    const r = k % nResp;
    const x = await recordOne(url, token, lib, chartInst, chartTrack.id, chartTrack.respondents[r].id, 0, r, s);
    chartResponses[k] = x.scored;
    if (!x.same) chartMismatches++;
    pChart.tick();
  });
  const chartSeedS = round(pChart.seconds(), 2);

  const respondents = chartTrack.respondents.map((r) => ({ id: r.id, label: r.label, kind: r.kind }));
  log(`[${label}] chart: ${opts.chartWarmup} warm-up + ${opts.chartRequests} sequential requests ...`);
  const chart = await sequential(server, token, CHART_QUERY, { id: chartTrack.id }, {
    warmup: opts.chartWarmup,
    n: opts.chartRequests,
    check: (d) => {
      const c = d?.monitoringTrack?.chart;
      if (!c) return 'no chart';
      if (c.series.length !== nResp) return `${c.series.length} series instead of ${nResp}`;
      if (c.sessions.length !== opts.chartSessions) return `${c.sessions.length} sessions instead of ${opts.chartSessions}`;
      return null;
    },
  });
  const apiChart = chart.last?.monitoringTrack?.chart;
  const parts = [];
  for (const [part, query] of CHART_PARTS) {
    const x = await sequential(server, token, query, { id: chartTrack.id }, { warmup: 5, n: opts.partRequests, check: (d) => (d?.monitoringTrack ? null : 'no track') });
    parts.push({ part, p50: x.stats.p50, p95: x.stats.p95, serverCpuMsPerRequest: x.stats.serverCpuMsPerRequest, responseBytes: x.stats.responseBytes, failed: x.stats.failed });
  }
  log(`  parts (p50): ${parts.map((x) => `${x.part} ${x.p50} ms`).join(', ')}`);
  const compute = computeChart(lib, chartInst.def, respondents, chartResponses, opts.computeRuns);
  const countKinds = (signals) => signals.reduce((m, s) => ({ ...m, [s.kind]: (m[s.kind] ?? 0) + 1 }), {});
  out.chart = {
    respondents: nResp,
    sessions: opts.chartSessions,
    responses: chartTotal,
    seedS: chartSeedS,
    scoreMismatches: chartMismatches,
    request: chart.stats,
    signals: apiChart?.signals.length ?? null,
    signalKinds: apiChart ? countKinds(apiChart.signals) : null,
    splitSessions: apiChart?.spreads.filter((s) => s.split).length ?? null,
    points: apiChart?.series.reduce((a, s) => a + s.points.length, 0) ?? null,
    parts,
    compute,
    sameAsInProcess: apiChart ? apiChart.signals.length === compute.signals && apiChart.spreads.filter((s) => s.split).length === compute.splits : false,
  };
  log(`  chart request p50 ${chart.stats.p50} / p95 ${chart.stats.p95} / p99 ${chart.stats.p99} ms, ${out.chart.signals} signals (${JSON.stringify(out.chart.signalKinds)}), ${out.chart.splitSessions} split sessions; buildTrackChart alone p50 ${compute.p50} / p95 ${compute.p95} ms`);
  if (!(out.chart.signals > 0)) throw new Error(`the chart has no signals (${out.chart.signals}): the data generator or the chart is broken`);
  if (!out.chart.sameAsInProcess) log(`  warning: the API's chart (${out.chart.signals} signals, ${out.chart.splitSessions} splits) differs from buildTrackChart in-process (${compute.signals}, ${compute.splits})`);
  if (chartMismatches) log(`  warning: ${chartMismatches} totals returned by recordResponse differ from scoreResponse in-process`);

  // 2. Aggregate over many tracks ------------------------------------------------------------------
  const nTracks = opts.tracks;
  const aggTotal = nTracks * AGG_RESPONDENTS * opts.sessions;
  log(`[${label}] aggregate: ${nTracks} tracks x ${AGG_RESPONDENTS} respondents x ${opts.sessions} sessions = ${aggTotal} responses, ${opts.seedConcurrency} at a time ...`);
  const pAgg = progress('aggregate seed', aggTotal, 'responses');
  const expected = new Map(); // session → { sum, n } of TOTAL
  const expect = (sn, scores) => {
    const e = expected.get(sn) ?? { sum: 0, n: 0 };
    if (scores.total !== null) {
      e.sum += scores.total;
      e.n++;
    }
    expected.set(sn, e);
  };
  let aggMismatches = 0;
  const bulk = Boolean(dbName && !opts.pgSeedApi);
  const cpu0 = cpuMs(server.pid);
  if (bulk) {
    const versionId = execFileSync('psql', ['-h', HOST, '-U', 'postgres', '-d', dbName, '-Atq', '-c', `SELECT id FROM instrument_version WHERE instrument_id = '${aggInst.id}' AND number = 1`], { encoding: 'utf8' }).trim();
    const n = bulkSeedPostgres(dbName, { lib, inst: aggInst, versionId, communityId, userId: reg.user.id, nTracks, sessions: opts.sessions, onRow: expect });
    pAgg.tick(n);
  } else {
    await pool(nTracks, opts.seedConcurrency, async (t) => {
      const track = await createTrack(url, token, aggInst, caseCode(t + 1), ROLES.slice(0, AGG_RESPONDENTS));
      for (let sn = 1; sn <= opts.sessions; sn++) {
        for (const [r, resp] of track.respondents.entries()) {
          const x = await recordOne(url, token, lib, aggInst, track.id, resp.id, t + 1, r, sn);
          if (!x.same) aggMismatches++;
          expect(sn, x.scored.scores);
          pAgg.tick();
        }
      }
    });
  }
  const seedS = pAgg.seconds();
  const cpu1 = cpuMs(server.pid);
  out.aggregateSeed = {
    tracks: nTracks,
    responses: aggTotal,
    via: bulk ? 'one psql INSERT ... SELECT' : 'GraphQL',
    concurrency: bulk ? null : opts.seedConcurrency,
    seconds: round(seedS, 1),
    responsesPerS: round(aggTotal / seedS, 0),
    serverCpuMsPerResponse: cpu0 !== null && cpu1 !== null ? round((cpu1 - cpu0) / aggTotal, 2) : null,
    scoreMismatches: aggMismatches,
  };

  log(`[${label}] aggregate: ${opts.aggWarmup} warm-up + ${opts.aggRequests} sequential requests ...`);
  const agg = await sequential(server, token, AGG_QUERY, { id: aggInst.id }, {
    warmup: opts.aggWarmup,
    n: opts.aggRequests,
    check: (d) => {
      const a = d?.instrumentAggregate;
      if (!a) return 'no aggregate';
      if (a.tracks !== nTracks || a.responses !== aggTotal) return `tracks ${a.tracks} / responses ${a.responses} instead of ${nTracks} / ${aggTotal}`;
      return null;
    },
  });
  const a = agg.last?.instrumentAggregate;
  // The mean TOTAL per session as the API computed it, against the same mean over the scores in this process.
  let meanMismatches = null;
  if (a) {
    meanMismatches = 0;
    for (const s of a.sessions) {
      const e = expected.get(s.sessionNumber);
      const mean = s.scopes.find((c) => c.scope === 'TOTAL')?.mean;
      if (!e || Math.abs(Math.round((e.sum / e.n) * 100) / 100 - mean) > 0.011) meanMismatches++;
    }
  }
  out.aggregate = {
    request: agg.stats,
    tracks: a?.tracks ?? null,
    responses: a?.responses ?? null,
    sessions: a?.sessions.length ?? null,
    countsOk: a ? a.tracks === nTracks && a.responses === aggTotal : false,
    meanTotalMismatches: meanMismatches,
    session1: a?.sessions[0] ?? null,
  };
  log(`  aggregate p50 ${agg.stats.p50} / p95 ${agg.stats.p95} ms; tracks ${out.aggregate.tracks}, responses ${out.aggregate.responses}${out.aggregate.countsOk ? ' (as seeded)' : ' (NOT as seeded)'}`);
  log(`[${label}] a trivial request every 10 ms: 1 s alone, then during ${opts.probeRequests} aggregate requests ...`);
  out.probe = {
    idle: await probeDuring(url, () => sleep(1000)),
    duringAggregate: await probeDuring(url, async () => {
      for (let i = 0; i < opts.probeRequests; i++) await gql(url, AGG_QUERY, { id: aggInst.id }, token);
    }),
  };
  log(`  { __typename } p50 / p99 / max: alone ${out.probe.idle.p50} / ${out.probe.idle.p99} / ${out.probe.idle.max} ms, during aggregates ${out.probe.duringAggregate.p50} / ${out.probe.duringAggregate.p99} / ${out.probe.duringAggregate.max} ms`);
  if (dbName) {
    try {
      out.aggregate.explain = explainAggregate(dbName, aggInst.id, aggInst.def);
      const x = out.aggregate.explain;
      log(`  on PostgreSQL (psql, best of 5): per-session statement ${x.perSessionMs} ms, totals statement ${x.totalsMs} ms; each score read once: ${x.readOnceMs} ms`);
      if (agg.stats.p50 > 500) log(`  plan of the per-session statement:\n    ${out.aggregate.explain.perSessionPlan.join('\n    ')}`);
    } catch (error) {
      log(`  EXPLAIN failed: ${error.message}`);
    }
  }
  out.rssAfterLoadMb = rssMb(server.pid);
  const stop = await stopServer(server);
  out.stopS = round(stop / 1000, 2);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

async function run() {
  const result = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAvg1mBefore: round(os.loadavg()[0], 2) },
    options: { ...opts, chartQuery: CHART_QUERY, aggregateQuery: AGG_QUERY },
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
  if (nodePath) {
    env.NODE_PATH = nodePath;
    log(`no node_modules above ${ENTRY}: NODE_PATH=${nodePath}`);
  }
  const lib = loadInstrumentsLib();
  const demo = lib.DEMO_INSTRUMENTS.find((d) => d.slug === 'samenwerkingsthermometer').definition;

  const cancelDeadline = hardDeadline(opts.deadlineS);
  const tRun = performance.now();
  result.databases = [];
  if (!opts.onlyPostgres) {
    result.databases.push(await benchDatabase('embedded PGlite', { dataDir: tempDir('kennislijn-bench-instr-') }, lib, demo, env));
  }
  if (opts.postgres) {
    const db = createDatabase('kennislijn_bench_instr');
    try {
      const r = await benchDatabase(`PostgreSQL ${db.version}`, { databaseUrl: db.url, dataDir: tempDir('kennislijn-bench-instr-pg-'), dbName: db.name }, lib, demo, env);
      r.serverVersion = db.version;
      result.databases.push(r);
    } finally {
      dropDatabaseSync(db.name);
    }
  }
  result.socketRetries = socketRetries;
  result.machine.loadAvg1mAfter = round(os.loadavg()[0], 2);
  result.benchSeconds = round((performance.now() - tRun) / 1000, 1);
  cancelDeadline();
  return result;
}

function printSummary(r) {
  const m = r.machine;
  const rows = [];
  const add = (label, value) => rows.push([label, value]);
  const lat = (x) => `${x.p50} / ${x.p95} / ${x.p99} ms  (n=${x.n}, mean ${x.mean}, max ${x.max}, server CPU ${x.serverCpuMsPerRequest} ms/request, ${x.responseBytes} bytes, SQL ${Object.keys(x.sqlPerRequest).join('/') || '-'})${x.failed ? `  FAILED ${x.failed}: ${x.errors.join(' | ')}` : ''}`;
  for (const d of r.databases) {
    const p = `[${d.database}] `;
    const c = d.chart;
    add(`${p}start to ready / setup (user, community, 2 instruments)`, `${d.readyS} s / ${d.setupS} s`);
    add(`${p}chart track seed (${c.respondents} respondents x ${c.sessions} sessions)`, `${c.responses} responses in ${c.seedS} s${c.scoreMismatches ? `, ${c.scoreMismatches} totals differ from scoreResponse` : ''}`);
    add(`${p}track chart request: p50 / p95 / p99`, lat(c.request));
    add(`${p}  signals in the answer`, `${c.signals} (${Object.entries(c.signalKinds ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}), ${c.splitSessions} split sessions, ${c.points} points; ${c.sameAsInProcess ? 'same as buildTrackChart in-process' : 'DIFFERENT from buildTrackChart in-process'}`);
    add(`${p}  parts of it: p50 (server CPU per request)`, c.parts.map((x) => `${x.part} ${x.p50} ms (${x.serverCpuMsPerRequest})`).join(' | '));
    add(`${p}buildTrackChart alone (in-process, ${c.compute.runs} runs): p50 / p95 / p99`, `${c.compute.p50} / ${c.compute.p95} / ${c.compute.p99} ms (mean ${c.compute.mean})`);
    const s = d.aggregateSeed;
    add(`${p}aggregate seed (${s.tracks} tracks, ${s.concurrency ? `${s.concurrency} at a time through GraphQL` : s.via})`, `${s.responses} responses in ${s.seconds} s (${s.responsesPerS}/s${s.concurrency ? `, server CPU ${s.serverCpuMsPerResponse} ms/response` : ''})${s.scoreMismatches ? `, ${s.scoreMismatches} totals differ` : ''}`);
    add(`${p}instrumentAggregate request: p50 / p95 / p99`, lat(d.aggregate.request));
    add(`${p}  tracks / responses / sessions in the answer`, `${d.aggregate.tracks} / ${d.aggregate.responses} / ${d.aggregate.sessions}  ${d.aggregate.countsOk ? '(as seeded)' : 'NOT as seeded'}; mean TOTAL per session ${d.aggregate.meanTotalMismatches === 0 ? 'matches' : `differs in ${d.aggregate.meanTotalMismatches} sessions from`} the in-process scores`);
    const pr = d.probe;
    add(`${p}  { __typename } every 10 ms: alone / during aggregates`, `p50 ${pr.idle.p50} / ${pr.duringAggregate.p50} ms, p99 ${pr.idle.p99} / ${pr.duringAggregate.p99} ms, max ${pr.idle.max} / ${pr.duringAggregate.max} ms`);
    if (d.aggregate.explain) add(`${p}  its 2 statements in psql: per-session / totals (best of 5)`, `${d.aggregate.explain.perSessionMs} ms / ${d.aggregate.explain.totalsMs} ms (each score read once: ${d.aggregate.explain.readOnceMs} ms); plan: ${d.aggregate.explain.perSessionPlan.filter((l) => /Scan|Sort Method|Aggregate/.test(l)).map((l) => l.trim().replace(/\s*\(cost=[^)]*\)/, '')).join(' <- ')}`);
    add(`${p}API RSS after ready / at the end`, `${d.rssAfterReadyMb} MB / ${d.rssAfterLoadMb} MB`);
  }
  printTable(
    `Kennislijn instruments benchmark  ${r.date}`,
    [
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}; load average ${m.loadAvg1mBefore} before, ${m.loadAvg1mAfter} after`,
      `build: ${r.build.builtAt}${r.build.built ? ' (built now)' : ''}${r.build.newerSourceThanBuild ? ' (OLDER than the API sources: pass --build)' : ''}${r.build.snapshot ? ' (run from a copy)' : ''}; LOG_LEVEL=${r.options.logLevel}; loopback; bench took ${r.benchSeconds} s`,
      `instrument: the demo samenwerkingsthermometer (4 VAS items, 3 MEAN subscales, total MEAN, BELOW 6 and DROP 2 on TOTAL, a reference line, split spread 2)`,
    ],
    rows,
    [
      'Latencies are client-side (fetch, keep-alive, sequential) and include the JSON body; nearest rank. Server CPU is of the API process.',
      ...(r.socketRetries ? [`${r.socketRetries} queries were sent again after the server closed an idle kept-alive connection.`] : []),
    ],
  );
}

setKeepData(opts.keepData);
installSignalHandlers();

try {
  const result = await run();
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
  const bad = result.databases.filter((d) => !d.aggregate.countsOk || !(d.chart.signals > 0) || d.chart.request.failed || d.aggregate.request.failed);
  if (bad.length) {
    log(`checks failed on: ${bad.map((d) => d.database).join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  logServerTail(error);
  process.exitCode = 1;
} finally {
  await shutdown();
}
