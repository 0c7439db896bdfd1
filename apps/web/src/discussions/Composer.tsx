import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import type { RealtimeMessage } from '@kennislijn/shared-realtime';
import type { ServerPrivacyFinding } from '@kennislijn/web-graphql';
import { IconCornerDownRight, IconSend, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyFindings } from '../privacy/PrivacyFindings';
import { PrivacyBlockedNote } from '../privacy/PrivacyTextField';
import { usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { excerpt } from './message';
import { mentionOverrides, mentionsIn } from './mentions';
import { MentionTextarea } from './MentionTextarea';
import type { MessageDraft } from './useMessageDraft';
import type { OutboxEntry } from './outbox';

const MAX_LENGTH = 10_000;

export type NewMessage = Pick<OutboxEntry, 'clientId' | 'body' | 'replyToId' | 'mentionIds' | 'mentions' | 'privacyOverrides'>;

interface ComposerProps {
  id: string;
  communitySlug: string;
  viewerId: string | null;
  draft: MessageDraft;
  update: (patch: Partial<MessageDraft>) => void;
  reset: () => void;
  replyTo: RealtimeMessage | null;
  /** What the server found in a refused message that came back here to be fixed. */
  serverFindings: ServerPrivacyFinding[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (message: NewMessage) => void;
  onTyping: () => void;
}

/**
 * Writing a message: @-mentions from the member list, the privacy guard while typing (as in the post
 * composer), a reply line, and Enter to send. Sending only puts the message in the outbox; it goes
 * out over the socket, now or after the reconnect.
 */
export function Composer({ id, communitySlug, viewerId, draft, update, reset, replyTo, serverFindings, textareaRef, onSend, onTyping }: ComposerProps) {
  const { t } = useTranslation();
  const [fieldError, setFieldError] = useState<string | null>(null);
  const reason = t('discussion.mentions.overrideReason');
  const implicit = useMemo(() => (draft.mentions.length ? mentionOverrides(draft.body, draft.mentions, reason) : []), [draft.body, draft.mentions, reason]);
  const guard = usePrivacyGuard({
    fields: { body: draft.body },
    overrides: draft.overrides,
    implicitOverrides: implicit,
    onOverridesChange: (overrides) => update({ overrides }),
  });
  const { setServerFindings } = guard;

  useEffect(() => {
    setServerFindings(serverFindings);
  }, [serverFindings, setServerFindings]);

  const count = guard.findings['body']?.length ?? 0;
  const error = fieldError ?? (count > 0 ? t('privacy.fieldError', { count }) : undefined);

  const submit = () => {
    const body = draft.body.trim();
    if (!body) {
      setFieldError(t('discussion.composer.required'));
      return;
    }
    if (body.length > MAX_LENGTH) {
      setFieldError(t('discussion.composer.tooLong', { max: MAX_LENGTH }));
      return;
    }
    if (guard.countNow() > 0) return;
    const mentions = mentionsIn(body, draft.mentions);
    onSend({
      clientId: draft.clientId,
      body,
      replyToId: draft.replyToId,
      mentionIds: mentions.map((m) => m.id),
      mentions,
      privacyOverrides: [...draft.overrides, ...mentionOverrides(body, draft.mentions, reason)],
    });
    reset();
    setServerFindings([]);
  };

  return (
    <form
      noValidate
      className="kl-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap={6}>
        {replyTo ? (
          <Group gap="xs" wrap="nowrap" justify="space-between" className="kl-reply-banner">
            <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconCornerDownRight size={16} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm" lineClamp={1}>
                {t('discussion.replyingTo', { name: replyTo.author.name })}
                {replyTo.body ? `: ${excerpt(replyTo, 60)}` : ''}
              </Text>
            </Group>
            <ActionIcon variant="subtle" color="gray" onClick={() => update({ replyToId: null })} aria-label={t('discussion.cancelReply')}>
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ) : null}
        <MentionTextarea
          id={id}
          label={t('discussion.composer.label')}
          description={t('discussion.composer.hint')}
          value={draft.body}
          error={error}
          communitySlug={communitySlug}
          viewerId={viewerId}
          textareaRef={textareaRef}
          onChange={(body) => {
            update({ body });
            setFieldError(null);
            if (body.trim()) onTyping();
          }}
          onMention={(mention) => update({ mentions: [...draft.mentions.filter((m) => m.id !== mention.id), mention] })}
          onSubmit={submit}
        />
        <PrivacyFindings id={`${id}-privacy`} field="body" text={draft.body} guard={guard} onChange={(body) => update({ body })} />
        <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
          <PrivacyBlockedNote id={`${id}-blokkade`} unresolved={guard.unresolved} />
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} disabled={guard.unresolved > 0} aria-describedby={`${id}-blokkade`}>
            {t('discussion.composer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
