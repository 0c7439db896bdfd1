import { Alert, Button, Checkbox, Divider, Group, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CaseTaxonomyQuery } from '@kennislijn/web-graphql';
import { readPrivacyFindings } from '@kennislijn/web-graphql';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyApiError } from '../../forms/applyApiError';
import { FormAlert } from '../../forms/FormAlert';
import { clearDraft, readDraft, useSessionDraft } from '../../forms/useSessionDraft';
import { PrivacyBlockedNote } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard } from '../../privacy/usePrivacyGuard';
import { CASE_FIELDS, caseValidators, type CaseFormValues } from './case-form-values';
import { CaseClassificationFields } from './CaseClassificationFields';
import { CaseTextFields } from './CaseTextFields';

export interface CommunityOption {
  id: string;
  name: string;
}

interface CaseFormProps {
  draftKey: string;
  initial: CaseFormValues;
  taxonomy: CaseTaxonomyQuery;
  /** Create: the communities where the viewer may post. Edit: the community is fixed. */
  communities?: CommunityOption[];
  communityName?: string;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: CaseFormValues) => Promise<void>;
}

const NOTHING_OMITTED = [] as const;
const BLOCKED_NOTE = 'casus-blokkade';

// The case template (new and edit): texts under the live privacy check, the classification, and anonymity.
// What is typed is kept across a reload and a failed submit.
export function CaseForm({ draftKey, initial, taxonomy, communities, communityName, submitLabel, cancelTo, onSubmit }: CaseFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<CaseFormValues>({
    initialValues: readDraft(draftKey, initial),
    validate: caseValidators(t),
  });
  useSessionDraft(draftKey, form, NOTHING_OMITTED);
  const values = form.getValues();
  const guard = usePrivacyGuard({
    fields: { title: values.title, context: values.context, dilemma: values.dilemma, tried: values.tried },
    overrides: values.privacyOverrides,
    onOverridesChange: (overrides) => form.setFieldValue('privacyOverrides', overrides),
  });
  const chosenCommunity = communityName ?? communities?.find((c) => c.id === values.communityId)?.name ?? t('caseForm.yourCommunity');

  const submit = async (submitted: CaseFormValues) => {
    setFormError(null);
    if (guard.countNow() > 0) return;
    setBusy(true);
    try {
      await onSubmit(submitted);
      clearDraft(draftKey);
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
      } else {
        setFormError(applyApiError(form, error, t, { fields: CASE_FIELDS }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={820}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="lg">
          <Alert variant="light" color="indigo" icon={<IconShieldLock aria-hidden />} title={t('caseForm.privacyTitle')}>
            {t('caseForm.privacyIntro')}
          </Alert>
          {communities ? (
            <NativeSelect
              label={t('caseForm.community')}
              description={t('caseForm.communityHint')}
              required
              data={[{ value: '', label: t('caseForm.chooseCommunity') }, ...communities.map((c) => ({ value: c.id, label: c.name }))]}
              {...form.getInputProps('communityId')}
            />
          ) : null}
          <CaseTextFields form={form} guard={guard} />
          <Divider />
          <Title order={2} size="h4">
            {t('caseForm.classificationTitle')}
          </Title>
          <CaseClassificationFields form={form} taxonomy={taxonomy} />
          <Divider />
          <Checkbox
            label={t('caseForm.anonymous', { community: chosenCommunity })}
            description={t('caseForm.anonymousRule')}
            {...form.getInputProps('postAnonymously', { type: 'checkbox' })}
          />
          <Stack gap="xs">
            {/* Next to the button, where the person is looking after pressing it. */}
            <FormAlert message={formError} />
            <PrivacyBlockedNote id={BLOCKED_NOTE} unresolved={guard.unresolved} />
            <Group gap="sm">
              <Button type="submit" loading={busy} disabled={guard.unresolved > 0} aria-describedby={BLOCKED_NOTE}>
                {submitLabel}
              </Button>
              <Button variant="default" component={Link} to={cancelTo}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
