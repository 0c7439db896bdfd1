/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationOutcome =
  | 'ALREADY_MEMBER'
  | 'JOINED'
  | 'REQUESTED';

export type AcceptInvitationResult = {
  __typename?: 'AcceptInvitationResult';
  communitySlug: Scalars['String']['output'];
  outcome: AcceptInvitationOutcome;
};

export type AddedInstrumentItem = {
  __typename?: 'AddedInstrumentItem';
  instrument: Instrument;
  itemId: Scalars['String']['output'];
};

export type AggregateScope = {
  __typename?: 'AggregateScope';
  mean?: Maybe<Scalars['Float']['output']>;
  /** Responses with a score in this scope. */
  n: Scalars['Int']['output'];
  scope: Scalars['String']['output'];
  sd?: Maybe<Scalars['Float']['output']>;
};

export type AggregateSession = {
  __typename?: 'AggregateSession';
  responses: Scalars['Int']['output'];
  scopes: Array<AggregateScope>;
  sessionNumber: Scalars['Int']['output'];
  tracks: Scalars['Int']['output'];
};

/** Part of the alliance (Bordin): bond, goals, tasks. */
export type AllianceAspect =
  | 'BOND'
  | 'GOALS'
  | 'TASKS';

export type Answer = {
  __typename?: 'Answer';
  /** SINGLE_CHOICE: the option id. */
  choice?: Maybe<Scalars['String']['output']>;
  itemId: Scalars['String']['output'];
  /** OPEN_TEXT. */
  text?: Maybe<Scalars['String']['output']>;
  /** LIKERT and VAS. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type AnswerInput = {
  /** SINGLE_CHOICE: the option id. */
  choice?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['String']['input'];
  /** OPEN_TEXT. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** LIKERT and VAS. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type AuditAction =
  | 'COMMUNITY_ARCHIVED'
  | 'COMMUNITY_CREATED'
  | 'COMMUNITY_UNARCHIVED'
  | 'COMMUNITY_UPDATED'
  | 'CONTENT_DELETED'
  | 'CONTENT_HIDDEN'
  | 'CONTENT_REPORTED'
  | 'CONTENT_RESTORED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_CREATED'
  | 'INVITATION_REVOKED'
  | 'ITEM_PINNED'
  | 'ITEM_UNPINNED'
  | 'JOIN_APPROVED'
  | 'JOIN_DECLINED'
  | 'JOIN_REQUESTED'
  | 'JOIN_REQUEST_CANCELLED'
  | 'MEMBER_BANNED'
  | 'MEMBER_JOINED'
  | 'MEMBER_LEFT'
  | 'MEMBER_REMOVED'
  | 'MEMBER_UNBANNED'
  | 'REPORT_DISMISSED'
  | 'ROLE_CHANGED';

/** Who did what, when and why. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actor?: Maybe<Person>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** One sentence in the language of the request. */
  summary: Scalars['String']['output'];
  target?: Maybe<Person>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived access token; send as `Authorization: Bearer`. */
  accessToken: Scalars['String']['output'];
  user: User;
};

export type Ban = {
  __typename?: 'Ban';
  bannedBy?: Maybe<Person>;
  createdAt: Scalars['DateTime']['output'];
  person: Person;
  reason: Scalars['String']['output'];
};

/** A collaboration dilemma from practice, de-identified. */
export type Case = {
  __typename?: 'Case';
  allianceAspects: Array<AllianceAspect>;
  /** Null when the author posted anonymously, except for the author and moderators. */
  author?: Maybe<Person>;
  /** The author chose to appear as "een lid van <community>". */
  authorHidden: Scalars['Boolean']['output'];
  /** How the author is shown: their name, or "een lid van <community>". */
  authorLabel: Scalars['String']['output'];
  bestResponseId?: Maybe<Scalars['ID']['output']>;
  collaborationForm: CollaborationForm;
  community: Community;
  /** Markdown. */
  context: Scalars['String']['output'];
  contextHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  damourConcepts: Array<DamourConcept>;
  /** Markdown. */
  dilemma: Scalars['String']['output'];
  dilemmaHtml: Scalars['String']['output'];
  hidden: Scalars['Boolean']['output'];
  /** Why a moderator hid it; only for moderators and the author. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Markdown. */
  lessonsLearned?: Maybe<Scalars['String']['output']>;
  lessonsLearnedHtml?: Maybe<Scalars['String']['output']>;
  levels: Array<Level>;
  qualifications: Array<Qualification>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  responseCount: Scalars['Int']['output'];
  /** Top-level responses, oldest first; each with its replies. */
  responses: Array<CaseResponse>;
  /** Earlier versions; moderators only. */
  revisions: Array<CaseRevision>;
  status: CaseStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Markdown. */
  tried: Scalars['String']['output'];
  triedHtml: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: CasePermissions;
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  /** Only what the viewer may see is counted. */
  totalCount: Scalars['Int']['output'];
};

export type CaseContentInput = {
  allianceAspects?: InputMaybe<Array<AllianceAspect>>;
  /** Code of one of the eight collaboration forms. */
  collaborationFormCode: Scalars['String']['input'];
  /** Setting and who is involved, described without identifying anyone (Markdown). */
  context: Scalars['String']['input'];
  damourConcepts?: InputMaybe<Array<DamourConcept>>;
  /** The collaboration dilemma or question (Markdown). */
  dilemma: Scalars['String']['input'];
  /** Levels 1-4. */
  levelNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Appear as "een lid van <community>" to members; moderators still see who posted. */
  postAnonymously?: Scalars['Boolean']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  /** B1-B9, M1-M9. */
  qualificationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** What has been tried (Markdown). */
  tried?: InputMaybe<Scalars['String']['input']>;
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CasePermissions = {
  __typename?: 'CasePermissions';
  edit: Scalars['Boolean']['output'];
  /** Mark the response that helped most (author). */
  markBest: Scalars['Boolean']['output'];
  moderate: Scalars['Boolean']['output'];
  report: Scalars['Boolean']['output'];
  resolve: Scalars['Boolean']['output'];
  respond: Scalars['Boolean']['output'];
};

export type CaseResponse = {
  __typename?: 'CaseResponse';
  author?: Maybe<Person>;
  /** Markdown. */
  body: Scalars['String']['output'];
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  helpfulCount: Scalars['Int']['output'];
  hidden: Scalars['Boolean']['output'];
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The case author marked this as the response that helped most. */
  isBest: Scalars['Boolean']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  perspective?: Maybe<ResponsePerspective>;
  /** Replies to this response (one level deep). */
  replies: Array<CaseResponse>;
  viewerCan: CaseResponsePermissions;
  viewerMarkedHelpful: Scalars['Boolean']['output'];
};

export type CaseResponsePermissions = {
  __typename?: 'CaseResponsePermissions';
  hide: Scalars['Boolean']['output'];
  markHelpful: Scalars['Boolean']['output'];
  reply: Scalars['Boolean']['output'];
  report: Scalars['Boolean']['output'];
};

/** An earlier version of a case (moderators). */
export type CaseRevision = {
  __typename?: 'CaseRevision';
  context: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  dilemma: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lessonsLearned?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  tried: Scalars['String']['output'];
};

export type CaseStatus =
  | 'OPEN'
  | 'RESOLVED';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChartPoint = {
  __typename?: 'ChartPoint';
  /** TOTAL (if any) and every subscale. */
  scores: Array<ScopeScore>;
  sessionDate?: Maybe<Scalars['String']['output']>;
  sessionNumber: Scalars['Int']['output'];
};

export type ChartSeries = {
  __typename?: 'ChartSeries';
  kind: RespondentKind;
  label: Scalars['String']['output'];
  points: Array<ChartPoint>;
  respondentId: Scalars['ID']['output'];
};

export type ChoiceOption = {
  __typename?: 'ChoiceOption';
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
  score?: Maybe<Scalars['Float']['output']>;
};

export type ChoiceOptionInput = {
  id: Scalars['String']['input'];
  label: Scalars['String']['input'];
  score?: InputMaybe<Scalars['Float']['input']>;
};

export type Citation = {
  __typename?: 'Citation';
  authors: Array<Scalars['String']['output']>;
  container?: Maybe<Scalars['String']['output']>;
  doi?: Maybe<Scalars['String']['output']>;
  issue?: Maybe<Scalars['String']['output']>;
  pages?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  volume?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type CitationInput = {
  /** "Achternaam, V." per author. */
  authors: Array<Scalars['String']['input']>;
  /** Journal, book or publisher. */
  container?: InputMaybe<Scalars['String']['input']>;
  /** e.g. 10.1037/h0085885 (a https://doi.org/ prefix is removed). */
  doi?: InputMaybe<Scalars['String']['input']>;
  issue?: InputMaybe<Scalars['String']['input']>;
  pages?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** http(s) address of the source. */
  url?: InputMaybe<Scalars['String']['input']>;
  volume?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** One of the eight forms of collaboration (chapter 3). */
export type CollaborationForm = {
  __typename?: 'CollaborationForm';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

/** A learning community (leergemeenschap). */
export type Community = {
  __typename?: 'Community';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Membership and moderation actions, newest first; moderators and owners. */
  auditLog: AuditEntryConnection;
  /** Moderators only. */
  bans: Array<Ban>;
  createdAt: Scalars['DateTime']['output'];
  /** Markdown source. */
  description: Scalars['String']['output'];
  /** Description rendered from Markdown, sanitised. */
  descriptionHtml: Scalars['String']['output'];
  /** What happens in the community, newest first. */
  feed: FeedItemConnection;
  /** Community guidelines, Markdown source. */
  guidelines: Scalars['String']['output'];
  /** Guidelines rendered from Markdown, sanitised. */
  guidelinesHtml: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Active invitations; moderators only. */
  invitations: Array<Invitation>;
  joinPolicy: JoinPolicy;
  /** Moderators only. */
  joinRequests: Array<JoinRequest>;
  memberCount: Scalars['Int']['output'];
  /** Member directory. Private communities: members only; public: any signed-in person. */
  members: MemberConnection;
  name: Scalars['String']['output'];
  /** Items moderators pinned, newest pin first (at most 10). */
  pinnedItems: Array<FeedItem>;
  /** The moderation queue; moderators only. */
  reports: ReportConnection;
  researchThemes: Array<ResearchTheme>;
  slug: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  viewerCan: CommunityPermissions;
  /** Your own open join request, if any (to show or withdraw it). */
  viewerJoinRequest?: Maybe<JoinRequest>;
  /** Your role; null when you are not a member. */
  viewerRole?: Maybe<CommunityRole>;
  viewerStatus: MembershipStatus;
  visibility: CommunityVisibility;
};


/** A learning community (leergemeenschap). */
export type CommunityAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A learning community (leergemeenschap). */
export type CommunityFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A learning community (leergemeenschap). */
export type CommunityJoinRequestsArgs = {
  status?: JoinRequestStatus;
};


/** A learning community (leergemeenschap). */
export type CommunityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityRole?: InputMaybe<CommunityRole>;
  first?: Scalars['Int']['input'];
  profileRole?: InputMaybe<ProfileRole>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** A learning community (leergemeenschap). */
export type CommunityReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: ReportStatus;
};

export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  edges: Array<CommunityEdge>;
  pageInfo: PageInfo;
  /** Only what the viewer may see is counted. */
  totalCount: Scalars['Int']['output'];
};

export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  cursor: Scalars['String']['output'];
  node: Community;
};

export type CommunityInput = {
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Community guidelines, Markdown. */
  guidelines?: InputMaybe<Scalars['String']['input']>;
  joinPolicy: JoinPolicy;
  name: Scalars['String']['input'];
  /** Codes of research-agenda themes (see `researchThemes`). */
  researchThemeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Web address: lower-case letters, digits and hyphens. */
  slug: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  visibility: CommunityVisibility;
};

/** What the viewer may do here; the web shows actions from this, never guesses. */
export type CommunityPermissions = {
  __typename?: 'CommunityPermissions';
  archive: Scalars['Boolean']['output'];
  createRequestLink: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  invite: Scalars['Boolean']['output'];
  join: Scalars['Boolean']['output'];
  leave: Scalars['Boolean']['output'];
  manageRoles: Scalars['Boolean']['output'];
  moderate: Scalars['Boolean']['output'];
  post: Scalars['Boolean']['output'];
  read: Scalars['Boolean']['output'];
  readAuditLog: Scalars['Boolean']['output'];
  readMembers: Scalars['Boolean']['output'];
  report: Scalars['Boolean']['output'];
  requestToJoin: Scalars['Boolean']['output'];
};

export type CommunityRole =
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type CommunityVisibility =
  | 'PRIVATE'
  | 'PUBLIC';

export type ContentPreview = {
  __typename?: 'ContentPreview';
  author?: Maybe<Person>;
  excerpt: Scalars['String']['output'];
  hidden: Scalars['Boolean']['output'];
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  type: ContentType;
};

/** Content that can be reported and hidden; later modules add theirs. */
export type ContentType =
  | 'CASE'
  | 'CASE_RESPONSE'
  | 'MESSAGE'
  | 'POST';

export type CreateCaseInput = {
  allianceAspects?: InputMaybe<Array<AllianceAspect>>;
  /** Client-generated id: a retried create is stored once. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Code of one of the eight collaboration forms. */
  collaborationFormCode: Scalars['String']['input'];
  communityId: Scalars['ID']['input'];
  /** Setting and who is involved, described without identifying anyone (Markdown). */
  context: Scalars['String']['input'];
  damourConcepts?: InputMaybe<Array<DamourConcept>>;
  /** The collaboration dilemma or question (Markdown). */
  dilemma: Scalars['String']['input'];
  /** Levels 1-4. */
  levelNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Appear as "een lid van <community>" to members; moderators still see who posted. */
  postAnonymously?: Scalars['Boolean']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  /** B1-B9, M1-M9. */
  qualificationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** What has been tried (Markdown). */
  tried?: InputMaybe<Scalars['String']['input']>;
};

export type CreateKnowledgeInput = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  citation?: InputMaybe<CitationInput>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  collaborationFormCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The community it belongs to; null: site-wide (curators). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  evidenceLevel: EvidenceLevel;
  /** Research findings: design, sample and what it means for practice. */
  finding?: InputMaybe<FindingInput>;
  instrumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  levels?: InputMaybe<Array<Scalars['Int']['input']>>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  /** B1-B9, M1-M9. */
  qualificationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  researchThemeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Markdown. */
  summary: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  theoryThemes?: InputMaybe<Array<TheoryTheme>>;
  title: Scalars['String']['input'];
  type: KnowledgeType;
};

export type CreateRespondentLinkInput = {
  respondentId: Scalars['ID']['input'];
  sessionDate?: InputMaybe<Scalars['String']['input']>;
  sessionNumber: Scalars['Int']['input'];
  trackId: Scalars['ID']['input'];
  /** How long the link works, in hours (1 to 720). */
  validHours?: Scalars['Int']['input'];
};

export type CreateTrackInput = {
  /** De-identified case code, e.g. SWAG-2026-014: letters, digits, dot, dash. */
  caseCode: Scalars['String']['input'];
  clientId?: InputMaybe<Scalars['ID']['input']>;
  instrumentId: Scalars['ID']['input'];
  /** Notes without identifying details (Markdown). */
  notes?: InputMaybe<Scalars['String']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  respondents: Array<RespondentInput>;
  /** Overrides the instrument’s split-alliance spread. */
  splitSpread?: InputMaybe<Scalars['Float']['input']>;
  /** The published version to use. */
  versionNumber: Scalars['Int']['input'];
};

/** Returned once, on creation: the token is never shown again. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  invitation: Invitation;
  token: Scalars['String']['output'];
  /** Link to share or that was mailed. */
  url: Scalars['String']['output'];
};

export type CreatedRespondentLink = {
  __typename?: 'CreatedRespondentLink';
  link: RespondentLink;
  /** The path of the form in the web app, e.g. /invullen/<token>. */
  path: Scalars['String']['output'];
  /** Shown once: only its hash is stored. */
  token: Scalars['String']['output'];
};

/** Concepts of interprofessional collaboration (D’Amour et al. 2005). */
export type DamourConcept =
  | 'INTERDEPENDENCY'
  | 'PARTNERSHIP'
  | 'POWER'
  | 'PROCESS'
  | 'SHARING';

export type DefinitionChange = {
  __typename?: 'DefinitionChange';
  /** JSON of the value after. */
  after?: Maybe<Scalars['String']['output']>;
  /** JSON of the value before. */
  before?: Maybe<Scalars['String']['output']>;
  entity: DiffEntity;
  field?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  kind: DiffKind;
  label: Scalars['String']['output'];
};

export type Degree =
  | 'BACHELOR'
  | 'MASTER';

export type DiffEntity =
  | 'INSTRUMENT'
  | 'ITEM'
  | 'REFERENCE_LINE'
  | 'SCORING'
  | 'SUBSCALE'
  | 'THRESHOLD';

export type DiffKind =
  | 'ADDED'
  | 'CHANGED'
  | 'MOVED'
  | 'REMOVED';

/** The revision of one part of a draft (send it back as expectedRev when you change that part). */
export type DraftPart = {
  __typename?: 'DraftPart';
  at?: Maybe<Scalars['DateTime']['output']>;
  /** Who changed it last. */
  byName?: Maybe<Scalars['String']['output']>;
  /** meta, scoring, order, or item:<id>. */
  part: Scalars['String']['output'];
  rev: Scalars['Int']['output'];
};

export type DublinDescriptor = {
  __typename?: 'DublinDescriptor';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  /** Codes of the bachelor qualifications it maps to. */
  qualificationCodes: Array<Scalars['String']['output']>;
};

export type EditMessageInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};

/** How often a person gets e-mail about one community's notifications. */
export type EmailFrequency =
  /** A digest every morning from 07:00 (Europe/Amsterdam). The default. */
  | 'DAILY'
  /** One e-mail per notification, right away. */
  | 'IMMEDIATE'
  /** No e-mail; notifications only in the app. */
  | 'NEVER'
  /** A digest on Monday morning from 07:00 (Europe/Amsterdam). */
  | 'WEEKLY';

/** EFFECTIVE (according to research), PROMISING, PRACTICE_BASED, THEORY. */
export type EvidenceLevel =
  | 'EFFECTIVE'
  | 'PRACTICE_BASED'
  | 'PROMISING'
  | 'THEORY';

