import { graphql } from './generated';

// Themed sessions (themasessies): planning, RSVPs and the waiting list, the live room (steps, shared
// notes), closing with outcomes, discussion methods, calendar files and the attendance statement.

export const SessionStepFieldsFragmentDoc = graphql(`
  fragment SessionStepFields on MethodStep {
    key
    title
    actor
    minutes
    prompt
    output
  }
`);

export const SessionCardFieldsFragmentDoc = graphql(`
  fragment SessionCardFields on Session {
    id
    title
    status
    startsAt
    endsAt
    capacity
    themeCode
    themeText
    location
    onlineUrl
    methodName
    communityId
    community {
      id
      slug
      name
    }
    rsvpCounts {
      going
      maybe
      waitlist
    }
    viewerRsvp {
      status
      waitlistPosition
    }
    viewerCan {
      rsvp
      participate
      moderate
    }
  }
`);

export const SessionDetailFieldsFragmentDoc = graphql(`
  fragment SessionDetailFields on Session {
    ...SessionCardFields
    description
    createdAt
    methodId
    currentStep
    stepStartedAt
    stateSeq
    steps {
      ...SessionStepFields
    }
    caseIds
    knowledgeIds
    instrumentIds
    outcomes
    lessonItemId
    threadId
    notes {
      stepKey
      body
      rev
    }
    attendees {
      userId
      displayName
      firstSeenAt
    }
  }
`);

export const SessionMethodFieldsFragmentDoc = graphql(`
  fragment SessionMethodFields on SessionMethod {
    id
    code
    communityId
    name
    summary
    totalMinutes
    steps {
      ...SessionStepFields
    }
  }
`);

export const SessionsDocument = graphql(`
  query Sessions($communityId: ID, $from: DateTime, $to: DateTime, $mine: Boolean, $newestFirst: Boolean, $first: Int) {
    sessions(communityId: $communityId, from: $from, to: $to, mine: $mine, newestFirst: $newestFirst, first: $first) {
      ...SessionCardFields
    }
  }
`);

export const SessionDocument = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const SessionIcsDocument = graphql(`
  query SessionIcs($id: ID!) {
    sessionIcs(id: $id)
  }
`);

export const SessionMethodsDocument = graphql(`
  query SessionMethods($communityId: ID) {
    sessionMethods(communityId: $communityId) {
      ...SessionMethodFields
    }
  }
`);

/** Where the viewer may plan (communities they moderate) and the research themes to choose from. */
export const SessionPlanningDocument = graphql(`
  query SessionPlanning {
    communities(mine: true, first: 100) {
      edges {
        node {
          id
          slug
          name
          archivedAt
          viewerCan {
            moderate
          }
        }
      }
    }
    researchThemes {
      id
      code
      position
      name
    }
  }
`);

/** What a session of one community may link to: its cases, knowledge items it can see, published instruments. */
export const SessionLinkOptionsDocument = graphql(`
  query SessionLinkOptions($communityId: ID!) {
    cases(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
    communityKnowledge: knowledgeItems(communityId: $communityId, first: 200) {
      id
      title
      type
    }
    siteKnowledge: knowledgeItems(siteWide: true, first: 200) {
      id
      title
      type
    }
    instruments(communityId: $communityId) {
      id
      title
      latestVersion
    }
  }
`);

export const SessionCaseTitleDocument = graphql(`
  query SessionCaseTitle($id: ID!) {
    case(id: $id) {
      id
      title
    }
  }
`);

export const SessionKnowledgeTitleDocument = graphql(`
  query SessionKnowledgeTitle($id: ID!) {
    knowledgeItem(id: $id) {
      id
      title
    }
  }
`);

export const SessionInstrumentTitleDocument = graphql(`
  query SessionInstrumentTitle($id: ID!) {
    instrument(id: $id) {
      id
      title
    }
  }
`);

