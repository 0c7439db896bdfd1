import { Button } from '@mantine/core';
import type { CaseStatus } from '@kennislijn/web-graphql';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../pages/Page';
import { CaseFilters, NO_CASE_FILTERS, type CaseFilterValues } from './CaseFilters';
import { CaseList } from './CaseList';
import { useCaseList } from './useCaseList';

// Filters live in the address, so Back and a shared link keep them.
const PARAMS: Record<keyof CaseFilterValues, string> = {
  community: 'gemeenschap',
  form: 'vorm',
  qualification: 'kwalificatie',
  level: 'niveau',
  status: 'status',
  tag: 'tag',
  search: 'zoek',
};

function useFilterParams(): [CaseFilterValues, (next: Partial<CaseFilterValues>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get(PARAMS.status);
  const values: CaseFilterValues = {
    community: params.get(PARAMS.community) ?? '',
    form: params.get(PARAMS.form) ?? '',
    qualification: params.get(PARAMS.qualification) ?? '',
    level: params.get(PARAMS.level) ?? '',
    status: status === 'OPEN' || status === 'RESOLVED' ? (status as CaseStatus) : '',
    tag: params.get(PARAMS.tag) ?? '',
    search: params.get(PARAMS.search) ?? '',
  };
  const update = (next: Partial<CaseFilterValues>) => {
    const merged = { ...values, ...next };
    const search = new URLSearchParams();
    for (const key of Object.keys(PARAMS) as (keyof CaseFilterValues)[]) {
      if (merged[key]) search.set(PARAMS[key], merged[key]);
    }
    setParams(search, { replace: true });
  };
  return [values, update];
}

export function CasesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useFilterParams();
  const list = useCaseList(filters);
  const filtered = Object.values(filters).some(Boolean);
  const newCase = (
    <Button component={Link} to="/casussen/nieuw" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('cases.new')}
    </Button>
  );
  return (
    <Page title={t('cases.title')} description={t('cases.intro')} actions={newCase}>
      <CaseFilters values={filters} onChange={setFilters} />
      <CaseList list={list} filtered={filtered} onClearFilters={() => setFilters(NO_CASE_FILTERS)} emptyText={t('cases.emptyText')} />
    </Page>
  );
}
