import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CreatePostDocument, readApiError } from '@kennislijn/web-graphql';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';

interface Draft {
  body: string;
  // Sent with the post: a retry after a lost answer returns the stored post instead of a second one.
  clientId: string;
}

function newDraft(): Draft {
  return { body: '', clientId: crypto.randomUUID() };
}

function readStored(key: string): Draft {
  try {
    const stored = sessionStorage.getItem(key);
    if (stored) return { ...newDraft(), ...(JSON.parse(stored) as Partial<Draft>) };
  } catch {
    // A lost draft is not worth an error.
  }
  return newDraft();
}

export function PostComposer({ communityId, onPosted }: { communityId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const key = `kennislijn.draft.post.${communityId}`;
  const [draft, setDraft] = useState<Draft>(() => readStored(key));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [createPost, { loading }] = useMutation(CreatePostDocument);

  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // See above.
    }
  }, [key, draft]);

  const submit = async () => {
    setSent(false);
    setFormError(null);
    if (!draft.body.trim()) {
      setFieldError(t('validation.postRequired'));
      return;
    }
    try {
      await createPost({ variables: { communityId, body: draft.body.trim(), clientId: draft.clientId } });
      setDraft(newDraft());
      setSent(true);
      onPosted();
    } catch (error) {
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
          <Textarea
            id="nieuw-bericht-tekst"
            label={<span id="nieuw-bericht">{t('feed.composer.label')}</span>}
            description={t('feed.composer.hint')}
            autosize
            minRows={3}
            maxRows={12}
            value={draft.body}
            error={fieldError}
            onChange={(event) => {
              const body = event.currentTarget.value;
              setDraft((current) => ({ ...current, body }));
              setFieldError(null);
              setSent(false);
            }}
          />
          <Group justify="space-between" gap="sm">
            <span role="status" aria-live="polite" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
              {loading ? t('feed.composer.sending') : sent ? t('feed.composer.sent') : ''}
            </span>
            <Button type="submit" loading={loading}>
              {t('feed.composer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
