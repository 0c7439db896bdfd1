import { randomUUID } from 'node:crypto';
import { collect, connectSocket, must, nextEvent } from '@kennislijn/api-testing';
import { SpawnedServer } from '../../test/spawn-server';
import { SendResult, SyncedClient, ThreadView } from '../../test/realtime-client';
import { ClusterDatabase, clusterDatabase, communitiesWithMembers, forgetPresence, Members, startInstances, storedThreads } from '../../test/realtime-cluster';

/**
 * Two API processes (the built server) on one database, joined by Redis (socket.io adapter and
 * presence), as a scaled-out deployment runs. Clients use ThreadSync exactly as the web app does.
 *
 * Both test runs use the run's own database: on the embedded run the two processes share the
 * worker's PGlite through pglite-socket, one connection each (see clusterDatabase). That works,
 * also when one process is SIGKILLed in the middle of a transaction: pglite-socket rolls back the
 * transaction of a connection that closes, and the other process carries on.
 * Threads and communities are new per test file, so the shared Redis (one adapter channel for
 * every API process on the machine) cannot mix these events with those of other tests.
 */

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => boolean, timeoutMs: number, detail: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail() ? `: ${detail()}` : ''}`);
    await sleep(25);
  }
}

function entry<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`nothing for ${String(key)}`);
  return value;
}

const POST = `mutation Post($input: PostMessageInput!) { postMessage(input: $input) { id seq clientId } }`;

describe('real time across two API instances (Redis adapter)', () => {
  let db: ClusterDatabase;
  let servers: SpawnedServer[] = [];
  let members: Members;
  const clients: SyncedClient[] = [];

  beforeAll(async () => {
    db = clusterDatabase();
    servers = await startInstances(2, db);
    members = await communitiesWithMembers(servers[0].url, 8, 3);
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    if (members) await forgetPresence(members.threadIds, members.communityIds);
  });

  it('delivers what is posted through instance 1 (socket and GraphQL) to a client of instance 2, in order, exactly once', async () => {
    const [one, two] = servers;
    const threadId = members.threadIds[0];
    const sender = new SyncedClient('sender@1', [one.url], members.users[1].client.accessToken as string, [threadId]);
    const reader = new SyncedClient('reader@2', [two.url], members.users[2].client.accessToken as string, [threadId]);
    const local = new SyncedClient('reader@1', [one.url], members.users[3].client.accessToken as string, [threadId]);
    clients.push(sender, reader, local);
    await Promise.all([sender.start(), reader.start(), local.start()]);

    const acked: { id: string; seq: number }[] = [];
    for (let i = 0; i < 12; i++) {
      if (i % 3 === 2) {
        // GraphQL on instance 1, sent twice with one clientId: stored and delivered once.
        const input = { threadId, clientId: randomUUID(), body: `GraphQL-bericht ${i}` };
        const first = must(await members.users[4].client.gql<{ postMessage: { id: string; seq: number } }>(POST, { input }));
        const again = must(await members.users[4].client.gql<{ postMessage: { id: string; seq: number } }>(POST, { input }));
        expect(again.postMessage.id).toBe(first.postMessage.id);
        acked.push(first.postMessage);
      } else {
        const sent = await sender.send(threadId, `Socketbericht ${i}`);
        acked.push({ id: sent.message.id, seq: sent.message.seq });
      }
    }
    const last = acked[acked.length - 1].seq;
    const view = (c: SyncedClient) => entry(c.threads, threadId);
    await until('both readers to reach the last message', () => view(reader).sync.lastSeq >= last && view(local).sync.lastSeq >= last, 10_000, () => `reader@2 at ${view(reader).sync.lastSeq}, reader@1 at ${view(local).sync.lastSeq}, want ${last}`);

    const stored = entry(await storedThreads(db, [threadId]), threadId);
    expect(stored.messages.map((m) => m.seq)).toEqual(stored.messages.map((_, i) => i + 1));
    expect(stored.messages.map((m) => m.id)).toEqual(acked.map((a) => a.id));
    for (const c of [reader, local]) {
      // Live events alone, across the instances: each message once, in order, no gap to replay.
      expect(view(c).liveSeqs).toEqual(stored.messages.map((m) => m.seq));
      expect(view(c).gaps).toBe(0);
      expect(view(c).delivered.map((m) => m.id)).toEqual(stored.messages.map((m) => m.id));
    }
  }, 40_000);

  it('shows presence and typing across instances, and who left once the grace period is over', async () => {
    const [one, two] = servers;
    const communityId = members.communityIds[2];
    const threadId = members.threadIds[2];
    const [u5, u6] = [members.users[5], members.users[6]];
    const a = await connectSocket(one.url, u5.client.accessToken);
    const b = await connectSocket(two.url, u6.client.accessToken);
    try {
      const seen = collect(a, 'presence');
      const first = await a.emitWithAck('community:subscribe', { communityId });
      expect(first.ok && first.people.map((p) => p.id)).toEqual([u5.id]);
      // Instance 2 reads the presence instance 1 wrote (Redis), and instance 1's client hears the change.
      const second = await b.emitWithAck('community:subscribe', { communityId });
      expect(second.ok && second.people.map((p) => p.id).sort()).toEqual([u5.id, u6.id].sort());
      await until('instance 1 to hear of the person on instance 2', () => seen.some((p) => p.people.some((x) => x.id === u6.id)), 5_000);
      await a.emitWithAck('thread:subscribe', { threadId });
      await b.emitWithAck('thread:subscribe', { threadId });
      const typing = nextEvent(a, 'typing');
      b.emit('typing', { threadId });
      expect((await typing)[0]).toMatchObject({ threadId, person: { id: u6.id } });
      b.close();
      const latest = () => seen.filter((p) => p.room === `community:${communityId}`).at(-1);
      await until('the person who left to drop out of presence', () => !!latest() && !latest()?.people.some((x) => x.id === u6.id), 10_000);
    } finally {
      a.close();
      b.close();
    }
  }, 30_000);

  it('keeps every client exactly in step with the database through dropped connections and a killed instance', async () => {
    const [one, two] = servers;
    const { threadIds, users } = members;
    const SOAK_MS = 8_000;
    const KILL_AT_MS = 3_500;
    const CLIENTS = 24;
    const SENDERS = 6;

    // 24 clients, alternately homed on instance 1 and 2 (each knows both URLs and fails over);
    // each follows two or three of the threads.
    const soak: SyncedClient[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const urls = i % 2 === 0 ? [one.url, two.url] : [two.url, one.url];
      const follows = i % 3 === 0 ? threadIds : threadIds.filter((_, t) => t !== i % threadIds.length);
      soak.push(new SyncedClient(`client${i}@${(i % 2) + 1}`, urls, users[i % users.length].client.accessToken as string, follows));
    }
    clients.push(...soak);
    // Six at a time: every subscribe (three threads each) costs the database several queries.
    for (let i = 0; i < soak.length; i += 6) await Promise.all(soak.slice(i, i + 6).map((c) => c.start()));
    const before = await storedThreads(db, threadIds);

    const started = Date.now();
    const acks: SendResult[] = [];
    const attempted = new Set<string>();
    const inFlight = new Map<SyncedClient, number>();
    let stop = false;

    // Senders: bursts of concurrent sends to a random thread, then a pause (well under 100 sends per 5 s per socket).
    const senders = soak.slice(0, SENDERS).map(async (client, s) => {
      let n = 0;
      while (!stop) {
        const threadId = threadIds[Math.floor(Math.random() * threadIds.length)];
        const burst = 3 + Math.floor(Math.random() * 5);
        inFlight.set(client, (inFlight.get(client) ?? 0) + burst);
        const sent = await Promise.all(
          [...Array(burst)].map(() =>
            client.send(threadId, `Soak: zender ${s + 1}, bericht ${++n}`, (id) => attempted.add(id)).finally(() => inFlight.set(client, (inFlight.get(client) ?? 1) - 1)),
          ),
        );
        acks.push(...sent);
        await sleep(300 + Math.floor(Math.random() * 300));
      }
    });
    // Sends waiting for an acknowledgement from instance 2.
    const inFlightOnTwo = () => [...inFlight].reduce((sum, [c, n]) => sum + (c.url === two.url && c.connected ? n : 0), 0);

    // Chaos: drop a random client every 250 ms for 100-700 ms; kill instance 2 with SIGKILL mid-burst.
    let drops = 0;
    let killedWithInFlight = 0;
    const chaos = (async () => {
      let killed = false;
      while (Date.now() - started < SOAK_MS) {
        if (!killed && Date.now() - started >= KILL_AT_MS) {
          // Mid-burst: while sends through instance 2 await their acknowledgement (up to a second).
          const deadline = Date.now() + 1000;
          while (inFlightOnTwo() === 0 && Date.now() < deadline) await sleep(2);
          killedWithInFlight = inFlightOnTwo();
          killed = true;
          two.child.kill('SIGKILL');
        }
        const victim = soak[Math.floor(Math.random() * soak.length)];
        victim.drop();
        drops++;
        setTimeout(() => victim.restore(), 100 + Math.floor(Math.random() * 600));
        await sleep(250);
      }
    })();
    await chaos;
    await sleep(700);
    for (const c of soak) c.restore();
    stop = true;
    await Promise.all(senders);

    const closing = new Set<string>();
    // One last message per thread: a client that missed only the tail notices the gap (as a real client would on the next message).
    for (const threadId of threadIds) {
      const clientId = randomUUID();
      attempted.add(clientId);
      closing.add(clientId);
      must(await users[0].client.gql(POST, { input: { threadId, clientId, body: 'Einde van de soak.' } }));
    }

    const stored = await storedThreads(db, threadIds);
    await until(
      'every client to catch up with the database',
      () => soak.every((c) => c.caughtUp() && [...c.threads].every(([id, v]) => v.sync.lastSeq === entry(stored, id).lastSeq)),
      15_000,
      () =>
        soak
          .filter((c) => [...c.threads].some(([id, v]) => v.sync.lastSeq !== entry(stored, id).lastSeq))
          .map((c) => `${c.name} ${[...c.threads].map(([id, v]) => `${v.sync.lastSeq}/${entry(stored, id).lastSeq}`).join(',')} [${c.events.slice(-3).join('; ')}]`)
          .join(' | '),
    );

    // The database: per thread, seq 1..n without a hole, and last_seq = n.
    for (const [, t] of stored) {
      expect(t.messages.map((m) => m.seq)).toEqual(t.messages.map((_, i) => i + 1));
      expect(t.lastSeq).toBe(t.messages.length);
    }
    // Every client, every thread it follows: exactly the database's messages, each once, in seq order.
    for (const c of soak) {
      for (const [threadId, view] of c.threads) {
        const want = entry(stored, threadId).messages.map((m) => m.id);
        expect({ client: c.name, thread: threadId, delivered: view.delivered.map((m) => m.id) }).toEqual({ client: c.name, thread: threadId, delivered: want });
        expect({ client: c.name, synced: view.sync.messages.map((m) => m.id) }).toEqual({ client: c.name, synced: want });
        // Not asserted: `appliedAgain` (applyLive says 'applied' for a message a replay already
        // brought) happens when a replay's rows run past its threadSeq; harmless for a UI that
        // renders sync.messages (as the web app does). It is counted in the summary line.
      }
    }
    // Every acknowledged send is stored exactly once, as acknowledged; no clientId twice at all.
    const byClientId = new Map<string, { id: string; seq: number }[]>();
    for (const [, t] of stored) for (const m of t.messages) if (m.client_id) byClientId.set(m.client_id, [...(byClientId.get(m.client_id) ?? []), m]);
    for (const [clientId, rows] of byClientId) expect({ clientId, copies: rows.length }).toEqual({ clientId, copies: 1 });
    for (const a of acks) {
      expect(byClientId.get(a.clientId)?.map((m) => m.id)).toEqual([a.message.id]);
    }
    // Everything stored during the soak was sent here (some sends without an ack that arrived).
    const ackedIds = new Set(acks.map((a) => a.clientId));
    const soakRows = [...stored].flatMap(([id, t]) => t.messages.filter((m) => m.seq > entry(before, id).lastSeq));
    const strays = soakRows.filter((m) => !m.client_id || !attempted.has(m.client_id));
    expect(strays).toEqual([]);
    // Every send is retried until acknowledged, so all of them are.
    expect(soakRows.filter((m) => m.client_id && !ackedIds.has(m.client_id) && !closing.has(m.client_id))).toEqual([]);
    // Retries answered with the copy an earlier attempt had stored (its ack was lost).
    const deduplicated = acks.filter((a) => a.attempts > 1 && Date.parse(a.message.createdAt) < a.sentAt).length;

    // Instance 2 is gone: every client ended on instance 1.
    expect(soak.map((c) => c.url)).toEqual(soak.map(() => one.url));
    expect(await two.stop()).toBeNull();

    const total = (f: (v: ThreadView) => number) => soak.reduce((sum, c) => sum + [...c.threads.values()].reduce((s, v) => s + f(v), 0), 0);
    process.stdout.write(
      `[realtime soak, ${db.kind}] ${acks.length} acknowledged sends (${acks.filter((a) => a.attempts > 1).length} retried, ${deduplicated} of them answered with the copy an earlier attempt stored; ${killedWithInFlight} in flight on instance 2 when killed) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s; ${[...stored.values()].map((t) => t.lastSeq).join('/')} messages per thread; ` +
        `${drops} drops, ${soak.reduce((s, c) => s + c.failovers, 0)} failovers, ${soak.reduce((s, c) => s + c.connects, 0)} connects; ` +
        `live events ${total((v) => v.liveEvents)} (duplicates ${total((v) => v.liveDuplicates)}, gaps ${total((v) => v.gaps)}, 'applied' again ${total((v) => v.appliedAgain)}), replays ${total((v) => v.replays)}, rate-limited ${soak.reduce((s, c) => s + c.rateLimited, 0)}\n`,
    );
  }, 55_000);
});
