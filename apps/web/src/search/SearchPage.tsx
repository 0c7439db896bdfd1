import { Anchor, Badge, Box, Button, Checkbox, Collapse, Grid, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { SearchDocument, type SearchQuery } from '@kennislijn/web-graphql';
import { IconAdjustmentsHorizontal, IconSearch, IconZoomQuestion } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AsyncSection } from '../communities/common/AsyncSection';
import { LoadMore } from '../communities/common/LoadMore';
import { useFormat } from '../communities/common/useFormat';
import { Page } from '../pages/Page';
import { activeFilters, FACET_KEYS, parseSearchParams, safeHighlight, searchInput, toSearchParams, type FacetKey, type SearchState } from './search-params';
import './search.css';

const PAGE_SIZE = 20;
type Result = SearchQuery['search'];
type Hit = Result['hits'][number];
type FacetValue = Result['facets']['types'][number];

const FACET_FIELD: Record<FacetKey, Exclude<keyof Result['facets'], '__typename'>> = {
  type: 'types',
  community: 'communities',
  qualification: 'qualifications',
  level: 'levels',
  form: 'collaborationForms',
  tag: 'tags',
};

// One search across everything you may read: cases, responses, knowledge, instruments, sessions,
// communities and messages. Dutch words are matched with their inflections, compounds and typos.
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);
  const update = (next: Partial<SearchState>) => setParams(toSearchParams({ ...state, ...next }), { replace: false });
  const started = Boolean(state.q.trim()) || activeFilters(state) > 0;
  const result = useQuery(SearchDocument, {
    variables: { input: searchInput(state, PAGE_SIZE) },
    skip: !started,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load, the previous results and facets stay (dimmed), so nothing jumps away.
  const data = (result.data ?? result.previousData)?.search;
  const refreshing = result.loading && Boolean(data);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update({ q: text });
  };
  const loadMore = () =>
    result.fetchMore({
      variables: { input: searchInput(state, PAGE_SIZE, data?.hits.length ?? 0) },
      updateQuery: (prev, { fetchMoreResult }) =>
        fetchMoreResult ? { search: { ...fetchMoreResult.search, hits: [...prev.search.hits, ...fetchMoreResult.search.hits] } } : (prev as SearchQuery),
    });

  return (
    <Page title={t('search.title')} description={t('search.intro')}>
      <form role="search" onSubmit={submit} aria-label={t('search.formLabel')}>
        <Group align="flex-end" gap="sm" mb="lg" wrap="nowrap">
          <TextInput
            id="zoekterm"
            type="search"
            label={t('search.fieldLabel')}
            placeholder={t('search.placeholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1 }}
            leftSection={<IconSearch size={16} aria-hidden />}
            data-autofocus
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {!started ? (
        <Stack gap="xs" className="kl-search-hint">
          <Text>{t('search.hint')}</Text>
          <Text size="sm" c="gray.7">
            {t('search.syntax')}
          </Text>
        </Stack>
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 1 }}>
            <SearchFacets state={state} facets={data?.facets} onChange={update} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 2 }}>
            <AsyncSection
              loading={result.loading}
              error={result.error}
              hasData={Boolean(data)}
              isEmpty={data?.total === 0}
              onRetry={() => void result.refetch()}
              loadingLabel={t('search.loading')}
              emptyIcon={<IconZoomQuestion size={30} aria-hidden />}
              emptyTitle={state.q ? t('search.emptyTitle', { q: state.q }) : t('search.emptyFilteredTitle')}
              emptyText={activeFilters(state) > 0 ? t('search.emptyFilteredText') : t('search.emptyText')}
              emptyAction={
                activeFilters(state) > 0 ? (
                  <Button variant="default" onClick={() => update({ type: [], community: [], qualification: [], level: [], form: [], tag: [], year: '' })}>
                    {t('search.clearFilters')}
                  </Button>
                ) : undefined
              }
            >
              <Text size="sm" c="gray.7" mb="sm" role="status">
                {state.q ? t('search.resultCount', { count: data?.total ?? 0, q: state.q }) : t('search.browseCount', { count: data?.total ?? 0 })}
                {data && data.parts.length > 0 ? ` ${t('search.parts', { parts: data.parts.join(', ') })}` : ''}
              </Text>
              <Stack
                component="ol"
                gap="md"
                p={0}
                m={0}
                style={{ listStyle: 'none', opacity: refreshing ? 0.6 : 1 }}
                aria-label={t('search.resultsLabel')}
                aria-busy={refreshing}
              >
                {data?.hits.map((hit) => <SearchHitItem key={hit.id} hit={hit} />)}
              </Stack>
              <LoadMore hasMore={Boolean(data && data.hits.length < data.total && data.hits.length < 1000)} onLoadMore={loadMore} label={t('search.more')} />
            </AsyncSection>
          </Grid.Col>
        </Grid>
      )}
    </Page>
  );
}

