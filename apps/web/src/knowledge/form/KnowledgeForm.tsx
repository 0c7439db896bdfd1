import { Alert, Button, Divider, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { EVIDENCE_LEVELS, KNOWLEDGE_TYPES } from '@kennislijn/shared-domain';
import { hasErrorCode, readApiError, readPrivacyFindings, type KnowledgeTaxonomyQuery } from '@kennislijn/web-graphql';
import { IconDeviceFloppy, IconShieldLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { clearDraft, readDraft, useSessionDraft } from '../../forms/useSessionDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard } from '../../privacy/usePrivacyGuard';
import { SITE_WIDE } from '../common/filters';
import { useKnowledgeLabels } from '../common/labels';
import { CitationFields } from './CitationFields';
import { FindingFields } from './FindingFields';
import { guardedTexts, knowledgeValidators, placeFieldErrors, showsFinding, type KnowledgeFormValues } from './knowledge-form-values';
import { LinkFields } from './LinkFields';

export interface CommunityOption {
  id: string;
  name: string;
}

interface KnowledgeFormProps {
  draftKey: string;
  initial: KnowledgeFormValues;
  taxonomy: KnowledgeTaxonomyQuery;
  /** Create: where it may go (communities, and the general knowledge base for curators). Edit: fixed. */
  communities?: CommunityOption[];
  allowSiteWide?: boolean;
  editing: boolean;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: KnowledgeFormValues) => Promise<void>;
  /** Edit: someone saved a newer revision first (CONFLICT). */
  onConflict?: (values: KnowledgeFormValues) => void;
}

const NOTHING_OMITTED = [] as const;
const BLOCKED_NOTE = 'kennis-blokkade';

function focusFirstInvalid(form: HTMLFormElement | null) {
  // After React has rendered the messages.
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

// The knowledge item form (new and edit): the texts under the live privacy check, the source, the
// finding for research, and the links with the learning line. What is typed stays across a reload.
export function KnowledgeForm(props: KnowledgeFormProps) {
  const { draftKey, initial, taxonomy, communities, allowSiteWide, editing, submitLabel, cancelTo, onSubmit, onConflict } = props;
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<KnowledgeFormValues>({
    initialValues: readDraft(draftKey, initial),
    validate: knowledgeValidators(t, { editing }),
  });
  useSessionDraft(draftKey, form, NOTHING_OMITTED);
  const values = form.getValues();
  const guard = usePrivacyGuard({
    fields: { ...guardedTexts(values, editing), tags: values.tags.join(' · ') },
    overrides: values.privacyOverrides,
    onOverridesChange: (overrides) => form.setFieldValue('privacyOverrides', overrides),
  });

  const submit = async (submitted: KnowledgeFormValues) => {
    setFormError(null);
    if (guard.countNow() > 0) return;
    setBusy(true);
    try {
      await onSubmit(submitted);
      clearDraft(draftKey);
    } catch (error) {
      const findings = readPrivacyFindings(error, { keepPaths: true }).map((f) => ({ ...f, field: f.field.replace(/^tags\.\d+$/, 'tags') }));
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
      } else if (onConflict && hasErrorCode(error, 'CONFLICT')) {
        onConflict(submitted);
      } else {
        const apiError = readApiError(error, { keepPaths: true });
        const { placed, unplaced } = placeFieldErrors(apiError.fieldErrors);
        if (Object.keys(placed).length > 0) {
          form.setErrors(placed);
          setFormError(unplaced.length ? unplaced.join(' ') : t('knowledge.form.fixFields'));
          focusFirstInvalid(formRef.current);
        } else {
          setFormError(apiErrorMessage(error, t));
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const communityOptions = [
    { value: '', label: t('knowledge.form.chooseCommunity') },
    ...(communities ?? []).map((c) => ({ value: c.id, label: c.name })),
    ...(allowSiteWide ? [{ value: SITE_WIDE, label: t('knowledge.form.siteWideOption') }] : []),
  ];
  const tagFindings = guard.findings['tags']?.length ?? 0;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={860}>
      <form ref={formRef} onSubmit={form.onSubmit((v) => void submit(v), () => focusFirstInvalid(formRef.current))} noValidate>
        <Stack gap="lg">
          <Alert variant="light" color="indigo" icon={<IconShieldLock aria-hidden />} title={t('knowledge.form.privacyTitle')}>
            {t('knowledge.form.privacyIntro')}
          </Alert>
          {communities ? (
            <NativeSelect
              id="kennis-waar"
              label={t('knowledge.form.community')}
              description={t('knowledge.form.communityHint')}
              required
              data={communityOptions}
              {...form.getInputProps('communityId')}
            />
          ) : null}
          <Radio.Group label={t('knowledge.form.type')} required {...form.getInputProps('type')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
              {KNOWLEDGE_TYPES.map((type) => (
                <Radio key={type} value={type} label={labels.type(type)} />
              ))}
            </SimpleGrid>
          </Radio.Group>
          <PrivacyTextField
            guard={guard}
            field="title"
            id="kennis-titel"
            label={t('knowledge.form.title')}
            description={t('knowledge.form.titleHint')}
            required
            singleLine
            value={values.title}
            error={form.errors['title']}
            onChange={(value) => form.setFieldValue('title', value)}
            onBlur={() => form.validateField('title')}
          />
          <PrivacyTextField
            guard={guard}
            field="summary"
            id="kennis-samenvatting"
            label={t('knowledge.form.summary')}
            description={t('knowledge.form.summaryHint')}
            required
            minRows={6}
            value={values.summary}
            error={form.errors['summary']}
            onChange={(value) => form.setFieldValue('summary', value)}
            onBlur={() => form.validateField('summary')}
          />
          <Radio.Group label={t('knowledge.form.evidence')} description={t('knowledge.form.evidenceHint')} required {...form.getInputProps('evidenceLevel')}>
            <Stack gap="xs" mt="xs">
              {EVIDENCE_LEVELS.map((level) => (
                <Radio key={level} value={level} label={labels.evidence(level)} description={t(`knowledge.evidenceHints.${level}`)} />
              ))}
            </Stack>
          </Radio.Group>

          <Divider />
          <Title order={2} size="h4">
            {t('knowledge.form.citationSection')}
          </Title>
          <CitationFields form={form} guard={guard} />

          {showsFinding(values.type) ? (
            <>
              <Divider />
              <Title order={2} size="h4">
                {t('knowledge.form.findingSection')}
              </Title>
              <FindingFields form={form} guard={guard} />
            </>
          ) : null}

          <Divider />
          <Stack gap={4}>
            <Title order={2} size="h4">
              {t('knowledge.form.linksSection')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('knowledge.form.linksIntro')}
            </Text>
          </Stack>
          <LinkFields form={form} taxonomy={taxonomy} tagPrivacyError={tagFindings > 0 ? t('knowledge.form.tagPrivacy') : undefined} />
          {editing && (values.caseIds.length > 0 || values.instrumentIds.length > 0) ? (
            <Text size="sm" c="gray.7">
              {t('knowledge.form.linkedKept')}
            </Text>
          ) : null}

          {editing ? (
            <>
              <Divider />
              <PrivacyTextField
                guard={guard}
                field="changeNote"
                id="kennis-wijziging"
                label={t('knowledge.form.changeNote')}
                description={t('knowledge.form.changeNoteHint')}
                required
                minRows={2}
                value={values.changeNote}
                error={form.errors['changeNote']}
                onChange={(value) => form.setFieldValue('changeNote', value)}
              />
            </>
          ) : null}

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
            <Group gap={6} wrap="nowrap">
              <IconDeviceFloppy size={16} aria-hidden />
              <Text size="sm" c="gray.7">
                {t('knowledge.form.draftKept')}
              </Text>
            </Group>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
