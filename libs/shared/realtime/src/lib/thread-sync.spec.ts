import type { RealtimeMessage } from './events';
import { ThreadSync } from './thread-sync';

function msg(seq: number, eventSeq = seq, body = `m${seq}`): RealtimeMessage {
  return {
    id: `id-${seq}`,
    threadId: 't',
    seq,
    eventSeq,
    clientId: null,
    author: { id: 'a', name: 'A' },
    body,
    bodyHtml: `<p>${body}</p>`,
    replyToId: null,
    mentionIds: [],
    createdAt: '2026-11-29T10:00:00.000Z',
    editedAt: null,
    deleted: false,
    hidden: false,
  };
}

describe('ThreadSync', () => {
  it('applies events in order and drops duplicates', () => {
    const sync = new ThreadSync();
    expect(sync.applyLive(msg(1))).toBe('applied');
    expect(sync.applyLive(msg(2))).toBe('applied');
    expect(sync.applyLive(msg(2))).toBe('duplicate');
    expect(sync.applyLive(msg(1))).toBe('duplicate');
    expect(sync.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(sync.lastSeq).toBe(2);
  });

  it('reports a gap, holds later events during the replay and ends with everything once, in order', () => {
    const sync = new ThreadSync(1, [msg(1)]);
    expect(sync.applyLive(msg(4))).toBe('gap');
    sync.replayStarted();
    expect(sync.applyLive(msg(5))).toBe('duplicate');
    const done = sync.applyReplay({ messages: [msg(2), msg(3), msg(4)], threadSeq: 4, hasMore: false });
    expect(done).toBe(true);
    expect(sync.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(sync.lastSeq).toBe(5);
    expect(sync.applyLive(msg(5))).toBe('duplicate');
  });

  it('follows replay pages until caught up', () => {
    const sync = new ThreadSync();
    sync.replayStarted();
    expect(sync.applyReplay({ messages: [msg(1), msg(2)], threadSeq: 9, hasMore: true })).toBe(false);
    expect(sync.lastSeq).toBe(2);
    expect(sync.isReplaying).toBe(true);
    expect(sync.applyReplay({ messages: [msg(3)], threadSeq: 9, hasMore: false })).toBe(true);
    // Numbers 4-9 were taken by changes to messages already replayed in their newest form.
    expect(sync.lastSeq).toBe(9);
  });

  it('replaces a message by its newer change, never by an older one', () => {
    const sync = new ThreadSync();
    sync.applyLive(msg(1));
    sync.applyLive(msg(2));
    sync.applyLive({ ...msg(1, 3, 'edited'), editedAt: '2026-11-29T10:01:00.000Z' });
    expect(sync.messages.map((m) => m.body)).toEqual(['edited', 'm2']);
    sync.acknowledge(msg(1, 1, 'stale ack'));
    expect(sync.messages[0].body).toBe('edited');
  });

  it('keeps an acknowledged own message without skipping events of others', () => {
    const sync = new ThreadSync(1, [msg(1)]);
    sync.acknowledge(msg(3));
    expect(sync.lastSeq).toBe(1);
    expect(sync.applyLive(msg(2))).toBe('applied');
    expect(sync.applyLive(msg(3))).toBe('applied');
    expect(sync.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });
});