export const MyAttendedSessionsDocument = graphql(`
  query MyAttendedSessions {
    me {
      id
      displayName
    }
    myAttendedSessions {
      id
      title
      startsAt
      endsAt
      methodName
      community {
        id
        name
      }
    }
  }
`);

/** Quick rounds of the live room (counts only, never who voted what). */
export const SessionPollFieldsFragmentDoc = graphql(`
  fragment SessionPollFields on SessionPoll {
    id
    stepKey
    question
    options
    status
    results {
      seq
      counts
      total
    }
    viewerVote
    createdAt
  }
`);

export const SessionPollsDocument = graphql(`
  query SessionPolls($id: ID!) {
    session(id: $id) {
      id
      polls {
        ...SessionPollFields
      }
    }
  }
`);

export const StartSessionPollDocument = graphql(`
  mutation StartSessionPoll($id: ID!, $question: String!, $options: [String!]!, $stepKey: String) {
    startSessionPoll(id: $id, question: $question, options: $options, stepKey: $stepKey) {
      ...SessionPollFields
    }
  }
`);

export const VoteSessionPollDocument = graphql(`
  mutation VoteSessionPoll($pollId: ID!, $option: Int!) {
    voteSessionPoll(pollId: $pollId, option: $option) {
      ...SessionPollFields
    }
  }
`);

export const CloseSessionPollDocument = graphql(`
  mutation CloseSessionPoll($pollId: ID!) {
    closeSessionPoll(pollId: $pollId) {
      ...SessionPollFields
    }
  }
`);

export const PlanSessionDocument = graphql(`
  mutation PlanSession($input: PlanSessionInput!) {
    planSession(input: $input) {
      ...SessionDetailFields
    }
  }
`);

export const UpdateSessionDocument = graphql(`
  mutation UpdateSession($id: ID!, $input: SessionInput!) {
    updateSession(id: $id, input: $input) {
      ...SessionDetailFields
    }
  }
`);

export const CancelSessionDocument = graphql(`
  mutation CancelSession($id: ID!) {
    cancelSession(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const RsvpSessionDocument = graphql(`
  mutation RsvpSession($id: ID!, $status: RsvpChoice!) {
    rsvpSession(id: $id, status: $status) {
      ...SessionDetailFields
    }
  }
`);

export const StartSessionDocument = graphql(`
  mutation StartSession($id: ID!) {
    startSession(id: $id) {
      ...SessionDetailFields
    }
  }
`);

export const GoToSessionStepDocument = graphql(`
  mutation GoToSessionStep($id: ID!, $step: Int!, $expectedStateSeq: Int!) {
    goToSessionStep(id: $id, step: $step, expectedStateSeq: $expectedStateSeq) {
      id
      status
      currentStep
      stepStartedAt
      stateSeq
    }
  }
`);

export const SaveSessionNoteDocument = graphql(`
  mutation SaveSessionNote($id: ID!, $stepKey: String!, $body: String!, $baseRev: Int!) {
    saveSessionNote(id: $id, stepKey: $stepKey, body: $body, baseRev: $baseRev) {
      stepKey
      body
      rev
    }
  }
`);

export const CloseSessionDocument = graphql(`
  mutation CloseSession($id: ID!, $outcomes: String!) {
    closeSession(id: $id, outcomes: $outcomes) {
      ...SessionDetailFields
    }
  }
`);

export const LinkSessionLessonDocument = graphql(`
  mutation LinkSessionLesson($id: ID!, $knowledgeItemId: ID!) {
    linkSessionLesson(id: $id, knowledgeItemId: $knowledgeItemId) {
      id
      lessonItemId
    }
  }
`);

export const CreateSessionMethodDocument = graphql(`
  mutation CreateSessionMethod($communityId: ID!, $input: SessionMethodInput!) {
    createSessionMethod(communityId: $communityId, input: $input) {
      ...SessionMethodFields
    }
  }
`);

export const ResetCalendarFeedDocument = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed
  }
`);