/** One thing that happened in a community. */
export type FeedItem = {
  __typename?: 'FeedItem';
  actor?: Maybe<Person>;
  /** Set for CASE_POSTED, CASE_RESOLVED and CASE_RESPONDED (the case responded to). */
  case?: Maybe<Case>;
  /** Set for CASE_RESPONDED. */
  caseResponse?: Maybe<CaseResponse>;
  createdAt: Scalars['DateTime']['output'];
  /** Hidden items are shown only to moderators and to their author. */
  hidden: Scalars['Boolean']['output'];
  /** Why it was hidden; only for moderators and the author. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Set for INSTRUMENT_PUBLISHED: the version published (its instrument via instrumentId). */
  instrumentVersion?: Maybe<InstrumentVersion>;
  pinned: Scalars['Boolean']['output'];
  /** Set when type = POST. */
  post?: Maybe<Post>;
  /** Set for SESSION_PLANNED. */
  session?: Maybe<Session>;
  type: FeedItemType;
  viewerCan: FeedItemPermissions;
};

export type FeedItemConnection = {
  __typename?: 'FeedItemConnection';
  edges: Array<FeedItemEdge>;
  pageInfo: PageInfo;
};

export type FeedItemEdge = {
  __typename?: 'FeedItemEdge';
  cursor: Scalars['String']['output'];
  node: FeedItem;
};

export type FeedItemPermissions = {
  __typename?: 'FeedItemPermissions';
  delete: Scalars['Boolean']['output'];
  hide: Scalars['Boolean']['output'];
  pin: Scalars['Boolean']['output'];
  report: Scalars['Boolean']['output'];
};

/** Later modules add their item types. */
export type FeedItemType =
  | 'CASE_POSTED'
  | 'CASE_RESOLVED'
  | 'CASE_RESPONDED'
  | 'COMMUNITY_CREATED'
  | 'INSTRUMENT_PUBLISHED'
  | 'MEMBER_JOINED'
  | 'POST'
  | 'SESSION_PLANNED';

export type FindingDetails = {
  __typename?: 'FindingDetails';
  /** What this means for practice, in plain language. */
  practiceImplications: Scalars['String']['output'];
  sample: Scalars['String']['output'];
  studyDesign: Scalars['String']['output'];
};

export type FindingInput = {
  /** What this means for practice, in plain language. */
  practiceImplications: Scalars['String']['input'];
  sample: Scalars['String']['input'];
  studyDesign: Scalars['String']['input'];
};

export type Instrument = {
  __typename?: 'Instrument';
  /** Co-authors. */
  authors: Array<Person>;
  /** Comments on the draft, oldest first (members). */
  comments: Array<InstrumentComment>;
  community: Community;
  communityId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The working draft (members of the community; null for others). */
  draft?: Maybe<InstrumentDefinition>;
  /** Revisions of the draft’s parts (members). */
  draftParts: Array<DraftPart>;
  /** Increases with every change to the draft. */
  draftRev: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  latest?: Maybe<InstrumentVersion>;
  /** The newest published version (0: none yet). */
  latestVersion: Scalars['Int']['output'];
  /** For a fork: the version it was copied from. */
  lineage?: Maybe<InstrumentLineage>;
  permissions: InstrumentPermissions;
  /** The draft’s title for members; the latest published title for everyone else. */
  title: Scalars['String']['output'];
  /** Monitoring tracks using this instrument (members; 0 for others). */
  trackCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Published versions, newest first. */
  versions: Array<InstrumentVersion>;
};

/** Across all tracks of one published version, per session number. */
export type InstrumentAggregate = {
  __typename?: 'InstrumentAggregate';
  responses: Scalars['Int']['output'];
  scopes: Array<ScopeName>;
  sessions: Array<AggregateSession>;
  tracks: Scalars['Int']['output'];
  versionNumber: Scalars['Int']['output'];
};

export type InstrumentComment = {
  __typename?: 'InstrumentComment';
  author?: Maybe<Person>;
  body: Scalars['String']['output'];
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The item it is about; null for the instrument as a whole. */
  itemId?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type InstrumentDefinition = {
  __typename?: 'InstrumentDefinition';
  items: Array<InstrumentItem>;
  /** Markdown. */
  purpose: Scalars['String']['output'];
  /** The purpose as sanitised HTML. */
  purposeHtml: Scalars['String']['output'];
  respondents: Array<RespondentKind>;
  scoring: Scoring;
  subscales: Array<Subscale>;
  title: Scalars['String']['output'];
};

export type InstrumentItem = {
  __typename?: 'InstrumentItem';
  help?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  options: Array<ChoiceOption>;
  points?: Maybe<Scalars['Int']['output']>;
  required: Scalars['Boolean']['output'];
  reverse: Scalars['Boolean']['output'];
  subscaleId?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  type: InstrumentItemType;
};

export type InstrumentItemInput = {
  help?: InputMaybe<Scalars['String']['input']>;
  /** LIKERT: one per point; VAS: the two anchors. */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  options?: InputMaybe<Array<ChoiceOptionInput>>;
  /** LIKERT: 2-11. */
  points?: InputMaybe<Scalars['Int']['input']>;
  required?: Scalars['Boolean']['input'];
  reverse?: Scalars['Boolean']['input'];
  subscaleId?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  type: InstrumentItemType;
};

/** LIKERT (2-11 points), VAS (0-10, one decimal), SINGLE_CHOICE, OPEN_TEXT. */
export type InstrumentItemType =
  | 'LIKERT'
  | 'OPEN_TEXT'
  | 'SINGLE_CHOICE'
  | 'VAS';

/** Where a forked instrument comes from. */
export type InstrumentLineage = {
  __typename?: 'InstrumentLineage';
  /** The source community, when you may read it. */
  communityName?: Maybe<Scalars['String']['output']>;
  /** Null when you may not read the source. */
  instrumentId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  versionNumber: Scalars['Int']['output'];
};

export type InstrumentMetaInput = {
  /** Markdown. */
  purpose: Scalars['String']['input'];
  respondents: Array<RespondentKind>;
  title: Scalars['String']['input'];
};

export type InstrumentPermissions = {
  __typename?: 'InstrumentPermissions';
  /** Aggregates and the pseudonymised export. */
  analyse: Scalars['Boolean']['output'];
  comment: Scalars['Boolean']['output'];
  /** Edit the draft and publish (co-authors and moderators). */
  edit: Scalars['Boolean']['output'];
  /** Fork into a community where you may create instruments. */
  fork: Scalars['Boolean']['output'];
  /** Read the draft and comments (members). */
  readDraft: Scalars['Boolean']['output'];
  /** Start a monitoring track with a published version. */
  track: Scalars['Boolean']['output'];
};

export type InstrumentResponse = {
  __typename?: 'InstrumentResponse';
  answers: Array<Answer>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  respondentId: Scalars['ID']['output'];
  scores: Array<ScopeScore>;
  /** yyyy-mm-dd */
  sessionDate?: Maybe<Scalars['String']['output']>;
  sessionNumber: Scalars['Int']['output'];
  source: ResponseSource;
  total?: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type InstrumentVersion = {
  __typename?: 'InstrumentVersion';
  changelog: Scalars['String']['output'];
  definition: InstrumentDefinition;
  id: Scalars['ID']['output'];
  instrumentId: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  publishedAt: Scalars['DateTime']['output'];
  publishedBy?: Maybe<Person>;
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Person>;
  email?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mode: InvitationMode;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  uses: Scalars['Int']['output'];
};

/** JOIN admits directly; REQUEST lets the holder see the community card and ask to join. */
export type InvitationMode =
  | 'JOIN'
  | 'REQUEST';

/** What the holder of an invitation may see before joining: the card, no content. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  communityDescriptionHtml: Scalars['String']['output'];
  communityName: Scalars['String']['output'];
  communitySlug: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  joinPolicy: JoinPolicy;
  mode: InvitationMode;
  /** NONE for anonymous viewers. */
  viewerStatus: MembershipStatus;
  visibility: CommunityVisibility;
};

export type JoinPolicy =
  | 'INVITE'
  | 'OPEN'
  | 'REQUEST';

export type JoinRequest = {
  __typename?: 'JoinRequest';
  /** Name of the community (the requester may see it before admission). */
  communityName: Scalars['String']['output'];
  communitySlug: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Person>;
  decisionMessage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  person: Person;
  status: JoinRequestStatus;
};

export type JoinRequestStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'PENDING';

export type KnowledgeContentInput = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  citation?: InputMaybe<CitationInput>;
  collaborationFormCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  evidenceLevel: EvidenceLevel;
  /** Research findings: design, sample and what it means for practice. */
  finding?: InputMaybe<FindingInput>;
  instrumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  levels?: InputMaybe<Array<Scalars['Int']['input']>>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  /** B1-B9, M1-M9. */
  qualificationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  researchThemeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Markdown. */
  summary: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  theoryThemes?: InputMaybe<Array<TheoryTheme>>;
  title: Scalars['String']['input'];
  type: KnowledgeType;
};

