import { graphql } from './generated';

// Communities: discovery, the community page, its feed and its members.

export const PersonFieldsFragmentDoc = graphql(`
  fragment PersonFields on Person {
    id
    displayName
    role
    organisation
    level
    isFormerMember
  }
`);

export const CommunityCardFieldsFragmentDoc = graphql(`
  fragment CommunityCardFields on Community {
    id
    slug
    name
    description
    tags
    visibility
    joinPolicy
    memberCount
    viewerStatus
    viewerRole
    archivedAt
    researchThemes {
      id
      code
      name
    }
  }
`);

export const CommunityPermissionsFieldsFragmentDoc = graphql(`
  fragment CommunityPermissionsFields on CommunityPermissions {
    read
    edit
    archive
    manageRoles
    join
    requestToJoin
    leave
    post
    moderate
    invite
    createRequestLink
    readMembers
    readAuditLog
    report
  }
`);

export const CommunityDetailFieldsFragmentDoc = graphql(`
  fragment CommunityDetailFields on Community {
    ...CommunityCardFields
    descriptionHtml
    guidelines
    guidelinesHtml
    createdAt
    viewerCan {
      ...CommunityPermissionsFields
    }
    viewerJoinRequest {
      id
      status
    }
  }
`);

export const FeedItemFieldsFragmentDoc = graphql(`
  fragment FeedItemFields on FeedItem {
    id
    type
    createdAt
    pinned
    hidden
    hiddenReason
    actor {
      ...PersonFields
    }
    post {
      id
      body
      bodyHtml
      createdAt
      author {
        ...PersonFields
      }
    }
    case {
      id
      title
    }
    caseResponse {
      id
    }
    instrumentVersion {
      id
      number
      instrumentId
      definition {
        title
      }
    }
    session {
      id
      title
      startsAt
      status
    }
    viewerCan {
      pin
      hide
      report
      delete
    }
  }
`);

export const CommunitiesDocument = graphql(`
  query Communities($first: Int, $after: String, $search: String, $tag: String, $theme: String, $mine: Boolean) {
    communities(first: $first, after: $after, search: $search, tag: $tag, theme: $theme, mine: $mine) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CommunityCardFields
        }
      }
    }
  }
`);

export const ResearchThemesDocument = graphql(`
  query ResearchThemes {
    researchThemes {
      id
      code
      position
      name
    }
  }
`);

export const CommunityDocument = graphql(`
  query Community($slug: String!) {
    community(slug: $slug) {
      ...CommunityDetailFields
    }
  }
`);

export const CommunityFeedDocument = graphql(`
  query CommunityFeed($slug: String!, $first: Int, $after: String) {
    community(slug: $slug) {
      id
      pinnedItems {
        ...FeedItemFields
      }
      feed(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...FeedItemFields
          }
        }
      }
    }
  }
`);

export const CommunityMembersDocument = graphql(`
  query CommunityMembers(
    $slug: String!
    $first: Int
    $after: String
    $search: String
    $profileRole: ProfileRole
    $communityRole: CommunityRole
  ) {
    community(slug: $slug) {
      id
      members(first: $first, after: $after, search: $search, profileRole: $profileRole, communityRole: $communityRole) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            role
            joinedAt
            person {
              ...PersonFields
            }
            viewerCan {
              setRole
              remove
              ban
            }
          }
        }
      }
    }
  }
`);

export const CreateCommunityDocument = graphql(`
  mutation CreateCommunity($input: CommunityInput!) {
    createCommunity(input: $input) {
      ...CommunityDetailFields
    }
  }
`);

export const UpdateCommunityDocument = graphql(`
  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {
    updateCommunity(id: $id, input: $input) {
      ...CommunityDetailFields
    }
  }
`);

export const ArchiveCommunityDocument = graphql(`
  mutation ArchiveCommunity($id: ID!) {
    archiveCommunity(id: $id) {
      ...CommunityDetailFields
    }
  }
`);

export const UnarchiveCommunityDocument = graphql(`
  mutation UnarchiveCommunity($id: ID!) {
    unarchiveCommunity(id: $id) {
      ...CommunityDetailFields
    }
  }
`);

export const JoinCommunityDocument = graphql(`
  mutation JoinCommunity($id: ID!) {
    joinCommunity(id: $id) {
      ...CommunityDetailFields
    }
  }
`);

export const RequestToJoinDocument = graphql(`
  mutation RequestToJoin($id: ID!, $message: String) {
    requestToJoin(id: $id, message: $message) {
      id
      status
    }
  }
`);

export const CancelJoinRequestDocument = graphql(`
  mutation CancelJoinRequest($id: ID!) {
    cancelJoinRequest(id: $id) {
      id
      status
    }
  }
`);

export const LeaveCommunityDocument = graphql(`
  mutation LeaveCommunity($id: ID!) {
    leaveCommunity(id: $id)
  }
`);

export const CreatePostDocument = graphql(`
  mutation CreatePost($communityId: ID!, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {
    createPost(communityId: $communityId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {
      ...FeedItemFields
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const PinFeedItemDocument = graphql(`
  mutation PinFeedItem($id: ID!) {
    pinFeedItem(id: $id) {
      ...FeedItemFields
    }
  }
`);

export const UnpinFeedItemDocument = graphql(`
  mutation UnpinFeedItem($id: ID!) {
    unpinFeedItem(id: $id) {
      ...FeedItemFields
    }
  }
`);

export const ReportContentDocument = graphql(`
  mutation ReportContent($type: ContentType!, $id: ID!, $reason: String!) {
    reportContent(type: $type, id: $id, reason: $reason)
  }
`);

export const SetMemberRoleDocument = graphql(`
  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {
    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {
      role
      joinedAt
      person {
        ...PersonFields
      }
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($communityId: ID!, $userId: ID!, $reason: String) {
    removeMember(communityId: $communityId, userId: $userId, reason: $reason)
  }
`);

export const BanMemberDocument = graphql(`
  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String!) {
    banMember(communityId: $communityId, userId: $userId, reason: $reason) {
      reason
      createdAt
    }
  }
`);
