import { buildCommunity, buildUser, BuiltUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

// The knowledge base and the living learning line, against the real API and database.

const ITEM = `id type title summary summaryHtml evidenceLevel revision canEdit theoryThemes tags
  citation { authors year title container volume issue pages doi url }
  finding { studyDesign sample practiceImplications }
  qualifications { code } levels { number } collaborationForms { code } researchThemes { code }
  revisions { number changeNote author { displayName } }`;
const CREATE = `mutation($input: CreateKnowledgeInput!) { createKnowledgeItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($id: ID!, $rev: Int!, $note: String!, $input: KnowledgeContentInput!) { updateKnowledgeItem(id: $id, expectedRevision: $rev, changeNote: $note, input: $input) { ${ITEM} } }`;
const GET = `query($id: ID!) { knowledgeItem(id: $id) { ${ITEM} } }`;
const MAP = `{ learningLineMap { qualificationCode level knowledgeCount caseCount instrumentCount sessionCount gap items { id title } } }`;

type Cell = { qualificationCode: string; level: number; knowledgeCount: number; caseCount: number; instrumentCount: number; sessionCount: number; gap: boolean; items: { id: string; title: string }[] };

const finding = (over: Record<string, unknown> = {}) => ({
  type: 'RESEARCH_FINDING',
  title: 'Gedeelde doelen houden gezinnen langer betrokken',
  summary: 'Wanneer ouders en jongere **samen** de doelen kiezen, blijven ze langer in de hulp. Een samenwerkingsrelatie groeit met gedeelde taken.',
  evidenceLevel: 'PROMISING',
  citation: { authors: ['Jansen, A.', 'Vermeer, B.'], year: 2024, title: 'Gedeelde doelen in ambulante gezinszorg', container: 'Tijdschrift voor Jeugdhulp', volume: '12', issue: '2', pages: '10-24', doi: 'https://doi.org/10.1234/jgh.2024.002', url: null },
  finding: { studyDesign: 'Cohortonderzoek in vier teams', sample: '120 gezinnen in ambulante zorg', practiceImplications: 'Bespreek de doelen met alle gezinsleden tegelijk en kom er elke paar weken op terug.' },
  qualificationCodes: ['B2', 'b7'],
  levels: [3],
  collaborationFormCodes: ['MULTIPLE'],
  theoryThemes: ['SYSTEMS_THEORY'],
  researchThemeCodes: ['MULTIPLE_ALLIANCES'],
  tags: ['Doelen', 'meervoudige alliantie'],
  ...over,
});

describe('knowledge base and the living learning line', () => {
  let app: TestApp;
  let researcher: BuiltUser;
  let lecturer: BuiltUser;
  let outsider: BuiltUser;
  let community: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    [researcher, lecturer, outsider] = await Promise.all([
      buildUser(app.url, { displayName: 'Olaf Onderzoeker', role: 'RESEARCHER' }),
      buildUser(app.url, { displayName: 'Dana Docent', role: 'LECTURER' }),
      buildUser(app.url, { displayName: 'Bo Buiten' }),
    ]);
    community = await buildCommunity(researcher.client, { visibility: 'PRIVATE' });
    await app.dataSource.query(`UPDATE user_account SET is_curator = true WHERE id = $1`, [lecturer.id]);
  });
  afterAll(() => app.close());

  const cell = (cells: Cell[], q: string, level: number) => cells.find((c) => c.qualificationCode === q && c.level === level)!;

  it('stores a researcher’s finding with its citation and links, private to the community, and shows it in the map cell', async () => {
    const before = must(await outsider.client.gql<{ learningLineMap: Cell[] }>(MAP)).learningLineMap;
    const item = must(await researcher.client.gql<{ createKnowledgeItem: Record<string, unknown> & { id: string } }>(CREATE, { input: { ...finding(), communityId: community.id } })).createKnowledgeItem;
    expect(item).toMatchObject({
      type: 'RESEARCH_FINDING',
      revision: 1,
      canEdit: true,
      citation: { authors: ['Jansen, A.', 'Vermeer, B.'], year: 2024, doi: '10.1234/jgh.2024.002', container: 'Tijdschrift voor Jeugdhulp' },
      finding: { sample: '120 gezinnen in ambulante zorg' },
      qualifications: [{ code: 'B2' }, { code: 'B7' }],
      levels: [{ number: 3 }],
      collaborationForms: [{ code: 'MULTIPLE' }],
      researchThemes: [{ code: 'MULTIPLE_ALLIANCES' }],
      tags: ['doelen', 'meervoudige alliantie'],
      revisions: [{ number: 1, changeNote: 'Eerste versie', author: { displayName: 'Olaf Onderzoeker' } }],
    });
    expect(item['summaryHtml']).toContain('<strong>samen</strong>');

    // The map: the member sees it in B2 × 3; an outsider's map has not changed, not even a count.
    const mine = must(await researcher.client.gql<{ learningLineMap: Cell[] }>(MAP)).learningLineMap;
    expect(mine).toHaveLength(18 * 4);
    expect(cell(mine, 'B2', 3).items.map((i) => i.id)).toContain(item.id);
    expect(cell(mine, 'B2', 3).knowledgeCount).toBe(cell(before, 'B2', 3).knowledgeCount + 1);
    const theirs = must(await outsider.client.gql<{ learningLineMap: Cell[] }>(MAP)).learningLineMap;
    expect(theirs).toEqual(before);
    expect(errorCode(await outsider.client.gql(GET, { id: item.id }))).toBe('NOT_FOUND');
    expect(JSON.stringify(must(await outsider.client.gql(`{ knowledgeItems(first: 200) { id } }`)))).not.toContain(item.id);
    expect(JSON.stringify(must(await new TestClient(app.url).gql(`{ readingPath(level: 3) { id } }`)))).not.toContain(item.id);

    // The map's counts are the database's counts for this viewer.
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM knowledge_item k JOIN knowledge_item_qualification kq ON kq.item_id = k.id JOIN qualification q ON q.id = kq.qualification_id
         JOIN knowledge_item_level kl ON kl.item_id = k.id JOIN level l ON l.id = kl.level_id
         LEFT JOIN community c ON c.id = k.community_id
        WHERE q.code = 'B2' AND l.number = 3 AND (k.community_id IS NULL OR c.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM community_member m WHERE m.community_id = k.community_id AND m.user_id = $1))`,
      [researcher.id],
    );
    expect(cell(mine, 'B2', 3).knowledgeCount).toBe(n);

    // Filters and the reading path of level 3.
    const filtered = must(await researcher.client.gql<{ knowledgeItems: { id: string }[] }>(`{ knowledgeItems(qualification: "B2", level: 3, type: RESEARCH_FINDING, tag: "doelen") { id } }`)).knowledgeItems;
    expect(filtered.map((i) => i.id)).toEqual([item.id]);
    expect(must(await researcher.client.gql<{ knowledgeItems: unknown[] }>(`{ knowledgeItems(qualification: "B2", level: 1, tag: "doelen") { id } }`)).knowledgeItems).toEqual([]);
    expect(JSON.stringify(must(await researcher.client.gql(`{ readingPath(level: 3) { id } }`)))).toContain(item.id);

    // Members ask questions on it in its own discussion thread.
    const thread = must(await researcher.client.gql<{ thread: { id: string } }>(`query($id: ID!) { thread(kind: KNOWLEDGE, subjectId: $id) { id } }`, { id: item.id })).thread;
    expect(thread.id).toBeTruthy();
    expect(errorCode(await outsider.client.gql(`query($id: ID!) { thread(kind: KNOWLEDGE, subjectId: $id) { id } }`, { id: item.id }))).toBe('NOT_FOUND');
  });

  it('keeps every edit as a revision with a change note, refuses a stale edit, and shows a diff', async () => {
    const item = must(await researcher.client.gql<{ createKnowledgeItem: { id: string } }>(CREATE, { input: { ...finding({ title: 'Eerste titel van een bevinding' }), communityId: community.id } })).createKnowledgeItem;
    const edited = must(
      await researcher.client.gql<{ updateKnowledgeItem: { revision: number; revisions: { number: number; changeNote: string }[] } }>(UPDATE, {
        id: item.id,
        rev: 1,
        note: 'Titel scherper, niveau 4 erbij',
        input: { ...finding({ title: 'Gedeelde doelen: betere titel', levels: [3, 4] }) },
      }),
    ).updateKnowledgeItem;
    expect(edited.revision).toBe(2);
    expect(edited.revisions.map((r) => [r.number, r.changeNote])).toEqual([
      [2, 'Titel scherper, niveau 4 erbij'],
      [1, 'Eerste versie'],
    ]);
    const stale = await researcher.client.gql(UPDATE, { id: item.id, rev: 1, note: 'Nog een keer', input: finding() });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/intussen gewijzigd/);
    const diff = must(await researcher.client.gql<{ knowledgeDiff: { field: string; before: string | null; after: string | null }[] }>(`query($id: ID!) { knowledgeDiff(id: $id, from: 1, to: 2) { field before after } }`, { id: item.id })).knowledgeDiff;
    expect(diff).toEqual([
      { field: 'title', before: 'Eerste titel van een bevinding', after: 'Gedeelde doelen: betere titel' },
      { field: 'levels', before: '[3]', after: '[3,4]' },
    ]);
    // Links to cases and instruments left out of an edit stay (an editor may not see them all).
    const [{ id: instrumentId }] = await app.dataSource.query(
      `INSERT INTO instrument (community_id, title, draft, latest_version, export_salt) VALUES ($1, 'Gekoppeld instrument', '{}'::jsonb, 1, 'zout') RETURNING id`,
      [community.id],
    );
    await app.dataSource.query(`UPDATE knowledge_item SET instrument_ids = ARRAY[$2::uuid] WHERE id = $1`, [item.id, instrumentId]);
    must(await researcher.client.gql(UPDATE, { id: item.id, rev: 2, note: 'Alleen de samenvatting', input: finding({ title: 'Gedeelde doelen: betere titel', levels: [3, 4] }) }));
    expect((await app.dataSource.query(`SELECT instrument_ids FROM knowledge_item WHERE id = $1`, [item.id]))[0].instrument_ids).toEqual([instrumentId]);
    // Someone else (even a member) may not edit it; a missing change note is a clear error.
    expect(errorCode(await outsider.client.gql(UPDATE, { id: item.id, rev: 3, note: 'Van mij', input: finding() }))).toBe('NOT_FOUND');
    const noNote = await researcher.client.gql(UPDATE, { id: item.id, rev: 3, note: ' ', input: finding() });
    expect(errorCode(noNote)).toBe('BAD_USER_INPUT');
  });

  it('checks citations and the privacy guard, in Dutch and English, and stores nothing on bad input', async () => {
    // This researcher's items only: other test files write to the same database at the same time.
    const count = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM knowledge_item WHERE author_id = $1`, [researcher.id]))[0].n;
    const start = await count();
    const badDoi = await researcher.client.gql(CREATE, { input: { ...finding({ citation: { ...finding().citation, doi: 'doi-123' } }), communityId: community.id } });
    expect(errorCode(badDoi)).toBe('BAD_USER_INPUT');
    expect(badDoi.errors![0].extensions!['fields']).toEqual([{ field: 'citation.doi', message: expect.stringMatching(/begint met 10\./) }]);
    const english = new TestClient(app.url, 'en');
    english.accessToken = researcher.client.accessToken;
    const badUrl = await english.gql(CREATE, { input: { ...finding({ citation: { ...finding().citation, doi: null, url: 'javascript:alert(1)' } }), communityId: community.id } });
    expect(badUrl.errors![0].extensions!['fields']).toEqual([{ field: 'citation.url', message: 'Enter a web address that starts with https:// or http://.' }]);
    const badYear = await researcher.client.gql(CREATE, { input: { ...finding({ citation: { ...finding().citation, year: 1700 } }), communityId: community.id } });
    expect(errorCode(badYear)).toBe('BAD_USER_INPUT');
    const bsn = await researcher.client.gql(CREATE, { input: { ...finding({ summary: 'Het gezin met BSN 111222333 werkte goed mee aan de gezamenlijke doelen.' }), communityId: community.id } });
    expect(errorCode(bsn)).toBe('PRIVACY_FINDINGS');
    const unknown = await researcher.client.gql(CREATE, { input: { ...finding({ qualificationCodes: ['B2', 'X9'] }), communityId: community.id } });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(start);
  });

  it('lets curators keep site-wide items and the learning line itself, with history; the map exports as CSV', async () => {
    const siteWide = { ...finding({ title: 'Landelijk kader voor interprofessioneel leren', type: 'ARTICLE', evidenceLevel: 'THEORY', finding: null, qualificationCodes: ['M6'], levels: [4] }), communityId: null };
    expect(errorCode(await researcher.client.gql(CREATE, { input: siteWide }))).toBe('FORBIDDEN');
    const item = must(await lecturer.client.gql<{ createKnowledgeItem: { id: string } }>(CREATE, { input: siteWide })).createKnowledgeItem;
    // Site-wide items are for everyone, signed in or not.
    expect(must(await new TestClient(app.url).gql<{ knowledgeItem: { title: string } }>(GET, { id: item.id })).knowledgeItem.title).toBe('Landelijk kader voor interprofessioneel leren');

    const EDIT = `mutation($input: LearningLineTextInput!) { editQualification(code: "B2", input: $input) { code text } }`;
    const input = { textNl: 'Gaat een professionele samenwerkingsrelatie aan met alle betrokkenen in het gezin.', textEn: 'Enters a professional working relationship with everyone involved in the family.', changeNote: 'Gezinssysteem expliciet genoemd' };
    expect(errorCode(await researcher.client.gql(EDIT, { input }))).toBe('FORBIDDEN');
    const [{ text_nl: old }] = await app.dataSource.query(`SELECT text_nl FROM qualification WHERE code = 'B2'`);
    expect(must(await lecturer.client.gql<{ editQualification: { text: string } }>(EDIT, { input })).editQualification.text).toBe(input.textNl);
    const history = must(await outsider.client.gql<{ learningLineHistory: { number: number; beforeNl: string; afterNl: string; changeNote: string; author: { displayName: string } }[] }>(`{ learningLineHistory(qualification: "B2") { number beforeNl afterNl changeNote author { displayName } } }`)).learningLineHistory;
    expect(history).toEqual([{ number: 1, beforeNl: old, afterNl: input.textNl, changeNote: 'Gezinssysteem expliciet genoemd', author: { displayName: 'Dana Docent' } }]);
    const level = must(await lecturer.client.gql<{ editLevel: { description: string } }>(`mutation($input: LearningLineTextInput!) { editLevel(number: 3, input: $input) { description } }`, { input: { ...input, changeNote: 'Niveau 3 aangescherpt' } })).editLevel;
    expect(level.description).toBe(input.textNl);

    const csv = must(await lecturer.client.gql<{ learningLineMapCsv: string }>(`{ learningLineMapCsv }`)).learningLineMapCsv.trim().split('\n');
    expect(csv[0]).toBe('eindkwalificatie,niveau,kennisitems,casussen,instrumenten,sessies,lacune');
    expect(csv).toHaveLength(1 + 18 * 4);
    const m6 = csv.find((l) => l.startsWith('M6,4,'))!;
    expect(Number(m6.split(',')[2])).toBeGreaterThanOrEqual(1);
    expect(m6.endsWith(',nee')).toBe(true);
    const cells = must(await lecturer.client.gql<{ learningLineMap: Cell[] }>(MAP)).learningLineMap;
    for (const c of cells) expect(csv).toContain(`${c.qualificationCode},${c.level},${c.knowledgeCount},${c.caseCount},${c.instrumentCount},${c.sessionCount},${c.gap ? 'ja' : 'nee'}`);
  });
});
