import { Button, SimpleGrid, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { CommunitiesDocument } from '@kennislijn/web-graphql';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../pages/Page';
import { AsyncSection } from '../common/AsyncSection';
import { LoadMore } from '../common/LoadMore';
import { CommunityCard } from './CommunityCard';
import { CommunityFilters, type CommunityFilterValues } from './CommunityFilters';

const PAGE_SIZE = 20;

// Filters live in the address (?zoek=&tag=&thema=&mijn=1), so Back and a shared link keep them.
function useFilterParams(): [CommunityFilterValues, (next: Partial<CommunityFilterValues>) => void] {
  const [params, setParams] = useSearchParams();
  const values: CommunityFilterValues = {
    search: params.get('zoek') ?? '',
    tag: params.get('tag') ?? '',
    theme: params.get('thema') ?? '',
    mine: params.get('mijn') === '1',
  };
  const update = (next: Partial<CommunityFilterValues>) => {
    const merged = { ...values, ...next };
    const search = new URLSearchParams();
    if (merged.search) search.set('zoek', merged.search);
    if (merged.tag) search.set('tag', merged.tag);
    if (merged.theme) search.set('thema', merged.theme);
    if (merged.mine) search.set('mijn', '1');
    setParams(search, { replace: true });
  };
  return [values, update];
}

export function CommunitiesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useFilterParams();
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const [tag] = useDebouncedValue(filters.tag.trim(), 300);
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunitiesDocument, {
    variables: {
      first: PAGE_SIZE,
      search: search || undefined,
      tag: tag || undefined,
      theme: filters.theme || undefined,
      mine: filters.mine,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.communities;
  const filtered = Boolean(search || tag || filters.theme || filters.mine);

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        communities: {
          ...fetchMoreResult.communities,
          edges: [...previous.communities.edges, ...fetchMoreResult.communities.edges],
        },
      }),
    });

  return (
    <Page
      title={t('communities.title')}
      description={t('communities.intro')}
      actions={
        <Button component={Link} to="/gemeenschappen/nieuw" leftSection={<IconPlus size={18} aria-hidden />}>
          {t('communities.create.open')}
        </Button>
      }
    >
      <CommunityFilters values={filters} onChange={setFilters} />
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(connection)}
        isEmpty={connection?.edges.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('communities.loading')}
        emptyIcon={<IconUsersGroup size={30} aria-hidden />}
        emptyTitle={filtered ? t('communities.emptyFilteredTitle') : t('communities.emptyTitle')}
        emptyText={filtered ? t('communities.emptyFilteredText') : t('communities.emptyText')}
        emptyAction={
          filtered ? (
            <Button variant="default" onClick={() => setFilters({ search: '', tag: '', theme: '', mine: false })}>
              {t('communities.filters.clear')}
            </Button>
          ) : null
        }
      >
        <Text size="sm" c="gray.7" mb="sm" role="status">
          {t('communities.resultCount', { count: connection?.totalCount ?? 0 })}
        </Text>
        <SimpleGrid
          component="ul"
          cols={{ base: 1, md: 2 }}
          spacing="md"
          aria-label={t('communities.listLabel')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {connection?.edges.map(({ node }) => <CommunityCard key={node.id} community={node} />)}
        </SimpleGrid>
        <LoadMore hasMore={Boolean(connection?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
      </AsyncSection>
    </Page>
  );
}
