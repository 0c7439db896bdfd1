import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { buildUser, BuiltUser, GqlResponse, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * The permission matrix: every operation of the communities issue × every kind of viewer × public and
 * private, each against a fresh community, asserting the declared outcome. Later modules add their
 * operations to OPERATIONS. Outcomes: ok, or the error code. Reading a private community as an
 * outsider must be NOT_FOUND (never FORBIDDEN), so its existence does not leak.
 */

const ACTORS = ['anonymous', 'nonMember', 'member', 'moderator', 'owner', 'banned'] as const;
type Actor = (typeof ACTORS)[number];
type Visibility = 'PUBLIC' | 'PRIVATE';

const CODE: Record<string, string> = { ok: 'ok', U: 'UNAUTHENTICATED', F: 'FORBIDDEN', NF: 'NOT_FOUND', C: 'CONFLICT' };

interface Fixture {
  communityId: string;
  name: string;
  slug: string;
  postId: string;
  feedItemId: string;
  requestId: string;
  invitationId: string;
  inviteToken: string;
  reportId: string;
  caseId: string;
  responseId: string;
  threadId: string;
  messageId: string;
  instrumentId: string;
  trackId: string;
  respondentId: string;
  knowledgeId: string;
  sessionId: string;
  users: Record<'owner' | 'moderator' | 'member' | 'banned' | 'nonMember' | 'target' | 'requester', BuiltUser>;
}

interface Operation {
  name: string;
  joinPolicy?: 'OPEN' | 'REQUEST' | 'INVITE';
  /** Outcomes in ACTORS order: anonymous, non-member, member, moderator, owner, banned. */
  expect: Record<Visibility, string>;
  run(client: TestClient, f: Fixture): Promise<GqlResponse<unknown>>;
  /** For list-like reads: the response is "ok" only when the community is in it. */
  found?(res: GqlResponse<unknown>, f: Fixture): boolean;
}

const q = (client: TestClient, query: string, variables: Record<string, unknown>) => client.gql(query, variables);
const readField = (field: string): Operation['run'] => (c, f) => q(c, `query($id: ID) { community(id: $id) { ${field} } }`, { id: f.communityId });

const READ = { PUBLIC: 'ok ok ok ok ok ok', PRIVATE: 'NF NF ok ok ok NF' };
const MODERATORS_READ = { PUBLIC: 'U F F ok ok F', PRIVATE: 'NF NF F ok ok NF' };
const MODERATORS_WRITE = { PUBLIC: 'U F F ok ok F', PRIVATE: 'U NF F ok ok NF' };
const OWNERS_WRITE = { PUBLIC: 'U F F F ok F', PRIVATE: 'U NF F F ok NF' };
const MEMBERS_WRITE = { PUBLIC: 'U F ok ok ok F', PRIVATE: 'U NF ok ok ok NF' };
const MEMBERS_WRITE_AUTHOR_OR_MODERATOR = MEMBERS_WRITE; // the fixture's member is the author
// A field of a readable case: outsiders of a public community get FORBIDDEN, anonymous UNAUTHENTICATED.
const MODERATORS_READ_CASE = { PUBLIC: 'U F F ok ok F', PRIVATE: 'NF NF F ok ok NF' };

const OPERATIONS: Operation[] = [
  { name: 'community (by id)', expect: READ, run: readField('name') },
  { name: 'community (by slug)', expect: READ, run: (c, f) => q(c, `query($s: String) { community(slug: $s) { name } }`, { s: f.slug }) },
  {
    name: 'communities (list)',
    expect: READ,
    run: (c) => q(c, `{ communities(first: 100, mine: false) { totalCount edges { node { id } } } }`, {}),
    found: (res, f) => JSON.stringify(res.data).includes(f.communityId),
  },
  {
    name: 'communities (search)',
    expect: READ,
    run: (c, f) => q(c, `query($s: String) { communities(search: $s) { totalCount edges { node { id } } } }`, { s: f.name }),
    found: (res, f) => JSON.stringify(res.data).includes(f.communityId) && (res.data as { communities: { totalCount: number } }).communities.totalCount === 1,
  },
  { name: 'feed', expect: READ, run: readField('feed(first: 5) { edges { node { id post { body } } } }') },
  { name: 'pinnedItems', expect: READ, run: readField('pinnedItems { id }') },
  { name: 'memberCount', expect: READ, run: readField('memberCount') },
  { name: 'members', expect: { PUBLIC: 'U ok ok ok ok ok', PRIVATE: 'NF NF ok ok ok NF' }, run: readField('members { totalCount edges { node { role } } }') },
  { name: 'joinRequests', expect: MODERATORS_READ, run: readField('joinRequests { id }') },
  { name: 'invitations', expect: MODERATORS_READ, run: readField('invitations { id }') },
  { name: 'bans', expect: MODERATORS_READ, run: readField('bans { reason }') },
  { name: 'reports', expect: MODERATORS_READ, run: readField('reports { totalCount }') },
  { name: 'auditLog', expect: MODERATORS_READ, run: readField('auditLog { edges { node { action } } }') },
  { name: 'updateCommunity', expect: OWNERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { updateCommunity(id: $id, input: { description: "Nieuw" }) { id } }`, { id: f.communityId }) },
  { name: 'archiveCommunity', expect: OWNERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { archiveCommunity(id: $id) { id } }`, { id: f.communityId }) },
  { name: 'unarchiveCommunity', expect: OWNERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { unarchiveCommunity(id: $id) { id } }`, { id: f.communityId }) },
  {
    name: 'joinCommunity (open)',
    joinPolicy: 'OPEN',
    expect: { PUBLIC: 'U ok F F F F', PRIVATE: 'U NF F F F NF' },
    run: (c, f) => q(c, `mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: f.communityId }),
  },
  {
    name: 'joinCommunity (request policy)',
    joinPolicy: 'REQUEST',
    expect: { PUBLIC: 'U F F F F F', PRIVATE: 'U NF F F F NF' },
    run: (c, f) => q(c, `mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: f.communityId }),
  },
  {
    name: 'requestToJoin',
    joinPolicy: 'REQUEST',
    expect: { PUBLIC: 'U ok F F F F', PRIVATE: 'U NF F F F NF' },
    run: (c, f) => q(c, `mutation($id: ID!) { requestToJoin(id: $id, message: "graag") { id } }`, { id: f.communityId }),
  },
  { name: 'leaveCommunity', expect: { PUBLIC: 'U F ok ok C F', PRIVATE: 'U NF ok ok C NF' }, run: (c, f) => q(c, `mutation($id: ID!) { leaveCommunity(id: $id) }`, { id: f.communityId }) },
  { name: 'decideJoinRequest', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { decideJoinRequest(id: $id, approve: true) { status } }`, { id: f.requestId }) },
  {
    name: 'createInvitation (JOIN)',
    expect: MODERATORS_WRITE,
    run: (c, f) => q(c, `mutation($id: ID!) { createInvitation(communityId: $id, mode: JOIN) { token } }`, { id: f.communityId }),
  },
  {
    name: 'createInvitation (REQUEST link)',
    joinPolicy: 'REQUEST',
    expect: MEMBERS_WRITE,
    run: (c, f) => q(c, `mutation($id: ID!) { createInvitation(communityId: $id, mode: REQUEST) { token } }`, { id: f.communityId }),
  },
  { name: 'revokeInvitation', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: f.invitationId }) },
  {
    name: 'acceptInvitation (invite link)',
    expect: { PUBLIC: 'U ok ok ok ok F', PRIVATE: 'U ok ok ok ok F' },
    run: (c, f) => q(c, `mutation($t: String!) { acceptInvitation(token: $t) { outcome } }`, { t: f.inviteToken }),
  },
  {
    name: 'invitation preview',
    expect: { PUBLIC: 'ok ok ok ok ok ok', PRIVATE: 'ok ok ok ok ok ok' },
    run: (c, f) => q(c, `query($t: String!) { invitation(token: $t) { communityName } }`, { t: f.inviteToken }),
  },
  {
    name: 'setMemberRole',
    expect: OWNERS_WRITE,
    run: (c, f) => q(c, `mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: f.communityId, u: f.users.target.id }),
  },
  {
    name: 'removeMember',
    expect: MODERATORS_WRITE,
    run: (c, f) => q(c, `mutation($c: ID!, $u: ID!) { removeMember(communityId: $c, userId: $u, reason: "test") }`, { c: f.communityId, u: f.users.target.id }),
  },
  {
    name: 'banMember',
    expect: MODERATORS_WRITE,
    run: (c, f) => q(c, `mutation($c: ID!, $u: ID!) { banMember(communityId: $c, userId: $u, reason: "test") { reason } }`, { c: f.communityId, u: f.users.target.id }),
  },
  {
    name: 'unbanMember',
    expect: MODERATORS_WRITE,
    run: (c, f) => q(c, `mutation($c: ID!, $u: ID!) { unbanMember(communityId: $c, userId: $u) }`, { c: f.communityId, u: f.users.banned.id }),
  },
  { name: 'createPost', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { createPost(communityId: $id, body: "Hallo allemaal") { id } }`, { id: f.communityId }) },
  // The fixture's post is the member's own: the author and moderators may delete it.
  { name: 'deletePost (a member’s post)', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { deletePost(id: $id) }`, { id: f.postId }) },
  { name: 'pinFeedItem', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { pinFeedItem(id: $id) { pinned } }`, { id: f.feedItemId }) },
  {
    name: 'reportContent',
    expect: MEMBERS_WRITE,
    run: (c, f) => q(c, `mutation($id: ID!) { reportContent(type: POST, id: $id, reason: "Bevat een naam") }`, { id: f.postId }),
  },
  {
    name: 'hideContent',
    expect: MODERATORS_WRITE,
    run: (c, f) => q(c, `mutation($id: ID!) { hideContent(type: POST, id: $id, reason: "Bevat een naam") { hidden } }`, { id: f.postId }),
  },
  { name: 'restoreContent', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { restoreContent(type: POST, id: $id) { hidden } }`, { id: f.postId }) },
  { name: 'dismissReport', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { dismissReport(id: $id) { status } }`, { id: f.reportId }) },
  // Cases (issue 4). The fixture's case and response are the member's own.
  { name: 'case (by id)', expect: READ, run: (c, f) => q(c, `query($id: ID!) { case(id: $id) { title responses { body } } }`, { id: f.caseId }) },
  {
    name: 'cases (list)',
    expect: READ,
    run: (c, f) => q(c, `query($id: ID) { cases(communityId: $id) { totalCount edges { node { id title } } } }`, { id: f.communityId }),
    found: (res, f) => JSON.stringify(res.data).includes(f.caseId),
  },
  {
    name: 'createCase',
    expect: MEMBERS_WRITE,
    run: (c, f) =>
      q(c, `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
        input: {
          communityId: f.communityId,
          title: 'Een nieuwe casus',
          context: 'Een gezin met twee kinderen in de ambulante hulp, beschreven zonder namen.',
          dilemma: 'Hoe stemmen we de doelen af tussen school en de gezinswerker?',
          collaborationFormCode: 'INTERPROFESSIONAL',
          postAnonymously: false,
        },
      }),
  },
  {
    name: 'updateCase (a member’s case)',
    expect: MEMBERS_WRITE_AUTHOR_OR_MODERATOR,
    run: (c, f) =>
      q(c, `mutation($id: ID!, $input: CaseContentInput!) { updateCase(id: $id, input: $input) { id } }`, {
        id: f.caseId,
        input: {
          title: 'Bijgewerkte casus',
          context: 'Een gezin met twee kinderen in de ambulante hulp, beschreven zonder namen.',
          dilemma: 'Hoe stemmen we de doelen af tussen school en de gezinswerker?',
          collaborationFormCode: 'INTERPROFESSIONAL',
          postAnonymously: false,
        },
      }),
  },
  {
    name: 'resolveCase (a member’s case)',
    expect: MEMBERS_WRITE_AUTHOR_OR_MODERATOR,
    run: (c, f) => q(c, `mutation($id: ID!) { resolveCase(id: $id, lessonsLearned: "Samen doelen kiezen werkte het best.") { status } }`, { id: f.caseId }),
  },
  { name: 'case revisions', expect: MODERATORS_READ_CASE, run: (c, f) => q(c, `query($id: ID!) { case(id: $id) { revisions { title } } }`, { id: f.caseId }) },
  {
    name: 'respondToCase',
    expect: MEMBERS_WRITE,
    run: (c, f) => q(c, `mutation($input: RespondInput!) { respondToCase(input: $input) { id } }`, { input: { caseId: f.caseId, body: 'Herkenbaar, wij deden dit zo.' } }),
  },
  { name: 'markResponseHelpful', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { markResponseHelpful(id: $id) { id } }`, { id: f.responseId }) },
  {
    name: 'setBestResponse (author only)',
    expect: { PUBLIC: 'U F ok F F F', PRIVATE: 'U NF ok F F NF' },
    run: (c, f) => q(c, `mutation($c: ID!, $r: ID!) { setBestResponse(caseId: $c, responseId: $r) { id } }`, { c: f.caseId, r: f.responseId }),
  },
  { name: 'reportContent (case)', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { reportContent(type: CASE, id: $id, reason: "Te herkenbaar") }`, { id: f.caseId }) },
  { name: 'hideContent (case)', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { hideContent(type: CASE, id: $id, reason: "Te herkenbaar") { hidden } }`, { id: f.caseId }) },
  { name: 'hideContent (response)', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { hideContent(type: CASE_RESPONSE, id: $id, reason: "Te herkenbaar") { hidden } }`, { id: f.responseId }) },
  // Discussions (issue 5). Joining a thread's socket room uses the same rule as reading it (discussions.int-spec).
  { name: 'thread (community channel)', expect: READ, run: (c, f) => q(c, `query($id: ID!) { thread(kind: COMMUNITY, subjectId: $id) { id lastSeq } }`, { id: f.communityId }) },
  { name: 'thread (case)', expect: READ, run: (c, f) => q(c, `query($id: ID!) { thread(kind: CASE, subjectId: $id) { id } }`, { id: f.caseId }) },
  { name: 'threadMessages', expect: READ, run: (c, f) => q(c, `query($id: ID!) { threadMessages(threadId: $id) { nodes { body } } }`, { id: f.threadId }) },
  { name: 'threadChanges', expect: READ, run: (c, f) => q(c, `query($id: ID!) { threadChanges(threadId: $id, afterSeq: 0) { nodes { body } } }`, { id: f.threadId }) },
  {
    name: 'postMessage',
    expect: MEMBERS_WRITE,
    run: (c, f) => q(c, `mutation($input: PostMessageInput!) { postMessage(input: $input) { id seq } }`, { input: { threadId: f.threadId, body: 'Goed punt, wij herkennen dit.' } }),
  },
  {
    name: 'editMessage (author only)',
    expect: { PUBLIC: 'U F ok F F F', PRIVATE: 'U NF ok F F NF' },
    run: (c, f) => q(c, `mutation($input: EditMessageInput!) { editMessage(input: $input) { editedAt } }`, { input: { id: f.messageId, body: 'Aangepast.' } }),
  },
  { name: 'deleteMessage (author only)', expect: { PUBLIC: 'U F ok F F F', PRIVATE: 'U NF ok F F NF' }, run: (c, f) => q(c, `mutation($id: ID!) { deleteMessage(id: $id) { deleted } }`, { id: f.messageId }) },
  { name: 'markThreadRead', expect: { PUBLIC: 'U ok ok ok ok ok', PRIVATE: 'U NF ok ok ok NF' }, run: (c, f) => q(c, `mutation($id: ID!) { markThreadRead(threadId: $id, seq: 1) }`, { id: f.threadId }) },
  { name: 'reportContent (message)', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { reportContent(type: MESSAGE, id: $id, reason: "Te herkenbaar") }`, { id: f.messageId }) },
  { name: 'hideContent (message)', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { hideContent(type: MESSAGE, id: $id, reason: "Te herkenbaar") { hidden } }`, { id: f.messageId }) },
  // Instruments (issue 6). Published instruments are read like the community; drafts, comments, tracks,
  // aggregates and exports are for members only, even in a public community. The fixture's member is the
  // instrument's co-author and the track's creator.
  { name: 'instrument (published)', expect: READ, run: (c, f) => q(c, `query($id: ID!) { instrument(id: $id) { title latest { number } } }`, { id: f.instrumentId }) },
  {
    name: 'instruments (list)',
    expect: READ,
    run: (c, f) => q(c, `query($c: ID!) { instruments(communityId: $c) { id } }`, { c: f.communityId }),
    found: (res, f) => JSON.stringify(res.data).includes(f.instrumentId),
  },
  {
    name: 'instrument draft and comments',
    expect: { PUBLIC: 'NF NF ok ok ok NF', PRIVATE: 'NF NF ok ok ok NF' },
    run: (c, f) => q(c, `query($id: ID!) { instrument(id: $id) { draft { title } comments { body } } }`, { id: f.instrumentId }),
    found: (res) => JSON.stringify(res.data).includes('Matrixinstrument') && JSON.stringify(res.data).includes('Matrixopmerking'),
  },
  { name: 'createInstrument', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($c: ID!) { createInstrument(communityId: $c, title: "Nieuw instrument") { id } }`, { c: f.communityId }) },
  {
    name: 'updateInstrumentItem (co-author or moderator)',
    expect: MEMBERS_WRITE_AUTHOR_OR_MODERATOR,
    run: (c, f) =>
      q(c, `mutation($id: ID!) { updateInstrumentItem(id: $id, itemId: "m1", expectedRev: 0, input: { type: VAS, text: "Nieuwe tekst", labels: [], reverse: false, required: true }) { draftRev } }`, { id: f.instrumentId }),
  },
  { name: 'publishInstrument (co-author or moderator)', expect: MEMBERS_WRITE_AUTHOR_OR_MODERATOR, run: (c, f) => q(c, `mutation($id: ID!) { publishInstrument(id: $id, changelog: "Tweede versie", expectedDraftRev: 0) { number } }`, { id: f.instrumentId }) },
  { name: 'commentOnInstrument', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { commentOnInstrument(id: $id, itemId: "m1", body: "Helder") { id } }`, { id: f.instrumentId }) },
  {
    name: 'monitoringTracks',
    expect: { PUBLIC: 'U NF ok ok ok NF', PRIVATE: 'U NF ok ok ok NF' },
    run: (c, f) => q(c, `query($c: ID!) { monitoringTracks(communityId: $c) { id caseCode } }`, { c: f.communityId }),
    found: (res, f) => JSON.stringify(res.data).includes(f.trackId),
  },
  {
    name: 'monitoringTrack (chart and responses)',
    expect: { PUBLIC: 'U NF ok ok ok NF', PRIVATE: 'U NF ok ok ok NF' },
    run: (c, f) => q(c, `query($id: ID!) { monitoringTrack(id: $id) { caseCode chart { sessions } responses { total } } }`, { id: f.trackId }),
  },
  {
    name: 'recordResponse (track creator or moderator)',
    expect: { PUBLIC: 'U NF ok ok ok NF', PRIVATE: 'U NF ok ok ok NF' },
    run: (c, f) => q(c, `mutation($input: RecordResponseInput!) { recordResponse(input: $input) { id } }`, { input: { trackId: f.trackId, respondentId: f.respondentId, sessionNumber: 2, answers: [{ itemId: 'm1', value: 6 }] } }),
  },
  {
    name: 'createRespondentLink (track creator or moderator)',
    expect: { PUBLIC: 'U NF ok ok ok NF', PRIVATE: 'U NF ok ok ok NF' },
    run: (c, f) => q(c, `mutation($input: CreateRespondentLinkInput!) { createRespondentLink(input: $input) { path } }`, { input: { trackId: f.trackId, respondentId: f.respondentId, sessionNumber: 2, validHours: 24 } }),
  },
  { name: 'instrumentAggregate', expect: MEMBERS_WRITE, run: (c, f) => q(c, `query($id: ID!) { instrumentAggregate(instrumentId: $id) { tracks } }`, { id: f.instrumentId }) },
  { name: 'instrumentExportCsv', expect: MEMBERS_WRITE, run: (c, f) => q(c, `query($id: ID!) { instrumentExportCsv(instrumentId: $id) }`, { id: f.instrumentId }) },
  // Themed sessions (issue 8). Reading follows the community; RSVP is for members, planning and running for moderators.
  { name: 'session', expect: READ, run: (c, f) => q(c, `query($id: ID!) { session(id: $id) { title steps { key } } }`, { id: f.sessionId }) },
  {
    // Every fixture has a session, so the list is asked for the fixture's community (the same readability condition).
    name: 'sessions (list)',
    expect: READ,
    run: (c, f) => q(c, `query($c: ID) { sessions(communityId: $c, first: 500) { id } }`, { c: f.communityId }),
    found: (res, f) => JSON.stringify(res.data).includes(f.sessionId),
  },
  { name: 'sessionIcs', expect: READ, run: (c, f) => q(c, `query($id: ID!) { sessionIcs(id: $id) }`, { id: f.sessionId }) },
  {
    name: 'search (a session)',
    expect: READ,
    run: (c, f) => q(c, `query($i: SearchInput!) { search(input: $i) { total hits { subjectId } } }`, { i: { text: 'Matrixsessie', types: ['SESSION'], communityIds: [f.communityId] } }),
    found: (res, f) => JSON.stringify(res.data).includes(f.sessionId),
  },
  { name: 'rsvpSession', expect: MEMBERS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { rsvpSession(id: $id, status: GOING) { id } }`, { id: f.sessionId }) },
  {
    name: 'planSession',
    expect: MODERATORS_WRITE,
    run: (c, f) =>
      q(c, `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`, {
        input: { communityId: f.communityId, title: 'Nieuwe sessie', startDate: '2026-12-10', startTime: '19:30', endDate: '2026-12-10', endTime: '21:00' },
      }),
  },
  { name: 'startSession', expect: MODERATORS_WRITE, run: (c, f) => q(c, `mutation($id: ID!) { startSession(id: $id) { status } }`, { id: f.sessionId }) },
  // Knowledge base (issue 7). A community's items follow its visibility; the member wrote the fixture's item.
  { name: 'knowledgeItem', expect: READ, run: (c, f) => q(c, `query($id: ID!) { knowledgeItem(id: $id) { title } }`, { id: f.knowledgeId }) },
  {
    name: 'knowledgeItems (list)',
    expect: READ,
    run: (c) => q(c, `{ knowledgeItems(first: 200) { id } }`, {}),
    found: (res, f) => JSON.stringify(res.data).includes(f.knowledgeId),
  },
  {
    name: 'createKnowledgeItem',
    expect: MEMBERS_WRITE,
    run: (c, f) =>
      q(c, `mutation($input: CreateKnowledgeInput!) { createKnowledgeItem(input: $input) { id } }`, {
        input: { communityId: f.communityId, type: 'ARTICLE', title: 'Een nieuw artikel', summary: 'Een korte samenvatting in eigen woorden over samenwerken.', evidenceLevel: 'THEORY' },
      }),
  },
  {
    name: 'updateKnowledgeItem (author or moderator)',
    expect: MEMBERS_WRITE_AUTHOR_OR_MODERATOR,
    run: (c, f) =>
      q(c, `mutation($id: ID!, $input: KnowledgeContentInput!) { updateKnowledgeItem(id: $id, expectedRevision: 1, changeNote: "Bijgewerkt", input: $input) { revision } }`, {
        id: f.knowledgeId,
        input: { type: 'ARTICLE', title: 'Een bijgewerkt artikel', summary: 'Een nieuwe samenvatting in eigen woorden over samenwerken.', evidenceLevel: 'THEORY' },
      }),
  },
];

