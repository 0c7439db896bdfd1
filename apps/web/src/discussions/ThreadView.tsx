import { Alert, Group, Paper, Text, Title } from '@mantine/core';
import { roomOf, type RealtimeMessage } from '@kennislijn/shared-realtime';
import { useAuth } from '@kennislijn/web-auth';
import type { ServerPrivacyFinding, ThreadFieldsFragment } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { QueryErrorState } from '../pages/QueryErrorState';
import { ConnectionNotice } from '../realtime/ConnectionNotice';
import { PresenceAvatars } from '../realtime/PresenceAvatars';
import { useRealtime } from '../realtime/realtime-context';
import { usePresence } from '../realtime/usePresence';
import { Composer, type NewMessage } from './Composer';
import { socketFindings } from './message';
import { MessageList } from './MessageList';
import type { OutboxEntry } from './outbox';
import { TypingLine } from './TypingLine';
import { useMessageDraft } from './useMessageDraft';
import { useOutbox } from './useOutbox';
import { useReadMarker } from './useReadMarker';
import { useThreadLive } from './useThreadLive';
import { useTyping } from './useTyping';

const MAX_EARLIER_FOR_LINK = 5;
// The fixed app header.
const HEADER_PX = 64;

function useLinkedMessage(): string | null {
  const { hash } = useLocation();
  const match = /^#bericht-([\w-]+)$/.exec(hash);
  return match ? match[1] : null;
}

interface ThreadViewProps {
  thread: ThreadFieldsFragment;
  communitySlug: string;
  title: string;
}

export function ThreadView({ thread, communitySlug, title }: ThreadViewProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { user } = useAuth();
  const { status } = useRealtime();
  const viewerId = user?.id ?? null;
  const live = useThreadLive(thread.id);
  const outbox = useOutbox(thread.id, live.acknowledge);
  const { draft, setDraft, update, reset } = useMessageDraft(thread.id);
  const typing = useTyping(thread.id);
  const watching = usePresence(roomOf.thread(thread.id)).people.filter((p) => p.id !== viewerId);
  // The "nieuwe berichten" line stays where it was when you opened the thread.
  const [readUpTo] = useState(thread.lastReadSeq);
  const [bottomVisible, setBottomVisible] = useState(false);
  const [scrollKey, setScrollKey] = useState(0);
  const [serverFindings, setServerFindings] = useState<ServerPrivacyFinding[]>([]);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const highlightId = useLinkedMessage();
  const earlierTries = useRef(0);

  useReadMarker(thread.id, thread.lastReadSeq, live.lastSeq, bottomVisible && !live.loading);

  // Your messages the server already has (confirmed here, in another tab, or before a reload).
  const syncedClientIds = useMemo(
    () => new Set(live.messages.filter((m) => m.author.id === viewerId && m.clientId).map((m) => m.clientId as string)),
    [live.messages, viewerId],
  );
  const pending = outbox.entries.filter((e) => !syncedClientIds.has(e.clientId));
  useEffect(() => {
    for (const entry of outbox.entries) if (syncedClientIds.has(entry.clientId)) outbox.discard(entry.clientId);
  }, [outbox, syncedClientIds]);

  // A link to a message further back: load earlier pages until it is there (a few at most).
  const { loading, hasEarlier, loadEarlier, messages } = live;
  useEffect(() => {
    if (!highlightId || loading || !hasEarlier || earlierTries.current >= MAX_EARLIER_FOR_LINK) return;
    if (messages.some((m) => m.id === highlightId)) return;
    earlierTries.current += 1;
    void loadEarlier().catch(() => undefined);
  }, [highlightId, loading, hasEarlier, loadEarlier, messages]);

  // On a small screen the end of the conversation can be below the fold: bring it into view once,
  // without pushing the panel's top under the header.
  const brought = useRef(false);
  useEffect(() => {
    const el = sectionRef.current;
    if (loading || brought.current || !el) return;
    brought.current = true;
    const rect = el.getBoundingClientRect();
    const by = Math.min(rect.bottom - window.innerHeight + 8, rect.top - HEADER_PX - 8);
    if (by > 0) window.scrollBy({ top: by });
  }, [loading]);

  const send = (message: NewMessage) => {
    outbox.enqueue(message);
    setServerFindings([]);
    setScrollKey((k) => k + 1);
    typing.stoppedTyping();
  };

  const reply = useCallback(
    (message: RealtimeMessage) => {
      update({ replyToId: message.id });
      textareaRef.current?.focus();
    },
    [update],
  );

  const fix = (entry: OutboxEntry) => {
    outbox.discard(entry.clientId);
    setDraft({ body: entry.body, overrides: entry.privacyOverrides, mentions: entry.mentions ?? [], replyToId: entry.replyToId, clientId: entry.clientId });
    setServerFindings(entry.error ? socketFindings(entry.error, entry.body, i18n.language === 'en' ? 'en' : 'nl') : []);
    textareaRef.current?.focus();
  };

  const replyTo = draft.replyToId ? (live.messages.find((m) => m.id === draft.replyToId) ?? null) : null;
  const canPost = thread.viewerCan.post && !live.closed;

  return (
    <Paper ref={sectionRef} withBorder radius="md" component="section" aria-labelledby={headingId} className="kl-discussion" data-live={live.live || undefined}>
      <Group justify="space-between" gap="sm" px="md" py="sm" wrap="wrap" className="kl-discussion-head">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <PresenceAvatars people={watching} label={t('discussion.watching')} />
      </Group>
      <ConnectionNotice />
      {live.closed ? (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} m="sm">
          {t('discussion.closed')}
        </Alert>
      ) : null}
      {live.loading ? (
        <LoadingState label={t('discussion.loading')} />
      ) : live.error ? (
        <QueryErrorState error={live.error} onRetry={live.retry} retrying={false} />
      ) : (
        <MessageList
          thread={thread}
          viewerId={viewerId}
          viewerName={user?.displayName ?? ''}
          messages={live.messages}
          pending={pending}
          sendingId={outbox.sendingId}
          sentIds={outbox.sentIds}
          offline={status !== 'connected'}
          hasEarlier={live.hasEarlier}
          loadEarlier={live.loadEarlier}
          readUpTo={readUpTo}
          highlightId={highlightId}
          scrollToEndKey={scrollKey}
          onBottomVisible={setBottomVisible}
          onReply={reply}
          onChanged={live.acknowledge}
          onRetry={(entry) => outbox.retry(entry.clientId)}
          onFix={fix}
          onDiscard={(entry) => outbox.discard(entry.clientId)}
        />
      )}
      <TypingLine people={typing.typingPeople} />
      {canPost ? (
        <Composer
          id={`bericht-${thread.id}`}
          communitySlug={communitySlug}
          viewerId={viewerId}
          draft={draft}
          update={update}
          reset={reset}
          replyTo={replyTo}
          serverFindings={serverFindings}
          textareaRef={textareaRef}
          onSend={send}
          onTyping={typing.notifyTyping}
        />
      ) : (
        <Text size="sm" c="gray.7" px="md" pb="md">
          {live.closed ? '' : t('discussion.readOnly')}
        </Text>
      )}
    </Paper>
  );
}
