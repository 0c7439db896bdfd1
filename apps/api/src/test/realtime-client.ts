import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { Ack, ClientToServerEvents, RealtimeMessage, ReplayResult, ServerToClientEvents, ThreadSync } from '@kennislijn/shared-realtime';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// As a browser would wait on a busy server; a shorter wait makes retries pile onto a slow server.
const ACK_TIMEOUT_MS = 10_000;
const SEND_GIVE_UP_MS = 30_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const jitter = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

/** What one client saw of one thread. */
export interface ThreadView {
  sync: ThreadSync;
  /**
   * Messages in the order the client would show them: whenever `sync.lastSeq` moves forward, the
   * messages it moved past, in seq order. Equal to the database's list when delivery is exactly once.
   */
  delivered: RealtimeMessage[];
  /** Live events ThreadSync reported as 'applied' although it already held the message (a UI appending on 'applied' would show it twice). */
  appliedAgain: number;
  /** The seq of every live `message` event, as it arrived (before ThreadSync). */
  liveSeqs: number[];
  liveEvents: number;
  liveDuplicates: number;
  gaps: number;
  replays: number;
}

export interface SendResult {
  clientId: string;
  message: RealtimeMessage;
  attempts: number;
  url: string;
  /** When the acknowledged attempt was sent (ms since epoch). */
  sentAt: number;
}

/**
 * A socket.io client that behaves as the web app must: it authenticates with the access token,
 * subscribes every thread with `afterSeq = sync.lastSeq` after every (re)connect, replays on gaps,
 * and retries an unacknowledged send with the same clientId. It is given a list of API URLs and
 * fails over to the next one when its server is gone (reconnection is done here, not by socket.io,
 * so a restore after `drop()` and a failover follow the same path).
 */
export class SyncedClient {
  readonly threads = new Map<string, ThreadView>();
  readonly events: string[] = [];
  connects = 0;
  failovers = 0;
  rateLimited = 0;
  private socket?: ClientSocket;
  private urlIndex = 0;
  private dropped = false;
  private closed = false;
  private connectWaiters: (() => void)[] = [];
  private reconnectTimer?: NodeJS.Timeout;
  private generation = 0;
  private subscribedGeneration = -1;
  private fatal?: Error;

  constructor(
    readonly name: string,
    private readonly urls: string[],
    private readonly token: string,
    threadIds: string[],
  ) {
    for (const id of threadIds) this.threads.set(id, { sync: new ThreadSync(), delivered: [], appliedAgain: 0, liveSeqs: [], liveEvents: 0, liveDuplicates: 0, gaps: 0, replays: 0 });
  }

  get url(): string {
    return this.urls[this.urlIndex];
  }

  get connected(): boolean {
    return !!this.socket?.connected;
  }

  /** Connects and resolves once every thread has been subscribed and replayed. */
  async start(timeoutMs = 30_000): Promise<void> {
    this.open();
    const deadline = Date.now() + timeoutMs;
    while (!this.caughtUp()) {
      if (this.fatal) throw this.fatal;
      if (Date.now() > deadline) throw new Error(`${this.name}: not subscribed after ${timeoutMs} ms (${this.events.slice(-5).join('; ')})`);
      await sleep(20);
    }
  }

  /** Every thread subscribed at least once and no replay running. */
  caughtUp(): boolean {
    return this.connected && this.subscribedGeneration === this.generation && [...this.threads.values()].every((t) => !t.sync.isReplaying);
  }

  /** Drops the connection (as a flaky network or a closed laptop lid would); `restore()` reconnects. */
  drop(): void {
    this.dropped = true;
    clearTimeout(this.reconnectTimer);
    this.socket?.disconnect();
  }

  restore(): void {
    if (!this.dropped) return;
    this.dropped = false;
    this.reconnect(0);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    for (const w of this.connectWaiters.splice(0)) w();
  }

  /**
   * Sends a message and waits for the acknowledgement; a send that was not acknowledged (socket
   * dropped, server killed, timeout) is sent again with the same clientId, on whatever server the
   * client is connected to by then.
   */
  async send(threadId: string, body: string, onAttempt?: (clientId: string) => void): Promise<SendResult> {
    const clientId = randomUUID();
    const giveUp = Date.now() + SEND_GIVE_UP_MS;
    for (let attempt = 1; ; attempt++) {
      if (Date.now() > giveUp) throw new Error(`${this.name}: send ${clientId} not acknowledged within ${SEND_GIVE_UP_MS} ms (${this.events.slice(-5).join('; ')})`);
      if (this.closed) throw new Error(`${this.name}: closed before send ${clientId} was acknowledged`);
      await this.waitConnected(giveUp - Date.now());
      const socket = this.socket;
      if (!socket?.connected) continue;
      onAttempt?.(clientId);
      const url = this.url;
      const sentAt = Date.now();
      let result: Ack<{ message: RealtimeMessage }>;
      try {
        result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', { threadId, clientId, body });
      } catch {
        // Not acknowledged: dropped, server gone or timed out. Retry with the same clientId.
        await sleep(jitter(20, 80));
        continue;
      }
      if (result.ok) {
        if (result.message.clientId !== clientId) throw new Error(`${this.name}: ack for ${clientId} carries clientId ${result.message.clientId}`);
        return { clientId, message: result.message, attempts: attempt, url, sentAt };
      }
      if (result.error.code === 'RATE_LIMITED') {
        this.rateLimited++;
        await sleep(1000);
        continue;
      }
      throw new Error(`${this.name}: send refused: ${result.error.code} ${result.error.message}`);
    }
  }

