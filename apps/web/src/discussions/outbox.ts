import type { RealtimeError, SendMessagePayload } from '@kennislijn/shared-realtime';
import type { Mention } from './mentions';

/** A message written in this browser and not yet confirmed by the server. */
export interface OutboxEntry {
  /** Made once when the message is written; every retry sends it again, the server stores it once. */
  clientId: string;
  threadId: string;
  body: string;
  replyToId: string | null;
  mentionIds: string[];
  /** The chosen mentions with their names, so a refused message can come back to the composer whole. */
  mentions: Mention[];
  privacyOverrides: { kind: string; text: string; reason: string }[];
  createdAt: string;
  status: 'queued' | 'failed';
  error?: RealtimeError;
}

export interface OutboxStore {
  list: () => OutboxEntry[];
  subscribe: (listener: () => void) => () => void;
  add: (entry: OutboxEntry) => void;
  update: (clientId: string, patch: Partial<OutboxEntry>) => void;
  remove: (clientId: string) => void;
}

export const outboxKey = (userId: string, threadId: string) => `kennislijn.outbox.${userId}.${threadId}`;

function read(key: string): OutboxEntry[] {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]).filter((e) => typeof e?.clientId === 'string' && typeof e.body === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The messages of one person in one thread that still have to reach the server, in the order they
 * were written. Kept in localStorage, so a message written offline survives a reload or a closed tab;
 * other tabs of the same person see the same queue (the server stores each clientId once).
 */
export function createOutboxStore(key: string): OutboxStore {
  let entries = read(key);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const write = (next: OutboxEntry[]) => {
    entries = next;
    try {
      if (next.length) localStorage.setItem(key, JSON.stringify(next));
      else localStorage.removeItem(key);
    } catch {
      // Storage full or blocked: the queue still lives in memory for this tab.
    }
    notify();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key) return;
    entries = read(key);
    notify();
  };
  return {
    list: () => entries,
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
    add: (entry) => write([...entries.filter((e) => e.clientId !== entry.clientId), entry]),
    update: (clientId, patch) => write(entries.map((e) => (e.clientId === clientId ? { ...e, ...patch } : e))),
    remove: (clientId) => write(entries.filter((e) => e.clientId !== clientId)),
  };
}

export function toPayload(entry: OutboxEntry): SendMessagePayload {
  return {
    threadId: entry.threadId,
    clientId: entry.clientId,
    body: entry.body,
    replyToId: entry.replyToId,
    mentionIds: entry.mentionIds,
    privacyOverrides: entry.privacyOverrides.map(({ kind, text, reason }) => ({ kind, text, reason })),
  };
}