export type KnowledgeFieldChange = {
  __typename?: 'KnowledgeFieldChange';
  after?: Maybe<Scalars['String']['output']>;
  /** Text, or JSON for lists and objects. */
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type KnowledgeItem = {
  __typename?: 'KnowledgeItem';
  author?: Maybe<Person>;
  /** You may edit this item. */
  canEdit: Scalars['Boolean']['output'];
  /** Linked cases you may read (hidden ones left out). */
  cases: Array<LinkedTitle>;
  citation?: Maybe<Citation>;
  collaborationForms: Array<CollaborationForm>;
  community?: Maybe<Community>;
  /** Null for a site-wide item. */
  communityId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  evidenceLevel: EvidenceLevel;
  finding?: Maybe<FindingDetails>;
  id: Scalars['ID']['output'];
  /** Linked published instruments you may read. */
  instruments: Array<LinkedTitle>;
  levels: Array<Level>;
  qualifications: Array<Qualification>;
  researchThemes: Array<ResearchTheme>;
  /** The newest revision; send it back as expectedRevision when you edit. */
  revision: Scalars['Int']['output'];
  /** Every revision, newest first. */
  revisions: Array<KnowledgeRevision>;
  /** The resolved case a lesson learned was promoted from. */
  sourceCaseId?: Maybe<Scalars['ID']['output']>;
  /** Markdown. */
  summary: Scalars['String']['output'];
  summaryHtml: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  theoryThemes: Array<TheoryTheme>;
  title: Scalars['String']['output'];
  type: KnowledgeType;
  updatedAt: Scalars['DateTime']['output'];
};

export type KnowledgeRevision = {
  __typename?: 'KnowledgeRevision';
  author?: Maybe<Person>;
  changeNote: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
};

export type KnowledgeType =
  | 'ARTICLE'
  | 'INSTRUMENT_REFERENCE'
  | 'LESSON_LEARNED'
  | 'METHOD'
  | 'PRACTICE_EXAMPLE'
  | 'RESEARCH_FINDING';

/** One qualification at one level, with what covers it (as far as you may see). */
export type LearningLineCell = {
  __typename?: 'LearningLineCell';
  caseCount: Scalars['Int']['output'];
  /** Nothing covers this cell yet. */
  gap: Scalars['Boolean']['output'];
  /** Published instruments linked through the knowledge items of the cell. */
  instrumentCount: Scalars['Int']['output'];
  /** Up to five knowledge items. */
  items: Array<MapItem>;
  knowledgeCount: Scalars['Int']['output'];
  level: Scalars['Int']['output'];
  qualificationCode: Scalars['String']['output'];
  /** Sessions (not cancelled) whose linked cases or knowledge items are in the cell. */
  sessionCount: Scalars['Int']['output'];
};

export type LearningLineRevision = {
  __typename?: 'LearningLineRevision';
  afterEn: Scalars['String']['output'];
  afterNl: Scalars['String']['output'];
  author?: Maybe<Person>;
  beforeEn: Scalars['String']['output'];
  beforeNl: Scalars['String']['output'];
  changeNote: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
};

export type LearningLineTextInput = {
  /** Why the line changes (kept in the history). */
  changeNote: Scalars['String']['input'];
  textEn: Scalars['String']['input'];
  textNl: Scalars['String']['input'];
};

/** A study level of the learning line (1-3 bachelor, 4 professional master). */
export type Level = {
  __typename?: 'Level';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** In the language of the request (Accept-Language). */
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
};

/** A linked case or instrument the viewer may read. */
export type LinkedTitle = {
  __typename?: 'LinkedTitle';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  /** Falls back to the Dutch text. */
  en?: InputMaybe<Scalars['String']['input']>;
  nl: Scalars['String']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MapItem = {
  __typename?: 'MapItem';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  type: KnowledgeType;
};

export type Member = {
  __typename?: 'Member';
  joinedAt: Scalars['DateTime']['output'];
  person: Person;
  role: CommunityRole;
  viewerCan: MemberPermissions;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  /** Only what the viewer may see is counted. */
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

/** What the viewer may do to this member. */
export type MemberPermissions = {
  __typename?: 'MemberPermissions';
  ban: Scalars['Boolean']['output'];
  remove: Scalars['Boolean']['output'];
  setRole: Scalars['Boolean']['output'];
};

/** The viewer’s relation to a community. */
export type MembershipStatus =
  | 'BANNED'
  | 'MEMBER'
  | 'NONE'
  | 'PENDING';

/** A message in a discussion thread. */
export type Message = {
  __typename?: 'Message';
  author: Person;
  /** Markdown; null when deleted or hidden (the author and moderators see a hidden text). */
  body?: Maybe<Scalars['String']['output']>;
  /** Sanitised HTML. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  clientId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sequence number of the last change to this message. */
  eventSeq: Scalars['Int']['output'];
  hidden: Scalars['Boolean']['output'];
  /** Why a moderator hid it (author and moderators only). */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mentionIds: Array<Scalars['ID']['output']>;
  replyToId?: Maybe<Scalars['ID']['output']>;
  /** Place in the thread (per-thread sequence number). */
  seq: Scalars['Int']['output'];
  threadId: Scalars['ID']['output'];
  viewerCan: MessagePermissions;
};

export type MessagePage = {
  __typename?: 'MessagePage';
  /** More messages before / after this page. */
  hasMore: Scalars['Boolean']['output'];
  /** In thread order (oldest first). */
  nodes: Array<Message>;
  /** The thread sequence number when read. */
  threadSeq: Scalars['Int']['output'];
};

export type MessagePermissions = {
  __typename?: 'MessagePermissions';
  delete: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  /** Hide or restore (moderators). */
  hide: Scalars['Boolean']['output'];
  reply: Scalars['Boolean']['output'];
  report: Scalars['Boolean']['output'];
};

export type MethodStep = {
  __typename?: 'MethodStep';
  actor: StepActor;
  key: Scalars['String']['output'];
  minutes: Scalars['Int']['output'];
  output: StepOutput;
  prompt: Scalars['String']['output'];
  /** In the request language. */
  title: Scalars['String']['output'];
};

export type MethodStepInput = {
  actor: StepActor;
  key: Scalars['String']['input'];
  minutes: Scalars['Int']['input'];
  output: StepOutput;
  prompt: LocalizedTextInput;
  title: LocalizedTextInput;
};

export type MonitoringTrack = {
  __typename?: 'MonitoringTrack';
  /** You may enter responses and make links (the track’s creator and moderators). */
  canWrite: Scalars['Boolean']['output'];
  /** De-identified case code (never a name). */
  caseCode: Scalars['String']['output'];
  /** Trend per respondent with signals and spreads. */
  chart: TrackChart;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  communityId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Person>;
  id: Scalars['ID']['output'];
  instrument: Instrument;
  instrumentId: Scalars['ID']['output'];
  /** Links made for this track (their tokens are never shown again). */
  links: Array<RespondentLink>;
  notes: Scalars['String']['output'];
  respondents: Array<TrackRespondent>;
  /** All responses, by session. */
  responses: Array<InstrumentResponse>;
  splitSpread?: Maybe<Scalars['Float']['output']>;
  version: InstrumentVersion;
  versionNumber: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** JOIN: you become a member. REQUEST: your join request goes to the moderators. */
  acceptInvitation: AcceptInvitationResult;
  /** Add a member of the community as co-author. */
  addInstrumentAuthor: Instrument;
  /** A new item with default texts, after `afterItemId` or at the end. */
  addInstrumentItem: AddedInstrumentItem;
  addTrackRespondent: TrackRespondent;
  /** Archive: the community stays readable but nothing can be added. */
  archiveCommunity: Community;
  /** Remove and keep out; the person cannot join, request or accept invitations until unbanned. */
  banMember: Ban;
  cancelJoinRequest: JoinRequest;
  cancelSession: Session;
  /** Change your password; other devices are signed out. */
  changePassword: Scalars['Boolean']['output'];
  closeMonitoringTrack: MonitoringTrack;
  closeSession: Session;
  closeSessionPoll: SessionPoll;
  /** Comment on the draft or one of its items (members). */
  commentOnInstrument: InstrumentComment;
  /** Post a case. Refused with PRIVACY_FINDINGS (nothing stored) while the guard finds identifying details. */
  createCase: Case;
  /** Create a community; you become its owner. */
  createCommunity: Community;
  /** Start an instrument in a community; you become its first co-author. */
  createInstrument: Instrument;
  /** An invite link (JOIN), an e-mail invitation (JOIN with email), or a request link (REQUEST). */
  createInvitation: CreatedInvitation;
  /** Add a knowledge item to a community (members) or site-wide (curators). Every text passes the privacy guard. */
  createKnowledgeItem: KnowledgeItem;
  /** Start monitoring a case code with a published version. Every text passes the privacy guard. */
  createMonitoringTrack: MonitoringTrack;
  /** Post a message to the community feed. A retried clientId returns the stored item. */
  createPost: FeedItem;
  /** A personal link for one respondent and session: no account, expires, shows only that form, works once. */
  createRespondentLink: CreatedRespondentLink;
  /** A community’s own discussion method (moderators). */
  createSessionMethod: SessionMethod;
  /** Moderators approve or decline, with an optional message to the person. */
  decideJoinRequest: JoinRequest;
  /** Deletes your account: personal fields are erased; what you wrote stays where the community needs it, shown as "voormalig lid". */
  deleteAccount: Scalars['Boolean']['output'];
  /** The author deletes a message; its text is erased. */
  deleteMessage: Message;
  /** Delete your own post (moderators: any post). */
  deletePost: Scalars['Boolean']['output'];
  deleteResponse: Scalars['Boolean']['output'];
  /** Close a report without hiding anything. */
  dismissReport: Report;
  /** Curators: change a level’s description; the old texts stay in its history. */
  editLevel: Level;
  editMessage: Message;
  /** Curators: change a qualification’s texts; the old texts stay in its history. */
  editQualification: Qualification;
  /** Copy a published version (default: the latest) into a community of yours, keeping its lineage. */
  forkInstrument: Instrument;
  /** Moves everyone to a step. CONFLICT when the state changed since `expectedStateSeq`. */
  goToSessionStep: Session;
  /** Hide content; the reason is shown to its author. */
  hideContent: ContentPreview;
  /** Join an open community. */
  joinCommunity: Community;
  leaveCommunity: Scalars['Boolean']['output'];
  /** Links the lesson-learned knowledge item made from a closed session’s outcomes (moderators; once). */
  linkSessionLesson: Session;
  /** Sign in with e-mail and password. */
  login: AuthPayload;
  /** Sign out on this device: the refresh session is revoked and the cookie cleared. */
  logout: Scalars['Boolean']['output'];
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks these notifications read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  markResponseHelpful: CaseResponse;
  /** Marks the thread read up to `seq`; returns how far it is read. */
  markThreadRead: Scalars['Int']['output'];
  /** Move an item to a 0-based position. */
  moveInstrumentItem: Instrument;
  pinFeedItem: FeedItem;
  /** Moderators plan a session. Times are Europe/Amsterdam wall-clock times. */
  planSession: Session;
  /** Stores a message (a retry with the same clientId is stored once) and delivers it live after the commit. */
  postMessage: Message;
  /** Freeze the draft as the next version. CONFLICT when the draft changed since expectedDraftRev. */
  publishInstrument: InstrumentVersion;
  /** Enter a respondent’s answers for a session. A retry with the same clientId is stored once. */
  recordResponse: InstrumentResponse;
  /** Trade the refresh-token cookie for a new access token; the cookie rotates. */
  refreshToken: AuthPayload;
  /** Create an account and sign in. */
  register: AuthPayload;
  removeInstrumentItem: Instrument;
  removeMember: Scalars['Boolean']['output'];
  reopenCase: Case;
  /** Report content to the moderators, with a reason. */
  reportContent: Scalars['Boolean']['output'];
  /** Ask to join a community with join policy REQUEST; a retry returns the open request. */
  requestToJoin: JoinRequest;
  /** A new secret address of your personal calendar feed (the previous one stops working). Shown once. */
  resetCalendarFeed: Scalars['String']['output'];
  /** Mark resolved with the lessons learned (author or moderator). */
  resolveCase: Case;
  resolveInstrumentComment: InstrumentComment;
  /** Respond to a case (or reply to a response, one level deep). */
  respondToCase: CaseResponse;
  restoreContent: ContentPreview;
  revokeInvitation: Invitation;
  revokeRespondentLink: RespondentLink;
  /** GOING (or the waiting list when full), MAYBE or NOT_GOING; a freed place goes to whoever waits longest. */
  rsvpSession: Session;
  /** CONFLICT (with the current note in extensions.note) when someone saved since `baseRev`. */
  saveSessionNote: SessionNote;
  /** The author marks the response that helped most (null clears it). */
  setBestResponse: Case;
  /** Owners set roles; at least one owner always remains. */
  setMemberRole: Member;
  /** Sets how often you get e-mail about a community you are a member of (NOT_FOUND otherwise). */
  setNotificationPreference: NotificationPreference;
  startSession: Session;
  /** A quick round for everyone in the live room (moderators; the session must be live). */
  startSessionPoll: SessionPoll;
  /** Submit the form behind a respondent link; returns the session number. The link then closes. */
  submitRespondentForm: Scalars['Int']['output'];
  unarchiveCommunity: Community;
  unbanMember: Scalars['Boolean']['output'];
  unpinFeedItem: FeedItem;
  /** Edit a case (author or moderator); earlier versions are kept for moderators unless they held identifying details. */
  updateCase: Case;
  updateCommunity: Community;
  /** Replace one item (part "item:<id>"). CONFLICT when someone changed that item since expectedRev. */
  updateInstrumentItem: Instrument;
  /** Title, purpose and respondents (part "meta"). CONFLICT when someone changed it since expectedRev. */
  updateInstrumentMeta: Instrument;
  /** Subscales and scoring (part "scoring"). */
  updateInstrumentScoring: Instrument;
  /** Edit an item (its author, a moderator, or a curator for site-wide items); keeps a revision. CONFLICT when expectedRevision is not the newest. */
  updateKnowledgeItem: KnowledgeItem;
  /** Correct a stored response (rescored). */
  updateResponse: InstrumentResponse;
  updateSession: Session;
  /** Your answer in an open quick round (you can change it while it is open). */
  voteSessionPoll: SessionPoll;
};


export type MutationAcceptInvitationArgs = {
  message?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};


export type MutationAddInstrumentAuthorArgs = {
  id: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationAddInstrumentItemArgs = {
  afterItemId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  type: InstrumentItemType;
};


export type MutationAddTrackRespondentArgs = {
  input: RespondentInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  trackId: Scalars['ID']['input'];
};


export type MutationArchiveCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBanMemberArgs = {
  communityId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCancelJoinRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseMonitoringTrackArgs = {
  closed?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCloseSessionArgs = {
  id: Scalars['ID']['input'];
  outcomes: Scalars['String']['input'];
};


export type MutationCloseSessionPollArgs = {
  pollId: Scalars['ID']['input'];
};


export type MutationCommentOnInstrumentArgs = {
  body: Scalars['String']['input'];
  clientId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['String']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateCommunityArgs = {
  input: CommunityInput;
};


export type MutationCreateInstrumentArgs = {
  communityId: Scalars['ID']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  purpose?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateInvitationArgs = {
  communityId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  expiresInDays?: Scalars['Int']['input'];
  mode?: InvitationMode;
};


export type MutationCreateKnowledgeItemArgs = {
  input: CreateKnowledgeInput;
};


export type MutationCreateMonitoringTrackArgs = {
  input: CreateTrackInput;
};


export type MutationCreatePostArgs = {
  body: Scalars['String']['input'];
  clientId?: InputMaybe<Scalars['ID']['input']>;
  communityId: Scalars['ID']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationCreateRespondentLinkArgs = {
  input: CreateRespondentLinkInput;
};


export type MutationCreateSessionMethodArgs = {
  communityId: Scalars['ID']['input'];
  input: SessionMethodInput;
};


export type MutationDecideJoinRequestArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationDeleteMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResponseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditLevelArgs = {
  input: LearningLineTextInput;
  number: Scalars['Int']['input'];
};


export type MutationEditMessageArgs = {
  input: EditMessageInput;
};


export type MutationEditQualificationArgs = {
  code: Scalars['String']['input'];
  input: LearningLineTextInput;
};


export type MutationForkInstrumentArgs = {
  communityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationGoToSessionStepArgs = {
  expectedStateSeq: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  step: Scalars['Int']['input'];
};


export type MutationHideContentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  type: ContentType;
};


export type MutationJoinCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLeaveCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLinkSessionLessonArgs = {
  id: Scalars['ID']['input'];
  knowledgeItemId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMarkResponseHelpfulArgs = {
  helpful?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMarkThreadReadArgs = {
  seq: Scalars['Int']['input'];
  threadId: Scalars['ID']['input'];
};


export type MutationMoveInstrumentItemArgs = {
  id: Scalars['ID']['input'];
  itemId: Scalars['String']['input'];
  toIndex: Scalars['Int']['input'];
};


export type MutationPinFeedItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlanSessionArgs = {
  input: PlanSessionInput;
};


export type MutationPostMessageArgs = {
  input: PostMessageInput;
};


export type MutationPublishInstrumentArgs = {
  changelog: Scalars['String']['input'];
  expectedDraftRev: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationRecordResponseArgs = {
  input: RecordResponseInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveInstrumentItemArgs = {
  expectedRev: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  itemId: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  communityId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationReopenCaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportContentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  type: ContentType;
};


export type MutationRequestToJoinArgs = {
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveCaseArgs = {
  id: Scalars['ID']['input'];
  lessonsLearned: Scalars['String']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationResolveInstrumentCommentArgs = {
  id: Scalars['ID']['input'];
  resolved?: Scalars['Boolean']['input'];
};


export type MutationRespondToCaseArgs = {
  input: RespondInput;
};


export type MutationRestoreContentArgs = {
  id: Scalars['ID']['input'];
  type: ContentType;
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRespondentLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRsvpSessionArgs = {
  id: Scalars['ID']['input'];
  status: RsvpChoice;
};


export type MutationSaveSessionNoteArgs = {
  baseRev: Scalars['Int']['input'];
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  stepKey: Scalars['String']['input'];
};


export type MutationSetBestResponseArgs = {
  caseId: Scalars['ID']['input'];
  responseId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetMemberRoleArgs = {
  communityId: Scalars['ID']['input'];
  role: CommunityRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  communityId: Scalars['ID']['input'];
  email: EmailFrequency;
};


export type MutationStartSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartSessionPollArgs = {
  id: Scalars['ID']['input'];
  options: Array<Scalars['String']['input']>;
  question: Scalars['String']['input'];
  stepKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitRespondentFormArgs = {
  answers: Array<AnswerInput>;
  token: Scalars['String']['input'];
};


export type MutationUnarchiveCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnbanMemberArgs = {
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnpinFeedItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: CaseContentInput;
};


export type MutationUpdateCommunityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommunityInput;
};


export type MutationUpdateInstrumentItemArgs = {
  expectedRev: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: InstrumentItemInput;
  itemId: Scalars['String']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationUpdateInstrumentMetaArgs = {
  expectedRev: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: InstrumentMetaInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationUpdateInstrumentScoringArgs = {
  expectedRev: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ScoringInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};


export type MutationUpdateKnowledgeItemArgs = {
  changeNote: Scalars['String']['input'];
  expectedRevision: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: KnowledgeContentInput;
};


export type MutationUpdateResponseArgs = {
  answers: Array<AnswerInput>;
  id: Scalars['ID']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  sessionDate?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateSessionArgs = {
  id: Scalars['ID']['input'];
  input: SessionInput;
};


export type MutationVoteSessionPollArgs = {
  option: Scalars['Int']['input'];
  pollId: Scalars['ID']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  /** A message from a person, e.g. the reason of a decision. */
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Path in the web app to open. */
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** One sentence in the language of the request. */
  title: Scalars['String']['output'];
  type: NotificationType;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** Your e-mail choice for one community you are a member of. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  communityId: Scalars['ID']['output'];
  communityName: Scalars['String']['output'];
  email: EmailFrequency;
};

export type NotificationType =
  | 'CONTENT_HIDDEN'
  | 'CONTENT_REPORTED'
  | 'INVITED'
  | 'JOIN_APPROVED'
  | 'JOIN_DECLINED'
  | 'JOIN_REQUESTED'
  | 'MENTIONED'
  | 'REPLIED'
  | 'ROLE_CHANGED'
  | 'SESSION_REMINDER'
  | 'SESSION_SEAT'
  | 'TRACK_SIGNAL';

/** A mail in the development mailbox. */
export type OutboundMail = {
  __typename?: 'OutboundMail';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Another person as members see them. A deleted account shows as a former member. */
export type Person = {
  __typename?: 'Person';
  /** "voormalig lid" / "former member" when the account was deleted. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isFormerMember: Scalars['Boolean']['output'];
  /** Study level 1-4 (students). */
  level?: Maybe<Scalars['Int']['output']>;
  organisation?: Maybe<Scalars['String']['output']>;
  role?: Maybe<ProfileRole>;
};

export type PlanSessionInput = {
  /** null: no limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Made once per form by the client: a retried request is stored once. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  communityId: Scalars['ID']['input'];
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['String']['input'];
  endTime: Scalars['String']['input'];
  instrumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  knowledgeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  location?: InputMaybe<Scalars['String']['input']>;
  methodId?: InputMaybe<Scalars['ID']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  /** YYYY-MM-DD in Europe/Amsterdam. */
  startDate: Scalars['String']['input'];
  /** HH:mm in Europe/Amsterdam. */
  startTime: Scalars['String']['input'];
  /** A research-agenda theme code. */
  themeCode?: InputMaybe<Scalars['String']['input']>;
  /** A free theme. */
  themeText?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A short message to the community. */
export type Post = {
  __typename?: 'Post';
  author: Person;
  /** Markdown source. */
  body: Scalars['String']['output'];
  /** Rendered from Markdown, sanitised. */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type PostMessageInput = {
  /** Markdown; rendered sanitised. */
  body: Scalars['String']['input'];
  /** Generated by the client once per message: a retried send is stored once. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Members mentioned with @; they are notified. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  replyToId?: InputMaybe<Scalars['ID']['input']>;
  threadId: Scalars['ID']['input'];
};

/** Something in a text that could identify a person, with where it is and what to write instead. */
export type PrivacyFinding = {
  __typename?: 'PrivacyFinding';
  /** End offset, exclusive. */
  end: Scalars['Int']['output'];
  /** Input field (for checkPrivacy: "text"). */
  field: Scalars['String']['output'];
  /** BSN, EMAIL, PHONE, POSTCODE, IBAN, BIRTHDATE, ADDRESS, NAME. */
  kind: Scalars['String']['output'];
  /** In the language of the request. */
  message: Scalars['String']['output'];
  /** False for a BSN: it can never be kept. */
  overridable: Scalars['Boolean']['output'];
  replacement: Scalars['String']['output'];
  /** Start offset (UTF-16), inclusive. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** The author confirms a privacy finding is a false positive (not possible for a BSN); recorded. */
export type PrivacyOverrideInput = {
  /** Kind of the finding, e.g. NAME. */
  kind: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  /** The exact text that was flagged. */
  text: Scalars['String']['input'];
};

/** Role on a person’s profile: professional, student, docent, onderzoeker, beleidsmaker. */
export type ProfileRole =
  | 'LECTURER'
  | 'POLICYMAKER'
  | 'PROFESSIONAL'
  | 'RESEARCHER'
  | 'STUDENT';

/** An end qualification of Betekenisvol Samenwerken. */
export type Qualification = {
  __typename?: 'Qualification';
  /** B1..B9 or M1..M9 */
  code: Scalars['String']['output'];
  degree: Degree;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** NOT_FOUND when it does not exist or you may not read it. */
  case: Case;
  /** Cases in communities you may read, newest first. */
  cases: CaseConnection;
  /** What the privacy guard finds in a text (the same check the API applies before storing). */
  checkPrivacy: Array<PrivacyFinding>;
  collaborationForms: Array<CollaborationForm>;
  /** Discover communities you may see: public ones, and private ones you belong to. */
  communities: CommunityConnection;
  /** One community by slug or id. NOT_FOUND when it does not exist or you may not see it. */
  community: Community;
  /** Development mailbox: mails kept because SMTP_URL is not set. NOT_FOUND in production or with SMTP. */
  devMailbox: Array<OutboundMail>;
  dublinDescriptors: Array<DublinDescriptor>;
  /** NOT_FOUND when it does not exist or you may not read it. */
  instrument: Instrument;
  /** Across all tracks of a published version (default: the latest): per session number, counts, means and SDs (members). */
  instrumentAggregate: InstrumentAggregate;
  /** What changed from version `from` (0: nothing) to version `to` (null: the current draft). */
  instrumentDiff: Array<DefinitionChange>;
  /** Pseudonymised scores of a published version as CSV (members): no case codes, dates, notes or open answers. */
  instrumentExportCsv: Scalars['String']['output'];
  instrumentVersion: InstrumentVersion;
  /** Instruments of a community, recently changed first. Members see drafts; others only published instruments. */
  instruments: Array<Instrument>;
  /** The community card behind an invitation token. NOT_FOUND when invalid, expired or revoked. */
  invitation: InvitationPreview;
  /** What changed between two revisions of an item. */
  knowledgeDiff: Array<KnowledgeFieldChange>;
  /** NOT_FOUND when it does not exist or you may not read it. */
  knowledgeItem: KnowledgeItem;
  /** Knowledge items you may read (site-wide, public communities, and your own communities), recently changed first. */
  knowledgeItems: Array<KnowledgeItem>;
  /** History of a qualification (B1..M9) or a level (1..4), newest first. */
  learningLineHistory: Array<LearningLineRevision>;
  /** The learning line as a map: every qualification × level with what covers it (as far as you may see). */
  learningLineMap: Array<LearningLineCell>;
  /** The map as CSV, one row per cell. */
  learningLineMapCsv: Scalars['String']['output'];
  levels: Array<Level>;
  /** The signed-in person. */
  me: User;
  /** NOT_FOUND unless you are a member of its community. */
  monitoringTrack: MonitoringTrack;
  /** Monitoring tracks of a community (members only; empty for others), newest first. */
  monitoringTracks: Array<MonitoringTrack>;
  /** Closed sessions you attended, oldest first (for an attendance statement). */
  myAttendedSessions: Array<Session>;
  /** Everything Kennislijn holds about you, as a JSON document (AVG/GDPR right of access). */
  myDataExport: Scalars['String']['output'];
  /** Your e-mail choice per community you are a member of, by community name (DAILY unless you chose otherwise). */
  notificationPreferences: Array<NotificationPreference>;
  /** Your notifications, newest first. */
  notifications: NotificationConnection;
  qualifications: Array<Qualification>;
  /** The reading path of a level: its knowledge items, foundations first. */
  readingPath: Array<KnowledgeItem>;
  researchThemes: Array<ResearchTheme>;
  /** The form behind a respondent link (no account needed). NOT_FOUND for an unknown token. */
  respondentForm: RespondentForm;
  /** Dutch full-text search across cases, responses, knowledge items, published instruments, sessions, communities and messages you may read. Compounds are split (samenwerkingsrelatie also finds samenwerking), inflections and typos are matched; nothing from a community you may not read is returned or counted. */
  search: SearchResult;
  /** NOT_FOUND when it does not exist or you may not read it. */
  session: Session;
  /** The session as an iCalendar file (RFC 5545). */
  sessionIcs: Scalars['String']['output'];
  /** Shipped methods, and the community’s own when communityId is given. */
  sessionMethods: Array<SessionMethod>;
  /** Sessions you may read, by start time: of one community, or everywhere; `mine`: those you answered going, maybe or waiting. */
  sessions: Array<Session>;
  /** The discussion of a community (subjectId = community id), a case or a session; made on first use. */
  thread: Thread;
  /** Everything changed after `afterSeq` in change order: what a reconnecting client missed. */
  threadChanges: MessagePage;
  /** A page of history: the newest `last` messages before `beforeSeq`, oldest first. */
  threadMessages: MessagePage;
  unreadNotificationCount: Scalars['Int']['output'];
  /** Threads in your communities with messages you have not read, most recent first. */
  unreadThreads: Array<Thread>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collaborationForm?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  level?: InputMaybe<Scalars['Int']['input']>;
  qualification?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCheckPrivacyArgs = {
  overrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  text: Scalars['String']['input'];
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  mine?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCommunityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDevMailboxArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstrumentAggregateArgs = {
  instrumentId: Scalars['ID']['input'];
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstrumentDiffArgs = {
  from: Scalars['Int']['input'];
  instrumentId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstrumentExportCsvArgs = {
  instrumentId: Scalars['ID']['input'];
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstrumentVersionArgs = {
  instrumentId: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
};


export type QueryInstrumentsArgs = {
  communityId: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryKnowledgeDiffArgs = {
  from: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};


export type QueryKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeItemsArgs = {
  collaborationForm?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  level?: InputMaybe<Scalars['Int']['input']>;
  qualification?: InputMaybe<Scalars['String']['input']>;
  researchTheme?: InputMaybe<Scalars['String']['input']>;
  siteWide?: InputMaybe<Scalars['Boolean']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  theoryTheme?: InputMaybe<TheoryTheme>;
  type?: InputMaybe<KnowledgeType>;
};


export type QueryLearningLineHistoryArgs = {
  level?: InputMaybe<Scalars['Int']['input']>;
  qualification?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMonitoringTrackArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMonitoringTracksArgs = {
  communityId: Scalars['ID']['input'];
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryReadingPathArgs = {
  level: Scalars['Int']['input'];
};


export type QueryRespondentFormArgs = {
  token: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  input: SearchInput;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionIcsArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionMethodsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySessionsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  newestFirst?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryThreadArgs = {
  kind: ThreadKind;
  subjectId: Scalars['ID']['input'];
};


export type QueryThreadChangesArgs = {
  afterSeq: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
  threadId: Scalars['ID']['input'];
};


export type QueryThreadMessagesArgs = {
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
  last?: Scalars['Int']['input'];
  threadId: Scalars['ID']['input'];
};


export type QueryUnreadThreadsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordResponseInput = {
  answers: Array<AnswerInput>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  respondentId: Scalars['ID']['input'];
  /** yyyy-mm-dd */
  sessionDate?: InputMaybe<Scalars['String']['input']>;
  sessionNumber: Scalars['Int']['input'];
  trackId: Scalars['ID']['input'];
};

export type ReferenceLine = {
  __typename?: 'ReferenceLine';
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
  scope: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type ReferenceLineInput = {
  id: Scalars['String']['input'];
  label: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Required for students (1-4); not allowed for other roles. */
  level?: InputMaybe<Scalars['Int']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  role: ProfileRole;
};

export type Report = {
  __typename?: 'Report';
  /** Null when the content was deleted. */
  content?: Maybe<ContentPreview>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  reporter?: Maybe<Person>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Person>;
  status: ReportStatus;
};

export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
  /** Only what the viewer may see is counted. */
  totalCount: Scalars['Int']['output'];
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  cursor: Scalars['String']['output'];
  node: Report;
};

export type ReportStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'RESOLVED';

/** A theme of the research agenda (chapter 6) a community can follow. */
export type ResearchTheme = {
  __typename?: 'ResearchTheme';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** In the language of the request (Accept-Language). */
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type RespondInput = {
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Reply to this response (one level deep). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** From which perspective this response speaks. */
  perspective?: InputMaybe<ResponsePerspective>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
};

/** What a respondent link shows: only this form. */
export type RespondentForm = {
  __typename?: 'RespondentForm';
  expiresAt: Scalars['DateTime']['output'];
  instrumentTitle: Scalars['String']['output'];
  /** Empty unless the link is OPEN. */
  items: Array<InstrumentItem>;
  /** The respondent role, e.g. "moeder". */
  respondentLabel: Scalars['String']['output'];
  sessionNumber: Scalars['Int']['output'];
  status: RespondentLinkStatus;
};

export type RespondentInput = {
  kind: RespondentKind;
  /** A role, never a name: "moeder", "jongere", "gezinswerker", "leerkracht". */
  label: Scalars['String']['input'];
};

export type RespondentKind =
  | 'CLIENT'
  | 'OBSERVER'
  | 'PARENT'
  | 'PROFESSIONAL'
  | 'TEAM_MEMBER'
  | 'YOUTH';

export type RespondentLink = {
  __typename?: 'RespondentLink';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  respondentId: Scalars['ID']['output'];
  sessionNumber: Scalars['Int']['output'];
  status: RespondentLinkStatus;
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RespondentLinkStatus =
  | 'EXPIRED'
  | 'OPEN'
  | 'USED';

export type ResponsePerspective =
  | 'CLIENT_FAMILY'
  | 'EDUCATION'
  | 'ORGANISATION'
  | 'PROFESSIONAL'
  | 'RESEARCH';

/** APP: entered by a professional; LINK: by the respondent through a personal link. */
export type ResponseSource =
  | 'APP'
  | 'LINK';

export type RsvpChoice =
  | 'GOING'
  | 'MAYBE'
  | 'NOT_GOING';

/** WAITLIST: asked to come when the session was full; moves up automatically. */
export type RsvpStatus =
  | 'GOING'
  | 'MAYBE'
  | 'NOT_GOING'
  | 'WAITLIST';

export type ScopeName = {
  __typename?: 'ScopeName';
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ScopeScore = {
  __typename?: 'ScopeScore';
  /** TOTAL or a subscale id. */
  scope: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type ScoreMethod =
  | 'MEAN'
  | 'SUM';

export type Scoring = {
  __typename?: 'Scoring';
  referenceLines: Array<ReferenceLine>;
  /** Respondents differing by more than this in one session: split alliance. */
  splitSpread?: Maybe<Scalars['Float']['output']>;
  thresholds: Array<Threshold>;
  /** How the total is computed; null: no total. */
  total?: Maybe<ScoreMethod>;
};

export type ScoringInput = {
  referenceLines: Array<ReferenceLineInput>;
  splitSpread?: InputMaybe<Scalars['Float']['input']>;
  subscales: Array<SubscaleInput>;
  thresholds: Array<ThresholdInput>;
  total?: InputMaybe<ScoreMethod>;
};

export type SearchFacetValue = {
  __typename?: 'SearchFacetValue';
  count: Scalars['Int']['output'];
  /** Display name in the request language. */
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** Counts per value, each counted with all other filters applied (not its own). */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  collaborationForms: Array<SearchFacetValue>;
  communities: Array<SearchFacetValue>;
  levels: Array<SearchFacetValue>;
  qualifications: Array<SearchFacetValue>;
  tags: Array<SearchFacetValue>;
  types: Array<SearchFacetValue>;
  years: Array<SearchFacetValue>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** null: site-wide. */
  communityId?: Maybe<Scalars['ID']['output']>;
  communityName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Matches the words as typed (or their inflections), not only parts, prefixes or corrections. */
  exact: Scalars['Boolean']['output'];
  /** The search document. */
  id: Scalars['ID']['output'];
  /** Context of a response or message (the case, the thread); plain text. */
  label: Scalars['String']['output'];
  /** Where it is in the web app, e.g. /kennisbank/<id>. */
  link: Scalars['String']['output'];
  /** Up to two fragments of the text, HTML-escaped, with the matched words in <mark>. */
  snippetHtml: Scalars['String']['output'];
  /** The id of the case, item, message … found. */
  subjectId: Scalars['ID']['output'];
  /** The title, HTML-escaped, with the matched words in <mark>. Empty for responses and messages. */
  titleHtml: Scalars['String']['output'];
  type: SearchType;
};

export type SearchInput = {
  /** Collaboration form codes. */
  collaborationForms?: InputMaybe<Array<Scalars['String']['input']>>;
  communityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: Scalars['Int']['input'];
  /** From this date (YYYY-MM-DD, Europe/Amsterdam), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  levels?: InputMaybe<Array<Scalars['Int']['input']>>;
  offset?: Scalars['Int']['input'];
  /** B1-B9, M1-M9. */
  qualifications?: InputMaybe<Array<Scalars['String']['input']>>;
  /** All must be present (case-insensitive). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Dutch words; "a phrase", OF/OR between alternatives, -word to exclude. Empty: browse with the filters, newest first. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Up to and including this date (YYYY-MM-DD, Europe/Amsterdam). */
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<SearchType>>;
};

export type SearchResult = {
  __typename?: 'SearchResult';
  facets: SearchFacets;
  hits: Array<SearchHit>;
  /** Compound parts the query was split into (e.g. samenwerking, relatie). */
  parts: Array<Scalars['String']['output']>;
  /** Server time in milliseconds. */
  tookMs: Scalars['Float']['output'];
  /** Everything that matches and you may read, with the filters. */
  total: Scalars['Int']['output'];
};

/** CASE, RESPONSE (to a case), KNOWLEDGE_ITEM, INSTRUMENT (published), SESSION, COMMUNITY, MESSAGE (discussion messages and community posts). */
export type SearchType =
  | 'CASE'
  | 'COMMUNITY'
  | 'INSTRUMENT'
  | 'KNOWLEDGE_ITEM'
  | 'MESSAGE'
  | 'RESPONSE'
  | 'SESSION';

export type Session = {
  __typename?: 'Session';
  /** Who was in the live room (members). */
  attendees: Array<SessionAttendee>;
  capacity?: Maybe<Scalars['Int']['output']>;
  caseIds: Array<Scalars['ID']['output']>;
  community: Community;
  communityId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** -1 before the start. */
  currentStep: Scalars['Int']['output'];
  /** Markdown. */
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  instrumentIds: Array<Scalars['ID']['output']>;
  knowledgeIds: Array<Scalars['ID']['output']>;
  lessonItemId?: Maybe<Scalars['ID']['output']>;
  location: Scalars['String']['output'];
  methodId?: Maybe<Scalars['ID']['output']>;
  methodName: Scalars['String']['output'];
  /** The notes per step (members). */
  notes: Array<SessionNote>;
  onlineUrl?: Maybe<Scalars['String']['output']>;
  outcomes?: Maybe<Scalars['String']['output']>;
  /** Quick rounds, oldest first (members). */
  polls: Array<SessionPoll>;
  rsvpCounts: SessionRsvpCounts;
  startsAt: Scalars['DateTime']['output'];
  stateSeq: Scalars['Int']['output'];
  status: SessionStatus;
  stepStartedAt?: Maybe<Scalars['DateTime']['output']>;
  steps: Array<MethodStep>;
  /** research_theme.code */
  themeCode?: Maybe<Scalars['String']['output']>;
  themeText: Scalars['String']['output'];
  /** The session’s discussion thread (also made on first use by `thread(kind: SESSION, subjectId)`). */
  threadId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  viewerCan: SessionPermissions;
  viewerRsvp?: Maybe<SessionViewerRsvp>;
};

export type SessionAttendee = {
  __typename?: 'SessionAttendee';
  displayName: Scalars['String']['output'];
  firstSeenAt: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

export type SessionInput = {
  /** null: no limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['String']['input'];
  endTime: Scalars['String']['input'];
  instrumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  knowledgeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  location?: InputMaybe<Scalars['String']['input']>;
  methodId?: InputMaybe<Scalars['ID']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput>>;
  /** YYYY-MM-DD in Europe/Amsterdam. */
  startDate: Scalars['String']['input'];
  /** HH:mm in Europe/Amsterdam. */
  startTime: Scalars['String']['input'];
  /** A research-agenda theme code. */
  themeCode?: InputMaybe<Scalars['String']['input']>;
  /** A free theme. */
  themeText?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type SessionMethod = {
  __typename?: 'SessionMethod';
  code: Scalars['String']['output'];
  /** null: shipped with Kennislijn. */
  communityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  steps: Array<MethodStep>;
  summary: Scalars['String']['output'];
  totalMinutes: Scalars['Int']['output'];
};

export type SessionMethodInput = {
  code: Scalars['String']['input'];
  name: LocalizedTextInput;
  steps: Array<MethodStepInput>;
  summary?: InputMaybe<LocalizedTextInput>;
};

export type SessionNote = {
  __typename?: 'SessionNote';
  body: Scalars['String']['output'];
  rev: Scalars['Int']['output'];
  stepKey: Scalars['String']['output'];
};

export type SessionPermissions = {
  __typename?: 'SessionPermissions';
  /** Edit, cancel, start, move steps, close. */
  moderate: Scalars['Boolean']['output'];
  /** Enter the live room and write notes. */
  participate: Scalars['Boolean']['output'];
  rsvp: Scalars['Boolean']['output'];
};

export type SessionPoll = {
  __typename?: 'SessionPoll';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  options: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  results: SessionPollResults;
  /** OPEN or CLOSED. */
  status: Scalars['String']['output'];
  stepKey?: Maybe<Scalars['String']['output']>;
  /** Your vote (option index), if any. */
  viewerVote?: Maybe<Scalars['Int']['output']>;
};

/** Counts of a quick round; of two results of one round the one with the higher seq is newer. */
export type SessionPollResults = {
  __typename?: 'SessionPollResults';
  /** Votes per option (never who voted what). */
  counts: Array<Scalars['Int']['output']>;
  /** Raised by every vote and by closing. */
  seq: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SessionRsvpCounts = {
  __typename?: 'SessionRsvpCounts';
  going: Scalars['Int']['output'];
  maybe: Scalars['Int']['output'];
  waitlist: Scalars['Int']['output'];
};

export type SessionSpread = {
  __typename?: 'SessionSpread';
  maxRespondentId: Scalars['ID']['output'];
  maxValue: Scalars['Float']['output'];
  minRespondentId: Scalars['ID']['output'];
  minValue: Scalars['Float']['output'];
  scope: Scalars['String']['output'];
  sessionNumber: Scalars['Int']['output'];
  split: Scalars['Boolean']['output'];
  spread: Scalars['Float']['output'];
};

/** PLANNED, LIVE (the live room runs), CLOSED (with outcomes), CANCELLED. */
export type SessionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'LIVE'
  | 'PLANNED';

export type SessionViewerRsvp = {
  __typename?: 'SessionViewerRsvp';
  status: RsvpStatus;
  /** 1 = next in line. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type SignalKind =
  | 'ABOVE'
  | 'BELOW'
  | 'DROP'
  | 'SPLIT';

export type StepActor =
  | 'EVERYONE'
  | 'FACILITATOR'
  | 'GROUP'
  | 'PRESENTER';

export type StepOutput =
  | 'ADVICE'
  | 'DECISION'
  | 'LESSONS'
  | 'NONE'
  | 'NOTES'
  | 'QUESTIONS'
  | 'ROUND';

export type Subscale = {
  __typename?: 'Subscale';
  id: Scalars['String']['output'];
  method: ScoreMethod;
  name: Scalars['String']['output'];
};

export type SubscaleInput = {
  id: Scalars['String']['input'];
  method: ScoreMethod;
  name: Scalars['String']['input'];
};

/** The theoretical build-up of section 5.4. */
export type TheoryTheme =
  | 'COMMUNICATION_THEORY'
  | 'EMPOWERMENT'
  | 'SOCIAL_CONSTRUCTIVISM'
  | 'SOLUTION_FOCUSED'
  | 'STRENGTH_BASED'
  | 'SYSTEMS_THEORY';

/** A discussion: a community channel, a case or a session. */
export type Thread = {
  __typename?: 'Thread';
  communityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: ThreadKind;
  /** How far you have read. */
  lastReadSeq: Scalars['Int']['output'];
  /** The thread sequence number (the last change). */
  lastSeq: Scalars['Int']['output'];
  subjectId: Scalars['ID']['output'];
  /** Visible messages by others after lastReadSeq. */
  unreadCount: Scalars['Int']['output'];
  viewerCan: ThreadPermissions;
};

/** What a discussion thread belongs to. */
export type ThreadKind =
  | 'CASE'
  | 'COMMUNITY'
  | 'KNOWLEDGE'
  | 'SESSION';

export type ThreadPermissions = {
  __typename?: 'ThreadPermissions';
  moderate: Scalars['Boolean']['output'];
  post: Scalars['Boolean']['output'];
};

export type Threshold = {
  __typename?: 'Threshold';
  id: Scalars['String']['output'];
  kind: ThresholdKind;
  label: Scalars['String']['output'];
  /** TOTAL or a subscale id. */
  scope: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type ThresholdInput = {
  id: Scalars['String']['input'];
  kind: ThresholdKind;
  label: Scalars['String']['input'];
  /** TOTAL or a subscale id. */
  scope: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** BELOW: score < value. ABOVE: score > value. DROP: previous - score >= value. */
export type ThresholdKind =
  | 'ABOVE'
  | 'BELOW'
  | 'DROP';

export type TrackChart = {
  __typename?: 'TrackChart';
  referenceLines: Array<ReferenceLine>;
  scopes: Array<ScopeName>;
  series: Array<ChartSeries>;
  sessions: Array<Scalars['Int']['output']>;
  signals: Array<TrackSignal>;
  splitSpread?: Maybe<Scalars['Float']['output']>;
  spreads: Array<SessionSpread>;
  thresholds: Array<Threshold>;
};

export type TrackRespondent = {
  __typename?: 'TrackRespondent';
  id: Scalars['ID']['output'];
  kind: RespondentKind;
  /** A role, e.g. "moeder", "jongere", "gezinswerker". */
  label: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type TrackSignal = {
  __typename?: 'TrackSignal';
  kind: SignalKind;
  label: Scalars['String']['output'];
  previous?: Maybe<Scalars['Float']['output']>;
  respondentId?: Maybe<Scalars['ID']['output']>;
  scope: Scalars['String']['output'];
  sessionNumber: Scalars['Int']['output'];
  spread?: Maybe<Scalars['Float']['output']>;
  thresholdId?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type UpdateCommunityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  guidelines?: InputMaybe<Scalars['String']['input']>;
  joinPolicy?: InputMaybe<JoinPolicy>;
  name?: InputMaybe<Scalars['String']['input']>;
  researchThemeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  visibility?: InputMaybe<CommunityVisibility>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Only shown to the person themselves. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** May keep the learning line and the site-wide knowledge base. */
  isCurator: Scalars['Boolean']['output'];
  /** Study level 1-4 (students). */
  level?: Maybe<Scalars['Int']['output']>;
  organisation?: Maybe<Scalars['String']['output']>;
  role: ProfileRole;
};

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, type: NotificationType, createdAt: string, readAt?: string | null, title: string, body?: string | null, link?: string | null };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, type: NotificationType, createdAt: string, readAt?: string | null, title: string, body?: string | null, link?: string | null } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type MyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataExportQuery = { __typename?: 'Query', myDataExport: string };

export type DeleteAccountMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type DeleteAccountMutation = { __typename?: 'Mutation', deleteAccount: boolean };

export type DevMailboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DevMailboxQuery = { __typename?: 'Query', devMailbox: Array<{ __typename?: 'OutboundMail', id: string, to: string, subject: string, text: string, createdAt: string, status: string }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: Array<{ __typename?: 'NotificationPreference', communityId: string, communityName: string, email: EmailFrequency }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  email: EmailFrequency;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: { __typename?: 'NotificationPreference', communityId: string, communityName: string, email: EmailFrequency } };

export type CaseCardFieldsFragment = { __typename?: 'Case', id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } };

export type CaseResponseFieldsFragment = { __typename?: 'CaseResponse', id: string, parentId?: string | null, body: string, bodyHtml: string, createdAt: string, perspective?: ResponsePerspective | null, helpfulCount: number, viewerMarkedHelpful: boolean, isBest: boolean, hidden: boolean, hiddenReason?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, viewerCan: { __typename?: 'CaseResponsePermissions', markHelpful: boolean, reply: boolean, report: boolean, hide: boolean } };

export type CaseDetailFieldsFragment = { __typename?: 'Case', context: string, contextHtml: string, dilemma: string, dilemmaHtml: string, tried: string, triedHtml: string, lessonsLearned?: string | null, lessonsLearnedHtml?: string | null, allianceAspects: Array<AllianceAspect>, damourConcepts: Array<DamourConcept>, bestResponseId?: string | null, hiddenReason?: string | null, updatedAt: string, id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, viewerCan: { __typename?: 'CasePermissions', edit: boolean, markBest: boolean, moderate: boolean, report: boolean, resolve: boolean, respond: boolean }, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } };

export type CasesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  collaborationForm?: InputMaybe<Scalars['String']['input']>;
  qualification?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CasesQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CaseEdge', cursor: string, node: { __typename?: 'Case', id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } } }> } };

export type CaseTaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseTaxonomyQuery = { __typename?: 'Query', collaborationForms: Array<{ __typename?: 'CollaborationForm', id: string, code: string, position: number, name: string }>, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, number: number, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }> };

export type MyCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCommunitiesQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityConnection', edges: Array<{ __typename?: 'CommunityEdge', node: { __typename?: 'Community', id: string, slug: string, name: string, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', post: boolean } } }> } };

export type CaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseQuery = { __typename?: 'Query', case: { __typename?: 'Case', context: string, contextHtml: string, dilemma: string, dilemmaHtml: string, tried: string, triedHtml: string, lessonsLearned?: string | null, lessonsLearnedHtml?: string | null, allianceAspects: Array<AllianceAspect>, damourConcepts: Array<DamourConcept>, bestResponseId?: string | null, hiddenReason?: string | null, updatedAt: string, id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, responses: Array<{ __typename?: 'CaseResponse', id: string, parentId?: string | null, body: string, bodyHtml: string, createdAt: string, perspective?: ResponsePerspective | null, helpfulCount: number, viewerMarkedHelpful: boolean, isBest: boolean, hidden: boolean, hiddenReason?: string | null, replies: Array<{ __typename?: 'CaseResponse', id: string, parentId?: string | null, body: string, bodyHtml: string, createdAt: string, perspective?: ResponsePerspective | null, helpfulCount: number, viewerMarkedHelpful: boolean, isBest: boolean, hidden: boolean, hiddenReason?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, viewerCan: { __typename?: 'CaseResponsePermissions', markHelpful: boolean, reply: boolean, report: boolean, hide: boolean } }>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, viewerCan: { __typename?: 'CaseResponsePermissions', markHelpful: boolean, reply: boolean, report: boolean, hide: boolean } }>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, viewerCan: { __typename?: 'CasePermissions', edit: boolean, markBest: boolean, moderate: boolean, report: boolean, resolve: boolean, respond: boolean }, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } } };

export type CaseRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseRevisionsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, revisions: Array<{ __typename?: 'CaseRevision', id: string, createdAt: string, title: string, context: string, dilemma: string, tried: string, lessonsLearned?: string | null }> } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', context: string, contextHtml: string, dilemma: string, dilemmaHtml: string, tried: string, triedHtml: string, lessonsLearned?: string | null, lessonsLearnedHtml?: string | null, allianceAspects: Array<AllianceAspect>, damourConcepts: Array<DamourConcept>, bestResponseId?: string | null, hiddenReason?: string | null, updatedAt: string, id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, viewerCan: { __typename?: 'CasePermissions', edit: boolean, markBest: boolean, moderate: boolean, report: boolean, resolve: boolean, respond: boolean }, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } } };

export type UpdateCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CaseContentInput;
}>;


export type UpdateCaseMutation = { __typename?: 'Mutation', updateCase: { __typename?: 'Case', context: string, contextHtml: string, dilemma: string, dilemmaHtml: string, tried: string, triedHtml: string, lessonsLearned?: string | null, lessonsLearnedHtml?: string | null, allianceAspects: Array<AllianceAspect>, damourConcepts: Array<DamourConcept>, bestResponseId?: string | null, hiddenReason?: string | null, updatedAt: string, id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, viewerCan: { __typename?: 'CasePermissions', edit: boolean, markBest: boolean, moderate: boolean, report: boolean, resolve: boolean, respond: boolean }, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } } };

export type ResolveCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  lessonsLearned: Scalars['String']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type ResolveCaseMutation = { __typename?: 'Mutation', resolveCase: { __typename?: 'Case', context: string, contextHtml: string, dilemma: string, dilemmaHtml: string, tried: string, triedHtml: string, lessonsLearned?: string | null, lessonsLearnedHtml?: string | null, allianceAspects: Array<AllianceAspect>, damourConcepts: Array<DamourConcept>, bestResponseId?: string | null, hiddenReason?: string | null, updatedAt: string, id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, viewerCan: { __typename?: 'CasePermissions', edit: boolean, markBest: boolean, moderate: boolean, report: boolean, resolve: boolean, respond: boolean }, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } } };

export type ReopenCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenCaseMutation = { __typename?: 'Mutation', reopenCase: { __typename?: 'Case', context: string, contextHtml: string, dilemma: string, dilemmaHtml: string, tried: string, triedHtml: string, lessonsLearned?: string | null, lessonsLearnedHtml?: string | null, allianceAspects: Array<AllianceAspect>, damourConcepts: Array<DamourConcept>, bestResponseId?: string | null, hiddenReason?: string | null, updatedAt: string, id: string, title: string, status: CaseStatus, authorLabel: string, authorHidden: boolean, responseCount: number, createdAt: string, resolvedAt?: string | null, hidden: boolean, tags: Array<string>, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, viewerCan: { __typename?: 'CasePermissions', edit: boolean, markBest: boolean, moderate: boolean, report: boolean, resolve: boolean, respond: boolean }, community: { __typename?: 'Community', id: string, slug: string, name: string }, collaborationForm: { __typename?: 'CollaborationForm', id: string, code: string, name: string } } };

export type RespondToCaseMutationVariables = Exact<{
  input: RespondInput;
}>;


export type RespondToCaseMutation = { __typename?: 'Mutation', respondToCase: { __typename?: 'CaseResponse', id: string, parentId?: string | null, createdAt: string } };

export type MarkResponseHelpfulMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  helpful: Scalars['Boolean']['input'];
}>;


export type MarkResponseHelpfulMutation = { __typename?: 'Mutation', markResponseHelpful: { __typename?: 'CaseResponse', id: string, helpfulCount: number, viewerMarkedHelpful: boolean } };

export type SetBestResponseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  responseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetBestResponseMutation = { __typename?: 'Mutation', setBestResponse: { __typename?: 'Case', id: string, bestResponseId?: string | null, responses: Array<{ __typename?: 'CaseResponse', id: string, isBest: boolean, replies: Array<{ __typename?: 'CaseResponse', id: string, isBest: boolean }> }> } };

export type PersonFieldsFragment = { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean };

export type CommunityCardFieldsFragment = { __typename?: 'Community', id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> };

export type CommunityPermissionsFieldsFragment = { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean };

export type CommunityDetailFieldsFragment = { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> };

export type FeedItemFieldsFragment = { __typename?: 'FeedItem', id: string, type: FeedItemType, createdAt: string, pinned: boolean, hidden: boolean, hiddenReason?: string | null, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, post?: { __typename?: 'Post', id: string, body: string, bodyHtml: string, createdAt: string, author: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } | null, case?: { __typename?: 'Case', id: string, title: string } | null, caseResponse?: { __typename?: 'CaseResponse', id: string } | null, instrumentVersion?: { __typename?: 'InstrumentVersion', id: string, number: number, instrumentId: string, definition: { __typename?: 'InstrumentDefinition', title: string } } | null, session?: { __typename?: 'Session', id: string, title: string, startsAt: string, status: SessionStatus } | null, viewerCan: { __typename?: 'FeedItemPermissions', pin: boolean, hide: boolean, report: boolean, delete: boolean } };

export type CommunitiesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CommunitiesQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CommunityEdge', cursor: string, node: { __typename?: 'Community', id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } }> } };

export type ResearchThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResearchThemesQuery = { __typename?: 'Query', researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, position: number, name: string }> };

export type CommunityQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CommunityQuery = { __typename?: 'Query', community: { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } };

export type CommunityFeedQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunityFeedQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, pinnedItems: Array<{ __typename?: 'FeedItem', id: string, type: FeedItemType, createdAt: string, pinned: boolean, hidden: boolean, hiddenReason?: string | null, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, post?: { __typename?: 'Post', id: string, body: string, bodyHtml: string, createdAt: string, author: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } | null, case?: { __typename?: 'Case', id: string, title: string } | null, caseResponse?: { __typename?: 'CaseResponse', id: string } | null, instrumentVersion?: { __typename?: 'InstrumentVersion', id: string, number: number, instrumentId: string, definition: { __typename?: 'InstrumentDefinition', title: string } } | null, session?: { __typename?: 'Session', id: string, title: string, startsAt: string, status: SessionStatus } | null, viewerCan: { __typename?: 'FeedItemPermissions', pin: boolean, hide: boolean, report: boolean, delete: boolean } }>, feed: { __typename?: 'FeedItemConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FeedItemEdge', cursor: string, node: { __typename?: 'FeedItem', id: string, type: FeedItemType, createdAt: string, pinned: boolean, hidden: boolean, hiddenReason?: string | null, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, post?: { __typename?: 'Post', id: string, body: string, bodyHtml: string, createdAt: string, author: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } | null, case?: { __typename?: 'Case', id: string, title: string } | null, caseResponse?: { __typename?: 'CaseResponse', id: string } | null, instrumentVersion?: { __typename?: 'InstrumentVersion', id: string, number: number, instrumentId: string, definition: { __typename?: 'InstrumentDefinition', title: string } } | null, session?: { __typename?: 'Session', id: string, title: string, startsAt: string, status: SessionStatus } | null, viewerCan: { __typename?: 'FeedItemPermissions', pin: boolean, hide: boolean, report: boolean, delete: boolean } } }> } } };

export type CommunityMembersQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  profileRole?: InputMaybe<ProfileRole>;
  communityRole?: InputMaybe<CommunityRole>;
}>;


export type CommunityMembersQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MemberEdge', cursor: string, node: { __typename?: 'Member', role: CommunityRole, joinedAt: string, person: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }, viewerCan: { __typename?: 'MemberPermissions', setRole: boolean, remove: boolean, ban: boolean } } }> } } };

export type CreateCommunityMutationVariables = Exact<{
  input: CommunityInput;
}>;


export type CreateCommunityMutation = { __typename?: 'Mutation', createCommunity: { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } };

export type UpdateCommunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCommunityInput;
}>;


export type UpdateCommunityMutation = { __typename?: 'Mutation', updateCommunity: { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } };

export type ArchiveCommunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveCommunityMutation = { __typename?: 'Mutation', archiveCommunity: { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } };

export type UnarchiveCommunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnarchiveCommunityMutation = { __typename?: 'Mutation', unarchiveCommunity: { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } };

export type JoinCommunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JoinCommunityMutation = { __typename?: 'Mutation', joinCommunity: { __typename?: 'Community', descriptionHtml: string, guidelines: string, guidelinesHtml: string, createdAt: string, id: string, slug: string, name: string, description: string, tags: Array<string>, visibility: CommunityVisibility, joinPolicy: JoinPolicy, memberCount: number, viewerStatus: MembershipStatus, viewerRole?: CommunityRole | null, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', read: boolean, edit: boolean, archive: boolean, manageRoles: boolean, join: boolean, requestToJoin: boolean, leave: boolean, post: boolean, moderate: boolean, invite: boolean, createRequestLink: boolean, readMembers: boolean, readAuditLog: boolean, report: boolean }, viewerJoinRequest?: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } | null, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }> } };

export type RequestToJoinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestToJoinMutation = { __typename?: 'Mutation', requestToJoin: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } };

export type CancelJoinRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelJoinRequestMutation = { __typename?: 'Mutation', cancelJoinRequest: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } };

export type LeaveCommunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeaveCommunityMutation = { __typename?: 'Mutation', leaveCommunity: boolean };

export type CreatePostMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  clientId?: InputMaybe<Scalars['ID']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type CreatePostMutation = { __typename?: 'Mutation', createPost: { __typename?: 'FeedItem', id: string, type: FeedItemType, createdAt: string, pinned: boolean, hidden: boolean, hiddenReason?: string | null, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, post?: { __typename?: 'Post', id: string, body: string, bodyHtml: string, createdAt: string, author: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } | null, case?: { __typename?: 'Case', id: string, title: string } | null, caseResponse?: { __typename?: 'CaseResponse', id: string } | null, instrumentVersion?: { __typename?: 'InstrumentVersion', id: string, number: number, instrumentId: string, definition: { __typename?: 'InstrumentDefinition', title: string } } | null, session?: { __typename?: 'Session', id: string, title: string, startsAt: string, status: SessionStatus } | null, viewerCan: { __typename?: 'FeedItemPermissions', pin: boolean, hide: boolean, report: boolean, delete: boolean } } };

export type DeletePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePostMutation = { __typename?: 'Mutation', deletePost: boolean };

export type PinFeedItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PinFeedItemMutation = { __typename?: 'Mutation', pinFeedItem: { __typename?: 'FeedItem', id: string, type: FeedItemType, createdAt: string, pinned: boolean, hidden: boolean, hiddenReason?: string | null, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, post?: { __typename?: 'Post', id: string, body: string, bodyHtml: string, createdAt: string, author: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } | null, case?: { __typename?: 'Case', id: string, title: string } | null, caseResponse?: { __typename?: 'CaseResponse', id: string } | null, instrumentVersion?: { __typename?: 'InstrumentVersion', id: string, number: number, instrumentId: string, definition: { __typename?: 'InstrumentDefinition', title: string } } | null, session?: { __typename?: 'Session', id: string, title: string, startsAt: string, status: SessionStatus } | null, viewerCan: { __typename?: 'FeedItemPermissions', pin: boolean, hide: boolean, report: boolean, delete: boolean } } };

export type UnpinFeedItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnpinFeedItemMutation = { __typename?: 'Mutation', unpinFeedItem: { __typename?: 'FeedItem', id: string, type: FeedItemType, createdAt: string, pinned: boolean, hidden: boolean, hiddenReason?: string | null, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, post?: { __typename?: 'Post', id: string, body: string, bodyHtml: string, createdAt: string, author: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } | null, case?: { __typename?: 'Case', id: string, title: string } | null, caseResponse?: { __typename?: 'CaseResponse', id: string } | null, instrumentVersion?: { __typename?: 'InstrumentVersion', id: string, number: number, instrumentId: string, definition: { __typename?: 'InstrumentDefinition', title: string } } | null, session?: { __typename?: 'Session', id: string, title: string, startsAt: string, status: SessionStatus } | null, viewerCan: { __typename?: 'FeedItemPermissions', pin: boolean, hide: boolean, report: boolean, delete: boolean } } };

export type ReportContentMutationVariables = Exact<{
  type: ContentType;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReportContentMutation = { __typename?: 'Mutation', reportContent: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  role: CommunityRole;
}>;


export type SetMemberRoleMutation = { __typename?: 'Mutation', setMemberRole: { __typename?: 'Member', role: CommunityRole, joinedAt: string, person: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } } };

export type RemoveMemberMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export type BanMemberMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type BanMemberMutation = { __typename?: 'Mutation', banMember: { __typename?: 'Ban', reason: string, createdAt: string } };

export type ThreadFieldsFragment = { __typename?: 'Thread', id: string, kind: ThreadKind, subjectId: string, communityId: string, lastSeq: number, lastReadSeq: number, unreadCount: number, viewerCan: { __typename?: 'ThreadPermissions', post: boolean, moderate: boolean } };

export type MessageFieldsFragment = { __typename?: 'Message', id: string, threadId: string, seq: number, eventSeq: number, clientId?: string | null, body?: string | null, bodyHtml?: string | null, replyToId?: string | null, mentionIds: Array<string>, createdAt: string, editedAt?: string | null, deleted: boolean, hidden: boolean, author: { __typename?: 'Person', id: string, displayName: string, isFormerMember: boolean } };

export type ThreadQueryVariables = Exact<{
  kind: ThreadKind;
  subjectId: Scalars['ID']['input'];
}>;


export type ThreadQuery = { __typename?: 'Query', thread: { __typename?: 'Thread', id: string, kind: ThreadKind, subjectId: string, communityId: string, lastSeq: number, lastReadSeq: number, unreadCount: number, viewerCan: { __typename?: 'ThreadPermissions', post: boolean, moderate: boolean } } };

export type ThreadMessagesQueryVariables = Exact<{
  threadId: Scalars['ID']['input'];
  last: Scalars['Int']['input'];
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ThreadMessagesQuery = { __typename?: 'Query', threadMessages: { __typename?: 'MessagePage', hasMore: boolean, threadSeq: number, nodes: Array<{ __typename?: 'Message', id: string, threadId: string, seq: number, eventSeq: number, clientId?: string | null, body?: string | null, bodyHtml?: string | null, replyToId?: string | null, mentionIds: Array<string>, createdAt: string, editedAt?: string | null, deleted: boolean, hidden: boolean, author: { __typename?: 'Person', id: string, displayName: string, isFormerMember: boolean } }> } };

export type EditMessageMutationVariables = Exact<{
  input: EditMessageInput;
}>;


export type EditMessageMutation = { __typename?: 'Mutation', editMessage: { __typename?: 'Message', id: string, threadId: string, seq: number, eventSeq: number, clientId?: string | null, body?: string | null, bodyHtml?: string | null, replyToId?: string | null, mentionIds: Array<string>, createdAt: string, editedAt?: string | null, deleted: boolean, hidden: boolean, author: { __typename?: 'Person', id: string, displayName: string, isFormerMember: boolean } } };

export type DeleteMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMessageMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'Message', id: string, threadId: string, seq: number, eventSeq: number, clientId?: string | null, body?: string | null, bodyHtml?: string | null, replyToId?: string | null, mentionIds: Array<string>, createdAt: string, editedAt?: string | null, deleted: boolean, hidden: boolean, author: { __typename?: 'Person', id: string, displayName: string, isFormerMember: boolean } } };

export type MarkThreadReadMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
}>;


export type MarkThreadReadMutation = { __typename?: 'Mutation', markThreadRead: number };

export type MentionCandidatesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MentionCandidatesQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', person: { __typename?: 'Person', id: string, displayName: string, isFormerMember: boolean } } }> } } };

export type InstrumentCardFieldsFragment = { __typename?: 'Instrument', id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null };

export type InstrumentDefinitionFieldsFragment = { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } };

export type InstrumentCommentFieldsFragment = { __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null };

export type InstrumentVersionSummaryFieldsFragment = { __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null };

export type InstrumentDetailFieldsFragment = { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null };

export type CommunityInstrumentsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type CommunityInstrumentsQuery = { __typename?: 'Query', instruments: Array<{ __typename?: 'Instrument', id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null }> };

export type InstrumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstrumentDetailQuery = { __typename?: 'Query', instrument: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type InstrumentVersionDetailQueryVariables = Exact<{
  instrumentId: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
}>;


export type InstrumentVersionDetailQuery = { __typename?: 'Query', instrumentVersion: { __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, definition: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } }, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type InstrumentDiffQueryVariables = Exact<{
  instrumentId: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InstrumentDiffQuery = { __typename?: 'Query', instrumentDiff: Array<{ __typename?: 'DefinitionChange', entity: DiffEntity, kind: DiffKind, id?: string | null, field?: string | null, before?: string | null, after?: string | null, label: string }> };

export type CreateInstrumentMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type CreateInstrumentMutation = { __typename?: 'Mutation', createInstrument: { __typename?: 'Instrument', id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type UpdateInstrumentMetaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedRev: Scalars['Int']['input'];
  input: InstrumentMetaInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type UpdateInstrumentMetaMutation = { __typename?: 'Mutation', updateInstrumentMeta: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type AddInstrumentItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  type: InstrumentItemType;
  afterItemId?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddInstrumentItemMutation = { __typename?: 'Mutation', addInstrumentItem: { __typename?: 'AddedInstrumentItem', itemId: string, instrument: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } } };

export type UpdateInstrumentItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  itemId: Scalars['String']['input'];
  expectedRev: Scalars['Int']['input'];
  input: InstrumentItemInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type UpdateInstrumentItemMutation = { __typename?: 'Mutation', updateInstrumentItem: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type RemoveInstrumentItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  itemId: Scalars['String']['input'];
  expectedRev: Scalars['Int']['input'];
}>;


export type RemoveInstrumentItemMutation = { __typename?: 'Mutation', removeInstrumentItem: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type MoveInstrumentItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  itemId: Scalars['String']['input'];
  toIndex: Scalars['Int']['input'];
}>;


export type MoveInstrumentItemMutation = { __typename?: 'Mutation', moveInstrumentItem: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type UpdateInstrumentScoringMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedRev: Scalars['Int']['input'];
  input: ScoringInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type UpdateInstrumentScoringMutation = { __typename?: 'Mutation', updateInstrumentScoring: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type AddInstrumentAuthorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type AddInstrumentAuthorMutation = { __typename?: 'Mutation', addInstrumentAuthor: { __typename?: 'Instrument', createdAt: string, id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, draft?: { __typename?: 'InstrumentDefinition', title: string, purpose: string, purposeHtml: string, respondents: Array<RespondentKind>, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, reverse: boolean, subscaleId?: string | null, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string, score?: number | null }> }>, subscales: Array<{ __typename?: 'Subscale', id: string, name: string, method: ScoreMethod }>, scoring: { __typename?: 'Scoring', total?: ScoreMethod | null, splitSpread?: number | null, thresholds: Array<{ __typename?: 'Threshold', id: string, scope: string, kind: ThresholdKind, value: number, label: string }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, scope: string, value: number, label: string }> } } | null, draftParts: Array<{ __typename?: 'DraftPart', part: string, rev: number, byName?: string | null, at?: string | null }>, comments: Array<{ __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, versions: Array<{ __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }>, permissions: { __typename?: 'InstrumentPermissions', readDraft: boolean, edit: boolean, comment: boolean, track: boolean, analyse: boolean, fork: boolean }, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type CommentOnInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['String']['input']>;
  body: Scalars['String']['input'];
  clientId?: InputMaybe<Scalars['ID']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type CommentOnInstrumentMutation = { __typename?: 'Mutation', commentOnInstrument: { __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type ResolveInstrumentCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolved: Scalars['Boolean']['input'];
}>;


export type ResolveInstrumentCommentMutation = { __typename?: 'Mutation', resolveInstrumentComment: { __typename?: 'InstrumentComment', id: string, itemId?: string | null, body: string, bodyHtml: string, createdAt: string, resolvedAt?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type PublishInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  changelog: Scalars['String']['input'];
  expectedDraftRev: Scalars['Int']['input'];
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type PublishInstrumentMutation = { __typename?: 'Mutation', publishInstrument: { __typename?: 'InstrumentVersion', id: string, number: number, changelog: string, publishedAt: string, publishedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type ForkInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  communityId: Scalars['ID']['input'];
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ForkInstrumentMutation = { __typename?: 'Mutation', forkInstrument: { __typename?: 'Instrument', id: string, title: string, communityId: string, latestVersion: number, draftRev: number, trackCount: number, updatedAt: string, authors: Array<{ __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }>, lineage?: { __typename?: 'InstrumentLineage', instrumentId?: string | null, title: string, versionNumber: number, communityName?: string | null } | null } };

export type KnowledgeCardFieldsFragment = { __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, evidenceLevel: EvidenceLevel, updatedAt: string, revision: number, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }> };

export type KnowledgeDetailFieldsFragment = { __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, summaryHtml: string, evidenceLevel: EvidenceLevel, communityId?: string | null, createdAt: string, updatedAt: string, revision: number, canEdit: boolean, sourceCaseId?: string | null, theoryThemes: Array<TheoryTheme>, tags: Array<string>, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string, container?: string | null, volume?: string | null, issue?: string | null, pages?: string | null, doi?: string | null, url?: string | null } | null, finding?: { __typename?: 'FindingDetails', studyDesign: string, sample: string, practiceImplications: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string, visibility: CommunityVisibility } | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, collaborationForms: Array<{ __typename?: 'CollaborationForm', id: string, code: string, name: string }>, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }>, cases: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, instruments: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, revisions: Array<{ __typename?: 'KnowledgeRevision', id: string, number: number, changeNote: string, createdAt: string, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> };

export type KnowledgeItemsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
  siteWide?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<KnowledgeType>;
  qualification?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  collaborationForm?: InputMaybe<Scalars['String']['input']>;
  theoryTheme?: InputMaybe<TheoryTheme>;
  researchTheme?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
}>;


export type KnowledgeItemsQuery = { __typename?: 'Query', knowledgeItems: Array<{ __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, evidenceLevel: EvidenceLevel, updatedAt: string, revision: number, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }> }> };

export type KnowledgeItemQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeItemQuery = { __typename?: 'Query', knowledgeItem: { __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, summaryHtml: string, evidenceLevel: EvidenceLevel, communityId?: string | null, createdAt: string, updatedAt: string, revision: number, canEdit: boolean, sourceCaseId?: string | null, theoryThemes: Array<TheoryTheme>, tags: Array<string>, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string, container?: string | null, volume?: string | null, issue?: string | null, pages?: string | null, doi?: string | null, url?: string | null } | null, finding?: { __typename?: 'FindingDetails', studyDesign: string, sample: string, practiceImplications: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string, visibility: CommunityVisibility } | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, collaborationForms: Array<{ __typename?: 'CollaborationForm', id: string, code: string, name: string }>, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }>, cases: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, instruments: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, revisions: Array<{ __typename?: 'KnowledgeRevision', id: string, number: number, changeNote: string, createdAt: string, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> } };

export type KnowledgeDiffQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type KnowledgeDiffQuery = { __typename?: 'Query', knowledgeDiff: Array<{ __typename?: 'KnowledgeFieldChange', field: string, before?: string | null, after?: string | null }> };

export type KnowledgeTaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeTaxonomyQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, level?: number | null, isCurator: boolean }, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, number: number, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string, description: string }>, collaborationForms: Array<{ __typename?: 'CollaborationForm', id: string, code: string, position: number, name: string }>, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, position: number, name: string }>, communities: { __typename?: 'CommunityConnection', edges: Array<{ __typename?: 'CommunityEdge', node: { __typename?: 'Community', id: string, slug: string, name: string, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', post: boolean } } }> } };

export type CreateKnowledgeItemMutationVariables = Exact<{
  input: CreateKnowledgeInput;
}>;


export type CreateKnowledgeItemMutation = { __typename?: 'Mutation', createKnowledgeItem: { __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, summaryHtml: string, evidenceLevel: EvidenceLevel, communityId?: string | null, createdAt: string, updatedAt: string, revision: number, canEdit: boolean, sourceCaseId?: string | null, theoryThemes: Array<TheoryTheme>, tags: Array<string>, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string, container?: string | null, volume?: string | null, issue?: string | null, pages?: string | null, doi?: string | null, url?: string | null } | null, finding?: { __typename?: 'FindingDetails', studyDesign: string, sample: string, practiceImplications: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string, visibility: CommunityVisibility } | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, collaborationForms: Array<{ __typename?: 'CollaborationForm', id: string, code: string, name: string }>, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }>, cases: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, instruments: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, revisions: Array<{ __typename?: 'KnowledgeRevision', id: string, number: number, changeNote: string, createdAt: string, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> } };

export type UpdateKnowledgeItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedRevision: Scalars['Int']['input'];
  changeNote: Scalars['String']['input'];
  input: KnowledgeContentInput;
}>;


export type UpdateKnowledgeItemMutation = { __typename?: 'Mutation', updateKnowledgeItem: { __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, summaryHtml: string, evidenceLevel: EvidenceLevel, communityId?: string | null, createdAt: string, updatedAt: string, revision: number, canEdit: boolean, sourceCaseId?: string | null, theoryThemes: Array<TheoryTheme>, tags: Array<string>, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string, container?: string | null, volume?: string | null, issue?: string | null, pages?: string | null, doi?: string | null, url?: string | null } | null, finding?: { __typename?: 'FindingDetails', studyDesign: string, sample: string, practiceImplications: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string, visibility: CommunityVisibility } | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }>, collaborationForms: Array<{ __typename?: 'CollaborationForm', id: string, code: string, name: string }>, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, name: string }>, cases: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, instruments: Array<{ __typename?: 'LinkedTitle', id: string, title: string }>, revisions: Array<{ __typename?: 'KnowledgeRevision', id: string, number: number, changeNote: string, createdAt: string, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> } };

export type LearningLineMapQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningLineMapQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, level?: number | null, isCurator: boolean }, learningLineMap: Array<{ __typename?: 'LearningLineCell', qualificationCode: string, level: number, knowledgeCount: number, caseCount: number, instrumentCount: number, sessionCount: number, gap: boolean }>, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, number: number, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string, description: string }> };

export type LearningLineMapCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningLineMapCsvQuery = { __typename?: 'Query', learningLineMapCsv: string };

export type ReadingPathQueryVariables = Exact<{
  level: Scalars['Int']['input'];
}>;


export type ReadingPathQuery = { __typename?: 'Query', readingPath: Array<{ __typename?: 'KnowledgeItem', id: string, type: KnowledgeType, title: string, summary: string, evidenceLevel: EvidenceLevel, updatedAt: string, revision: number, citation?: { __typename?: 'Citation', authors: Array<string>, year: number, title: string } | null, community?: { __typename?: 'Community', id: string, slug: string, name: string } | null, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, name: string }> }> };

export type LearningLineTextsQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningLineTextsQuery = { __typename?: 'Query', qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, text: string }>, levels: Array<{ __typename?: 'Level', id: string, number: number, description: string }> };

export type LearningLineHistoryQueryVariables = Exact<{
  qualification?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LearningLineHistoryQuery = { __typename?: 'Query', learningLineHistory: Array<{ __typename?: 'LearningLineRevision', id: string, number: number, beforeNl: string, afterNl: string, beforeEn: string, afterEn: string, changeNote: string, createdAt: string, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> };

export type EditQualificationMutationVariables = Exact<{
  code: Scalars['String']['input'];
  input: LearningLineTextInput;
}>;


export type EditQualificationMutation = { __typename?: 'Mutation', editQualification: { __typename?: 'Qualification', id: string, code: string, degree: Degree, number: number, text: string } };

export type EditLevelMutationVariables = Exact<{
  number: Scalars['Int']['input'];
  input: LearningLineTextInput;
}>;


export type EditLevelMutation = { __typename?: 'Mutation', editLevel: { __typename?: 'Level', id: string, number: number, name: string, description: string } };

export type ContentPreviewFieldsFragment = { __typename?: 'ContentPreview', type: ContentType, id: string, excerpt: string, hidden: boolean, hiddenReason?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null };

export type InvitationFieldsFragment = { __typename?: 'Invitation', id: string, mode: InvitationMode, email?: string | null, expiresAt: string, createdAt: string, uses: number, revokedAt?: string | null, createdBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null };

export type CommunityJoinRequestsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CommunityJoinRequestsQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, joinRequests: Array<{ __typename?: 'JoinRequest', id: string, status: JoinRequestStatus, message?: string | null, createdAt: string, person: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } }> } };

export type DecideJoinRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideJoinRequestMutation = { __typename?: 'Mutation', decideJoinRequest: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus, decisionMessage?: string | null, decidedAt?: string | null } };

export type CommunityReportsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  status?: InputMaybe<ReportStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunityReportsQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, reports: { __typename?: 'ReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ReportEdge', cursor: string, node: { __typename?: 'Report', id: string, status: ReportStatus, reason: string, createdAt: string, reporter?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, content?: { __typename?: 'ContentPreview', type: ContentType, id: string, excerpt: string, hidden: boolean, hiddenReason?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } | null } }> } } };

export type HideContentMutationVariables = Exact<{
  type: ContentType;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type HideContentMutation = { __typename?: 'Mutation', hideContent: { __typename?: 'ContentPreview', type: ContentType, id: string, excerpt: string, hidden: boolean, hiddenReason?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type RestoreContentMutationVariables = Exact<{
  type: ContentType;
  id: Scalars['ID']['input'];
}>;


export type RestoreContentMutation = { __typename?: 'Mutation', restoreContent: { __typename?: 'ContentPreview', type: ContentType, id: string, excerpt: string, hidden: boolean, hiddenReason?: string | null, author?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type DismissReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DismissReportMutation = { __typename?: 'Mutation', dismissReport: { __typename?: 'Report', id: string, status: ReportStatus, resolvedAt?: string | null } };

export type CommunityBansQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CommunityBansQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, bans: Array<{ __typename?: 'Ban', reason: string, createdAt: string, person: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean }, bannedBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> } };

export type UnbanMemberMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type UnbanMemberMutation = { __typename?: 'Mutation', unbanMember: boolean };

export type CommunityInvitationsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CommunityInvitationsQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, invitations: Array<{ __typename?: 'Invitation', id: string, mode: InvitationMode, email?: string | null, expiresAt: string, createdAt: string, uses: number, revokedAt?: string | null, createdBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null }> } };

export type CreateInvitationMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  mode?: InputMaybe<InvitationMode>;
  email?: InputMaybe<Scalars['String']['input']>;
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CreateInvitationMutation = { __typename?: 'Mutation', createInvitation: { __typename?: 'CreatedInvitation', token: string, url: string, invitation: { __typename?: 'Invitation', id: string, mode: InvitationMode, email?: string | null, expiresAt: string, createdAt: string, uses: number, revokedAt?: string | null, createdBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, mode: InvitationMode, email?: string | null, expiresAt: string, createdAt: string, uses: number, revokedAt?: string | null, createdBy?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } };

export type CommunityAuditLogQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunityAuditLogQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, auditLog: { __typename?: 'AuditEntryConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, action: AuditAction, createdAt: string, reason?: string | null, summary: string, actor?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null, target?: { __typename?: 'Person', id: string, displayName: string, role?: ProfileRole | null, organisation?: string | null, level?: number | null, isFormerMember: boolean } | null } }> } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreview', mode: InvitationMode, expiresAt: string, communityName: string, communitySlug: string, communityDescriptionHtml: string, visibility: CommunityVisibility, joinPolicy: JoinPolicy, viewerStatus: MembershipStatus } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AcceptInvitationResult', outcome: AcceptInvitationOutcome, communitySlug: string } };

export type MonitoringItemFieldsFragment = { __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string }> };

export type MonitoringTrackCardFieldsFragment = { __typename?: 'MonitoringTrack', id: string, caseCode: string, versionNumber: number, closedAt?: string | null, createdAt: string, canWrite: boolean, respondents: Array<{ __typename?: 'TrackRespondent', id: string, label: string, kind: RespondentKind, position: number }>, chart: { __typename?: 'TrackChart', sessions: Array<number>, signals: Array<{ __typename?: 'TrackSignal', kind: SignalKind, sessionNumber: number }> } };

export type TrackChartFieldsFragment = { __typename?: 'TrackChart', sessions: Array<number>, splitSpread?: number | null, scopes: Array<{ __typename?: 'ScopeName', id: string, name: string }>, series: Array<{ __typename?: 'ChartSeries', respondentId: string, label: string, kind: RespondentKind, points: Array<{ __typename?: 'ChartPoint', sessionNumber: number, sessionDate?: string | null, scores: Array<{ __typename?: 'ScopeScore', scope: string, value?: number | null }> }> }>, signals: Array<{ __typename?: 'TrackSignal', kind: SignalKind, scope: string, sessionNumber: number, respondentId?: string | null, value: number, previous?: number | null, spread?: number | null, label: string, thresholdId?: string | null }>, spreads: Array<{ __typename?: 'SessionSpread', sessionNumber: number, scope: string, spread: number, minRespondentId: string, minValue: number, maxRespondentId: string, maxValue: number, split: boolean }>, thresholds: Array<{ __typename?: 'Threshold', id: string, kind: ThresholdKind, label: string, scope: string, value: number }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, label: string, scope: string, value: number }> };

export type TrackResponseFieldsFragment = { __typename?: 'InstrumentResponse', id: string, respondentId: string, sessionNumber: number, sessionDate?: string | null, source: ResponseSource, total?: number | null, createdAt: string, updatedAt: string, answers: Array<{ __typename?: 'Answer', itemId: string, value?: number | null, choice?: string | null, text?: string | null }>, scores: Array<{ __typename?: 'ScopeScore', scope: string, value?: number | null }> };

export type RespondentLinkFieldsFragment = { __typename?: 'RespondentLink', id: string, respondentId: string, sessionNumber: number, status: RespondentLinkStatus, expiresAt: string, usedAt?: string | null, createdAt: string };

export type MonitoringTracksQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MonitoringTracksQuery = { __typename?: 'Query', monitoringTracks: Array<{ __typename?: 'MonitoringTrack', id: string, caseCode: string, versionNumber: number, closedAt?: string | null, createdAt: string, canWrite: boolean, respondents: Array<{ __typename?: 'TrackRespondent', id: string, label: string, kind: RespondentKind, position: number }>, chart: { __typename?: 'TrackChart', sessions: Array<number>, signals: Array<{ __typename?: 'TrackSignal', kind: SignalKind, sessionNumber: number }> } }> };

export type MonitoringTrackQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MonitoringTrackQuery = { __typename?: 'Query', monitoringTrack: { __typename?: 'MonitoringTrack', id: string, caseCode: string, notes: string, communityId: string, instrumentId: string, versionNumber: number, splitSpread?: number | null, closedAt?: string | null, createdAt: string, canWrite: boolean, createdBy?: { __typename?: 'Person', id: string, displayName: string } | null, instrument: { __typename?: 'Instrument', id: string, title: string, community: { __typename?: 'Community', id: string, slug: string, name: string } }, version: { __typename?: 'InstrumentVersion', id: string, number: number, definition: { __typename?: 'InstrumentDefinition', title: string, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string }> }> } }, respondents: Array<{ __typename?: 'TrackRespondent', id: string, label: string, kind: RespondentKind, position: number }>, responses: Array<{ __typename?: 'InstrumentResponse', id: string, respondentId: string, sessionNumber: number, sessionDate?: string | null, source: ResponseSource, total?: number | null, createdAt: string, updatedAt: string, answers: Array<{ __typename?: 'Answer', itemId: string, value?: number | null, choice?: string | null, text?: string | null }>, scores: Array<{ __typename?: 'ScopeScore', scope: string, value?: number | null }> }>, chart: { __typename?: 'TrackChart', sessions: Array<number>, splitSpread?: number | null, scopes: Array<{ __typename?: 'ScopeName', id: string, name: string }>, series: Array<{ __typename?: 'ChartSeries', respondentId: string, label: string, kind: RespondentKind, points: Array<{ __typename?: 'ChartPoint', sessionNumber: number, sessionDate?: string | null, scores: Array<{ __typename?: 'ScopeScore', scope: string, value?: number | null }> }> }>, signals: Array<{ __typename?: 'TrackSignal', kind: SignalKind, scope: string, sessionNumber: number, respondentId?: string | null, value: number, previous?: number | null, spread?: number | null, label: string, thresholdId?: string | null }>, spreads: Array<{ __typename?: 'SessionSpread', sessionNumber: number, scope: string, spread: number, minRespondentId: string, minValue: number, maxRespondentId: string, maxValue: number, split: boolean }>, thresholds: Array<{ __typename?: 'Threshold', id: string, kind: ThresholdKind, label: string, scope: string, value: number }>, referenceLines: Array<{ __typename?: 'ReferenceLine', id: string, label: string, scope: string, value: number }> }, links: Array<{ __typename?: 'RespondentLink', id: string, respondentId: string, sessionNumber: number, status: RespondentLinkStatus, expiresAt: string, usedAt?: string | null, createdAt: string }> } };

export type CreateMonitoringTrackMutationVariables = Exact<{
  input: CreateTrackInput;
}>;


export type CreateMonitoringTrackMutation = { __typename?: 'Mutation', createMonitoringTrack: { __typename?: 'MonitoringTrack', id: string, caseCode: string } };

export type AddTrackRespondentMutationVariables = Exact<{
  trackId: Scalars['ID']['input'];
  input: RespondentInput;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type AddTrackRespondentMutation = { __typename?: 'Mutation', addTrackRespondent: { __typename?: 'TrackRespondent', id: string, label: string, kind: RespondentKind, position: number } };

export type CloseMonitoringTrackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  closed: Scalars['Boolean']['input'];
}>;


export type CloseMonitoringTrackMutation = { __typename?: 'Mutation', closeMonitoringTrack: { __typename?: 'MonitoringTrack', id: string, closedAt?: string | null } };

export type RecordTrackResponseMutationVariables = Exact<{
  input: RecordResponseInput;
}>;


export type RecordTrackResponseMutation = { __typename?: 'Mutation', recordResponse: { __typename?: 'InstrumentResponse', id: string, respondentId: string, sessionNumber: number, sessionDate?: string | null, source: ResponseSource, total?: number | null, createdAt: string, updatedAt: string, answers: Array<{ __typename?: 'Answer', itemId: string, value?: number | null, choice?: string | null, text?: string | null }>, scores: Array<{ __typename?: 'ScopeScore', scope: string, value?: number | null }> } };

export type UpdateTrackResponseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answers: Array<AnswerInput> | AnswerInput;
  sessionDate?: InputMaybe<Scalars['String']['input']>;
  privacyOverrides?: InputMaybe<Array<PrivacyOverrideInput> | PrivacyOverrideInput>;
}>;


export type UpdateTrackResponseMutation = { __typename?: 'Mutation', updateResponse: { __typename?: 'InstrumentResponse', id: string, respondentId: string, sessionNumber: number, sessionDate?: string | null, source: ResponseSource, total?: number | null, createdAt: string, updatedAt: string, answers: Array<{ __typename?: 'Answer', itemId: string, value?: number | null, choice?: string | null, text?: string | null }>, scores: Array<{ __typename?: 'ScopeScore', scope: string, value?: number | null }> } };

export type DeleteTrackResponseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTrackResponseMutation = { __typename?: 'Mutation', deleteResponse: boolean };

export type CreateRespondentLinkMutationVariables = Exact<{
  input: CreateRespondentLinkInput;
}>;


export type CreateRespondentLinkMutation = { __typename?: 'Mutation', createRespondentLink: { __typename?: 'CreatedRespondentLink', token: string, path: string, link: { __typename?: 'RespondentLink', id: string, respondentId: string, sessionNumber: number, status: RespondentLinkStatus, expiresAt: string, usedAt?: string | null, createdAt: string } } };

export type RevokeRespondentLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeRespondentLinkMutation = { __typename?: 'Mutation', revokeRespondentLink: { __typename?: 'RespondentLink', id: string, respondentId: string, sessionNumber: number, status: RespondentLinkStatus, expiresAt: string, usedAt?: string | null, createdAt: string } };

export type RespondentFormQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RespondentFormQuery = { __typename?: 'Query', respondentForm: { __typename?: 'RespondentForm', status: RespondentLinkStatus, instrumentTitle: string, respondentLabel: string, sessionNumber: number, expiresAt: string, items: Array<{ __typename?: 'InstrumentItem', id: string, type: InstrumentItemType, text: string, help?: string | null, points?: number | null, labels: Array<string>, required: boolean, options: Array<{ __typename?: 'ChoiceOption', id: string, label: string }> }> } };

export type SubmitRespondentFormMutationVariables = Exact<{
  token: Scalars['String']['input'];
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SubmitRespondentFormMutation = { __typename?: 'Mutation', submitRespondentForm: number };

export type InstrumentAggregateQueryVariables = Exact<{
  instrumentId: Scalars['ID']['input'];
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InstrumentAggregateQuery = { __typename?: 'Query', instrumentAggregate: { __typename?: 'InstrumentAggregate', versionNumber: number, tracks: number, responses: number, scopes: Array<{ __typename?: 'ScopeName', id: string, name: string }>, sessions: Array<{ __typename?: 'AggregateSession', sessionNumber: number, tracks: number, responses: number, scopes: Array<{ __typename?: 'AggregateScope', scope: string, n: number, mean?: number | null, sd?: number | null }> }> } };

export type InstrumentExportCsvQueryVariables = Exact<{
  instrumentId: Scalars['ID']['input'];
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InstrumentExportCsvQuery = { __typename?: 'Query', instrumentExportCsv: string };

export type UserFieldsFragment = { __typename?: 'User', id: string, email: string, displayName: string, role: ProfileRole, organisation?: string | null, level?: number | null, createdAt: string };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, role: ProfileRole, organisation?: string | null, level?: number | null, createdAt: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, role: ProfileRole, organisation?: string | null, level?: number | null, createdAt: string } } };

export type RefreshTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, role: ProfileRole, organisation?: string | null, level?: number | null, createdAt: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, displayName: string, role: ProfileRole, organisation?: string | null, level?: number | null, createdAt: string } };

export type LevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LevelsQuery = { __typename?: 'Query', levels: Array<{ __typename?: 'Level', id: string, number: number, name: string, description: string }> };

export type LearningPathQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningPathQuery = { __typename?: 'Query', levels: Array<{ __typename?: 'Level', id: string, number: number, name: string, description: string }>, qualifications: Array<{ __typename?: 'Qualification', id: string, code: string, degree: Degree, number: number, text: string }> };

export type SearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', total: number, parts: Array<string>, tookMs: number, hits: Array<{ __typename?: 'SearchHit', id: string, type: SearchType, subjectId: string, link: string, communityId?: string | null, communityName?: string | null, label: string, titleHtml: string, snippetHtml: string, exact: boolean, createdAt: string }>, facets: { __typename?: 'SearchFacets', types: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }>, communities: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }>, qualifications: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }>, levels: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }>, collaborationForms: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }>, tags: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }>, years: Array<{ __typename?: 'SearchFacetValue', value: string, label: string, count: number }> } } };

export type SessionStepFieldsFragment = { __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput };

export type SessionCardFieldsFragment = { __typename?: 'Session', id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } };

export type SessionDetailFieldsFragment = { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } };

export type SessionMethodFieldsFragment = { __typename?: 'SessionMethod', id: string, code: string, communityId?: string | null, name: string, summary: string, totalMinutes: number, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }> };

export type SessionsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  newestFirst?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SessionsQuery = { __typename?: 'Query', sessions: Array<{ __typename?: 'Session', id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } }> };

export type SessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type SessionIcsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionIcsQuery = { __typename?: 'Query', sessionIcs: string };

export type SessionMethodsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SessionMethodsQuery = { __typename?: 'Query', sessionMethods: Array<{ __typename?: 'SessionMethod', id: string, code: string, communityId?: string | null, name: string, summary: string, totalMinutes: number, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }> }> };

export type SessionPlanningQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionPlanningQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityConnection', edges: Array<{ __typename?: 'CommunityEdge', node: { __typename?: 'Community', id: string, slug: string, name: string, archivedAt?: string | null, viewerCan: { __typename?: 'CommunityPermissions', moderate: boolean } } }> }, researchThemes: Array<{ __typename?: 'ResearchTheme', id: string, code: string, position: number, name: string }> };

export type SessionLinkOptionsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type SessionLinkOptionsQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, title: string } }> }, communityKnowledge: Array<{ __typename?: 'KnowledgeItem', id: string, title: string, type: KnowledgeType }>, siteKnowledge: Array<{ __typename?: 'KnowledgeItem', id: string, title: string, type: KnowledgeType }>, instruments: Array<{ __typename?: 'Instrument', id: string, title: string, latestVersion: number }> };

