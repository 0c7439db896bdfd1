import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';

export interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  label: string;
  description?: ReactNode;
  submitLabel: string;
  // A required reason (hide, report, ban) or an optional message (join request, decision).
  required?: boolean;
  danger?: boolean;
  onSubmit: (text: string) => Promise<unknown>;
}

// One dialog for every action that asks "why?" or "any message?"; the typed text survives a failed submit.
export function ReasonDialog({ opened, onClose, title, label, description, submitLabel, required, danger, onSubmit }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setFieldError(null);
    setFormError(null);
    onClose();
  };

  const submit = async () => {
    if (required && !text.trim()) {
      setFieldError(t('validation.reasonRequired'));
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(text.trim());
      setText('');
      close();
    } catch (error) {
      setFormError(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {description ? <Text size="sm">{description}</Text> : null}
          <FormAlert message={formError} />
          <Textarea
            label={label}
            required={required}
            autosize
            minRows={3}
            maxRows={8}
            value={text}
            error={fieldError}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setFieldError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={danger ? 'red' : undefined}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