function SearchHitItem({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  const format = useFormat();
  // Responses and messages have no title of their own: they are named after their case or thread.
  const titleHtml =
    hit.titleHtml ||
    safeHighlight(escapeText(hit.type === 'RESPONSE' ? t('search.responseTo', { label: hit.label }) : hit.label ? t('search.messageIn', { label: hit.label }) : t('search.message')));
  return (
    <Box component="li" className="kl-search-hit">
      <article>
        <Group gap="xs" mb={4} wrap="wrap">
          <Badge variant="light" radius="sm">
            {typeLabel(hit.type)}
          </Badge>
          <Text size="sm" c="gray.7">
            {hit.communityName ?? t('search.siteWide')} · {format.date(hit.createdAt)}
          </Text>
        </Group>
        <Title order={2} size="h4" fw={600}>
          <Anchor component={Link} to={hit.link} dangerouslySetInnerHTML={{ __html: safeHighlight(titleHtml) }} />
        </Title>
        {hit.snippetHtml ? <Text size="sm" mt={4} className="kl-search-snippet" dangerouslySetInnerHTML={{ __html: safeHighlight(hit.snippetHtml) }} /> : null}
      </article>
    </Box>
  );
}

const TYPE_KEYS = {
  CASE: 'search.types.CASE',
  RESPONSE: 'search.types.RESPONSE',
  KNOWLEDGE_ITEM: 'search.types.KNOWLEDGE_ITEM',
  INSTRUMENT: 'search.types.INSTRUMENT',
  SESSION: 'search.types.SESSION',
  COMMUNITY: 'search.types.COMMUNITY',
  MESSAGE: 'search.types.MESSAGE',
} as const;
function useTypeLabel(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => (type in TYPE_KEYS ? String(t(TYPE_KEYS[type as keyof typeof TYPE_KEYS])) : type);
}

const escapeText = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface SearchFacetsProps {
  state: SearchState;
  facets: Result['facets'] | undefined;
  onChange: (next: Partial<SearchState>) => void;
}

// Facets: each group counts with all other filters applied. On a phone they fold behind one button.
function SearchFacets({ state, facets, onChange }: SearchFacetsProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const active = activeFilters(state);
  const groups = (
    <Stack gap="lg">
      {FACET_KEYS.map((key) => (
        <FacetGroup key={key} name={key} selected={state[key]} values={(facets?.[FACET_FIELD[key]] as FacetValue[] | undefined) ?? []} onChange={(values) => onChange({ [key]: values })} />
      ))}
      <NativeSelect
        id="zoek-filter-jaar"
        label={t('search.facets.year')}
        value={state.year}
        onChange={(e) => onChange({ year: e.currentTarget.value })}
        data={[
          { value: '', label: t('search.allYears') },
          ...mergeSelected(facets?.years ?? [], state.year ? [state.year] : []).map((y) => ({ value: y.value, label: `${y.label} (${y.count})` })),
        ]}
      />
      {active > 0 ? (
        <Button variant="subtle" onClick={() => onChange({ type: [], community: [], qualification: [], level: [], form: [], tag: [], year: '' })}>
          {t('search.clearFilters')}
        </Button>
      ) : null}
    </Stack>
  );
  if (wide) return <aside aria-label={t('search.facetsLabel')}>{groups}</aside>;
  return (
    <aside aria-label={t('search.facetsLabel')}>
      <Button variant="default" leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />} onClick={toggle} aria-expanded={opened} aria-controls="zoekfilters" mb="sm">
        {active > 0 ? t('search.filtersActive', { count: active }) : t('search.filters')}
      </Button>
      <Collapse expanded={opened} id="zoekfilters">
        {groups}
      </Collapse>
    </aside>
  );
}

/** Selected values stay visible (with 0) so they can always be switched off. */
function mergeSelected(values: FacetValue[], selected: string[]): FacetValue[] {
  const missing = selected.filter((s) => !values.some((v) => v.value === s)).map((s) => ({ __typename: 'SearchFacetValue' as const, value: s, label: s, count: 0 }));
  return [...values, ...missing];
}

const FACET_LABELS = {
  type: 'search.facets.type',
  community: 'search.facets.community',
  qualification: 'search.facets.qualification',
  level: 'search.facets.level',
  form: 'search.facets.form',
  tag: 'search.facets.tag',
} as const;

function FacetGroup({ name, selected, values, onChange }: { name: FacetKey; selected: string[]; values: FacetValue[]; onChange: (values: string[]) => void }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  const all = mergeSelected(values, selected);
  if (!all.length) return null;
  return (
    <Checkbox.Group label={t(FACET_LABELS[name])} value={selected} onChange={onChange}>
      <Stack gap={6} mt={6}>
        {all.map((v) => (
          <Checkbox key={v.value} value={v.value} label={`${name === 'type' ? typeLabel(v.value) : v.label} (${v.count})`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
