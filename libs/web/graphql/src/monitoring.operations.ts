import { graphql } from './generated';

// Monitoring: tracks of a case code with respondents (roles), responses per session, the trend chart
// with signals, personal respondent links (public form), and the researchers' aggregates and export.

export const MonitoringItemFieldsFragmentDoc = graphql(`
  fragment MonitoringItemFields on InstrumentItem {
    id
    type
    text
    help
    points
    labels
    required
    options {
      id
      label
    }
  }
`);

export const MonitoringTrackCardFieldsFragmentDoc = graphql(`
  fragment MonitoringTrackCardFields on MonitoringTrack {
    id
    caseCode
    versionNumber
    closedAt
    createdAt
    canWrite
    respondents {
      id
      label
      kind
      position
    }
    chart {
      sessions
      signals {
        kind
        sessionNumber
      }
    }
  }
`);

export const TrackChartFieldsFragmentDoc = graphql(`
  fragment TrackChartFields on TrackChart {
    scopes {
      id
      name
    }
    series {
      respondentId
      label
      kind
      points {
        sessionNumber
        sessionDate
        scores {
          scope
          value
        }
      }
    }
    sessions
    signals {
      kind
      scope
      sessionNumber
      respondentId
      value
      previous
      spread
      label
      thresholdId
    }
    spreads {
      sessionNumber
      scope
      spread
      minRespondentId
      minValue
      maxRespondentId
      maxValue
      split
    }
    thresholds {
      id
      kind
      label
      scope
      value
    }
    referenceLines {
      id
      label
      scope
      value
    }
    splitSpread
  }
`);

export const TrackResponseFieldsFragmentDoc = graphql(`
  fragment TrackResponseFields on InstrumentResponse {
    id
    respondentId
    sessionNumber
    sessionDate
    source
    total
    createdAt
    updatedAt
    answers {
      itemId
      value
      choice
      text
    }
    scores {
      scope
      value
    }
  }
`);

export const RespondentLinkFieldsFragmentDoc = graphql(`
  fragment RespondentLinkFields on RespondentLink {
    id
    respondentId
    sessionNumber
    status
    expiresAt
    usedAt
    createdAt
  }
`);

export const MonitoringTracksDocument = graphql(`
  query MonitoringTracks($communityId: ID!, $instrumentId: ID) {
    monitoringTracks(communityId: $communityId, instrumentId: $instrumentId) {
      ...MonitoringTrackCardFields
    }
  }
`);

export const MonitoringTrackDocument = graphql(`
  query MonitoringTrack($id: ID!) {
    monitoringTrack(id: $id) {
      id
      caseCode
      notes
      communityId
      instrumentId
      versionNumber
      splitSpread
      closedAt
      createdAt
      canWrite
      createdBy {
        id
        displayName
      }
      instrument {
        id
        title
        community {
          id
          slug
          name
        }
      }
      version {
        id
        number
        definition {
          title
          items {
            ...MonitoringItemFields
          }
        }
      }
      respondents {
        id
        label
        kind
        position
      }
      responses {
        ...TrackResponseFields
      }
      chart {
        ...TrackChartFields
      }
      links {
        ...RespondentLinkFields
      }
    }
  }
`);

export const CreateMonitoringTrackDocument = graphql(`
  mutation CreateMonitoringTrack($input: CreateTrackInput!) {
    createMonitoringTrack(input: $input) {
      id
      caseCode
    }
  }
`);

export const AddTrackRespondentDocument = graphql(`
  mutation AddTrackRespondent($trackId: ID!, $input: RespondentInput!, $privacyOverrides: [PrivacyOverrideInput!]) {
    addTrackRespondent(trackId: $trackId, input: $input, privacyOverrides: $privacyOverrides) {
      id
      label
      kind
      position
    }
  }
`);

export const CloseMonitoringTrackDocument = graphql(`
  mutation CloseMonitoringTrack($id: ID!, $closed: Boolean!) {
    closeMonitoringTrack(id: $id, closed: $closed) {
      id
      closedAt
    }
  }
`);

export const RecordTrackResponseDocument = graphql(`
  mutation RecordTrackResponse($input: RecordResponseInput!) {
    recordResponse(input: $input) {
      ...TrackResponseFields
    }
  }
`);

export const UpdateTrackResponseDocument = graphql(`
  mutation UpdateTrackResponse($id: ID!, $answers: [AnswerInput!]!, $sessionDate: String, $privacyOverrides: [PrivacyOverrideInput!]) {
    updateResponse(id: $id, answers: $answers, sessionDate: $sessionDate, privacyOverrides: $privacyOverrides) {
      ...TrackResponseFields
    }
  }
`);

export const DeleteTrackResponseDocument = graphql(`
  mutation DeleteTrackResponse($id: ID!) {
    deleteResponse(id: $id)
  }
`);

export const CreateRespondentLinkDocument = graphql(`
  mutation CreateRespondentLink($input: CreateRespondentLinkInput!) {
    createRespondentLink(input: $input) {
      token
      path
      link {
        ...RespondentLinkFields
      }
    }
  }
`);

export const RevokeRespondentLinkDocument = graphql(`
  mutation RevokeRespondentLink($id: ID!) {
    revokeRespondentLink(id: $id) {
      ...RespondentLinkFields
    }
  }
`);

export const RespondentFormDocument = graphql(`
  query RespondentForm($token: String!) {
    respondentForm(token: $token) {
      status
      instrumentTitle
      respondentLabel
      sessionNumber
      expiresAt
      items {
        ...MonitoringItemFields
      }
    }
  }
`);

export const SubmitRespondentFormDocument = graphql(`
  mutation SubmitRespondentForm($token: String!, $answers: [AnswerInput!]!) {
    submitRespondentForm(token: $token, answers: $answers)
  }
`);

export const InstrumentAggregateDocument = graphql(`
  query InstrumentAggregate($instrumentId: ID!, $versionNumber: Int) {
    instrumentAggregate(instrumentId: $instrumentId, versionNumber: $versionNumber) {
      versionNumber
      tracks
      responses
      scopes {
        id
        name
      }
      sessions {
        sessionNumber
        tracks
        responses
        scopes {
          scope
          n
          mean
          sd
        }
      }
    }
  }
`);

export const InstrumentExportCsvDocument = graphql(`
  query InstrumentExportCsv($instrumentId: ID!, $versionNumber: Int) {
    instrumentExportCsv(instrumentId: $instrumentId, versionNumber: $versionNumber)
  }
`);
