#!/usr/bin/env node
// npm run start:cluster: a local cluster in one command. Builds what is not built (Nx caches), makes
// sure the database exists on the machine's PostgreSQL, applies migrations once, then starts
// CLUSTER_REPLICAS API processes (default 2) on loopback ports one after the other, behind the proxy
// of tools/cluster/proxy.mjs on PORT (default 3000). A replica that dies is started again (with
// backoff); Ctrl-C / SIGTERM stops everything. Every variable is described in docs/operations.md
// ("Local cluster and fault drills").

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../bench/lib.mjs';
import { createProxy } from './proxy.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// CLUSTER_ENTRY runs another build of the API (e.g. a copy under tmp/ that a concurrent build cannot remove).
const ENTRY = resolve(ROOT, process.env.CLUSTER_ENTRY || 'dist/apps/api/apps/api/src/main.js');
const CLI = join(dirname(ENTRY), 'cli.js');
const GUARD = join(ROOT, 'tools/cluster/orphan-guard.cjs');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;
const BACKOFF_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 10_000];
const STABLE_MS = 30_000;
const TAIL_LINES = 60;

const say = (line) => process.stdout.write(`[cluster] ${line}\n`);
const fail = (line) => {
  process.stderr.write(`[cluster] ${line}\n`);
  process.exit(1);
};

function int(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}
const flag = (name) => /^(1|true|yes)$/i.test(process.env[name] ?? '');

// ---------------------------------------------------------------------------------------------
// Settings

const port = int('PORT', 3000, 0, 65535);
const host = process.env.HOST || '127.0.0.1';
const replicaCount = int('CLUSTER_REPLICAS', 2, 1, 16);
const basePort = int('CLUSTER_BASE_PORT', port === 0 ? 0 : port + 1, 0, 65535 - replicaCount);
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/kennislijn_cluster';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const dataDir = resolve(ROOT, process.env.CLUSTER_DATA_DIR || 'data/cluster');
const stateFile = resolve(ROOT, process.env.CLUSTER_STATE_FILE || join(dataDir, 'state.json'));
const seedDemo = !/^(0|false|no)$/i.test(process.env.SEED_DEMO ?? 'true');

if (!/^postgres(ql)?:\/\//.test(databaseUrl)) fail('DATABASE_URL must be a postgres:// URL: the cluster needs a PostgreSQL server (the embedded database serves one process).');
if (!/^rediss?:\/\//.test(redisUrl)) fail('REDIS_URL must start with redis:// or rediss://');

// ---------------------------------------------------------------------------------------------
// Preflight: build, Redis, database, ports, secret, migrations

async function build() {
  if (flag('CLUSTER_SKIP_BUILD') || process.env.CLUSTER_ENTRY) {
    // Another build may be rewriting dist/ right now (it starts by removing it): wait a while.
    const t0 = performance.now();
    while (!(existsSync(ENTRY) && existsSync(CLI)) && performance.now() - t0 < 180_000) await sleep(1_000);
    if (!existsSync(ENTRY)) fail(`${ENTRY} is missing and CLUSTER_SKIP_BUILD is set: run npm run build first.`);
    return;
  }
  say('building api and web (cached by Nx) ...');
  const r = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  if (r.status !== 0) fail('the build failed');
}

async function checkRedis() {
  const { Redis } = await import('ioredis');
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 3_000, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    fail(`Redis does not answer at ${redact(redisUrl)} (${error.code ?? error.message}). Start it (e.g. redis-server --daemonize yes) or set REDIS_URL.`);
  } finally {
    client.disconnect();
  }
}

async function ensureDatabase() {
  const { default: pg } = await import('pg');
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    fail(`PostgreSQL does not answer at ${redact(admin.toString())} (${error.code ?? error.message}). Start it or set DATABASE_URL.`);
  }
  try {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rows.length) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      say(`created database ${name}`);
    }
  } catch (error) {
    fail(`could not create database ${name}: ${error.message}`);
  } finally {
    await client.end();
  }
}

function portFree(p) {
  return new Promise((res) => {
    const srv = net.createServer();
    srv.once('error', () => res(false));
    srv.listen(p, p === port ? host : '127.0.0.1', () => srv.close(() => res(true)));
  });
}

