import { graphql } from './generated';

// Monitoring instruments: the library of a community, one instrument with its draft (co-editing),
// versions, diffs, comments, and the mutations of the editor.

export const InstrumentCardFieldsFragmentDoc = graphql(`
  fragment InstrumentCardFields on Instrument {
    id
    title
    communityId
    latestVersion
    draftRev
    trackCount
    updatedAt
    authors {
      ...PersonFields
    }
    lineage {
      instrumentId
      title
      versionNumber
      communityName
    }
  }
`);

export const InstrumentDefinitionFieldsFragmentDoc = graphql(`
  fragment InstrumentDefinitionFields on InstrumentDefinition {
    title
    purpose
    purposeHtml
    respondents
    items {
      id
      type
      text
      help
      points
      labels
      options {
        id
        label
        score
      }
      reverse
      subscaleId
      required
    }
    subscales {
      id
      name
      method
    }
    scoring {
      total
      splitSpread
      thresholds {
        id
        scope
        kind
        value
        label
      }
      referenceLines {
        id
        scope
        value
        label
      }
    }
  }
`);

export const InstrumentCommentFieldsFragmentDoc = graphql(`
  fragment InstrumentCommentFields on InstrumentComment {
    id
    itemId
    body
    bodyHtml
    createdAt
    resolvedAt
    author {
      ...PersonFields
    }
  }
`);

export const InstrumentVersionSummaryFieldsFragmentDoc = graphql(`
  fragment InstrumentVersionSummaryFields on InstrumentVersion {
    id
    number
    changelog
    publishedAt
    publishedBy {
      ...PersonFields
    }
  }
`);

export const InstrumentDetailFieldsFragmentDoc = graphql(`
  fragment InstrumentDetailFields on Instrument {
    ...InstrumentCardFields
    createdAt
    community {
      id
      slug
      name
    }
    draft {
      ...InstrumentDefinitionFields
    }
    draftParts {
      part
      rev
      byName
      at
    }
    comments {
      ...InstrumentCommentFields
    }
    versions {
      ...InstrumentVersionSummaryFields
    }
    permissions {
      readDraft
      edit
      comment
      track
      analyse
      fork
    }
  }
`);

export const CommunityInstrumentsDocument = graphql(`
  query CommunityInstruments($communityId: ID!) {
    instruments(communityId: $communityId) {
      ...InstrumentCardFields
    }
  }
`);

export const InstrumentDetailDocument = graphql(`
  query InstrumentDetail($id: ID!) {
    instrument(id: $id) {
      ...InstrumentDetailFields
    }
  }
`);

export const InstrumentVersionDetailDocument = graphql(`
  query InstrumentVersionDetail($instrumentId: ID!, $number: Int!) {
    instrumentVersion(instrumentId: $instrumentId, number: $number) {
      ...InstrumentVersionSummaryFields
      definition {
        ...InstrumentDefinitionFields
      }
    }
  }
`);

export const InstrumentDiffDocument = graphql(`
  query InstrumentDiff($instrumentId: ID!, $from: Int!, $to: Int) {
    instrumentDiff(instrumentId: $instrumentId, from: $from, to: $to) {
      entity
      kind
      id
      field
      before
      after
      label
    }
  }
`);

export const CreateInstrumentDocument = graphql(`
  mutation CreateInstrument($communityId: ID!, $title: String!, $purpose: String!, $privacyOverrides: [PrivacyOverrideInput!]) {
    createInstrument(communityId: $communityId, title: $title, purpose: $purpose, privacyOverrides: $privacyOverrides) {
      ...InstrumentCardFields
    }
  }
`);

export const UpdateInstrumentMetaDocument = graphql(`
  mutation UpdateInstrumentMeta($id: ID!, $expectedRev: Int!, $input: InstrumentMetaInput!, $privacyOverrides: [PrivacyOverrideInput!]) {
    updateInstrumentMeta(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {
      ...InstrumentDetailFields
    }
  }
`);

export const AddInstrumentItemDocument = graphql(`
  mutation AddInstrumentItem($id: ID!, $type: InstrumentItemType!, $afterItemId: String) {
    addInstrumentItem(id: $id, type: $type, afterItemId: $afterItemId) {
      itemId
      instrument {
        ...InstrumentDetailFields
      }
    }
  }
`);

export const UpdateInstrumentItemDocument = graphql(`
  mutation UpdateInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!, $input: InstrumentItemInput!, $privacyOverrides: [PrivacyOverrideInput!]) {
    updateInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {
      ...InstrumentDetailFields
    }
  }
`);

export const RemoveInstrumentItemDocument = graphql(`
  mutation RemoveInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!) {
    removeInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev) {
      ...InstrumentDetailFields
    }
  }
`);

export const MoveInstrumentItemDocument = graphql(`
  mutation MoveInstrumentItem($id: ID!, $itemId: String!, $toIndex: Int!) {
    moveInstrumentItem(id: $id, itemId: $itemId, toIndex: $toIndex) {
      ...InstrumentDetailFields
    }
  }
`);

export const UpdateInstrumentScoringDocument = graphql(`
  mutation UpdateInstrumentScoring($id: ID!, $expectedRev: Int!, $input: ScoringInput!, $privacyOverrides: [PrivacyOverrideInput!]) {
    updateInstrumentScoring(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {
      ...InstrumentDetailFields
    }
  }
`);

export const AddInstrumentAuthorDocument = graphql(`
  mutation AddInstrumentAuthor($id: ID!, $userId: ID!) {
    addInstrumentAuthor(id: $id, userId: $userId) {
      ...InstrumentDetailFields
    }
  }
`);

export const CommentOnInstrumentDocument = graphql(`
  mutation CommentOnInstrument($id: ID!, $itemId: String, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {
    commentOnInstrument(id: $id, itemId: $itemId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {
      ...InstrumentCommentFields
    }
  }
`);

export const ResolveInstrumentCommentDocument = graphql(`
  mutation ResolveInstrumentComment($id: ID!, $resolved: Boolean!) {
    resolveInstrumentComment(id: $id, resolved: $resolved) {
      ...InstrumentCommentFields
    }
  }
`);

export const PublishInstrumentDocument = graphql(`
  mutation PublishInstrument($id: ID!, $changelog: String!, $expectedDraftRev: Int!, $privacyOverrides: [PrivacyOverrideInput!]) {
    publishInstrument(id: $id, changelog: $changelog, expectedDraftRev: $expectedDraftRev, privacyOverrides: $privacyOverrides) {
      ...InstrumentVersionSummaryFields
    }
  }
`);

export const ForkInstrumentDocument = graphql(`
  mutation ForkInstrument($id: ID!, $communityId: ID!, $versionNumber: Int) {
    forkInstrument(id: $id, communityId: $communityId, versionNumber: $versionNumber) {
      ...InstrumentCardFields
    }
  }
`);
