import { graphql } from './generated';

// The knowledge base (kennisbank) and the living learning line (leerlijn): items with their citation,
// revisions and diff, the qualification × level map, reading paths and the curators' edits of the line.

export const KnowledgeCardFieldsFragmentDoc = graphql(`
  fragment KnowledgeCardFields on KnowledgeItem {
    id
    type
    title
    summary
    evidenceLevel
    updatedAt
    revision
    citation {
      authors
      year
      title
    }
    community {
      id
      slug
      name
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
  }
`);

export const KnowledgeDetailFieldsFragmentDoc = graphql(`
  fragment KnowledgeDetailFields on KnowledgeItem {
    id
    type
    title
    summary
    summaryHtml
    evidenceLevel
    communityId
    createdAt
    updatedAt
    revision
    canEdit
    sourceCaseId
    theoryThemes
    tags
    citation {
      authors
      year
      title
      container
      volume
      issue
      pages
      doi
      url
    }
    finding {
      studyDesign
      sample
      practiceImplications
    }
    community {
      id
      slug
      name
      visibility
    }
    author {
      ...PersonFields
    }
    qualifications {
      id
      code
      degree
      text
    }
    levels {
      id
      number
      name
    }
    collaborationForms {
      id
      code
      name
    }
    researchThemes {
      id
      code
      name
    }
    cases {
      id
      title
    }
    instruments {
      id
      title
    }
    revisions {
      id
      number
      changeNote
      createdAt
      author {
        ...PersonFields
      }
    }
  }
`);

export const KnowledgeItemsDocument = graphql(`
  query KnowledgeItems(
    $communityId: ID
    $siteWide: Boolean
    $type: KnowledgeType
    $qualification: String
    $level: Int
    $collaborationForm: String
    $theoryTheme: TheoryTheme
    $researchTheme: String
    $tag: String
    $first: Int! = 100
  ) {
    knowledgeItems(
      communityId: $communityId
      siteWide: $siteWide
      type: $type
      qualification: $qualification
      level: $level
      collaborationForm: $collaborationForm
      theoryTheme: $theoryTheme
      researchTheme: $researchTheme
      tag: $tag
      first: $first
    ) {
      ...KnowledgeCardFields
    }
  }
`);

export const KnowledgeItemDocument = graphql(`
  query KnowledgeItem($id: ID!) {
    knowledgeItem(id: $id) {
      ...KnowledgeDetailFields
    }
  }
`);

export const KnowledgeDiffDocument = graphql(`
  query KnowledgeDiff($id: ID!, $from: Int!, $to: Int!) {
    knowledgeDiff(id: $id, from: $from, to: $to) {
      field
      before
      after
    }
  }
`);

/** What the filters and the form choose from, and who is asking (curator, own level, own communities). */
export const KnowledgeTaxonomyDocument = graphql(`
  query KnowledgeTaxonomy {
    me {
      id
      level
      isCurator
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
      description
    }
    collaborationForms {
      id
      code
      position
      name
    }
    researchThemes {
      id
      code
      position
      name
    }
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

export const CreateKnowledgeItemDocument = graphql(`
  mutation CreateKnowledgeItem($input: CreateKnowledgeInput!) {
    createKnowledgeItem(input: $input) {
      ...KnowledgeDetailFields
    }
  }
`);

export const UpdateKnowledgeItemDocument = graphql(`
  mutation UpdateKnowledgeItem($id: ID!, $expectedRevision: Int!, $changeNote: String!, $input: KnowledgeContentInput!) {
    updateKnowledgeItem(id: $id, expectedRevision: $expectedRevision, changeNote: $changeNote, input: $input) {
      ...KnowledgeDetailFields
    }
  }
`);

export const LearningLineMapDocument = graphql(`
  query LearningLineMap {
    me {
      id
      level
      isCurator
    }
    learningLineMap {
      qualificationCode
      level
      knowledgeCount
      caseCount
      instrumentCount
      sessionCount
      gap
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
      description
    }
  }
`);

export const LearningLineMapCsvDocument = graphql(`
  query LearningLineMapCsv {
    learningLineMapCsv
  }
`);

export const ReadingPathDocument = graphql(`
  query ReadingPath($level: Int!) {
    readingPath(level: $level) {
      ...KnowledgeCardFields
    }
  }
`);

/** The texts of the line in one language (the request's Accept-Language); read twice (nl, en) to edit them. */
export const LearningLineTextsDocument = graphql(`
  query LearningLineTexts {
    qualifications {
      id
      code
      text
    }
    levels {
      id
      number
      description
    }
  }
`);

export const LearningLineHistoryDocument = graphql(`
  query LearningLineHistory($qualification: String, $level: Int) {
    learningLineHistory(qualification: $qualification, level: $level) {
      id
      number
      beforeNl
      afterNl
      beforeEn
      afterEn
      changeNote
      createdAt
      author {
        ...PersonFields
      }
    }
  }
`);

export const EditQualificationDocument = graphql(`
  mutation EditQualification($code: String!, $input: LearningLineTextInput!) {
    editQualification(code: $code, input: $input) {
      id
      code
      degree
      number
      text
    }
  }
`);

export const EditLevelDocument = graphql(`
  mutation EditLevel($number: Int!, $input: LearningLineTextInput!) {
    editLevel(number: $number, input: $input) {
      id
      number
      name
      description
    }
  }
`);