export type SessionCaseTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionCaseTitleQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, title: string } };

export type SessionKnowledgeTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionKnowledgeTitleQuery = { __typename?: 'Query', knowledgeItem: { __typename?: 'KnowledgeItem', id: string, title: string } };

export type SessionInstrumentTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionInstrumentTitleQuery = { __typename?: 'Query', instrument: { __typename?: 'Instrument', id: string, title: string } };

export type MyAttendedSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAttendedSessionsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, displayName: string }, myAttendedSessions: Array<{ __typename?: 'Session', id: string, title: string, startsAt: string, endsAt: string, methodName: string, community: { __typename?: 'Community', id: string, name: string } }> };

export type SessionPollFieldsFragment = { __typename?: 'SessionPoll', id: string, stepKey?: string | null, question: string, options: Array<string>, status: string, viewerVote?: number | null, createdAt: string, results: { __typename?: 'SessionPollResults', seq: number, counts: Array<number>, total: number } };

export type SessionPollsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionPollsQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, polls: Array<{ __typename?: 'SessionPoll', id: string, stepKey?: string | null, question: string, options: Array<string>, status: string, viewerVote?: number | null, createdAt: string, results: { __typename?: 'SessionPollResults', seq: number, counts: Array<number>, total: number } }> } };

