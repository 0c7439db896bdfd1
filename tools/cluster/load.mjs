#!/usr/bin/env node
// npm run bench:cluster: the community feed and message delivery figures of the earlier benchmarks
// (tools/bench/communities-feed.mjs, tools/bench/realtime.mjs), measured through the cluster's proxy
// with 2 replicas and then with 1 replica, and the ratio 2 / 1.
//
//   node tools/cluster/load.mjs [--replicas 2,1] [--concurrency 50] [--requests 1000] [--duration 20]
//        [--posts 300] [--receivers 500] [--users 50] [--rate 20] [--latency-seconds 10]
//        [--throughput-senders 100] [--throughput-seconds 10] [--log-level warn] [--no-build] [--deadline 900]
//
// Each configuration is exactly `npm run start:cluster` (CLUSTER_REPLICAS=n) on a fresh database on
// the machine's PostgreSQL (postgres://postgres@127.0.0.1:5432, created and dropped here; PG_ADMIN_URL
// overrides) and a private redis-server; the clients run in this process on the same machine.
// Prints a table and one line `RESULT {json}`; progress goes to stderr.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  buildOnce,
  cleanupSync,
  connected,
  CREATE_POST,
  FEED_QUERY,
  gql,
  hardDeadline,
  installSignalHandlers,
  letters,
  log,
  mustGql,
  now,
  onCleanup,
  ownRedis,
  pool,
  registerUsers,
  replicaOf,
  request,
  round,
  socketClient,
  startCluster,
  stats,
} from './lib.mjs';

