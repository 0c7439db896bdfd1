import { Button, Collapse, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { KNOWLEDGE_TYPES, THEORY_THEMES, type KnowledgeType, type TheoryTheme } from '@kennislijn/shared-domain';
import type { Degree, KnowledgeTaxonomyQuery } from '@kennislijn/web-graphql';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, NO_KNOWLEDGE_FILTERS, SITE_WIDE, type KnowledgeFilterValues } from '../common/filters';
import { useKnowledgeLabels } from '../common/labels';

interface KnowledgeFiltersProps {
  values: KnowledgeFilterValues;
  onChange: (next: Partial<KnowledgeFilterValues>) => void;
  /** Without the reference lists the selects offer "all" only; the list still works. */
  taxonomy: KnowledgeTaxonomyQuery | undefined;
}

const DEGREES: readonly Degree[] = ['BACHELOR', 'MASTER'];

// The knowledge base's filters. On a phone they fold away behind one button that says how many are on.
export function KnowledgeFilters({ values, onChange, taxonomy }: KnowledgeFiltersProps) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const wide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const active = activeFilterCount(values);
  const qualifications = taxonomy?.qualifications ?? [];
  const levels = [...(taxonomy?.levels ?? [])].sort((a, b) => a.number - b.number);
  const forms = [...(taxonomy?.collaborationForms ?? [])].sort((a, b) => a.position - b.position);
  const themes = [...(taxonomy?.researchThemes ?? [])].sort((a, b) => a.position - b.position);
  const communities = (taxonomy?.communities.edges ?? []).map((e) => e.node);

  const clear =
    active > 0 ? (
      <Button variant="subtle" size="sm" onClick={() => onChange(NO_KNOWLEDGE_FILTERS)}>
        {t('knowledge.filters.clear')}
      </Button>
    ) : null;

  const fields = (
    <>
      <NativeSelect
        id="kennis-filter-soort"
        label={t('knowledge.filters.type')}
        value={values.type}
        onChange={(e) => onChange({ type: e.currentTarget.value as KnowledgeType | '' })}
        data={[{ value: '', label: t('knowledge.filters.allTypes') }, ...KNOWLEDGE_TYPES.map((type) => ({ value: type, label: labels.type(type) }))]}
      />
      <NativeSelect
        id="kennis-filter-kwalificatie"
        label={t('knowledge.filters.qualification')}
        value={values.qualification}
        onChange={(e) => onChange({ qualification: e.currentTarget.value })}
        data={[
          { value: '', label: t('knowledge.filters.allQualifications') },
          ...DEGREES.map((degree) => ({
            group: t(`degrees.${degree}`),
            items: qualifications.filter((q) => q.degree === degree).map((q) => ({ value: q.code, label: `${q.code} · ${q.text}` })),
          })),
        ]}
      />
      <NativeSelect
        id="kennis-filter-niveau"
        label={t('knowledge.filters.level')}
        value={values.level}
        onChange={(e) => onChange({ level: e.currentTarget.value })}
        data={[{ value: '', label: t('knowledge.filters.allLevels') }, ...levels.map((l) => ({ value: String(l.number), label: l.name }))]}
      />
      <NativeSelect
        id="kennis-filter-vorm"
        label={t('knowledge.filters.form')}
        value={values.form}
        onChange={(e) => onChange({ form: e.currentTarget.value })}
        data={[{ value: '', label: t('knowledge.filters.allForms') }, ...forms.map((f) => ({ value: f.code, label: f.name }))]}
      />
      <NativeSelect
        id="kennis-filter-theorie"
        label={t('knowledge.filters.theory')}
        value={values.theory}
        onChange={(e) => onChange({ theory: e.currentTarget.value as TheoryTheme | '' })}
        data={[{ value: '', label: t('knowledge.filters.allTheories') }, ...THEORY_THEMES.map((theme) => ({ value: theme, label: labels.theory(theme) }))]}
      />
      <NativeSelect
        id="kennis-filter-onderzoeksthema"
        label={t('knowledge.filters.research')}
        value={values.research}
        onChange={(e) => onChange({ research: e.currentTarget.value })}
        data={[{ value: '', label: t('knowledge.filters.allResearch') }, ...themes.map((r) => ({ value: r.code, label: r.name }))]}
      />
      <NativeSelect
        id="kennis-filter-waar"
        label={t('knowledge.filters.community')}
        value={values.community}
        onChange={(e) => onChange({ community: e.currentTarget.value })}
        data={[
          { value: '', label: t('knowledge.filters.everywhere') },
          { value: SITE_WIDE, label: t('knowledge.filters.siteWide') },
          ...communities.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <TextInput
        id="kennis-filter-trefwoord"
        label={t('knowledge.filters.tag')}
        placeholder={t('knowledge.filters.tagPlaceholder')}
        value={values.tag}
        onChange={(e) => onChange({ tag: e.currentTarget.value })}
      />
    </>
  );

  return (
    <Group component="search" aria-label={t('knowledge.filters.label')} mb="lg" gap="sm" align="flex-end" wrap="wrap">
      {wide ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs" w="100%">
            {fields}
          </SimpleGrid>
          {clear}
        </>
      ) : (
        <>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={toggle}
            aria-expanded={opened}
            aria-controls="kennis-filters"
          >
            {active > 0 ? t('knowledge.filters.moreActive', { count: active }) : t('knowledge.filters.more')}
          </Button>
          {clear}
          <Collapse expanded={opened} w="100%" id="kennis-filters">
            <SimpleGrid cols={1} spacing="xs">
              {fields}
            </SimpleGrid>
          </Collapse>
        </>
      )}
    </Group>
  );
}