export type StartSessionPollMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  question: Scalars['String']['input'];
  options: Array<Scalars['String']['input']> | Scalars['String']['input'];
  stepKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartSessionPollMutation = { __typename?: 'Mutation', startSessionPoll: { __typename?: 'SessionPoll', id: string, stepKey?: string | null, question: string, options: Array<string>, status: string, viewerVote?: number | null, createdAt: string, results: { __typename?: 'SessionPollResults', seq: number, counts: Array<number>, total: number } } };

export type VoteSessionPollMutationVariables = Exact<{
  pollId: Scalars['ID']['input'];
  option: Scalars['Int']['input'];
}>;


export type VoteSessionPollMutation = { __typename?: 'Mutation', voteSessionPoll: { __typename?: 'SessionPoll', id: string, stepKey?: string | null, question: string, options: Array<string>, status: string, viewerVote?: number | null, createdAt: string, results: { __typename?: 'SessionPollResults', seq: number, counts: Array<number>, total: number } } };

export type CloseSessionPollMutationVariables = Exact<{
  pollId: Scalars['ID']['input'];
}>;


export type CloseSessionPollMutation = { __typename?: 'Mutation', closeSessionPoll: { __typename?: 'SessionPoll', id: string, stepKey?: string | null, question: string, options: Array<string>, status: string, viewerVote?: number | null, createdAt: string, results: { __typename?: 'SessionPollResults', seq: number, counts: Array<number>, total: number } } };