function parse(argv) {
  const o = { replicas: [2, 1], concurrency: 50, requests: 1000, durationS: 20, baselineRequests: 200, warmup: 100, posts: 300, feedUsers: 10, receivers: 500, users: 50, rate: 20, warmupS: 2, latencyS: 10, throughputSenders: 100, throughputS: 10, logLevel: 'warn', build: true, deadlineS: 900 };
  const ints = { '--concurrency': 'concurrency', '--requests': 'requests', '--duration': 'durationS', '--posts': 'posts', '--receivers': 'receivers', '--users': 'users', '--rate': 'rate', '--latency-seconds': 'latencyS', '--throughput-senders': 'throughputSenders', '--throughput-seconds': 'throughputS', '--deadline': 'deadlineS', '--baseline-requests': 'baselineRequests', '--warmup': 'warmup' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (ints[a]) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a positive whole number`);
      o[ints[a]] = n;
    } else if (a === '--replicas') o.replicas = argv[++i].split(',').map(Number);
    else if (a === '--log-level') o.logLevel = argv[++i];
    else if (a === '--no-build') o.build = false;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tools/cluster/load.mjs [--replicas 2,1] [--concurrency N] [--requests N] [--duration S] [--posts N] [--receivers N] [--users N] [--rate N] [--latency-seconds S] [--throughput-senders N] [--throughput-seconds S] [--log-level L] [--no-build] [--deadline S]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const opts = parse(process.argv.slice(2));
const ACK_TIMEOUT_MS = 15_000;
const SEND_LIMIT = 95; // the API allows 100 sends per socket per 5 s
const SEND_WINDOW_MS = 5_000;

// ---------------------------------------------------------------------------------------------
// CPU of processes (ms), from /proc

function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

function cpuProbe(cluster) {
  const pids = () => {
    const s = cluster.state();
    return { proxy: s.pid, replicas: s.replicas.map((r) => r.pid).filter(Boolean) };
  };
  const p0 = pids();
  const t0 = now();
  const proxy0 = cpuMs(p0.proxy);
  const rep0 = p0.replicas.map(cpuMs);
  const self0 = process.cpuUsage();
  return () => {
    const wall = now() - t0;
    const proxy1 = cpuMs(p0.proxy);
    const rep1 = p0.replicas.map(cpuMs);
    const self = process.cpuUsage(self0);
    const pct = (ms) => round((ms / wall) * 100, 0);
    return {
      replicasPct: rep1.map((v, i) => (v !== null && rep0[i] !== null ? pct(v - rep0[i]) : null)),
      proxyPct: proxy0 !== null && proxy1 !== null ? pct(proxy1 - proxy0) : null,
      clientsPct: pct((self.user + self.system) / 1000),
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Community feed (as tools/bench/communities-feed.mjs)

async function feedBench(url, cluster) {
  log(`  feed: seeding ${opts.feedUsers} people, a community and ${opts.posts} posts ...`);
  const users = await registerUsers(url, opts.feedUsers, 'load');
  const slug = `load-${letters(8)}`;
  const c = await mustGql(url, `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id } }`, { input: { name: 'Load: feed', slug, visibility: 'PUBLIC', joinPolicy: 'OPEN', description: 'Gemeenschap voor de clusterbenchmark.', guidelines: '', tags: [], researchThemeCodes: [] } }, { token: users[0].token }, 'createCommunity');
  const communityId = c.createCommunity.id;
  await pool(users.length - 1, 4, (i) => mustGql(url, `mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`, { id: communityId }, { token: users[i + 1].token }, 'join'));
  await pool(opts.posts, 4, (i) => mustGql(url, CREATE_POST, { communityId, body: `**${users[i % users.length].name}** over de nieuwe werkinstructie (deel ${letters(0, i)}).\n\nWat werkt bij jullie? Wij proberen nu:\n\n- korte lijnen met de _huisarts_\n- een vast aanspreekpunt` }, { token: users[i % users.length].token }, 'createPost'));
  const token = users[1].token;
  const phase = async (concurrency, requests, budgetMs) => {
    const samples = [];
    const errors = {};
    const byReplica = {};
    let sent = 0;
    const probe = cpuProbe(cluster);
    const t0 = now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < requests && now() - t0 < budgetMs) {
          sent++;
          const r = await gql(url, FEED_QUERY, { slug, first: 20 }, { token });
          if (r.ok && r.data.community.feed.edges.length === 20) {
            samples.push(r.ms);
            byReplica[r.replica] = (byReplica[r.replica] ?? 0) + 1;
          } else errors[r.code ?? 'SHORT_PAGE'] = (errors[r.code ?? 'SHORT_PAGE'] ?? 0) + 1;
        }
      }),
    );
    const wall = now() - t0;
    return { concurrency, sent, failed: sent - samples.length, errors, ...stats(samples), throughputPerS: round((samples.length / wall) * 1000, 1), byReplica, cpu: probe() };
  };
  await phase(Math.min(10, opts.concurrency), opts.warmup, 30_000);
  log(`  feed: ${opts.baselineRequests} requests at concurrency 1 ...`);
  const sequential = await phase(1, opts.baselineRequests, opts.durationS * 1000);
  log(`  feed: ${opts.requests} requests at concurrency ${opts.concurrency} (at most ${opts.durationS} s) ...`);
  const concurrent = await phase(opts.concurrency, opts.requests, opts.durationS * 1000);
  log(`    p50 ${concurrent.p50} ms, p99 ${concurrent.p99} ms, ${concurrent.throughputPerS}/s, by replica ${JSON.stringify(concurrent.byReplica)}, failed ${concurrent.failed}`);
  return { sequential, concurrent };
}

// ---------------------------------------------------------------------------------------------
// Message delivery (as tools/bench/realtime.mjs)

class Histogram {
  constructor() {
    this.buckets = new Uint32Array(300_000); // 0.1 ms up to 30 s
    this.n = 0;
    this.sum = 0;
    this.max = 0;
  }
  add(ms) {
    this.buckets[Math.min(this.buckets.length - 1, Math.max(0, Math.floor(ms * 10)))]++;
    this.n++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }
  pct(p) {
    const rank = Math.max(1, Math.ceil((p / 100) * this.n));
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i];
      if (seen >= rank) return Math.min(this.max, (i + 1) / 10);
    }
    return this.max;
  }
  summary() {
    if (!this.n) return { n: 0 };
    return { n: this.n, p50: round(this.pct(50), 1), p95: round(this.pct(95), 1), p99: round(this.pct(99), 1), mean: round(this.sum / this.n, 1), max: round(this.max, 1) };
  }
}

async function realtimeBench(url, cluster, databaseUrl) {
  log(`  realtime: seeding ${opts.users} people and a thread ...`);
  const users = await registerUsers(url, opts.users, 'loadrt');
  const c = await mustGql(url, `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id } }`, { input: { name: 'Load: realtime', slug: `loadrt-${letters(8)}`, visibility: 'PUBLIC', joinPolicy: 'OPEN', description: 'Gemeenschap voor de clusterbenchmark.', guidelines: '', tags: [], researchThemeCodes: [] } }, { token: users[0].token }, 'createCommunity');
  await pool(users.length - 1, 4, (i) => mustGql(url, `mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.createCommunity.id }, { token: users[i + 1].token }, 'join'));
  const t = await mustGql(url, `query T($id: ID!) { thread(kind: COMMUNITY, subjectId: $id) { id } }`, { id: c.createCommunity.id }, { token: users[0].token }, 'thread');
  const threadId = t.thread.id;
  const sentAt = new Map(); // clientId -> { t, hist }
  const delivery = { received: 0, skips: 0, late: 0 };

  log(`  realtime: connecting ${opts.receivers} receivers through the proxy ...`);
  const tc = now();
  const receivers = new Array(opts.receivers);
  await pool(opts.receivers, 25, async (i) => {
    const socket = socketClient(url, users[i % users.length].token, { reconnection: false });
    await connected(socket, 30_000);
    const r = { socket, lastSeq: 0 };
    const onMessage = (m, at) => {
      delivery.received++;
      if (m.seq !== r.lastSeq + 1) {
        if (m.seq > r.lastSeq) delivery.skips++;
        else delivery.late++;
      }
      if (m.seq > r.lastSeq) r.lastSeq = m.seq;
      const s = sentAt.get(m.clientId);
      if (s) s.hist.add(at - s.t);
    };
    socket.on('message', (m) => onMessage(m, now()));
    socket.on('messages', (list) => {
      const at = now();
      for (const m of list) onMessage(m, at);
    });
    const ack = await request(socket, 'thread:subscribe', { threadId, afterSeq: null }, ACK_TIMEOUT_MS);
    if (!ack.ok) throw new Error(`thread:subscribe refused: ${ack.error.code}`);
    r.lastSeq = ack.threadSeq;
    receivers[i] = r;
  });
  const spread = {};
  for (const r of receivers) spread[replicaOf(r.socket.klKey)] = (spread[replicaOf(r.socket.klKey)] ?? 0) + 1;
  const connectS = round((now() - tc) / 1000, 2);
  log(`    ${connectS} s; receivers per replica ${JSON.stringify(spread)}`);

  const senders = async (n, offset) => {
    const out = [];
    await pool(n, 25, async (i) => {
      const socket = socketClient(url, users[(offset + i) % users.length].token, { reconnection: false });
      await connected(socket, 30_000);
      out[i] = { socket, window: [] };
    });
    return out;
  };
  const newPhase = () => ({ sent: 0, acked: 0, errors: {}, ack: new Histogram(), delivery: new Histogram(), minSeq: Infinity, maxSeq: 0, t0: now(), lastAck: 0 });
  const sendOne = async (s, phase) => {
    const clientId = randomUUID();
    const t0 = now();
    sentAt.set(clientId, { t: t0, hist: phase.delivery });
    s.window.push(t0);
    phase.sent++;
    const ack = await request(s.socket, 'message:send', { threadId, clientId, body: `Bericht over de werkinstructie, deel ${letters(0, phase.sent)}.` }, ACK_TIMEOUT_MS);
    if (!ack.ok) {
      phase.errors[ack.error.code] = (phase.errors[ack.error.code] ?? 0) + 1;
      return;
    }
    phase.acked++;
    phase.ack.add(now() - t0);
    phase.minSeq = Math.min(phase.minSeq, ack.message.seq);
    phase.maxSeq = Math.max(phase.maxSeq, ack.message.seq);
    phase.lastAck = now();
  };
  const drain = async (phase) => {
    const want = phase.acked * opts.receivers;
    const t0 = now();
    let last = phase.delivery.n;
    let changed = t0;
    while (phase.delivery.n < want && now() - t0 < 30_000) {
      await sleep(50);
      if (phase.delivery.n !== last) {
        last = phase.delivery.n;
        changed = now();
      } else if (now() - changed > 3_000) break;
    }
  };
  const steady = async (list, seconds) => {
    const phase = newPhase();
    const inflight = [];
    const total = opts.rate * seconds;
    let next = 0;
    while (next < total) {
      const due = Math.min(total, Math.floor(((now() - phase.t0) / 1000) * opts.rate) + 1);
      while (next < due) {
        inflight.push(sendOne(list[next % list.length], phase));
        next++;
      }
      await sleep(Math.max(1, Math.floor(1000 / opts.rate / 2)));
    }
    await Promise.all(inflight);
    await drain(phase);
    return phase;
  };
  const flood = async (list, seconds) => {
    const phase = newPhase();
    const end = phase.t0 + seconds * 1000;
    await Promise.all(
      list.map(async (s) => {
        while (now() < end) {
          const t = now();
          while (s.window.length && s.window[0] < t - SEND_WINDOW_MS) s.window.shift();
          if (s.window.length >= SEND_LIMIT) {
            await sleep(Math.max(1, s.window[0] + SEND_WINDOW_MS - t));
            continue;
          }
          await sendOne(s, phase);
        }
      }),
    );
    await drain(phase);
    return phase;
  };
  const result = (p, probe) => {
    const seconds = p.lastAck > p.t0 ? (p.lastAck - p.t0) / 1000 : 1;
    return { sent: p.sent, acked: p.acked, errors: p.errors, ackedPerS: round(p.acked / seconds, 1), ack: p.ack.summary(), delivery: p.delivery.summary(), deliveredOfExpected: `${p.delivery.n}/${p.acked * opts.receivers}`, seqRange: p.maxSeq ? [p.minSeq, p.maxSeq] : null, cpu: probe };
  };

  const latencySenders = await senders(10, 0);
  await steady(latencySenders, opts.warmupS);
  log(`  realtime: ${opts.rate} messages/s for ${opts.latencyS} s to ${opts.receivers} receivers ...`);
  let probe = cpuProbe(cluster);
  const latency = result(await steady(latencySenders, opts.latencyS), probe());
  log(`    delivery p50 ${latency.delivery.p50} ms, p99 ${latency.delivery.p99} ms`);
  const flooders = await senders(opts.throughputSenders, 10);
  log(`  realtime: ${opts.throughputSenders} senders as fast as acks allow for ${opts.throughputS} s ...`);
  probe = cpuProbe(cluster);
  const sustained = result(await flood(flooders, opts.throughputS), probe());
  log(`    ${sustained.ackedPerS} stored msgs/s; delivery p50 ${sustained.delivery.p50} ms, p99 ${sustained.delivery.p99} ms`);
  for (const s of [...latencySenders, ...flooders]) s.socket.close();
  for (const r of receivers) r.socket.close();

  // Stored = acknowledged, per phase (COUNT(*) in the seq range).
  const { default: pg } = await import('pg');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const count = async (range) => (range ? Number((await db.query('SELECT count(*)::int AS n FROM message WHERE thread_id = $1 AND seq BETWEEN $2 AND $3', [threadId, range[0], range[1]])).rows[0].n) : 0);
  const stored = { latency: await count(latency.seqRange), sustained: await count(sustained.seqRange) };
  await db.end();
  return { connectS, receiversPerReplica: spread, latency, sustained, stored, delivery };
}

