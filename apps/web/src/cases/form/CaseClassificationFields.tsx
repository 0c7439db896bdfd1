import { Checkbox, Group, MultiSelect, Radio, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CaseTaxonomyQuery, Degree } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';
import { ALLIANCE_ASPECTS, DAMOUR_CONCEPTS } from '../common/labels';
import type { CaseFormValues } from './case-form-values';

interface CaseClassificationFieldsProps {
  form: UseFormReturnType<CaseFormValues>;
  taxonomy: CaseTaxonomyQuery;
}

const DEGREES: readonly Degree[] = ['BACHELOR', 'MASTER'];

// How the case links to the learning line: the eight forms of collaboration, the alliance (Bordin),
// D'Amour's concepts, end qualifications and levels, and free tags.
export function CaseClassificationFields({ form, taxonomy }: CaseClassificationFieldsProps) {
  const { t } = useTranslation();
  const forms = [...taxonomy.collaborationForms].sort((a, b) => a.position - b.position);
  const levels = [...taxonomy.levels].sort((a, b) => a.number - b.number);
  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('caseForm.collaborationForm')}
        description={t('caseForm.collaborationFormHint')}
        required
        {...form.getInputProps('collaborationFormCode')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
          {forms.map((f) => (
            <Radio key={f.code} value={f.code} label={f.name} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Checkbox.Group label={t('caseForm.alliance')} description={t('caseForm.allianceHint')} {...form.getInputProps('allianceAspects')}>
        <Group gap="lg" mt="xs">
          {ALLIANCE_ASPECTS.map((aspect) => (
            <Checkbox key={aspect} value={aspect} label={t(`cases.alliance.${aspect}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group label={t('caseForm.damour')} description={t('caseForm.damourHint')} {...form.getInputProps('damourConcepts')}>
        <Group gap="lg" mt="xs">
          {DAMOUR_CONCEPTS.map((concept) => (
            <Checkbox key={concept} value={concept} label={t(`cases.damour.${concept}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <MultiSelect
        label={t('caseForm.qualifications')}
        description={t('caseForm.qualificationsHint')}
        searchable
        clearable
        data={DEGREES.map((degree) => ({
          group: t(`degrees.${degree}`),
          items: taxonomy.qualifications.filter((q) => q.degree === degree).map((q) => ({ value: q.code, label: `${q.code} · ${q.text}` })),
        }))}
        {...form.getInputProps('qualificationCodes')}
      />
      <Checkbox.Group label={t('caseForm.levels')} description={t('caseForm.levelsHint')} {...form.getInputProps('levelNumbers')}>
        <Stack gap="xs" mt="xs">
          {levels.map((level) => (
            <Checkbox key={level.number} value={String(level.number)} label={level.name} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TagsInput label={t('caseForm.tags')} description={t('caseForm.tagsHint')} clearable maxTags={12} {...form.getInputProps('tags')} />
    </Stack>
  );
}
