import { graphql } from './generated';

// Dutch search across everything (cases, responses, knowledge, instruments, sessions, communities, messages).

export const SearchDocument = graphql(`
  query Search($input: SearchInput!) {
    search(input: $input) {
      total
      parts
      tookMs
      hits {
        id
        type
        subjectId
        link
        communityId
        communityName
        label
        titleHtml
        snippetHtml
        exact
        createdAt
      }
      facets {
        types {
          value
          label
          count
        }
        communities {
          value
          label
          count
        }
        qualifications {
          value
          label
          count
        }
        levels {
          value
          label
          count
        }
        collaborationForms {
          value
          label
          count
        }
        tags {
          value
          label
          count
        }
        years {
          value
          label
          count
        }
      }
    }
  }
`);
