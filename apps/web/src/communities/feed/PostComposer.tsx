import { Button, Group, Paper, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CreatePostDocument, readApiError, readPrivacyFindings } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { useStoredDraft } from '../../forms/useStoredDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';

interface Draft {
  body: string;
  overrides: PrivacyOverrideValue[];
  // Sent with the post: a retry after a lost answer returns the stored post instead of a second one.
  clientId: string;
}

const fresh = (): Draft => ({ body: '', overrides: [], clientId: crypto.randomUUID() });

// A message to the community, checked by the privacy guard while typing (the API checks it again).
export function PostComposer({ communityId, onPosted }: { communityId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft, reset] = useStoredDraft(`kennislijn.draft.post.${communityId}`, fresh);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [createPost, { loading }] = useMutation(CreatePostDocument);
  const guard = usePrivacyGuard({
    fields: { body: draft.body },
    overrides: draft.overrides,
    onOverridesChange: (overrides) => setDraft((d) => ({ ...d, overrides })),
  });

  const submit = async () => {
    setSent(false);
    setFormError(null);
    if (!draft.body.trim()) {
      setFieldError(t('validation.postRequired'));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      await createPost({
        variables: { communityId, body: draft.body.trim(), clientId: draft.clientId, privacyOverrides: draft.overrides },
      });
      reset();
      setSent(true);
      onPosted();
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
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="nieuw-bericht">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <FormAlert message={formError} />
          <PrivacyTextField
            guard={guard}
            field="body"
            id="nieuw-bericht-tekst"
            label={<span id="nieuw-bericht">{t('feed.composer.label')}</span>}
            description={t('feed.composer.hint')}
            minRows={3}
            maxRows={12}
            value={draft.body}
            error={fieldError}
            onChange={(body) => {
              setDraft((current) => ({ ...current, body }));
              setFieldError(null);
              setSent(false);
            }}
          />
          <PrivacyBlockedNote id="nieuw-bericht-blokkade" unresolved={guard.unresolved} />
          <Group justify="space-between" gap="sm">
            <span role="status" aria-live="polite" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
              {loading ? t('feed.composer.sending') : sent ? t('feed.composer.sent') : ''}
            </span>
            <Button type="submit" loading={loading} disabled={guard.unresolved > 0} aria-describedby="nieuw-bericht-blokkade">
              {t('feed.composer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
