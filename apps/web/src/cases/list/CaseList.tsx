import { Button, Stack, Text } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { LoadMore } from '../../communities/common/LoadMore';
import { CaseCard } from './CaseCard';
import type { useCaseList } from './useCaseList';

interface CaseListProps {
  list: ReturnType<typeof useCaseList>;
  filtered: boolean;
  onClearFilters: () => void;
  emptyText: string;
  emptyAction?: ReactNode;
  showCommunity?: boolean;
  headingOrder?: 2 | 3;
}

// The four states of a case list (loading, failed, empty, filled) and "Meer laden".
export function CaseList({ list, filtered, onClearFilters, emptyText, emptyAction, showCommunity, headingOrder = 2 }: CaseListProps) {
  const { t } = useTranslation();
  const { connection, loading, error, refetch, loadMore } = list;
  return (
    <AsyncSection
      loading={loading}
      error={error}
      hasData={Boolean(connection)}
      isEmpty={connection?.edges.length === 0}
      onRetry={() => void refetch()}
      loadingLabel={t('cases.loading')}
      emptyIcon={<IconClipboardText size={30} aria-hidden />}
      emptyTitle={filtered ? t('cases.emptyFilteredTitle') : t('cases.emptyTitle')}
      emptyText={filtered ? t('cases.emptyFilteredText') : emptyText}
      emptyAction={
        filtered ? (
          <Button variant="default" onClick={onClearFilters}>
            {t('cases.filters.clear')}
          </Button>
        ) : (
          emptyAction
        )
      }
      headingOrder={headingOrder}
    >
      <Text size="sm" c="gray.7" mb="sm" role="status">
        {t('cases.resultCount', { count: connection?.totalCount ?? 0 })}
      </Text>
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('cases.listLabel')}>
        {connection?.edges.map(({ node }) => (
          <CaseCard key={node.id} kase={node} showCommunity={showCommunity} headingOrder={headingOrder} />
        ))}
      </Stack>
      <LoadMore hasMore={Boolean(connection?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
    </AsyncSection>
  );
}
