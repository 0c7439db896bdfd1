import { createOutboxStore, toPayload, type OutboxEntry } from './outbox';

const storage = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  },
  window: { addEventListener: () => undefined, removeEventListener: () => undefined },
});

const entry = (clientId: string, body: string): OutboxEntry => ({
  clientId,
  threadId: 't',
  body,
  replyToId: null,
  mentionIds: [],
  mentions: [],
  privacyOverrides: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  status: 'queued',
});

describe('outbox', () => {
  beforeEach(() => storage.clear());

  it('keeps messages in the order written, across a reload', () => {
    const store = createOutboxStore('k');
    store.add(entry('a', 'een'));
    store.add(entry('b', 'twee'));
    store.update('a', { status: 'failed' });
    expect(createOutboxStore('k').list().map((e) => [e.clientId, e.status])).toEqual([
      ['a', 'failed'],
      ['b', 'queued'],
    ]);
  });

  it('adds a message with the same clientId once', () => {
    const store = createOutboxStore('k');
    store.add(entry('a', 'een'));
    store.add(entry('a', 'een'));
    expect(store.list()).toHaveLength(1);
    store.remove('a');
    expect(storage.has('k')).toBe(false);
  });

  it('sends the stable clientId and only the override fields the server takes', () => {
    const e = { ...entry('a', 'een'), privacyOverrides: [{ kind: 'NAME', text: 'Sam', reason: 'lid', extra: 1 } as never] };
    expect(toPayload(e)).toEqual({ threadId: 't', clientId: 'a', body: 'een', replyToId: null, mentionIds: [], privacyOverrides: [{ kind: 'NAME', text: 'Sam', reason: 'lid' }] });
  });
});
