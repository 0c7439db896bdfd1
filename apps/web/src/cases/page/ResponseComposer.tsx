import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { readApiError, readPrivacyFindings, RespondToCaseDocument, type ResponsePerspective } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { useStoredDraft } from '../../forms/useStoredDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { PERSPECTIVES } from '../common/labels';

interface ResponseDraft {
  body: string;
  perspective: ResponsePerspective | '';
  overrides: PrivacyOverrideValue[];
  // Sent with the response: a retry after a lost answer returns the stored one instead of a second.
  clientId: string;
}

const fresh = (): ResponseDraft => ({ body: '', perspective: '', overrides: [], clientId: crypto.randomUUID() });

interface ResponseComposerProps {
  caseId: string;
  /** Set for a reply to a response. */
  parentId?: string;
  onDone?: () => void;
  onCancel?: () => void;
}

// Respond to a case (or reply to a response): a perspective and a text, checked by the privacy guard while typing.
export function ResponseComposer({ caseId, parentId, onDone, onCancel }: ResponseComposerProps) {
  const { t } = useTranslation();
  const idBase = parentId ? `antwoord-${parentId}` : 'reactie';
  const [draft, setDraft, reset] = useStoredDraft(`kennislijn.draft.response.${caseId}.${parentId ?? 'case'}`, fresh);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const guard = usePrivacyGuard({
    fields: { body: draft.body },
    overrides: draft.overrides,
    onOverridesChange: (overrides) => setDraft((d) => ({ ...d, overrides })),
  });
  const [respond, { loading }] = useMutation(RespondToCaseDocument, { refetchQueries: ['Case'], awaitRefetchQueries: true });

  const submit = async () => {
    setSent(false);
    setFormError(null);
    if (!draft.body.trim()) {
      setFieldError(t('validation.responseRequired'));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      await respond({
        variables: {
          input: {
            caseId,
            parentId,
            body: draft.body.trim(),
            perspective: draft.perspective || undefined,
            clientId: draft.clientId,
            privacyOverrides: draft.overrides,
          },
        },
      });
      reset();
      setSent(true);
      onDone?.();
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
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <FormAlert message={formError} />
        <NativeSelect
          id={`${idBase}-perspectief`}
          label={t('responses.perspective')}
          description={t('responses.perspectiveHint')}
          value={draft.perspective}
          onChange={(event) => {
            const perspective = event.currentTarget.value as ResponsePerspective | '';
            setDraft((d) => ({ ...d, perspective }));
          }}
          data={[{ value: '', label: t('responses.noPerspective') }, ...PERSPECTIVES.map((p) => ({ value: p, label: t(`cases.perspective.${p}`) }))]}
          w={{ base: '100%', sm: 440 }}
        />
        <PrivacyTextField
          guard={guard}
          field="body"
          id={`${idBase}-tekst`}
          label={parentId ? t('responses.replyLabel') : t('responses.label')}
          description={t('responses.hint')}
          value={draft.body}
          error={fieldError}
          minRows={3}
          maxRows={12}
          onChange={(body) => {
            setDraft((d) => ({ ...d, body }));
            setFieldError(null);
            setSent(false);
          }}
        />
        <PrivacyBlockedNote id={`${idBase}-blokkade`} unresolved={guard.unresolved} />
        <Group justify="space-between" gap="sm">
          <span role="status" aria-live="polite" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
            {loading ? t('responses.sending') : sent ? t('responses.sent') : ''}
          </span>
          <Group gap="sm">
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            ) : null}
            <Button type="submit" loading={loading} disabled={guard.unresolved > 0} aria-describedby={`${idBase}-blokkade`}>
              {parentId ? t('responses.submitReply') : t('responses.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
