import { Checkbox, MultiSelect, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { THEORY_THEMES } from '@kennislijn/shared-domain';
import type { Degree, KnowledgeTaxonomyQuery } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';
import { useKnowledgeLabels } from '../common/labels';
import type { KnowledgeFormValues } from './knowledge-form-values';

interface LinkFieldsProps {
  form: UseFormReturnType<KnowledgeFormValues>;
  taxonomy: KnowledgeTaxonomyQuery;
  /** A finding in a tag (the privacy guard), said on the tags field. */
  tagPrivacyError?: string;
}

const DEGREES: readonly Degree[] = ['BACHELOR', 'MASTER'];

// Where the item sits on the learning line: qualifications, levels, the eight collaboration forms,
// research themes, theory (section 5.4) and free tags. These put it on the map and in reading paths.
export function LinkFields({ form, taxonomy, tagPrivacyError }: LinkFieldsProps) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const levels = [...taxonomy.levels].sort((a, b) => a.number - b.number);
  const forms = [...taxonomy.collaborationForms].sort((a, b) => a.position - b.position);
  const themes = [...taxonomy.researchThemes].sort((a, b) => a.position - b.position);
  const tagsProps = form.getInputProps('tags');
  return (
    <Stack gap="lg">
      <MultiSelect
        id="kennis-kwalificaties"
        label={t('knowledge.form.qualifications')}
        description={t('knowledge.form.qualificationsHint')}
        searchable
        clearable
        hidePickedOptions
        data={DEGREES.map((degree) => ({
          group: t(`degrees.${degree}`),
          items: taxonomy.qualifications.filter((q) => q.degree === degree).map((q) => ({ value: q.code, label: `${q.code} · ${q.text}` })),
        }))}
        {...form.getInputProps('qualificationCodes')}
      />
      <Checkbox.Group label={t('knowledge.form.levels')} description={t('knowledge.form.levelsHint')} {...form.getInputProps('levels')}>
        <Stack gap="xs" mt="xs">
          {levels.map((level) => (
            <Checkbox key={level.number} value={String(level.number)} label={level.name} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group label={t('knowledge.form.forms')} {...form.getInputProps('collaborationFormCodes')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
          {forms.map((f) => (
            <Checkbox key={f.code} value={f.code} label={f.name} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group label={t('knowledge.form.theoryThemes')} description={t('knowledge.form.theoryThemesHint')} {...form.getInputProps('theoryThemes')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
          {THEORY_THEMES.map((theme) => (
            <Checkbox key={theme} value={theme} label={labels.theory(theme)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group label={t('knowledge.form.researchThemes')} {...form.getInputProps('researchThemeCodes')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
          {themes.map((theme) => (
            <Checkbox key={theme.code} value={theme.code} label={theme.name} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <TagsInput
        id="kennis-trefwoorden"
        label={t('knowledge.form.tags')}
        description={t('knowledge.form.tagsHint')}
        clearable
        maxTags={20}
        {...tagsProps}
        error={tagsProps.error ?? tagPrivacyError}
      />
    </Stack>
  );
}
