import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { buildCommunity, buildUser, BuiltUser, must } from '@kennislijn/api-testing';
import { spawnServer, SpawnedServer } from './spawn-server';

export const REDIS_URL = process.env['KL_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface ClusterDatabase {
  url: string;
  kind: 'postgres' | 'embedded';
}

/**
 * The run's database (libs/api/testing/src/global-setup.ts) for this Jest worker. On the embedded
 * run that is the worker's PGlite behind pglite-socket, which several API processes can share:
 * pglite-socket 0.2.17 queues queries per connection, keeps a transaction's connection exclusive
 * until it ends, and rolls back the open transaction of a connection that goes away (a SIGKILLed
 * API process). Each process then holds one connection (DB_POOL_SIZE=1, as EMBEDDED_POOL_SIZE).
 */
export function clusterDatabase(): ClusterDatabase {
  const url = process.env[`DATABASE_URL_WORKER_${process.env['JEST_WORKER_ID'] ?? '1'}`] ?? process.env['DATABASE_URL'];
  if (!url) throw new Error('No test database: run the integration tests through jest (global setup).');
  return { url, kind: process.env['KL_TEST_DATABASE_KIND'] === 'embedded' ? 'embedded' : 'postgres' };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `count` API processes (the built server) on their own loopback ports against one database,
 * sharing Redis (socket.io adapter, presence) and a JWT secret, so a token from one works on all.
 */
export async function startInstances(count: number, db: ClusterDatabase, env: NodeJS.ProcessEnv = {}): Promise<SpawnedServer[]> {
  const secret = randomBytes(32).toString('hex');
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const started = await Promise.allSettled(
    ports.map((port) =>
      spawnServer({
        PORT: String(port),
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: db.url,
        DB_POOL_SIZE: db.kind === 'embedded' ? '1' : '4',
        DATA_DIR: 'memory://',
        SEED_DEMO: 'false',
        JWT_SECRET: secret,
        REDIS_URL,
        ...env,
      }),
    ),
  );
  const servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    throw failed.reason;
  }
  return servers;
}

export interface Members {
  users: BuiltUser[];
  communityIds: string[];
  threadIds: string[];
}

/** `users` accounts; the first creates `communities` open communities, the others join them all; one thread each. */
export async function communitiesWithMembers(url: string, users: number, communities: number): Promise<Members> {
  const built: BuiltUser[] = [];
  // Registration hashes a password (argon2): two at a time.
  for (let i = 0; i < users; i += 2) {
    built.push(...(await Promise.all([...Array(Math.min(2, users - i))].map((_, k) => buildUser(url, { displayName: `Realtime Persoon ${i + k + 1}` })))));
  }
  const communityIds: string[] = [];
  const threadIds: string[] = [];
  for (let c = 0; c < communities; c++) {
    const community = await buildCommunity(built[0].client);
    communityIds.push(community.id);
    await Promise.all(built.slice(1).map(async (u) => must(await u.client.gql(`mutation Join($id: ID!) { joinCommunity(id: $id) { id } }`, { id: community.id }))));
    const thread = must(await built[0].client.gql<{ thread: { id: string } }>(`query T($id: ID!) { thread(kind: COMMUNITY, subjectId: $id) { id } }`, { id: community.id }));
    threadIds.push(thread.thread.id);
  }
  return { users: built, communityIds, threadIds };
}

export interface StoredMessage {
  id: string;
  seq: number;
  event_seq: number;
  client_id: string | null;
  author_id: string;
}

/** The messages of each thread as the database holds them, in seq order, and each thread's last_seq. */
export async function storedThreads(db: ClusterDatabase, threadIds: string[]): Promise<Map<string, { lastSeq: number; messages: StoredMessage[] }>> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const out = new Map<string, { lastSeq: number; messages: StoredMessage[] }>();
    for (const id of threadIds) {
      const { rows } = await client.query<StoredMessage>(`SELECT id, seq, event_seq, client_id, author_id FROM message WHERE thread_id = $1 ORDER BY seq`, [id]);
      const thread = await client.query<{ last_seq: number }>(`SELECT last_seq FROM discussion_thread WHERE id = $1`, [id]);
      out.set(id, { lastSeq: Number(thread.rows[0].last_seq), messages: rows.map((r) => ({ ...r, seq: Number(r.seq), event_seq: Number(r.event_seq) })) });
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Removes the presence hashes of these rooms from Redis (the API leaves them behind; ids are unique per test anyway). */
export async function forgetPresence(threadIds: string[], communityIds: string[]): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = [...threadIds.map((id) => `kl:presence:thread:${id}`), ...communityIds.map((id) => `kl:presence:community:${id}`)];
    if (keys.length) await redis.del(...keys);
  } catch {
    // Best effort.
  } finally {
    redis.disconnect();
  }
}
