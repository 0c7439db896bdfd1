import { Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { readApiError, RecordTrackResponseDocument, UpdateTrackResponseDocument, type MonitoringTrackQuery } from '@kennislijn/web-graphql';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../communities/common/notify';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { useStoredDraft } from '../../forms/useStoredDraft';
import { PrivacyBlockedNote } from '../../privacy/PrivacyTextField';
import { answeredCount, clearAnswerDraft, draftKey, fromAnswerList } from '../respond/answers';
import { ItemField } from '../respond/ItemField';
import { useAnswersForm } from '../respond/useAnswersForm';
import { following, nextSession } from './track-entry';

export type TrackDetail = MonitoringTrackQuery['monitoringTrack'];
export type TrackResponse = TrackDetail['responses'][number];

interface Meta {
  respondentId: string;
  sessionNumber: number | '';
  sessionDate: string;
  clientId: string;
}

interface Props {
  track: TrackDetail;
  /** Correct this response instead of entering a new one. */
  editing?: TrackResponse;
  onDone?: () => void;
  onCancel?: () => void;
}

// Enter a respondent's answers for a session in the app (or correct a stored response).
export function ResponseForm({ track, editing, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const items = track.version.definition.items;
  const idBase = editing ? `correctie-${editing.id}` : 'invoer';
  const freshMeta = useCallback(
    (): Meta => ({
      respondentId: track.respondents[0]?.id ?? '',
      sessionNumber: track.respondents[0] ? nextSession(track, track.respondents[0].id) : 1,
      sessionDate: editing ? (editing.sessionDate ?? '') : new Date().toISOString().slice(0, 10),
      clientId: crypto.randomUUID(),
    }),
    // Only the first render's suggestion matters; later it is the person's choice.
    [track.id],
  );
  const [meta, setMeta] = useStoredDraft<Meta>(editing ? `kennislijn.draft.response.${editing.id}.meta` : `kennislijn.draft.track.${track.id}.meta`, freshMeta);
  const answersKey = editing ? null : draftKey(`track.${track.id}`);
  const answers = useAnswersForm(items, idBase, answersKey, editing ? fromAnswerList(items, editing.answers) : undefined);
  const [metaErrors, setMetaErrors] = useState<Record<string, string>>({});
  const taken = !editing && track.responses.some((r) => r.respondentId === meta.respondentId && r.sessionNumber === meta.sessionNumber);
  const nothingTyped = answeredCount(items, answers.answers) === 0;
  // A response arrived for the suggested session (e.g. through a link) while nothing was typed yet: suggest the next one.
  useEffect(() => {
    if (taken && nothingTyped) setMeta((m) => ({ ...m, sessionNumber: nextSession(track, m.respondentId) }));
  }, [taken, nothingTyped, track, setMeta]);
  const [formError, setFormError] = useState<string | null>(null);
  const refetch = { refetchQueries: ['MonitoringTrack'], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RecordTrackResponseDocument, refetch);
  const [update, updating] = useMutation(UpdateTrackResponseDocument, refetch);
  const respondent = track.respondents.find((r) => r.id === (editing?.respondentId ?? meta.respondentId));
  const dateValue = meta.sessionDate;

  const submit = async () => {
    setFormError(null);
    const errors: Record<string, string> = {};
    if (!editing) {
      if (!meta.respondentId) errors['respondentId'] = t('monitoring.entry.respondentRequired');
      if (meta.sessionNumber === '' || meta.sessionNumber < 1 || meta.sessionNumber > 1000) errors['sessionNumber'] = t('monitoring.entry.sessionRequired');
    }
    setMetaErrors(errors);
    const itemsOk = answers.validate();
    if (Object.keys(errors).length > 0 || !itemsOk) {
      setFormError(t('monitoring.entry.checkFields'));
      return;
    }
    try {
      if (editing) {
        await update({ variables: { id: editing.id, answers: answers.inputs(), sessionDate: dateValue || null, privacyOverrides: answers.overrides } });
        notifySuccess(t('monitoring.entry.updated'));
      } else {
        await record({
          variables: {
            input: {
              trackId: track.id,
              respondentId: meta.respondentId,
              sessionNumber: Number(meta.sessionNumber),
              sessionDate: meta.sessionDate || null,
              answers: answers.inputs(),
              clientId: meta.clientId,
              privacyOverrides: answers.overrides,
            },
          },
        });
        notifySuccess(t('monitoring.entry.saved', { role: respondent?.label ?? '', n: meta.sessionNumber }));
        if (answersKey) clearAnswerDraft(answersKey);
        answers.replaceAnswers({});
        setMeta((m) => ({ ...m, ...following(track, m.respondentId, Number(m.sessionNumber)), clientId: crypto.randomUUID() }));
      }
      onDone?.();
    } catch (error) {
      const api = readApiError(error);
      const metaPlaced: Record<string, string> = {};
      for (const field of ['respondentId', 'sessionNumber', 'sessionDate']) if (api.fieldErrors[field]) metaPlaced[field] = api.fieldErrors[field];
      if (Object.keys(metaPlaced).length > 0) {
        setMetaErrors(metaPlaced);
        setFormError(api.code === 'CONFLICT' ? null : t('monitoring.entry.checkFields'));
        return;
      }
      const placed = answers.applyError(error);
      if (placed === 'PRIVACY') setFormError(t('privacy.serverFound'));
      else if (placed === 'FIELDS') setFormError(t('monitoring.entry.checkFields'));
      else setFormError(apiErrorMessage(error, t));
    }
  };

  const total = items.length;
  return (
    <form
      noValidate
      aria-label={editing ? t('monitoring.entry.editTitle', { role: respondent?.label ?? '', n: editing.sessionNumber }) : t('monitoring.entry.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <FormAlert message={formError} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          {editing ? (
            <Text fw={600}>{t('monitoring.entry.editing', { role: respondent?.label ?? '', n: editing.sessionNumber })}</Text>
          ) : (
            <>
              <NativeSelect
                id={`${idBase}-respondent`}
                label={t('monitoring.entry.respondent')}
                value={meta.respondentId}
                onChange={(event) => {
                  const respondentId = event.currentTarget.value;
                  setMeta((m) => ({ ...m, respondentId, sessionNumber: respondentId ? nextSession(track, respondentId) : m.sessionNumber }));
                  setMetaErrors({});
                }}
                data={track.respondents.map((r) => ({ value: r.id, label: r.label }))}
                error={metaErrors['respondentId']}
                required
                w={{ base: '100%', xs: 200 }}
              />
              <NumberInput
                id={`${idBase}-sessie`}
                label={t('monitoring.entry.session')}
                value={meta.sessionNumber}
                onChange={(v) => {
                  setMeta((m) => ({ ...m, sessionNumber: typeof v === 'number' ? v : v === '' ? '' : Number(v) || '' }));
                  setMetaErrors((e) => ({ ...e, sessionNumber: '' }));
                }}
                min={1}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                error={metaErrors['sessionNumber'] || (taken ? t('monitoring.entry.taken', { role: respondent?.label ?? '', n: meta.sessionNumber }) : undefined)}
                required
                w={{ base: '100%', xs: 140 }}
              />
            </>
          )}
          <TextInput
            id={`${idBase}-datum`}
            type="date"
            label={t('monitoring.entry.date')}
            value={dateValue}
            onChange={(event) => {
              const sessionDate = event.currentTarget.value;
              setMeta((m) => ({ ...m, sessionDate }));
            }}
            error={metaErrors['sessionDate'] || undefined}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>
        <Text size="sm" c="gray.7">
          {t('monitoring.entry.requiredNote')} {t('monitoring.respond.answered', { answered: answeredCount(items, answers.answers), total })}
        </Text>
        {items.map((item, index) => (
          <ItemField
            key={item.id}
            item={item}
            idBase={idBase}
            index={index}
            total={total}
            value={answers.answers[item.id] ?? null}
            onChange={(v) => answers.setAnswer(item.id, v)}
            error={answers.errors[item.id]}
            guard={answers.guard}
            allowOverride
          />
        ))}
        <PrivacyBlockedNote id={`${idBase}-blokkade`} unresolved={answers.guard.unresolved} />
        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={recording.loading || updating.loading} disabled={answers.guard.unresolved > 0} aria-describedby={`${idBase}-blokkade`}>
            {editing ? t('monitoring.entry.saveChanges') : t('monitoring.entry.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
