import { Button, Center, Stack, Text } from '@mantine/core';
import type { RealtimeMessage } from '@kennislijn/shared-realtime';
import type { ThreadFieldsFragment } from '@kennislijn/web-graphql';
import { IconArrowDown, IconMessages } from '@tabler/icons-react';
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../communities/common/LoadMore';
import { actionsFor } from './message';
import { MessageItem, messageAnchor } from './MessageItem';
import type { OutboxEntry } from './outbox';
import { PendingMessageItem } from './PendingMessageItem';

// Closer to the end than this counts as "at the end": new messages then scroll into view.
const STICK_PX = 80;

export interface MessageListProps {
  thread: ThreadFieldsFragment;
  viewerId: string | null;
  viewerName: string;
  messages: RealtimeMessage[];
  pending: OutboxEntry[];
  sendingId: string | null;
  sentIds: ReadonlySet<string>;
  offline: boolean;
  hasEarlier: boolean;
  loadEarlier: () => Promise<void>;
  /** Where the "nieuwe berichten" line goes: after this sequence number (how far you had read). */
  readUpTo: number;
  highlightId: string | null;
  /** Changes when you send: the list then scrolls to the end. */
  scrollToEndKey: number;
  onBottomVisible: (visible: boolean) => void;
  onReply: (message: RealtimeMessage) => void;
  onChanged: (message: RealtimeMessage) => void;
  onRetry: (entry: OutboxEntry) => void;
  onFix: (entry: OutboxEntry) => void;
  onDiscard: (entry: OutboxEntry) => void;
}

/** The scrolling list of a thread: earlier messages on demand, the unread line, your unsent messages at the end. */
export function MessageList(props: MessageListProps) {
  const { t } = useTranslation();
  const { thread, viewerId, messages, pending, readUpTo, highlightId, onBottomVisible } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const [atEnd, setAtEnd] = useState(true);
  const stick = useRef(true);
  const positioned = useRef(false);
  // The linked message we last scrolled to (a link can point at a message loaded later).
  const shownLink = useRef<string | null>(null);
  const prepend = useRef<{ height: number; top: number } | null>(null);
  const [seenSeq, setSeenSeq] = useState(0);

  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  // Someone who never opened the thread starts at the end, without the line above everything.
  const firstUnread = readUpTo > 0 ? messages.find((m) => m.seq > readUpTo && m.author.id !== viewerId && !m.deleted) : undefined;
  const lastSeq = messages.length ? messages[messages.length - 1].seq : 0;
  const unseen = messages.filter((m) => m.seq > seenSeq && m.author.id !== viewerId).length;

  const scrollToEnd = (smooth = false) => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTo({ top: el.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    stick.current = true;
  };

  // Where to start (once, when the first messages are there): the message a link points at, else the
  // first unread, else the end. After that: keep the end in view when you were there, and keep your
  // place when earlier messages came in above.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || messages.length === 0) return;
    const scrollTo = (target: HTMLElement) => {
      el.scrollTop = target.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop - 8;
      stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
    };
    const linked = highlightId && shownLink.current !== highlightId ? document.getElementById(messageAnchor(highlightId)) : null;
    if (linked) shownLink.current = highlightId;
    if (!positioned.current) {
      positioned.current = true;
      const target = linked || (firstUnread && document.getElementById('nieuwe-berichten'));
      if (target) scrollTo(target);
      else scrollToEnd();
      setSeenSeq(stick.current ? lastSeq : readUpTo);
      return;
    }
    if (linked) {
      prepend.current = null;
      scrollTo(linked);
    } else if (prepend.current) {
      el.scrollTop = prepend.current.top + (el.scrollHeight - prepend.current.height);
      prepend.current = null;
    } else if (stick.current) scrollToEnd();
    // Runs when the list (or the link) changes; the rest is read as it is then.
  }, [messages, pending.length, highlightId]);

  useLayoutEffect(() => {
    if (props.scrollToEndKey > 0) scrollToEnd();
  }, [props.scrollToEndKey]);

  useEffect(() => {
    if (atEnd) setSeenSeq((s) => Math.max(s, lastSeq));
  }, [atEnd, lastSeq]);

  // The end of the list in view (inside the scroller and on the screen): read.
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return undefined;
    const observer = new IntersectionObserver(([entry]) => {
      const visible = Boolean(entry?.isIntersecting);
      setAtEnd(visible);
      onBottomVisible(visible);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onBottomVisible]);

  const loadEarlier = async () => {
    const el = scroller.current;
    if (el) prepend.current = { height: el.scrollHeight, top: el.scrollTop };
    try {
      await props.loadEarlier();
    } catch (error) {
      prepend.current = null;
      throw error;
    }
  };

  const empty = messages.length === 0 && pending.length === 0;

  return (
    <div className="kl-chat">
      <div
        ref={scroller}
        className="kl-chat-scroll"
        role="log"
        aria-label={t('discussion.listLabel')}
        tabIndex={0}
        onScroll={(event) => {
          const el = event.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
        }}
      >
        <LoadMore hasMore={props.hasEarlier} onLoadMore={loadEarlier} label={t('discussion.loadEarlier')} />
        {empty ? (
          <Center py="xl">
            <Stack gap={4} align="center" maw={320}>
              <IconMessages size={28} aria-hidden />
              <Text fw={600}>{t('discussion.emptyTitle')}</Text>
              <Text size="sm" c="gray.7" ta="center">
                {thread.viewerCan.post ? t('discussion.emptyTextCanPost') : t('discussion.emptyText')}
              </Text>
            </Stack>
          </Center>
        ) : null}
        <ol className="kl-message-list">
          {messages.map((message) => (
            <Fragment key={message.id}>
              {message === firstUnread ? (
                <li id="nieuwe-berichten" className="kl-unread-divider">
                  <span>{t('discussion.newMessages')}</span>
                </li>
              ) : null}
              <MessageItem
                message={message}
                replyTo={message.replyToId ? (byId.get(message.replyToId) ?? null) : undefined}
                actions={actionsFor(message, viewerId, thread)}
                mine={message.author.id === viewerId}
                mentionsMe={viewerId !== null && message.mentionIds.includes(viewerId)}
                sent={message.clientId !== null && message.author.id === viewerId && props.sentIds.has(message.clientId)}
                highlighted={message.id === highlightId}
                onReply={props.onReply}
                onChanged={props.onChanged}
              />
            </Fragment>
          ))}
          {pending.map((entry) => (
            <PendingMessageItem
              key={entry.clientId}
              entry={entry}
              authorName={props.viewerName}
              sending={entry.clientId === props.sendingId}
              offline={props.offline}
              onRetry={() => props.onRetry(entry)}
              onFix={() => props.onFix(entry)}
              onDiscard={() => props.onDiscard(entry)}
            />
          ))}
        </ol>
        <div ref={sentinel} className="kl-chat-end" aria-hidden />
      </div>
      {!atEnd && unseen > 0 ? (
        <Button
          className="kl-jump-new"
          size="compact-md"
          radius="xl"
          leftSection={<IconArrowDown size={16} aria-hidden />}
          onClick={() => scrollToEnd(true)}
        >
          {t('discussion.jumpToNew', { count: unseen })}
        </Button>
      ) : null}
    </div>
  );
}
