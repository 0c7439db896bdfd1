import { useMutation } from '@apollo/client/react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  type NotificationFieldsFragment,
} from '@kennislijn/web-graphql';
import { useNavigate } from 'react-router';

const REFETCH = { refetchQueries: ['UnreadNotificationCount', 'Notifications'] };

// Opening a notification marks it read and follows its link (a path inside the app).
export function useNotificationActions() {
  const navigate = useNavigate();
  const [markRead] = useMutation(MarkNotificationsReadDocument, REFETCH);
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadDocument, REFETCH);
  const open = async (notification: NotificationFieldsFragment) => {
    if (!notification.readAt) {
      try {
        await markRead({ variables: { ids: [notification.id] } });
      } catch {
        // Following the link matters more than the read mark; the next poll shows the truth.
      }
    }
    if (notification.link?.startsWith('/')) navigate(notification.link);
  };
  return { open, markAllRead: () => markAll(), markingAll };
}
