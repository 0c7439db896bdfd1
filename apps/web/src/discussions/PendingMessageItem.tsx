import { Avatar, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { initials } from '../shell/initials';
import type { OutboxEntry } from './outbox';

interface PendingMessageItemProps {
  entry: OutboxEntry;
  authorName: string;
  sending: boolean;
  offline: boolean;
  onRetry: () => void;
  onFix: () => void;
  onDiscard: () => void;
}

/**
 * A message of yours that the server has not confirmed yet: "verzenden…" while it is on its way or
 * waits for the connection, "mislukt" with a way out when the server refused it.
 */
export function PendingMessageItem({ entry, authorName, sending, offline, onRetry, onFix, onDiscard }: PendingMessageItemProps) {
  const { t } = useTranslation();
  const failed = entry.status === 'failed';
  return (
    <li className="kl-message kl-message-pending" data-mine data-state={failed ? 'failed' : 'sending'}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Avatar radius="xl" size={34} color="indigo" aria-hidden>
          {initials(authorName)}
        </Avatar>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text component="span" fw={600} size="sm">
            {authorName}
          </Text>
          {/* Written by you, not yet rendered by the server: shown as plain text. */}
          <Text size="sm" className="kl-message-body" data-message-body style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.body}
          </Text>
          {failed ? (
            <Stack gap={6}>
              <Group gap={4} wrap="nowrap" className="kl-send-state" data-state="failed">
                <IconAlertCircle size={16} aria-hidden color="var(--mantine-color-red-8)" />
                <Text size="sm" c="red.9" fw={600}>
                  {t('discussion.state.failed')}
                </Text>
              </Group>
              {entry.error?.message ? (
                <Text size="sm" c="gray.8">
                  {entry.error.message}
                </Text>
              ) : null}
              <Group gap="xs" wrap="wrap">
                {entry.error?.code === 'PRIVACY_FINDINGS' || entry.error?.code === 'BAD_USER_INPUT' ? (
                  <Button size="compact-sm" variant="light" onClick={onFix}>
                    {t('discussion.state.fix')}
                  </Button>
                ) : (
                  <Button size="compact-sm" variant="light" onClick={onRetry}>
                    {t('discussion.state.retry')}
                  </Button>
                )}
                <Button size="compact-sm" variant="subtle" color="gray" c="gray.8" onClick={onDiscard}>
                  {t('discussion.state.discard')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group gap={6} wrap="nowrap" className="kl-send-state" data-state="sending">
              {sending ? <Loader size={12} aria-hidden /> : null}
              <Text size="xs" c="gray.7">
                {t('discussion.state.sending')}
                {offline ? ` ${t('discussion.state.waiting')}` : ''}
              </Text>
            </Group>
          )}
        </Stack>
      </Group>
    </li>
  );
}
