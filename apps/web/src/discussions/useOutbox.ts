import type { RealtimeMessage } from '@kennislijn/shared-realtime';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { request } from '../realtime/ack';
import { useRealtime } from '../realtime/realtime-context';
import { createOutboxStore, outboxKey, toPayload, type OutboxEntry } from './outbox';

const RETRY_MS = 3_000;
const NO_ENTRIES: OutboxEntry[] = [];
const noSubscribe = () => () => undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Outbox {
  entries: OutboxEntry[];
  /** The entry whose send is on its way now. */
  sendingId: string | null;
  /** clientIds this tab saw confirmed ("verzonden"). */
  sentIds: ReadonlySet<string>;
  enqueue: (entry: Omit<OutboxEntry, 'status' | 'createdAt' | 'threadId'>) => void;
  retry: (clientId: string) => void;
  discard: (clientId: string) => void;
}

/**
 * Sends the person's messages of one thread over the socket, one at a time and in the order they
 * were written, each awaiting the server's acknowledgement. Offline they wait in the outbox and go
 * out after the reconnect; a lost acknowledgement is retried with the same clientId.
 */
export function useOutbox(threadId: string | null, onSent: (message: RealtimeMessage) => void): Outbox {
  const { socket, status, userId } = useRealtime();
  const store = useMemo(() => (threadId && userId ? createOutboxStore(outboxKey(userId, threadId)) : null), [threadId, userId]);
  const entries = useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.list ?? (() => NO_ENTRIES));
  const [sendingId, setSendingId] = useState<string | null>(null);
  const [sentIds, setSentIds] = useState<ReadonlySet<string>>(() => new Set());
  const pumping = useRef(false);
  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  });

  const pump = useCallback(async () => {
    if (!store || !socket || pumping.current) return;
    pumping.current = true;
    try {
      for (;;) {
        if (!socket.connected) break;
        const next = store.list().find((e) => e.status === 'queued');
        if (!next) break;
        setSendingId(next.clientId);
        const result = await request(socket, 'message:send', toPayload(next));
        if (result.ok) {
          onSentRef.current(result.message);
          setSentIds((ids) => new Set(ids).add(next.clientId));
          store.remove(next.clientId);
          continue;
        }
        const { code, retryAfterSeconds } = result.error;
        if (code === 'TIMEOUT') {
          // Lost on the way (or the connection dropped): the same clientId goes again.
          setTimeout(() => void pumpRef.current(), RETRY_MS);
          break;
        }
        if (code === 'RATE_LIMITED') {
          await sleep((retryAfterSeconds ?? 5) * 1000);
          continue;
        }
        store.update(next.clientId, { status: 'failed', error: result.error });
      }
    } finally {
      pumping.current = false;
      setSendingId(null);
    }
  }, [store, socket]);
  const pumpRef = useRef(pump);
  useEffect(() => {
    pumpRef.current = pump;
  });

  useEffect(() => {
    if (status === 'connected') void pump();
  }, [status, pump, entries]);

  const enqueue = useCallback<Outbox['enqueue']>(
    (entry) => {
      if (!store || !threadId) return;
      store.add({ ...entry, threadId, status: 'queued', createdAt: new Date().toISOString() });
    },
    [store, threadId],
  );

  return {
    entries,
    sendingId,
    sentIds,
    enqueue,
    retry: (clientId) => store?.update(clientId, { status: 'queued', error: undefined }),
    discard: (clientId) => store?.remove(clientId),
  };
}
