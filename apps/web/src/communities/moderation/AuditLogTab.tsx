import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CommunityAuditLogDocument, type CommunityDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../common/AsyncSection';
import { LoadMore } from '../common/LoadMore';
import { PersonName } from '../common/PersonName';
import { useFormat } from '../common/useFormat';

// Who did what, when and why; newest first, 50 per page.
export function AuditLogTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityAuditLogDocument, {
    variables: { slug: community.slug, first: 50 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const log = data?.community.auditLog;
  const loadMore = () =>
    fetchMore({
      variables: { after: log?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        community: {
          ...previous.community,
          auditLog: {
            ...fetchMoreResult.community.auditLog,
            edges: [...previous.community.auditLog.edges, ...fetchMoreResult.community.auditLog.edges],
          },
        },
      }),
    });
  return (
    <Stack gap="md">
      <Text c="gray.7">{t('auditLog.intro')}</Text>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(log)}
        isEmpty={log?.edges.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('auditLog.loading')}
        emptyIcon={<IconHistory size={20} aria-hidden />}
        emptyTitle={t('auditLog.emptyTitle')}
        emptyText={t('auditLog.emptyText')}
      >
        {/* Scrolls sideways on phones; focusable so keyboard users can scroll it too. */}
        <div role="region" aria-label={t('auditLog.tableLabel')} tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table miw={640} striped withTableBorder verticalSpacing="sm" aria-label={t('auditLog.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('auditLog.what')}</Table.Th>
                <Table.Th scope="col">{t('auditLog.who')}</Table.Th>
                <Table.Th scope="col">{t('auditLog.why')}</Table.Th>
                <Table.Th scope="col">{t('auditLog.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log?.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{node.summary}</Table.Td>
                  <Table.Td>
                    <PersonName person={node.actor} size="sm" />
                  </Table.Td>
                  <Table.Td>{node.reason ?? '—'}</Table.Td>
                  <Table.Td>
                    <time dateTime={node.createdAt}>{dateTime(node.createdAt)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
        <LoadMore hasMore={Boolean(log?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
      </AsyncSection>
    </Stack>
  );
}
