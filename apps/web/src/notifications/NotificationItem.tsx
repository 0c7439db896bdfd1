import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { NotificationFieldsFragment } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';
import { TimeAgo } from '../communities/common/TimeAgo';

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  onOpen: (notification: NotificationFieldsFragment) => void;
}

export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const unread = !notification.readAt;
  return (
    <li>
      <UnstyledButton
        onClick={() => onOpen(notification)}
        w="100%"
        p="sm"
        className="kl-notification"
        data-unread={unread || undefined}
      >
        <Stack gap={2}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Text fw={unread ? 700 : 500} size="sm">
              {notification.title}
            </Text>
            {unread ? (
              <Badge size="sm" variant="filled" style={{ flexShrink: 0 }}>
                {t('notifications.new')}
              </Badge>
            ) : null}
          </Group>
          {notification.body ? (
            <Text size="sm" c="gray.8" lineClamp={3}>
              {notification.body}
            </Text>
          ) : null}
          <TimeAgo iso={notification.createdAt} size="xs" />
        </Stack>
      </UnstyledButton>
    </li>
  );
}
