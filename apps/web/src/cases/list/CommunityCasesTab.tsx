import { Button, Group, Stack } from '@mantine/core';
import type { CommunityDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseFilters, NO_CASE_FILTERS, type CaseFilterValues } from './CaseFilters';
import { CaseList } from './CaseList';
import { useCaseList } from './useCaseList';

// The cases of one community, with the same filters as the Casussen page (minus the community).
export function CommunityCasesTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<CaseFilterValues>({ ...NO_CASE_FILTERS, community: community.id });
  const list = useCaseList(filters);
  const filtered = Object.entries(filters).some(([key, value]) => key !== 'community' && value !== '');
  const newCase = community.viewerCan.post ? (
    <Button component={Link} to={`/casussen/nieuw?gemeenschap=${community.id}`} leftSection={<IconPlus size={18} aria-hidden />}>
      {t('cases.new')}
    </Button>
  ) : null;
  return (
    <Stack gap={0}>
      {newCase ? (
        <Group justify="flex-end" mb="md">
          {newCase}
        </Group>
      ) : null}
      <CaseFilters values={filters} onChange={(next) => setFilters((current) => ({ ...current, ...next }))} withCommunity={false} />
      <CaseList
        list={list}
        filtered={filtered}
        onClearFilters={() => setFilters({ ...NO_CASE_FILTERS, community: community.id })}
        emptyText={community.viewerCan.post ? t('cases.emptyTextCommunityCanPost') : t('cases.emptyTextCommunity')}
        emptyAction={newCase}
        showCommunity={false}
      />
    </Stack>
  );
}