export type PlanSessionMutationVariables = Exact<{
  input: PlanSessionInput;
}>;


export type PlanSessionMutation = { __typename?: 'Mutation', planSession: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type UpdateSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SessionInput;
}>;


export type UpdateSessionMutation = { __typename?: 'Mutation', updateSession: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type CancelSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelSessionMutation = { __typename?: 'Mutation', cancelSession: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type RsvpSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: RsvpChoice;
}>;


export type RsvpSessionMutation = { __typename?: 'Mutation', rsvpSession: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type StartSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartSessionMutation = { __typename?: 'Mutation', startSession: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type GoToSessionStepMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  step: Scalars['Int']['input'];
  expectedStateSeq: Scalars['Int']['input'];
}>;


export type GoToSessionStepMutation = { __typename?: 'Mutation', goToSessionStep: { __typename?: 'Session', id: string, status: SessionStatus, currentStep: number, stepStartedAt?: string | null, stateSeq: number } };

export type SaveSessionNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  stepKey: Scalars['String']['input'];
  body: Scalars['String']['input'];
  baseRev: Scalars['Int']['input'];
}>;


export type SaveSessionNoteMutation = { __typename?: 'Mutation', saveSessionNote: { __typename?: 'SessionNote', stepKey: string, body: string, rev: number } };

export type CloseSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcomes: Scalars['String']['input'];
}>;


