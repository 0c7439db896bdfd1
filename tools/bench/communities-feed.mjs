#!/usr/bin/env node
// Community feed benchmark for the Kennislijn API: latency of the feed query (first 20 items with
// authors) at concurrency 1 and 50, and the number of SQL statements one such request issues per
// page size (it must not grow with the page size).
//
//   node tools/bench/communities-feed.mjs [--postgres] [--only-postgres] [--users 10] [--posts 300]
//        [--first 20] [--concurrency 50] [--requests 1000] [--duration 20] [--baseline-requests 200]
//        [--warmup 100] [--field-requests 20] [--log-level info] [--deadline 300] [--build | --entry PATH]
//        [--cpu-prof DIR] [--keep-data]
//
// Plain Node ESM, no dependencies (Node 20 fetch). Runs the built server (dist/apps/api/apps/api/src/main.js)
// as a child process on loopback with a fresh DATA_DIR (embedded PGlite; with --postgres also against
// postgres://postgres@127.0.0.1:5432 in a fresh database), seeds it through the GraphQL API and always
// stops it again. The statement count comes from the `Server-Timing: db;desc="sql=N"` response header,
// which the API sends unless NODE_ENV=production.
// Prints a summary table and one line `RESULT {json}` with every figure; progress goes to stderr.

import os from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
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
  systemBusyMs,
  tempDir,
  withoutIds,
} from './lib.mjs';

const USAGE = `usage: node tools/bench/communities-feed.mjs [--postgres] [--only-postgres] [--users N] [--posts N] [--first N]
       [--concurrency N] [--requests N] [--duration S] [--baseline-requests N] [--warmup N] [--field-requests N]
       [--log-level LEVEL] [--deadline S] [--build | --entry PATH] [--cpu-prof DIR] [--keep-data]`;

const opts = parseArgs(
  process.argv.slice(2),
  {
    '--postgres': ['postgres', 'bool'],
    '--only-postgres': ['onlyPostgres', 'bool'],
    '--users': ['users', 'int'],
    '--posts': ['posts', 'int'],
    '--first': ['first', 'int'],
    '--concurrency': ['concurrency', 'int'],
    '--requests': ['requests', 'int'],
    '--duration': ['durationS', 'int'],
    '--baseline-requests': ['baselineRequests', 'int'],
    '--warmup': ['warmup', 'int'],
    '--field-requests': ['fieldRequests', 'int'],
    '--log-level': ['logLevel', 'string'],
    '--deadline': ['deadlineS', 'int'],
    '--build': ['build', 'bool'],
    '--entry': ['entry', 'string'],
    '--keep-data': ['keepData', 'bool'],
    '--cpu-prof': ['cpuProfDir', 'string'],
  },
  {
    postgres: false,
    onlyPostgres: false,
    users: 10,
    posts: 300,
    first: 20,
    concurrency: 50,
    requests: 1000,
    durationS: 20,
    baselineRequests: 200,
    warmup: 100,
    fieldRequests: 20,
    logLevel: 'info',
    deadlineS: 300,
    build: false,
    keepData: false,
  },
  USAGE,
);
if (opts.onlyPostgres) opts.postgres = true;
if (opts.users < 2) throw new Error('--users must be at least 2 (an owner and a member who reads the feed)');

const SLUG = 'bench-feed';
const PASSWORD = 'bench-feed-password';
const ROLES = ['PROFESSIONAL', 'STUDENT', 'LECTURER', 'RESEARCHER', 'POLICYMAKER'];
const PAGE_SIZES = [5, 20, 50, 100];
const REQUEST_TIMEOUT_MS = 15_000;
const MAX_SHOWN_ERRORS = 5;

// The measured request, exactly as the issue describes it (first = 20 by default).
const NODE_FIELDS = `id type createdAt pinned hidden actor { id displayName role } post { id bodyHtml author { id displayName role organisation } } viewerCan { pin hide report delete }`;
const FEED_QUERY = `query Feed($slug: String!, $first: Int!) { community(slug: $slug) { id name feed(first: $first) { edges { cursor node { ${NODE_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`;
const feedQueryWith = (nodeFields) =>
  `query Feed($slug: String!, $first: Int!, $after: String) { community(slug: $slug) { id name feed(first: $first, after: $after) { edges { cursor node { ${nodeFields} } } pageInfo { hasNextPage endCursor } } } }`;

