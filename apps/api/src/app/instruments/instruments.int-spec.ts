import { randomUUID } from 'node:crypto';
import { buildCommunity, buildUser, BuiltUser, collect, connectSocket, errorCode, must, nextEvent, sleep, TestClient, TestSocket } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

// Co-developing instruments, immutable versions, monitoring tracks with hand-checked scores,
// respondent links and the researchers' views, against the real API and database.

const INSTRUMENT = `id title latestVersion draftRev draftParts { part rev byName }
  draft { title purpose respondents items { id type text help points labels options { id label score } reverse subscaleId required } subscales { id name method }
          scoring { total thresholds { id scope kind value label } referenceLines { id scope value label } splitSpread } }
  permissions { readDraft edit comment track analyse fork } comments { id itemId body } authors { displayName } lineage { instrumentId title versionNumber communityName }`;
const CREATE = `mutation($c: ID!, $t: String!, $p: String!) { createInstrument(communityId: $c, title: $t, purpose: $p) { ${INSTRUMENT} } }`;
const GET = `query($id: ID!) { instrument(id: $id) { ${INSTRUMENT} } }`;
const ADD_ITEM = `mutation($id: ID!, $type: InstrumentItemType!) { addInstrumentItem(id: $id, type: $type) { itemId instrument { draftRev } } }`;
const UPDATE_ITEM = `mutation($id: ID!, $item: String!, $rev: Int!, $input: InstrumentItemInput!) { updateInstrumentItem(id: $id, itemId: $item, expectedRev: $rev, input: $input) { ${INSTRUMENT} } }`;
const SCORING = `mutation($id: ID!, $rev: Int!, $input: ScoringInput!) { updateInstrumentScoring(id: $id, expectedRev: $rev, input: $input) { ${INSTRUMENT} } }`;
const META = `mutation($id: ID!, $rev: Int!, $input: InstrumentMetaInput!) { updateInstrumentMeta(id: $id, expectedRev: $rev, input: $input) { draftRev } }`;
const PUBLISH = `mutation($id: ID!, $log: String!, $rev: Int!) { publishInstrument(id: $id, changelog: $log, expectedDraftRev: $rev) { id number changelog definition { title items { id text reverse } } } }`;
const ADD_AUTHOR = `mutation($id: ID!, $u: ID!) { addInstrumentAuthor(id: $id, userId: $u) { id } }`;
const CREATE_TRACK = `mutation($input: CreateTrackInput!) { createMonitoringTrack(input: $input) { id caseCode respondents { id label kind } } }`;
const RECORD = `mutation($input: RecordResponseInput!) { recordResponse(input: $input) { id total scores { scope value } } }`;
const TRACK = `query($id: ID!) { monitoringTrack(id: $id) { id caseCode canWrite responses { sessionNumber respondentId total scores { scope value } answers { itemId value choice text } }
  chart { scopes { id name } sessions series { label points { sessionNumber scores { scope value } } } signals { kind scope sessionNumber respondentId value previous spread label }
          spreads { sessionNumber spread split } thresholds { id } referenceLines { value } splitSpread } } }`;
const LINK = `mutation($input: CreateRespondentLinkInput!) { createRespondentLink(input: $input) { token path link { id status expiresAt } } }`;
const FORM = `query($t: String!) { respondentForm(token: $t) { status instrumentTitle respondentLabel sessionNumber items { id type text } } }`;
const SUBMIT = `mutation($t: String!, $a: [AnswerInput!]!) { submitRespondentForm(token: $t, answers: $a) }`;

type Item = { id: string; type: string; text: string; help: string | null; points: number | null; labels: string[]; options: { id: string; label: string; score: number | null }[]; reverse: boolean; subscaleId: string | null; required: boolean };
type Instrument = {
  id: string;
  title: string;
  latestVersion: number;
  draftRev: number;
  draftParts: { part: string; rev: number; byName: string | null }[];
  draft: { items: Item[]; subscales: { id: string }[] } | null;
  permissions: Record<string, boolean>;
  comments: { itemId: string | null; body: string }[];
  authors: { displayName: string }[];
  lineage: { instrumentId: string | null; title: string; versionNumber: number; communityName: string | null } | null;
};

const revOf = (i: Instrument, part: string) => i.draftParts.find((p) => p.part === part)?.rev ?? 0;
const itemInput = (i: Item, over: Partial<Item> = {}) => {
  const x = { ...i, ...over };
  return { type: x.type, text: x.text, help: x.help, points: x.points, labels: x.labels, options: x.options, reverse: x.reverse, subscaleId: x.subscaleId, required: x.required };
};

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(25);
  }
}

