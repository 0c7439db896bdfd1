import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { KnowledgeItemsDocument, KnowledgeTaxonomyDocument } from '@kennislijn/web-graphql';
import { IconBooks, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { Page } from '../../pages/Page';
import { activeFilterCount, knowledgeFilterSearch, knowledgeListVariables, NO_KNOWLEDGE_FILTERS, parseKnowledgeFilters, type KnowledgeFilterValues } from '../common/filters';
import { KnowledgeCard } from './KnowledgeCard';
import { KnowledgeFilters } from './KnowledgeFilters';
import '../knowledge.css';

const PAGE_SIZE = 100;

/** Who may add an item: a member of an active community, or a curator (the general knowledge base). */
export function useCanAddKnowledge() {
  const taxonomy = useQuery(KnowledgeTaxonomyDocument, { fetchPolicy: 'cache-and-network' });
  const data = taxonomy.data;
  const canAdd = Boolean(data && (data.me.isCurator || data.communities.edges.some((e) => e.node.viewerCan.post && !e.node.archivedAt)));
  return { taxonomy, canAdd };
}

// The knowledge base: everything you may read (general, public communities, your own), filtered by
// kind, learning line, theory and where it lives. The filters live in the address.
export function KnowledgeBasePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseKnowledgeFilters(params), [params]);
  const setFilters = (next: Partial<KnowledgeFilterValues>) => {
    const merged = { ...filters, ...next };
    setParams(new URLSearchParams(knowledgeFilterSearch(merged)), { replace: true });
  };
  const { taxonomy, canAdd } = useCanAddKnowledge();
  // Typing a tag waits for a pause before asking the server.
  const [tag] = useDebouncedValue(filters.tag, 300);
  const list = useQuery(KnowledgeItemsDocument, {
    variables: { ...knowledgeListVariables({ ...filters, tag }), first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const items = list.data?.knowledgeItems;
  const filtered = activeFilterCount(filters) > 0;
  const newItem = canAdd ? (
    <Button
      component={Link}
      // Filtered on one community (or the general knowledge base): the new item starts there.
      to={`/kennisbank/nieuw${filters.community ? knowledgeFilterSearch({ community: filters.community }) : ''}`}
      leftSection={<IconPlus size={18} aria-hidden />}
    >
      {t('knowledge.new')}
    </Button>
  ) : null;

  return (
    <Page title={t('knowledge.title')} description={t('knowledge.intro')} actions={newItem}>
      <KnowledgeFilters values={filters} onChange={setFilters} taxonomy={taxonomy.data} />
      <AsyncSection
        loading={list.loading}
        error={list.error}
        hasData={Boolean(items)}
        isEmpty={items?.length === 0}
        onRetry={() => void list.refetch()}
        loadingLabel={t('knowledge.loading')}
        emptyIcon={<IconBooks size={30} aria-hidden />}
        emptyTitle={filtered ? t('knowledge.emptyFilteredTitle') : t('knowledge.emptyTitle')}
        emptyText={filtered ? t('knowledge.emptyFilteredText') : canAdd ? t('knowledge.emptyText') : t('knowledge.emptyTextReader')}
        emptyAction={
          filtered ? (
            <Button variant="default" onClick={() => setFilters(NO_KNOWLEDGE_FILTERS)}>
              {t('knowledge.filters.clear')}
            </Button>
          ) : (
            newItem
          )
        }
      >
        <Text size="sm" c="gray.7" mb="sm" role="status">
          {items && items.length >= PAGE_SIZE ? t('knowledge.limitNote', { count: PAGE_SIZE }) : t('knowledge.resultCount', { count: items?.length ?? 0 })}
        </Text>
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('knowledge.listLabel')}>
          {items?.map((item) => (
            <KnowledgeCard key={item.id} item={item} />
          ))}
        </Stack>
      </AsyncSection>
    </Page>
  );
}
