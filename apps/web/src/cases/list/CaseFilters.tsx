import { Button, Collapse, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { CaseTaxonomyDocument, MyCommunitiesDocument, type CaseStatus, type Degree } from '@kennislijn/web-graphql';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../common/labels';

export interface CaseFilterValues {
  community: string;
  form: string;
  qualification: string;
  level: string;
  status: CaseStatus | '';
  tag: string;
  search: string;
}

export const NO_CASE_FILTERS: CaseFilterValues = { community: '', form: '', qualification: '', level: '', status: '', tag: '', search: '' };

interface CaseFiltersProps {
  values: CaseFilterValues;
  onChange: (next: Partial<CaseFilterValues>) => void;
  /** Inside a community the community filter is fixed. */
  withCommunity?: boolean;
}

const DEGREES: readonly Degree[] = ['BACHELOR', 'MASTER'];

// Without the reference lists the other filters still work; a select then offers "all" only.
export function CaseFilters({ values, onChange, withCommunity = true }: CaseFiltersProps) {
  const { t } = useTranslation();
  const { data: taxonomy } = useQuery(CaseTaxonomyDocument);
  const { data: mine } = useQuery(MyCommunitiesDocument, { skip: !withCommunity });
  const forms = [...(taxonomy?.collaborationForms ?? [])].sort((a, b) => a.position - b.position);
  const qualifications = taxonomy?.qualifications ?? [];
  const levels = [...(taxonomy?.levels ?? [])].sort((a, b) => a.number - b.number);
  const communities = (mine?.communities.edges ?? []).map((edge) => edge.node);
  const active = Object.entries(values).filter(([key, value]) => (withCommunity || key !== 'community') && key !== 'search' && value !== '').length;
  const filtered = active > 0 || values.search !== '';
  // On a phone only the search shows; the other filters open with a button (saying how many are on).
  const clear = filtered ? (
    <Button variant="subtle" size="sm" onClick={() => onChange({ ...NO_CASE_FILTERS, community: withCommunity ? '' : values.community })}>
      {t('cases.filters.clear')}
    </Button>
  ) : null;
  const wide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);

  const search = (
    <TextInput
      type="search"
      label={t('cases.filters.search')}
      placeholder={t('cases.filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={values.search}
      onChange={(event) => onChange({ search: event.currentTarget.value })}
    />
  );
  const others = (
    <>
      {withCommunity ? (
        <NativeSelect
          label={t('cases.filters.community')}
          value={values.community}
          onChange={(event) => onChange({ community: event.currentTarget.value })}
          data={[{ value: '', label: t('cases.filters.allCommunities') }, ...communities.map((c) => ({ value: c.id, label: c.name }))]}
        />
      ) : null}
      <NativeSelect
        label={t('cases.filters.form')}
        value={values.form}
        onChange={(event) => onChange({ form: event.currentTarget.value })}
        data={[{ value: '', label: t('cases.filters.allForms') }, ...forms.map((f) => ({ value: f.code, label: f.name }))]}
      />
      <NativeSelect
        label={t('cases.filters.status')}
        value={values.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as CaseStatus | '' })}
        data={[{ value: '', label: t('cases.filters.allStatuses') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))]}
      />
      <NativeSelect
        label={t('cases.filters.qualification')}
        value={values.qualification}
        onChange={(event) => onChange({ qualification: event.currentTarget.value })}
        data={[
          { value: '', label: t('cases.filters.allQualifications') },
          ...DEGREES.map((degree) => ({
            group: t(`degrees.${degree}`),
            items: qualifications.filter((q) => q.degree === degree).map((q) => ({ value: q.code, label: `${q.code} · ${q.text}` })),
          })),
        ]}
      />
      <NativeSelect
        label={t('cases.filters.level')}
        value={values.level}
        onChange={(event) => onChange({ level: event.currentTarget.value })}
        data={[
          { value: '', label: t('cases.filters.allLevels') },
          ...levels.map((l) => ({ value: String(l.number), label: l.name })),
        ]}
      />
      <TextInput label={t('cases.filters.tag')} placeholder={t('cases.filters.tagPlaceholder')} value={values.tag} onChange={(event) => onChange({ tag: event.currentTarget.value })} />
    </>
  );

  return (
    <Group component="search" aria-label={t('cases.filters.label')} mb="lg" gap="sm" align="flex-end" wrap="wrap">
      {wide ? (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs" w="100%">
          {search}
          {others}
          {clear ? <Group align="flex-end">{clear}</Group> : null}
        </SimpleGrid>
      ) : (
        <>
          <div style={{ width: '100%' }}>{search}</div>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={toggle}
            aria-expanded={opened}
            aria-controls="casus-filters-meer"
          >
            {active > 0 ? t('cases.filters.moreActive', { count: active }) : t('cases.filters.more')}
          </Button>
          <Collapse expanded={opened} w="100%" id="casus-filters-meer">
            <SimpleGrid cols={1} spacing="xs">
              {others}
            </SimpleGrid>
          </Collapse>
          {clear}
        </>
      )}
    </Group>
  );
}
