#!/usr/bin/env node
// npm run drill: fault drill of the local cluster, bounded and on loopback only.
//
//   node tools/cluster/drill.mjs [--short] [--seconds S] [--writers N] [--receivers N] [--readers N]
//        [--cycles N] [--no-build] [--keep] [--verbose] [--deadline S] [--against URL]
//
// Starts its OWN PostgreSQL (initdb in a temp dir on a free port, run as the `postgres` OS user when
// we are root) and its own redis-server (free port, nothing saved), so the machine's shared servers
// are never touched, and then exactly what `npm run start:cluster` starts (two replicas and the
// proxy) against them. It first checks that everything works through the proxy as on one node
// (pages, sign-in and refresh, live messages and presence between clients on different replicas),
// then runs traffic while it (a) stops PostgreSQL and starts it again, (b) stops Redis and starts it
// again, (c) kills one replica with SIGKILL (the cluster starts it again). Afterwards it checks in
// the database that every acknowledged write is stored exactly once, that no message is duplicated,
// and that every socket client, reconnecting by itself and replaying what it missed, holds every
// stored message exactly once without gaps. Errors during the faults must be clear codes
// (SERVICE_UNAVAILABLE, RATE_LIMITED) or dropped connections, never INTERNAL_SERVER_ERROR, a
// non-JSON answer, or a request left hanging.
//
// --short (CI): a few users, one round of faults, well under 2 minutes with start-up.
// Default (long): about 5 minutes of traffic with more users and two rounds of faults.
// --against URL: traffic and the replica kill only, against a cluster you started yourself
//   (npm run start:cluster; the state file data/cluster/state.json names the replica processes,
//   DATABASE_URL the database to check); PostgreSQL and Redis are left alone.
//
// Prints a report and one line `RESULT {json}`; exit code 1 when a write was lost, a message
// duplicated, a client did not converge, a check failed, or a bad error was seen.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import { createProxy } from './proxy.mjs';
import {
  buildOnce,
  cleanupSync,
  communityWithThread,
  connected,
  countDrops,
  createDatabase,
  FEED_QUERY,
  freePort,
  getPage,
  gql,
  hardDeadline,
  installSignalHandlers,
  letters,
  log,
  now,
  onCleanup,
  ownPostgres,
  ownRedis,
  POST_MESSAGE,
  Recorder,
  registerUsers,
  replicaOf,
  request,
  ROOT,
  round,
  socketClient,
  startCluster,
  THREAD_MESSAGES,
  loadThreadSync,
} from './lib.mjs';

const SHORT = { seconds: 0, writers: 4, receivers: 4, readers: 2, cycles: 1, warmupS: 4, settleS: 4, pgDownS: 2, redisDownS: 3, deadlineS: 170 };
const LONG = { seconds: 300, writers: 10, receivers: 12, readers: 4, cycles: 2, warmupS: 20, settleS: 25, pgDownS: 6, redisDownS: 8, deadlineS: 900 };

function parse(argv) {
  const o = { short: false, build: true, keep: false, verbose: false, against: null };
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number`);
    return n;
  };
  const rest = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--short') o.short = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--against') o.against = argv[++i];
    else if (['--seconds', '--writers', '--receivers', '--readers', '--cycles', '--deadline'].includes(a)) rest[a.slice(2) === 'deadline' ? 'deadlineS' : a.slice(2)] = num(argv[++i], a);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tools/cluster/drill.mjs [--short] [--seconds S] [--writers N] [--receivers N] [--readers N] [--cycles N] [--no-build] [--keep] [--verbose] [--deadline S] [--against URL]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return { ...(o.short ? SHORT : LONG), ...o, ...rest };
}

const opts = parse(process.argv.slice(2));
const RECOVERY_TIMEOUT_MS = 90_000;
const PROBE_EVERY_MS = 250;
const PROBE_DELIVERY_MS = 3_000;
const WRITE_GIVE_UP_MS = 60_000;
const CONVERGE_MS = 45_000;
const REPLICAS = ['r1', 'r2'];
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { accessToken user { displayName } } }`;

const rec = new Recorder();
const kills = new Map(); // replica -> times the drill killed it
const checks = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok, detail });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};

// What was written: clientId -> { id, seq, via, author } once acknowledged; attempted ones too.
const acked = new Map();
const attempted = new Set();
let threadId;
let communityId;
let slug;
let url;

// ---------------------------------------------------------------------------------------------
// Smoke: everything works through the proxy as on one node

