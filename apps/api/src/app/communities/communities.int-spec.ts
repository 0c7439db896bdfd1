import { buildCommunity, buildUser, BuiltUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

// Communities end to end through the API: create, discover, join, request, invite, roles, ban, feed.
describe('communities', () => {
  let app: TestApp;
  let owner: BuiltUser;
  let alice: BuiltUser;
  let bob: BuiltUser;
  beforeAll(async () => {
    app = await startTestApp();
    [owner, alice, bob] = await Promise.all([
      buildUser(app.url, { displayName: 'Olga Eigenaar', role: 'LECTURER' }),
      buildUser(app.url, { displayName: 'Alice Lid', role: 'PROFESSIONAL' }),
      buildUser(app.url, { displayName: 'Bob Buiten', role: 'RESEARCHER' }),
    ]);
  });
  afterAll(() => app.close());

  const COMMUNITY = `query C($slug: String, $id: ID) { community(slug: $slug, id: $id) {
    id slug name descriptionHtml guidelinesHtml tags memberCount viewerRole viewerStatus
    researchThemes { code name }
    viewerCan { read edit archive join requestToJoin leave post moderate invite createRequestLink readMembers readAuditLog report }
  } }`;

  it('creates a community with its creator as owner, renders Markdown sanitised, and links research themes as rows', async () => {
    const c = await buildCommunity(owner.client, {
      name: 'Wijkteams Noord',
      description: 'Samen **leren** <script>alert(1)</script> [link](javascript:alert(1))',
      guidelines: '# Regels\n\nWees <img src=x onerror=alert(1)> respectvol.',
      tags: ['Jeugd', 'jeugd', ' wijkteam '],
      researchThemeCodes: ['TASK_ALLIANCE', 'multiple_alliances'],
    });
    const data = must(await owner.client.gql<{ community: Record<string, unknown> & { viewerCan: Record<string, boolean>; researchThemes: { code: string; name: string }[] } }>(COMMUNITY, { slug: c.slug }));
    expect(data.community.viewerRole).toBe('OWNER');
    expect(data.community.memberCount).toBe(1);
    expect(data.community.tags).toEqual(['jeugd', 'wijkteam']);
    expect(data.community.researchThemes.map((t) => t.code)).toEqual(['TASK_ALLIANCE', 'MULTIPLE_ALLIANCES']);
    expect(data.community.researchThemes[0].name).toBe('De taakalliantie');
    expect(data.community.descriptionHtml).toContain('<strong>leren</strong>');
    // Raw HTML is shown as text, never as elements; javascript: links are not made.
    expect(data.community.descriptionHtml).toContain('&lt;script&gt;');
    expect(data.community.descriptionHtml).not.toMatch(/<script|href="javascript/);
    expect(data.community.guidelinesHtml).toContain('<h2>Regels</h2>');
    expect(data.community.guidelinesHtml).not.toMatch(/<img/);
    expect(data.community.viewerCan).toMatchObject({ edit: true, archive: true, invite: true, moderate: true, join: false, leave: true });
  });

  it('refuses bad input with per-field messages in Dutch and English, and a taken slug with CONFLICT', async () => {
    const input = { name: 'X', slug: 'Niet Goed!', visibility: 'PUBLIC', joinPolicy: 'OPEN', researchThemeCodes: [] };
    const res = await owner.client.gql(`mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }`, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.['fields'] as { field: string; message: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Vul minstens 3 tekens in.' },
        { field: 'slug', message: 'Gebruik alleen kleine letters, cijfers en streepjes (3 tot 60 tekens).' },
      ]),
    );
    const en = await new TestClient(app.url, 'en');
    en.accessToken = owner.client.accessToken;
    const themeRes = await en.gql(`mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }`, {
      input: { name: 'Goede naam', slug: `goed-${Date.now()}`, visibility: 'PUBLIC', joinPolicy: 'OPEN', researchThemeCodes: ['ONBEKEND'] },
    });
    expect(themeRes.errors?.[0].extensions?.['fields']).toEqual([{ field: 'researchThemeCodes', message: 'Choose themes from the research agenda.' }]);
    const existing = await buildCommunity(owner.client);
    const dup = await owner.client.gql(`mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }`, {
      input: { name: 'Dubbel', slug: existing.slug, visibility: 'PUBLIC', joinPolicy: 'OPEN' },
    });
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.errors?.[0].extensions?.['fields']).toEqual([{ field: 'slug', message: 'Dit webadres is al in gebruik. Kies een ander.' }]);
    expect(await app.dataSource.query(`SELECT 1 FROM community WHERE name = 'Dubbel'`)).toHaveLength(0);
    const reserved = await owner.client.gql(`mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }`, {
      input: { name: 'Nieuw', slug: 'nieuw', visibility: 'PUBLIC', joinPolicy: 'OPEN' },
    });
    expect(reserved.errors?.[0].extensions?.['fields']).toEqual([{ field: 'slug', message: 'Dit webadres is gereserveerd. Kies een ander.' }]);
  });

  it('discovers by name, tag and theme, counts only what the viewer may see, and pages by keyset', async () => {
    const marker = `zoek${Date.now()}`;
    const pub = await buildCommunity(owner.client, { name: `Openbaar ${marker}`, tags: [marker], researchThemeCodes: ['LIVING_PROCESS'] });
    const priv = await buildCommunity(owner.client, { name: `Besloten ${marker}`, visibility: 'PRIVATE', joinPolicy: 'REQUEST', tags: [marker], researchThemeCodes: ['LIVING_PROCESS'] });
    const q = `query($search: String, $tag: String, $theme: String, $first: Int, $after: String) {
      communities(search: $search, tag: $tag, theme: $theme, first: $first, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }`;
    type Conn = { communities: { totalCount: number; edges: { node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const slugs = (d: Conn) => d.communities.edges.map((e) => e.node.slug);
    for (const vars of [{ search: marker }, { tag: marker }, { search: marker, theme: 'LIVING_PROCESS' }]) {
      const asOwner = must(await owner.client.gql<Conn>(q, vars));
      expect(slugs(asOwner).sort()).toEqual([pub.slug, priv.slug].sort());
      expect(asOwner.communities.totalCount).toBe(2);
      for (const outsider of [bob.client, new TestClient(app.url)]) {
        const seen = must(await outsider.gql<Conn>(q, vars));
        expect(slugs(seen)).toEqual([pub.slug]);
        expect(seen.communities.totalCount).toBe(1);
      }
    }
    const first = must(await owner.client.gql<Conn>(q, { search: marker, first: 1 }));
    expect(first.communities.pageInfo.hasNextPage).toBe(true);
    const second = must(await owner.client.gql<Conn>(q, { search: marker, first: 1, after: first.communities.pageInfo.endCursor }));
    expect([...slugs(first), ...slugs(second)]).toEqual([priv.slug, pub.slug]);
    expect(second.communities.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await owner.client.gql(q, { search: marker, after: 'rommel' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await owner.client.gql(q, { first: 1000 }))).toBe('BAD_USER_INPUT');
  });

  it('hides a private community completely from non-members: by id, slug, list, feed, members and counts', async () => {
    const priv = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'REQUEST' });
    must(await owner.client.gql(`mutation($id: ID!, $body: String!) { createPost(communityId: $id, body: $body) { id } }`, { id: priv.id, body: 'Geheim bericht' }));
    for (const outsider of [bob.client, new TestClient(app.url)]) {
      for (const vars of [{ slug: priv.slug }, { id: priv.id }]) {
        const res = await outsider.gql(`query($slug: String, $id: ID) { community(slug: $slug, id: $id) { name feed { edges { node { id } } } memberCount } }`, vars);
        expect(errorCode(res)).toBe('NOT_FOUND');
        expect(JSON.stringify(res)).not.toContain(priv.name);
        expect(JSON.stringify(res)).not.toContain('Geheim');
      }
      const list = must(await outsider.gql<{ communities: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ communities(first: 100) { totalCount edges { node { id } } } }`));
      expect(list.communities.edges.map((e) => e.node.id)).not.toContain(priv.id);
      // Writing to it is as impossible as reading it, and says nothing more.
      expect(errorCode(await outsider.gql(`mutation($id: ID!) { createPost(communityId: $id, body: "hallo") { id } }`, { id: priv.id }))).toBe(
        outsider === bob.client ? 'NOT_FOUND' : 'UNAUTHENTICATED',
      );
    }
    // A made-up id is the same NOT_FOUND as a private one.
    expect(errorCode(await bob.client.gql(`{ community(id: "00000000-0000-0000-0000-000000000000") { id } }`))).toBe('NOT_FOUND');
    expect(errorCode(await bob.client.gql(`{ community(id: "geen-uuid") { id } }`))).toBe('NOT_FOUND');
  });

  it('lets people join an open community and leave it, and keeps at least one owner', async () => {
    const c = await buildCommunity(owner.client, { joinPolicy: 'OPEN' });
    const joined = must(await alice.client.gql<{ joinCommunity: { viewerRole: string; memberCount: number } }>(`mutation($id: ID!) { joinCommunity(id: $id) { viewerRole memberCount } }`, { id: c.id }));
    expect(joined.joinCommunity).toEqual({ viewerRole: 'MEMBER', memberCount: 2 });
    expect(errorCode(await alice.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }))).toBe('FORBIDDEN');
    const last = await owner.client.gql(`mutation($id: ID!) { leaveCommunity(id: $id) }`, { id: c.id });
    expect(errorCode(last)).toBe('CONFLICT');
    expect(last.errors?.[0].message).toBe('Er moet altijd minstens één eigenaar zijn. Maak eerst iemand anders eigenaar.');
    expect(errorCode(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MEMBER) { role } }`, { c: c.id, u: owner.id }))).toBe('CONFLICT');
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: OWNER) { role } }`, { c: c.id, u: alice.id }));
    must(await owner.client.gql(`mutation($id: ID!) { leaveCommunity(id: $id) }`, { id: c.id }));
    const after = must(await alice.client.gql<{ community: { memberCount: number; viewerRole: string } }>(COMMUNITY, { id: c.id }));
    expect(after.community).toMatchObject({ memberCount: 1, viewerRole: 'OWNER' });
  });

  it('handles join requests: moderators are notified, approve or decline with a message, the requester is notified', async () => {
    const c = await buildCommunity(owner.client, { visibility: 'PUBLIC', joinPolicy: 'REQUEST' });
    const ask = `mutation($id: ID!, $m: String) { requestToJoin(id: $id, message: $m) { id status message } }`;
    const req = must(await alice.client.gql<{ requestToJoin: { id: string; status: string } }>(ask, { id: c.id, m: 'Ik werk in de gezinszorg.' })).requestToJoin;
    expect(req.status).toBe('PENDING');
    // A retry returns the same open request instead of a second one.
    expect(must(await alice.client.gql<{ requestToJoin: { id: string } }>(ask, { id: c.id })).requestToJoin.id).toBe(req.id);
    const mine = must(await alice.client.gql<{ community: { viewerStatus: string; viewerJoinRequest: { id: string; message: string } } }>(
      `query($id: ID) { community(id: $id) { viewerStatus viewerJoinRequest { id message } } }`,
      { id: c.id },
    ));
    expect(mine.community).toEqual({ viewerStatus: 'PENDING', viewerJoinRequest: { id: req.id, message: 'Ik werk in de gezinszorg.' } });
    expect(errorCode(await alice.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }))).toBe('FORBIDDEN');

    const bell = must(await owner.client.gql<{ notifications: { unreadCount: number; edges: { node: { id: string; type: string; title: string; body: string; link: string } }[] } }>(
      `{ notifications(first: 5) { unreadCount edges { node { id type title body link } } } }`,
    ));
    const note = bell.notifications.edges.find((e) => e.node.type === 'JOIN_REQUESTED')!.node;
    expect(note.title).toBe(`Alice Lid wil lid worden van ${c.name}`);
    expect(note.body).toBe('Ik werk in de gezinszorg.');
    expect(note.link).toBe(`/gemeenschappen/${c.slug}?tab=moderatie`);
    const queue = must(await owner.client.gql<{ community: { joinRequests: { id: string; person: { displayName: string; role: string } }[] } }>(
      `query($id: ID) { community(id: $id) { joinRequests { id person { displayName role } } } }`,
      { id: c.id },
    ));
    expect(queue.community.joinRequests).toEqual([{ id: req.id, person: { displayName: 'Alice Lid', role: 'PROFESSIONAL' } }]);
    expect(errorCode(await alice.client.gql(`query($id: ID) { community(id: $id) { joinRequests { id } } }`, { id: c.id }))).toBe('FORBIDDEN');

    const decided = must(await owner.client.gql<{ decideJoinRequest: { status: string; decisionMessage: string; decidedBy: { displayName: string } } }>(
      `mutation($id: ID!) { decideJoinRequest(id: $id, approve: true, message: "Welkom!") { status decisionMessage decidedBy { displayName } } }`,
      { id: req.id },
    ));
    expect(decided.decideJoinRequest).toEqual({ status: 'APPROVED', decisionMessage: 'Welkom!', decidedBy: { displayName: 'Olga Eigenaar' } });
    expect(errorCode(await owner.client.gql(`mutation($id: ID!) { decideJoinRequest(id: $id, approve: false) { status } }`, { id: req.id }))).toBe('CONFLICT');
    expect(must(await alice.client.gql<{ community: { viewerRole: string } }>(COMMUNITY, { id: c.id })).community.viewerRole).toBe('MEMBER');
    const aliceBell = must(await alice.client.gql<{ unreadNotificationCount: number; notifications: { edges: { node: { id: string; title: string; body: string } }[] } }>(
      `{ unreadNotificationCount notifications(first: 1) { edges { node { id title body } } } }`,
    ));
    expect(aliceBell.notifications.edges[0].node).toMatchObject({ title: `Je bent toegelaten tot ${c.name}`, body: 'Welkom!' });
    expect(aliceBell.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    must(await alice.client.gql(`mutation { markAllNotificationsRead }`));
    expect(must(await alice.client.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(0);

    // Declining: Bob asks, is declined, is told so, and is still outside.
    const bobReq = must(await bob.client.gql<{ requestToJoin: { id: string } }>(ask, { id: c.id })).requestToJoin;
    must(await owner.client.gql(`mutation($id: ID!) { decideJoinRequest(id: $id, approve: false, message: "Nu even niet") { status } }`, { id: bobReq.id }));
    const bobNote = must(await bob.client.gql<{ notifications: { edges: { node: { type: string; body: string } }[] } }>(`{ notifications(first: 1) { edges { node { type body } } } }`));
    expect(bobNote.notifications.edges[0].node).toEqual({ type: 'JOIN_DECLINED', body: 'Nu even niet' });
    expect(must(await bob.client.gql<{ community: { viewerStatus: string } }>(COMMUNITY, { id: c.id })).community.viewerStatus).toBe('NONE');

    // A request sent twice at once (double click, retry) is stored once.
    const carol = await buildUser(app.url);
    const twice = await Promise.all([1, 2].map(() => carol.client.gql<{ requestToJoin: { id: string } }>(ask, { id: c.id })));
    expect(must(twice[0]).requestToJoin.id).toBe(must(twice[1]).requestToJoin.id);
  });

  it('finds a private community only through a request link, and the request is decided as usual', async () => {
    const c = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'REQUEST', description: 'Over **gezinnen**' });
    const link = must(await owner.client.gql<{ createInvitation: { token: string; url: string; invitation: { mode: string } } }>(
      `mutation($c: ID!) { createInvitation(communityId: $c, mode: REQUEST, expiresInDays: 3) { token url invitation { mode } } }`,
      { c: c.id },
    )).createInvitation;
    expect(link.url).toMatch(new RegExp(`/uitnodiging/${link.token}$`));
    const anonymous = must(await new TestClient(app.url).gql<{ invitation: { communityName: string; communityDescriptionHtml: string; mode: string; viewerStatus: string } }>(
      `query($t: String!) { invitation(token: $t) { communityName communityDescriptionHtml mode viewerStatus } }`,
      { t: link.token },
    ));
    expect(anonymous.invitation).toEqual({ communityName: c.name, communityDescriptionHtml: '<p>Over <strong>gezinnen</strong></p>\n', mode: 'REQUEST', viewerStatus: 'NONE' });
    const accepted = must(await bob.client.gql<{ acceptInvitation: { outcome: string; communitySlug: string } }>(
      `mutation($t: String!) { acceptInvitation(token: $t, message: "Graag!") { outcome communitySlug } }`,
      { t: link.token },
    ));
    expect(accepted.acceptInvitation).toEqual({ outcome: 'REQUESTED', communitySlug: c.slug });
    // Still invisible until a moderator admits him.
    expect(errorCode(await bob.client.gql(COMMUNITY, { id: c.id }))).toBe('NOT_FOUND');
    const [{ id: requestId }] = await app.dataSource.query(`SELECT id FROM join_request WHERE community_id = $1 AND user_id = $2`, [c.id, bob.id]);
    must(await owner.client.gql(`mutation($id: ID!) { decideJoinRequest(id: $id, approve: true) { status } }`, { id: requestId }));
    expect(must(await bob.client.gql<{ community: { viewerRole: string } }>(COMMUNITY, { id: c.id })).community.viewerRole).toBe('MEMBER');
    expect(errorCode(await bob.client.gql(`query($t: String!) { invitation(token: $t) { mode } }`, { t: 'x'.repeat(32) }))).toBe('NOT_FOUND');
  });

  it('invite links admit directly until they expire or are revoked; e-mail invitations go to the mailbox and fit one address', async () => {
    const c = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'INVITE' });
    const create = `mutation($c: ID!, $email: String) { createInvitation(communityId: $c, mode: JOIN, email: $email, expiresInDays: 7) { token url invitation { id email } } }`;
    const link = must(await owner.client.gql<{ createInvitation: { token: string; invitation: { id: string } } }>(create, { c: c.id })).createInvitation;
    const accept = `mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`;
    expect(must(await alice.client.gql<{ acceptInvitation: { outcome: string } }>(accept, { t: link.token })).acceptInvitation.outcome).toBe('JOINED');
    expect(must(await alice.client.gql<{ acceptInvitation: { outcome: string } }>(accept, { t: link.token })).acceptInvitation.outcome).toBe('ALREADY_MEMBER');
    must(await owner.client.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`, { id: link.invitation.id }));
    const revoked = await bob.client.gql(accept, { t: link.token });
    expect(errorCode(revoked)).toBe('NOT_FOUND');
    expect(revoked.errors?.[0].message).toBe('Deze uitnodiging is verlopen, ingetrokken of al gebruikt.');

    const expired = must(await owner.client.gql<{ createInvitation: { token: string; invitation: { id: string } } }>(create, { c: c.id })).createInvitation;
    await app.dataSource.query(`UPDATE community_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
    expect(errorCode(await bob.client.gql(accept, { t: expired.token }))).toBe('NOT_FOUND');

    const mailed = must(await owner.client.gql<{ createInvitation: { token: string; url: string; invitation: { email: string } } }>(create, { c: c.id, email: ` ${bob.email.toUpperCase()} ` })).createInvitation;
    expect(mailed.invitation.email).toBe(bob.email);
    const box = must(await new TestClient(app.url).gql<{ devMailbox: { to: string; subject: string; text: string }[] }>(`{ devMailbox(first: 20) { to subject text } }`));
    const mail = box.devMailbox.find((m) => m.to === bob.email)!;
    expect(mail.subject).toBe(`Uitnodiging voor ${c.name} op Kennislijn`);
    expect(mail.text).toContain(mailed.url);
    expect(mail.text).toContain('Olga Eigenaar');
    // Someone else holding the mail's link cannot use it.
    const carol = await buildUser(app.url);
    expect(errorCode(await carol.client.gql(accept, { t: mailed.token }))).toBe('FORBIDDEN');
    expect(must(await bob.client.gql<{ acceptInvitation: { outcome: string } }>(accept, { t: mailed.token })).acceptInvitation.outcome).toBe('JOINED');
    // Single use.
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { removeMember(communityId: $c, userId: $u) }`, { c: c.id, u: bob.id }));
    expect(errorCode(await bob.client.gql(accept, { t: mailed.token }))).toBe('NOT_FOUND');
    expect(errorCode(await owner.client.gql(create, { c: c.id, email: 'geen-adres' }))).toBe('BAD_USER_INPUT');
  });

  it('bans: the member is removed, cannot rejoin or use a link, and can be unbanned; roles guard who may ban whom', async () => {
    const c = await buildCommunity(owner.client, { joinPolicy: 'OPEN' });
    const mod = await buildUser(app.url, { displayName: 'Mo Moderator' });
    for (const u of [alice, mod]) must(await u.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }));
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: c.id, u: mod.id }));
    expect(errorCode(await mod.client.gql(`mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: "nee") { reason } }`, { c: c.id, u: owner.id }))).toBe('FORBIDDEN');
    expect(errorCode(await mod.client.gql(`mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: "") { reason } }`, { c: c.id, u: alice.id }))).toBe('BAD_USER_INPUT');
    const ban = must(await mod.client.gql<{ banMember: { reason: string; person: { displayName: string }; bannedBy: { displayName: string } } }>(
      `mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: "Herhaaldelijk cliëntgegevens gedeeld") { reason person { displayName } bannedBy { displayName } } }`,
      { c: c.id, u: alice.id },
    ));
    type Dir = { community: { members: { edges: { node: { person: { displayName: string }; viewerCan: { setRole: boolean; remove: boolean; ban: boolean } } }[] } } };
    const dir = must(await mod.client.gql<Dir>(`query($id: ID) { community(id: $id) { members { edges { node { person { displayName } viewerCan { setRole remove ban } } } } } }`, { id: c.id }));
    const canOn = (name: string) => dir.community.members.edges.find((e) => e.node.person.displayName === name)?.node.viewerCan;
    expect(canOn('Olga Eigenaar')).toEqual({ setRole: false, remove: false, ban: false });
    expect(canOn('Mo Moderator')).toEqual({ setRole: false, remove: false, ban: false });
    expect(ban.banMember).toEqual({ reason: 'Herhaaldelijk cliëntgegevens gedeeld', person: { displayName: 'Alice Lid' }, bannedBy: { displayName: 'Mo Moderator' } });
    const status = must(await alice.client.gql<{ community: { viewerStatus: string; viewerCan: { join: boolean } } }>(COMMUNITY, { id: c.id }));
    expect(status.community).toMatchObject({ viewerStatus: 'BANNED', viewerCan: { join: false } });
    const rejoin = await alice.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id });
    expect(errorCode(rejoin)).toBe('FORBIDDEN');
    expect(rejoin.errors?.[0].message).toBe('Je bent uitgesloten van deze gemeenschap.');
    const link = must(await owner.client.gql<{ createInvitation: { token: string } }>(`mutation($c: ID!) { createInvitation(communityId: $c) { token } }`, { c: c.id })).createInvitation;
    expect(errorCode(await alice.client.gql(`mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`, { t: link.token }))).toBe('FORBIDDEN');
    must(await mod.client.gql(`mutation($c: ID!, $u: ID!) { unbanMember(communityId: $c, userId: $u) }`, { c: c.id, u: alice.id }));
    must(await alice.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }));
  });

  it('filters the member directory by name, profile role and community role', async () => {
    const c = await buildCommunity(owner.client, { joinPolicy: 'OPEN' });
    for (const u of [alice, bob]) must(await u.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }));
    const q = `query($id: ID, $search: String, $profileRole: ProfileRole, $communityRole: CommunityRole) { community(id: $id) {
      members(search: $search, profileRole: $profileRole, communityRole: $communityRole) { totalCount edges { node { role person { displayName role } } } } } }`;
    type Res = { community: { members: { totalCount: number; edges: { node: { role: string; person: { displayName: string; role: string } } }[] } } };
    const names = (r: Res) => r.community.members.edges.map((e) => e.node.person.displayName);
    expect(names(must(await alice.client.gql<Res>(q, { id: c.id })))).toEqual(['Alice Lid', 'Bob Buiten', 'Olga Eigenaar']);
    expect(names(must(await alice.client.gql<Res>(q, { id: c.id, profileRole: 'RESEARCHER' })))).toEqual(['Bob Buiten']);
    expect(names(must(await alice.client.gql<Res>(q, { id: c.id, communityRole: 'OWNER' })))).toEqual(['Olga Eigenaar']);
    const search = must(await alice.client.gql<Res>(q, { id: c.id, search: 'ali' }));
    expect(search.community.members).toEqual({ totalCount: 1, edges: [{ node: { role: 'MEMBER', person: { displayName: 'Alice Lid', role: 'PROFESSIONAL' } } }] });
    expect(errorCode(await new TestClient(app.url).gql(q, { id: c.id }))).toBe('UNAUTHENTICATED');
  });

  it('archives: readable, nothing can be added, and it leaves discovery', async () => {
    const c = await buildCommunity(owner.client, { joinPolicy: 'OPEN' });
    must(await owner.client.gql(`mutation($id: ID!) { archiveCommunity(id: $id) { archivedAt } }`, { id: c.id }));
    expect(errorCode(await owner.client.gql(`mutation($id: ID!) { createPost(communityId: $id, body: "nog iets") { id } }`, { id: c.id }))).toBe('FORBIDDEN');
    const joinRes = await alice.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id });
    expect(joinRes.errors?.[0].message).toBe('Deze gemeenschap is gearchiveerd; er kan niets meer bij.');
    expect(must(await alice.client.gql<{ community: { name: string } }>(COMMUNITY, { id: c.id })).community.name).toBe(c.name);
    const list = must(await alice.client.gql<{ communities: { edges: { node: { id: string } }[] } }>(`query($s: String) { communities(search: $s) { edges { node { id } } } }`, { s: c.name }));
    expect(list.communities.edges).toEqual([]);
    must(await owner.client.gql(`mutation($id: ID!) { unarchiveCommunity(id: $id) { archivedAt } }`, { id: c.id }));
    must(await alice.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }));
  });
});
