import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { EditLevelDocument, EditQualificationDocument, LearningLineHistoryDocument, LearningLineTextsDocument, readApiError, readPrivacyFindings } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../communities/common/notify';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import type { LineSubject } from './line-subject';

type Field = 'textNl' | 'textEn' | 'changeNote';
const MIN: Record<Field, number> = { textNl: 10, textEn: 10, changeNote: 5 };

// The texts in one language: the API answers in the request's language, so the dialog asks twice.
// Not cached: the map keeps the texts in the person's own language.
function useTexts(language: 'nl' | 'en') {
  return useQuery(LearningLineTextsDocument, {
    fetchPolicy: 'no-cache',
    context: { headers: { 'accept-language': language }, queryDeduplication: false },
    notifyOnNetworkStatusChange: true,
  });
}

function textOf(data: ReturnType<typeof useTexts>['data'], subject: LineSubject): string {
  if (!data) return '';
  return subject.kind === 'qualification'
    ? (data.qualifications.find((q) => q.code === subject.code)?.text ?? '')
    : (data.levels.find((l) => l.number === subject.number)?.description ?? '');
}

interface LineTextDialogProps {
  subject: LineSubject;
  onClose: () => void;
  onSaved: (subject: LineSubject) => void;
}

export function LineTextDialog({ subject, onClose, onSaved }: LineTextDialogProps) {
  const { t } = useTranslation();
  const nl = useTexts('nl');
  const en = useTexts('en');
  const title = subject.kind === 'qualification' ? t('knowledge.line.editQualificationTitle', { code: subject.code }) : t('knowledge.line.editLevelTitle', { number: subject.number });
  const ready = Boolean(nl.data && en.data);
  const error = nl.error ?? en.error;
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {ready ? (
        <TextForm subject={subject} initialNl={textOf(nl.data, subject)} initialEn={textOf(en.data, subject)} onClose={onClose} onSaved={onSaved} />
      ) : error ? (
        <QueryErrorState
          error={error}
          retrying={nl.loading || en.loading}
          onRetry={() => {
            void nl.refetch();
            void en.refetch();
          }}
        />
      ) : (
        <LoadingState label={t('knowledge.line.loadingTexts')} />
      )}
    </Modal>
  );
}

function TextForm({ subject, initialNl, initialEn, onClose, onSaved }: { subject: LineSubject; initialNl: string; initialEn: string } & Omit<LineTextDialogProps, 'subject'>) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<Field, string>>({ textNl: initialNl, textEn: initialEn, changeNote: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);
  const guard = usePrivacyGuard({ fields: texts, overrides, onOverridesChange: setOverrides });
  const refetchQueries = [{ query: LearningLineHistoryDocument, variables: subject.kind === 'qualification' ? { qualification: subject.code } : { level: subject.number } }];
  const [editQualification, q] = useMutation(EditQualificationDocument, { refetchQueries, awaitRefetchQueries: true });
  const [editLevel, l] = useMutation(EditLevelDocument, { refetchQueries, awaitRefetchQueries: true });
  const unchanged = texts.textNl.trim() === initialNl.trim() && texts.textEn.trim() === initialEn.trim();

  const submit = async () => {
    setFormError(null);
    const found: Partial<Record<Field, string>> = {};
    for (const field of Object.keys(MIN) as Field[]) {
      const length = texts[field].trim().length;
      if (length < MIN[field]) found[field] = length ? t('validation.minLength', { min: MIN[field] }) : t('validation.required');
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    if (unchanged) {
      setFormError(t('knowledge.line.unchanged'));
      return;
    }
    if (guard.countNow() > 0) return;
    const input = { textNl: texts.textNl.trim(), textEn: texts.textEn.trim(), changeNote: texts.changeNote.trim() };
    try {
      if (subject.kind === 'qualification') await editQualification({ variables: { code: subject.code, input } });
      else await editLevel({ variables: { number: subject.number, input } });
      notifySuccess(t('knowledge.line.saved'));
      onSaved(subject);
    } catch (e) {
      const findings = readPrivacyFindings(e, { keepPaths: true });
      if (findings.length) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const apiError = readApiError(e, { keepPaths: true });
      const fieldErrors = Object.fromEntries(Object.entries(apiError.fieldErrors).filter(([k]) => k in MIN)) as Partial<Record<Field, string>>;
      if (Object.keys(fieldErrors).length) setErrors(fieldErrors);
      else setFormError(apiErrorMessage(e, t));
    }
  };

  const field = (name: Field, id: string, rows: number) => (
    <PrivacyTextField
      guard={guard}
      field={name}
      id={id}
      label={t(`knowledge.line.${name}`)}
      description={name === 'changeNote' ? t('knowledge.line.changeNoteHint') : undefined}
      required
      minRows={rows}
      value={texts[name]}
      error={errors[name]}
      onChange={(value) => {
        setTexts((current) => ({ ...current, [name]: value }));
        setErrors((current) => ({ ...current, [name]: undefined }));
      }}
    />
  );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('knowledge.line.editIntro')}</Text>
        {field('textNl', 'leerlijn-tekst-nl', 3)}
        {field('textEn', 'leerlijn-tekst-en', 3)}
        {field('changeNote', 'leerlijn-toelichting', 2)}
        <FormAlert message={formError} />
        <PrivacyBlockedNote id="leerlijn-blokkade" unresolved={guard.unresolved} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={q.loading || l.loading} disabled={guard.unresolved > 0} aria-describedby="leerlijn-blokkade">
            {t('knowledge.line.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
