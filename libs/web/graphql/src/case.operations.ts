import { graphql } from './generated';

// Cases (casussen): the list, one case with its responses, the form's reference data, and the mutations.

export const CaseCardFieldsFragmentDoc = graphql(`
  fragment CaseCardFields on Case {
    id
    title
    status
    authorLabel
    authorHidden
    responseCount
    createdAt
    resolvedAt
    hidden
    tags
    community {
      id
      slug
      name
    }
    collaborationForm {
      id
      code
      name
    }
  }
`);

export const CaseResponseFieldsFragmentDoc = graphql(`
  fragment CaseResponseFields on CaseResponse {
    id
    parentId
    body
    bodyHtml
    createdAt
    perspective
    helpfulCount
    viewerMarkedHelpful
    isBest
    hidden
    hiddenReason
    author {
      ...PersonFields
    }
    viewerCan {
      markHelpful
      reply
      report
      hide
    }
  }
`);

export const CaseDetailFieldsFragmentDoc = graphql(`
  fragment CaseDetailFields on Case {
    ...CaseCardFields
    context
    contextHtml
    dilemma
    dilemmaHtml
    tried
    triedHtml
    lessonsLearned
    lessonsLearnedHtml
    allianceAspects
    damourConcepts
    bestResponseId
    hiddenReason
    updatedAt
    author {
      ...PersonFields
    }
    qualifications {
      id
      code
      text
    }
    levels {
      id
      number
      name
    }
    viewerCan {
      edit
      markBest
      moderate
      report
      resolve
      respond
    }
  }
`);

export const CasesDocument = graphql(`
  query Cases(
    $first: Int
    $after: String
    $communityId: ID
    $collaborationForm: String
    $qualification: String
    $level: Int
    $status: CaseStatus
    $tag: String
    $search: String
  ) {
    cases(
      first: $first
      after: $after
      communityId: $communityId
      collaborationForm: $collaborationForm
      qualification: $qualification
      level: $level
      status: $status
      tag: $tag
      search: $search
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CaseCardFields
        }
      }
    }
  }
`);

export const CaseTaxonomyDocument = graphql(`
  query CaseTaxonomy {
    collaborationForms {
      id
      code
      position
      name
    }
    qualifications {
      id
      code
      degree
      number
      text
    }
    levels {
      id
      number
      name
    }
  }
`);

export const MyCommunitiesDocument = graphql(`
  query MyCommunities {
    communities(mine: true, first: 100) {
      edges {
        node {
          id
          slug
          name
          archivedAt
          viewerCan {
            post
          }
        }
      }
    }
  }
`);

export const CaseDocument = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetailFields
      responses {
        ...CaseResponseFields
        replies {
          ...CaseResponseFields
        }
      }
    }
  }
`);

export const CaseRevisionsDocument = graphql(`
  query CaseRevisions($id: ID!) {
    case(id: $id) {
      id
      revisions {
        id
        createdAt
        title
        context
        dilemma
        tried
        lessonsLearned
      }
    }
  }
`);

export const CreateCaseDocument = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const UpdateCaseDocument = graphql(`
  mutation UpdateCase($id: ID!, $input: CaseContentInput!) {
    updateCase(id: $id, input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const ResolveCaseDocument = graphql(`
  mutation ResolveCase($id: ID!, $lessonsLearned: String!, $privacyOverrides: [PrivacyOverrideInput!]) {
    resolveCase(id: $id, lessonsLearned: $lessonsLearned, privacyOverrides: $privacyOverrides) {
      ...CaseDetailFields
    }
  }
`);

export const ReopenCaseDocument = graphql(`
  mutation ReopenCase($id: ID!) {
    reopenCase(id: $id) {
      ...CaseDetailFields
    }
  }
`);

export const RespondToCaseDocument = graphql(`
  mutation RespondToCase($input: RespondInput!) {
    respondToCase(input: $input) {
      id
      parentId
      createdAt
    }
  }
`);

export const MarkResponseHelpfulDocument = graphql(`
  mutation MarkResponseHelpful($id: ID!, $helpful: Boolean!) {
    markResponseHelpful(id: $id, helpful: $helpful) {
      id
      helpfulCount
      viewerMarkedHelpful
    }
  }
`);

export const SetBestResponseDocument = graphql(`
  mutation SetBestResponse($caseId: ID!, $responseId: ID) {
    setBestResponse(caseId: $caseId, responseId: $responseId) {
      id
      bestResponseId
      responses {
        id
        isBest
        replies {
          id
          isBest
        }
      }
    }
  }
`);
