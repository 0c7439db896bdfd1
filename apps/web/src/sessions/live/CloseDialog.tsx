import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CloseSessionDocument } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard } from '../../privacy/usePrivacyGuard';
import { forgetSessionLists } from '../common/cache';

const MIN_OUTCOMES = 10;
const NO_OVERRIDES: never[] = [];

interface CloseDialogProps {
  sessionId: string;
  opened: boolean;
  onClose: () => void;
}

// Closing a session asks what it brought: the outcomes stay with the session (and can become a lesson learned).
export function CloseDialog({ sessionId, opened, onClose }: CloseDialogProps) {
  const { t } = useTranslation();
  const [outcomes, setOutcomes] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseSessionDocument, { update: forgetSessionLists });
  const guard = usePrivacyGuard({ fields: { outcomes }, overrides: NO_OVERRIDES, onOverridesChange: () => undefined });

  const submit = async () => {
    setError(null);
    if (outcomes.trim().length < MIN_OUTCOMES) {
      setFieldError(t('sessions.close.outcomesRequired'));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      await close({ variables: { id: sessionId, outcomes: outcomes.trim() } });
      onClose();
    } catch (e) {
      setError(apiErrorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('sessions.close.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('sessions.close.intro')}</Text>
        <PrivacyTextField
          guard={guard}
          field="outcomes"
          id="sessie-uitkomsten"
          label={t('sessions.close.outcomes')}
          description={t('sessions.close.outcomesHint')}
          required
          minRows={5}
          allowOverride={false}
          autoFocus
          value={outcomes}
          error={fieldError}
          onChange={(value) => {
            setOutcomes(value);
            setFieldError(null);
          }}
        />
        <FormAlert message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={loading} disabled={guard.unresolved > 0} onClick={() => void submit()}>
            {t('sessions.close.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