export type CloseSessionMutation = { __typename?: 'Mutation', closeSession: { __typename?: 'Session', description: string, createdAt: string, methodId?: string | null, currentStep: number, stepStartedAt?: string | null, stateSeq: number, caseIds: Array<string>, knowledgeIds: Array<string>, instrumentIds: Array<string>, outcomes?: string | null, lessonItemId?: string | null, threadId?: string | null, id: string, title: string, status: SessionStatus, startsAt: string, endsAt: string, capacity?: number | null, themeCode?: string | null, themeText: string, location: string, onlineUrl?: string | null, methodName: string, communityId: string, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }>, notes: Array<{ __typename?: 'SessionNote', stepKey: string, body: string, rev: number }>, attendees: Array<{ __typename?: 'SessionAttendee', userId: string, displayName: string, firstSeenAt: string }>, community: { __typename?: 'Community', id: string, slug: string, name: string }, rsvpCounts: { __typename?: 'SessionRsvpCounts', going: number, maybe: number, waitlist: number }, viewerRsvp?: { __typename?: 'SessionViewerRsvp', status: RsvpStatus, waitlistPosition?: number | null } | null, viewerCan: { __typename?: 'SessionPermissions', rsvp: boolean, participate: boolean, moderate: boolean } } };

export type LinkSessionLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  knowledgeItemId: Scalars['ID']['input'];
}>;


export type LinkSessionLessonMutation = { __typename?: 'Mutation', linkSessionLesson: { __typename?: 'Session', id: string, lessonItemId?: string | null } };

export type CreateSessionMethodMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  input: SessionMethodInput;
}>;


export type CreateSessionMethodMutation = { __typename?: 'Mutation', createSessionMethod: { __typename?: 'SessionMethod', id: string, code: string, communityId?: string | null, name: string, summary: string, totalMinutes: number, steps: Array<{ __typename?: 'MethodStep', key: string, title: string, actor: StepActor, minutes: number, prompt: string, output: StepOutput }> } };

export type ResetCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type ResetCalendarFeedMutation = { __typename?: 'Mutation', resetCalendarFeed: string };