// ---------------------------------------------------------------------------------------------
// Main

async function configuration(n, redisUrl) {
  const { default: pg } = await import('pg');
  const adminUrl = process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `kennislijn_bench_cluster_${process.pid}_${n}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query('SHOW server_version')).rows[0].server_version;
  await admin.end();
  const dropDb = async () => {
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await a.end();
  };
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const databaseUrl = u.toString();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'kennislijn-load-'));
  log(`[${n} replica${n > 1 ? 's' : ''}] starting the cluster (PostgreSQL ${version}, database ${name}) ...`);
  let cluster;
  try {
    cluster = await startCluster({
      dataDir,
      replicas: n,
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: opts.logLevel,
        ACCESS_TOKEN_TTL_SECONDS: '7200',
        RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
        RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE: '1000000',
        RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: '1000000',
      },
    });
    const out = { replicas: n, startS: cluster.startS, postgres: version };
    out.feed = await feedBench(cluster.url, cluster);
    out.realtime = await realtimeBench(cluster.url, cluster, databaseUrl);
    return out;
  } finally {
    await cluster?.stop();
    await dropDb();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ratio = (a, b) => (a && b ? round(a / b, 2) : null);

function printSummary(r) {
  const rows = [];
  const add = (label, ...values) => rows.push([label, ...values]);
  const cfg = r.configurations;
  const ms = (x) => (x === undefined || x === null ? '-' : `${x} ms`);
  const lat = (s) => (s?.n ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}` : '-');
  add('', ...cfg.map((c) => `${c.replicas} replica${c.replicas > 1 ? 's' : ''}`), cfg.length === 2 ? `ratio ${cfg[0].replicas} / ${cfg[1].replicas}` : '');
  add(`feed c=1: p50 / p95 / p99`, ...cfg.map((c) => lat(c.feed.sequential)), '');
  add(`feed c=${opts.concurrency}: p50 / p95 / p99`, ...cfg.map((c) => lat(c.feed.concurrent)), r.ratios ? `p50 ${r.ratios.feedP50}x, p99 ${r.ratios.feedP99}x` : '');
  add(`feed c=${opts.concurrency}: requests/s (failed)`, ...cfg.map((c) => `${c.feed.concurrent.throughputPerS}/s (${c.feed.concurrent.failed})`), r.ratios ? `${r.ratios.feedThroughput}x` : '');
  add(`feed c=${opts.concurrency}: answered by`, ...cfg.map((c) => JSON.stringify(c.feed.concurrent.byReplica)), '');
  add(`feed c=${opts.concurrency}: CPU % replicas / proxy / clients`, ...cfg.map((c) => `${c.feed.concurrent.cpu.replicasPct.join('+')} / ${c.feed.concurrent.cpu.proxyPct} / ${c.feed.concurrent.cpu.clientsPct}`), '');
  add(`receivers per replica`, ...cfg.map((c) => JSON.stringify(c.realtime.receiversPerReplica)), '');
  add(`delivery at ${opts.rate} msgs/s to ${opts.receivers}: p50 / p95 / p99`, ...cfg.map((c) => lat(c.realtime.latency.delivery)), r.ratios ? `p50 ${r.ratios.deliveryP50}x, p99 ${r.ratios.deliveryP99}x` : '');
  add(`  CPU % replicas / proxy / clients`, ...cfg.map((c) => `${c.realtime.latency.cpu.replicasPct.join('+')} / ${c.realtime.latency.cpu.proxyPct} / ${c.realtime.latency.cpu.clientsPct}`), '');
  add(`stored msgs/s with ${opts.receivers} receivers (${opts.throughputSenders} senders)`, ...cfg.map((c) => `${c.realtime.sustained.ackedPerS}/s`), r.ratios ? `${r.ratios.storedPerS}x` : '');
  add(`  delivery under that load p50 / p99`, ...cfg.map((c) => `${ms(c.realtime.sustained.delivery.p50)} / ${ms(c.realtime.sustained.delivery.p99)}`), '');
  add(`  CPU % replicas / proxy / clients`, ...cfg.map((c) => `${c.realtime.sustained.cpu.replicasPct.join('+')} / ${c.realtime.sustained.cpu.proxyPct} / ${c.realtime.sustained.cpu.clientsPct}`), '');
  add(`stored = acked; deliveries; skips / late`, ...cfg.map((c) => `${c.realtime.stored.latency + c.realtime.stored.sustained === c.realtime.latency.acked + c.realtime.sustained.acked ? 'yes' : 'NO'}; ${c.realtime.latency.deliveredOfExpected}, ${c.realtime.sustained.deliveredOfExpected}; ${c.realtime.delivery.skips} / ${c.realtime.delivery.late}`), '');
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length)));
  console.log('');
  console.log(`Kennislijn cluster load: feed and message delivery through the proxy  ${r.date}`);
  console.log(`machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), Node ${process.version}; everything (PostgreSQL, Redis, proxy, replicas, all clients) on these CPUs; LOG_LEVEL=${opts.logLevel}; took ${r.totalS} s`);
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 3, 0)));
  for (const row of rows) console.log(row.map((v, i) => String(v ?? '').padEnd(widths[i])).join('   '));
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 3, 0)));
  console.log('Ratios are 2 replicas / 1 replica: above 1 is more for throughput, and slower for latency.');
  console.log('');
}

