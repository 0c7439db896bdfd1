import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyKindLabel } from './kind-label';
import type { ShownFinding } from './usePrivacyGuard';

const MIN_REASON = 3;

interface OverrideDialogProps {
  finding: ShownFinding | null;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

// "Geen persoonsgegeven": the author says a finding is a false positive and why; it is recorded with the post.
export function OverrideDialog({ finding, onClose, onConfirm }: OverrideDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  const confirm = () => {
    if (reason.trim().length < MIN_REASON) {
      setError(t('privacy.override.reasonTooShort'));
      return;
    }
    onConfirm(reason.trim());
    close();
  };

  return (
    <Modal opened={finding !== null} onClose={close} title={t('privacy.override.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('privacy.override.text', { kind: finding ? privacyKindLabel(t, finding.kind) : '' })}{' '}
            <mark className="kl-privacy-mark">{finding?.text}</mark>
          </Text>
          <Text size="sm" c="gray.7">
            {t('privacy.override.recorded')}
          </Text>
          <Textarea
            label={t('privacy.override.reason')}
            description={t('privacy.override.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('privacy.override.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
