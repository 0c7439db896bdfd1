import { buildCommunity, buildUser, BuiltUser, connectSocket, errorCode, must, nextEvent, TestSocket } from '@kennislijn/api-testing';
import { SessionRemindersService } from '@kennislijn/api-sessions';
import type { SessionRoomSnapshot } from '@kennislijn/shared-realtime';
import { startTestApp, TestApp } from '../../test/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as { parse(s: string): unknown; Component: new (j: unknown) => { getFirstSubcomponent(n: string): { getFirstPropertyValue(n: string): unknown } | null; getAllSubcomponents(n: string): unknown[] } };

// Themed sessions against the real API, database and sockets: planning in Amsterdam time, the waiting
// list, calendar files, the live room with steps and shared notes, closing, reminders, permissions.

const SESSION = `id title status startsAt endsAt capacity currentStep stateSeq methodName caseIds
  steps { key title actor minutes }
  rsvpCounts { going maybe waitlist } viewerRsvp { status waitlistPosition } viewerCan { rsvp participate moderate }`;
const PLAN = `mutation($input: PlanSessionInput!) { planSession(input: $input) { ${SESSION} } }`;
const RSVP = `mutation($id: ID!, $status: RsvpChoice!) { rsvpSession(id: $id, status: $status) { id } }`;
const GET = `query($id: ID!) { session(id: $id) { ${SESSION} } }`;

interface Session {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  currentStep: number;
  stateSeq: number;
  steps: { key: string; title: string }[];
  rsvpCounts: { going: number; maybe: number; waitlist: number };
  viewerRsvp: { status: string; waitlistPosition: number | null } | null;
  viewerCan: { rsvp: boolean; participate: boolean; moderate: boolean };
}