// Smaller queries that together make up the measured one: if the statement count grows with the
// page size, the first variant whose count grows names the field that causes it.
// Each variant is `feed { edges { cursor node { <fields> } } pageInfo }` (the first: the community alone).
const FIELD_VARIANTS = [
  ['community only', null],
  ['node { id }', 'id'],
  ['+ scalars', 'id type createdAt pinned hidden'],
  ['+ actor', 'id actor { id displayName role }'],
  ['+ post { id }', 'id post { id }'],
  ['+ post.bodyHtml', 'id post { id bodyHtml }'],
  ['+ post.author', 'id post { id author { id displayName role organisation } }'],
  ['+ viewerCan', 'id viewerCan { pin hide report delete }'],
  ['all (measured query)', NODE_FIELDS],
];
const COMMUNITY_ONLY_QUERY = `query Community($slug: String!) { community(slug: $slug) { id name } }`;

// ---------------------------------------------------------------------------------------------
// GraphQL client

/** One GraphQL request; never throws. Resolves to { ms, sql, data } or { ms, error, requestId }. */
async function gql(url, query, variables, token) {
  const t0 = performance.now();
  try {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const r = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await r.text();
    const ms = performance.now() - t0;
    const timing = r.headers.get('server-timing');
    const m = timing?.match(/sql=(\d+)/);
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
    return { ms, sql, requestId, data: body.data };
  } catch (error) {
    return { ms: performance.now() - t0, error: `${error?.name ?? 'Error'}: ${error?.cause?.code ?? error?.message ?? error} after ${Math.round(performance.now() - t0)} ms` };
  }
}

/** Like gql, but a failure throws (for seeding, where every step must work). */
async function mustGql(url, query, variables, token, what) {
  const r = await gql(url, query, variables, token);
  if (r.error) throw new Error(`${what} failed: ${r.error}${r.requestId ? ` (requestId ${r.requestId})` : ''}`);
  return r.data;
}

/** Runs `fn(i)` for i in 0..n-1 with `concurrency` workers. */
async function pool(n, concurrency, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, concurrency) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Seed

function postBody(i, author) {
  const topics = ['ketenaanpak bij schulden', 'huisbezoeken plannen', 'de nieuwe werkinstructie', 'intervisie in kleine groepen', 'samenwerken met de wijkagent', 'verslaglegging na een melding'];
  const topic = topics[i % topics.length];
  const parts = [`**${author}** over ${topic} (bericht ${i + 1}).`];
  if (i % 2 === 0) parts.push(`Wat werkt bij jullie? Wij proberen nu:\n\n- korte lijnen met de _huisarts_\n- een vast aanspreekpunt\n- wekelijks \`casusoverleg\``);
  if (i % 3 === 0) parts.push(`Meer lezen: [de handreiking](https://example.org/handreiking-${i}) en de notities van vorige week.`);
  if (i % 5 === 0) parts.push('> Tip: deel geen persoonsgegevens in de feed.\n\n' + 'Een langere toelichting met enige context. '.repeat(8).trim());
  return parts.join('\n\n');
}

