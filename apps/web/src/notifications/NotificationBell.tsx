import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { NotificationsDocument, UnreadNotificationCountDocument, type NotificationFieldsFragment } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorState } from '../pages/QueryErrorState';
import { useLiveSubscription, useSocketEvent } from '../realtime/hooks';
import { useRealtime } from '../realtime/realtime-context';
import { NotificationItem } from './NotificationItem';
import { useNotificationActions } from './useNotificationActions';

// Live: the socket says when a notification arrives. Only while the socket is down do we poll,
// slowly, as a fallback.
const FALLBACK_POLL_MS = 60_000;

export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { status } = useRealtime();
  const { data: countData, refetch: refetchCount } = useQuery(UnreadNotificationCountDocument, {
    pollInterval: status === 'connected' ? 0 : FALLBACK_POLL_MS,
  });
  const { data, loading, error, refetch } = useQuery(
    NotificationsDocument,
    opened ? { variables: { first: 8 }, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true } : skipToken,
  );
  const { open, markAllRead, markingAll } = useNotificationActions();

  useSocketEvent('notification', () => {
    void refetchCount().catch(() => undefined);
    if (opened) void refetch().catch(() => undefined);
  });
  // After a reconnect: what arrived while we were away.
  useLiveSubscription('notifications', () => void refetchCount().catch(() => undefined));
  const count = countData?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];

  const handleOpen = (notification: NotificationFieldsFragment) => {
    close();
    void open(notification);
  };

  return (
    <Indicator label={count > 9 ? '9+' : count} size={18} disabled={count === 0} offset={6} color="red.9">
      <Popover opened={opened} onChange={(value) => !value && close()} position="bottom-end" width="min(360px, calc(100vw - 16px))" shadow="md" trapFocus withinPortal>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={count > 0 ? t('notifications.bellLabel', { count }) : t('notifications.bellLabelNone')}
          >
            <IconBell size={22} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-label={t('notifications.title')}>
          <Group justify="space-between" px="sm" py="xs">
            <Text fw={700}>{t('notifications.title')}</Text>
            <Button size="xs" variant="subtle" disabled={count === 0} loading={markingAll} onClick={() => void markAllRead()}>
              {t('notifications.markAll')}
            </Button>
          </Group>
          <Divider />
          <div style={{ maxHeight: 420, overflowY: 'auto' }}>
            {!data && loading ? <LoadingState label={t('notifications.loading')} /> : null}
            {!data && error ? <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} /> : null}
            {data && items.length === 0 ? (
              <Text p="md" c="gray.7">
                {t('notifications.empty')}
              </Text>
            ) : null}
            {items.length > 0 ? (
              <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((notification) => (
                  <NotificationItem key={notification.id} notification={notification} onOpen={handleOpen} />
                ))}
              </Stack>
            ) : null}
          </div>
          <Divider />
          <Anchor component={Link} to="/meldingen" onClick={close} display="block" p="sm" ta="center" fw={600}>
            {t('notifications.all')}
          </Anchor>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