function jwtSecret() {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------
// Replicas

let stopping = false;
let proxy;
const replicas = [];

function writeState() {
  const state = {
    pid: process.pid,
    url: `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${proxy?.server.address()?.port ?? port}`,
    databaseUrl: redact(databaseUrl),
    redisUrl: redact(redisUrl),
    replicas: replicas.map((r) => ({ name: r.name, port: r.port, pid: r.child?.pid ?? null, running: !!r.child, restarts: r.restarts, state: proxy?.upstreams.find((u) => u.name === r.name)?.state ?? 'unknown' })),
    updatedAt: new Date().toISOString(),
  };
  try {
    mkdirSync(dirname(stateFile), { recursive: true });
    writeFileSync(`${stateFile}.tmp`, JSON.stringify(state, null, 2));
    renameSync(`${stateFile}.tmp`, stateFile);
  } catch {
    // The state file is a convenience (the drill reads it); never a reason to stop.
  }
}

/** Per minute: 600 mutations a person, 3,000 anonymous mutations an address, 1,200 socket events a person. */
const CLUSTER_RATE_LIMITS = {
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '600',
  RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE: '3000',
  RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: '1200',
};

function pick(env, keys) {
  return Object.fromEntries(keys.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
}

function replicaEnv(r, secret, publicUrl) {
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(r.port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: secret,
    TRUST_PROXY: process.env.TRUST_PROXY || 'loopback',
    PUBLIC_URL: publicUrl,
    DATA_DIR: dataDir,
    // Demo data from the first replica only: seeding is idempotent, but two at once would race.
    SEED_DEMO: String(seedDemo && r.index === 0),
    // Rate limits stay on, but roomier than a public site's defaults (CLUSTER_RATE_LIMITS): every
    // local client comes from one address, and soak tests send faster than a person types.
    ...CLUSTER_RATE_LIMITS,
    ...pick(process.env, Object.keys(CLUSTER_RATE_LIMITS)),
  };
  // Periodic jobs (digests, session reminders) are safe on several instances; one is enough.
  if (r.index > 0) {
    env.DIGEST_INTERVAL_SECONDS = '0';
    env.SESSION_REMINDER_INTERVAL_SECONDS = '0';
  }
  for (const k of Object.keys(env)) if (k.startsWith('CLUSTER_')) delete env[k];
  return env;
}

function spawnReplica(r) {
  // Its own process group: Ctrl-C in a terminal reaches the cluster, which stops the replicas in order.
  const child = spawn(process.execPath, ['--require', GUARD, ENTRY], { cwd: ROOT, env: r.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
  r.child = child;
  r.startedAt = performance.now();
  r.readyAt = null;
  // Every line prefixed with the replica's name; one write per chunk (request logs can be many).
  const prefix = `[${r.name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const text = rest + chunk;
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        rest = text.length > 1_000_000 ? '' : text;
        return;
      }
      rest = text.slice(end + 1);
      const lines = text.slice(0, end);
      r.tail.push(lines.length > 20_000 ? lines.slice(-20_000) : lines);
      if (r.tail.length > TAIL_LINES) r.tail.shift();
      process.stdout.write(`${prefix}${lines.replace(/\n/g, `\n${prefix}`)}\n`);
    });
    stream.on('end', () => {
      if (rest) process.stdout.write(`${prefix}${rest}\n`);
    });
  }
  child.on('error', (err) => say(`${r.name}: could not start: ${err.message}`));
  child.on('exit', (code, signal) => {
    r.child = null;
    r.lastExit = { code, signal };
    proxy?.markDown(r.name, signal ? `exited on ${signal}` : `exited with ${code}`);
    writeState();
    r.exited?.();
    if (stopping || !r.supervised) return;
    // Quick failures in a row back off; a replica that ran a while starts again at once.
    const ranMs = performance.now() - r.startedAt;
    if (ranMs > STABLE_MS) r.failures = 0;
    const delay = BACKOFF_MS[Math.min(r.failures, BACKOFF_MS.length - 1)];
    r.failures++;
    say(`${r.name} (pid ${child.pid}) ${signal ? `was killed (${signal})` : `exited with ${code}`}; starting it again in ${delay} ms`);
    setTimeout(() => {
      if (stopping) return;
      r.restarts++;
      spawnReplica(r);
      writeState();
      void watchReady(r);
    }, delay).unref();
  });
  return child;
}

/** Polls the replica's /health/ready until 200 (or it exits); tells the proxy at once. */
async function watchReady(r, timeoutMs = READY_TIMEOUT_MS) {
  const child = r.child;
  const t0 = performance.now();
  while (!stopping && r.child === child && child) {
    try {
      const res = await fetch(`http://127.0.0.1:${r.port}/health/ready`, { signal: AbortSignal.timeout(2_500) });
      await res.arrayBuffer();
      if (res.status === 200) {
        r.readyAt = performance.now();
        proxy?.checkNow();
        say(`${r.name} ready on 127.0.0.1:${r.port} (pid ${child.pid}, ${((r.readyAt - t0) / 1000).toFixed(1)} s)`);
        writeState();
        return true;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > timeoutMs) return false;
    await sleep(100);
  }
  return false;
}

function stopReplica(r, signal = 'SIGTERM') {
  if (!r.child) return Promise.resolve();
  const child = r.child;
  return new Promise((res) => {
    r.exited = res;
    child.kill(signal);
    const t = setTimeout(() => {
      say(`${r.name} did not stop within ${STOP_TIMEOUT_MS / 1000} s: SIGKILL`);
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    t.unref();
  });
}

/**
 * Stops the cluster when whatever started it is gone (killed with SIGKILL): an orphaned cluster would
 * hold its ports. `npm run` starts us through `sh -c`, which stays as our parent: then its parent
 * (npm) is watched too. Linux only (/proc); elsewhere nothing is watched.
 */
function watchParent() {
  const ppidOf = (pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return null;
    }
  };
  const parent = process.ppid;
  let grandparent = null;
  try {
    if (/^(sh|dash|bash)$/.test(readFileSync(`/proc/${parent}/comm`, 'utf8').trim())) grandparent = ppidOf(parent);
  } catch {
    return;
  }
  if (parent <= 1) return;
  setInterval(() => {
    if (stopping) return;
    if (process.ppid !== parent || (grandparent && grandparent > 1 && ppidOf(parent) !== grandparent)) void shutdown('the process that started the cluster is gone');
  }, 1_000).unref();
}

async function shutdown(signal) {
  if (stopping) {
    say(`${signal} again: killing the replicas`);
    for (const r of replicas) r.child?.kill('SIGKILL');
    process.exit(130);
  }
  stopping = true;
  say(`${signal}: stopping the proxy and ${replicas.filter((r) => r.child).length} replica(s) ...`);
  await proxy?.close().catch(() => undefined);
  await Promise.all(replicas.map((r) => stopReplica(r)));
  rmSync(stateFile, { force: true });
  say('stopped');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(sig));
  // Whoever reads our output may go away (a closed pipe): the cluster keeps running.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  watchParent();
  // A bug in the proxy must not take the replicas down: log it and carry on.
  process.on('uncaughtException', (err) => say(`unexpected error (the cluster keeps running): ${err?.stack ?? err}`));
  process.on('unhandledRejection', (err) => say(`unexpected rejection (the cluster keeps running): ${err?.stack ?? err}`));

  mkdirSync(dataDir, { recursive: true });
  await build();
  await checkRedis();
  await ensureDatabase();

  const ports = [];
  for (let i = 0; i < replicaCount; i++) ports.push(basePort === 0 ? await freePort() : basePort + i);
  for (const p of port ? [port, ...ports] : ports) {
    if (!(await portFree(p))) fail(`port ${p} is in use (another Kennislijn or an earlier cluster?). Stop it or set PORT / CLUSTER_BASE_PORT.`);
  }
  const secret = jwtSecret();

  say(`migrations on ${redact(databaseUrl)} ...`);
  const migrate = spawnSync(process.execPath, [CLI, 'migrate'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: secret, LOG_LEVEL: 'warn' }, encoding: 'utf8' });
  process.stdout.write((migrate.stdout ?? '').split('\n').filter(Boolean).map((l) => `[migrate] ${l}\n`).join(''));
  if (migrate.status !== 0) fail(`migrations failed:\n${migrate.stderr || migrate.stdout}`);

  proxy = createProxy({ upstreams: ports.map((p, i) => ({ name: `r${i + 1}`, host: '127.0.0.1', port: p })), log: (line) => {
      say(`proxy: ${line}`);
      writeState();
    },
  });
  const bound = await proxy.listen(port, host).catch((err) => fail(`the proxy cannot listen on ${host}:${port}: ${err.message}`));
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shown}:${bound}`;
  const publicUrl = process.env.PUBLIC_URL || url;

  for (let i = 0; i < replicaCount; i++) {
    const r = { index: i, name: `r${i + 1}`, port: ports[i], tail: [], restarts: 0, failures: 0, supervised: false, child: null };
    r.env = replicaEnv(r, secret, publicUrl);
    replicas.push(r);
  }
  writeState();
  // One after the other: the first applies anything left and seeds, the next find it done.
  for (const r of replicas) {
    say(`starting ${r.name} on 127.0.0.1:${r.port} ...`);
    spawnReplica(r);
    writeState();
    if (!(await watchReady(r))) {
      const why = r.lastExit ? `exited with ${r.lastExit.code ?? r.lastExit.signal}` : `not ready after ${READY_TIMEOUT_MS / 1000} s`;
      process.stderr.write(`[cluster] ${r.name} ${why}; its last lines:\n${r.tail.join('\n')}\n`);
      stopping = true;
      await proxy.close();
      await Promise.all(replicas.map((x) => stopReplica(x, 'SIGKILL')));
      rmSync(stateFile, { force: true });
      process.exit(1);
    }
    r.supervised = true;
  }
  writeState();
  say(`Kennislijn is klaar: ${url} (cluster: ${replicaCount} replica(s) on ${replicas.map((r) => `127.0.0.1:${r.port}`).join(', ')}; PostgreSQL ${redact(databaseUrl)}; Redis ${redact(redisUrl)})`);
  if (seedDemo) say('Demo accounts: docent@ onderzoeker@ professional@ student@ beleid@ gast@ demo.kennislijn.nl, password kennislijn-demo');
  say('Ctrl-C stops the cluster.');
}

await main();
