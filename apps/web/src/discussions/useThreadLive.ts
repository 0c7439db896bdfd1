import { useApolloClient } from '@apollo/client/react';
import { roomOf, ThreadSync, type RealtimeMessage } from '@kennislijn/shared-realtime';
import { ThreadMessagesDocument } from '@kennislijn/web-graphql';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { request } from '../realtime/ack';
import { useLiveSubscription, useSocketEvent } from '../realtime/hooks';
import { useRealtime, type KlSocket } from '../realtime/realtime-context';
import { fromGraphQL } from './message';

export const HISTORY_PAGE = 50;
const RESUBSCRIBE_MS = 3_000;

export interface ThreadLive {
  /** Messages in thread order (only the loaded, contiguous part). */
  messages: RealtimeMessage[];
  loading: boolean;
  error: unknown;
  retry: () => void;
  hasEarlier: boolean;
  loadEarlier: () => Promise<void>;
  /** The thread sequence number this tab has seen everything up to. */
  lastSeq: number;
  /** Subscribed and caught up on the current connection. */
  live: boolean;
  /** Access to the thread ended (left, removed, banned). */
  closed: boolean;
  /** Our own message as the server stored it (the send's answer, an edit). */
  acknowledge: (message: RealtimeMessage) => void;
}

/**
 * One thread, kept complete and in order: the last page of history over GraphQL, then the socket's
 * live messages through ThreadSync. A gap, a new connection or a reconnect replays everything after
 * the last sequence number we saw, so nothing is missed and nothing shows twice.
 */
export function useThreadLive(threadId: string | null): ThreadLive {
  const apollo = useApolloClient();
  const { socket } = useRealtime();
  const socketRef = useRef(socket);
  useEffect(() => {
    socketRef.current = socket;
  }, [socket]);
  const syncRef = useRef<ThreadSync | null>(null);
  const attemptRef = useRef(0);
  const oldestRef = useRef(0);
  const [version, setVersion] = useState(0);
  const [hasEarlier, setHasEarlier] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const [closed, setClosed] = useState(false);
  const [reload, setReload] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  // Replays until caught up; a failure leaves it to the next reconnect (or a later try).
  const catchUp = useCallback(
    async (s: KlSocket, subscribe: boolean) => {
      const sync = syncRef.current;
      if (!sync || !threadId) return;
      const attempt = ++attemptRef.current;
      sync.replayStarted();
      let result = subscribe
        ? await request(s, 'thread:subscribe', { threadId, afterSeq: sync.lastSeq })
        : await request(s, 'thread:replay', { threadId, afterSeq: sync.lastSeq });
      for (;;) {
        if (attempt !== attemptRef.current || syncRef.current !== sync) return;
        if (!result.ok) {
          sync.replayFailed();
          if (result.error.code === 'NOT_FOUND' || result.error.code === 'FORBIDDEN') setClosed(true);
          else if (s.connected) setTimeout(() => s.connected && attempt === attemptRef.current && void catchUp(s, true), RESUBSCRIBE_MS);
          return;
        }
        const done = sync.applyReplay(result);
        bump();
        if (done) break;
        result = await request(s, 'thread:replay', { threadId, afterSeq: sync.lastSeq });
      }
      setLive(true);
    },
    [threadId, bump],
  );

  // The last page of history, then (when connected) the subscription with replay.
  useEffect(() => {
    if (!threadId) return undefined;
    let cancelled = false;
    syncRef.current = null;
    setLoading(true);
    setError(null);
    setLive(false);
    setClosed(false);
    apollo
      .query({ query: ThreadMessagesDocument, variables: { threadId, last: HISTORY_PAGE }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (cancelled || !data) return;
        const page = data.threadMessages;
        syncRef.current = new ThreadSync(page.threadSeq, page.nodes.map(fromGraphQL));
        oldestRef.current = page.nodes[0]?.seq ?? page.threadSeq + 1;
        setHasEarlier(page.hasMore);
        setLoading(false);
        bump();
        const current = socketRef.current;
        if (current?.connected) void catchUp(current, true);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setError(e);
        setLoading(false);
      });
    return () => {
      cancelled = true;
      attemptRef.current += 1;
    };
    // The socket joins through useLiveSubscription; a new socket must not reload history.
  }, [apollo, threadId, reload, catchUp, bump]);

  useLiveSubscription(
    threadId,
    (s) => {
      setLive(false);
      void catchUp(s, true);
    },
    (s) => threadId && s.emit('thread:unsubscribe', { threadId }),
  );

  useEffect(() => {
    if (!socket) return undefined;
    const lost = () => {
      attemptRef.current += 1;
      if (syncRef.current?.isReplaying) syncRef.current.replayFailed();
      setLive(false);
    };
    socket.on('disconnect', lost);
    return () => {
      socket.off('disconnect', lost);
    };
  }, [socket]);

  const applyLive = (messages: RealtimeMessage[]) => {
    const sync = syncRef.current;
    if (!sync) return;
    let applied = false;
    let gap = false;
    for (const message of messages) {
      if (message.threadId !== threadId) continue;
      const outcome = sync.applyLive(message);
      applied ||= outcome === 'applied';
      gap ||= outcome === 'gap';
    }
    if (applied) bump();
    if (gap && socket?.connected) void catchUp(socket, false);
  };
  useSocketEvent('message', (message) => applyLive([message]));
  // A batch stored in one transaction arrives as one event.
  useSocketEvent('messages', (messages) => applyLive(messages));

  useSocketEvent('room:closed', ({ room }) => {
    if (threadId && room === roomOf.thread(threadId)) setClosed(true);
  });

  const loadEarlier = useCallback(async () => {
    const sync = syncRef.current;
    if (!sync || !threadId) return;
    const { data } = await apollo.query({
      query: ThreadMessagesDocument,
      variables: { threadId, last: HISTORY_PAGE, beforeSeq: oldestRef.current },
      fetchPolicy: 'network-only',
    });
    if (!data || syncRef.current !== sync) return;
    for (const node of data.threadMessages.nodes) sync.acknowledge(fromGraphQL(node));
    oldestRef.current = Math.min(oldestRef.current, data.threadMessages.nodes[0]?.seq ?? oldestRef.current);
    setHasEarlier(data.threadMessages.hasMore);
    bump();
  }, [apollo, threadId, bump]);

  const acknowledge = useCallback(
    (message: RealtimeMessage) => {
      syncRef.current?.acknowledge(message);
      bump();
    },
    [bump],
  );

  const messages = useMemo(() => {
    const all = syncRef.current?.messages ?? [];
    // Older messages changed while we watched (an edit) stay out until their page is loaded.
    return hasEarlier ? all.filter((m) => m.seq >= oldestRef.current) : all;
    // `version` changes whenever the sync does.
  }, [version, hasEarlier]);

  return {
    messages,
    loading,
    error,
    retry: () => setReload((r) => r + 1),
    hasEarlier,
    loadEarlier,
    lastSeq: syncRef.current?.lastSeq ?? 0,
    live,
    closed,
    acknowledge,
  };
}
