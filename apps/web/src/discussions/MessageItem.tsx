import { Anchor, Avatar, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { RealtimeMessage } from '@kennislijn/shared-realtime';
import { IconArrowBackUp, IconCheck, IconCornerDownRight } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeAgo } from '../communities/common/TimeAgo';
import { initials } from '../shell/initials';
import { excerpt, type MessageActions } from './message';
import { MessageMenu } from './MessageMenu';

export const messageAnchor = (id: string) => `bericht-${id}`;

interface MessageItemProps {
  message: RealtimeMessage;
  replyTo: RealtimeMessage | null | undefined;
  actions: MessageActions;
  mine: boolean;
  mentionsMe: boolean;
  /** Confirmed by the server after being sent from this tab. */
  sent: boolean;
  highlighted: boolean;
  onReply: (message: RealtimeMessage) => void;
  onChanged: (message: RealtimeMessage) => void;
}

function ReplyQuote({ replyTo }: { replyTo: RealtimeMessage | null | undefined }) {
  const { t } = useTranslation();
  if (replyTo === undefined) return null;
  return (
    <Group gap={4} wrap="nowrap" className="kl-reply-quote">
      <IconCornerDownRight size={14} aria-hidden style={{ flexShrink: 0 }} />
      {replyTo ? (
        <Anchor href={`#${messageAnchor(replyTo.id)}`} size="sm" c="gray.8" lineClamp={1}>
          {t('discussion.replyTo', { name: replyTo.author.name })}
          {replyTo.body ? `: ${excerpt(replyTo, 60)}` : ''}
        </Anchor>
      ) : (
        <Text size="sm" c="gray.7">
          {t('discussion.replyToEarlier')}
        </Text>
      )}
    </Group>
  );
}

function MessageBody({ message }: { message: RealtimeMessage }) {
  const { t } = useTranslation();
  if (message.deleted) {
    return (
      <Text size="sm" fs="italic" c="gray.7">
        {t('discussion.deleted')}
      </Text>
    );
  }
  if (message.hidden || message.bodyHtml === null) {
    return (
      <Text size="sm" fs="italic" c="gray.7">
        {t('discussion.hidden')}
      </Text>
    );
  }
  // bodyHtml is rendered from Markdown and sanitised by the server.
  return <div className="kl-rich-text kl-message-body" data-message-body dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />;
}

/** One message: who, when, what it answers, the text (or that it was deleted or hidden), and what you can do. */
export const MessageItem = memo(function MessageItem({ message, replyTo, actions, mine, mentionsMe, sent, highlighted, onReply, onChanged }: MessageItemProps) {
  const { t } = useTranslation();
  return (
    <li id={messageAnchor(message.id)} className="kl-message" data-mine={mine || undefined} data-highlighted={highlighted || undefined} data-seq={message.seq}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Avatar radius="xl" size={34} color="indigo" aria-hidden>
          {initials(message.author.name)}
        </Avatar>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
            <Group gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
              <Text component="span" fw={600} size="sm">
                {message.author.name}
              </Text>
              <TimeAgo iso={message.createdAt} size="xs" />
              {message.editedAt && !message.deleted ? (
                <Text component="span" size="xs" c="gray.7">
                  {t('discussion.edited')}
                </Text>
              ) : null}
              {mentionsMe ? (
                <Badge size="sm" variant="light">
                  {t('discussion.mentionsYou')}
                </Badge>
              ) : null}
            </Group>
            <MessageMenu message={message} actions={actions} onChanged={onChanged} />
          </Group>
          <ReplyQuote replyTo={replyTo} />
          <MessageBody message={message} />
          <Group gap="sm" wrap="wrap">
            {actions.reply ? (
              <Button size="compact-xs" variant="subtle" color="gray" c="gray.8" fw={500} leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => onReply(message)}>
                {t('discussion.reply')}
                <span className="kl-sr-only">{t('discussion.replyToSr', { name: message.author.name })}</span>
              </Button>
            ) : null}
            {sent ? (
              <Group gap={4} wrap="nowrap" className="kl-send-state" data-state="sent">
                <IconCheck size={14} aria-hidden />
                <Text size="xs" c="gray.7">
                  {t('discussion.state.sent')}
                </Text>
              </Group>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </li>
  );
});
