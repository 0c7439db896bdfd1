import { graphql } from './generated';

// Moderation of a community: join requests, reports, bans, invitations and the audit log.

export const ContentPreviewFieldsFragmentDoc = graphql(`
  fragment ContentPreviewFields on ContentPreview {
    type
    id
    excerpt
    hidden
    hiddenReason
    author {
      ...PersonFields
    }
  }
`);

export const InvitationFieldsFragmentDoc = graphql(`
  fragment InvitationFields on Invitation {
    id
    mode
    email
    expiresAt
    createdAt
    uses
    revokedAt
    createdBy {
      ...PersonFields
    }
  }
`);

export const CommunityJoinRequestsDocument = graphql(`
  query CommunityJoinRequests($slug: String!) {
    community(slug: $slug) {
      id
      joinRequests {
        id
        status
        message
        createdAt
        person {
          ...PersonFields
        }
      }
    }
  }
`);

export const DecideJoinRequestDocument = graphql(`
  mutation DecideJoinRequest($id: ID!, $approve: Boolean!, $message: String) {
    decideJoinRequest(id: $id, approve: $approve, message: $message) {
      id
      status
      decisionMessage
      decidedAt
    }
  }
`);

export const CommunityReportsDocument = graphql(`
  query CommunityReports($slug: String!, $status: ReportStatus, $first: Int, $after: String) {
    community(slug: $slug) {
      id
      reports(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
            reason
            createdAt
            reporter {
              ...PersonFields
            }
            content {
              ...ContentPreviewFields
            }
          }
        }
      }
    }
  }
`);

export const HideContentDocument = graphql(`
  mutation HideContent($type: ContentType!, $id: ID!, $reason: String!) {
    hideContent(type: $type, id: $id, reason: $reason) {
      ...ContentPreviewFields
    }
  }
`);

export const RestoreContentDocument = graphql(`
  mutation RestoreContent($type: ContentType!, $id: ID!) {
    restoreContent(type: $type, id: $id) {
      ...ContentPreviewFields
    }
  }
`);

export const DismissReportDocument = graphql(`
  mutation DismissReport($id: ID!) {
    dismissReport(id: $id) {
      id
      status
      resolvedAt
    }
  }
`);

export const CommunityBansDocument = graphql(`
  query CommunityBans($slug: String!) {
    community(slug: $slug) {
      id
      bans {
        reason
        createdAt
        person {
          ...PersonFields
        }
        bannedBy {
          ...PersonFields
        }
      }
    }
  }
`);

export const UnbanMemberDocument = graphql(`
  mutation UnbanMember($communityId: ID!, $userId: ID!) {
    unbanMember(communityId: $communityId, userId: $userId)
  }
`);

export const CommunityInvitationsDocument = graphql(`
  query CommunityInvitations($slug: String!) {
    community(slug: $slug) {
      id
      invitations {
        ...InvitationFields
      }
    }
  }
`);

export const CreateInvitationDocument = graphql(`
  mutation CreateInvitation($communityId: ID!, $mode: InvitationMode, $email: String, $expiresInDays: Int) {
    createInvitation(communityId: $communityId, mode: $mode, email: $email, expiresInDays: $expiresInDays) {
      token
      url
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const CommunityAuditLogDocument = graphql(`
  query CommunityAuditLog($slug: String!, $first: Int, $after: String) {
    community(slug: $slug) {
      id
      auditLog(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            action
            createdAt
            reason
            summary
            actor {
              ...PersonFields
            }
            target {
              ...PersonFields
            }
          }
        }
      }
    }
  }
`);

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      mode
      expiresAt
      communityName
      communitySlug
      communityDescriptionHtml
      visibility
      joinPolicy
      viewerStatus
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!, $message: String) {
    acceptInvitation(token: $token, message: $message) {
      outcome
      communitySlug
    }
  }
`);
