import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CaseDocument, hasErrorCode, type CaseQuery } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconClipboardText, IconEyeOff, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TimeAgo } from '../../communities/common/TimeAgo';
import { DiscussionPanel } from '../../discussions/DiscussionPanel';
import { useSocketEvent } from '../../realtime/hooks';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { CaseStatusBadge } from '../common/labels';
import { CaseActions } from './CaseActions';
import { CaseClassification, CaseSections, LessonsLearned } from './CaseDetails';
import { ResponsesSection } from './ResponsesSection';
import { RevisionsSection } from './RevisionsSection';

export type CaseDetail = CaseQuery['case'];

function CaseNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('casePage.notFound.title')}>
      <EmptyState
        icon={<IconClipboardText size={30} aria-hidden />}
        title={t('casePage.notFound.heading')}
        description={t('casePage.notFound.text')}
        action={
          <Button component={Link} to="/casussen">
            {t('casePage.notFound.back')}
          </Button>
        }
      />
    </Page>
  );
}

function CaseView({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Page title={kase.title} actions={<CaseActions kase={kase} />}>
      <Group gap="md" wrap="wrap" mt={-8} mb="lg">
        <CaseStatusBadge status={kase.status} />
        <Group gap={4} wrap="nowrap">
          <IconUsersGroup size={16} aria-hidden />
          <Anchor component={Link} to={`/gemeenschappen/${kase.community.slug}`} size="sm">
            {kase.community.name}
          </Anchor>
        </Group>
        <Text size="sm" c="gray.7">
          {/* The API words the label: a name, "een lid van …", or the name with "(anoniem voor leden)" for author and moderators. */}
          {t('cases.by', { name: kase.authorLabel })}
        </Text>
        <TimeAgo iso={kase.createdAt} />
      </Group>
      {kase.hidden ? (
        <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden />} mb="lg">
          <Text size="sm" c="gray.9">
            {t('casePage.hiddenBy', { reason: kase.hiddenReason ?? t('feed.noReason') })}
          </Text>
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {kase.status === 'RESOLVED' ? <LessonsLearned kase={kase} /> : null}
            <CaseSections kase={kase} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CaseClassification kase={kase} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ResponsesSection kase={kase} />
            {kase.viewerCan.moderate ? <RevisionsSection caseId={kase.id} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {/* The live discussion beside the responses on wide screens, below them on phones. */}
          <DiscussionPanel kind="CASE" subjectId={kase.id} communitySlug={kase.community.slug} title={t('discussion.caseTitle')} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CaseDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Someone responded, marked a response helpful or resolved the case: read it again (the discussion
  // panel keeps this page in the case thread's room).
  useSocketEvent('subject:changed', (change) => {
    if (change.kind === 'CASE' && change.subjectId === id) void refetch();
  });
  if (error && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) return <CaseNotFound />;
  if (data?.case) return <CaseView kase={data.case} />;
  return (
    <Page title={t('casePage.loadingTitle')}>
      {loading || !error ? (
        <LoadingState label={t('casePage.loading')} />
      ) : (
        <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
      )}
    </Page>
  );
}