describe('instruments: co-development, versions and monitoring', () => {
  let app: TestApp;
  let olaf: BuiltUser;
  let dana: BuiltUser;
  let mo: BuiltUser;
  let outsider: BuiltUser;
  let community: { id: string };
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    [olaf, dana, mo, outsider] = await Promise.all([
      buildUser(app.url, { displayName: 'Olaf Onderzoeker' }),
      buildUser(app.url, { displayName: 'Dana Docent' }),
      buildUser(app.url, { displayName: 'Mo Lid' }),
      buildUser(app.url, { displayName: 'Bo Buiten' }),
    ]);
    community = await buildCommunity(olaf.client, { visibility: 'PRIVATE' });
    for (const u of [dana, mo]) await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [community.id, u.id]);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app.close());

  /** A new instrument by Olaf with Dana as co-author and the given items (added, then filled in). */
  async function draftWith(items: Partial<Item>[], title = 'Werkrelatiecheck'): Promise<Instrument> {
    const created = must(await olaf.client.gql<{ createInstrument: Instrument }>(CREATE, { c: community.id, t: title, p: 'Hoe gaat de **samenwerking**?' })).createInstrument;
    must(await olaf.client.gql(ADD_AUTHOR, { id: created.id, u: dana.id }));
    let current = created;
    for (const wanted of items) {
      const { itemId } = must(await olaf.client.gql<{ addInstrumentItem: { itemId: string } }>(ADD_ITEM, { id: created.id, type: wanted.type ?? 'LIKERT' })).addInstrumentItem;
      current = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: created.id })).instrument;
      const base = current.draft!.items.find((i) => i.id === itemId)!;
      current = must(
        await olaf.client.gql<{ updateInstrumentItem: Instrument }>(UPDATE_ITEM, { id: created.id, item: itemId, rev: revOf(current, `item:${itemId}`), input: itemInput(base, wanted) }),
      ).updateInstrumentItem;
    }
    return current;
  }

  /**
   * The instrument of the hand-computed examples: q1 Likert 5 (band), q2 Likert 5 reverse-keyed (band),
   * q3 VAS (doelen), q4 VAS reverse (doelen), q5 choice scored 0/1/3 (no subscale), q6 open text.
   * Subscales: band MEAN, doelen SUM; total MEAN over the five scored items.
   * Thresholds: total BELOW 3, total DROP 1, doelen ABOVE 15; split spread 1.5; reference line 4.
   */
  async function publishedExample(): Promise<{ instrument: Instrument; ids: string[] }> {
    const d = await draftWith([
      { type: 'LIKERT', text: 'Ik voel me serieus genomen.' },
      { type: 'LIKERT', text: 'Ik twijfel of we hetzelfde willen.', reverse: true },
      { type: 'VAS', text: 'We werken aan mijn doelen.' },
      { type: 'VAS', text: 'Het gaat te snel voor mij.', reverse: true },
      { type: 'SINGLE_CHOICE', text: 'Hoe vaak spraken we elkaar?', options: [{ id: 'nooit', label: 'Nooit', score: 0 }, { id: 'soms', label: 'Soms', score: 1 }, { id: 'vaak', label: 'Vaak', score: 3 }], required: false },
      { type: 'OPEN_TEXT', text: 'Wat zou helpen?', required: false },
    ]);
    const ids = d.draft!.items.map((i) => i.id);
    let current = must(
      await olaf.client.gql<{ updateInstrumentScoring: Instrument }>(SCORING, {
        id: d.id,
        rev: 0,
        input: {
          subscales: [{ id: 'band', name: 'Band', method: 'MEAN' }, { id: 'doelen', name: 'Doelen', method: 'SUM' }],
          total: 'MEAN',
          thresholds: [
            { id: 'laag', scope: 'TOTAL', kind: 'BELOW', value: 3, label: 'Totaal onder de 3' },
            { id: 'daling', scope: 'TOTAL', kind: 'DROP', value: 1, label: 'Daling van 1 of meer' },
            { id: 'hoog', scope: 'doelen', kind: 'ABOVE', value: 15, label: 'Doelen boven de 15' },
          ],
          referenceLines: [{ id: 'ref', scope: 'TOTAL', value: 4, label: 'Streefwaarde' }],
          splitSpread: 1.5,
        },
      }),
    ).updateInstrumentScoring;
    for (const [i, sub] of [[0, 'band'], [1, 'band'], [2, 'doelen'], [3, 'doelen']] as const) {
      const item = current.draft!.items[i];
      current = must(await olaf.client.gql<{ updateInstrumentItem: Instrument }>(UPDATE_ITEM, { id: d.id, item: item.id, rev: revOf(current, `item:${item.id}`), input: itemInput(item, { subscaleId: sub }) })).updateInstrumentItem;
    }
    must(await olaf.client.gql(META, { id: d.id, rev: 0, input: { title: 'Werkrelatiecheck', purpose: 'Voor de test.', respondents: ['PARENT', 'YOUTH', 'PROFESSIONAL'] } }));
    current = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    must(await olaf.client.gql(PUBLISH, { id: d.id, log: 'Eerste versie', rev: current.draftRev }));
    return { instrument: current, ids };
  }

  it('scores responses exactly as computed by hand, and raises BELOW, DROP, ABOVE and split signals', async () => {
    const { instrument, ids } = await publishedExample();
    const [q1, q2, q3, q4, q5, q6] = ids;
    const track = must(
      await olaf.client.gql<{ createMonitoringTrack: { id: string; respondents: { id: string; label: string }[] } }>(CREATE_TRACK, {
        input: { instrumentId: instrument.id, versionNumber: 1, caseCode: 'TEST-2026-001', notes: 'Testgezin', respondents: [{ label: 'moeder', kind: 'PARENT' }, { label: 'jongere', kind: 'YOUTH' }] },
      }),
    ).createMonitoringTrack;
    const [mother, youth] = track.respondents;
    const answers = (l1: number, l2: number, v3: number, v4: number, choice: string | null) => [
      { itemId: q1, value: l1 },
      { itemId: q2, value: l2 },
      { itemId: q3, value: v3 },
      { itemId: q4, value: v4 },
      ...(choice ? [{ itemId: q5, choice }] : []),
      { itemId: q6, text: 'Meer tijd om te praten.' },
    ];
    const record = (respondentId: string, sessionNumber: number, a: ReturnType<typeof answers>) =>
      olaf.client.gql<{ recordResponse: { total: number; scores: { scope: string; value: number | null }[] } }>(RECORD, { input: { trackId: track.id, respondentId, sessionNumber, answers: a } });

    // Mother, session 1: q1 = 4; q2 = 2 reversed on 5 points → 6 - 2 = 4; q3 = 7.5; q4 = 2.5 reversed → 10 - 2.5 = 7.5;
    // q5 "vaak" = 3. band MEAN (4 + 4) / 2 = 4; doelen SUM 7.5 + 7.5 = 15; total MEAN (4 + 4 + 7.5 + 7.5 + 3) / 5 = 26 / 5 = 5.2.
    const s1 = must(await record(mother.id, 1, answers(4, 2, 7.5, 2.5, 'vaak'))).recordResponse;
    expect(s1.total).toBe(5.2);
    expect(s1.scores).toEqual([{ scope: 'TOTAL', value: 5.2 }, { scope: 'band', value: 4 }, { scope: 'doelen', value: 15 }]);
    // Mother, session 2: q1 = 1, q2 = 5 → 1; q3 = 2, q4 = 9 → 1; no choice (not required, left out of the mean).
    // band 1; doelen 2 + 1 = 3; total (1 + 1 + 2 + 1) / 4 = 1.25 → BELOW 3, and DROP 5.2 - 1.25 = 3.95 ≥ 1.
    expect(must(await record(mother.id, 2, answers(1, 5, 2, 9, null))).recordResponse.total).toBe(1.25);
    // Mother, session 3: q1 = 3, q2 = 3 → 3; q3 = 9, q4 = 0.5 → 9.5; "soms" = 1. doelen 18.5 → ABOVE 15.
    // total (3 + 3 + 9 + 9.5 + 1) / 5 = 25.5 / 5 = 5.1 (no drop: it rose).
    expect(must(await record(mother.id, 3, answers(3, 3, 9, 0.5, 'soms'))).recordResponse.total).toBe(5.1);
    // Youth, session 1: q1 = 5, q2 = 1 → 5; q3 = 10, q4 = 0 → 10; "vaak" 3. total (5 + 5 + 10 + 10 + 3) / 5 = 6.6.
    // Spread in session 1: 6.6 - 5.2 = 1.4 ≤ 1.5 → no split.
    expect(must(await record(youth.id, 1, answers(5, 1, 10, 0, 'vaak'))).recordResponse.total).toBe(6.6);
    // Youth, session 3 (skipped 2): q1 = 2, q2 = 4 → 2; q3 = 4, q4 = 6 → 4; "nooit" 0. total (2 + 2 + 4 + 4 + 0) / 5 = 2.4.
    // BELOW 3; DROP from session 1 (the previous measurement of this respondent): 6.6 - 2.4 = 4.2.
    // Spread in session 3: 5.1 - 2.4 = 2.7 > 1.5 → split alliance.
    expect(must(await record(youth.id, 3, answers(2, 4, 4, 6, 'nooit'))).recordResponse.total).toBe(2.4);

    const chart = must(await olaf.client.gql<{ monitoringTrack: { chart: { signals: { kind: string; scope: string; sessionNumber: number; respondentId: string | null; value: number; previous: number | null; spread: number | null }[]; spreads: { sessionNumber: number; spread: number; split: boolean }[]; referenceLines: { value: number }[] } } }>(TRACK, { id: track.id }))
      .monitoringTrack.chart;
    const brief = chart.signals.map((s) => [s.sessionNumber, s.respondentId === mother.id ? 'moeder' : s.respondentId === youth.id ? 'jongere' : '-', s.kind, s.scope, s.value, s.previous ?? s.spread]);
    expect(brief).toEqual([
      // Youth, session 1: doelen 10 + 10 = 20 > 15.
      [1, 'jongere', 'ABOVE', 'doelen', 20, null],
      [2, 'moeder', 'BELOW', 'TOTAL', 1.25, null],
      [2, 'moeder', 'DROP', 'TOTAL', 1.25, 5.2],
      [3, 'moeder', 'ABOVE', 'doelen', 18.5, null],
      [3, 'jongere', 'BELOW', 'TOTAL', 2.4, null],
      [3, 'jongere', 'DROP', 'TOTAL', 2.4, 6.6],
      [3, '-', 'SPLIT', 'TOTAL', 2.7, 2.7],
    ]);
    expect(chart.spreads).toEqual([
      { sessionNumber: 1, spread: 1.4, split: false },
      { sessionNumber: 3, spread: 2.7, split: true },
    ]);
    expect(chart.referenceLines).toEqual([{ value: 4 }]);

    // Researchers: per session number across tracks. Session 1: mean total (5.2 + 6.6) / 2 = 5.9; SD of {5.2, 6.6} = 0.99.
    const agg = must(
      await mo.client.gql<{ instrumentAggregate: { tracks: number; responses: number; sessions: { sessionNumber: number; tracks: number; responses: number; scopes: { scope: string; n: number; mean: number | null; sd: number | null }[] }[] } }>(
        `query($id: ID!) { instrumentAggregate(instrumentId: $id) { tracks responses sessions { sessionNumber tracks responses scopes { scope n mean sd } } } }`,
        { id: instrument.id },
      ),
    ).instrumentAggregate;
    expect([agg.tracks, agg.responses]).toEqual([1, 5]);
    expect(agg.sessions.map((s) => [s.sessionNumber, s.responses, s.scopes.find((c) => c.scope === 'TOTAL')])).toEqual([
      [1, 2, { scope: 'TOTAL', n: 2, mean: 5.9, sd: 0.99 }],
      [2, 1, { scope: 'TOTAL', n: 1, mean: 1.25, sd: null }],
      [3, 2, { scope: 'TOTAL', n: 2, mean: 3.75, sd: 1.91 }],
    ]);

    // The export: a pseudonym per track, scores per item (reverse keys applied), never the case code, notes or open answers.
    const csv = must(await mo.client.gql<{ instrumentExportCsv: string }>(`query($id: ID!) { instrumentExportCsv(instrumentId: $id) }`, { id: instrument.id })).instrumentExportCsv;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(`track,version,respondent,respondent_kind,session,total,subscale_band,subscale_doelen,item_${q1},item_${q2},item_${q3},item_${q4},item_${q5}`);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^T-[0-9a-f]{10},1,R1,PARENT,1,5.2,4,15,4,4,7.5,7.5,3$/);
    expect(csv).not.toMatch(/moeder|jongere/);
    expect(csv).not.toContain('TEST-2026-001');
    expect(csv).not.toContain('Meer tijd');
    expect(csv).not.toContain(track.id);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(1);
  });

  it('lets two co-authors edit different items at once, and refuses a silent overwrite of the same item', async () => {
    const d = await draftWith([{ type: 'LIKERT', text: 'Eerste vraag' }, { type: 'VAS', text: 'Tweede vraag' }]);
    const [a, b] = d.draft!.items;
    // Dana watches the draft live.
    const danaSocket = await connectSocket(app.url, dana.client.accessToken);
    sockets.push(danaSocket);
    const ack = await new Promise<{ ok: boolean }>((resolve) => danaSocket.emit('instrument:subscribe', { instrumentId: d.id }, resolve as never));
    expect(ack.ok).toBe(true);
    const changes = collect(danaSocket, 'instrument:changed');

    // Different items at the same time: both stored.
    const [r1, r2] = await Promise.all([
      olaf.client.gql<{ updateInstrumentItem: Instrument }>(UPDATE_ITEM, { id: d.id, item: a.id, rev: revOf(d, `item:${a.id}`), input: itemInput(a, { text: 'Olafs versie van vraag 1' }) }),
      dana.client.gql<{ updateInstrumentItem: Instrument }>(UPDATE_ITEM, { id: d.id, item: b.id, rev: revOf(d, `item:${b.id}`), input: itemInput(b, { text: 'Dana’s versie van vraag 2' }) }),
    ]);
    must(r1);
    must(r2);
    await until(() => changes.some((c) => c.part === `item:${a.id}` && c.by.name === 'Olaf Onderzoeker'));
    let now = must(await dana.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    expect(now.draft!.items.map((i) => i.text)).toEqual(['Olafs versie van vraag 1', 'Dana’s versie van vraag 2']);

    // The same item from the same revision: exactly one wins, the other gets CONFLICT naming who changed it.
    const rev = revOf(now, `item:${a.id}`);
    const [x, y] = await Promise.all([
      olaf.client.gql(UPDATE_ITEM, { id: d.id, item: a.id, rev, input: itemInput(a, { text: 'Vraag 1, versie A' }) }),
      dana.client.gql(UPDATE_ITEM, { id: d.id, item: a.id, rev, input: itemInput(a, { text: 'Vraag 1, versie B' }) }),
    ]);
    const outcomes = [x, y].map((r) => errorCode(r) ?? 'ok').sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const loser = errorCode(x) ? x : y;
    const winnerName = errorCode(x) ? 'Dana Docent' : 'Olaf Onderzoeker';
    expect(loser.errors![0].message).toContain(winnerName);
    expect(loser.errors![0].message).toMatch(/net gewijzigd/);
    now = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    expect(now.draft!.items[0].text).toBe(errorCode(x) ? 'Vraag 1, versie B' : 'Vraag 1, versie A');
    // Dana's earlier change to item 2 is untouched by all this.
    expect(now.draft!.items[1].text).toBe('Dana’s versie van vraag 2');

    // Many concurrent edits of different items and the heading: none is lost.
    const more = await Promise.all(
      Array.from({ length: 6 }, () => olaf.client.gql<{ addInstrumentItem: { itemId: string } }>(ADD_ITEM, { id: d.id, type: 'OPEN_TEXT' })),
    );
    const added = more.map((r) => must(r).addInstrumentItem.itemId);
    expect(new Set(added).size).toBe(6);
    now = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    const results = await Promise.all(
      added.map((itemId, i) => {
        const item = now.draft!.items.find((it) => it.id === itemId)!;
        const client = i % 2 ? dana.client : olaf.client;
        return client.gql(UPDATE_ITEM, { id: d.id, item: itemId, rev: revOf(now, `item:${itemId}`), input: itemInput(item, { text: `Open vraag ${i + 1}` }) });
      }),
    );
    results.forEach((r) => must(r));
    now = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    expect(now.draft!.items.filter((i) => i.type === 'OPEN_TEXT').map((i) => i.text).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `Open vraag ${i + 1}`).sort());
    expect(now.draft!.items).toHaveLength(8);
  });

  it('shows who is editing which item, and a comment arrives live', async () => {
    const d = await draftWith([{ type: 'LIKERT', text: 'Een vraag' }]);
    const itemId = d.draft!.items[0].id;
    const [os, ds] = [await connectSocket(app.url, olaf.client.accessToken), await connectSocket(app.url, dana.client.accessToken)];
    sockets.push(os, ds);
    for (const s of [os, ds]) await new Promise((resolve) => s.emit('instrument:subscribe', { instrumentId: d.id }, resolve as never));
    const editing = nextEvent(ds, 'instrument:editing', (p) => p.editors.some((e) => e.person.name === 'Olaf Onderzoeker' && e.itemId === itemId));
    os.emit('instrument:focus', { instrumentId: d.id, itemId });
    await editing;
    const changed = nextEvent(ds, 'instrument:changed', (p) => p.part === 'comments');
    must(await olaf.client.gql(`mutation($id: ID!, $item: String) { commentOnInstrument(id: $id, itemId: $item, body: "Kan dit korter?") { id } }`, { id: d.id, item: itemId }));
    await changed;
    const now = must(await dana.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    expect(now.comments).toEqual([{ id: expect.any(String), itemId, body: 'Kan dit korter?' }]);
    // Someone outside the community cannot join the draft's room.
    const out = await connectSocket(app.url, outsider.client.accessToken);
    sockets.push(out);
    const refused = await new Promise<{ ok: boolean; error?: { code: string } }>((resolve) => out.emit('instrument:subscribe', { instrumentId: d.id }, resolve as never));
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Leaving the page: the others no longer see Olaf as an editor.
    const gone = nextEvent(ds, 'instrument:editing', (p) => !p.editors.some((e) => e.person.name === 'Olaf Onderzoeker'));
    os.close();
    await gone;
  });

  it('freezes published versions: no route changes them, publishing needs the reviewed draft, and a diff shows what changed', async () => {
    const d = await draftWith([{ type: 'LIKERT', text: 'Versie-een-vraag' }]);
    const item = d.draft!.items[0];
    must(await olaf.client.gql(META, { id: d.id, rev: 0, input: { title: 'Vastgezet instrument', purpose: 'Test', respondents: ['CLIENT'] } }));
    let now = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    expect(errorCode(await olaf.client.gql(PUBLISH, { id: d.id, log: 'Eerste', rev: now.draftRev - 1 }))).toBe('CONFLICT');
    const v1 = must(await olaf.client.gql<{ publishInstrument: { number: number; definition: { items: { text: string }[] } } }>(PUBLISH, { id: d.id, log: 'Eerste', rev: now.draftRev })).publishInstrument;
    expect(v1.number).toBe(1);
    // Publishing an unchanged draft again is refused.
    expect(errorCode(await olaf.client.gql(PUBLISH, { id: d.id, log: 'Niets', rev: now.draftRev }))).toBe('CONFLICT');
    // Members who are not co-authors cannot touch the draft (but may comment).
    expect(errorCode(await mo.client.gql(UPDATE_ITEM, { id: d.id, item: item.id, rev: 1, input: itemInput(item, { text: 'Mo was hier' }) }))).toBe('FORBIDDEN');
    must(await mo.client.gql(`mutation($id: ID!) { commentOnInstrument(id: $id, body: "Mooi instrument") { id } }`, { id: d.id }));

    // Change the draft: version 1 stays as it was.
    now = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    must(await olaf.client.gql(UPDATE_ITEM, { id: d.id, item: item.id, rev: revOf(now, `item:${item.id}`), input: itemInput(item, { text: 'Versie-twee-vraag', reverse: true }) }));
    const v1Again = must(await olaf.client.gql<{ instrumentVersion: { definition: { items: { text: string; reverse: boolean }[] } } }>(`query($id: ID!) { instrumentVersion(instrumentId: $id, number: 1) { definition { items { text reverse } } } }`, { id: d.id }))
      .instrumentVersion;
    expect(v1Again.definition.items).toEqual([{ text: 'Versie-een-vraag', reverse: false }]);
    // Not even SQL can change it (a trigger), while the row stays readable.
    await expect(app.dataSource.query(`UPDATE instrument_version SET definition = '{}'::jsonb WHERE instrument_id = $1`, [d.id])).rejects.toThrow(/published and cannot change/);
    await expect(app.dataSource.query(`UPDATE instrument_version SET changelog = 'anders' WHERE instrument_id = $1`, [d.id])).rejects.toThrow(/cannot change/);

    now = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    const diffToDraft = must(await olaf.client.gql<{ instrumentDiff: { entity: string; kind: string; field: string | null; before: string | null; after: string | null }[] }>(`query($id: ID!) { instrumentDiff(instrumentId: $id, from: 1, to: null) { entity kind field before after } }`, { id: d.id })).instrumentDiff;
    expect(diffToDraft).toEqual(
      expect.arrayContaining([
        { entity: 'ITEM', kind: 'CHANGED', field: 'text', before: '"Versie-een-vraag"', after: '"Versie-twee-vraag"' },
        { entity: 'ITEM', kind: 'CHANGED', field: 'reverse', before: 'false', after: 'true' },
      ]),
    );
    must(await olaf.client.gql(PUBLISH, { id: d.id, log: 'Vraag omgekeerd gescoord', rev: now.draftRev }));
    const between = must(await mo.client.gql<{ instrumentDiff: { field: string | null }[] }>(`query($id: ID!) { instrumentDiff(instrumentId: $id, from: 1, to: 2) { field } }`, { id: d.id })).instrumentDiff;
    expect(between.map((c) => c.field).sort()).toEqual(['reverse', 'text']);
    // The community's feed announces each published version.
    const feed = must(
      await mo.client.gql<{ community: { feed: { edges: { node: { type: string; actor: { displayName: string }; instrumentVersion: { number: number; instrumentId: string } | null } }[] } } }>(
        `query($id: ID) { community(id: $id) { feed(first: 50) { edges { node { type actor { displayName } instrumentVersion { number instrumentId } } } } } }`,
        { id: community.id },
      ),
    ).community.feed.edges.map((e) => e.node).filter((n) => n.type === 'INSTRUMENT_PUBLISHED' && n.instrumentVersion?.instrumentId === d.id);
    expect(feed.map((n) => [n.actor.displayName, n.instrumentVersion?.number])).toEqual([['Olaf Onderzoeker', 2], ['Olaf Onderzoeker', 1]]);
    const versions: { number: number; changelog: string }[] = await app.dataSource.query(`SELECT number, changelog FROM instrument_version WHERE instrument_id = $1 ORDER BY number`, [d.id]);
    expect(versions).toEqual([{ number: 1, changelog: 'Eerste' }, { number: 2, changelog: 'Vraag omgekeerd gescoord' }]);
  });

  it('forks into another community with its lineage, and shows the source only to those who may read it', async () => {
    const d = await draftWith([{ type: 'VAS', text: 'Te splitsen vraag' }], 'Bronversie');
    const fresh = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    must(await olaf.client.gql(META, { id: d.id, rev: 0, input: { title: 'Bronversie', purpose: '', respondents: ['CLIENT'] } }));
    must(await olaf.client.gql(PUBLISH, { id: d.id, log: 'Start', rev: fresh.draftRev + 1 }));
    const target = await buildCommunity(mo.client, { visibility: 'PUBLIC' });
    const fork = must(await mo.client.gql<{ forkInstrument: Instrument }>(`mutation($id: ID!, $c: ID!) { forkInstrument(id: $id, communityId: $c) { ${INSTRUMENT} } }`, { id: d.id, c: target.id })).forkInstrument;
    expect(fork.latestVersion).toBe(0);
    expect(fork.draft!.items.map((i) => i.text)).toEqual(['Te splitsen vraag']);
    expect(fork.lineage).toMatchObject({ instrumentId: d.id, title: 'Bronversie', versionNumber: 1 });
    // An outsider of the private source community sees that it is a fork, not where from.
    await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [target.id, outsider.id]);
    const seen = must(await outsider.client.gql<{ instrument: Instrument }>(GET, { id: fork.id })).instrument;
    expect(seen.lineage).toEqual({ instrumentId: null, title: 'Bronversie', versionNumber: 1, communityName: null });
    // Forking into a community where you are not a member is refused.
    expect(errorCode(await outsider.client.gql(`mutation($id: ID!, $c: ID!) { forkInstrument(id: $id, communityId: $c) { id } }`, { id: fork.id, c: community.id }))).toBe('NOT_FOUND');
  });

  it('respondent links: no account, only that form, once, until they expire', async () => {
    const { instrument, ids } = await publishedExample();
    const track = must(
      await olaf.client.gql<{ createMonitoringTrack: { id: string; respondents: { id: string }[] } }>(CREATE_TRACK, {
        input: { instrumentId: instrument.id, versionNumber: 1, caseCode: 'LINK-01', respondents: [{ label: 'jongere', kind: 'YOUTH' }] },
      }),
    ).createMonitoringTrack;
    const respondentId = track.respondents[0].id;
    const made = must(await olaf.client.gql<{ createRespondentLink: { token: string; path: string; link: { status: string } } }>(LINK, { input: { trackId: track.id, respondentId, sessionNumber: 1, validHours: 24 } })).createRespondentLink;
    expect(made.path).toBe(`/invullen/${made.token}`);
    expect(made.link.status).toBe('OPEN');
    const stored: { token_hash: string }[] = await app.dataSource.query(`SELECT token_hash FROM respondent_link WHERE track_id = $1`, [track.id]);
    expect(stored[0].token_hash).not.toContain(made.token);

    const anonymous = new TestClient(app.url);
    const form = must(await anonymous.gql<{ respondentForm: { status: string; instrumentTitle: string; respondentLabel: string; items: { id: string }[] } }>(FORM, { t: made.token })).respondentForm;
    expect(form).toMatchObject({ status: 'OPEN', instrumentTitle: 'Werkrelatiecheck', respondentLabel: 'jongere', sessionNumber: 1 });
    expect(form.items.map((i) => i.id)).toEqual(ids);
    // The link is no key to anything else: not the track, not the instrument, not as a bearer token.
    expect(errorCode(await anonymous.gql(TRACK, { id: track.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(GET, { id: instrument.id }))).toBe('NOT_FOUND');
    expect(errorCode(await anonymous.gql(TRACK, { id: track.id }, { authorization: `Bearer ${made.token}` }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(FORM, { t: made.token.slice(0, -2) + 'xx' }))).toBe('NOT_FOUND');

    // Invalid answers and identifying text are refused with clear messages; nothing is stored.
    const bad = await anonymous.gql(SUBMIT, { t: made.token, a: [{ itemId: ids[0], value: 9 }] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0].extensions!['fields'] as { field: string; message: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining([`answers.${ids[0]}`, `answers.${ids[1]}`]));
    const good = [{ itemId: ids[0], value: 4 }, { itemId: ids[1], value: 2 }, { itemId: ids[2], value: 6.5 }, { itemId: ids[3], value: 3 }];
    const privacy = await anonymous.gql(SUBMIT, { t: made.token, a: [...good, { itemId: ids[5], text: 'Bel me op 0612345678' }] });
    expect(errorCode(privacy)).toBe('PRIVACY_FINDINGS');
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM instrument_response WHERE track_id = $1`, [track.id]))[0].n).toBe(0);

    expect(must(await anonymous.gql<{ submitRespondentForm: number }>(SUBMIT, { t: made.token, a: good })).submitRespondentForm).toBe(1);
    const again = await anonymous.gql(SUBMIT, { t: made.token, a: good });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/al ingevuld/);
    expect(must(await anonymous.gql<{ respondentForm: { status: string; items: unknown[] } }>(FORM, { t: made.token })).respondentForm).toMatchObject({ status: 'USED', items: [] });
    const rows: { source: string; entered_by_id: string | null; total: string }[] = await app.dataSource.query(
      `SELECT source, entered_by_id, scores->>'total' AS total FROM instrument_response WHERE track_id = $1`,
      [track.id],
    );
    // (4 + (6 - 2) + 6.5 + (10 - 3)) / 4 = 21.5 / 4 = 5.38 (5.375 rounded)
    expect(rows).toEqual([{ source: 'LINK', entered_by_id: null, total: '5.38' }]);
    // A link for a session that is already filled in is not made.
    expect(errorCode(await olaf.client.gql(LINK, { input: { trackId: track.id, respondentId, sessionNumber: 1, validHours: 24 } }))).toBe('CONFLICT');

    // A low score through a link raises a signal: the track's creator gets a notification that leads to the track.
    const low = must(await olaf.client.gql<{ createRespondentLink: { token: string } }>(LINK, { input: { trackId: track.id, respondentId, sessionNumber: 3, validHours: 24 } })).createRespondentLink;
    must(await anonymous.gql(SUBMIT, { t: low.token, a: [{ itemId: ids[0], value: 1 }, { itemId: ids[1], value: 5 }, { itemId: ids[2], value: 1 }, { itemId: ids[3], value: 9 }] }));
    const bell = must(await olaf.client.gql<{ notifications: { edges: { node: { type: string; title: string; body: string; link: string } }[] } }>(`{ notifications(first: 5) { edges { node { type title body link } } } }`)).notifications.edges.map((e) => e.node);
    // (1 + 1 + 1 + 1) / 4 = 1 → below 3, and a drop of 5.38 - 1 = 4.38 since session 1.
    expect(bell.filter((n) => n.type === 'TRACK_SIGNAL')).toEqual([
      { type: 'TRACK_SIGNAL', title: expect.stringContaining('Signaal in een monitoringtraject'), body: 'LINK-01 · sessie 3 · jongere: Totaal onder de 3 (1)\nLINK-01 · sessie 3 · jongere: Daling van 1 of meer (1)', link: `/trajecten/${track.id}` },
    ]);

    // A closed track: its open links read as expired at once, and take no answers.
    const closing = must(await olaf.client.gql<{ createRespondentLink: { token: string } }>(LINK, { input: { trackId: track.id, respondentId, sessionNumber: 4, validHours: 24 } })).createRespondentLink;
    must(await olaf.client.gql(`mutation($id: ID!) { closeMonitoringTrack(id: $id) { closedAt } }`, { id: track.id }));
    expect(must(await anonymous.gql<{ respondentForm: { status: string; items: unknown[] } }>(FORM, { t: closing.token })).respondentForm).toMatchObject({ status: 'EXPIRED', items: [] });
    expect(errorCode(await anonymous.gql(SUBMIT, { t: closing.token, a: good }))).toBe('FORBIDDEN');
    must(await olaf.client.gql(`mutation($id: ID!) { closeMonitoringTrack(id: $id, closed: false) { closedAt } }`, { id: track.id }));

    // Expired.
    const late = must(await olaf.client.gql<{ createRespondentLink: { token: string } }>(LINK, { input: { trackId: track.id, respondentId, sessionNumber: 2, validHours: 1 } })).createRespondentLink;
    await app.dataSource.query(`UPDATE respondent_link SET expires_at = now() - interval '1 minute' WHERE session_number = 2 AND track_id = $1`, [track.id]);
    expect(must(await anonymous.gql<{ respondentForm: { status: string; items: unknown[] } }>(FORM, { t: late.token })).respondentForm).toMatchObject({ status: 'EXPIRED', items: [] });
    const expired = await anonymous.gql(SUBMIT, { t: late.token, a: good });
    expect(errorCode(expired)).toBe('FORBIDDEN');
    expect(expired.errors![0].message).toMatch(/verlopen/);
  });

  it('keeps tracks to members, lets only the track’s creator and moderators write, and stores a retried response once', async () => {
    const { instrument, ids } = await publishedExample();
    const input = { instrumentId: instrument.id, versionNumber: 1, caseCode: 'RETRY-01', respondents: [{ label: 'vader', kind: 'PARENT' }], clientId: randomUUID() };
    const [t1, t2] = await Promise.all([olaf.client.gql<{ createMonitoringTrack: { id: string; respondents: { id: string }[] } }>(CREATE_TRACK, { input }), olaf.client.gql<{ createMonitoringTrack: { id: string } }>(CREATE_TRACK, { input })]);
    const track = must(t1).createMonitoringTrack;
    expect(must(t2).createMonitoringTrack.id).toBe(track.id);
    const answers = [{ itemId: ids[0], value: 3 }, { itemId: ids[1], value: 3 }, { itemId: ids[2], value: 5 }, { itemId: ids[3], value: 5 }];
    const clientId = randomUUID();
    const sends = await Promise.all(Array.from({ length: 3 }, () => olaf.client.gql<{ recordResponse: { id: string } }>(RECORD, { input: { trackId: track.id, respondentId: track.respondents[0].id, sessionNumber: 1, answers, clientId } })));
    expect(new Set(sends.map((r) => must(r).recordResponse.id)).size).toBe(1);
    // The same session again without the clientId is a clear conflict, not a second row.
    const dup = await olaf.client.gql(RECORD, { input: { trackId: track.id, respondentId: track.respondents[0].id, sessionNumber: 1, answers } });
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.errors![0].message).toMatch(/sessie 1 al ingevuld/);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM instrument_response WHERE track_id = $1`, [track.id]))[0].n).toBe(1);

    // A member reads it, but writes only on their own tracks; an outsider does not see it exists.
    expect(must(await mo.client.gql<{ monitoringTrack: { canWrite: boolean } }>(TRACK, { id: track.id })).monitoringTrack.canWrite).toBe(false);
    expect(errorCode(await mo.client.gql(RECORD, { input: { trackId: track.id, respondentId: track.respondents[0].id, sessionNumber: 2, answers } }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.client.gql(TRACK, { id: track.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.client.gql(`query($c: ID!) { monitoringTracks(communityId: $c) { id } }`, { c: community.id }))).toBe('NOT_FOUND');

    // In a public community, outsiders see published instruments but never drafts, tracks or aggregates.
    const open = await buildCommunity(olaf.client, { visibility: 'PUBLIC' });
    const pub = must(await olaf.client.gql<{ createInstrument: Instrument }>(CREATE, { c: open.id, t: 'Open instrument', p: '' })).createInstrument;
    expect(errorCode(await outsider.client.gql(GET, { id: pub.id }))).toBe('NOT_FOUND');
    const { itemId } = must(await olaf.client.gql<{ addInstrumentItem: { itemId: string } }>(ADD_ITEM, { id: pub.id, type: 'VAS' })).addInstrumentItem;
    must(await olaf.client.gql(META, { id: pub.id, rev: 0, input: { title: 'Open instrument', purpose: '', respondents: ['CLIENT'] } }));
    const blank = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: pub.id })).instrument.draft!.items[0];
    // A new item's text starts empty: publishing needs it filled in.
    expect(errorCode(await olaf.client.gql(PUBLISH, { id: pub.id, log: 'Te vroeg', rev: 2 }))).toBe('BAD_USER_INPUT');
    must(await olaf.client.gql(UPDATE_ITEM, { id: pub.id, item: itemId, rev: 1, input: itemInput(blank, { text: 'Hoe ging het vandaag?' }) }));
    const before = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: pub.id })).instrument;
    must(await olaf.client.gql(PUBLISH, { id: pub.id, log: 'Eerste', rev: before.draftRev }));
    const pubTrack = must(await olaf.client.gql<{ createMonitoringTrack: { id: string } }>(CREATE_TRACK, { input: { instrumentId: pub.id, versionNumber: 1, caseCode: 'OPEN-01', respondents: [{ label: 'cliënt', kind: 'CLIENT' }] } })).createMonitoringTrack;
    // A draft renamed after publishing: outsiders keep seeing the published title.
    must(await olaf.client.gql(META, { id: pub.id, rev: 1, input: { title: 'Werktitel van de volgende versie', purpose: '', respondents: ['CLIENT'] } }));
    expect(must(await outsider.client.gql<{ instrument: { title: string } }>(`query($id: ID!) { instrument(id: $id) { title } }`, { id: pub.id })).instrument.title).toBe('Open instrument');
    expect(must(await olaf.client.gql<{ instrument: { title: string } }>(`query($id: ID!) { instrument(id: $id) { title } }`, { id: pub.id })).instrument.title).toBe('Werktitel van de volgende versie');
    const seen = must(await outsider.client.gql<{ instrument: Instrument & { trackCount: number } }>(`query($id: ID!) { instrument(id: $id) { draft { title } draftParts { part } comments { id } trackCount permissions { readDraft edit track analyse fork } } }`, { id: pub.id })).instrument;
    expect(seen).toEqual({ draft: null, draftParts: [], comments: [], trackCount: 0, permissions: { readDraft: false, edit: false, track: false, analyse: false, fork: true } });
    expect(must(await outsider.client.gql<{ monitoringTracks: unknown[] }>(`query($c: ID!) { monitoringTracks(communityId: $c) { id } }`, { c: open.id })).monitoringTracks).toEqual([]);
    expect(errorCode(await outsider.client.gql(TRACK, { id: pubTrack.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.client.gql(`query($id: ID!) { instrumentAggregate(instrumentId: $id) { tracks } }`, { id: pub.id }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.client.gql(`query($id: ID!) { instrumentExportCsv(instrumentId: $id) }`, { id: pub.id }))).toBe('FORBIDDEN');
    expect(itemId).toMatch(/^i[0-9a-f]{6}$/);
  });

  it('runs every text through the privacy guard and explains bad input in Dutch and English', async () => {
    const { instrument } = await publishedExample();
    // A BSN (passes the 11-test) as case code: refused, nothing stored.
    const bsn = await olaf.client.gql(CREATE_TRACK, { input: { instrumentId: instrument.id, versionNumber: 1, caseCode: '111222333', respondents: [{ label: 'moeder', kind: 'PARENT' }] } });
    expect(errorCode(bsn)).toBe('PRIVACY_FINDINGS');
    const named = await olaf.client.gql(CREATE_TRACK, { input: { instrumentId: instrument.id, versionNumber: 1, caseCode: 'GEZIN-7', notes: 'Mail moeder via jan.jansen@example.nl', respondents: [{ label: 'moeder', kind: 'PARENT' }] } });
    expect(errorCode(named)).toBe('PRIVACY_FINDINGS');
    const badCode = await olaf.client.gql(CREATE_TRACK, { input: { instrumentId: instrument.id, versionNumber: 1, caseCode: 'Familie de Vries', respondents: [{ label: 'moeder', kind: 'PARENT' }] } });
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    expect((badCode.errors![0].extensions!['fields'] as { message: string }[])[0].message).toMatch(/casuscode/);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM monitoring_track WHERE case_code IN ('111222333', 'GEZIN-7', 'Familie de Vries')`))[0].n).toBe(0);

    const d = await draftWith([{ type: 'LIKERT', text: 'Schaalvraag' }]);
    const item = d.draft!.items[0];
    const english = new TestClient(app.url, 'en');
    english.accessToken = olaf.client.accessToken;
    const tooMany = await english.gql(UPDATE_ITEM, { id: d.id, item: item.id, rev: revOf(d, `item:${item.id}`), input: itemInput(item, { points: 12, labels: Array.from({ length: 12 }, (_, i) => `p${i}`) }) });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions!['fields']).toEqual([{ field: `items.${item.id}.points`, message: 'A scale has 2 to 11 points.' }]);
    const dutch = await olaf.client.gql(UPDATE_ITEM, { id: d.id, item: item.id, rev: revOf(d, `item:${item.id}`), input: itemInput(item, { points: 4 }) });
    expect((dutch.errors![0].extensions!['fields'] as { field: string; message: string }[])[0]).toEqual({ field: `items.${item.id}.labels`, message: expect.stringMatching(/label/i) });
    const phone = await olaf.client.gql(UPDATE_ITEM, { id: d.id, item: item.id, rev: revOf(d, `item:${item.id}`), input: itemInput(item, { text: 'Bel 0612345678 als het niet gaat' }) });
    expect(errorCode(phone)).toBe('PRIVACY_FINDINGS');
    // Ids people choose end up in exports: a phone number as a subscale id is refused too.
    const idLeak = await olaf.client.gql(SCORING, { id: d.id, rev: 0, input: { subscales: [{ id: '0612345678', name: 'Band', method: 'MEAN' }], total: 'MEAN', thresholds: [], referenceLines: [] } });
    expect(errorCode(idLeak)).toBe('PRIVACY_FINDINGS');
    const unchanged = must(await olaf.client.gql<{ instrument: Instrument }>(GET, { id: d.id })).instrument;
    expect(unchanged.draft!.items[0]).toEqual(item);
    expect(revOf(unchanged, `item:${item.id}`)).toBe(revOf(d, `item:${item.id}`));
    // No stack traces or internals in any of these answers.
    for (const r of [bsn, named, badCode, tooMany, dutch, phone]) expect(JSON.stringify(r.errors)).not.toMatch(/at \w+ \(|node_modules|QueryFailedError/);
  });

  it('keeps a personal link and an entry in the app from overwriting each other, checks dates, and tells only current members of signals', async () => {
    const { instrument, ids } = await publishedExample();
    const track = must(
      await mo.client.gql<{ createMonitoringTrack: { id: string; respondents: { id: string }[] } }>(CREATE_TRACK, {
        input: { instrumentId: instrument.id, versionNumber: 1, caseCode: 'SIGNAAL-01', respondents: [{ label: 'moeder', kind: 'PARENT' }, { label: 'vader', kind: 'PARENT' }, { label: 'jongere', kind: 'YOUTH' }] },
      }),
    ).createMonitoringTrack;
    const [mother, father, youth] = track.respondents.map((r) => r.id);
    const answers = (v: number) => [{ itemId: ids[0], value: v }, { itemId: ids[1], value: 6 - v }, { itemId: ids[2], value: v * 2 }, { itemId: ids[3], value: 10 - v * 2 }];
    const link = must(await mo.client.gql<{ createRespondentLink: { token: string } }>(LINK, { input: { trackId: track.id, respondentId: mother, sessionNumber: 1, validHours: 24 } })).createRespondentLink;
    // A second link, or an entry in the app, for that same session is refused while the link is open.
    const again = await mo.client.gql(LINK, { input: { trackId: track.id, respondentId: mother, sessionNumber: 1, validHours: 24 } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/al een open link/);
    const inApp = await mo.client.gql(RECORD, { input: { trackId: track.id, respondentId: mother, sessionNumber: 1, answers: answers(4) } });
    expect(errorCode(inApp)).toBe('CONFLICT');
    expect(inApp.errors![0].message).toMatch(/persoonlijke link open/);
    // Impossible dates are a clear input error, not a database failure.
    const badDate = await mo.client.gql(RECORD, { input: { trackId: track.id, respondentId: father, sessionNumber: 1, sessionDate: '2026-02-30', answers: answers(4) } });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect((badDate.errors![0].extensions!['fields'] as { field: string }[])[0].field).toBe('sessionDate');

    // Session 1: mother high (through her link), father and youth (in the app) — youth low makes a split.
    const anonymous = new TestClient(app.url);
    must(await anonymous.gql(SUBMIT, { t: link.token, a: answers(5) }));
    must(await olaf.client.gql(RECORD, { input: { trackId: track.id, respondentId: youth, sessionNumber: 1, answers: answers(1) } }));
    must(await olaf.client.gql(RECORD, { input: { trackId: track.id, respondentId: father, sessionNumber: 1, answers: answers(2) } }));
    const signals = async () =>
      must(await mo.client.gql<{ notifications: { edges: { node: { type: string; body: string } }[] } }>(`{ notifications(first: 20) { edges { node { type body } } } }`)).notifications.edges
        .map((e) => e.node)
        .filter((n) => n.type === 'TRACK_SIGNAL' && n.body.includes('SIGNAAL-01'));
    // The split was announced once (with the youth's response), not again when the father's came in.
    const split = (await signals()).filter((n) => n.body.includes('alle respondenten'));
    expect(split).toHaveLength(1);

    // Mo leaves the community: a new low score on the track Mo started reaches nobody outside it.
    must(await mo.client.gql(`mutation($id: ID!) { leaveCommunity(id: $id) }`, { id: community.id }));
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND type = 'TRACK_SIGNAL'`, [mo.id]))[0].n;
    must(await olaf.client.gql(RECORD, { input: { trackId: track.id, respondentId: youth, sessionNumber: 2, answers: answers(1) } }));
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND type = 'TRACK_SIGNAL'`, [mo.id]))[0].n).toBe(before);
    await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [community.id, mo.id]);
  });
});
