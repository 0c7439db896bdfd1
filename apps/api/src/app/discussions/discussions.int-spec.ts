import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { buildCommunity, buildUser, BuiltUser, collect, connectSocket, errorCode, must, nextEvent, sleep, TestSocket } from '@kennislijn/api-testing';
import { RealtimeService } from '@kennislijn/api-realtime';
import { RealtimeMessage, roomOf } from '@kennislijn/shared-realtime';
import { startTestApp, TestApp } from '../../test/test-app';

const SECRET = 'discussions-test-secret-'.padEnd(40, 'x');
const THREAD = `query($kind: ThreadKind!, $id: ID!) { thread(kind: $kind, subjectId: $id) { id lastSeq lastReadSeq unreadCount viewerCan { post moderate } } }`;
const POST = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id seq eventSeq body bodyHtml author { displayName } viewerCan { edit delete reply report hide } } }`;
const HISTORY = `query($id: ID!, $before: Int) { threadMessages(threadId: $id, last: 50, beforeSeq: $before) { threadSeq hasMore nodes { id seq body deleted hidden } } }`;

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(25);
  }
}

function accessToken(user: BuiltUser): string {
  return user.client.accessToken as string;
}

describe('discussions: threads, messages and the socket', () => {
  let app: TestApp;
  let owner: BuiltUser;
  let member: BuiltUser;
  let outsider: BuiltUser;
  let community: { id: string; slug: string };
  let threadId: string;
  const sockets: TestSocket[] = [];
  const connect = async (user: BuiltUser | string | undefined) => {
    const socket = await connectSocket(app.url, typeof user === 'string' || user === undefined ? user : accessToken(user));
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await startTestApp({ jwtSecret: SECRET });
    [owner, member, outsider] = await Promise.all([
      buildUser(app.url, { displayName: 'Olga Eigenaar' }),
      buildUser(app.url, { displayName: 'Mo Lid' }),
      buildUser(app.url, { displayName: 'Bo Buiten' }),
    ]);
    community = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'OPEN' });
    await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [community.id, member.id]);
    threadId = must(await owner.client.gql<{ thread: { id: string } }>(THREAD, { kind: 'COMMUNITY', id: community.id })).thread.id;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app.close());

  async function newThread(): Promise<{ communityId: string; threadId: string }> {
    const c = await buildCommunity(owner.client, { visibility: 'PRIVATE' });
    await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [c.id, member.id]);
    const t = must(await owner.client.gql<{ thread: { id: string } }>(THREAD, { kind: 'COMMUNITY', id: c.id })).thread;
    return { communityId: c.id, threadId: t.id };
  }

  it('makes one thread per community and numbers messages in the order they were stored', async () => {
    const again = must(await member.client.gql<{ thread: { id: string; viewerCan: { post: boolean } } }>(THREAD, { kind: 'COMMUNITY', id: community.id })).thread;
    expect(again.id).toBe(threadId);
    expect(again.viewerCan.post).toBe(true);
    const { threadId: fresh } = await newThread();
    const posted = await Promise.all(
      Array.from({ length: 8 }, (_, i) => member.client.gql<{ postMessage: { seq: number } }>(POST, { input: { threadId: fresh, body: `Bericht ${i}` } })),
    );
    const seqs = posted.map((r) => must(r).postMessage.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const rows: { seq: number }[] = await app.dataSource.query(`SELECT seq FROM message WHERE thread_id = $1 ORDER BY seq`, [fresh]);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const [{ last_seq }] = await app.dataSource.query(`SELECT last_seq FROM discussion_thread WHERE id = $1`, [fresh]);
    expect(last_seq).toBe(8);
  });

  it('delivers a stored message live to subscribers, with sanitised Markdown, after it can be read back', async () => {
    const { threadId: t } = await newThread();
    const reader = await connect(member);
    const sub = await reader.emitWithAck('thread:subscribe', { threadId: t, afterSeq: 0 });
    expect(sub).toMatchObject({ ok: true, messages: [], threadSeq: 0 });
    let readBack: unknown = null;
    const seen = new Promise<RealtimeMessage>((resolve) =>
      reader.on('message', (m) => {
        // At the moment of delivery the message is already committed: another connection can read it.
        void owner.client.gql(HISTORY, { id: t }).then((r) => {
          readBack = r.data;
          resolve(m);
        });
      }),
    );
    const posted = must(await owner.client.gql<{ postMessage: { id: string; bodyHtml: string; viewerCan: Record<string, boolean> } }>(POST, { input: { threadId: t, body: 'Zie **dit** <script>alert(1)</script>' } })).postMessage;
    expect(posted.bodyHtml).toContain('<strong>dit</strong>');
    expect(posted.bodyHtml).not.toContain('<script>');
    expect(posted.viewerCan).toEqual({ edit: true, delete: true, reply: true, report: false, hide: true });
    const live = await seen;
    expect(live).toMatchObject({ id: posted.id, seq: 1, eventSeq: 1, author: { name: 'Olga Eigenaar' } });
    expect(JSON.stringify(readBack)).toContain(posted.id);
  });

  it('stores a retried send once and answers every copy with the stored message', async () => {
    const { threadId: t } = await newThread();
    const sender = await connect(member);
    const listener = await connect(owner);
    await listener.emitWithAck('thread:subscribe', { threadId: t });
    const received = collect(listener, 'message');
    const clientId = randomUUID();
    const payload = { threadId: t, clientId, body: 'Eén keer, ook al verstuur ik het vaak.' };
    const acks = await Promise.all([
      sender.emitWithAck('message:send', payload),
      sender.emitWithAck('message:send', payload),
      member.client.gql<{ postMessage: { id: string } }>(POST, { input: payload }),
    ]);
    const ids = new Set([acks[0].ok && acks[0].message.id, acks[1].ok && acks[1].message.id, must(acks[2]).postMessage.id]);
    expect(ids.size).toBe(1);
    const later = await sender.emitWithAck('message:send', payload);
    expect(later.ok && later.message.id).toBe([...ids][0]);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM message WHERE client_id = $1`, [clientId]);
    expect(n).toBe(1);
    await sleep(300);
    expect(received.map((m) => m.id)).toEqual([...ids]);
  });

  it('stores a burst from several senders together, in each sender\'s order, refusing only who may not post', async () => {
    const { threadId: t } = await newThread();
    const [a, b, stranger, reader] = await Promise.all([connect(member), connect(owner), connect(outsider), connect(owner)]);
    await reader.emitWithAck('thread:subscribe', { threadId: t });
    const single = collect(reader, 'message');
    const batches = collect(reader, 'messages');
    const twice = randomUUID();
    const sends = [
      ...Array.from({ length: 40 }, (_, i) => a.emitWithAck('message:send', { threadId: t, clientId: randomUUID(), body: `A${i}` })),
      ...Array.from({ length: 40 }, (_, i) => b.emitWithAck('message:send', { threadId: t, clientId: randomUUID(), body: `B${i}` })),
      stranger.emitWithAck('message:send', { threadId: t, clientId: randomUUID(), body: 'Mag ik meepraten?' }),
      a.emitWithAck('message:send', { threadId: t, clientId: twice, body: 'Dubbel' }),
      a.emitWithAck('message:send', { threadId: t, clientId: twice, body: 'Dubbel' }),
    ];
    const acks = await Promise.all(sends);
    expect(acks.filter((x) => x.ok)).toHaveLength(82);
    const refused = acks[80];
    expect(!refused.ok && refused.error.code).toBe('NOT_FOUND');
    const [d1, d2] = acks.slice(81);
    expect(d1.ok && d2.ok && d1.message.id === d2.message.id).toBe(true);
    const rows: { seq: number; body: string }[] = await app.dataSource.query(`SELECT seq, body FROM message WHERE thread_id = $1 ORDER BY seq`, [t]);
    expect(rows).toHaveLength(81);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
    const order = (prefix: string) => rows.filter((r) => r.body.startsWith(prefix) && r.body !== 'Dubbel').map((r) => Number(r.body.slice(1)));
    expect(order('A')).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(order('B')).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // Each acknowledgement carries the stored sequence number.
    const acked = new Map(acks.flatMap((x) => (x.ok ? [[x.message.body, x.message.seq] as const] : [])));
    for (const r of rows) expect(acked.get(r.body)).toBe(r.seq);
    // A reader gets each stored message once, in order; batches stored together come as one event.
    await sleep(300);
    const events = [...single.map((m) => ({ first: m.seq, list: [m] })), ...batches.map((list) => ({ first: list[0].seq, list }))].sort((x, y) => x.first - y.first);
    expect(events.flatMap((e) => e.list.map((m) => m.seq))).toEqual(rows.map((r) => r.seq));
    expect(batches.length).toBeGreaterThan(0);
  });

  it('replays everything a client missed after its last sequence number, edits and deletions included', async () => {
    const { threadId: t } = await newThread();
    const first = must(await owner.client.gql<{ postMessage: { id: string } }>(POST, { input: { threadId: t, body: 'Eerste' } })).postMessage;
    const second = must(await member.client.gql<{ postMessage: { id: string } }>(POST, { input: { threadId: t, body: 'Tweede' } })).postMessage;
    must(await owner.client.gql(`mutation($input: EditMessageInput!) { editMessage(input: $input) { editedAt } }`, { input: { id: first.id, body: 'Eerste, aangepast' } }));
    must(await member.client.gql(`mutation($id: ID!) { deleteMessage(id: $id) { deleted body } }`, { id: second.id }));
    must(await owner.client.gql(POST, { input: { threadId: t, body: 'Derde' } }));
    const reader = await connect(member);
    // The client had seen sequence 1 (the first message as originally posted).
    const replay = await reader.emitWithAck('thread:subscribe', { threadId: t, afterSeq: 1 });
    if (!replay.ok) throw new Error(replay.error.message);
    expect(replay.threadSeq).toBe(5);
    expect(replay.messages.map((m) => [m.seq, m.eventSeq, m.body, m.deleted])).toEqual([
      [1, 3, 'Eerste, aangepast', false],
      [2, 4, null, true],
      [5, 5, 'Derde', false],
    ]);
    // A deleted message's text is gone from the database, not just hidden.
    const [{ body }] = await app.dataSource.query(`SELECT body FROM message WHERE id = $1`, [second.id]);
    expect(body).toBe('');
    const page = must(await member.client.gql<{ threadChanges: { nodes: { seq: number }[]; threadSeq: number } }>(`query($id: ID!) { threadChanges(threadId: $id, afterSeq: 4) { threadSeq nodes { seq } } }`, { id: t })).threadChanges;
    expect(page).toEqual({ threadSeq: 5, nodes: [{ seq: 5 }] });
  });

  it('refuses client-identifying text over the socket and GraphQL and stores nothing', async () => {
    const { threadId: t } = await newThread();
    const sender = await connect(member);
    const ack = await sender.emitWithAck('message:send', { threadId: t, clientId: randomUUID(), body: 'Moeder heeft BSN 111222333 en belt 06-12345678' });
    expect(ack.ok).toBe(false);
    if (ack.ok) return;
    expect(ack.error.code).toBe('PRIVACY_FINDINGS');
    expect(ack.error.findings?.map((f) => f.kind).sort()).toEqual(['BSN', 'PHONE']);
    const overridden = await sender.emitWithAck('message:send', {
      threadId: t,
      clientId: randomUUID(),
      body: 'BSN 111222333',
      privacyOverrides: [{ kind: 'BSN', text: '111222333', reason: 'Is geen BSN' }],
    });
    expect(!overridden.ok && overridden.error.code).toBe('PRIVACY_FINDINGS');
    const viaGraphql = await member.client.gql(POST, { input: { threadId: t, body: 'Zijn BSN is 111222333' } });
    expect(errorCode(viaGraphql)).toBe('PRIVACY_FINDINGS');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM message WHERE thread_id = $1`, [t]);
    expect(n).toBe(0);
    const [{ hits }] = await app.dataSource.query(`SELECT count(*)::int AS hits FROM message WHERE body LIKE '%111222333%'`);
    expect(hits).toBe(0);
    const empty = await sender.emitWithAck('message:send', { threadId: t, clientId: randomUUID(), body: '   ' });
    expect(!empty.ok && empty.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body', message: 'Dit veld is verplicht.' }] });
  });

  it('refuses a handshake without a valid token, tells an expiring socket, and closes it unless it renews', async () => {
    await expect(connectSocket(app.url, undefined)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    await expect(connectSocket(app.url, 'not-a-token')).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    const expired = sign({ sub: member.id, role: 'USER', typ: 'access' }, SECRET, { algorithm: 'HS256', issuer: 'kennislijn', expiresIn: -10 });
    await expect(connectSocket(app.url, expired)).rejects.toMatchObject({ data: { code: 'TOKEN_EXPIRED' } });
    const shortLived = () => sign({ sub: member.id, role: 'USER', typ: 'access' }, SECRET, { algorithm: 'HS256', issuer: 'kennislijn', expiresIn: 2 });
    const lazy = await connect(shortLived());
    const renewing = await connect(shortLived());
    renewing.on('auth:expired', () => {
      void renewing.emitWithAck('auth:renew', { token: accessToken(member) });
    });
    const someoneElse = await renewing.emitWithAck('auth:renew', { token: accessToken(owner) });
    expect(someoneElse.ok).toBe(false);
    await nextEvent(lazy, 'auth:expired', () => true, 4000);
    await new Promise<void>((resolve) => lazy.once('disconnect', () => resolve()));
    expect(renewing.connected).toBe(true);
  }, 20_000);

  it('lets only readers join a private thread, and closes the rooms of someone removed', async () => {
    const { communityId, threadId: t } = await newThread();
    const stranger = await connect(outsider);
    const denied = await stranger.emitWithAck('thread:subscribe', { threadId: t, afterSeq: 0 });
    expect(!denied.ok && denied.error.code).toBe('NOT_FOUND');
    const deniedCommunity = await stranger.emitWithAck('community:subscribe', { communityId });
    expect(!deniedCommunity.ok && deniedCommunity.error.code).toBe('NOT_FOUND');
    const made = await stranger.emitWithAck('thread:subscribe', { threadId: randomUUID() });
    expect(!made.ok && made.error.code).toBe('NOT_FOUND');
    const strangerGot = collect(stranger, 'message');

    const reader = await connect(member);
    expect((await reader.emitWithAck('thread:subscribe', { threadId: t })).ok).toBe(true);
    const readerGot = collect(reader, 'message');
    must(await owner.client.gql(POST, { input: { threadId: t, body: 'Voor de leden' } }));
    await sleep(200);
    expect(readerGot.map((m) => m.body)).toEqual(['Voor de leden']);

    const closed = nextEvent(reader, 'room:closed', (p) => p.room === roomOf.thread(t));
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { removeMember(communityId: $c, userId: $u) }`, { c: communityId, u: member.id }));
    await closed;
    must(await owner.client.gql(POST, { input: { threadId: t, body: 'Na het vertrek' } }));
    await sleep(300);
    expect(readerGot.map((m) => m.body)).toEqual(['Voor de leden']);
    expect(strangerGot).toEqual([]);
    const again = await reader.emitWithAck('thread:subscribe', { threadId: t });
    expect(!again.ok && again.error.code).toBe('NOT_FOUND');
  });

  it('emits nothing for a write that rolls back', async () => {
    const { threadId: t } = await newThread();
    const reader = await connect(member);
    await reader.emitWithAck('thread:subscribe', { threadId: t });
    const got = collect(reader, 'thread:activity');
    const realtime = app.get(RealtimeService);
    await expect(
      app.dataSource.transaction(async (m) => {
        realtime.emit(m, roomOf.thread(t), 'thread:activity', { threadId: t, communityId: 'rolled-back', threadSeq: 99, authorId: member.id });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await app.dataSource.transaction(async (m) => {
      realtime.emit(m, roomOf.thread(t), 'thread:activity', { threadId: t, communityId: 'committed', threadSeq: 1, authorId: member.id });
      await sleep(100);
      // Still inside the transaction: nothing has left yet.
      expect(got).toEqual([]);
    });
    await sleep(200);
    expect(got.map((a) => a.communityId)).toEqual(['committed']);
  });

  it('shows who is present without flicker on a reload, and who is typing', async () => {
    const { communityId, threadId: t } = await newThread();
    const a = await connect(owner);
    const first = await a.emitWithAck('community:subscribe', { communityId });
    expect(first.ok && first.people.map((p) => p.name)).toEqual(['Olga Eigenaar']);
    const presence = collect(a, 'presence');
    let b = await connect(member);
    await b.emitWithAck('community:subscribe', { communityId });
    await until(() => presence.some((p) => p.people.length === 2));
    // A reload: the old socket goes, a new one comes within the grace period.
    b.close();
    await sleep(300);
    b = await connect(member);
    const back = await b.emitWithAck('community:subscribe', { communityId });
    expect(back.ok && back.people.map((p) => p.name).sort()).toEqual(['Mo Lid', 'Olga Eigenaar']);
    await sleep(5600);
    const sinceJoin = presence.slice(presence.findIndex((p) => p.people.length === 2));
    expect(sinceJoin.every((p) => p.people.some((x) => x.name === 'Mo Lid'))).toBe(true);

    await a.emitWithAck('thread:subscribe', { threadId: t });
    await b.emitWithAck('thread:subscribe', { threadId: t });
    const typing = nextEvent(a, 'typing');
    const ownTyping = collect(b, 'typing');
    b.emit('typing', { threadId: t });
    const [event] = await typing;
    expect(event).toEqual({ threadId: t, person: { id: member.id, name: 'Mo Lid' } });
    // Gone for good: after the grace period the others see it.
    b.close();
    await nextEvent(a, 'presence', (p) => p.room === roomOf.community(communityId) && p.people.length === 1, 8000);
    expect(ownTyping).toEqual([]);
  }, 25_000);

  it('notifies mentioned members and the person replied to, live, and counts unread messages per thread', async () => {
    const { communityId, threadId: t } = await newThread();
    const bell = await connect(member);
    const note = nextEvent(bell, 'notification', (n) => n.type === 'MENTIONED');
    const mention = must(
      await owner.client.gql<{ postMessage: { id: string } }>(POST, { input: { threadId: t, body: '@Mo Lid wat denk jij?', mentionIds: [member.id, outsider.id] } }),
    ).postMessage;
    await note;
    const [{ mention_ids }] = await app.dataSource.query(`SELECT mention_ids FROM message WHERE id = $1`, [mention.id]);
    expect(mention_ids).toEqual([member.id]);
    const reply = nextEvent(await connect(owner), 'notification', (n) => n.type === 'REPLIED');
    must(await member.client.gql(POST, { input: { threadId: t, body: 'Goede vraag, ik kijk het na.', replyToId: mention.id } }));
    await reply;
    const notes = must(await member.client.gql<{ notifications: { edges: { node: { type: string; title: string; link: string } }[] } }>(`{ notifications(first: 5) { edges { node { type title link } } } }`)).notifications.edges.map((e) => e.node);
    expect(notes[0]).toMatchObject({ type: 'MENTIONED', title: expect.stringContaining('Olga Eigenaar noemde je'), link: expect.stringContaining(`#bericht-${mention.id}`) });
    // Once the message is deleted, the notification no longer quotes it (bell, digest, export).
    must(await owner.client.gql(`mutation($id: ID!) { deleteMessage(id: $id) { deleted } }`, { id: mention.id }));
    const [{ data: noteData }] = await app.dataSource.query(`SELECT data FROM notification WHERE user_id = $1 AND type = 'MENTIONED'`, [member.id]);
    expect(noteData.excerpt).toBeUndefined();
    expect(JSON.stringify(noteData)).not.toContain('wat denk jij');
    const outsiderNotes = must(await outsider.client.gql<{ notifications: { edges: unknown[] } }>(`{ notifications(first: 5) { edges { node { type } } } }`)).notifications.edges;
    expect(outsiderNotes).toEqual([]);

    for (const body of ['Een', 'Twee', 'Drie']) must(await owner.client.gql(POST, { input: { threadId: t, body } }));
    const state = must(await member.client.gql<{ thread: { lastSeq: number; unreadCount: number } }>(THREAD, { kind: 'COMMUNITY', id: communityId })).thread;
    // Three new by others; the deleted mention no longer counts.
    expect(state.unreadCount).toBe(3);
    const unread = must(await member.client.gql<{ unreadThreads: { id: string; unreadCount: number }[] }>(`query($c: ID) { unreadThreads(communityId: $c) { id unreadCount } }`, { c: communityId })).unreadThreads;
    expect(unread).toEqual([{ id: t, unreadCount: 3 }]);
    must(await member.client.gql(`mutation($t: ID!, $s: Int!) { markThreadRead(threadId: $t, seq: $s) }`, { t, s: state.lastSeq }));
    const after = must(await member.client.gql<{ thread: { unreadCount: number; lastReadSeq: number } }>(THREAD, { kind: 'COMMUNITY', id: communityId })).thread;
    expect(after).toMatchObject({ unreadCount: 0, lastReadSeq: state.lastSeq });
  });

  it('does not take a mentioned member\'s name for a client\'s', async () => {
    const { communityId, threadId: t } = await newThread();
    const sanne = await buildUser(app.url, { displayName: 'Sanne de Vries' });
    await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [communityId, sanne.id]);
    const body = 'Vraag aan @Sanne de Vries: hoe pakte mevrouw de Vries dit aan?';
    const unmentioned = await owner.client.gql(POST, { input: { threadId: t, body: 'Moeder Sanne de Vries belde vandaag.' } });
    expect(errorCode(unmentioned)).toBe('PRIVACY_FINDINGS');
    // The mention itself passes; a client's name elsewhere in the same text is still found.
    const flagged = await owner.client.gql<unknown>(POST, { input: { threadId: t, body, mentionIds: [sanne.id] } });
    expect(errorCode(flagged)).toBe('PRIVACY_FINDINGS');
    const findings = (flagged.errors?.[0]?.extensions?.['findings'] ?? []) as { text: string; start: number }[];
    expect(findings.every((f) => f.start > body.indexOf(':'))).toBe(true);
    must(await owner.client.gql(POST, { input: { threadId: t, body: '@Sanne de Vries wat denk jij?', mentionIds: [sanne.id] } }));
  });

  it('lets moderators hide a message: readers get the change live, without its text', async () => {
    const { threadId: t } = await newThread();
    const reader = await connect(member);
    await reader.emitWithAck('thread:subscribe', { threadId: t });
    const posted = must(await member.client.gql<{ postMessage: { id: string } }>(POST, { input: { threadId: t, body: 'Iets wat weg moet' } })).postMessage;
    const hiddenEvent = nextEvent(reader, 'message', (m) => m.id === posted.id && m.hidden);
    must(await owner.client.gql(`mutation($id: ID!) { hideContent(type: MESSAGE, id: $id, reason: "Niet passend") { hidden } }`, { id: posted.id }));
    const [hidden] = await hiddenEvent;
    expect(hidden).toMatchObject({ body: null, bodyHtml: null, hidden: true, eventSeq: 2 });
    const history = must(await member.client.gql<{ threadMessages: { nodes: { body: string | null; hidden: boolean }[] } }>(HISTORY, { id: t })).threadMessages.nodes;
    expect(history).toEqual([{ id: posted.id, seq: 1, body: null, deleted: false, hidden: true }]);
    const restoredEvent = nextEvent(reader, 'message', (m) => m.id === posted.id && !m.hidden);
    must(await owner.client.gql(`mutation($id: ID!) { restoreContent(type: MESSAGE, id: $id) { hidden } }`, { id: posted.id }));
    const [restored] = await restoredEvent;
    expect(restored).toMatchObject({ body: 'Iets wat weg moet', eventSeq: 3 });
  });

  it('gives a case its own thread, closed when the case is hidden', async () => {
    const kase = await app.dataSource.query(
      `INSERT INTO community_case (community_id, author_id, title, context, dilemma, collaboration_form_id)
       SELECT $1, $2, 'Doelen lopen uiteen', 'Context zonder namen.', 'Hoe nu verder?', id FROM collaboration_form WHERE code = 'MULTIPLE' RETURNING id`,
      [community.id, member.id],
    );
    const caseId = kase[0].id as string;
    const thread = must(await member.client.gql<{ thread: { id: string; viewerCan: { post: boolean } } }>(THREAD, { kind: 'CASE', id: caseId })).thread;
    expect(thread.viewerCan.post).toBe(true);
    expect(errorCode(await outsider.client.gql(THREAD, { kind: 'CASE', id: caseId }))).toBe('NOT_FOUND');
    // Structured responses stay on the case; readers of its thread hear of them live.
    const reader = await connect(owner);
    await reader.emitWithAck('thread:subscribe', { threadId: thread.id });
    const changed = nextEvent(reader, 'subject:changed');
    must(await member.client.gql(`mutation($input: RespondInput!) { respondToCase(input: $input) { id } }`, { input: { caseId, body: 'Een aanvulling vanuit de praktijk.' } }));
    expect((await changed)[0]).toEqual({ threadId: thread.id, kind: 'CASE', subjectId: caseId });
    // Hidden by a moderator: members are let go of its room at once; moderators stay.
    const memberSocket = await connect(member);
    await memberSocket.emitWithAck('thread:subscribe', { threadId: thread.id });
    const closed = nextEvent(memberSocket, 'room:closed', (p) => p.room === roomOf.thread(thread.id));
    const memberGot = collect(memberSocket, 'message');
    must(await owner.client.gql(`mutation($id: ID!) { hideContent(type: CASE, id: $id, reason: "Te herkenbaar") { hidden } }`, { id: caseId }));
    await closed;
    must(await owner.client.gql(POST, { input: { threadId: thread.id, body: 'Alleen voor moderatoren' } }));
    await sleep(200);
    expect(memberGot).toEqual([]);
    expect(errorCode(await member.client.gql(THREAD, { kind: 'CASE', id: caseId }))).toBe('NOT_FOUND');
    expect(errorCode(await member.client.gql(POST, { input: { threadId: thread.id, body: 'Nog iets?' } }))).toBe('NOT_FOUND');
    expect(must(await owner.client.gql<{ thread: { id: string } }>(THREAD, { kind: 'CASE', id: caseId })).thread.id).toBe(thread.id);
  });
});
