import { ActionIcon, Button, Fieldset, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { RESPONDENT_KINDS, RESPONDENT_KIND_LABELS } from '@kennislijn/shared-instruments';
import { CreateMonitoringTrackDocument, readApiError, readPrivacyFindings, type RespondentKind } from '@kennislijn/web-graphql';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { useStoredDraft } from '../../forms/useStoredDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { checkTrackForm, labelField, toCreateTrackInput, type RespondentRow, type TrackFormValues } from './track-form';
import { useLocale } from './useLocale';

interface Draft extends TrackFormValues {
  overrides: PrivacyOverrideValue[];
}

const row = (label = '', kind: RespondentKind | '' = ''): RespondentRow => ({ key: crypto.randomUUID(), label, kind });

interface Props {
  instrumentId: string;
  latestVersion: number;
  onCancel: () => void;
}

const ERROR_FIELDS = ['caseCode', 'notes', 'versionNumber', 'splitSpread', 'respondents'];

// Start a track: a published version, a case code (never a name), notes, and the respondents as roles.
export function NewTrackForm({ instrumentId, latestVersion, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const fresh = useCallback(
    (): Draft => ({
      versionNumber: String(latestVersion),
      caseCode: '',
      notes: '',
      respondents: [row()],
      splitSpread: '',
      clientId: crypto.randomUUID(),
      overrides: [],
    }),
    [latestVersion],
  );
  const [draft, setDraft, reset] = useStoredDraft(`kennislijn.draft.track.${instrumentId}`, fresh);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const fields: Record<string, string> = { caseCode: draft.caseCode, notes: draft.notes };
  draft.respondents.forEach((r, i) => (fields[labelField(i)] = r.label));
  const guard = usePrivacyGuard({ fields, overrides: draft.overrides, onOverridesChange: (overrides) => setDraft((d) => ({ ...d, overrides })) });
  const [create, { loading }] = useMutation(CreateMonitoringTrackDocument, { refetchQueries: ['MonitoringTracks'] });

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
    setFormError(null);
  };
  const setRow = (index: number, patch: Partial<RespondentRow>) => {
    setDraft((d) => ({ ...d, respondents: d.respondents.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
    setErrors((e) => ({ ...e, [`respondents.${index}.label`]: '', [`respondents.${index}.kind`]: '', respondents: '' }));
    setFormError(null);
  };
  const message = (key: string | undefined) => (key ? t(`monitoring.newTrack.errors.${key}` as 'monitoring.newTrack.errors.caseCodeRequired') : undefined);

  const submit = async () => {
    setFormError(null);
    const found = checkTrackForm(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('monitoring.newTrack.checkFields'));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      const { data } = await create({ variables: { input: toCreateTrackInput(instrumentId, draft, draft.overrides) } });
      const id = data?.createMonitoringTrack.id;
      reset();
      if (id) void navigate(`/trajecten/${id}`);
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        // The API names a respondent's label "respondents.<i>.label"; the short name is ambiguous, so match on the text.
        guard.setServerFindings(
          findings.map((f) => (f.field === 'label' ? { ...f, field: labelField(Math.max(0, draft.respondents.findIndex((r) => r.label.includes(f.text)))) } : f)),
        );
        setFormError(t('privacy.serverFound'));
        return;
      }
      const api = readApiError(error);
      const placed = Object.fromEntries(Object.entries(api.fieldErrors).filter(([f]) => ERROR_FIELDS.includes(f)));
      if (Object.keys(placed).length > 0) {
        setErrors(placed);
        setFormError(t('monitoring.newTrack.checkFields'));
      } else setFormError(apiErrorMessage(error, t));
    }
  };

  // Local errors are keys; the API's are sentences already.
  const errorOf = (field: string) => {
    const e = errors[field];
    if (!e) return undefined;
    return /^[a-zA-Z]+$/.test(e) ? message(e) : e;
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form
        noValidate
        aria-labelledby="nieuw-traject-titel"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Title order={3} id="nieuw-traject-titel">
            {t('monitoring.newTrack.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('monitoring.newTrack.intro')}
          </Text>
          <FormAlert message={formError} />
          <NativeSelect
            id="traject-versie"
            label={t('monitoring.newTrack.version')}
            description={t('monitoring.newTrack.versionHint')}
            value={draft.versionNumber}
            onChange={(event) => set('versionNumber', event.currentTarget.value)}
            data={Array.from({ length: latestVersion }, (_, i) => latestVersion - i).map((n) => ({
              value: String(n),
              label: n === latestVersion ? t('monitoring.newTrack.versionLatest', { n }) : t('monitoring.version', { n }),
            }))}
            error={errorOf('versionNumber')}
            w={{ base: '100%', sm: 280 }}
          />
          <PrivacyTextField
            guard={guard}
            field="caseCode"
            id="traject-casuscode"
            label={t('monitoring.newTrack.caseCode')}
            description={t('monitoring.newTrack.caseCodeHint')}
            value={draft.caseCode}
            onChange={(v) => set('caseCode', v)}
            error={errorOf('caseCode')}
            required
            singleLine
          />
          <Fieldset legend={t('monitoring.newTrack.respondents')} variant="filled" aria-describedby="respondenten-hint respondenten-fout">
            <Text id="respondenten-hint" size="sm" c="gray.7" mb="sm">
              {t('monitoring.newTrack.respondentsHint')}
            </Text>
            <Stack gap="sm">
              {draft.respondents.map((r, i) => (
                <Group key={r.key} align="flex-start" gap="sm" wrap="wrap" data-respondent-row={i}>
                  <div style={{ flex: '1 1 220px' }}>
                    <PrivacyTextField
                      guard={guard}
                      field={labelField(i)}
                      id={`respondent-${i}-rol`}
                      label={t('monitoring.newTrack.role', { n: i + 1 })}
                      value={r.label}
                      onChange={(v) => setRow(i, { label: v })}
                      error={errorOf(`respondents.${i}.label`)}
                      required
                      singleLine
                    />
                  </div>
                  <NativeSelect
                    id={`respondent-${i}-soort`}
                    label={t('monitoring.newTrack.kind', { n: i + 1 })}
                    value={r.kind}
                    onChange={(event) => setRow(i, { kind: event.currentTarget.value as RespondentKind | '' })}
                    data={[{ value: '', label: t('monitoring.newTrack.chooseKind') }, ...RESPONDENT_KINDS.map((k) => ({ value: k, label: RESPONDENT_KIND_LABELS[k][locale] }))]}
                    error={errorOf(`respondents.${i}.kind`)}
                    required
                    style={{ flex: '1 1 180px' }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    c="gray.8"
                    size="lg"
                    mt={28}
                    aria-label={t('monitoring.newTrack.removeRole', { n: i + 1 })}
                    disabled={draft.respondents.length === 1}
                    onClick={() => setDraft((d) => ({ ...d, respondents: d.respondents.filter((_, j) => j !== i) }))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Text id="respondenten-fout" size="sm" c="red.9">
                {errorOf('respondents') ?? ''}
              </Text>
              <Group>
                <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDraft((d) => ({ ...d, respondents: [...d.respondents, row()] }))} disabled={draft.respondents.length >= 20}>
                  {t('monitoring.newTrack.addRole')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <PrivacyTextField
            guard={guard}
            field="notes"
            id="traject-notities"
            label={t('monitoring.newTrack.notes')}
            description={t('monitoring.newTrack.notesHint')}
            value={draft.notes}
            onChange={(v) => set('notes', v)}
            error={errorOf('notes')}
            minRows={2}
            maxRows={8}
          />
          <TextInput
            id="traject-splitsing"
            label={t('monitoring.newTrack.splitSpread')}
            description={t('monitoring.newTrack.splitSpreadHint')}
            value={draft.splitSpread}
            onChange={(event) => set('splitSpread', event.currentTarget.value)}
            error={errorOf('splitSpread')}
            inputMode="decimal"
            w={{ base: '100%', sm: 440 }}
          />
          <PrivacyBlockedNote id="traject-blokkade" unresolved={guard.unresolved} />
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                reset();
                onCancel();
              }}
            >
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={guard.unresolved > 0} aria-describedby="traject-blokkade">
              {t('monitoring.newTrack.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
