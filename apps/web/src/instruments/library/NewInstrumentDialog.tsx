import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CreateInstrumentDocument, readPrivacyFindings } from '@kennislijn/web-graphql';
import { TITLE_MIN } from '@kennislijn/shared-instruments';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../communities/common/notify';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { useStoredDraft } from '../../forms/useStoredDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { readFieldErrors } from '../common/errors';

interface NewInstrumentDialogProps {
  community: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
}

interface Draft {
  title: string;
  purpose: string;
  overrides: PrivacyOverrideValue[];
}

const fresh = (): Draft => ({ title: '', purpose: '', overrides: [] });

// "Nieuw instrument": a title and a purpose; the rest is done together in the editor.
export function NewInstrumentDialog({ community, opened, onClose }: NewInstrumentDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft, reset] = useStoredDraft(`kennislijn.draft.instrument.new.${community.id}`, fresh);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const guard = usePrivacyGuard({
    fields: { title: draft.title, purpose: draft.purpose },
    overrides: draft.overrides,
    onOverridesChange: (overrides) => setDraft((d) => ({ ...d, overrides })),
  });
  const [create, { loading }] = useMutation(CreateInstrumentDocument, { refetchQueries: ['CommunityInstruments'] });

  const submit = async () => {
    setFormError(null);
    if (draft.title.trim().length < TITLE_MIN) {
      setErrors({ title: t('instruments.create.titleTooShort') });
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      const { data } = await create({ variables: { communityId: community.id, title: draft.title.trim(), purpose: draft.purpose, privacyOverrides: draft.overrides } });
      reset();
      onClose();
      notifySuccess(t('instruments.create.done'));
      if (data) void navigate(`/instrumenten/${data.createInstrument.id}/concept`);
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const fields = readFieldErrors(error);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('instruments.create.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('instruments.create.intro', { community: community.name })}</Text>
          <FormAlert message={formError} />
          <PrivacyTextField
            guard={guard}
            field="title"
            id="nieuw-instrument-titel"
            label={t('instruments.create.name')}
            description={t('instruments.create.nameHint')}
            required
            singleLine
            autoFocus
            value={draft.title}
            error={errors['title'] || null}
            onChange={(title) => {
              setDraft((d) => ({ ...d, title }));
              setErrors((e) => ({ ...e, title: '' }));
            }}
          />
          <PrivacyTextField
            guard={guard}
            field="purpose"
            id="nieuw-instrument-doel"
            label={t('instruments.create.purpose')}
            description={t('instruments.create.purposeHint')}
            value={draft.purpose}
            error={errors['purpose'] || null}
            minRows={3}
            onChange={(purpose) => {
              setDraft((d) => ({ ...d, purpose }));
              setErrors((e) => ({ ...e, purpose: '' }));
            }}
          />
          <PrivacyBlockedNote id="nieuw-instrument-blokkade" unresolved={guard.unresolved} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={guard.unresolved > 0} aria-describedby="nieuw-instrument-blokkade">
              {t('instruments.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
