import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { readApiError, readPrivacyFindings, ResolveCaseDocument } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { notifySuccess } from '../../communities/common/notify';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';

const MIN_LESSONS = 10;

interface ResolveDialogProps {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  /** Set when the case is already resolved and the lessons are being changed. */
  initial?: string;
}

// Resolving asks for the lessons learned (at least 10 characters), checked by the privacy guard like every text.
export function ResolveDialog({ caseId, opened, onClose, initial = '' }: ResolveDialogProps) {
  const { t } = useTranslation();
  const [lessons, setLessons] = useState(initial);
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const guard = usePrivacyGuard({ fields: { lessonsLearned: lessons }, overrides, onOverridesChange: setOverrides });
  const [resolve, { loading }] = useMutation(ResolveCaseDocument);
  const editing = Boolean(initial);

  const submit = async () => {
    setFormError(null);
    if (lessons.trim().length < MIN_LESSONS) {
      setFieldError(t('validation.lessonsTooShort', { min: MIN_LESSONS }));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      await resolve({ variables: { id: caseId, lessonsLearned: lessons.trim(), privacyOverrides: overrides } });
      notifySuccess(editing ? t('casePage.resolve.updated') : t('casePage.resolve.done'));
      onClose();
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const apiError = readApiError(error);
      if (apiError.fieldErrors['lessonsLearned']) setFieldError(apiError.fieldErrors['lessonsLearned']);
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('casePage.resolve.editTitle') : t('casePage.resolve.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('casePage.resolve.text')}</Text>
          <FormAlert message={formError} />
          <PrivacyTextField
            guard={guard}
            field="lessonsLearned"
            id="geleerde-lessen"
            label={t('casePage.resolve.lessons')}
            description={t('casePage.resolve.lessonsHint')}
            required
            value={lessons}
            error={fieldError}
            minRows={4}
            onChange={(value) => {
              setLessons(value);
              setFieldError(null);
            }}
          />
          <PrivacyBlockedNote id="opgelost-blokkade" unresolved={guard.unresolved} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={guard.unresolved > 0} aria-describedby="opgelost-blokkade">
              {editing ? t('casePage.resolve.save') : t('casePage.resolve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
