import { Badge, Blockquote, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityReportsDocument,
  DismissReportDocument,
  HideContentDocument,
  RestoreContentDocument,
  type CommunityDetailFieldsFragment,
  type CommunityReportsQuery,
} from '@kennislijn/web-graphql';
import { IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { AsyncSection } from '../common/AsyncSection';
import { LoadMore } from '../common/LoadMore';
import { notifyError, notifySuccess } from '../common/notify';
import { PersonName } from '../common/PersonName';
import { ReasonDialog } from '../common/ReasonDialog';
import { TimeAgo } from '../common/TimeAgo';
import { ModerationSection } from './ModerationSection';

type Report = CommunityReportsQuery['community']['reports']['edges'][number]['node'];
const REFETCH = { refetchQueries: ['CommunityReports', 'CommunityFeed'] };

function ReportItem({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [hiding, setHiding] = useState(false);
  const [hide] = useMutation(HideContentDocument, REFETCH);
  const [restore, { loading: restoring }] = useMutation(RestoreContentDocument, REFETCH);
  const [dismiss, { loading: dismissing }] = useMutation(DismissReportDocument, REFETCH);
  const { content } = report;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm">
            {t('moderation.reports.reportedBy')} <PersonName person={report.reporter} size="sm" />
          </Text>
          <TimeAgo iso={report.createdAt} />
        </Group>
        <Text>
          <Text component="span" fw={600}>{t('moderation.reports.reason')}: </Text>
          {report.reason}
        </Text>
        {content ? (
          <Blockquote p="sm" color="gray" cite={null}>
            <Stack gap={4}>
              <Text size="sm" c="gray.7">
                {t('moderation.reports.contentBy')} <PersonName person={content.author} size="sm" />
              </Text>
              <Text size="sm">{content.excerpt}</Text>
            </Stack>
          </Blockquote>
        ) : (
          <Text size="sm" c="gray.7">
            {t('moderation.reports.contentGone')}
          </Text>
        )}
        {content?.hidden ? (
          <Badge variant="light" color="gray" c="gray.8" tt="none">
            {t('moderation.reports.isHidden', { reason: content.hiddenReason ?? '' })}
          </Badge>
        ) : null}
        <Group gap="sm">
          {content?.hidden ? (
            <Button
              size="sm"
              variant="default"
              loading={restoring}
              onClick={() => void run(() => restore({ variables: { type: content.type, id: content.id } }), t('feed.menu.restored'))}
            >
              {t('moderation.reports.restore')}
            </Button>
          ) : content ? (
            <Button size="sm" color="red" onClick={() => setHiding(true)}>
              {t('moderation.reports.hide')}
            </Button>
          ) : null}
          <Button
            size="sm"
            variant="default"
            loading={dismissing}
            onClick={() => void run(() => dismiss({ variables: { id: report.id } }), t('moderation.reports.dismissed'))}
          >
            {t('moderation.reports.dismiss')}
          </Button>
        </Group>
      </Stack>
      <ReasonDialog
        opened={hiding}
        onClose={() => setHiding(false)}
        title={t('feed.hideDialog.title')}
        description={t('feed.hideDialog.text')}
        label={t('feed.hideDialog.reason')}
        submitLabel={t('moderation.reports.hide')}
        required
        danger
        onSubmit={async (reason) => {
          if (!content) return;
          await hide({ variables: { type: content.type, id: content.id, reason } });
          notifySuccess(t('feed.menu.hidden'));
        }}
      />
    </Paper>
  );
}

export function ReportsPanel({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityReportsDocument, {
    variables: { slug: community.slug, status: 'OPEN', first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const reports = data?.community.reports;
  const loadMore = () =>
    fetchMore({
      variables: { after: reports?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        community: {
          ...previous.community,
          reports: {
            ...fetchMoreResult.community.reports,
            edges: [...previous.community.reports.edges, ...fetchMoreResult.community.reports.edges],
          },
        },
      }),
    });
  return (
    <ModerationSection id="meldingen-inhoud" title={t('moderation.reports.title')} intro={t('moderation.reports.intro')}>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(reports)}
        isEmpty={reports?.edges.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('moderation.reports.loading')}
        emptyIcon={<IconFlag size={20} aria-hidden />}
        emptyTitle={t('moderation.reports.emptyTitle')}
        emptyText={t('moderation.reports.emptyText')}
        headingOrder={3}
      >
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('moderation.reports.title')}>
          {reports?.edges.map(({ node }) => <ReportItem key={node.id} report={node} />)}
        </Stack>
        <LoadMore hasMore={Boolean(reports?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
      </AsyncSection>
    </ModerationSection>
  );
}