describe('permission matrix: communities', () => {
  let app: TestApp;
  let users: Fixture['users'];

  beforeAll(async () => {
    app = await startTestApp();
    const names = ['owner', 'moderator', 'member', 'banned', 'nonMember', 'target', 'requester'] as const;
    const built = await Promise.all(names.map((n) => buildUser(app.url, { displayName: `Matrix ${n}` })));
    users = Object.fromEntries(names.map((n, i) => [n, built[i]])) as Fixture['users'];
  });
  afterAll(() => app.close());

  async function fixture(visibility: Visibility, joinPolicy: string): Promise<Fixture> {
    const db = app.dataSource;
    const suffix = randomUUID().slice(0, 8);
    const name = `Matrix ${suffix}`;
    const slug = `matrix-${suffix}`;
    const [{ id: communityId }] = await db.query(`INSERT INTO community (slug, name, visibility, join_policy) VALUES ($1,$2,$3,$4) RETURNING id`, [slug, name, visibility, joinPolicy]);
    await db.query(
      `INSERT INTO community_member (community_id, user_id, role) VALUES ($1,$2,'OWNER'), ($1,$3,'MODERATOR'), ($1,$4,'MEMBER'), ($1,$5,'MEMBER')`,
      [communityId, users.owner.id, users.moderator.id, users.member.id, users.target.id],
    );
    await db.query(`INSERT INTO community_ban (community_id, user_id, reason) VALUES ($1,$2,'matrix')`, [communityId, users.banned.id]);
    const [{ id: postId }] = await db.query(`INSERT INTO community_post (community_id, author_id, body) VALUES ($1,$2,'Een bericht') RETURNING id`, [communityId, users.member.id]);
    const [{ id: feedItemId }] = await db.query(`INSERT INTO feed_item (community_id, type, actor_id, subject_id) VALUES ($1,'POST',$2,$3) RETURNING id`, [communityId, users.member.id, postId]);
    const [{ id: requestId }] = await db.query(`INSERT INTO join_request (community_id, user_id, message) VALUES ($1,$2,'hoi') RETURNING id`, [communityId, users.requester.id]);
    const inviteToken = randomBytes(24).toString('base64url');
    const [{ id: invitationId }] = await db.query(
      `INSERT INTO community_invitation (community_id, mode, token_hash, expires_at) VALUES ($1,'JOIN',$2, now() + interval '1 day') RETURNING id`,
      [communityId, createHash('sha256').update(inviteToken).digest('hex')],
    );
    const [{ id: reportId }] = await db.query(
      `INSERT INTO content_report (community_id, content_type, content_id, reporter_id, reason) VALUES ($1,'POST',$2,$3,'matrix') RETURNING id`,
      [communityId, postId, users.moderator.id],
    );
    const [{ id: caseId }] = await db.query(
      `INSERT INTO community_case (community_id, author_id, title, context, dilemma, collaboration_form_id)
       SELECT $1, $2, 'Doelen lopen uiteen', 'Een gezin in de ambulante hulp, zonder namen beschreven.', 'Hoe houden we de doelen bij elkaar?', id FROM collaboration_form WHERE code = 'MULTIPLE' RETURNING id`,
      [communityId, users.member.id],
    );
    const [{ id: responseId }] = await db.query(`INSERT INTO case_response (case_id, community_id, author_id, body) VALUES ($1,$2,$3,'Een reactie') RETURNING id`, [caseId, communityId, users.member.id]);
    const [{ id: threadId }] = await db.query(`INSERT INTO discussion_thread (kind, subject_id, community_id, last_seq) VALUES ('COMMUNITY', $1, $1, 1) RETURNING id`, [communityId]);
    const [{ id: messageId }] = await db.query(
      `INSERT INTO message (thread_id, community_id, seq, event_seq, author_id, body) VALUES ($1, $2, 1, 1, $3, 'Een bericht') RETURNING id`,
      [threadId, communityId, users.member.id],
    );
    // A published instrument (version 1) whose draft has moved on, co-authored by the member, with a comment,
    // and a track by the member with one response.
    const def = (text: string) =>
      JSON.stringify({
        title: 'Matrixinstrument',
        purpose: '',
        respondents: ['CLIENT'],
        items: [{ id: 'm1', type: 'VAS', text, help: null, points: null, labels: [], options: [], reverse: false, subscaleId: null, required: true }],
        subscales: [],
        scoring: { total: 'MEAN', thresholds: [], referenceLines: [], splitSpread: null },
      });
    const [{ id: instrumentId }] = await db.query(
      `INSERT INTO instrument (community_id, title, draft, latest_version, created_by_id, export_salt) VALUES ($1, 'Matrixinstrument', $2, 1, $3, 'zout') RETURNING id`,
      [communityId, def('Matrixvraag, nieuwe versie'), users.member.id],
    );
    await db.query(`INSERT INTO instrument_author (instrument_id, user_id) VALUES ($1, $2)`, [instrumentId, users.member.id]);
    await db.query(`INSERT INTO instrument_comment (instrument_id, item_id, author_id, body) VALUES ($1, 'm1', $2, 'Matrixopmerking')`, [instrumentId, users.member.id]);
    const [{ id: versionId }] = await db.query(`INSERT INTO instrument_version (instrument_id, number, definition, changelog, published_by_id) VALUES ($1, 1, $2, 'Eerste', $3) RETURNING id`, [
      instrumentId,
      def('Matrixvraag'),
      users.member.id,
    ]);
    const [{ id: trackId }] = await db.query(`INSERT INTO monitoring_track (community_id, instrument_id, version_id, case_code, created_by_id) VALUES ($1, $2, $3, 'MATRIX-1', $4) RETURNING id`, [
      communityId,
      instrumentId,
      versionId,
      users.member.id,
    ]);
    const [{ id: respondentId }] = await db.query(`INSERT INTO track_respondent (track_id, label, kind, position) VALUES ($1, 'moeder', 'PARENT', 0) RETURNING id`, [trackId]);
    await db.query(
      `INSERT INTO instrument_response (track_id, respondent_id, version_id, session_number, answers, scores, source) VALUES ($1, $2, $3, 1, '{"m1": 7}', '{"total": 7, "subscales": {}}', 'APP')`,
      [trackId, respondentId, versionId],
    );
    const [{ id: knowledgeId }] = await db.query(
      `INSERT INTO knowledge_item (community_id, type, title, summary, evidence_level, author_id, revision) VALUES ($1, 'ARTICLE', 'Matrixartikel', 'Een samenvatting.', 'THEORY', $2, 1) RETURNING id`,
      [communityId, users.member.id],
    );
    // A planned session with the Incidentmethode (issue 8).
    const [{ id: sessionId }] = await db.query(
      `INSERT INTO community_session (community_id, title, starts_at, ends_at, method_id, method_name, method_steps, created_by_id)
       SELECT $1, 'Matrixsessie', now() + interval '7 days', now() + interval '7 days 90 minutes', m.id, m.name_nl, m.steps, $2
         FROM session_method m WHERE m.community_id IS NULL AND m.code = 'INCIDENT' RETURNING id`,
      [communityId, users.moderator.id],
    );
    return { communityId, name, slug, postId, feedItemId, requestId, invitationId, inviteToken, reportId, caseId, responseId, threadId, messageId, instrumentId, trackId, respondentId, knowledgeId, sessionId, users };
  }

  function clientOf(actor: Actor): TestClient {
    return actor === 'anonymous' ? new TestClient(app.url) : users[actor].client;
  }

  function outcome(op: Operation, res: GqlResponse<unknown>, f: Fixture): string {
    const code = res.errors?.[0]?.extensions?.code;
    if (code) return code;
    if (op.found) return op.found(res, f) ? 'ok' : 'NOT_FOUND';
    return 'ok';
  }

  for (const op of OPERATIONS) {
    for (const visibility of ['PUBLIC', 'PRIVATE'] as const) {
      it(`${op.name} × ${visibility.toLowerCase()}`, async () => {
        const expected = op.expect[visibility].split(/\s+/).map((s) => CODE[s]);
        expect(expected).toHaveLength(ACTORS.length);
        const actual: Record<string, string> = {};
        const leaks: string[] = [];
        for (const actor of ACTORS) {
          const f = await fixture(visibility, op.joinPolicy ?? 'OPEN');
          const res = await op.run(clientOf(actor), f);
          actual[actor] = outcome(op, res, f);
          // Whatever the answer, a denied viewer learns nothing of a private community.
          const text = JSON.stringify(res);
          if (visibility === 'PRIVATE' && actual[actor] === 'NOT_FOUND' && [f.name, 'Een bericht', 'Matrix', 'MATRIX-1'].some((t) => text.includes(t))) leaks.push(actor);
          // Monitoring data never reaches a non-member, public community or not.
          if (['anonymous', 'nonMember', 'banned'].includes(actor) && ['MATRIX-1', 'Matrixopmerking', 'Matrixvraag, nieuwe'].some((t) => text.includes(t))) leaks.push(`${actor} (monitoring or draft)`);
        }
        expect(actual).toEqual(Object.fromEntries(ACTORS.map((a, i) => [a, expected[i]])));
        expect(leaks).toEqual([]);
      });
    }
  }
});
