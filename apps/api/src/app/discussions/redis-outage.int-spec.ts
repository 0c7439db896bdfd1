import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { connectSocket, must, nextEvent, TestSocket } from '@kennislijn/api-testing';
import { SpawnedServer } from '../../test/spawn-server';
import { clusterDatabase, communitiesWithMembers, freePort, Members, startInstances } from '../../test/realtime-cluster';

/**
 * An API instance whose Redis goes away (stopped, restarted): it must neither crash (the socket.io
 * adapter publishes without waiting for an answer; a failed publish must not become an unhandled
 * rejection) nor answer with internal errors or hang (presence lives in Redis). Its own clients keep
 * getting messages live, and everything works again once Redis is back.
 * The instance gets a private redis-server, so the machine's Redis is never stopped.
 */

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const POST = `mutation Post($input: PostMessageInput!) { postMessage(input: $input) { id seq } }`;

function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const poll = async () => {
      const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        await probe.ping();
        resolve(child);
      } catch {
        if (Date.now() > deadline) reject(new Error('redis-server did not start'));
        else setTimeout(() => void poll(), 50);
      } finally {
        probe.disconnect();
      }
    };
    void poll();
  });
}

function stopRedis(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('an API instance while its Redis is down', () => {
  let redisPort: number;
  let redis: ChildProcess;
  let server: SpawnedServer;
  let members: Members;
  let socket: TestSocket;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    [server] = await startInstances(1, clusterDatabase(), { REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    members = await communitiesWithMembers(server.url, 2, 1);
    socket = await connectSocket(server.url, members.users[1].client.accessToken);
    const sub = await socket.timeout(5_000).emitWithAck('thread:subscribe', { threadId: members.threadIds[0], afterSeq: null });
    expect(sub.ok).toBe(true);
  }, 60_000);

  afterAll(async () => {
    socket?.close();
    await server?.stop('SIGTERM');
    if (redis) await stopRedis(redis);
  });

  it('keeps serving with clear answers, delivers to its own clients, and recovers when Redis is back', async () => {
    const threadId = members.threadIds[0];
    const [author] = members.users;
    await stopRedis(redis);

    // Writes go on (GraphQL), and this instance's own socket still gets them live.
    for (let i = 0; i < 3; i++) {
      const live = nextEvent(socket, 'message', (m) => m.threadId === threadId, 5_000);
      const posted = must(await author.client.gql<{ postMessage: { id: string } }>(POST, { input: { threadId, clientId: randomUUID(), body: `Bericht tijdens de storing, deel ${'abc'[i]}.` } }));
      const [message] = await live;
      expect(message.id).toBe(posted.postMessage.id);
    }
    // Presence lives in Redis: entering a community still works (showing at least yourself), quickly.
    const started = Date.now();
    const entered = await socket.timeout(5_000).emitWithAck('community:subscribe', { communityId: members.communityIds[0] });
    expect(entered).toMatchObject({ ok: true, people: expect.arrayContaining([expect.objectContaining({ id: members.users[1].id })]) });
    expect(Date.now() - started).toBeLessThan(4_000);

    // The adapter's failed publishes (after ioredis gives up on them) must not end the process.
    await sleep(4_000);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/MaxRetriesPerRequestError[\s\S]*Node\.js v/);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);

    redis = await startRedis(redisPort);
    await sleep(1_500);
    const live = nextEvent(socket, 'message', (m) => m.threadId === threadId, 5_000);
    must(await author.client.gql(POST, { input: { threadId, clientId: randomUUID(), body: 'Weer een bericht na de storing.' } }));
    await live;
    const again = await socket.timeout(5_000).emitWithAck('community:subscribe', { communityId: members.communityIds[0] });
    expect(again.ok).toBe(true);
    expect(server.child.exitCode).toBeNull();
  }, 60_000);
});
