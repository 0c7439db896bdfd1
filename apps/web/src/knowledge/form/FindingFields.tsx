import { Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import type { PrivacyGuard } from '../../privacy/usePrivacyGuard';
import type { FindingValues, KnowledgeFormValues } from './knowledge-form-values';

interface FindingFieldsProps {
  form: UseFormReturnType<KnowledgeFormValues>;
  guard: PrivacyGuard;
}

const FIELDS: { name: keyof FindingValues; id: string; rows: number }[] = [
  { name: 'studyDesign', id: 'bevinding-opzet', rows: 2 },
  { name: 'sample', id: 'bevinding-steekproef', rows: 2 },
  { name: 'practiceImplications', id: 'bevinding-praktijk', rows: 4 },
];

// A researcher's finding: how the study was done, with whom, and what it means for practice in plain words.
export function FindingFields({ form, guard }: FindingFieldsProps) {
  const { t } = useTranslation();
  const finding = form.getValues().finding;
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        {t('knowledge.form.findingIntro')}
      </Text>
      {FIELDS.map(({ name, id, rows }) => (
        <PrivacyTextField
          key={name}
          guard={guard}
          field={`finding.${name}`}
          id={id}
          label={t(`knowledge.form.${name}`)}
          description={t(`knowledge.form.${name}Hint`)}
          minRows={rows}
          value={finding[name]}
          error={form.errors[`finding.${name}`]}
          onChange={(value) => form.setFieldValue(`finding.${name}`, value)}
        />
      ))}
    </Stack>
  );
}
