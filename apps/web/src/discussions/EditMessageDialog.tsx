import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import type { RealtimeMessage } from '@kennislijn/shared-realtime';
import { EditMessageDocument, readApiError, readPrivacyFindings } from '@kennislijn/web-graphql';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { apiErrorMessage } from '../forms/useApiErrorMessage';
import { PrivacyBlockedNote, PrivacyTextField } from '../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../privacy/usePrivacyGuard';
import { fromGraphQL } from './message';

interface EditMessageDialogProps {
  /** The message being edited; null when closed. */
  message: RealtimeMessage | null;
  onClose: () => void;
  onSaved: (message: RealtimeMessage) => void;
}

/** Change the text of your own message; the privacy guard checks it again while you type. */
export function EditMessageDialog({ message, onClose, onSaved }: EditMessageDialogProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [edit, { loading }] = useMutation(EditMessageDocument);
  const guard = usePrivacyGuard({ fields: { body }, overrides, onOverridesChange: setOverrides });

  useEffect(() => {
    if (!message) return;
    setBody(message.body ?? '');
    setOverrides([]);
    setFieldError(null);
    setFormError(null);
  }, [message]);

  const save = async () => {
    if (!message) return;
    if (!body.trim()) {
      setFieldError(t('discussion.composer.required'));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      const { data } = await edit({ variables: { input: { id: message.id, body: body.trim(), privacyOverrides: overrides } } });
      if (data) onSaved(fromGraphQL(data.editMessage));
      onClose();
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const apiError = readApiError(error);
      if (apiError.fieldErrors['body']) setFieldError(apiError.fieldErrors['body']);
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Modal opened={message !== null} onClose={onClose} title={t('discussion.editDialog.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <FormAlert message={formError} />
          <PrivacyTextField
            guard={guard}
            field="body"
            id="bericht-bewerken"
            label={t('discussion.editDialog.label')}
            minRows={3}
            maxRows={10}
            value={body}
            error={fieldError}
            autoFocus
            onChange={(value) => {
              setBody(value);
              setFieldError(null);
            }}
          />
          <PrivacyBlockedNote id="bericht-bewerken-blokkade" unresolved={guard.unresolved} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={guard.unresolved > 0} aria-describedby="bericht-bewerken-blokkade">
              {t('discussion.editDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
