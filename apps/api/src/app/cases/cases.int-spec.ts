import { randomUUID } from 'node:crypto';
import { buildCommunity, buildUser, BuiltUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

// A valid BSN (11-check: 1*9 + 1*8 + 1*7 + 2*6 + 2*5 + 2*4 + 3*3 + 3*2 - 3*1 = 66, divisible by 11).
const BSN = '111222333';
const CASE_FIELDS = `id title contextHtml dilemma status authorHidden authorLabel author { displayName } lessonsLearned
  collaborationForm { code name } qualifications { code } levels { number } allianceAspects damourConcepts tags responseCount
  viewerCan { edit resolve respond markBest moderate report } community { slug }`;

function caseInput(communityId: string, over: Record<string, unknown> = {}) {
  return {
    communityId,
    title: 'Doelen lopen uit elkaar bij een meervoudige alliantie',
    context: 'Ambulante gezinszorg, een gezin met twee kinderen; moeder en de jongere hebben elk een eigen hulpverlener.',
    dilemma: 'Hoe bewaken we de taakalliantie als moeder en de jongere verschillende doelen noemen?',
    tried: 'Een gezamenlijk gesprek met beide hulpverleners.',
    collaborationFormCode: 'MULTIPLE',
    allianceAspects: ['GOALS', 'TASKS'],
    damourConcepts: ['SHARING', 'INTERDEPENDENCY'],
    qualificationCodes: ['B3', 'b9'],
    levelNumbers: [3],
    tags: ['Jeugd'],
    postAnonymously: false,
    ...over,
  };
}

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;

describe('cases and the privacy guard in the API', () => {
  let app: TestApp;
  let owner: BuiltUser;
  let mod: BuiltUser;
  let author: BuiltUser;
  let member: BuiltUser;
  let outsider: BuiltUser;
  let communityId: string;
  let communityName: string;

  beforeAll(async () => {
    app = await startTestApp();
    [owner, mod, author, member, outsider] = await Promise.all(
      ['Olga Eigenaar', 'Mo Moderator', 'Anouk Auteur', 'Mila Lid', 'Otto Buiten'].map((displayName) => buildUser(app.url, { displayName })),
    );
    const c = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'INVITE' });
    communityId = c.id;
    communityName = c.name;
    for (const u of [mod, author, member]) {
      const { token } = must(await owner.client.gql<{ createInvitation: { token: string } }>(`mutation($c: ID!) { createInvitation(communityId: $c) { token } }`, { c: communityId })).createInvitation;
      must(await u.client.gql(`mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`, { t: token }));
    }
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: communityId, u: mod.id }));
  });
  afterAll(() => app.close());

  /** Whether a string occurs anywhere in the database's text columns. */
  async function inDatabase(needle: string): Promise<string[]> {
    const columns: { table_name: string; column_name: string }[] = await app.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`,
    );
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text LIKE $1`, [`%${needle}%`]);
      if (n) found.push(`${table_name}.${column_name}`);
    }
    return found;
  }

  it('posts a case with its template and links to the learning line as rows', async () => {
    const data = must(await author.client.gql<{ createCase: Record<string, unknown> }>(CREATE, { input: caseInput(communityId) }));
    expect(data.createCase).toMatchObject({
      status: 'OPEN',
      authorLabel: 'Anouk Auteur',
      collaborationForm: { code: 'MULTIPLE', name: 'Meervoudige samenwerkingsrelatie met meerdere hulpvragers' },
      qualifications: [{ code: 'B3' }, { code: 'B9' }],
      levels: [{ number: 3 }],
      allianceAspects: ['GOALS', 'TASKS'],
      tags: ['jeugd'],
      responseCount: 0,
      viewerCan: { edit: true, resolve: true, respond: true, markBest: true, moderate: false, report: false },
    });
    const bad = await author.client.gql(CREATE, { input: caseInput(communityId, { collaborationFormCode: 'ONBEKEND', qualificationCodes: ['B10'] }) });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('refuses a BSN outright (no override), with kind and position, and stores nothing', async () => {
    const context = `Moeder belt vaak; haar BSN is ${BSN} en ze wil hulp bij de school van haar zoon.`;
    const title = `Casus ${randomUUID().slice(0, 6)} met BSN`;
    const res = await author.client.gql(CREATE, { input: caseInput(communityId, { title, context, privacyOverrides: [{ kind: 'BSN', text: BSN, reason: 'Geen echt nummer' }] }) });
    expect(errorCode(res)).toBe('PRIVACY_FINDINGS');
    const findings = res.errors?.[0].extensions?.['findings'] as { field: string; kind: string; start: number; end: number; overridable: boolean; message: string; replacement: string }[];
    const bsn = findings.find((f) => f.kind === 'BSN');
    expect(bsn).toMatchObject({ field: 'context', start: context.indexOf(BSN), end: context.indexOf(BSN) + BSN.length, overridable: false });
    expect(bsn?.message).toMatch(/BSN/);
    expect(await inDatabase(BSN)).toEqual([]);
    expect(await app.dataSource.query(`SELECT 1 FROM community_case WHERE title = $1`, [title])).toEqual([]);
    // A nine-digit number that fails the 11-check is not a BSN.
    const clean = await author.client.gql<{ checkPrivacy: { kind: string }[] }>(`query($t: String!) { checkPrivacy(text: $t) { kind } }`, { t: 'Dossiernummer 123456789 is bekend bij de afdeling.' });
    expect(must(clean).checkPrivacy.filter((f) => f.kind === 'BSN')).toEqual([]);
  });

  it('lets the author override a false positive with a reason, and records the override', async () => {
    const probe = must(await author.client.gql<{ checkPrivacy: { kind: string; text: string; start: number; end: number; replacement: string; overridable: boolean }[] }>(
      `query($t: String!) { checkPrivacy(text: $t) { kind text start end replacement overridable } }`,
      { t: 'Bel moeder op 06-12345678 voor een afspraak.' },
    )).checkPrivacy;
    const phone = probe.find((f) => f.kind === 'PHONE');
    expect(phone).toMatchObject({ text: '06-12345678', start: 14, end: 25, overridable: true });
    expect(phone?.replacement).toBeTruthy();
    const dilemma = 'Het teamnummer 06-12345678 van het wijkteam wordt door iedereen gebruikt; hoe houden we overzicht?';
    const refused = await author.client.gql(CREATE, { input: caseInput(communityId, { dilemma }) });
    expect(errorCode(refused)).toBe('PRIVACY_FINDINGS');
    const ok = must(await author.client.gql<{ createCase: { id: string } }>(CREATE, {
      input: caseInput(communityId, { dilemma, privacyOverrides: [{ kind: 'PHONE', text: '06-12345678', reason: 'Algemeen nummer van het wijkteam, geen cliënt' }] }),
    }));
    const overrides = await app.dataSource.query(`SELECT kind, reason, user_id FROM privacy_override WHERE subject_id = $1`, [ok.createCase.id]);
    expect(overrides).toEqual([{ kind: 'PHONE', reason: 'Algemeen nummer van het wijkteam, geen cliënt', user_id: author.id }]);
  });

  it('posts anonymously: members see "een lid van", moderators and the author see who posted', async () => {
    const created = must(await author.client.gql<{ createCase: { id: string } }>(CREATE, { input: caseInput(communityId, { postAnonymously: true }) })).createCase;
    const read = `query($id: ID!) { case(id: $id) { authorHidden authorLabel author { displayName } } }`;
    expect(must(await member.client.gql<{ case: unknown }>(read, { id: created.id })).case).toEqual({ authorHidden: true, authorLabel: `een lid van ${communityName}`, author: null });
    expect(must(await mod.client.gql<{ case: unknown }>(read, { id: created.id })).case).toEqual({ authorHidden: true, authorLabel: 'Anouk Auteur (anoniem voor leden)', author: { displayName: 'Anouk Auteur' } });
    expect(must(await author.client.gql<{ case: { author: { displayName: string } } }>(read, { id: created.id })).case.author).toEqual({ displayName: 'Anouk Auteur' });
    // The feed does not give the author away either.
    const feed = must(await member.client.gql<{ community: { feed: { edges: { node: { type: string; actor: unknown; case: { id: string } | null } }[] } } }>(
      `query($id: ID) { community(id: $id) { feed(first: 20) { edges { node { type actor { displayName } case { id } } } } } }`,
      { id: communityId },
    ));
    const line = feed.community.feed.edges.find((e) => e.node.case?.id === created.id && e.node.type === 'CASE_POSTED');
    expect(line?.node.actor).toBeNull();
  });

  it('threads responses one level deep, marks helpful and best, and resolves with lessons learned', async () => {
    const kase = must(await author.client.gql<{ createCase: { id: string } }>(CREATE, { input: caseInput(communityId) })).createCase;
    const respond = `mutation($input: RespondInput!) { respondToCase(input: $input) { id parentId perspective hidden } }`;
    const top = must(await member.client.gql<{ respondToCase: { id: string } }>(respond, { input: { caseId: kase.id, body: 'Maak de doelen van beiden zichtbaar in één plan.', perspective: 'PROFESSIONAL' } })).respondToCase;
    const reply = must(await mod.client.gql<{ respondToCase: { id: string; parentId: string } }>(respond, { input: { caseId: kase.id, parentId: top.id, body: 'Eens, en vraag de jongere wat voor hem telt.' } })).respondToCase;
    const deeper = must(await author.client.gql<{ respondToCase: { parentId: string } }>(respond, { input: { caseId: kase.id, parentId: reply.id, body: 'Dank, dat ga ik doen.' } })).respondToCase;
    expect(deeper.parentId).toBe(top.id);
    const clientId = randomUUID();
    const once = await Promise.all([1, 2].map(() => member.client.gql<{ respondToCase: { id: string } }>(respond, { input: { caseId: kase.id, body: 'Dubbel verzonden?', clientId } })));
    expect(must(once[0]).respondToCase.id).toBe(must(once[1]).respondToCase.id);
    // The same for a case sent twice at once.
    const caseClientId = randomUUID();
    const twice = await Promise.all([1, 2].map(() => author.client.gql<{ createCase: { id: string } }>(CREATE, { input: caseInput(communityId, { clientId: caseClientId }) })));
    expect(must(twice[0]).createCase.id).toBe(must(twice[1]).createCase.id);
    expect(errorCode(await member.client.gql(respond, { input: { caseId: kase.id, body: `Haar BSN is ${BSN}.` } }))).toBe('PRIVACY_FINDINGS');

    must(await author.client.gql(`mutation($id: ID!) { markResponseHelpful(id: $id) { id } }`, { id: top.id }));
    must(await mod.client.gql(`mutation($id: ID!) { markResponseHelpful(id: $id) { id } }`, { id: top.id }));
    expect(errorCode(await member.client.gql(`mutation($c: ID!, $r: ID!) { setBestResponse(caseId: $c, responseId: $r) { id } }`, { c: kase.id, r: top.id }))).toBe('FORBIDDEN');
    must(await author.client.gql(`mutation($c: ID!, $r: ID!) { setBestResponse(caseId: $c, responseId: $r) { id } }`, { c: kase.id, r: top.id }));
    const resolved = must(await author.client.gql<{ resolveCase: { status: string; lessonsLearned: string } }>(
      `mutation($id: ID!) { resolveCase(id: $id, lessonsLearned: "Eén gezamenlijk plan met de doelen van iedereen hielp het meest.") { status lessonsLearned } }`,
      { id: kase.id },
    ));
    expect(resolved.resolveCase.status).toBe('RESOLVED');

    const view = must(await member.client.gql<{ case: { responseCount: number; responses: { id: string; isBest: boolean; helpfulCount: number; perspective: string; author: { displayName: string }; replies: { author: { displayName: string } }[] }[] } }>(
      `query($id: ID!) { case(id: $id) { responseCount responses { id isBest helpfulCount perspective author { displayName } replies { author { displayName } } } } }`,
      { id: kase.id },
    ));
    expect(view.case.responseCount).toBe(4);
    const first = view.case.responses[0];
    expect(first).toMatchObject({ id: top.id, isBest: true, helpfulCount: 2, perspective: 'PROFESSIONAL', author: { displayName: 'Mila Lid' } });
    expect(first.replies.map((r) => r.author.displayName)).toEqual(['Mo Moderator', 'Anouk Auteur']);
  });

  it('keeps revisions for moderators, but purges those holding a finding an edit removed', async () => {
    const name = 'Jan de Vries';
    const context = `Het gezin woont in een kleine gemeente; de vader, ${name}, werkt in ploegendienst en is moeilijk bereikbaar.`;
    const kase = must(await author.client.gql<{ createCase: { id: string } }>(CREATE, {
      input: caseInput(communityId, { context, privacyOverrides: [{ kind: 'NAME', text: name, reason: 'Dacht dat het een fictieve naam was' }] }),
    })).createCase;
    const update = `mutation($id: ID!, $input: CaseContentInput!) { updateCase(id: $id, input: $input) { id } }`;
    const base = caseInput(communityId) as Record<string, unknown>;
    delete base['communityId'];
    // A harmless edit keeps the earlier version (for moderators).
    must(await author.client.gql(update, { id: kase.id, input: { ...base, context, title: 'Bereikbaarheid van vader in ploegendienst', privacyOverrides: [{ kind: 'NAME', text: name, reason: 'Dacht dat het een fictieve naam was' }] } }));
    const revisions = `query($id: ID!) { case(id: $id) { revisions { title context } } }`;
    expect(must(await mod.client.gql<{ case: { revisions: unknown[] } }>(revisions, { id: kase.id })).case.revisions).toHaveLength(1);
    expect(errorCode(await member.client.gql(revisions, { id: kase.id }))).toBe('FORBIDDEN');
    // Removing the name purges every version that held it.
    must(await author.client.gql(update, { id: kase.id, input: { ...base, context: 'Het gezin woont in een kleine gemeente; vader werkt in ploegendienst en is moeilijk bereikbaar.' } }));
    expect(must(await mod.client.gql<{ case: { revisions: unknown[] } }>(revisions, { id: kase.id })).case.revisions).toEqual([]);
    // The override that let it in goes too.
    expect(await inDatabase(name)).toEqual([]);
  });

  it('filters the case list and keeps private cases private', async () => {
    const tag = `filter${Date.now()}`;
    const a = must(await author.client.gql<{ createCase: { id: string } }>(CREATE, { input: caseInput(communityId, { tags: [tag], collaborationFormCode: 'INTERPROFESSIONAL', qualificationCodes: ['M2'], levelNumbers: [4] }) })).createCase;
    must(await author.client.gql(CREATE, { input: caseInput(communityId, { tags: [tag] }) }));
    const list = `query($tag: String, $form: String, $q: String, $level: Int, $status: CaseStatus) { cases(tag: $tag, collaborationForm: $form, qualification: $q, level: $level, status: $status) { totalCount edges { node { id } } } }`;
    type L = { cases: { totalCount: number; edges: { node: { id: string } }[] } };
    expect(must(await member.client.gql<L>(list, { tag })).cases.totalCount).toBe(2);
    for (const vars of [{ tag, form: 'INTERPROFESSIONAL' }, { tag, q: 'M2' }, { tag, level: 4 }]) {
      expect(must(await member.client.gql<L>(list, vars)).cases.edges.map((e) => e.node.id)).toEqual([a.id]);
    }
    expect(must(await member.client.gql<L>(list, { tag, status: 'RESOLVED' })).cases.totalCount).toBe(0);
    for (const c of [outsider.client, new TestClient(app.url)]) {
      expect(must(await c.gql<L>(list, { tag })).cases).toEqual({ totalCount: 0, edges: [] });
      expect(errorCode(await c.gql(`query($id: ID!) { case(id: $id) { title } }`, { id: a.id }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await outsider.client.gql(`mutation($input: RespondInput!) { respondToCase(input: $input) { id } }`, { input: { caseId: a.id, body: 'Hallo' } }))).toBe('NOT_FOUND');
  });

  it('hides a reported case from members but not from its author, and lists cases in the feed', async () => {
    const kase = must(await author.client.gql<{ createCase: { id: string } }>(CREATE, { input: caseInput(communityId, { title: 'Te verbergen casus over afstemming' }) })).createCase;
    must(await member.client.gql(`mutation($id: ID!) { reportContent(type: CASE, id: $id, reason: "Te herkenbaar") }`, { id: kase.id }));
    must(await mod.client.gql(`mutation($id: ID!) { hideContent(type: CASE, id: $id, reason: "Te herkenbaar beschreven") { hidden } }`, { id: kase.id }));
    expect(errorCode(await member.client.gql(`query($id: ID!) { case(id: $id) { title } }`, { id: kase.id }))).toBe('NOT_FOUND');
    expect(must(await author.client.gql<{ case: { hidden: boolean; hiddenReason: string } }>(`query($id: ID!) { case(id: $id) { hidden hiddenReason } }`, { id: kase.id })).case).toEqual({ hidden: true, hiddenReason: 'Te herkenbaar beschreven' });
    const feed = must(await member.client.gql<{ community: { feed: { edges: { node: { case: { id: string } | null } }[] } } }>(`query($id: ID) { community(id: $id) { feed(first: 50) { edges { node { case { id } } } } } }`, { id: communityId }));
    expect(feed.community.feed.edges.some((e) => e.node.case?.id === kase.id)).toBe(false);
  });
});