installSignalHandlers();
hardDeadline(opts.deadlineS);
let code = 0;
try {
  const t0 = now();
  if (opts.build) {
    log('building api and web (cached by Nx) ...');
    buildOnce();
  }
  const redis = await ownRedis();
  onCleanup(() => redis.child?.kill('SIGKILL'));
  const result = { date: new Date().toISOString(), machine: { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu: os.cpus()[0]?.model?.trim(), loadAvg1m: round(os.loadavg()[0], 2) }, options: opts, configurations: [] };
  for (const n of opts.replicas) result.configurations.push(await configuration(n, redis.url));
  if (result.configurations.length === 2) {
    const [a, b] = result.configurations;
    result.ratios = {
      feedThroughput: ratio(a.feed.concurrent.throughputPerS, b.feed.concurrent.throughputPerS),
      feedP50: ratio(a.feed.concurrent.p50, b.feed.concurrent.p50),
      feedP99: ratio(a.feed.concurrent.p99, b.feed.concurrent.p99),
      deliveryP50: ratio(a.realtime.latency.delivery.p50, b.realtime.latency.delivery.p50),
      deliveryP99: ratio(a.realtime.latency.delivery.p99, b.realtime.latency.delivery.p99),
      storedPerS: ratio(a.realtime.sustained.ackedPerS, b.realtime.sustained.ackedPerS),
    };
  }
  result.totalS = round((now() - t0) / 1000, 1);
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
} catch (error) {
  log(`failed: ${error?.stack ?? error}`);
  code = 1;
} finally {
  cleanupSync();
}
process.exit(code);
