import { Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import type { PrivacyGuard } from '../../privacy/usePrivacyGuard';
import type { CaseFormValues } from './case-form-values';

interface CaseTextFieldsProps {
  form: UseFormReturnType<CaseFormValues>;
  guard: PrivacyGuard;
}

type TextField = 'title' | 'context' | 'dilemma' | 'tried';

// The template's texts, each checked by the privacy guard while typing, with a short help text.
export function CaseTextFields({ form, guard }: CaseTextFieldsProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const field = (name: TextField, id: string, rows: number, required: boolean) => (
    <PrivacyTextField
      guard={guard}
      field={name}
      id={id}
      label={t(`caseForm.${name}`)}
      description={t(`caseForm.${name}Hint`)}
      required={required}
      singleLine={name === 'title'}
      minRows={rows}
      value={values[name]}
      error={form.errors[name]}
      onChange={(value) => form.setFieldValue(name, value)}
      onBlur={() => required && form.validateField(name)}
    />
  );
  return (
    <Stack gap="lg">
      {field('title', 'casus-titel', 1, true)}
      {field('context', 'casus-context-veld', 5, true)}
      {field('dilemma', 'casus-dilemma-veld', 4, true)}
      {field('tried', 'casus-geprobeerd-veld', 3, false)}
    </Stack>
  );
}
