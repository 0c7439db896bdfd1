import { randomUUID } from 'node:crypto';
import { buildCommunity, buildUser, BuiltUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

type FeedNode = { id: string; type: string; pinned: boolean; hidden: boolean; hiddenReason: string | null; actor: { displayName: string } | null; post: { id: string; body: string; bodyHtml: string } | null };
type Feed = { community: { feed: { edges: { cursor: string; node: FeedNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }; pinnedItems: { id: string }[] } };

const FEED = `query($id: ID, $first: Int, $after: String) { community(id: $id) {
  feed(first: $first, after: $after) { edges { cursor node { id type pinned hidden hiddenReason actor { displayName } post { id body bodyHtml } } } pageInfo { hasNextPage endCursor } }
  pinnedItems { id } } }`;
const POST = `mutation($c: ID!, $body: String!, $clientId: ID) { createPost(communityId: $c, body: $body, clientId: $clientId) { id post { id } } }`;

describe('community feed, moderation and audit log', () => {
  let app: TestApp;
  let owner: BuiltUser;
  let mod: BuiltUser;
  let member: BuiltUser;
  let other: BuiltUser;
  let communityId: string;

  beforeAll(async () => {
    app = await startTestApp();
    [owner, mod, member, other] = await Promise.all([
      buildUser(app.url, { displayName: 'Olga Eigenaar' }),
      buildUser(app.url, { displayName: 'Mo Moderator' }),
      buildUser(app.url, { displayName: 'Mia Lid' }),
      buildUser(app.url, { displayName: 'Otto Lid' }),
    ]);
    communityId = (await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'INVITE' })).id;
    for (const u of [mod, member, other]) {
      const { token } = must(await owner.client.gql<{ createInvitation: { token: string } }>(`mutation($c: ID!) { createInvitation(communityId: $c) { token } }`, { c: communityId })).createInvitation;
      must(await u.client.gql(`mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`, { t: token }));
    }
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: communityId, u: mod.id }));
  });
  afterAll(() => app.close());

  it('pages the feed newest first by keyset without gaps or repeats, while new items arrive', async () => {
    const bodies = Array.from({ length: 7 }, (_, i) => `Bericht ${i + 1}`);
    for (const body of bodies) must(await member.client.gql(POST, { c: communityId, body }));
    const seen: string[] = [];
    let after: string | null = null;
    let first = true;
    for (;;) {
      const page: Feed = must(await member.client.gql<Feed>(FEED, { id: communityId, first: 3, after }));
      seen.push(...page.community.feed.edges.map((e) => e.node.post?.body ?? e.node.type));
      // A post arriving while someone pages must not shift what the next page returns.
      if (first) must(await other.client.gql(POST, { c: communityId, body: 'Tussendoor' }));
      first = false;
      if (!page.community.feed.pageInfo.hasNextPage) break;
      after = page.community.feed.pageInfo.endCursor;
    }
    expect(seen.slice(0, 7)).toEqual([...bodies].reverse());
    expect(seen).not.toContain('Tussendoor');
    expect(seen.filter((s) => s === 'MEMBER_JOINED')).toHaveLength(3);
    expect(seen[seen.length - 1]).toBe('COMMUNITY_CREATED');
    expect(new Set(seen).size).toBe(seen.length - 2); // three MEMBER_JOINED lines are the only repeats of a label
  });

  it('stores a retried post once (same clientId) and renders it sanitised', async () => {
    const clientId = randomUUID();
    const body = 'Zie **dit** <script>x()</script>';
    const [a, b] = await Promise.all([member.client.gql<{ createPost: { id: string } }>(POST, { c: communityId, body, clientId }), member.client.gql<{ createPost: { id: string } }>(POST, { c: communityId, body, clientId })]);
    expect(must(a).createPost.id).toBe(must(b).createPost.id);
    const again = must(await member.client.gql<{ createPost: { id: string } }>(POST, { c: communityId, body, clientId }));
    expect(again.createPost.id).toBe(must(a).createPost.id);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM community_post WHERE client_id = $1`, [clientId])).toEqual([{ n: 1 }]);
    const feed = must(await member.client.gql<Feed>(FEED, { id: communityId, first: 1 }));
    expect(feed.community.feed.edges[0].node.post?.bodyHtml).toBe('<p>Zie <strong>dit</strong> &lt;script&gt;x()&lt;/script&gt;</p>\n');
    expect(errorCode(await member.client.gql(POST, { c: communityId, body: '   ' }))).toBe('BAD_USER_INPUT');
    // The privacy guard: a BSN is refused outright, a false positive can be overridden with a reason (recorded).
    const bsn = await member.client.gql(POST, { c: communityId, body: 'Zijn nummer is 111222333, kan iemand helpen?' });
    expect(errorCode(bsn)).toBe('PRIVACY_FINDINGS');
    expect(bsn.errors?.[0].extensions?.['findings']).toEqual([expect.objectContaining({ field: 'body', kind: 'BSN', start: 15, end: 24, overridable: false })]);
    const overrideBsn = `mutation($c: ID!, $o: [PrivacyOverrideInput!]) { createPost(communityId: $c, body: "Zijn nummer is 111222333", privacyOverrides: $o) { id } }`;
    expect(errorCode(await member.client.gql(overrideBsn, { c: communityId, o: [{ kind: 'BSN', text: '111222333', reason: 'Is geen BSN' }] }))).toBe('PRIVACY_FINDINGS');
    expect(await app.dataSource.query(`SELECT 1 FROM community_post WHERE body LIKE '%111222333%'`)).toEqual([]);
    const phone = 'Bel het algemene nummer 020-1234567 van het wijkteam.';
    expect(errorCode(await member.client.gql(POST, { c: communityId, body: phone }))).toBe('PRIVACY_FINDINGS');
    const withOverride = await member.client.gql<{ createPost: { post: { id: string } } }>(
      `mutation($c: ID!, $body: String!, $o: [PrivacyOverrideInput!]) { createPost(communityId: $c, body: $body, privacyOverrides: $o) { post { id } } }`,
      { c: communityId, body: phone, o: [{ kind: 'PHONE', text: '020-1234567', reason: 'Algemeen nummer van het wijkteam' }] },
    );
    const postId = must(withOverride).createPost.post.id;
    expect(await app.dataSource.query(`SELECT kind, reason FROM privacy_override WHERE subject_type = 'POST' AND subject_id = $1`, [postId])).toEqual([{ kind: 'PHONE', reason: 'Algemeen nummer van het wijkteam' }]);
    expect(errorCode(await member.client.gql(POST, { c: communityId, body: 'x'.repeat(5001) }))).toBe('BAD_USER_INPUT');
  });

  it('report → queue → hide with a reason shown to the author → restore, all in the audit log; moderators are notified', async () => {
    const item = must(await member.client.gql<{ createPost: { id: string; post: { id: string } } }>(POST, { c: communityId, body: 'Die school doet het altijd fout…' })).createPost;
    const postId = item.post.id;
    expect(must(await other.client.gql<{ reportContent: boolean }>(`mutation($id: ID!) { reportContent(type: POST, id: $id, reason: "Onaardig over een school") }`, { id: postId })).reportContent).toBe(true);
    // Reporting twice does not fill the queue twice.
    must(await other.client.gql(`mutation($id: ID!) { reportContent(type: POST, id: $id, reason: "Onaardig over een school") }`, { id: postId }));
    const modBell = must(await mod.client.gql<{ notifications: { edges: { node: { type: string } }[] } }>(`{ notifications(first: 1) { edges { node { type } } } }`));
    expect(modBell.notifications.edges[0].node.type).toBe('CONTENT_REPORTED');

    type Queue = { community: { reports: { totalCount: number; edges: { node: { id: string; reason: string; reporter: { displayName: string }; content: { id: string; excerpt: string; hidden: boolean; author: { displayName: string } } } }[] } } };
    const queue = must(await mod.client.gql<Queue>(`query($id: ID) { community(id: $id) { reports { totalCount edges { node { id reason reporter { displayName } content { id excerpt hidden author { displayName } } } } } } }`, { id: communityId }));
    expect(queue.community.reports.totalCount).toBe(1);
    expect(queue.community.reports.edges[0].node).toMatchObject({ reason: 'Onaardig over een school', reporter: { displayName: 'Otto Lid' }, content: { id: postId, excerpt: 'Die school doet het altijd fout…', hidden: false, author: { displayName: 'Mia Lid' } } });

    const hidden = must(await mod.client.gql<{ hideContent: { hidden: boolean; hiddenReason: string } }>(`mutation($id: ID!) { hideContent(type: POST, id: $id, reason: "Niet respectvol") { hidden hiddenReason } }`, { id: postId }));
    expect(hidden.hideContent).toEqual({ hidden: true, hiddenReason: 'Niet respectvol' });
    const find = async (client: TestClient) => must(await client.gql<Feed>(FEED, { id: communityId, first: 20 })).community.feed.edges.find((e) => e.node.post?.id === postId)?.node;
    expect(await find(other.client)).toBeUndefined();
    expect(await find(member.client)).toMatchObject({ hidden: true, hiddenReason: 'Niet respectvol' });
    expect(await find(mod.client)).toMatchObject({ hidden: true, hiddenReason: 'Niet respectvol' });
    const authorBell = must(await member.client.gql<{ notifications: { edges: { node: { type: string; body: string } }[] } }>(`{ notifications(first: 1) { edges { node { type body } } } }`));
    expect(authorBell.notifications.edges[0].node).toEqual({ type: 'CONTENT_HIDDEN', body: 'Niet respectvol' });
    expect(must(await mod.client.gql<Queue>(`query($id: ID) { community(id: $id) { reports { totalCount edges { node { id } } } } }`, { id: communityId })).community.reports.totalCount).toBe(0);

    must(await mod.client.gql(`mutation($id: ID!) { restoreContent(type: POST, id: $id) { hidden } }`, { id: postId }));
    expect(await find(other.client)).toMatchObject({ hidden: false, hiddenReason: null });

    type Log = { community: { auditLog: { edges: { node: { action: string; summary: string; reason: string | null; actor: { displayName: string }; target: { displayName: string } | null } }[] } } };
    const log = must(await owner.client.gql<Log>(`query($id: ID) { community(id: $id) { auditLog(first: 10) { edges { node { action summary reason actor { displayName } target { displayName } } } } } }`, { id: communityId }));
    const [restored, hid, reported] = log.community.auditLog.edges.map((e) => e.node);
    expect(restored).toMatchObject({ action: 'CONTENT_RESTORED', actor: { displayName: 'Mo Moderator' }, summary: 'Mo Moderator herstelde een bijdrage van Mia Lid' });
    expect(hid).toMatchObject({ action: 'CONTENT_HIDDEN', reason: 'Niet respectvol', target: { displayName: 'Mia Lid' } });
    expect(reported).toMatchObject({ action: 'CONTENT_REPORTED', reason: 'Onaardig over een school', actor: { displayName: 'Otto Lid' } });
    const en = new TestClient(app.url, 'en');
    en.accessToken = owner.client.accessToken;
    const logEn = must(await en.gql<Log>(`query($id: ID) { community(id: $id) { auditLog(first: 1) { edges { node { action summary reason actor { displayName } target { displayName } } } } } }`, { id: communityId }));
    expect(logEn.community.auditLog.edges[0].node.summary).toBe('Mo Moderator restored a contribution by Mia Lid');
  });

  it('dismisses a report without hiding, and moderators pin items shown on top', async () => {
    const item = must(await member.client.gql<{ createPost: { id: string; post: { id: string } } }>(POST, { c: communityId, body: 'Welkom bij de sessie van donderdag' })).createPost;
    must(await other.client.gql(`mutation($id: ID!) { reportContent(type: POST, id: $id, reason: "Dubbel gepost") }`, { id: item.post.id }));
    const [{ id: reportId }] = await app.dataSource.query(`SELECT id FROM content_report WHERE content_id = $1`, [item.post.id]);
    expect(must(await mod.client.gql<{ dismissReport: { status: string } }>(`mutation($id: ID!) { dismissReport(id: $id) { status } }`, { id: reportId })).dismissReport.status).toBe('DISMISSED');
    must(await mod.client.gql(`mutation($id: ID!) { pinFeedItem(id: $id) { pinned } }`, { id: item.id }));
    expect(must(await other.client.gql<Feed>(FEED, { id: communityId, first: 1 })).community.pinnedItems.map((p) => p.id)).toEqual([item.id]);
    expect(errorCode(await member.client.gql(`mutation($id: ID!) { pinFeedItem(id: $id) { pinned } }`, { id: item.id }))).toBe('FORBIDDEN');
    const actions = (await app.dataSource.query(`SELECT action FROM audit_entry WHERE community_id = $1 ORDER BY created_at DESC, id DESC LIMIT 2`, [communityId])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['ITEM_PINNED', 'REPORT_DISMISSED']);
  });

  it('logs membership actions with who, what, when and why', async () => {
    const c = await buildCommunity(owner.client, { joinPolicy: 'REQUEST' });
    const req = must(await member.client.gql<{ requestToJoin: { id: string } }>(`mutation($id: ID!) { requestToJoin(id: $id, message: "graag") { id } }`, { id: c.id })).requestToJoin;
    must(await owner.client.gql(`mutation($id: ID!) { decideJoinRequest(id: $id, approve: true, message: "Welkom") { status } }`, { id: req.id }));
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: c.id, u: member.id }));
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: "Test van het logboek") { reason } }`, { c: c.id, u: member.id }));
    const log = must(await owner.client.gql<{ community: { auditLog: { edges: { node: { action: string; summary: string; reason: string | null; createdAt: string } }[] } } }>(
      `query($id: ID) { community(id: $id) { auditLog { edges { node { action summary reason createdAt } } } } }`,
      { id: c.id },
    ));
    const nodes = log.community.auditLog.edges.map((e) => e.node);
    expect(nodes.map((n) => n.action)).toEqual(['MEMBER_BANNED', 'ROLE_CHANGED', 'JOIN_APPROVED', 'JOIN_REQUESTED', 'COMMUNITY_CREATED']);
    expect(nodes[0]).toMatchObject({ summary: 'Olga Eigenaar sloot Mia Lid uit', reason: 'Test van het logboek' });
    expect(nodes[1].summary).toBe('Olga Eigenaar maakte Mia Lid moderator');
    expect(nodes[2]).toMatchObject({ summary: 'Olga Eigenaar liet Mia Lid toe', reason: 'Welkom' });
    expect(Date.parse(nodes[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });
});
