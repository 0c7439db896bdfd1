import { Alert, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { hasErrorCode, ThreadDocument, type ThreadKind } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryErrorState } from '../pages/QueryErrorState';
import { ThreadView } from './ThreadView';

interface DiscussionPanelProps {
  kind: ThreadKind;
  /** The community id (COMMUNITY) or the case id (CASE). */
  subjectId: string;
  /** For the @-mention list (members of this community). */
  communitySlug: string;
  title: string;
}

/** The live discussion of a community or a case: its history, new messages as they come, and a composer. */
export function DiscussionPanel({ kind, subjectId, communitySlug, title }: DiscussionPanelProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ThreadDocument, {
    variables: { kind, subjectId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const thread = data?.thread;

  if (thread) return <ThreadView key={thread.id} thread={thread} communitySlug={communitySlug} title={title} />;
  // A thread the API does not know (yet) for this subject: no panel rather than a broken one.
  if (error && hasErrorCode(error, 'NOT_FOUND')) {
    return kind === 'COMMUNITY' ? (
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
        {t('discussion.noAccess')}
      </Alert>
    ) : null;
  }
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
      </Group>
      {loading || !error ? (
        <LoadingState label={t('discussion.loading')} />
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('discussion.loadFailed')}
          </Text>
          <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
        </>
      )}
    </Paper>
  );
}
