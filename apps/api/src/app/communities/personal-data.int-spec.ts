import { buildCommunity, buildUser, errorCode, must, readableSuffix, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

// AVG/GDPR: the right of access (export) and erasure (delete account), across every module's tables.
describe('personal data rights', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** Every place in the database where a text value occurs, over all text-like columns of all tables. */
  async function occurrences(needle: string): Promise<string[]> {
    const columns: { table_name: string; column_name: string }[] = await app.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
          AND table_name NOT IN ('migrations')`,
    );
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`, [`%${needle}%`]);
      if (n > 0) found.push(`${table_name}.${column_name}`);
    }
    return found;
  }

  it('exports everything held about a person, then deletion leaves no personal field behind while their posts stay as "voormalig lid"', async () => {
    const tag = readableSuffix();
    const displayName = `Zara Uniek${tag}`;
    const organisation = `Wijkteam${tag}`;
    const zara = await buildUser(app.url, { displayName, organisation, email: `zara-${tag}@test.kennislijn.nl` });
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const c = await buildCommunity(owner.client, { joinPolicy: 'OPEN' });
    must(await zara.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }));
    const post = must(await zara.client.gql<{ createPost: { post: { id: string } } }>(`mutation($c: ID!) { createPost(communityId: $c, body: "Wat ons hielp: samen doelen kiezen.") { post { id } } }`, { c: c.id })).createPost;
    const other = await buildCommunity(owner.client, { joinPolicy: 'REQUEST' });
    must(await zara.client.gql(`mutation($id: ID!) { requestToJoin(id: $id, message: "Graag doe ik mee.") { id } }`, { id: other.id }));
    must(await owner.client.gql(`mutation($c: ID!, $email: String) { createInvitation(communityId: $c, email: $email) { token } }`, { c: other.id, email: zara.email }));
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: c.id, u: zara.id }));
    const ownCommunity = await buildCommunity(zara.client, { joinPolicy: 'OPEN' });
    // An instrument she started and edited (the draft remembers who changed what), with a comment.
    const instrument = must(await zara.client.gql<{ createInstrument: { id: string } }>(`mutation($c: ID!) { createInstrument(communityId: $c, title: "Thermometer voor de test") { id } }`, { c: c.id })).createInstrument;
    must(await zara.client.gql(`mutation($id: ID!) { addInstrumentItem(id: $id, type: VAS) { itemId } }`, { id: instrument.id }));
    must(await zara.client.gql(`mutation($id: ID!) { commentOnInstrument(id: $id, body: "Nog een vraag over de band?") { id } }`, { id: instrument.id }));

    const exported = JSON.parse(must(await zara.client.gql<{ myDataExport: string }>(`{ myDataExport }`)).myDataExport);
    expect(exported.account).toMatchObject({ email: zara.email, displayName, organisation, role: 'PROFESSIONAL' });
    expect(exported.communities.memberships.map((m: { slug: string }) => m.slug).sort()).toEqual([c.slug, ownCommunity.slug].sort());
    expect(exported.communities.posts).toEqual([expect.objectContaining({ body: 'Wat ons hielp: samen doelen kiezen.' })]);
    expect(exported.communities.joinRequests).toEqual([expect.objectContaining({ message: 'Graag doe ik mee.', status: 'PENDING' })]);
    expect(exported.communities.invitationsToYourAddress).toHaveLength(1);
    expect(exported.notifications.map((n: { type: string }) => n.type)).toEqual(expect.arrayContaining(['ROLE_CHANGED', 'INVITED']));
    expect(exported.mail).toEqual([expect.objectContaining({ subject: `Uitnodiging voor ${other.name} op Kennislijn` })]);
    expect(exported.sessions.length).toBeGreaterThanOrEqual(1);
    expect(exported.instruments.coAuthored).toEqual([expect.objectContaining({ title: 'Thermometer voor de test' })]);
    expect(exported.instruments.comments).toEqual([expect.objectContaining({ body: 'Nog een vraag over de band?' })]);
    expect(JSON.stringify(exported)).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash|\$argon2/);

    // Wrong password: nothing happens.
    expect(errorCode(await zara.client.gql(`mutation { deleteAccount(password: "niet-mijn-wachtwoord") }`))).toBe('BAD_USER_INPUT');
    // Only owner of a community where others remain: refused until ownership is passed on.
    must(await owner.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: ownCommunity.id }));
    const refused = await zara.client.gql(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: zara.password });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain(ownCommunity.name);
    expect(await occurrences(zara.email)).not.toEqual([]);
    must(await zara.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: OWNER) { role } }`, { c: ownCommunity.id, u: owner.id }));

    expect(must(await zara.client.gql<{ deleteAccount: boolean }>(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: zara.password })).deleteAccount).toBe(true);

    // No personal field anywhere in the database.
    expect(await occurrences(zara.email)).toEqual([]);
    expect(await occurrences(displayName)).toEqual([]);
    expect(await occurrences(organisation)).toEqual([]);
    const [row] = await app.dataSource.query(`SELECT email, display_name, organisation, role, level, deleted_at FROM user_account WHERE id = $1`, [zara.id]);
    expect(row).toMatchObject({ display_name: '', organisation: null, role: null, level: null });
    expect(row.deleted_at).not.toBeNull();
    expect(await app.dataSource.query(`SELECT 1 FROM refresh_token WHERE user_id = $1`, [zara.id])).toEqual([]);

    // The post stays readable where the community needs it, as "voormalig lid".
    const feed = must(await owner.client.gql<{ community: { feed: { edges: { node: { post: { id: string; body: string; author: { displayName: string; isFormerMember: boolean; organisation: string | null } } | null } }[] } } }>(
      `query($id: ID) { community(id: $id) { feed(first: 50) { edges { node { post { id body author { displayName isFormerMember organisation } } } } } } }`,
      { id: c.id },
    ));
    const kept = feed.community.feed.edges.find((e) => e.node.post?.id === post.post.id)?.node.post;
    expect(kept).toEqual({ id: post.post.id, body: 'Wat ons hielp: samen doelen kiezen.', author: { displayName: 'voormalig lid', isFormerMember: true, organisation: null } });

    // The account is gone for sign-in and for its still-valid access token.
    const login = await new TestClient(app.url).gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: zara.email, password: zara.password } });
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    expect(errorCode(await zara.client.gql(`{ me { id } }`))).toBe('UNAUTHENTICATED');
  });
});