describe('themed sessions', () => {
  let app: TestApp;
  let mod: BuiltUser;
  let ann: BuiltUser;
  let ben: BuiltUser;
  let cor: BuiltUser;
  let outsider: BuiltUser;
  let community: { id: string; name: string };
  let incidentId: string;
  const sockets: TestSocket[] = [];

  const tokenOf = (u: BuiltUser) => u.client.accessToken as string;
  const get = async (u: BuiltUser, id: string) => must(await u.client.gql<{ session: Session }>(GET, { id })).session;
  const plan = async (over: Record<string, unknown> = {}) =>
    must(await mod.client.gql<{ planSession: Session }>(PLAN, {
      input: {
        communityId: community.id,
        title: 'Intervisie: de jongere die niet meer komt',
        themeText: 'Meervoudige alliantie',
        description: 'We bespreken een casus met de **incidentmethode**.',
        startDate: '2026-12-10', startTime: '19:30', endDate: '2026-12-10', endTime: '21:00',
        location: 'Hogeschool, lokaal 2.14',
        capacity: null,
        methodId: incidentId,
        ...over,
      },
    })).planSession;

  beforeAll(async () => {
    app = await startTestApp();
    [mod, ann, ben, cor, outsider] = await Promise.all(
      ['Mo Moderator', 'Ann Aanwezig', 'Ben Bezet', 'Cor Comt', 'Otto Buiten'].map((displayName) => buildUser(app.url, { displayName })),
    );
    community = await buildCommunity(mod.client, { visibility: 'PRIVATE', joinPolicy: 'INVITE' });
    for (const u of [ann, ben, cor]) {
      const { token } = must(await mod.client.gql<{ createInvitation: { token: string } }>(`mutation($c: ID!) { createInvitation(communityId: $c) { token } }`, { c: community.id })).createInvitation;
      must(await u.client.gql(`mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`, { t: token }));
    }
    const methods = must(await mod.client.gql<{ sessionMethods: { id: string; code: string; steps: unknown[] }[] }>(`query($c: ID) { sessionMethods(communityId: $c) { id code steps { key } } }`, { c: community.id })).sessionMethods;
    const incident = methods.find((m) => m.code === 'INCIDENT')!;
    expect(incident.steps).toHaveLength(10);
    incidentId = incident.id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await app?.close();
  });

  it('plans in Amsterdam time, also across the change from summer to winter time', async () => {
    const s = await plan({ title: 'Nachtsessie over de klokwissel', startDate: '2026-10-25', startTime: '01:30', endDate: '2026-10-25', endTime: '03:30' });
    // 01:30 is still summer time (UTC+2); 03:30 is winter time (UTC+1): three real hours, not two.
    expect(s.startsAt).toBe('2026-10-24T23:30:00.000Z');
    expect(s.endsAt).toBe('2026-10-25T02:30:00.000Z');
    expect(s.steps).toHaveLength(10);
    expect(s.viewerCan).toEqual({ rsvp: true, participate: true, moderate: true });

    const gap = await mod.client.gql(PLAN, { input: { communityId: community.id, title: 'Bestaat niet', startDate: '2026-03-29', startTime: '02:30', endDate: '2026-03-29', endTime: '04:00' } });
    expect(errorCode(gap)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(gap.errors)).toContain('de klok springt die nacht van 02:00 naar 03:00');
    const order = await mod.client.gql(PLAN, { input: { communityId: community.id, title: 'Verkeerd om', startDate: '2026-12-10', startTime: '21:00', endDate: '2026-12-10', endTime: '20:00' } });
    expect(errorCode(order)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(order.errors)).toContain('Het einde ligt na het begin.');
    // Only moderators plan.
    expect(errorCode(await ann.client.gql(PLAN, { input: { communityId: community.id, title: 'Van een lid', startDate: '2026-12-10', startTime: '19:00', endDate: '2026-12-10', endTime: '20:00' } }))).toBe('FORBIDDEN');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM community_session WHERE title IN ('Bestaat niet', 'Verkeerd om', 'Van een lid')`);
    expect(n).toBe(0);
  });

  it('keeps a waiting list in the order people asked, and moves it up when someone cancels or places are added', async () => {
    const s = await plan({ title: 'Kleine groep', capacity: 1 });
    must(await ann.client.gql(RSVP, { id: s.id, status: 'GOING' }));
    must(await ben.client.gql(RSVP, { id: s.id, status: 'GOING' }));
    must(await cor.client.gql(RSVP, { id: s.id, status: 'GOING' }));
    expect((await get(ann, s.id)).viewerRsvp).toEqual({ status: 'GOING', waitlistPosition: null });
    expect((await get(ben, s.id)).viewerRsvp).toEqual({ status: 'WAITLIST', waitlistPosition: 1 });
    expect((await get(cor, s.id)).viewerRsvp).toEqual({ status: 'WAITLIST', waitlistPosition: 2 });
    expect((await get(mod, s.id)).rsvpCounts).toEqual({ going: 1, maybe: 0, waitlist: 2 });

    // Ann cancels: Ben (first in line) gets the place and a notification; Cor moves to first in line.
    must(await ann.client.gql(RSVP, { id: s.id, status: 'NOT_GOING' }));
    expect((await get(ben, s.id)).viewerRsvp).toEqual({ status: 'GOING', waitlistPosition: null });
    expect((await get(cor, s.id)).viewerRsvp).toEqual({ status: 'WAITLIST', waitlistPosition: 1 });
    const [seat] = await app.dataSource.query(`SELECT user_id, data FROM notification WHERE type = 'SESSION_SEAT' AND data->>'link' = $1`, [`/sessies/${s.id}`]);
    expect(seat.user_id).toBe(ben.id);
    // Ann asks again: she joins the end of the line.
    must(await ann.client.gql(RSVP, { id: s.id, status: 'GOING' }));
    expect((await get(ann, s.id)).viewerRsvp).toEqual({ status: 'WAITLIST', waitlistPosition: 2 });
    // A second place: Cor, who waited longest, gets it.
    const input = { title: 'Kleine groep', startDate: '2026-12-10', startTime: '19:30', endDate: '2026-12-10', endTime: '21:00', capacity: 2, methodId: incidentId };
    must(await mod.client.gql(`mutation($id: ID!, $input: SessionInput!) { updateSession(id: $id, input: $input) { id } }`, { id: s.id, input }));
    expect((await get(cor, s.id)).viewerRsvp!.status).toBe('GOING');
    expect((await get(ann, s.id)).viewerRsvp).toEqual({ status: 'WAITLIST', waitlistPosition: 1 });

    // Many at once: the capacity holds.
    const crowd = await plan({ title: 'Drukke sessie', capacity: 2 });
    await Promise.all([ann, ben, cor, mod].map((u) => u.client.gql(RSVP, { id: crowd.id, status: 'GOING' })));
    expect((await get(mod, crowd.id)).rsvpCounts).toMatchObject({ going: 2, waitlist: 2 });
  });

  it('gives calendar files that calendar programs read, and a private feed address', async () => {
    const s = await plan({ title: 'Moreel beraad; over grenzen, en wat nu?', startDate: '2026-10-24', startTime: '20:00', endDate: '2026-10-25', endTime: '01:00' });
    const ics = must(await ann.client.gql<{ sessionIcs: string }>(`query($id: ID!) { sessionIcs(id: $id) }`, { id: s.id })).sessionIcs;
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Moreel beraad; over grenzen, en wat nu?');
    expect(event.getFirstPropertyValue('uid')).toBe(`${s.id}@kennislijn`);
    expect(String(event.getFirstPropertyValue('url'))).toMatch(new RegExp(`/sessies/${s.id}$`));
    const start = event.getFirstPropertyValue('dtstart') as { toJSDate(): Date };
    expect(start.toJSDate().toISOString()).toBe('2026-10-24T18:00:00.000Z');

    // The feed: Ann's sessions (going or waiting), by a secret address; a new address retires the old one.
    must(await ann.client.gql(RSVP, { id: s.id, status: 'GOING' }));
    const url = must(await ann.client.gql<{ resetCalendarFeed: string }>(`mutation { resetCalendarFeed }`)).resetCalendarFeed;
    const path = new URL(url).pathname;
    expect(path).toMatch(/^\/api\/agenda\/[A-Za-z0-9_-]{20,64}\.ics$/);
    const res = await fetch(`${app.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const feed = new ICAL.Component(ICAL.parse(await res.text()));
    const summaries = (feed.getAllSubcomponents('vevent') as { getFirstPropertyValue(n: string): unknown }[]).map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toContain('Moreel beraad; over grenzen, en wat nu?');
    expect(summaries).not.toContain('Nachtsessie over de klokwissel'); // Ann did not answer that one
    const again = must(await ann.client.gql<{ resetCalendarFeed: string }>(`mutation { resetCalendarFeed }`)).resetCalendarFeed;
    expect((await fetch(`${app.url}${path}`)).status).toBe(404);
    expect((await fetch(`${app.url}${new URL(again).pathname}`)).status).toBe(200);
    expect((await fetch(`${app.url}/api/agenda/${'x'.repeat(32)}.ics`)).status).toBe(404);
  });

  it('runs the live room: everyone moves with the moderator, notes are shared, a reload lands on the current step', async () => {
    const s = await plan({ title: 'Live incidentmethode' });
    const annSocket = await connectSocket(app.url, tokenOf(ann));
    const benSocket = await connectSocket(app.url, tokenOf(ben));
    sockets.push(annSocket, benSocket);
    const enter = (socket: TestSocket) =>
      new Promise<SessionRoomSnapshot>((resolve, reject) =>
        socket.emit('session:subscribe', { sessionId: s.id }, (r) => (r.ok ? resolve(r) : reject(new Error(r.error.code)))),
      );
    expect((await enter(annSocket)).state).toMatchObject({ status: 'PLANNED', currentStep: -1 });
    await enter(benSocket);

    const started = nextEvent(benSocket, 'session:state', (p) => p.status === 'LIVE');
    const live = must(await mod.client.gql<{ startSession: Session }>(`mutation($id: ID!) { startSession(id: $id) { status currentStep stateSeq } }`, { id: s.id })).startSession;
    expect(live).toMatchObject({ status: 'LIVE', currentStep: 0 });
    expect((await started)[0].currentStep).toBe(0);

    // Two steps on: both participants see each change.
    let seq = live.stateSeq;
    for (const step of [1, 2]) {
      const seen = Promise.all([annSocket, benSocket].map((sock) => nextEvent(sock, 'session:state', (p) => p.currentStep === step)));
      seq = must(await mod.client.gql<{ goToSessionStep: Session }>(`mutation($id: ID!, $step: Int!, $seq: Int!) { goToSessionStep(id: $id, step: $step, expectedStateSeq: $seq) { stateSeq } }`, { id: s.id, step, seq })).goToSessionStep.stateSeq;
      expect((await seen).map(([p]) => p.stateSeq)).toEqual([seq, seq]);
    }
    // A click on an old screen does not jump the room again.
    expect(errorCode(await mod.client.gql(`mutation($id: ID!) { goToSessionStep(id: $id, step: 3, expectedStateSeq: 1) { id } }`, { id: s.id }))).toBe('CONFLICT');

    // Notes typed by Ann reach Ben; a save from an old revision gets the current text back.
    const stepKey = s.steps[2].key;
    const noteSeen = nextEvent(benSocket, 'session:note', (p) => p.stepKey === stepKey);
    const NOTE = `mutation($id: ID!, $k: String!, $b: String!, $r: Int!) { saveSessionNote(id: $id, stepKey: $k, body: $b, baseRev: $r) { rev body } }`;
    expect(must(await ann.client.gql<{ saveSessionNote: { rev: number } }>(NOTE, { id: s.id, k: stepKey, b: 'Vragen: wie belde wie?', r: 0 })).saveSessionNote.rev).toBe(1);
    expect((await noteSeen)[0]).toMatchObject({ body: 'Vragen: wie belde wie?', rev: 1, by: ann.id });
    const stale = await ben.client.gql(NOTE, { id: s.id, k: stepKey, b: 'Mijn versie', r: 0 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ note: { body: 'Vragen: wie belde wie?', rev: 1 } });
    expect(stale.errors![0].message).toContain('Ann Aanwezig');

    // A quick round: counts arrive live for everyone, a changed vote counts once, nobody sees who voted what.
    const opened = nextEvent(annSocket, 'session:poll');
    const poll = must(await mod.client.gql<{ startSessionPoll: { id: string; results: { counts: number[] } } }>(
      `mutation($id: ID!, $q: String!, $o: [String!]!) { startSessionPoll(id: $id, question: $q, options: $o) { id results { counts } } }`,
      { id: s.id, q: 'Wie heeft de regie in deze casus?', o: ['De moeder', 'De gezinswerker', 'Niemand'] },
    )).startSessionPoll;
    expect((await opened)[0]).toMatchObject({ pollId: poll.id, status: 'OPEN', seq: 0, counts: [0, 0, 0], total: 0 });
    const VOTE = `mutation($p: ID!, $o: Int!) { voteSessionPoll(pollId: $p, option: $o) { results { seq counts total } viewerVote } }`;
    must(await ann.client.gql(VOTE, { p: poll.id, o: 0 }));
    must(await ben.client.gql(VOTE, { p: poll.id, o: 2 }));
    const changed = nextEvent(benSocket, 'session:poll', (p) => p.counts[0] === 0 && p.total === 2);
    // Every vote raises the results' sequence number: a client keeps the highest it has seen.
    expect(must(await ann.client.gql<{ voteSessionPoll: { results: { seq: number; counts: number[]; total: number }; viewerVote: number } }>(VOTE, { p: poll.id, o: 2 })).voteSessionPoll).toEqual({
      results: { seq: 3, counts: [0, 0, 2], total: 2 },
      viewerVote: 2,
    });
    expect((await changed)[0]).toMatchObject({ seq: 3 });
    expect(errorCode(await ann.client.gql(VOTE, { p: poll.id, o: 7 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await outsider.client.gql(VOTE, { p: poll.id, o: 1 }))).toBe('NOT_FOUND');
    expect(must(await mod.client.gql<{ closeSessionPoll: { status: string; results: { seq: number } } }>(`mutation($p: ID!) { closeSessionPoll(pollId: $p) { status results { seq } } }`, { p: poll.id })).closeSessionPoll).toEqual({
      status: 'CLOSED',
      results: { seq: 4 },
    });
    expect(errorCode(await ben.client.gql(VOTE, { p: poll.id, o: 1 }))).toBe('CONFLICT');
    const polls = must(await ben.client.gql<{ session: { polls: { question: string; results: { counts: number[] }; status: string; viewerVote: number }[] } }>(`query($id: ID!) { session(id: $id) { polls { question results { counts } status viewerVote } } }`, { id: s.id })).session.polls;
    expect(polls).toEqual([{ question: 'Wie heeft de regie in deze casus?', results: { counts: [0, 0, 2] }, status: 'CLOSED', viewerVote: 2 }]);

    // Ben reloads: a new socket lands on step 2 with the notes so far, and both are present.
    benSocket.disconnect();
    const reloaded = await connectSocket(app.url, tokenOf(ben));
    sockets.push(reloaded);
    const snapshot = await enter(reloaded);
    expect(snapshot.state).toMatchObject({ status: 'LIVE', currentStep: 2, stateSeq: seq });
    expect(snapshot.notes).toEqual([{ stepKey, body: 'Vragen: wie belde wie?', rev: 1 }]);
    expect(snapshot.people.map((p) => p.id).sort()).toEqual([ann.id, ben.id].sort());

    // Closing keeps the outcomes; who was there can get an attendance statement.
    expect(errorCode(await mod.client.gql(`mutation($id: ID!) { closeSession(id: $id, outcomes: "kort") { id } }`, { id: s.id }))).toBe('BAD_USER_INPUT');
    must(await mod.client.gql(`mutation($id: ID!, $o: String!) { closeSession(id: $id, outcomes: $o) { status } }`, { id: s.id, o: 'Afspraak: één gezamenlijk plan, en de jongere kiest zelf het eerste doel.' }));
    const attended = must(await ann.client.gql<{ myAttendedSessions: { id: string }[] }>(`{ myAttendedSessions { id } }`)).myAttendedSessions;
    expect(attended.map((a) => a.id)).toContain(s.id);
    // A cancelled session takes no more answers (checked under the session's lock).
    const cancelled = await plan({ title: 'Gaat niet door' });
    must(await mod.client.gql(`mutation($id: ID!) { cancelSession(id: $id) { status } }`, { id: cancelled.id }));
    expect(errorCode(await ann.client.gql(RSVP, { id: cancelled.id, status: 'GOING' }))).toBe('CONFLICT');
    expect(must(await cor.client.gql<{ myAttendedSessions: { id: string }[] }>(`{ myAttendedSessions { id } }`)).myAttendedSessions.map((a) => a.id)).not.toContain(s.id);
    // The outcomes become a lesson learned in the knowledge base, linked once.
    const lesson = must(await mod.client.gql<{ createKnowledgeItem: { id: string } }>(`mutation($input: CreateKnowledgeInput!) { createKnowledgeItem(input: $input) { id } }`, {
      input: { communityId: community.id, type: 'LESSON_LEARNED', title: 'Eén plan, de jongere kiest het eerste doel', summary: 'Uit de intervisie: maak één gezamenlijk plan en laat de jongere het eerste doel kiezen.', evidenceLevel: 'PRACTICE_BASED', qualificationCodes: ['B3'], levels: [2] },
    })).createKnowledgeItem;
    const LINK = `mutation($id: ID!, $k: ID!) { linkSessionLesson(id: $id, knowledgeItemId: $k) { lessonItemId } }`;
    expect(errorCode(await ann.client.gql(LINK, { id: s.id, k: lesson.id }))).toBe('FORBIDDEN');
    expect(must(await mod.client.gql<{ linkSessionLesson: { lessonItemId: string } }>(LINK, { id: s.id, k: lesson.id })).linkSessionLesson.lessonItemId).toBe(lesson.id);
    expect(errorCode(await mod.client.gql(LINK, { id: s.id, k: lesson.id }))).toBe('CONFLICT');
    // The session is found by search, by its members only.
    const found = must(await ann.client.gql<{ search: { hits: { subjectId: string; type: string }[] } }>(`query($i: SearchInput!) { search(input: $i) { hits { subjectId type } } }`, { i: { text: 'gezamenlijk plan incidentmethode', types: ['SESSION'] } })).search.hits;
    expect(found.map((h) => h.subjectId)).toContain(s.id);
    const hidden = must(await outsider.client.gql<{ search: { total: number } }>(`query($i: SearchInput!) { search(input: $i) { total } }`, { i: { text: 'Live incidentmethode', types: ['SESSION'] } })).search;
    expect(hidden.total).toBe(0);
  });

  it('keeps a private community’s sessions from outsiders: not found, not listed, no room, not on their map', async () => {
    const kase = must(await ann.client.gql<{ createCase: { id: string } }>(`mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
      input: {
        communityId: community.id, title: 'Ouders die elkaar tegenspreken', context: 'Ambulante gezinszorg met twee hulpverleners betrokken.',
        dilemma: 'Hoe houden we één lijn als de ouders elk iets anders willen?', tried: 'Apart gesprek.', collaborationFormCode: 'MULTIPLE',
        allianceAspects: [], damourConcepts: [], qualificationCodes: ['M3'], levelNumbers: [4], tags: [], postAnonymously: false,
      },
    })).createCase;
    const MAP = `{ learningLineMap { qualificationCode level sessionCount gap } }`;
    const m3l4 = async (u: BuiltUser) => must(await u.client.gql<{ learningLineMap: { qualificationCode: string; level: number; sessionCount: number }[] }>(MAP)).learningLineMap.find((c) => c.qualificationCode === 'M3' && c.level === 4)!.sessionCount;
    const [memberBefore, outsiderBefore] = [await m3l4(ann), await m3l4(outsider)];
    const s = await plan({ title: 'Besloten sessie', caseIds: [kase.id] });
    // The map counts the session in the cell of its case, for members only.
    expect(await m3l4(ann)).toBe(memberBefore + 1);
    expect(await m3l4(outsider)).toBe(outsiderBefore);
    expect(errorCode(await outsider.client.gql(GET, { id: s.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.client.gql(RSVP, { id: s.id, status: 'GOING' }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.client.gql(`query($id: ID!) { sessionIcs(id: $id) }`, { id: s.id }))).toBe('NOT_FOUND');
    const list = must(await outsider.client.gql<{ sessions: { id: string }[] }>(`{ sessions { id } }`)).sessions;
    expect(list.map((x) => x.id)).not.toContain(s.id);
    // Members see it; earlier sessions can be asked newest first.
    const mineList = must(await ann.client.gql<{ sessions: { id: string; startsAt: string }[] }>(`query($c: ID) { sessions(communityId: $c, first: 500) { id startsAt } }`, { c: community.id })).sessions;
    expect(mineList.map((x) => x.id)).toContain(s.id);
    expect(mineList.map((x) => x.startsAt)).toEqual([...mineList.map((x) => x.startsAt)].sort());
    const newest = must(await ann.client.gql<{ sessions: { startsAt: string }[] }>(`query($c: ID) { sessions(communityId: $c, newestFirst: true, first: 500) { startsAt } }`, { c: community.id })).sessions;
    expect(newest.map((x) => x.startsAt)).toEqual([...mineList.map((x) => x.startsAt)].reverse());
    const socket = await connectSocket(app.url, tokenOf(outsider));
    sockets.push(socket);
    const r = await new Promise<{ ok: boolean; error?: { code: string } }>((resolve) => socket.emit('session:subscribe', { sessionId: s.id }, (x) => resolve(x as never)));
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('sends reminders a day and an hour before, once, to who is coming', async () => {
    const s = await plan({ title: 'Herinneringssessie', startDate: '2026-12-20', startTime: '10:00', endDate: '2026-12-20', endTime: '11:00' });
    must(await ann.client.gql(RSVP, { id: s.id, status: 'GOING' }));
    must(await ben.client.gql(RSVP, { id: s.id, status: 'MAYBE' }));
    must(await cor.client.gql(RSVP, { id: s.id, status: 'NOT_GOING' }));
    const reminders = app.get(SessionRemindersService);
    const startsAt = new Date('2026-12-20T09:00:00.000Z');
    const count = async () =>
      (await app.dataSource.query(`SELECT user_id FROM notification WHERE type = 'SESSION_REMINDER' AND data->>'link' = $1 ORDER BY user_id`, [`/sessies/${s.id}`])).map((r: { user_id: string }) => r.user_id);
    await reminders.run(new Date(startsAt.getTime() - 30 * 3600_000)); // too early
    expect(await count()).toEqual([]);
    await reminders.run(new Date(startsAt.getTime() - 23 * 3600_000));
    await reminders.run(new Date(startsAt.getTime() - 22 * 3600_000)); // already sent
    expect(await count()).toEqual([ann.id, ben.id].sort());
    await Promise.all([reminders.run(new Date(startsAt.getTime() - 50 * 60_000)), reminders.run(new Date(startsAt.getTime() - 50 * 60_000))]);
    expect((await count()).length).toBe(4);
  });

  it('forgets an attended session of a private community for someone who was removed from it', async () => {
    const dee = await buildUser(app.url, { displayName: 'Dee Deelnemer' });
    const { token } = must(await mod.client.gql<{ createInvitation: { token: string } }>(`mutation($c: ID!) { createInvitation(communityId: $c) { token } }`, { c: community.id })).createInvitation;
    must(await dee.client.gql(`mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`, { t: token }));
    const s = await plan({ title: 'Korte sessie met Dee' });
    must(await mod.client.gql(`mutation($id: ID!) { startSession(id: $id) { status } }`, { id: s.id }));
    const socket = await connectSocket(app.url, tokenOf(dee));
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => socket.emit('session:subscribe', { sessionId: s.id }, (r) => (r.ok ? resolve() : reject(new Error(r.error.code)))));
    must(await mod.client.gql(`mutation($id: ID!, $o: String!) { closeSession(id: $id, outcomes: $o) { status } }`, { id: s.id, o: 'Afgesproken: volgende keer starten we met de casus van Dee.' }));
    const attended = async () => must(await dee.client.gql<{ myAttendedSessions: { id: string }[] }>(`{ myAttendedSessions { id } }`)).myAttendedSessions.map((a) => a.id);
    expect(await attended()).toContain(s.id);
    must(await mod.client.gql(`mutation($c: ID!, $u: ID!) { removeMember(communityId: $c, userId: $u) }`, { c: community.id, u: dee.id }));
    expect(await attended()).not.toContain(s.id);
  });

  it('lets moderators add their own method, checked in Dutch', async () => {
    const CREATE = `mutation($c: ID!, $input: SessionMethodInput!) { createSessionMethod(communityId: $c, input: $input) { id code totalMinutes steps { key title } } }`;
    const bad = await mod.client.gql(CREATE, { c: community.id, input: { code: 'KORT', name: { nl: 'Korte ronde' }, steps: [{ key: 'a', title: { nl: 'Ronde' }, actor: 'GROUP', minutes: 500, prompt: { nl: 'Wat valt op?' }, output: 'NOTES' }] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('minuten');
    const ok = must(await mod.client.gql<{ createSessionMethod: { code: string; totalMinutes: number } }>(CREATE, {
      c: community.id,
      input: { code: 'KORT', name: { nl: 'Korte ronde' }, steps: [{ key: 'a', title: { nl: 'Ronde' }, actor: 'GROUP', minutes: 15, prompt: { nl: 'Wat valt op?' }, output: 'NOTES' }] },
    })).createSessionMethod;
    expect(ok).toMatchObject({ code: 'KORT', totalMinutes: 15 });
    expect(errorCode(await ann.client.gql(CREATE, { c: community.id, input: { code: 'LID', name: { nl: 'Van een lid' }, steps: [{ key: 'a', title: { nl: 'Ronde' }, actor: 'GROUP', minutes: 15, prompt: { nl: 'Wat?' }, output: 'NOTES' }] } }))).toBe('FORBIDDEN');
  });
});
