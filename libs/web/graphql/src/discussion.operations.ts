import { graphql } from './generated';

// Discussions: a thread (community channel or case), its history pages, and changes to messages.
// New messages are sent over the socket (message:send); reading history and edits go through here.

export const ThreadFieldsFragmentDoc = graphql(`
  fragment ThreadFields on Thread {
    id
    kind
    subjectId
    communityId
    lastSeq
    lastReadSeq
    unreadCount
    viewerCan {
      post
      moderate
    }
  }
`);

export const MessageFieldsFragmentDoc = graphql(`
  fragment MessageFields on Message {
    id
    threadId
    seq
    eventSeq
    clientId
    body
    bodyHtml
    replyToId
    mentionIds
    createdAt
    editedAt
    deleted
    hidden
    author {
      id
      displayName
      isFormerMember
    }
  }
`);

export const ThreadDocument = graphql(`
  query Thread($kind: ThreadKind!, $subjectId: ID!) {
    thread(kind: $kind, subjectId: $subjectId) {
      ...ThreadFields
    }
  }
`);

export const ThreadMessagesDocument = graphql(`
  query ThreadMessages($threadId: ID!, $last: Int!, $beforeSeq: Int) {
    threadMessages(threadId: $threadId, last: $last, beforeSeq: $beforeSeq) {
      hasMore
      threadSeq
      nodes {
        ...MessageFields
      }
    }
  }
`);

export const EditMessageDocument = graphql(`
  mutation EditMessage($input: EditMessageInput!) {
    editMessage(input: $input) {
      ...MessageFields
    }
  }
`);

export const DeleteMessageDocument = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...MessageFields
    }
  }
`);

export const MarkThreadReadDocument = graphql(`
  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {
    markThreadRead(threadId: $threadId, seq: $seq)
  }
`);

export const MentionCandidatesDocument = graphql(`
  query MentionCandidates($slug: String!, $search: String, $first: Int) {
    community(slug: $slug) {
      id
      members(first: $first, search: $search) {
        edges {
          node {
            person {
              id
              displayName
              isFormerMember
            }
          }
        }
      }
    }
  }
`);
