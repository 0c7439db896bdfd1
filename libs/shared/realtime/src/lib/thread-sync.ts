import type { RealtimeMessage, ReplayResult } from './events';

/**
 * The client half of the delivery guarantee, for one thread. Feed it every live `message` event
 * and every replay result; it keeps messages in `seq` order, drops what it already has, and says
 * when it has seen a gap so the caller replays from `lastSeq`. Pure logic: the web app, the soak
 * test and the benchmark all use it.
 */
export class ThreadSync {
  private readonly byId = new Map<string, RealtimeMessage>();
  private lastEventSeq: number;
  private replaying = false;
  private readonly early: RealtimeMessage[] = [];

  constructor(lastSeq = 0, known: RealtimeMessage[] = []) {
    this.lastEventSeq = lastSeq;
    for (const m of known) this.byId.set(m.id, m);
  }

  /** The last thread sequence number this client has seen everything up to. */
  get lastSeq(): number {
    return this.lastEventSeq;
  }

  get isReplaying(): boolean {
    return this.replaying;
  }

  /** Messages in thread order. */
  get messages(): RealtimeMessage[] {
    return [...this.byId.values()].sort((a, b) => a.seq - b.seq);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * A live event. Returns 'applied', 'duplicate' (already seen: ignore) or 'gap' (events are
   * missing: call `replayStarted()`, ask the server for everything after `lastSeq`, then `applyReplay`).
   */
  applyLive(message: RealtimeMessage): 'applied' | 'duplicate' | 'gap' {
    if (message.eventSeq <= this.lastEventSeq) return 'duplicate';
    if (this.replaying || message.eventSeq > this.lastEventSeq + 1) {
      this.early.push(message);
      return this.replaying ? 'duplicate' : 'gap';
    }
    this.put(message);
    this.lastEventSeq = message.eventSeq;
    return 'applied';
  }

  replayStarted(): void {
    this.replaying = true;
  }

  /** A page of a replay. Returns true when caught up (no more pages). */
  applyReplay(result: ReplayResult): boolean {
    for (const m of result.messages) {
      if (m.eventSeq > this.lastEventSeq) this.put(m);
    }
    const lastInPage = result.messages.length ? result.messages[result.messages.length - 1].eventSeq : this.lastEventSeq;
    this.lastEventSeq = Math.max(this.lastEventSeq, lastInPage, result.hasMore ? 0 : result.threadSeq);
    if (result.hasMore) return false;
    this.replaying = false;
    // Live events that arrived during the replay and are newer than it.
    const early = this.early.splice(0).sort((a, b) => a.eventSeq - b.eventSeq);
    for (const m of early) {
      if (m.eventSeq > this.lastEventSeq) {
        this.put(m);
        this.lastEventSeq = m.eventSeq;
      }
    }
    return true;
  }

  /** A replay failed (disconnected): the next reconnect replays again. */
  replayFailed(): void {
    this.replaying = false;
  }

  /** The sender's own acknowledged message (it may arrive before or after the live event). */
  acknowledge(message: RealtimeMessage): void {
    const known = this.byId.get(message.id);
    if (!known || known.eventSeq < message.eventSeq) this.byId.set(message.id, message);
  }

  private put(m: RealtimeMessage): void {
    const known = this.byId.get(m.id);
    if (!known || known.eventSeq < m.eventSeq) this.byId.set(m.id, m);
  }
}
