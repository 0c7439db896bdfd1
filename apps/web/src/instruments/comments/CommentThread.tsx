import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CommentOnInstrumentDocument, ResolveInstrumentCommentDocument, type InstrumentCommentFieldsFragment } from '@kennislijn/web-graphql';
import { IconCheck, IconRotate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../communities/common/notify';
import { PersonName } from '../../communities/common/PersonName';
import { TimeAgo } from '../../communities/common/TimeAgo';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { useStoredDraft } from '../../forms/useStoredDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { readFieldErrors, readFindings } from '../common/errors';

interface CommentThreadProps {
  instrumentId: string;
  /** null: about the instrument as a whole. */
  itemId: string | null;
  comments: InstrumentCommentFieldsFragment[];
  canComment: boolean;
  /** Editors may resolve every comment; others their own. */
  canResolveAll: boolean;
  viewerId: string | null;
  /** Label of the text field, e.g. "Je opmerking bij vraag 2". */
  fieldLabel: string;
  idBase: string;
}

interface Draft {
  body: string;
  overrides: PrivacyOverrideValue[];
  // A retry after a lost answer returns the stored comment instead of a second one.
  clientId: string;
}

const fresh = (): Draft => ({ body: '', overrides: [], clientId: crypto.randomUUID() });

function CommentItem({ comment, canResolve }: { comment: InstrumentCommentFieldsFragment; canResolve: boolean }) {
  const { t } = useTranslation();
  const [resolve, { loading }] = useMutation(ResolveInstrumentCommentDocument);
  const resolved = Boolean(comment.resolvedAt);
  const toggle = async () => {
    try {
      await resolve({ variables: { id: comment.id, resolved: !resolved } });
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };
  return (
    <Paper component="li" withBorder radius="sm" p="sm" className="kl-instrument-comment" data-resolved={resolved || undefined} bg={resolved ? 'gray.0' : undefined}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="wrap">
            <PersonName person={comment.author} size="sm" />
            <TimeAgo iso={comment.createdAt} size="xs" />
            {resolved ? (
              <Text size="xs" c="teal.9" fw={600}>
                {t('instruments.comments.resolved')}
              </Text>
            ) : null}
          </Group>
          {canResolve ? (
            <Button
              size="compact-xs"
              variant="subtle"
              color={resolved ? 'gray' : 'teal'}
              c={resolved ? 'gray.8' : 'teal.9'}
              leftSection={resolved ? <IconRotate size={14} aria-hidden /> : <IconCheck size={14} aria-hidden />}
              loading={loading}
              onClick={() => void toggle()}
            >
              {resolved ? t('instruments.comments.reopen') : t('instruments.comments.resolve')}
            </Button>
          ) : null}
        </Group>
        <div className="kl-rich-text" data-comment-body dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      </Stack>
    </Paper>
  );
}

// A small thread on an item (or the whole instrument): open comments, the resolved ones on request,
// and a field checked by the privacy guard.
export function CommentThread({ instrumentId, itemId, comments, canComment, canResolveAll, viewerId, fieldLabel, idBase }: CommentThreadProps) {
  const { t } = useTranslation();
  const [draft, setDraft, reset] = useStoredDraft(`kennislijn.draft.instrumentComment.${instrumentId}.${itemId ?? 'all'}`, fresh);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [showResolved, setShowResolved] = useState(false);
  const guard = usePrivacyGuard({ fields: { body: draft.body }, overrides: draft.overrides, onOverridesChange: (overrides) => setDraft((d) => ({ ...d, overrides })) });
  const [comment, { loading }] = useMutation(CommentOnInstrumentDocument, { refetchQueries: ['InstrumentDetail'], awaitRefetchQueries: true });
  const open = comments.filter((c) => !c.resolvedAt);
  const resolved = comments.filter((c) => c.resolvedAt);
  const shown = showResolved ? comments : open;

  const submit = async () => {
    setSent(false);
    setFormError(null);
    if (!draft.body.trim()) {
      setFieldError(t('instruments.comments.required'));
      return;
    }
    if (guard.countNow() > 0) return;
    try {
      await comment({ variables: { id: instrumentId, itemId, body: draft.body.trim(), clientId: draft.clientId, privacyOverrides: draft.overrides } });
      reset();
      setSent(true);
    } catch (error) {
      const findings = readFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const fields = readFieldErrors(error);
      if (fields['body']) setFieldError(fields['body']);
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Stack gap="sm">
      {shown.length > 0 ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('instruments.comments.toggle')}>
          {shown.map((c) => (
            <CommentItem key={c.id} comment={c} canResolve={canResolveAll || (viewerId !== null && c.author?.id === viewerId)} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="gray.7">
          {t('instruments.comments.empty')}
        </Text>
      )}
      {resolved.length > 0 ? (
        <Button variant="subtle" size="compact-sm" color="gray" c="gray.8" onClick={() => setShowResolved((v) => !v)} aria-pressed={showResolved} w="fit-content">
          {showResolved ? t('instruments.comments.hideResolved') : t('instruments.comments.showResolved', { count: resolved.length })}
        </Button>
      ) : null}
      {canComment ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            <FormAlert message={formError} />
            <PrivacyTextField
              guard={guard}
              field="body"
              id={`${idBase}-opmerking`}
              label={fieldLabel}
              value={draft.body}
              error={fieldError}
              minRows={2}
              maxRows={8}
              onChange={(body) => {
                setDraft((d) => ({ ...d, body }));
                setFieldError(null);
                setSent(false);
              }}
            />
            <PrivacyBlockedNote id={`${idBase}-opmerking-blokkade`} unresolved={guard.unresolved} />
            <Group justify="space-between" gap="sm">
              <Text size="sm" role="status" aria-live="polite">
                {loading ? t('instruments.comments.sending') : sent ? t('instruments.comments.sent') : ''}
              </Text>
              <Button type="submit" size="sm" variant="light" loading={loading} disabled={guard.unresolved > 0} aria-describedby={`${idBase}-opmerking-blokkade`}>
                {t('instruments.comments.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
