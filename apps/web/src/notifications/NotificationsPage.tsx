import { Button, Group, Paper, Stack, Switch } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { NotificationsDocument } from '@kennislijn/web-graphql';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../communities/common/AsyncSection';
import { LoadMore } from '../communities/common/LoadMore';
import { Page } from '../pages/Page';
import { NotificationItem } from './NotificationItem';
import { useNotificationActions } from './useNotificationActions';

export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: 20, unreadOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { open, markAllRead, markingAll } = useNotificationActions();
  const connection = data?.notifications;
  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
        },
      }),
    });
  return (
    <Page
      title={t('notifications.title')}
      description={t('notifications.intro')}
      actions={
        <Button variant="default" loading={markingAll} disabled={!connection?.unreadCount} onClick={() => void markAllRead()}>
          {t('notifications.markAll')}
        </Button>
      }
    >
      <Group mb="md">
        <Switch label={t('notifications.unreadOnly')} checked={unreadOnly} onChange={(event) => setUnreadOnly(event.currentTarget.checked)} size="md" />
      </Group>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(connection)}
        isEmpty={connection?.edges.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('notifications.loading')}
        emptyIcon={<IconBell size={30} aria-hidden />}
        emptyTitle={t('notifications.emptyTitle')}
        emptyText={t('notifications.empty')}
      >
        <Paper withBorder radius="md" maw={760}>
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notifications.title')}>
            {connection?.edges.map(({ node }) => <NotificationItem key={node.id} notification={node} onOpen={(n) => void open(n)} />)}
          </Stack>
        </Paper>
        <LoadMore hasMore={Boolean(connection?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
      </AsyncSection>
    </Page>
  );
}