async function seed(url, o) {
  const t0 = performance.now();
  const users = new Array(o.users);
  const stamp = Date.now().toString(36);
  // Registration hashes a password (argon2): two at a time is what two cores can take.
  await pool(o.users, 2, async (i) => {
    const d = await mustGql(
      url,
      `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
      { input: { email: `bench-${stamp}-${i}@example.org`, password: PASSWORD, displayName: `Bench Gebruiker ${i + 1}`, role: ROLES[i % ROLES.length], level: ROLES[i % ROLES.length] === 'STUDENT' ? (i % 4) + 1 : null, organisation: `Organisatie ${(i % 3) + 1}` } },
      undefined,
      `register user ${i}`,
    );
    users[i] = { id: d.register.user.id, token: d.register.accessToken, name: `Bench Gebruiker ${i + 1}` };
  });
  const tUsers = performance.now();
  const c = await mustGql(
    url,
    `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id } }`,
    { input: { name: 'Bench: feed', slug: SLUG, visibility: 'PUBLIC', joinPolicy: 'OPEN', description: 'Gemeenschap voor de feed-benchmark.' } },
    users[0].token,
    'createCommunity',
  );
  const communityId = c.createCommunity.id;
  for (let i = 1; i < users.length; i++) {
    await mustGql(url, `mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`, { id: communityId }, users[i].token, `joinCommunity (user ${i})`);
  }
  const tJoined = performance.now();
  const postMs = [];
  await pool(o.posts, 4, async (i) => {
    const author = users[i % users.length];
    const tp = performance.now();
    await mustGql(url, `mutation Post($communityId: ID!, $body: String!) { createPost(communityId: $communityId, body: $body) { id } }`, { communityId, body: postBody(i, author.name) }, author.token, `createPost ${i}`);
    postMs.push(performance.now() - tp);
  });
  const tPosts = performance.now();
  return {
    users,
    communityId,
    figures: {
      users: o.users,
      posts: o.posts,
      registerS: round((tUsers - t0) / 1000, 2),
      createAndJoinS: round((tJoined - tUsers) / 1000, 2),
      postsS: round((tPosts - tJoined) / 1000, 2),
      createPostAt4: stats(postMs),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Statement counts

/** Statements for one query, asked twice (the second is what a warm request costs). */
async function sqlCount(url, token, query, variables, label) {
  const a = await gql(url, query, variables, token);
  if (a.error) throw new Error(`${label} failed: ${a.error}${a.requestId ? ` (requestId ${a.requestId})` : ''}`);
  const b = await gql(url, query, variables, token);
  if (b.error) throw new Error(`${label} failed: ${b.error}`);
  if (a.sql === null || b.sql === null) throw new Error(`${label}: the response has no Server-Timing sql=N header (is NODE_ENV=production, or is dist/ older than the header?)`);
  return { first: a.sql, warm: b.sql, edges: b.data.community?.feed?.edges?.length ?? null, data: b.data };
}

async function statementCounts(url, token) {
  const perPageSize = [];
  for (const first of PAGE_SIZES) {
    const r = await sqlCount(url, token, FEED_QUERY, { slug: SLUG, first }, `feed(first: ${first})`);
    perPageSize.push({ first, edges: r.edges, sql: r.warm, sqlFirstRequest: r.first });
    log(`  feed(first: ${first}): ${r.edges} items, ${r.warm} SQL statements${r.first !== r.warm ? ` (first request ${r.first})` : ''}`);
  }
  const p1 = await sqlCount(url, token, feedQueryWith(NODE_FIELDS), { slug: SLUG, first: 20 }, 'feed page 1');
  const after = p1.data.community.feed.pageInfo.endCursor;
  const p2 = await sqlCount(url, token, feedQueryWith(NODE_FIELDS), { slug: SLUG, first: 20, after }, 'feed page 2');
  const page1Ids = new Set(p1.data.community.feed.edges.map((e) => e.node.id));
  const overlap = p2.data.community.feed.edges.filter((e) => page1Ids.has(e.node.id)).length;
  const page2 = { first: 20, edges: p2.edges, sql: p2.warm, sqlFirstRequest: p2.first, overlapWithPage1: overlap };
  log(`  page 2 (after endCursor): ${p2.edges} items, ${p2.warm} SQL statements${overlap ? `, ${overlap} items also on page 1!` : ''}`);

  // Field by field, at the smallest and the largest page size.
  const lo = PAGE_SIZES[0];
  const hi = PAGE_SIZES.at(-1);
  const fields = [];
  for (const [label, nodeFields] of FIELD_VARIANTS) {
    const q = nodeFields ? feedQueryWith(nodeFields) : COMMUNITY_ONLY_QUERY;
    const a = await sqlCount(url, token, q, nodeFields ? { slug: SLUG, first: lo } : { slug: SLUG }, label);
    const b = nodeFields ? await sqlCount(url, token, q, { slug: SLUG, first: hi }, label) : a;
    fields.push({ fields: label, pageSizes: [lo, hi], sql: [a.warm, b.warm], grows: b.warm > a.warm });
  }
  const counts = perPageSize.map((p) => p.sql);
  const constant = counts.every((n) => n === counts[0]) && page2.sql === counts[0];
  const growing = fields.filter((f) => f.grows).map((f) => f.fields);
  if (!constant) log(`  statement count is NOT constant: ${counts.join(', ')} for first = ${PAGE_SIZES.join(', ')}; growing variants: ${growing.join('; ') || 'none'}`);
  return { perPageSize, page2, constant, fieldVariants: fields, growingFields: growing };
}

// ---------------------------------------------------------------------------------------------
// Latency per field

/** Median latency (concurrency 1) of each field variant at the measured page size: where the time goes. */
async function fieldCosts(url, token, first, n) {
  const out = [];
  for (const [label, nodeFields] of FIELD_VARIANTS) {
    const q = nodeFields ? feedQueryWith(nodeFields) : COMMUNITY_ONLY_QUERY;
    const vars = nodeFields ? { slug: SLUG, first } : { slug: SLUG };
    const samples = [];
    for (let i = 0; i < n + 3; i++) {
      const r = await gql(url, q, vars, token);
      if (r.error) throw new Error(`${label} failed: ${r.error}`);
      if (i >= 3) samples.push(r.ms); // 3 warm-up requests per variant
    }
    const s = stats(samples);
    out.push({ fields: label, p50: s.p50, mean: s.mean });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Load

/**
 * `concurrency` clients, each sending the feed query back to back, until `requests` were sent or
 * `budgetMs` passed. Any GraphQL error, or a page with fewer items than asked for, is a failure.
 */
async function loadPhase(server, token, { concurrency, requests, budgetMs, first }) {
  const samples = [];
  const failures = [];
  const sqlSeen = new Map();
  let sent = 0;
  let stoppedBy = 'requests';
  const cpu0 = cpuMs(server.pid);
  const sys0 = systemBusyMs();
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < requests) {
        if (performance.now() - t0 > budgetMs) {
          stoppedBy = 'duration';
          break;
        }
        sent++;
        const r = await gql(server.url, FEED_QUERY, { slug: SLUG, first }, token);
        const edges = r.data?.community?.feed?.edges?.length;
        if (!r.error && edges !== first) r.error = `short page: ${edges} items instead of ${first}`;
        if (r.error) failures.push(r);
        else samples.push(r.ms);
        if (r.sql !== null && r.sql !== undefined) sqlSeen.set(r.sql, (sqlSeen.get(r.sql) ?? 0) + 1);
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const cpu1 = cpuMs(server.pid);
  const sys1 = systemBusyMs();
  const self = process.cpuUsage(self0);
  const selfMs = (self.user + self.system) / 1000;
  const out = {
    concurrency,
    first,
    sent,
    stoppedBy,
    failed: failures.length,
    ...(samples.length ? stats(samples) : { n: 0 }),
    wallS: round(wallMs / 1000, 2),
    throughputPerS: round((samples.length / wallMs) * 1000, 1),
    serverCpuPct: cpu0 !== null && cpu1 !== null ? round(((cpu1 - cpu0) / wallMs) * 100, 0) : null,
    clientCpuPct: round((selfMs / wallMs) * 100, 0),
    // Everything else on the machine (other people's builds, tests, browsers): noise in these figures.
    otherCpuPct: sys0 !== null && sys1 !== null && cpu0 !== null ? round((Math.max(0, sys1 - sys0 - (cpu1 - cpu0) - selfMs) / wallMs) * 100, 0) : null,
    sqlPerRequest: Object.fromEntries(sqlSeen),
  };
  if (failures.length) {
    out.errors = [...new Set(failures.map((f) => withoutIds(f.error)))].slice(0, MAX_SHOWN_ERRORS);
    out.serverErrors = serverErrors(server, failures.map((f) => f.requestId).filter(Boolean).slice(0, 20));
    log(`  ${failures.length} of ${sent} requests failed: ${out.errors.join(' | ')}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One database

async function benchDatabase(label, { databaseUrl, dataDir }) {
  const out = { database: label };
  log(`[${label}] starting the API ...`);
  const nodeArgs = opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(opts.cpuProfDir)] : [];
  const server = await startServer({ dataDir, databaseUrl, logLevel: opts.logLevel, seedDemo: false, nodeArgs });
  out.readyS = round(server.readyMs / 1000, 2);
  out.rssAfterReadyMb = rssMb(server.pid);
  log(`[${label}] ready in ${out.readyS} s; seeding ${opts.users} users, 1 community, ${opts.posts} posts ...`);
  const seeded = await seed(server.url, opts);
  out.seed = seeded.figures;
  log(`[${label}] seeded: register ${out.seed.registerS} s, create + join ${out.seed.createAndJoinS} s, posts ${out.seed.postsS} s (createPost p50 ${out.seed.createPostAt4.p50} ms at 4 clients)`);
  // The viewer is a plain member (not the owner), as most readers are.
  const viewer = seeded.users[1];

  log(`[${label}] SQL statements per request:`);
  out.sql = await statementCounts(server.url, viewer.token);

  log(`[${label}] warm-up: ${opts.warmup} requests at concurrency ${Math.min(10, opts.concurrency)} ...`);
  out.warmup = await loadPhase(server, viewer.token, { concurrency: Math.min(10, opts.concurrency), requests: opts.warmup, budgetMs: 30_000, first: opts.first });
  delete out.warmup.sqlPerRequest;
  log(`[${label}] latency per field (first=${opts.first}, ${opts.fieldRequests} sequential requests each) ...`);
  out.fieldCosts = await fieldCosts(server.url, viewer.token, opts.first, opts.fieldRequests);
  log(`[${label}] baseline: ${opts.baselineRequests} requests at concurrency 1 ...`);
  out.sequential = await loadPhase(server, viewer.token, { concurrency: 1, requests: opts.baselineRequests, budgetMs: opts.durationS * 1000, first: opts.first });
  log(`  p50 ${out.sequential.p50} ms, p95 ${out.sequential.p95} ms, ${out.sequential.throughputPerS}/s`);
  log(`[${label}] load: ${opts.requests} requests (at most ${opts.durationS} s) at concurrency ${opts.concurrency} ...`);
  out.concurrent = await loadPhase(server, viewer.token, { concurrency: opts.concurrency, requests: opts.requests, budgetMs: opts.durationS * 1000, first: opts.first });
  log(`  p50 ${out.concurrent.p50} ms, p95 ${out.concurrent.p95} ms, ${out.concurrent.throughputPerS}/s, server CPU ${out.concurrent.serverCpuPct}%, failed ${out.concurrent.failed}`);
  out.rssAfterLoadMb = rssMb(server.pid);
  if (out.concurrent.failed || out.sequential.failed) out.readyAfterLoad = await stillReady(server.url);
  const stop = await stopServer(server);
  out.stopAfterLoadS = round(stop / 1000, 2);
  if (server.killed) out.stopNeededSigkill = true;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

async function run() {
  const result = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAvg1mBefore: round(os.loadavg()[0], 2) },
    options: { ...opts, pageSizes: PAGE_SIZES, query: FEED_QUERY },
  };
  result.build = await ensureBuilt({ force: opts.build });
  const cancelDeadline = hardDeadline(opts.deadlineS);
  const tRun = performance.now();
  result.databases = [];
  if (!opts.onlyPostgres) {
    result.databases.push(await benchDatabase('embedded PGlite', { dataDir: tempDir('kennislijn-bench-feed-') }));
  }
  if (opts.postgres) {
    const db = createDatabase('kennislijn_bench_feed');
    try {
      const r = await benchDatabase(`PostgreSQL ${db.version}`, { databaseUrl: db.url, dataDir: tempDir('kennislijn-bench-feed-pg-') });
      r.serverVersion = db.version;
      result.databases.push(r);
    } finally {
      dropDatabaseSync(db.name);
    }
  }
  result.machine.loadAvg1mAfter = round(os.loadavg()[0], 2);
  result.benchSeconds = round((performance.now() - tRun) / 1000, 1);
  cancelDeadline();
  return result;
}