async function smoke(users) {
  for (const r of REPLICAS) {
    const p = await getPage(url, '/', { replica: r });
    check(`page / through the proxy on ${r}`, p.ok && p.replica === r, p.ok ? `HTTP ${p.status}, answered by ${p.replica}` : `${p.code} ${p.detail}`);
  }
  const deep = await getPage(url, `/gemeenschappen/${slug}`);
  check('a deep link (the web app) through the proxy', deep.ok, deep.ok ? `HTTP ${deep.status}` : `${deep.code} ${deep.detail}`);

  // Sign in as a demo account, then trade the refresh cookie for a new token on the other replica.
  const login = await gql(url, LOGIN, { input: { email: 'student@demo.kennislijn.nl', password: 'kennislijn-demo' } }, { replica: 'r1' });
  check('demo sign-in (student@demo.kennislijn.nl) on r1', login.ok, login.ok ? login.data.login.user.displayName : `${login.code} ${login.detail}`);
  const cookie = login.setCookie?.split(';')[0];
  if (cookie) {
    const refreshed = await gql(url, `mutation { refreshToken { accessToken } }`, {}, { replica: 'r2', cookie });
    check('refresh with the cookie on r2', refreshed.ok && refreshed.replica === 'r2', refreshed.ok ? `answered by ${refreshed.replica}` : `${refreshed.code} ${refreshed.detail}`);
    const me = refreshed.ok ? await gql(url, `{ me { displayName } }`, {}, { token: refreshed.data.refreshToken.accessToken, replica: 'r1' }) : null;
    check('the refreshed token works on r1', !!me?.ok, me?.ok ? me.data.me.displayName : `${me?.code} ${me?.detail}`);
  } else check('refresh with the cookie on r2', false, 'login set no cookie');

  // Two people on different replicas: live messages both ways, presence and typing.
  const [ua, ub] = users;
  const a = socketClient(url, ua.token, { replica: 'r1', reconnection: false });
  const b = socketClient(url, ub.token, { replica: 'r2', reconnection: false });
  try {
    await Promise.all([connected(a), connected(b)]);
    check('two sockets on different replicas', replicaOf(a.klKey) === 'r1' && replicaOf(b.klKey) === 'r2', `a on ${replicaOf(a.klKey)}, b on ${replicaOf(b.klKey)}`);
    const seenBy = (socket, pred) =>
      new Promise((res) => {
        const t = setTimeout(() => res(false), 5_000);
        const on = (m) => {
          const list = Array.isArray(m) ? m : [m];
          if (list.some(pred)) {
            clearTimeout(t);
            res(true);
          }
        };
        socket.on('message', on);
        socket.on('messages', on);
      });
    const presenceOf = (socket, personId) =>
      new Promise((res) => {
        const t = setTimeout(() => res(false), 5_000);
        socket.on('presence', (p) => {
          if (p.room === `community:${communityId}` && p.people.some((x) => x.id === personId)) {
            clearTimeout(t);
            res(true);
          }
        });
      });
    const aSeesB = presenceOf(a, ub.id);
    const sa = await request(a, 'community:subscribe', { communityId });
    const sb = await request(b, 'community:subscribe', { communityId });
    check('community:subscribe on both', sa.ok && sb.ok, `${sa.ok ? 'ok' : sa.error.code} / ${sb.ok ? 'ok' : sb.error.code}`);
    check('presence: a (r1) sees b (r2) arrive', await aSeesB);
    const ta = await request(a, 'thread:subscribe', { threadId, afterSeq: null });
    const tb = await request(b, 'thread:subscribe', { threadId, afterSeq: null });
    check('thread:subscribe on both', ta.ok && tb.ok, `${ta.ok ? 'ok' : ta.error.code} / ${tb.ok ? 'ok' : tb.error.code}`);
    const typing = new Promise((res) => {
      const t = setTimeout(() => res(false), 5_000);
      a.on('typing', (p) => {
        if (p.person.id === ub.id) {
          clearTimeout(t);
          res(true);
        }
      });
    });
    b.emit('typing', { threadId });
    check('typing: b (r2) typing reaches a (r1)', await typing);
    const c1 = randomUUID();
    const bGets = seenBy(b, (m) => m.clientId === c1);
    attempted.add(c1);
    const sent = await request(a, 'message:send', { threadId, clientId: c1, body: 'Goedemorgen, dit is een bericht via de socket.' });
    if (sent.ok) acked.set(c1, { id: sent.message.id, seq: sent.message.seq, via: 'smoke' });
    check('a message sent on r1 (socket) reaches b on r2 live', sent.ok && (await bGets), sent.ok ? '' : sent.error.code);
    const c2 = randomUUID();
    const aGets = seenBy(a, (m) => m.clientId === c2);
    attempted.add(c2);
    const posted = await gql(url, POST_MESSAGE, { input: { threadId, clientId: c2, body: 'En dit bericht komt via GraphQL.' } }, { token: ub.token, replica: 'r2' });
    if (posted.ok) acked.set(c2, { id: posted.data.postMessage.id, seq: posted.data.postMessage.seq, via: 'smoke' });
    check('a message posted on r2 (GraphQL) reaches a on r1 live', posted.ok && posted.replica === 'r2' && (await aGets), posted.ok ? `answered by ${posted.replica}` : `${posted.code} ${posted.detail}`);
    const again = await gql(url, POST_MESSAGE, { input: { threadId, clientId: c2, body: 'En dit bericht komt via GraphQL.' } }, { token: ub.token, replica: 'r1' });
    check('the same clientId retried on r1 answers with the stored message', again.ok && again.data.postMessage.id === posted.data?.postMessage.id);
  } catch (error) {
    check('sockets through the proxy', false, error.message);
  } finally {
    a.close();
    b.close();
  }

  // A client on HTTP long-polling (not the web app's transport) stays on the replica of its session.
  const polling = io(url, { path: '/socket.io', transports: ['polling'], auth: { token: ua.token }, forceNew: true, reconnection: false, timeout: 10_000 });
  try {
    await connected(polling);
    await sleep(1_200); // a few polls, alternating replicas if the proxy were not sticky
    const ack = await request(polling, 'thread:subscribe', { threadId, afterSeq: 0 });
    check('a long-polling socket.io client works through the proxy (sticky session)', ack.ok && polling.connected, ack.ok ? `${ack.messages.length} messages replayed` : ack.error.code);
  } catch (error) {
    check('a long-polling socket.io client works through the proxy (sticky session)', false, error.message);
  } finally {
    polling.close();
  }

  // With no replica answering, the proxy itself answers clearly (a proxy of its own on two closed ports).
  const deadPorts = [await freePort(), await freePort()];
  const lonely = createProxy({ upstreams: deadPorts.map((port, i) => ({ name: `r${i + 1}`, host: '127.0.0.1', port })) });
  const lonelyPort = await lonely.listen(0);
  try {
    await sleep(200);
    const r = await gql(`http://127.0.0.1:${lonelyPort}`, '{ __typename }', {});
    check('no replica up: the proxy answers 503 SERVICE_UNAVAILABLE as JSON', r.status === 503 && r.code === 'SERVICE_UNAVAILABLE', `HTTP ${r.status} ${r.code}`);
  } finally {
    await lonely.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Traffic

let running = true;
const tasks = [];

function recordGql(kind, r) {
  if (r.ok) rec.ok();
  else rec.error(kind, r.status && r.status !== 200 ? `${r.code} (HTTP ${r.status})` : r.code, r.detail);
}

function recordAck(kind, r) {
  if (r.ok) rec.ok();
  else rec.error(kind, r.error.code, r.error.message);
}

/** A writer: one person posting messages, half over its socket, half over GraphQL, each retried with its clientId until acknowledged. */
function writer(user, index, pace) {
  const socket = socketClient(url, user.token, { replica: REPLICAS[index % 2] });
  countDrops(socket);
  socket.on('connect_error', (err) => rec.error('socket connect', err?.data?.code ?? 'DISCONNECTED', err?.message));
  const run = async () => {
    let n = 0;
    while (running) {
      const clientId = randomUUID();
      attempted.add(clientId);
      const body = `Bericht van ${user.name} over de werkinstructie, nummer ${letters(0, n)}.`;
      const preferSocket = n++ % 2 === 0;
      const t0 = now();
      let delay = 200;
      for (;;) {
        let result;
        if (preferSocket && socket.connected) {
          const r = await request(socket, 'message:send', { threadId, clientId, body });
          recordAck('socket message:send', r);
          result = r.ok ? { id: r.message.id, seq: r.message.seq, via: 'socket' } : null;
        } else {
          const r = await gql(url, POST_MESSAGE, { input: { threadId, clientId, body } }, { token: user.token, timeoutMs: 15_000 });
          recordGql('graphql postMessage', r);
          result = r.ok ? { id: r.data.postMessage.id, seq: r.data.postMessage.seq, via: 'graphql' } : null;
        }
        if (result) {
          acked.set(clientId, result);
          break;
        }
        if (now() - t0 > WRITE_GIVE_UP_MS) break;
        await sleep(delay);
        delay = Math.min(1_000, delay * 2);
      }
      await sleep(pace * (0.5 + Math.random()));
    }
    socket.close();
  };
  tasks.push(run());
}

/** A receiver: a socket client that keeps the thread complete as the web app does (replay after every reconnect and gap). */
function receiver(user, index) {
  const socket = socketClient(url, user.token, { replica: REPLICAS[index % 2] });
  countDrops(socket);
  const r = { socket, sync: new (loadThreadSync())(0), connects: 0, replicas: [], attempt: 0, live: false, liveDuplicates: 0 };
  socket.on('connect_error', (err) => rec.error('socket connect', err?.data?.code ?? 'DISCONNECTED', err?.message));
  const catchUp = async (subscribe) => {
    const attempt = ++r.attempt;
    r.sync.replayStarted();
    let res = await request(socket, subscribe ? 'thread:subscribe' : 'thread:replay', { threadId, afterSeq: r.sync.lastSeq });
    for (;;) {
      if (attempt !== r.attempt) return;
      recordAck(subscribe ? 'socket thread:subscribe' : 'socket thread:replay', res);
      if (!res.ok) {
        r.sync.replayFailed();
        // As the web app: try again while connected (the database may be restarting).
        if (socket.connected) setTimeout(() => socket.connected && attempt === r.attempt && void catchUp(true), 1_000);
        return;
      }
      if (r.sync.applyReplay(res)) break;
      res = await request(socket, 'thread:replay', { threadId, afterSeq: r.sync.lastSeq });
      subscribe = false;
    }
    r.live = true;
  };
  socket.on('connect', () => {
    r.connects++;
    r.replicas.push(replicaOf(socket.klKey));
    r.live = false;
    void catchUp(true);
  });
  socket.on('disconnect', () => {
    r.attempt++;
    r.sync.replayFailed();
    r.live = false;
  });
  const onLive = (list) => {
    for (const m of list) {
      if (m.threadId !== threadId) continue;
      const out = r.sync.applyLive(m);
      if (out === 'duplicate') r.liveDuplicates++;
      if (out === 'gap') void catchUp(false);
    }
  };
  socket.on('message', (m) => onLive([m]));
  socket.on('messages', (list) => onLive(list));
  return r;
}

/** A reader: the community feed, the thread's history and a page of the web app, in turn. */
function reader(user, index) {
  const run = async () => {
    let n = index;
    while (running) {
      const kind = n++ % 7;
      if (kind === 0 || kind === 3) recordGql('graphql feed', await gql(url, FEED_QUERY, { slug, first: 20 }, { token: user.token }));
      else if (kind === 1 || kind === 4) recordGql('graphql threadMessages', await gql(url, THREAD_MESSAGES, { threadId, last: 30 }, { token: user.token }));
      else if (kind === 6) recordGql('graphql login', await gql(url, LOGIN, { input: { email: user.email, password: user.password } }));
      else {
        const p = await getPage(url, n % 4 < 2 ? '/' : `/gemeenschappen/${slug}`);
        if (p.ok) rec.ok();
        else rec.error('page', p.status ? `${p.code} (HTTP ${p.status})` : p.code, p.detail);
      }
      await sleep(120 + Math.random() * 120);
    }
  };
  tasks.push(run());
}

// ---------------------------------------------------------------------------------------------
// Probe: a round of writes and reads on every replica, and delivery between them

let probeSockets = [];
const probeWaiters = new Map(); // clientId -> Set of probe indexes still waiting

function startProbeSockets(user) {
  probeSockets = REPLICAS.map((replica, i) => {
    const socket = socketClient(url, user.token, { replica });
    countDrops(socket);
    const p = { socket, replica, subscribed: false };
    socket.on('connect', async () => {
      p.subscribed = false;
      const res = await request(socket, 'thread:subscribe', { threadId, afterSeq: null });
      p.subscribed = res.ok;
    });
    socket.on('disconnect', () => (p.subscribed = false));
    const onLive = (list) => {
      for (const m of list) probeWaiters.get(m.clientId)?.delete(i);
    };
    socket.on('message', (m) => onLive([m]));
    socket.on('messages', onLive);
    return p;
  });
}

/** A probe socket that had to land elsewhere (its replica was down) moves back once it can. */
function rebalanceProbeSockets() {
  for (const p of probeSockets) {
    if (p.socket.connected && replicaOf(p.socket.klKey) !== p.replica) {
      p.socket.disconnect();
      p.socket.connect();
    }
  }
}

/** One probe round; ok when every replica wrote, read and delivered live to every replica's probe socket. */
async function probeRound(user) {
  const problems = [];
  for (const p of probeSockets) {
    if (!p.socket.connected || !p.subscribed) problems.push(`${p.replica} socket not subscribed`);
    else if (replicaOf(p.socket.klKey) !== p.replica) problems.push(`${p.replica} socket on ${replicaOf(p.socket.klKey)}`);
  }
  const results = await Promise.all(
    REPLICAS.map(async (replica) => {
      const clientId = randomUUID();
      attempted.add(clientId);
      probeWaiters.set(clientId, new Set(probeSockets.map((_, i) => i)));
      const w = await gql(url, POST_MESSAGE, { input: { threadId, clientId, body: `Controlebericht via ${replica}.` } }, { token: user.token, replica, timeoutMs: 10_000 });
      recordGql('probe postMessage', w);
      if (w.ok) acked.set(clientId, { id: w.data.postMessage.id, seq: w.data.postMessage.seq, via: 'probe' });
      const rd = await gql(url, FEED_QUERY, { slug, first: 5 }, { token: user.token, replica, timeoutMs: 10_000 });
      recordGql('probe feed', rd);
      if (!w.ok || w.replica !== replica) problems.push(`write on ${replica}: ${w.ok ? `answered by ${w.replica}` : w.code}`);
      if (!rd.ok || rd.replica !== replica) problems.push(`read on ${replica}: ${rd.ok ? `answered by ${rd.replica}` : rd.code}`);
      return w.ok ? clientId : null;
    }),
  );
  const t0 = now();
  const sentIds = results.filter(Boolean);
  while (now() - t0 < PROBE_DELIVERY_MS && sentIds.some((id) => probeWaiters.get(id)?.size)) await sleep(20);
  for (const id of sentIds) if (probeWaiters.get(id)?.size) problems.push(`not delivered live to ${[...probeWaiters.get(id)].map((i) => REPLICAS[i]).join(', ')}`);
  for (const id of results) if (id) probeWaiters.delete(id);
  return { ok: problems.length === 0 && sentIds.length === REPLICAS.length, problems };
}

/**
 * Starts a probe round every PROBE_EVERY_MS (rounds overlap: a failing one waits for its deliveries)
 * until one that started after `since` succeeds; returns that round's start, or null after the timeout.
 */
async function waitRecovered(user, since) {
  let last = [];
  let found = null;
  let foundStart = null;
  const pending = new Set();
  const fixer = setInterval(rebalanceProbeSockets, 500);
  try {
    while (found === null && now() - since < RECOVERY_TIMEOUT_MS) {
      const start = now();
      const p = probeRound(user).then((r) => {
        if (r.ok) {
          // Recovered once a full round is done: when it finished (its start is kept too).
          if (found === null || now() < found) {
            found = now();
            foundStart = start;
          }
        } else last = r.problems;
        pending.delete(p);
      });
      pending.add(p);
      // At most a few rounds in flight (each waits up to PROBE_DELIVERY_MS for its deliveries).
      while (pending.size >= 8 && found === null) await sleep(20);
      const rest = PROBE_EVERY_MS - (now() - start);
      if (rest > 0 && found === null) await sleep(rest);
    }
    await Promise.all(pending);
  } finally {
    clearInterval(fixer);
  }
  return { at: found, startedAt: foundStart, problems: found === null ? last : [] };
}

// ---------------------------------------------------------------------------------------------
// Faults

async function fault(name, user, act, after) {
  rec.setPhase(name);
  log(`fault: ${name} ...`);
  const tStart = now();
  const info = (await act()) ?? {};
  const tEnd = now();
  const [rc, more] = await Promise.all([waitRecovered(user, tEnd), after ? after(tStart) : {}]);
  Object.assign(info, more);
  const b = rec.bucket(name);
  const result = {
    name,
    faultS: round((tEnd - tStart) / 1000, 2),
    recoveryS: rc.at === null ? null : round(Math.max(0, rc.at - tEnd) / 1000, 2),
    recoveredRoundStartedS: rc.startedAt === null ? null : round(Math.max(0, rc.startedAt - tEnd) / 1000, 2),
    errorWindowS: b.first !== null ? round((b.last - b.first) / 1000, 2) : 0,
    ...info,
  };
  if (rc.at === null) check(`recovery after ${name}`, false, `not recovered within ${RECOVERY_TIMEOUT_MS / 1000} s: ${rc.problems.join('; ')}`);
  else log(`  recovered ${result.recoveryS} s after the fault ended (fault took ${result.faultS} s)`);
  rec.setPhase('steady');
  return result;
}

function replicaPid(cluster, name) {
  const state = cluster.state();
  return state.replicas.find((r) => r.name === name)?.pid ?? null;
}

async function waitReplicaReady(cluster, name, timeoutMs = 60_000) {
  const t0 = now();
  while (now() - t0 < timeoutMs) {
    try {
      if (cluster.state().replicas.find((r) => r.name === name)?.state === 'ready') return now();
    } catch {
      // being rewritten
    }
    await sleep(50);
  }
  return null;
}

async function waitRunning(cluster, name, oldPid, timeoutMs = 60_000) {
  const t0 = now();
  while (now() - t0 < timeoutMs) {
    const pid = replicaPid(cluster, name);
    if (pid && pid !== oldPid) return pid;
    await sleep(100);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Checks at the end

async function finalChecks(databaseUrl, receivers) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT id, seq::int AS seq, event_seq::int AS event_seq, client_id FROM message WHERE thread_id = $1 ORDER BY seq', [threadId]);
    const thread = await client.query('SELECT last_seq::int AS last_seq FROM discussion_thread WHERE id = $1', [threadId]);
    const lastSeq = thread.rows[0].last_seq;
    const byClient = new Map();
    for (const r of rows) if (r.client_id) byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), r]);
    // Unique (author, client id) is also a database constraint; a message stored twice under another
    // client id (a retry that lost its id) shows as the same writer's body twice: every writer's body
    // is unique per message, and a retry sends the same body with the same client id.
    const bodies = await client.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM message WHERE thread_id = $1 AND body LIKE 'Bericht van %' GROUP BY author_id, body HAVING count(*) > 1) d`,
      [threadId],
    );
    const duplicated = [...byClient.values()].filter((l) => l.length > 1).length + bodies.rows[0].n;
    let lost = 0;
    let wrongId = 0;
    for (const [clientId, a] of acked) {
      const stored = byClient.get(clientId);
      if (!stored) lost++;
      else if (stored[0].id !== a.id) wrongId++;
    }
    const foreign = rows.filter((r) => !r.client_id || !attempted.has(r.client_id)).length;
    const unackedStored = rows.filter((r) => r.client_id && attempted.has(r.client_id) && !acked.has(r.client_id)).length;
    const seqs = rows.map((r) => r.seq);
    const seqGaps = seqs.some((s, i) => s !== i + 1) ? 'yes' : 'none';
    const storedIds = new Set(rows.map((r) => r.id));
    // Every client: exactly the stored messages, without gaps, after dedup by id.
    const clients = receivers.map((r, i) => {
      const got = r.sync.messages;
      const ids = new Set(got.map((m) => m.id));
      const missing = [...storedIds].filter((id) => !ids.has(id)).length;
      const extra = [...ids].filter((id) => !storedIds.has(id)).length;
      const seqSorted = got.map((m) => m.seq).sort((x, y) => x - y);
      const gaps = seqSorted.some((s, k) => s !== k + 1);
      return { index: i, messages: ids.size, missing, extra, gaps, connects: r.connects, replicas: r.replicas, liveDuplicatesDropped: r.liveDuplicates, lastSeq: r.sync.lastSeq };
    });
    return { stored: rows.length, lastSeq, duplicated, lost, wrongId, foreign, unackedStored, seqGaps, clients };
  } finally {
    await client.end();
  }
}

async function converge(receivers, databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query('SELECT last_seq::int AS last_seq FROM discussion_thread WHERE id = $1', [threadId]);
  await client.end();
  const target = rows[0].last_seq;
  const t0 = now();
  while (now() - t0 < CONVERGE_MS) {
    if (receivers.every((r) => r.live && r.sync.lastSeq >= target)) return round((now() - t0) / 1000, 2);
    await sleep(100);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const t0 = now();
  const result = { date: new Date().toISOString(), mode: opts.short ? 'short' : 'long', options: opts };
  hardDeadline(opts.deadlineS);
  let cluster = null;
  let databaseUrl;
  let pgServer = null;
  let redis = null;
  if (opts.against) {
    url = opts.against.replace(/\/$/, '');
    databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/kennislijn_cluster';
    const stateFile = resolve(ROOT, process.env.CLUSTER_STATE_FILE || 'data/cluster/state.json');
    cluster = { state: () => JSON.parse(readFileSync(stateFile, 'utf8')), output: () => [], stop: async () => 0 };
    log(`against the running cluster at ${url} (state ${stateFile}); PostgreSQL and Redis are left alone`);
  } else {
    if (opts.build) {
      log('building api and web (cached by Nx) ...');
      buildOnce();
    }
    log('starting a private PostgreSQL and Redis ...');
    pgServer = await ownPostgres();
    await createDatabase(pgServer.url(), 'kennislijn');
    databaseUrl = pgServer.url('kennislijn');
    redis = await ownRedis();
    const dataDir = mkdtempSync(join(os.tmpdir(), 'kennislijn-drill-cluster-'));
    onCleanup(() => {
      if (!opts.keep) rmSync(dataDir, { recursive: true, force: true });
    });
    log(`PostgreSQL on port ${pgServer.port} (${pgServer.dir}), Redis on port ${redis.port}; starting the cluster (npm run start:cluster) ...`);
    cluster = await startCluster({
      dataDir,
      echo: opts.verbose,
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        ACCESS_TOKEN_TTL_SECONDS: '7200',
        // The rate limits are start:cluster's own (a writer sends about 4 a second, under them): the
        // drill runs what the cluster runs.
      },
    });
    url = cluster.url;
    result.clusterStartS = cluster.startS;
    log(`cluster ready at ${url} in ${cluster.startS} s`);
  }

  const restartsBefore = new Map(cluster.state().replicas.map((x) => [x.name, x.restarts]));
  const nUsers = Math.max(opts.writers, opts.receivers, opts.readers, 2) + 1;
  log(`registering ${nUsers} people and a community ...`);
  const users = await registerUsers(url, nUsers, 'drill');
  ({ communityId, slug, threadId } = await communityWithThread(url, users, 'drill', 5));

  rec.setPhase('smoke');
  log('checking everything through the proxy as on one node ...');
  await smoke(users);

  // Traffic
  rec.setPhase('steady');
  const prober = users[nUsers - 1];
  startProbeSockets(prober);
  const receivers = Array.from({ length: opts.receivers }, (_, i) => receiver(users[i % (nUsers - 1)], i));
  for (let i = 0; i < opts.writers; i++) writer(users[i], i, opts.short ? 250 : 400);
  for (let i = 0; i < opts.readers; i++) reader(users[(i + 1) % (nUsers - 1)], i);
  log(`traffic: ${opts.writers} writers, ${opts.receivers} receivers, ${opts.readers} readers, probes on ${REPLICAS.join(' and ')}`);
  await sleep(opts.warmupS * 1000);
  const rc0 = await waitRecovered(prober, now());
  check('steady state before the faults', rc0.at !== null, rc0.problems.join('; '));

  const faults = [];
  const tTraffic = now();
  for (let cycle = 0; cycle < opts.cycles; cycle++) {
    const suffix = opts.cycles > 1 ? ` #${cycle + 1}` : '';
    if (pgServer) {
      faults.push(
        await fault(`PostgreSQL restart${suffix}`, prober, async () => {
          await pgServer.stop('fast');
          await sleep(opts.pgDownS * 1000);
          await pgServer.start();
          return { downS: opts.pgDownS };
        }),
      );
      await sleep(opts.settleS * 1000);
      faults.push(
        await fault(`Redis stop and start${suffix}`, prober, async () => {
          await redis.stop();
          await sleep(opts.redisDownS * 1000);
          await redis.start();
          return { downS: opts.redisDownS };
        }),
      );
      await sleep(opts.settleS * 1000);
    }
    const victim = REPLICAS[(cycle + 1) % REPLICAS.length];
    faults.push(
      await fault(`SIGKILL ${victim}${suffix}`, prober, async () => {
        const pid = replicaPid(cluster, victim);
        if (!pid) throw new Error(`no pid for ${victim} in the cluster state`);
        process.kill(pid, 'SIGKILL');
        kills.set(victim, (kills.get(victim) ?? 0) + 1);
        const t = now();
        const newPid = await waitRunning(cluster, victim, pid);
        return { killedPid: pid, newPid, restartedAfterS: newPid ? round((now() - t) / 1000, 2) : null };
      }, async (t) => {
        // When the proxy has the restarted replica back (ready), from the kill.
        const ready = await waitReplicaReady(cluster, victim);
        return { readyAgainS: ready ? round((ready - t) / 1000, 2) : null };
      }),
    );
    if (cycle < opts.cycles - 1 || !opts.short) await sleep(opts.settleS * 1000);
  }
  // The long form keeps the traffic going for at least `seconds`.
  const rest = opts.seconds * 1000 - (now() - tTraffic);
  if (rest > 0) {
    log(`steady traffic for another ${round(rest / 1000, 0)} s ...`);
    await sleep(rest);
  }

  // Stop writing (writes in flight still finish), then one last message so every client sees a gap if it missed any.
  log('stopping the traffic ...');
  running = false;
  rec.setPhase('final');
  await Promise.all(tasks);
  const last = randomUUID();
  attempted.add(last);
  const fin = await gql(url, POST_MESSAGE, { input: { threadId, clientId: last, body: 'Laatste bericht van de oefening.' } }, { token: prober.token });
  recordGql('graphql postMessage', fin);
  if (fin.ok) acked.set(last, { id: fin.data.postMessage.id, seq: fin.data.postMessage.seq, via: 'final' });
  const convergeS = await converge(receivers, databaseUrl);
  check('every client caught up with the database', convergeS !== null, convergeS !== null ? `${convergeS} s after the last write` : `after ${CONVERGE_MS / 1000} s: lastSeq ${receivers.map((r) => r.sync.lastSeq).join(',')}`);

  const db = await finalChecks(databaseUrl, receivers);
  for (const r of receivers) r.socket.close();
  for (const p of probeSockets) p.socket.close();

  check('no acknowledged write lost', db.lost === 0, `${db.lost} of ${acked.size}`);
  check('no message duplicated (by client id, nor a writer’s message stored twice)', db.duplicated === 0, `${db.duplicated}`);
  check('acknowledged ids match the stored ones', db.wrongId === 0, `${db.wrongId}`);
  check('no message stored that nobody sent', db.foreign === 0, `${db.foreign}`);
  check('thread seqs without gaps in the database', db.seqGaps === 'none' && db.lastSeq === db.stored, `stored ${db.stored}, last_seq ${db.lastSeq}`);
  const badClients = db.clients.filter((c) => c.missing || c.extra || c.gaps);
  check('every client holds every stored message exactly once, without gaps', badClients.length === 0, badClients.length ? JSON.stringify(badClients.slice(0, 3)) : `${db.clients.length} clients x ${db.stored} messages`);
  const reconnected = db.clients.filter((c) => c.connects > 1).length;
  // A client that first connected to a replica the drill killed lost its socket: it must have
  // connected again by itself (socket.io-client's reconnection); catching up is checked above.
  const onKilled = receivers.filter((r) => kills.has(r.replicas[0]));
  const stranded = onKilled.filter((r) => r.connects < 2).length;
  check('clients of a killed replica reconnected by themselves', kills.size === 0 || (onKilled.length > 0 && stranded === 0), `${onKilled.length - stranded} of ${onKilled.length}`);
  const totals = rec.totals();
  check('no bad errors (INTERNAL_SERVER_ERROR, non-JSON, hangs, proxy down)', totals.bad === 0, totals.bad ? JSON.stringify(rec.badExamples.slice(0, 5)) : '');

  // Only the replicas the drill killed may have been started again, once per kill (no crash on the way).
  try {
    const state = cluster.state();
    const restarts = state.replicas.map((x) => `${x.name} ${x.restarts - (restartsBefore.get(x.name) ?? 0)}`).join(', ');
    const unexpected = state.replicas.filter((x) => x.restarts - (restartsBefore.get(x.name) ?? 0) !== (kills.get(x.name) ?? 0));
    check('no replica crashed (restarts = kills)', unexpected.length === 0, `restarts ${restarts}; killed ${[...kills].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
    result.restarts = Object.fromEntries(state.replicas.map((x) => [x.name, x.restarts - (restartsBefore.get(x.name) ?? 0)]));
  } catch (error) {
    check('no replica crashed (restarts = kills)', false, `cannot read the cluster state: ${error.message}`);
  }

  result.faults = faults;
  result.phases = Object.fromEntries([...rec.phases].map(([k, v]) => [k, { ok: v.ok, errors: v.errors, bad: v.bad }]));
  result.requests = totals;
  result.messages = { attempted: attempted.size, acknowledged: acked.size, stored: db.stored, lost: db.lost, duplicated: db.duplicated, unacknowledgedButStored: db.unackedStored, lastSeq: db.lastSeq };
  result.clients = { receivers: db.clients.length, reconnected, connects: db.clients.map((c) => c.connects), converged: convergeS !== null, convergeS, liveDuplicatesDropped: db.clients.reduce((a, c) => a + c.liveDuplicatesDropped, 0) };
  result.checks = checks;
  result.badExamples = rec.badExamples;
  if (!opts.against) {
    const code = await cluster.stop();
    result.clusterExit = code;
    check('the cluster stops cleanly on SIGTERM', code === 0, `exit ${code}`);
  }
  result.totalS = round((now() - t0) / 1000, 1);
  return result;
}

function printReport(r) {
  const lines = [];
  const add = (l = '') => lines.push(l);
  add('');
  add(`Kennislijn cluster fault drill (${r.mode})  ${r.date}`);
  add(`machine: ${os.cpus().length} CPUs, Node ${process.version}; cluster start ${r.clusterStartS ?? '-'} s; total ${r.totalS} s`);
  add('-'.repeat(100));
  add(`requests and acks served: ${r.requests.served} (${r.requests.ok} ok, ${r.requests.errors} errors, ${r.requests.bad} bad)`);
  for (const [phase, p] of Object.entries(r.phases)) {
    const errs = Object.entries(p.errors)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ');
    add(`  ${phase.padEnd(28)} ok ${String(p.ok).padStart(6)}   errors ${errs || 'none'}${p.bad ? `   BAD ${p.bad}` : ''}`);
  }
  add('faults:');
  for (const f of r.faults) {
    const extra = f.downS !== undefined ? `down ${f.downS} s, ` : f.restartedAfterS !== undefined ? `started again by the cluster after ${f.restartedAfterS} s, back in the proxy after ${f.readyAgainS ?? '-'} s, ` : '';
    add(`  ${f.name.padEnd(28)} ${extra}fault took ${f.faultS} s; recovered ${f.recoveryS ?? 'NOT'} s after it ended (first full round of writes, reads and live delivery on every replica done; it started at +${f.recoveredRoundStartedS ?? '-'} s); errors seen over ${f.errorWindowS} s`);
  }
  const m = r.messages;
  add(`messages: ${m.attempted} sent, ${m.acknowledged} acknowledged, ${m.stored} stored, lost ${m.lost}, duplicated ${m.duplicated} (stored without an ack: ${m.unacknowledgedButStored})`);
  const c = r.clients;
  add(`clients: ${c.receivers} receivers, ${c.reconnected} reconnected by themselves (connections each: ${c.connects.join(' ')}), all caught up: ${c.converged ? `yes, ${c.convergeS} s after the last write` : 'NO'}; live duplicates dropped by id: ${c.liveDuplicatesDropped}`);
  add('checks:');
  for (const k of r.checks) add(`  ${k.ok ? 'PASS' : 'FAIL'}  ${k.name}${k.ok ? '' : `: ${k.detail}`}`);
  add('-'.repeat(100));
  console.log(lines.join('\n'));
}

installSignalHandlers();
let exitCode = 0;
try {
  const r = await main();
  printReport(r);
  console.log(`RESULT ${JSON.stringify(r)}`);
  exitCode = r.checks.every((c) => c.ok) ? 0 : 1;
} catch (error) {
  log(`drill failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  cleanupSync();
}
process.exit(exitCode);
