import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { readPrivacyFindings } from '@kennislijn/web-graphql';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard } from '../../privacy/usePrivacyGuard';

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

const NO_OVERRIDES: never[] = [];

// One dialog for every action that asks "why?" or "any message?"; the typed text survives a failed submit.
// The API checks these texts with the privacy guard too (without overrides), so the dialog shows findings live.
export function ReasonDialog({ opened, onClose, title, label, description, submitLabel, required, danger, onSubmit }: ReasonDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const guard = usePrivacyGuard({ fields: { text }, overrides: NO_OVERRIDES, onOverridesChange: () => undefined });

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
    if (guard.countNow() > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(text.trim());
      setText('');
      close();
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) guard.setServerFindings(findings.map((f) => ({ ...f, field: 'text' })));
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
          <PrivacyTextField
            guard={guard}
            field="text"
            id={`reden-${id}`}
            label={label}
            required={required}
            minRows={3}
            maxRows={8}
            value={text}
            error={fieldError}
            allowOverride={false}
            autoFocus
            onChange={(value) => {
              setText(value);
              setFieldError(null);
            }}
          />
          <PrivacyBlockedNote id={`reden-${id}-blokkade`} unresolved={guard.unresolved} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={danger ? 'red' : undefined} disabled={guard.unresolved > 0} aria-describedby={`reden-${id}-blokkade`}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
