import { buildCommunity, buildUser, BuiltUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { SearchService } from '@kennislijn/api-search';
import { startTestApp, TestApp } from '../../test/test-app';

// Dutch search across everything, against the real API and database (PGlite and PostgreSQL 15 in CI).
// The searches are limited to this file's communities where other test files could add matching content.

const SEARCH = `query($input: SearchInput!) { search(input: $input) {
  total parts tookMs
  hits { id type subjectId link communityId communityName label titleHtml snippetHtml exact createdAt }
  facets {
    types { value label count } communities { value label count } qualifications { value label count }
    levels { value label count } collaborationForms { value label count } tags { value label count } years { value label count }
  } } }`;

interface Hit { id: string; type: string; subjectId: string; link: string; communityId: string | null; label: string; titleHtml: string; snippetHtml: string; exact: boolean }
interface Facet { value: string; label: string; count: number }
interface Result {
  total: number;
  parts: string[];
  hits: Hit[];
  facets: Record<'types' | 'communities' | 'qualifications' | 'levels' | 'collaborationForms' | 'tags' | 'years', Facet[]>;
}

const KNOWLEDGE = `mutation($input: CreateKnowledgeInput!) { createKnowledgeItem(input: $input) { id revision } }`;
const CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const RESPOND = `mutation($input: RespondInput!) { respondToCase(input: $input) { id } }`;
const THREAD = `query($kind: ThreadKind!, $id: ID!) { thread(kind: $kind, subjectId: $id) { id } }`;
const MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`;

const item = (communityId: string, title: string, summary: string, over: Record<string, unknown> = {}) => ({
  communityId,
  type: 'ARTICLE',
  title,
  summary,
  evidenceLevel: 'PRACTICE_BASED',
  qualificationCodes: [],
  levels: [],
  collaborationFormCodes: [],
  tags: [],
  ...over,
});
const kase = (communityId: string, title: string, dilemma: string, over: Record<string, unknown> = {}) => ({
  communityId,
  title,
  context: 'Ambulante gezinszorg in een middelgrote gemeente, met school en wijkteam betrokken.',
  dilemma,
  tried: 'Een gesprek met alle betrokkenen.',
  collaborationFormCode: 'MULTIPLE',
  allianceAspects: [],
  damourConcepts: [],
  qualificationCodes: ['B4'],
  levelNumbers: [2],
  tags: [],
  postAnonymously: false,
  ...over,
});

describe('Dutch search across everything', () => {
  let app: TestApp;
  let owner: BuiltUser;
  let outsider: BuiltUser;
  let anonymous: TestClient;
  let pub: { id: string; name: string };
  let priv: { id: string; name: string };
  const ids: Record<string, string> = {};

  const search = async (client: TestClient, input: Record<string, unknown>): Promise<Result> => must(await client.gql<{ search: Result }>(SEARCH, { input })).search;
  const subjects = (r: Result) => r.hits.map((h) => h.subjectId);
  const keyOf = (subjectId: string) => Object.entries(ids).find(([, v]) => v === subjectId)?.[0] ?? subjectId;
  const keys = (r: Result) => r.hits.map((h) => keyOf(h.subjectId));

  beforeAll(async () => {
    app = await startTestApp();
    [owner, outsider] = await Promise.all([
      buildUser(app.url, { displayName: 'Sanne Zoeker', role: 'RESEARCHER' }),
      buildUser(app.url, { displayName: 'Bo Buiten' }),
    ]);
    anonymous = new TestClient(app.url);
    pub = await buildCommunity(owner.client, { visibility: 'PUBLIC' });
    priv = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'INVITE' });
    const k = async (key: string, input: Record<string, unknown>) => {
      ids[key] = must(await owner.client.gql<{ createKnowledgeItem: { id: string } }>(KNOWLEDGE, { input })).createKnowledgeItem.id;
    };
    await k('relPlural', item(pub.id, 'Samenwerkingsrelaties tussen school en wijkteam',
      'Goede samenwerkingsrelaties ontstaan niet vanzelf. Leerkrachten en het wijkteam investeren in vertrouwen en vast overleg.',
      { type: 'RESEARCH_FINDING', evidenceLevel: 'PROMISING', qualificationCodes: ['M8'], levels: [4], collaborationFormCodes: ['MULTIPLE'], tags: ['Onderwijs'],
        citation: { authors: ['Jansen, A.'], year: 2024, title: 'Scholen en wijkteams', container: 'Tijdschrift voor Jeugdhulp', volume: null, issue: null, pages: null, doi: null, url: null },
        finding: { studyDesign: 'Interviews in zes wijken', sample: 'Veertig leerkrachten en wijkteamleden', practiceImplications: 'Plan vaste momenten voor overleg tussen school en wijkteam, ook als het goed gaat.' } }));
    await k('samenwerking', item(pub.id, 'Samenwerking in de wijk', 'Wijkgerichte samenwerking vraagt om korte lijnen tussen huisarts, school en wijkteam.', { qualificationCodes: ['B5'], levels: [2] }));
    await k('bordin', item(pub.id, 'De werkalliantie volgens Bordin', 'Bordin beschrijft de therapeutische alliantie als overeenstemming over doelen en taken en een emotionele band.', { type: 'ARTICLE', evidenceLevel: 'THEORY', tags: ['theorie'] }));
    await k('jongerenTitle', item(pub.id, 'Jongeren betrekken bij hun eigen plan', 'Participatie vergroot de motivatie. Laat de doelen formuleren in eigen woorden.'));
    await k('jongerenBody', item(pub.id, 'Participatie in de praktijk', 'Een handreiking voor professionals over hoe jongeren invloed krijgen op beslissingen, met coördinatie (of coordinatie) in één hand.'));
    await k('markup', item(pub.id, 'Relatie <b>vet</b> & "quotes"', 'Een tekst over de relatie met <script>alert(1)</script> in het midden en opvoedondersteuning erachter.'));
    ids.relCase = must(await owner.client.gql<{ createCase: { id: string } }>(CASE, { input: kase(pub.id, 'Een moeizame samenwerkingsrelatie met de wijkagent', 'Hoe herstel je het vertrouwen wanneer afspraken steeds niet worden nagekomen?') })).createCase.id;
    ids.relResponse = must(await owner.client.gql<{ respondToCase: { id: string } }>(RESPOND, { input: { caseId: ids.relCase, body: 'Ik zou eerst de samenwerkingsrelatie expliciet bespreken: wat verwacht je van elkaar?' } })).respondToCase.id;
    const pubThread = must(await owner.client.gql<{ thread: { id: string } }>(THREAD, { kind: 'COMMUNITY', id: pub.id })).thread.id;
    ids.allianceMsg = must(await owner.client.gql<{ postMessage: { id: string } }>(MESSAGE, { input: { threadId: pubThread, body: 'Allianties met ouders versterken lukt beter met vaste afspraken.' } })).postMessage.id;
    ids.gezienMsg = must(await owner.client.gql<{ postMessage: { id: string } }>(MESSAGE, { input: { threadId: pubThread, body: 'Heb je het nieuwe protocol al gezien? Het staat in de map.' } })).postMessage.id;
    must(await owner.client.gql(`mutation($id: ID!, $body: String!) { createPost(communityId: $id, body: $body) { id } }`, { id: pub.id, body: 'Voor gezinnen met jonge kinderen is vroegsignalering belangrijk.' }));
    [{ id: ids.post }] = (await app.dataSource.query(`SELECT id FROM community_post WHERE community_id = $1`, [pub.id])) as { id: string }[];
    ids.secretCase = must(await owner.client.gql<{ createCase: { id: string } }>(CASE, { input: kase(priv.id, 'Vertrouwelijke casus: samenwerkingsrelatie met pleegouders', 'Interne bespreking over pleegzorgmatching en de samenwerkingsrelatie met de pleegouders.', { qualificationCodes: ['M8'], levelNumbers: [4] }) })).createCase.id;
    const privThread = must(await owner.client.gql<{ thread: { id: string } }>(THREAD, { kind: 'COMMUNITY', id: priv.id })).thread.id;
    ids.secretMsg = must(await owner.client.gql<{ postMessage: { id: string } }>(MESSAGE, { input: { threadId: privThread, body: 'Kunnen we de pleegzorgmatching morgen bespreken? De alliantie met de moeder staat onder druk.' } })).postMessage.id;
  });
  afterAll(() => app.close());

  it('finds a compound, its plural and its parts: exact forms first, parts after, and explains the split', async () => {
    for (const text of ['samenwerkingsrelatie', 'samenwerkingsrelaties', 'Samenwerkingsrelatie']) {
      const r = await search(outsider.client, { text, communityIds: [pub.id] });
      expect(new Set(keys(r).slice(0, 3))).toEqual(new Set(['relPlural', 'relCase', 'relResponse']));
      expect(r.hits.slice(0, 3).every((h) => h.exact)).toBe(true);
      expect(keys(r)).toContain('samenwerking');
      expect(r.hits.find((h) => h.subjectId === ids.samenwerking)!.exact).toBe(false);
      expect(r.parts).toEqual(['samenwerking', 'relatie']);
    }
    const r = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id] });
    const plural = r.hits.find((h) => h.subjectId === ids.relPlural)!;
    expect(plural).toMatchObject({ type: 'KNOWLEDGE_ITEM', link: `/kennisbank/${ids.relPlural}`, communityId: pub.id });
    expect(plural.titleHtml).toBe('<mark>Samenwerkingsrelaties</mark> tussen school en wijkteam');
    const response = r.hits.find((h) => h.subjectId === ids.relResponse)!;
    expect(response).toMatchObject({ type: 'RESPONSE', label: 'Een moeizame samenwerkingsrelatie met de wijkagent', link: `/casussen/${ids.relCase}#reactie-${ids.relResponse}` });
    expect(response.snippetHtml).toContain('<mark>samenwerkingsrelatie</mark>');
    // The other way round: a word finds the compounds that end in it (kinds of it), after its own forms.
    const head = await search(outsider.client, { text: 'relatie', communityIds: [pub.id] });
    expect(keys(head)[0]).toBe('markup'); // "Relatie <b>vet</b>": the word itself, in the title
    expect(keys(head)).toEqual(expect.arrayContaining(['relPlural', 'relCase', 'relResponse']));
    expect(head.hits.find((h) => h.subjectId === ids.relCase)!.exact).toBe(false);
    // With a second word that only the tags have, the snippet still marks the word it contains.
    const split = await search(outsider.client, { text: 'samenwerkingsrelatie onderwijs', communityIds: [pub.id] });
    expect(keys(split)).toEqual(['relPlural']);
    expect(split.hits[0].snippetHtml).toContain('Goede <mark>samenwerkingsrelaties</mark> ontstaan');
  });

  it('matches typos, inflections and diacritics', async () => {
    const typo = await search(outsider.client, { text: 'allianite', communityIds: [pub.id] });
    expect(keys(typo)).toEqual(expect.arrayContaining(['bordin', 'allianceMsg']));
    const typoCompound = await search(outsider.client, { text: 'samenwerkingsrelatei', communityIds: [pub.id] });
    expect(new Set(keys(typoCompound).slice(0, 3))).toEqual(new Set(['relPlural', 'relCase', 'relResponse']));
    const gezin = await search(outsider.client, { text: 'gezin', communityIds: [pub.id] });
    expect(keys(gezin)).toContain('post');
    expect(keys(gezin)).not.toContain('gezienMsg'); // gezien is not gezin
    const accent = await search(outsider.client, { text: 'wérkalliantie', communityIds: [pub.id] });
    expect(keys(accent)[0]).toBe('bordin');
  });

  it('weighs the title above the body, supports phrases, OF and exclusion', async () => {
    const r = await search(outsider.client, { text: 'jongeren', communityIds: [pub.id] });
    expect(keys(r).indexOf('jongerenTitle')).toBeLessThan(keys(r).indexOf('jongerenBody'));
    expect(keys(r).indexOf('jongerenBody')).toBeGreaterThanOrEqual(0);
    expect(keys(await search(outsider.client, { text: '"therapeutische alliantie"', communityIds: [pub.id] }))).toEqual(['bordin']);
    expect(keys(await search(outsider.client, { text: '"alliantie therapeutische"', communityIds: [pub.id] }))).toEqual([]);
    expect(new Set(keys(await search(outsider.client, { text: 'werkalliantie OF vroegsignalering', communityIds: [pub.id] })))).toEqual(new Set(['bordin', 'post']));
    const without = keys(await search(outsider.client, { text: 'alliantie -ouders', communityIds: [pub.id] }));
    expect(without).toContain('bordin');
    expect(without).not.toContain('allianceMsg');
  });

  it('filters by type, qualification, level, form, tag and date, with facets that leave out their own filter', async () => {
    const all = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id] });
    expect(all.facets.types.reduce((a, f) => a + f.count, 0)).toBe(all.total);
    const onlyItems = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id], types: ['KNOWLEDGE_ITEM'] });
    expect(onlyItems.hits.every((h) => h.type === 'KNOWLEDGE_ITEM')).toBe(true);
    expect(onlyItems.facets.types.map((f) => f.value).sort()).toEqual(['CASE', 'KNOWLEDGE_ITEM', 'RESPONSE']);
    expect(onlyItems.facets.types.find((f) => f.value === 'CASE')!.label).toBe('Casus');

    const m8l4 = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id], qualifications: ['m8'], levels: [4] });
    expect(keys(m8l4)).toEqual(['relPlural']);
    // The qualification facet ignores the qualification filter (but keeps the level filter): M8 only at level 4.
    // (Other test files use B2 × 3; this one keeps out of their counts.)
    expect(m8l4.facets.qualifications).toEqual([{ value: 'M8', label: 'M8', count: 1 }]);
    const b4 = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id], qualifications: ['B4'] });
    expect(new Set(keys(b4))).toEqual(new Set(['relCase', 'relResponse']));
    expect(b4.facets.levels).toEqual([{ value: '2', label: 'Niveau 2', count: 2 }]);
    const form = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id], collaborationForms: ['MULTIPLE'] });
    expect(new Set(keys(form))).toEqual(new Set(['relPlural', 'relCase', 'relResponse']));
    expect(form.facets.collaborationForms[0]).toMatchObject({ value: 'MULTIPLE', count: 3 });
    expect(keys(await search(outsider.client, { text: 'wijkteam', communityIds: [pub.id], tags: ['onderwijs'] }))).toEqual(['relPlural']);

    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    expect((await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id], from: today, to: today })).total).toBe(all.total);
    expect((await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id], to: yesterday })).total).toBe(0);
    expect(all.facets.years).toEqual([{ value: today.slice(0, 4), label: today.slice(0, 4), count: all.total }]);

    // Browsing without words: newest first, with the filters.
    const browse = await search(outsider.client, { communityIds: [pub.id], types: ['MESSAGE'] });
    expect(keys(browse)).toEqual(['post', 'gezienMsg', 'allianceMsg']);
  });

  it('never shows or counts anything from a private community to non-members, signed in or not', async () => {
    for (const client of [outsider.client, anonymous]) {
      const secret = await search(client, { text: 'pleegzorgmatching' });
      expect(secret.total).toBe(0);
      expect(secret.hits).toEqual([]);
      expect(Object.values(secret.facets).every((f) => f.length === 0)).toBe(true);
      expect((await search(client, { text: 'pleegzorgmatching', communityIds: [priv.id] })).total).toBe(0);
      const broad = await search(client, { text: 'samenwerkingsrelatie pleegouders OF samenwerkingsrelatie' });
      expect(subjects(broad)).not.toContain(ids.secretCase);
      expect(broad.facets.communities.map((c) => c.value)).not.toContain(priv.id);
      expect(subjects(await search(client, { text: priv.name }))).not.toContain(priv.id);
      const browse = await search(client, { communityIds: [priv.id] });
      expect(browse.total).toBe(0);
    }
    const member = await search(owner.client, { text: 'pleegzorgmatching' });
    expect(new Set(keys(member))).toEqual(new Set(['secretCase', 'secretMsg']));
    expect(member.facets.communities).toEqual([{ value: priv.id, label: priv.name, count: 2 }]);
  });

  it('follows every change in the same transaction: edits, hiding and restoring, deleting', async () => {
    // Hiding a case removes it, its responses and its thread from search; restoring brings them back.
    must(await owner.client.gql(`mutation($id: ID!) { hideContent(type: CASE, id: $id, reason: "Even controleren") { hidden } }`, { id: ids.relCase }));
    let r = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id] });
    expect(subjects(r)).not.toContain(ids.relCase);
    expect(subjects(r)).not.toContain(ids.relResponse);
    must(await owner.client.gql(`mutation($id: ID!) { restoreContent(type: CASE, id: $id) { hidden } }`, { id: ids.relCase }));
    r = await search(outsider.client, { text: 'samenwerkingsrelatie', communityIds: [pub.id] });
    expect(subjects(r)).toEqual(expect.arrayContaining([ids.relCase, ids.relResponse]));

    must(await owner.client.gql(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: ids.gezienMsg }));
    expect(subjects(await search(outsider.client, { text: 'protocol', communityIds: [pub.id] }))).toEqual([]);

    const [{ revision }] = (await app.dataSource.query(`SELECT revision FROM knowledge_item WHERE id = $1`, [ids.samenwerking])) as { revision: number }[];
    must(await owner.client.gql(`mutation($id: ID!, $rev: Int!, $note: String!, $input: KnowledgeContentInput!) { updateKnowledgeItem(id: $id, expectedRevision: $rev, changeNote: $note, input: $input) { revision } }`, {
      id: ids.samenwerking, rev: revision, note: 'Nieuwe titel',
      input: { type: 'ARTICLE', title: 'Ketenpartners in de buurt', summary: 'Wijkgerichte samenwerking vraagt om korte lijnen tussen huisarts, school en wijkteam.', evidenceLevel: 'PRACTICE_BASED', qualificationCodes: ['B5'], levels: [2] },
    }));
    const renamed = await search(outsider.client, { text: 'ketenpartners', communityIds: [pub.id] });
    expect(keys(renamed)).toEqual(['samenwerking']);
    expect(renamed.hits[0].titleHtml).toBe('<mark>Ketenpartners</mark> in de buurt');

    // Publishing may raise latest_version before the version row exists (raw SQL here, like an import).
    const [{ id: instrumentId }] = (await app.dataSource.query(
      `INSERT INTO instrument (community_id, title, draft, latest_version, created_by_id, export_salt) VALUES ($1, 'Schaalconcept', '{}'::jsonb, 1, $2, 'zout') RETURNING id`,
      [pub.id, owner.id],
    )) as { id: string }[];
    await app.dataSource.query(`INSERT INTO instrument_version (instrument_id, number, definition, changelog, published_by_id) VALUES ($1, 1, $2, 'Eerste', $3)`, [
      instrumentId,
      JSON.stringify({ title: 'Gezinsbarometer', purpose: 'Meet hoe het gezin de samenwerking ervaart.', items: [{ id: 'a', text: 'Ik voel me gehoord' }] }),
      owner.id,
    ]);
    const barometer = await search(outsider.client, { text: 'gezinsbarometer', communityIds: [pub.id] });
    expect(barometer.hits.map((h) => [h.type, h.subjectId, h.link])).toEqual([['INSTRUMENT', instrumentId, `/instrumenten/${instrumentId}`]]);

    // The documents always equal what the content says, and the vocabulary equals a full recount. Checked
    // with writers held off (other test files write to the same database at the same time), before and
    // after a rebuild from the content.
    const invariants = () =>
      app.dataSource.transaction(async (m) => {
        await m.query(`LOCK TABLE search_document IN SHARE ROW EXCLUSIVE MODE`);
        const differences = (await m.query(`
          (SELECT 'missing' AS kind, type, subject_id, title FROM (SELECT type, subject_id, title, body, keywords FROM search_source EXCEPT SELECT type, subject_id, title, body, keywords FROM search_document) x LIMIT 5)
          UNION ALL
          (SELECT 'extra', type, subject_id, title FROM (SELECT type, subject_id, title, body, keywords FROM search_document EXCEPT SELECT type, subject_id, title, body, keywords FROM search_source) y LIMIT 5)`)) as unknown[];
        await m.query(`SELECT search_term_merge()`);
        const vocabulary = (await m.query(`
          WITH recount AS (
            SELECT w AS word, count(*)::int AS ndoc FROM search_document d, search_doc_words(d.title, d.keywords, d.body) w GROUP BY w)
          (SELECT 'stored' AS kind, word, ndoc FROM (SELECT word, ndoc FROM search_term WHERE ndoc <> 0 EXCEPT SELECT word, ndoc FROM recount) a LIMIT 5)
          UNION ALL
          (SELECT 'recounted', word, ndoc FROM (SELECT word, ndoc FROM recount EXCEPT SELECT word, ndoc FROM search_term) b LIMIT 5)`)) as unknown[];
        const [{ docs }] = (await m.query(`SELECT count(*)::int AS docs FROM search_document`)) as { docs: number }[];
        return { differences, vocabulary, docs: docs > 0 };
      });
    expect(await invariants()).toEqual({ differences: [], vocabulary: [], docs: true });
    expect(await app.get(SearchService).rebuild()).toBeGreaterThan(0);
    expect(await invariants()).toEqual({ differences: [], vocabulary: [], docs: true });
    expect(keys(await search(outsider.client, { text: 'ketenpartners', communityIds: [pub.id] }))).toEqual(['samenwerking']);
  });

  it('escapes markup in titles and snippets, and treats query syntax as words', async () => {
    const r = await search(outsider.client, { text: 'relatie vet', communityIds: [pub.id] });
    const hit = r.hits.find((h) => h.subjectId === ids.markup)!;
    expect(hit.titleHtml).toBe('<mark>Relatie</mark> &#60;b&#62;<mark>vet</mark>&#60;/b&#62; &#38; &#34;quotes&#34;');
    expect(hit.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
    // Text after a "<script>" in the body is still found (the body is indexed as plain text).
    expect(keys(await search(outsider.client, { text: 'opvoedondersteuning', communityIds: [pub.id] }))).toEqual(['markup']);
    for (const text of [`'); DROP TABLE search_document; --`, `& | ! :* <-> \\ ' ''`, 'de het een']) {
      const res = await owner.client.gql<{ search: Result }>(SEARCH, { input: { text } });
      expect(res.errors).toBeUndefined();
    }
    const [{ n }] = (await app.dataSource.query(`SELECT count(*)::int AS n FROM search_document`)) as { n: number }[];
    expect(n).toBeGreaterThan(0);
  });

  it('refuses bad filters with a clear message in Dutch and English', async () => {
    const bad = await outsider.client.gql(SEARCH, { input: { text: 'relatie', qualifications: ['X9'], from: '2026-02-30' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0].extensions as { fields: { field: string; message: string }[] }).fields;
    expect(fields).toEqual([{ field: 'qualifications', message: 'Kies een kwalificatie van B1 tot en met B9 of M1 tot en met M9.' }]);
    const day = await outsider.client.gql(SEARCH, { input: { text: 'relatie', from: '2026-02-30' } });
    expect((day.errors![0].extensions as { fields: unknown[] }).fields).toEqual([{ field: 'from', message: 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-09-01.' }]);
    const order = await new TestClient(app.url, 'en').gql(SEARCH, { input: { text: 'relatie', from: '2026-03-02', to: '2026-03-01' } });
    expect(errorCode(order)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(order.errors)).toContain('The end date is before the start date.');
    expect(errorCode(await outsider.client.gql(SEARCH, { input: { text: 'relatie', first: 500 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await outsider.client.gql(SEARCH, { input: { text: 'x'.repeat(201) } }))).toBe('BAD_USER_INPUT');
  });
});
