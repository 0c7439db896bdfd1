import { graphql } from './generated';

// Notifications, personal data (export, account deletion) and the development mailbox.

export const NotificationFieldsFragmentDoc = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    createdAt
    readAt
    title
    body
    link
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const MyDataExportDocument = graphql(`
  query MyDataExport {
    myDataExport
  }
`);

export const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

export const DevMailboxDocument = graphql(`
  query DevMailbox($first: Int) {
    devMailbox(first: $first) {
      id
      to
      subject
      text
      createdAt
      status
    }
  }
`);

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      communityId
      communityName
      email
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($communityId: ID!, $email: EmailFrequency!) {
    setNotificationPreference(communityId: $communityId, email: $email) {
      communityId
      communityName
      email
    }
  }
`);