export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const CaseResponseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"perspective"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMarkedHelpful"}},{"kind":"Field","name":{"kind":"Name","value":"isBest"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markHelpful"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<CaseResponseFieldsFragment, unknown>;
export const CaseCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseCardFieldsFragment, unknown>;
export const CaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextHtml"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"dilemmaHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"triedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAspects"}},{"kind":"Field","name":{"kind":"Name","value":"damourConcepts"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"markBest"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<CaseDetailFieldsFragment, unknown>;
export const CommunityCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommunityCardFieldsFragment, unknown>;
export const CommunityPermissionsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<CommunityPermissionsFieldsFragment, unknown>;
export const CommunityDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<CommunityDetailFieldsFragment, unknown>;
export const FeedItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<FeedItemFieldsFragment, unknown>;
export const ThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}}]} as unknown as DocumentNode<ThreadFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"eventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"replyToId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const InstrumentCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<InstrumentCardFieldsFragment, unknown>;
export const InstrumentDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentDefinitionFieldsFragment, unknown>;
export const InstrumentCommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<InstrumentCommentFieldsFragment, unknown>;
export const InstrumentVersionSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<InstrumentVersionSummaryFieldsFragment, unknown>;
export const InstrumentDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<InstrumentDetailFieldsFragment, unknown>;
export const KnowledgeCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KnowledgeCardFieldsFragment, unknown>;
export const KnowledgeDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryHtml"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"theoryThemes"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyDesign"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"practiceImplications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<KnowledgeDetailFieldsFragment, unknown>;
export const ContentPreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<ContentPreviewFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const MonitoringItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<MonitoringItemFieldsFragment, unknown>;
export const MonitoringTrackCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringTrackCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringTrack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseCode"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringTrackCardFieldsFragment, unknown>;
export const TrackChartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minRespondentId"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxRespondentId"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"split"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}}]}}]} as unknown as DocumentNode<TrackChartFieldsFragment, unknown>;
export const TrackResponseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<TrackResponseFieldsFragment, unknown>;
export const RespondentLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RespondentLinkFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const SessionCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}}]} as unknown as DocumentNode<SessionCardFieldsFragment, unknown>;
export const SessionStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}}]} as unknown as DocumentNode<SessionStepFieldsFragment, unknown>;
export const SessionDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}}]} as unknown as DocumentNode<SessionDetailFieldsFragment, unknown>;
export const SessionMethodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMethodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}}]} as unknown as DocumentNode<SessionMethodFieldsFragment, unknown>;
export const SessionPollFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPoll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SessionPollFieldsFragment, unknown>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataExport"}}]}}]} as unknown as DocumentNode<MyDataExportQuery, MyDataExportQueryVariables>;
export const DeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const DevMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DevMailboxQuery, DevMailboxQueryVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFrequency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationForm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"qualification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"collaborationForm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationForm"}}},{"kind":"Argument","name":{"kind":"Name","value":"qualification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"qualification"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTaxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseTaxonomyQuery, CaseTaxonomyQueryVariables>;
export const MyCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCommunitiesQuery, MyCommunitiesQueryVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseResponseFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseResponseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextHtml"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"dilemmaHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"triedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAspects"}},{"kind":"Field","name":{"kind":"Name","value":"damourConcepts"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"markBest"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"perspective"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMarkedHelpful"}},{"kind":"Field","name":{"kind":"Name","value":"isBest"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markHelpful"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}}]}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const CaseRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}}]}}]}}]}}]} as unknown as DocumentNode<CaseRevisionsQuery, CaseRevisionsQueryVariables>;
export const CreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextHtml"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"dilemmaHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"triedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAspects"}},{"kind":"Field","name":{"kind":"Name","value":"damourConcepts"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"markBest"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}}]}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const UpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextHtml"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"dilemmaHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"triedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAspects"}},{"kind":"Field","name":{"kind":"Name","value":"damourConcepts"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"markBest"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}}]}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const ResolveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonsLearned"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lessonsLearned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonsLearned"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextHtml"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"dilemmaHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"triedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAspects"}},{"kind":"Field","name":{"kind":"Name","value":"damourConcepts"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"markBest"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}}]}}]}}]} as unknown as DocumentNode<ResolveCaseMutation, ResolveCaseMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authorHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextHtml"}},{"kind":"Field","name":{"kind":"Name","value":"dilemma"}},{"kind":"Field","name":{"kind":"Name","value":"dilemmaHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"triedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAspects"}},{"kind":"Field","name":{"kind":"Name","value":"damourConcepts"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"markBest"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const RespondToCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RespondToCaseMutation, RespondToCaseMutationVariables>;
export const MarkResponseHelpfulDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkResponseHelpful"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"helpful"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markResponseHelpful"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"helpful"},"value":{"kind":"Variable","name":{"kind":"Name","value":"helpful"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMarkedHelpful"}}]}}]}}]} as unknown as DocumentNode<MarkResponseHelpfulMutation, MarkResponseHelpfulMutationVariables>;
export const SetBestResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBestResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBestResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"responseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBest"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBest"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetBestResponseMutation, SetBestResponseMutationVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const ResearchThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResearchThemesQuery, ResearchThemesQueryVariables>;
export const CommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Community"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CommunityQuery, CommunityQueryVariables>;
export const CommunityFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<CommunityFeedQuery, CommunityFeedQueryVariables>;
export const CommunityMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileRole"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityRole"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"profileRole"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileRole"}}},{"kind":"Argument","name":{"kind":"Name","value":"communityRole"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}},{"kind":"Field","name":{"kind":"Name","value":"ban"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<CommunityMembersQuery, CommunityMembersQueryVariables>;
export const CreateCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const UpdateCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCommunityMutation, UpdateCommunityMutationVariables>;
export const ArchiveCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveCommunityMutation, ArchiveCommunityMutationVariables>;
export const UnarchiveCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnarchiveCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnarchiveCommunityMutation, UnarchiveCommunityMutationVariables>;
export const JoinCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityPermissionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"createRequestLink"}},{"kind":"Field","name":{"kind":"Name","value":"readMembers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityPermissionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerJoinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JoinCommunityMutation, JoinCommunityMutationVariables>;
export const RequestToJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestToJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestToJoinMutation, RequestToJoinMutationVariables>;
export const CancelJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelJoinRequestMutation, CancelJoinRequestMutationVariables>;
export const LeaveCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<LeaveCommunityMutation, LeaveCommunityMutationVariables>;
export const CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const DeletePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePostMutation, DeletePostMutationVariables>;
export const PinFeedItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinFeedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinFeedItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<PinFeedItemMutation, PinFeedItemMutationVariables>;
export const UnpinFeedItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpinFeedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpinFeedItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"hide"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<UnpinFeedItemMutation, UnpinFeedItemMutationVariables>;
export const ReportContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContentType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<ReportContentMutation, ReportContentMutationVariables>;
export const SetMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const BanMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BanMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BanMemberMutation, BanMemberMutationVariables>;
export const ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}}]} as unknown as DocumentNode<ThreadQuery, ThreadQueryVariables>;
export const ThreadMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"threadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"eventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"replyToId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]}}]} as unknown as DocumentNode<ThreadMessagesQuery, ThreadMessagesQueryVariables>;
export const EditMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"eventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"replyToId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]}}]} as unknown as DocumentNode<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"eventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"replyToId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const MarkThreadReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkThreadRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"seq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seq"}}}]}]}}]} as unknown as DocumentNode<MarkThreadReadMutation, MarkThreadReadMutationVariables>;
export const MentionCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const CommunityInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityInstruments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}}]} as unknown as DocumentNode<CommunityInstrumentsQuery, CommunityInstrumentsQueryVariables>;
export const InstrumentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<InstrumentDetailQuery, InstrumentDetailQueryVariables>;
export const InstrumentVersionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentVersionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentVersionDetailQuery, InstrumentVersionDetailQueryVariables>;
export const InstrumentDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<InstrumentDiffQuery, InstrumentDiffQueryVariables>;
export const CreateInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}}]} as unknown as DocumentNode<CreateInstrumentMutation, CreateInstrumentMutationVariables>;
export const UpdateInstrumentMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstrumentMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentMetaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstrumentMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRev"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<UpdateInstrumentMetaMutation, UpdateInstrumentMetaMutationVariables>;
export const AddInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentItemType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterItemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterItemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<AddInstrumentItemMutation, AddInstrumentItemMutationVariables>;
export const UpdateInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentItemInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRev"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<UpdateInstrumentItemMutation, UpdateInstrumentItemMutationVariables>;
export const RemoveInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRev"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<RemoveInstrumentItemMutation, RemoveInstrumentItemMutationVariables>;
export const MoveInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toIndex"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toIndex"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toIndex"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<MoveInstrumentItemMutation, MoveInstrumentItemMutationVariables>;
export const UpdateInstrumentScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstrumentScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstrumentScoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRev"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRev"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<UpdateInstrumentScoringMutation, UpdateInstrumentScoringMutationVariables>;
export const AddInstrumentAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInstrumentAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInstrumentAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeHtml"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverse"}},{"kind":"Field","name":{"kind":"Name","value":"subscaleId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readDraft"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"analyse"}},{"kind":"Field","name":{"kind":"Name","value":"fork"}}]}}]}}]} as unknown as DocumentNode<AddInstrumentAuthorMutation, AddInstrumentAuthorMutationVariables>;
export const CommentOnInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<CommentOnInstrumentMutation, CommentOnInstrumentMutationVariables>;
export const ResolveInstrumentCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveInstrumentComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveInstrumentComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<ResolveInstrumentCommentMutation, ResolveInstrumentCommentMutationVariables>;
export const PublishInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changelog"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedDraftRev"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"changelog"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changelog"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedDraftRev"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedDraftRev"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changelog"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<PublishInstrumentMutation, PublishInstrumentMutationVariables>;
export const ForkInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForkInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forkInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftRev"}},{"kind":"Field","name":{"kind":"Name","value":"trackCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}}]}}]}}]} as unknown as DocumentNode<ForkInstrumentMutation, ForkInstrumentMutationVariables>;
export const KnowledgeItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteWide"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"qualification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationForm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theoryTheme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryTheme"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"researchTheme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteWide"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteWide"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"qualification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"qualification"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"collaborationForm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationForm"}}},{"kind":"Argument","name":{"kind":"Name","value":"theoryTheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theoryTheme"}}},{"kind":"Argument","name":{"kind":"Name","value":"researchTheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"researchTheme"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KnowledgeItemsQuery, KnowledgeItemsQueryVariables>;
export const KnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryHtml"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"theoryThemes"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyDesign"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"practiceImplications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeItemQuery, KnowledgeItemQueryVariables>;
export const KnowledgeDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<KnowledgeDiffQuery, KnowledgeDiffQueryVariables>;
export const KnowledgeTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeTaxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isCurator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeTaxonomyQuery, KnowledgeTaxonomyQueryVariables>;
export const CreateKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKnowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryHtml"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"theoryThemes"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyDesign"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"practiceImplications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKnowledgeItemMutation, CreateKnowledgeItemMutationVariables>;
export const UpdateKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"changeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryHtml"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"theoryThemes"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyDesign"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"practiceImplications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateKnowledgeItemMutation, UpdateKnowledgeItemMutationVariables>;
export const LearningLineMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningLineMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isCurator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningLineMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCount"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<LearningLineMapQuery, LearningLineMapQueryVariables>;
export const LearningLineMapCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningLineMapCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningLineMapCsv"}}]}}]} as unknown as DocumentNode<LearningLineMapCsvQuery, LearningLineMapCsvQueryVariables>;
export const ReadingPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadingPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readingPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReadingPathQuery, ReadingPathQueryVariables>;
export const LearningLineTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningLineTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<LearningLineTextsQuery, LearningLineTextsQueryVariables>;
export const LearningLineHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningLineHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"qualification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningLineHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"qualification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"qualification"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"beforeNl"}},{"kind":"Field","name":{"kind":"Name","value":"afterNl"}},{"kind":"Field","name":{"kind":"Name","value":"beforeEn"}},{"kind":"Field","name":{"kind":"Name","value":"afterEn"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<LearningLineHistoryQuery, LearningLineHistoryQueryVariables>;
export const EditQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningLineTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<EditQualificationMutation, EditQualificationMutationVariables>;
export const EditLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningLineTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<EditLevelMutation, EditLevelMutationVariables>;
export const CommunityJoinRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityJoinRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<CommunityJoinRequestsQuery, CommunityJoinRequestsQueryVariables>;
export const DecideJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>;
export const CommunityReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPreviewFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<CommunityReportsQuery, CommunityReportsQueryVariables>;
export const HideContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContentType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<HideContentMutation, HideContentMutationVariables>;
export const RestoreContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContentType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<RestoreContentMutation, RestoreContentMutationVariables>;
export const DismissReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<DismissReportMutation, DismissReportMutationVariables>;
export const CommunityBansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityBans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<CommunityBansQuery, CommunityBansQueryVariables>;
export const UnbanMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnbanMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<UnbanMemberMutation, UnbanMemberMutationVariables>;
export const CommunityInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<CommunityInvitationsQuery, CommunityInvitationsQueryVariables>;
export const CreateInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const CommunityAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFormerMember"}}]}}]} as unknown as DocumentNode<CommunityAuditLogQuery, CommunityAuditLogQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"communitySlug"}},{"kind":"Field","name":{"kind":"Name","value":"communityDescriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"viewerStatus"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"communitySlug"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MonitoringTracksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringTracks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringTracks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringTrackCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringTrackCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringTrack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseCode"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringTracksQuery, MonitoringTracksQueryVariables>;
export const MonitoringTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseCode"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringItemFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackResponseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackChartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minRespondentId"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxRespondentId"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"split"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referenceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitSpread"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MonitoringTrackQuery, MonitoringTrackQueryVariables>;
export const CreateMonitoringTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMonitoringTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMonitoringTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseCode"}}]}}]}}]} as unknown as DocumentNode<CreateMonitoringTrackMutation, CreateMonitoringTrackMutationVariables>;
export const AddTrackRespondentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTrackRespondent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTrackRespondent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AddTrackRespondentMutation, AddTrackRespondentMutationVariables>;
export const CloseMonitoringTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseMonitoringTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeMonitoringTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseMonitoringTrackMutation, CloseMonitoringTrackMutationVariables>;
export const RecordTrackResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrackResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordTrackResponseMutation, RecordTrackResponseMutationVariables>;
export const UpdateTrackResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrackResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivacyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyOverrides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateTrackResponseMutation, UpdateTrackResponseMutationVariables>;
export const DeleteTrackResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrackResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTrackResponseMutation, DeleteTrackResponseMutationVariables>;
export const CreateRespondentLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRespondentLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRespondentLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRespondentLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateRespondentLinkMutation, CreateRespondentLinkMutationVariables>;
export const RevokeRespondentLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRespondentLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRespondentLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RevokeRespondentLinkMutation, RevokeRespondentLinkMutationVariables>;
export const RespondentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RespondentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondentForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"respondentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<RespondentFormQuery, RespondentFormQueryVariables>;
export const SubmitRespondentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRespondentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRespondentForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<SubmitRespondentFormMutation, SubmitRespondentFormMutationVariables>;
export const InstrumentAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentAggregateQuery, InstrumentAggregateQueryVariables>;
export const InstrumentExportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentExportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentExportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionNumber"}}}]}]}}]} as unknown as DocumentNode<InstrumentExportCsvQuery, InstrumentExportCsvQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<LevelsQuery, LevelsQueryVariables>;
export const LearningPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<LearningPathQuery, LearningPathQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"tookMs"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"titleHtml"}},{"kind":"Field","name":{"kind":"Name","value":"snippetHtml"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newestFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"newestFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newestFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionIcsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionIcs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionIcs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SessionIcsQuery, SessionIcsQueryVariables>;
export const SessionMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionMethodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMethodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}}]}}]} as unknown as DocumentNode<SessionMethodsQuery, SessionMethodsQueryVariables>;
export const SessionPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPlanning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionPlanningQuery, SessionPlanningQueryVariables>;
export const SessionLinkOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionLinkOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"communityKnowledge"},"name":{"kind":"Name","value":"knowledgeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"siteKnowledge"},"name":{"kind":"Name","value":"knowledgeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteWide"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}}]}}]}}]} as unknown as DocumentNode<SessionLinkOptionsQuery, SessionLinkOptionsQueryVariables>;
export const SessionCaseTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCaseTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SessionCaseTitleQuery, SessionCaseTitleQueryVariables>;
export const SessionKnowledgeTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionKnowledgeTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SessionKnowledgeTitleQuery, SessionKnowledgeTitleQueryVariables>;
export const SessionInstrumentTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionInstrumentTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SessionInstrumentTitleQuery, SessionInstrumentTitleQueryVariables>;
export const MyAttendedSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAttendedSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendedSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyAttendedSessionsQuery, MyAttendedSessionsQueryVariables>;
export const SessionPollsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPolls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"polls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPollFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPoll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SessionPollsQuery, SessionPollsQueryVariables>;
export const StartSessionPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSessionPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"question"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSessionPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"question"},"value":{"kind":"Variable","name":{"kind":"Name","value":"question"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPoll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StartSessionPollMutation, StartSessionPollMutationVariables>;
export const VoteSessionPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteSessionPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"option"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteSessionPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}}},{"kind":"Argument","name":{"kind":"Name","value":"option"},"value":{"kind":"Variable","name":{"kind":"Name","value":"option"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPoll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VoteSessionPollMutation, VoteSessionPollMutationVariables>;
export const CloseSessionPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSessionPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSessionPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPoll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CloseSessionPollMutation, CloseSessionPollMutationVariables>;
export const PlanSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<PlanSessionMutation, PlanSessionMutationVariables>;
export const UpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const RsvpSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RsvpSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RsvpChoice"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvpSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<RsvpSessionMutation, RsvpSessionMutationVariables>;
export const StartSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<StartSessionMutation, StartSessionMutationVariables>;
export const GoToSessionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GoToSessionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedStateSeq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goToSessionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedStateSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedStateSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}}]}}]}}]} as unknown as DocumentNode<GoToSessionStepMutation, GoToSessionStepMutationVariables>;
export const SaveSessionNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSessionNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseRev"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSessionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseRev"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseRev"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}}]}}]} as unknown as DocumentNode<SaveSessionNoteMutation, SaveSessionNoteMutationVariables>;
export const CloseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcomes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcomes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcomes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"themeCode"}},{"kind":"Field","name":{"kind":"Name","value":"themeText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"participate"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"stepStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateSeq"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"rev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]} as unknown as DocumentNode<CloseSessionMutation, CloseSessionMutationVariables>;
export const LinkSessionLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkSessionLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knowledgeItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSessionLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"knowledgeItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knowledgeItemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lessonItemId"}}]}}]}}]} as unknown as DocumentNode<LinkSessionLessonMutation, LinkSessionLessonMutationVariables>;
export const CreateSessionMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSessionMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSessionMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionMethodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"output"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMethodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionStepFields"}}]}}]}}]} as unknown as DocumentNode<CreateSessionMethodMutation, CreateSessionMethodMutationVariables>;
export const ResetCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetCalendarFeed"}}]}}]} as unknown as DocumentNode<ResetCalendarFeedMutation, ResetCalendarFeedMutationVariables>;