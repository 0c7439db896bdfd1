import { Blockquote, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityJoinRequestsDocument,
  DecideJoinRequestDocument,
  type CommunityDetailFieldsFragment,
  type CommunityJoinRequestsQuery,
} from '@kennislijn/web-graphql';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../common/AsyncSection';
import { notifySuccess } from '../common/notify';
import { PersonName } from '../common/PersonName';
import { ReasonDialog } from '../common/ReasonDialog';
import { TimeAgo } from '../common/TimeAgo';
import { ModerationSection } from './ModerationSection';

type JoinRequest = CommunityJoinRequestsQuery['community']['joinRequests'][number];

function JoinRequestItem({ request }: { request: JoinRequest }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'approve' | 'decline' | null>(null);
  const [decide] = useMutation(DecideJoinRequestDocument, {
    refetchQueries: ['CommunityJoinRequests', 'Community', 'CommunityMembers', 'UnreadNotificationCount'],
  });
  const name = request.person.displayName;
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <PersonName person={request.person} withRole />
          <TimeAgo iso={request.createdAt} />
        </Group>
        {request.person.organisation ? <Text size="sm" c="gray.7">{request.person.organisation}</Text> : null}
        {request.message ? (
          <Blockquote p="sm" color="indigo" cite={null}>
            <Text size="sm">{request.message}</Text>
          </Blockquote>
        ) : (
          <Text size="sm" c="gray.7">{t('moderation.requests.noMessage')}</Text>
        )}
        <Group gap="sm">
          <Button size="sm" onClick={() => setDecision('approve')} aria-label={t('moderation.requests.approveFor', { name })}>
            {t('moderation.requests.approve')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setDecision('decline')} aria-label={t('moderation.requests.declineFor', { name })}>
            {t('moderation.requests.decline')}
          </Button>
        </Group>
      </Stack>
      <ReasonDialog
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision === 'approve' ? t('moderation.requests.approveTitle', { name }) : t('moderation.requests.declineTitle', { name })}
        label={t('moderation.requests.decisionMessage')}
        description={t('moderation.requests.decisionHint')}
        submitLabel={decision === 'approve' ? t('moderation.requests.approve') : t('moderation.requests.decline')}
        onSubmit={async (message) => {
          const approve = decision === 'approve';
          await decide({ variables: { id: request.id, approve, message: message || undefined } });
          notifySuccess(approve ? t('moderation.requests.approved', { name }) : t('moderation.requests.declined', { name }));
        }}
      />
    </Paper>
  );
}

export function JoinRequestsPanel({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CommunityJoinRequestsDocument, {
    variables: { slug: community.slug },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const requests = data?.community.joinRequests;
  return (
    <ModerationSection id="aanvragen" title={t('moderation.requests.title')} intro={t('moderation.requests.intro')}>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(requests)}
        isEmpty={requests?.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('moderation.requests.loading')}
        emptyIcon={<IconInbox size={20} aria-hidden />}
        emptyTitle={t('moderation.requests.emptyTitle')}
        emptyText={t('moderation.requests.emptyText')}
        headingOrder={3}
      >
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('moderation.requests.title')}>
          {requests?.map((request) => <JoinRequestItem key={request.id} request={request} />)}
        </Stack>
      </AsyncSection>
    </ModerationSection>
  );
}