  private waitConnected(timeoutMs: number): Promise<void> {
    if (this.connected || this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, timeoutMs));
      this.connectWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private open(): void {
    const socket: ClientSocket = io(this.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: this.token },
      reconnection: false,
      forceNew: true,
      timeout: 5_000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      if (socket !== this.socket) return;
      this.connects++;
      this.generation++;
      this.events.push(`connect ${this.url}`);
      for (const w of this.connectWaiters.splice(0)) w();
      void this.subscribeAll(socket, this.generation);
    });
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      if (socket !== this.socket) return;
      this.events.push(`connect_error ${this.url}: ${err.message}`);
      if (err.data?.code === 'UNAUTHENTICATED' || err.data?.code === 'TOKEN_EXPIRED') {
        this.fatal = new Error(`${this.name}: refused by ${this.url}: ${err.data.code}`);
        return;
      }
      // The server is unreachable: try the next one.
      this.urlIndex = (this.urlIndex + 1) % this.urls.length;
      this.failovers++;
      socket.removeAllListeners();
      socket.close();
      this.socket = undefined;
      this.reconnect(jitter(50, 200));
    });
    socket.on('disconnect', (reason) => {
      if (socket !== this.socket) return;
      this.events.push(`disconnect ${this.url}: ${reason}`);
      for (const t of this.threads.values()) if (t.sync.isReplaying) t.sync.replayFailed();
      if (reason !== 'io client disconnect') this.reconnect(jitter(20, 150));
    });
    const onMessage = (message: RealtimeMessage) => {
      if (socket !== this.socket) return;
      const view = this.threads.get(message.threadId);
      if (!view) return;
      view.liveEvents++;
      view.liveSeqs.push(message.seq);
      const known = view.sync.has(message.id);
      const outcome = view.sync.applyLive(message);
      if (outcome === 'duplicate') view.liveDuplicates++;
      if (outcome === 'applied' && known) view.appliedAgain++;
      if (outcome === 'gap') {
        view.gaps++;
        void this.replay(socket, message.threadId, this.generation);
      }
      this.record(view);
    };
    socket.on('message', onMessage);
    // A group-committed batch arrives as one event, applied message by message.
    socket.on('messages', (messages) => messages.forEach(onMessage));
  }

  private reconnect(delayMs: number): void {
    if (this.closed || this.dropped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      if (this.closed || this.dropped || this.connected) return;
      if (this.socket) this.socket.connect();
      else this.open();
    }, delayMs);
  }

  // After every connect: subscribe each thread from where this client is, replaying what it missed.
  private async subscribeAll(socket: ClientSocket, generation: number): Promise<void> {
    await Promise.all(
      [...this.threads.keys()].map(async (threadId) => {
        const view = this.threads.get(threadId) as ThreadView;
        for (;;) {
          if (socket !== this.socket || generation !== this.generation || !socket.connected) return;
          view.sync.replayStarted();
          view.replays++;
          try {
            const result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('thread:subscribe', { threadId, afterSeq: view.sync.lastSeq });
            if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
            if (socket !== this.socket || generation !== this.generation) return;
            this.apply(view, result);
            if (!result.hasMore || (await this.replayPages(socket, threadId, generation))) return;
          } catch (error) {
            if (socket !== this.socket || generation !== this.generation) return;
            view.sync.replayFailed();
            this.events.push(`subscribe ${threadId.slice(0, 8)} failed: ${String(error)}`);
            await sleep(jitter(50, 150));
          }
        }
      }),
    );
    if (socket === this.socket && generation === this.generation) this.subscribedGeneration = generation;
  }

  private async replay(socket: ClientSocket, threadId: string, generation: number): Promise<void> {
    const view = this.threads.get(threadId) as ThreadView;
    view.sync.replayStarted();
    view.replays++;
    try {
      await this.replayPages(socket, threadId, generation);
    } catch (error) {
      if (socket !== this.socket || generation !== this.generation) return;
      view.sync.replayFailed();
      this.events.push(`replay ${threadId.slice(0, 8)} failed: ${String(error)}`);
      // The next live event (another gap) or reconnect replays again.
    }
  }

  // Asks `thread:replay` until caught up. Returns false when the socket changed meanwhile.
  private async replayPages(socket: ClientSocket, threadId: string, generation: number): Promise<boolean> {
    const view = this.threads.get(threadId) as ThreadView;
    for (;;) {
      if (socket !== this.socket || generation !== this.generation) return false;
      const result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('thread:replay', { threadId, afterSeq: view.sync.lastSeq });
      if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
      if (socket !== this.socket || generation !== this.generation) return false;
      if (this.apply(view, result)) return true;
    }
  }

  private apply(view: ThreadView, result: ReplayResult): boolean {
    const done = view.sync.applyReplay(result);
    this.record(view);
    return done;
  }

  // Appends what `lastSeq` moved past to the delivered list (what a UI would render, once).
  private record(view: ThreadView): void {
    const shown = view.delivered.length ? view.delivered[view.delivered.length - 1].seq : 0;
    if (view.sync.lastSeq <= shown) return;
    for (const m of view.sync.messages) if (m.seq > shown && m.seq <= view.sync.lastSeq) view.delivered.push(m);
  }
}