function printSummary(r) {
  const m = r.machine;
  const rows = [];
  const ms = (x) => (x == null ? '-' : `${x} ms`);
  const add = (label, value) => rows.push([label, value]);
  const lat = (x) => `${ms(x.p50)} / ${ms(x.p95)} / ${ms(x.p99)} / ${ms(x.mean)}  (n=${x.n}, max ${x.max}, ${x.throughputPerS}/s, server CPU ${x.serverCpuPct}%, bench CPU ${x.clientCpuPct}%, other processes ${x.otherCpuPct}%)`;
  const failed = (x) => (x.failed ? `FAILED ${x.failed} of ${x.sent}: ${x.errors.join(' | ')}` : `0 of ${x.sent}`);
  for (const d of r.databases) {
    const p = `[${d.database}] `;
    add(`${p}start to ready (empty database)`, `${d.readyS} s`);
    add(`${p}seed`, `${d.seed.users} users ${d.seed.registerS} s, create + join ${d.seed.createAndJoinS} s, ${d.seed.posts} posts ${d.seed.postsS} s (createPost p50 ${ms(d.seed.createPostAt4.p50)} at 4 clients)`);
    add(`${p}feed first=${r.options.first}, concurrency 1: p50 / p95 / p99 / mean`, lat(d.sequential));
    add(`${p}feed first=${r.options.first}, concurrency ${d.concurrent.concurrency}: p50 / p95 / p99 / mean`, lat(d.concurrent));
    add(`${p}  failures (concurrency 1 / ${d.concurrent.concurrency})`, `${failed(d.sequential)} / ${failed(d.concurrent)}`);
    for (const x of [d.sequential, d.concurrent]) if (x.serverErrors?.length) add(`${p}  server log (c=${x.concurrency})`, x.serverErrors.join(' | '));
    if (d.readyAfterLoad !== undefined) add(`${p}  /health/ready after the failures`, d.readyAfterLoad ? '200' : 'NOT ready');
    add(`${p}SQL statements per feed request`, `${d.sql.perPageSize.map((s) => `first=${s.first}: ${s.sql}`).join(', ')}; page 2 (first=20, after): ${d.sql.page2.sql}  ${d.sql.constant ? '(constant)' : 'GROWS with the page size'}`);
    const firstRequest = d.sql.perPageSize.filter((s) => s.sqlFirstRequest !== s.sql);
    if (firstRequest.length) add(`${p}  first request of a kind`, firstRequest.map((s) => `first=${s.first}: ${s.sqlFirstRequest}`).join(', '));
    const fv = d.sql.fieldVariants;
    add(
      `${p}  SQL per field variant (first=${fv[1].pageSizes.join(' -> ')})`,
      fv.map((f) => `${f.fields} ${f.sql[0] === f.sql[1] ? f.sql[0] : `${f.sql.join(' -> ')} GROWS`}`).join(' | '),
    );
    if (d.sql.page2.overlapWithPage1) add(`${p}  page 2 repeats items of page 1`, String(d.sql.page2.overlapWithPage1));
    const seen = Object.entries(d.concurrent.sqlPerRequest);
    if (seen.length > 1) add(`${p}  statements per request under load (count)`, seen.map(([k, v]) => `${k}: ${v}x`).join(', '));
    add(`${p}p50 per field (c=1, first=${r.options.first})`, d.fieldCosts.map((f) => `${f.fields} ${f.p50}`).join(' | ') + ' ms');
    add(`${p}API RSS after ready / after load`, `${d.rssAfterReadyMb} MB / ${d.rssAfterLoadMb} MB`);
  }
  printTable(
    `Kennislijn community feed benchmark  ${r.date}`,
    [
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}; load average ${m.loadAvg1mBefore} before, ${m.loadAvg1mAfter} after`,
      `build: ${r.build.builtAt}${r.build.built ? ' (built now)' : ''}${r.build.newerSourceThanBuild ? ' (OLDER than the API sources: pass --build)' : ''}; LOG_LEVEL=${r.options.logLevel}; loopback; bench took ${r.benchSeconds} s`,
      `query: community(slug).feed(first: ${r.options.first}) with actor, post { bodyHtml author } and viewerCan, as a member; ${r.options.users} users, ${r.options.posts} posts`,
    ],
    rows,
    [
      'Latencies are client-side (fetch, keep-alive) and include the JSON body; p50 / p95 / p99 / mean, nearest rank.',
      'The bench client runs on the same machine and shares its CPUs with the API (see "bench CPU"); CPU % is of one core;',
      '"other processes" is the rest of the machine during the phase (noise).',
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
  await shutdown();
}
