import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server as HttpServer } from 'node:http';
import { Server, Socket } from 'socket.io';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, languageFrom, MetricsService, RateLimitService, toPublicError, translate } from '@kennislijn/api-core';
import { TokenService } from '@kennislijn/api-auth';
import {
  ClientToServerEvents,
  PRESENCE_GRACE_MS,
  RealtimePerson,
  roomOf,
  ServerToClientEvents,
  SocketData,
} from '@kennislijn/shared-realtime';
import { AfterCommit } from './after-commit';
import { MemoryPresenceStore, PresenceStore, RedisPresenceStore } from './presence.store';

/** Per-socket state: who it is, when its token expires, and which community each joined room belongs to. */
export interface KlSocketData extends SocketData {
  lang: 'nl' | 'en';
  roomCommunity: Record<string, string>;
  /** Instrument id → the item this socket is editing (co-editing indicators). */
  focus?: Record<string, string | null>;
}

export type KlServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, KlSocketData>;
export type KlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, KlSocketData>;
type EventName = keyof ServerToClientEvents;

/** After an access token expires, a socket has this long to send a fresh one (`auth:renew`). */
const RENEW_GRACE_MS = 5_000;
const PRESENCE_HEARTBEAT_MS = 15_000;
const PRESENCE_COALESCE_MS = 250;

/**
 * The socket.io server on the API's own HTTP server (path /socket.io). Authenticates every
 * handshake with the access token, joins each socket to its `user:<id>` room, and emits events
 * only after the transaction that caused them committed. With REDIS_URL the Redis adapter carries
 * events to every API instance and presence lives in Redis.
 */
@Injectable()
export class RealtimeService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private readonly afterCommit: AfterCommit;
  private readonly handlers: ((socket: KlSocket) => void)[] = [];
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly roomProviders: ((manager: EntityManager, communityId: string) => Promise<string[]>)[] = [];
  private readonly presenceRooms = new Map<string, Set<string>>();
  private readonly sockets = new Map<string, KlSocket>();
  private io?: KlServer;
  private presence: PresenceStore = new MemoryPresenceStore();
  private redis: Redis[] = [];
  private heartbeat?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokenService,
    private readonly metrics: MetricsService,
    private readonly rateLimits: RateLimitService,
  ) {
    this.afterCommit = AfterCommit.install(dataSource);
  }

  /** Registers per-socket event handlers (domain modules call this while the app starts). */
  onConnection(handler: (socket: KlSocket) => void): void {
    this.handlers.push(handler);
  }

  /**
   * Emits to a room once `manager`'s transaction has committed (at once without a transaction).
   * Nothing is emitted for a rolled-back write.
   */
  emit<E extends EventName>(manager: EntityManager | undefined, room: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.afterCommit.run(manager, () => {
      if (!this.io) return;
      this.io.to(room).emit(event, ...args);
      // Thread messages (new or changed), per message: a batch of n counts n.
      if (event === 'message') this.metrics.messagesDelivered(1);
      else if (event === 'messages') this.metrics.messagesDelivered((args[0] as unknown[]).length);
    });
  }

  /** Runs any work after the commit (for example flushing mail). */
  afterCommitOf(manager: EntityManager | undefined, work: () => void): void {
    this.afterCommit.run(manager, work);
  }

  /** Modules that own rooms of a community (discussion threads) say which they are. */
  registerCommunityRooms(provider: (manager: EntityManager, communityId: string) => Promise<string[]>): void {
    this.roomProviders.push(provider);
  }

  /**
   * After someone loses access to a community (leave, removal, ban), their sockets on every instance
   * leave that community's rooms, so nothing more from it reaches them. The room list is read in the
   * transaction; leaving is a broadcast through the adapter (no cross-instance request that can time
   * out), and their presence there ends at once.
   */
  async closeCommunityRooms(manager: EntityManager, userId: string, communityId: string): Promise<void> {
    const rooms = [roomOf.community(communityId)];
    for (const provider of this.roomProviders) rooms.push(...(await provider(manager, communityId)));
    this.afterCommit.run(manager, () => {
      if (!this.io) return;
      this.io.in(roomOf.user(userId)).socketsLeave(rooms);
      for (const room of rooms) this.io.to(roomOf.user(userId)).emit('room:closed', { room });
      void this.removePresence(rooms, userId).catch((err: unknown) => this.logger.warn({ err: String(err) }, 'presence update failed'));
    });
  }

  /** Only `allowed` people may stay in a room (e.g. a case was hidden: moderators only). */
  restrictRoom(manager: EntityManager | undefined, room: string, allowed: Set<string>): void {
    this.afterCommit.run(manager, () => {
      void (async () => {
        if (!this.io) return;
        const out = new Set<string>();
        for (const s of await this.io.in(room).fetchSockets()) {
          if (allowed.has(s.data.userId)) continue;
          s.leave(room);
          s.emit('room:closed', { room });
          out.add(s.data.userId);
        }
        for (const userId of out) await this.removePresence([room], userId);
      })().catch((err: unknown) => this.logger.warn({ err: String(err) }, 'restricting a room failed'));
    });
  }

  /** A deleted account: its open sockets are closed at once (after the commit). */
  disconnectUser(manager: EntityManager | undefined, userId: string): void {
    this.afterCommit.run(manager, () => this.io?.in(roomOf.user(userId)).disconnectSockets(true));
  }

  private async removePresence(rooms: string[], userId: string): Promise<void> {
    for (const room of rooms) {
      if (await this.presence.removePerson(room, userId)) this.schedulePresence(room);
    }
  }

  /** A community became private: sockets of people outside `allowed` leave its rooms on every instance. */
  restrictCommunityRooms(manager: EntityManager | undefined, communityId: string, allowed: Set<string>): void {
    this.afterCommit.run(manager, () => {
      void (async () => {
        if (!this.io) return;
        for (const s of await this.io.fetchSockets()) {
          if (allowed.has(s.data.userId)) continue;
          for (const [room, owner] of Object.entries(s.data.roomCommunity ?? {})) {
            if (owner !== communityId) continue;
            s.leave(room);
            s.emit('room:closed', { room });
          }
        }
      })().catch((err: unknown) => this.logger.warn({ err: String(err) }, 'restricting rooms failed'));
    });
  }


  /** Marks a socket as present in a room and tells the room who is there. */
  async enterPresence(socket: KlSocket, room: string): Promise<RealtimePerson[]> {
    const rooms = this.presenceRooms.get(socket.id) ?? new Set<string>();
    rooms.add(room);
    this.presenceRooms.set(socket.id, rooms);
    try {
      await this.presence.add(room, socket.id, { id: socket.data.userId, name: socket.data.name });
      const people = await this.presence.list(room);
      this.schedulePresence(room);
      return people;
    } catch (err) {
      // Presence lives in Redis: while it is down, entering still works and shows at least yourself.
      this.logger.warn({ err: String(err) }, 'presence unavailable');
      return [{ id: socket.data.userId, name: socket.data.name }];
    }
  }

  /** Leaves a presence room; after a disconnect only once the grace period passed (no flicker on reload). */
  leavePresence(socket: KlSocket, room: string, graceMs = 0): void {
    this.presenceRooms.get(socket.id)?.delete(room);
    const work = async () => {
      await this.presence.remove(room, socket.id);
      this.schedulePresence(room);
    };
    const run = () => void work().catch((err: unknown) => this.logger.warn({ err: String(err) }, 'presence update failed'));
    if (graceMs > 0) setTimeout(run, graceMs).unref();
    else run();
  }

  async presenceOf(room: string): Promise<RealtimePerson[]> {
    return this.presence.list(room);
  }

  /**
   * Tells a room who is there, at most every PRESENCE_COALESCE_MS: 500 people opening a page at once
   * cause a handful of presence events, not 125,000.
   */
  private schedulePresence(room: string): void {
    if (this.presenceTimers.has(room)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(room);
      void this.presence
        .list(room)
        .then((people) => this.io?.to(room).emit('presence', { room, people }))
        .catch((err: unknown) => this.logger.warn({ err: String(err) }, 'presence update failed'));
    }, PRESENCE_COALESCE_MS);
    timer.unref();
    this.presenceTimers.set(room, timer);
  }

  /** The socket.io server (for tests and the gateway); undefined before the app started. */
  get server(): KlServer | undefined {
    return this.io;
  }

  onApplicationBootstrap(): void {
    const http = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!http) return;
    const io: KlServer = new Server(http, {
      path: '/socket.io',
      serveClient: false,
      cors: this.config.corsOrigins.length ? { origin: this.config.corsOrigins, credentials: true } : undefined,
      // A dead connection is noticed within about 25 s; clients then reconnect and replay.
      pingInterval: 10_000,
      pingTimeout: 15_000,
      maxHttpBufferSize: 256_000,
    });
    if (this.config.redisUrl) {
      // While Redis is down no command may wait long or crash the process: a command fails after 2 s
      // (or 3 reconnect attempts), reconnecting is tried every second at most, and the adapter's
      // fire-and-forget publishes are caught (an unhandled rejection would end the process). Each
      // instance then still delivers to its own clients; others catch up on their next gap.
      const pub = new Redis(this.config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3, commandTimeout: 2_000, retryStrategy: (times) => Math.min(times * 100, 1_000) });
      const publish = pub.publish.bind(pub) as (channel: string | Buffer, message: string | Buffer) => Promise<number>;
      let failedPublishes = 0;
      let lastReport = 0;
      pub.publish = ((channel: string | Buffer, message: string | Buffer) => {
        const sent = publish(channel, message);
        sent.catch((err: unknown) => {
          failedPublishes++;
          if (Date.now() - lastReport < 5_000) return;
          lastReport = Date.now();
          this.logger.warn({ err: String(err), failedPublishes }, 'redis publish failed: other instances miss live events until Redis is back');
        });
        return sent;
      }) as typeof pub.publish;
      const sub = pub.duplicate({ commandTimeout: undefined });
      for (const client of [pub, sub]) client.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'redis error'));
      this.redis = [pub, sub];
      io.adapter(createAdapter(pub, sub, { key: 'kl:socket.io' }));
      this.presence = new RedisPresenceStore(pub);
      this.heartbeat = setInterval(() => void this.refreshPresence(), PRESENCE_HEARTBEAT_MS);
      this.heartbeat.unref();
    }
    io.use((socket, next) => {
      void this.authenticate(socket as KlSocket).then(
        () => next(),
        (error: Error & { data?: unknown }) => {
          if (error.data) return next(error);
          // Anything else (database down): a coded, translated refusal, never the internal message.
          this.logger.warn({ err: String(error) }, 'socket handshake failed');
          const lang = languageFrom(socket.handshake.headers['accept-language']);
          next(Object.assign(new Error(translate('error.serviceUnavailable', lang)), { data: { code: 'SERVICE_UNAVAILABLE' } }));
        },
      );
    });
    io.on('connection', (socket) => this.connected(socket));
    this.io = io;
  }

  private async authenticate(socket: KlSocket): Promise<void> {
    // The language the person chose in the app (handshake `auth.lang`), else the browser's.
    const auth = socket.handshake.auth as { token?: unknown; lang?: unknown } | undefined;
    const lang = auth?.lang === 'en' || auth?.lang === 'nl' ? auth.lang : languageFrom(socket.handshake.headers['accept-language']);
    const token = auth?.token;
    const refuse = (code: string, key: string) => Object.assign(new Error(translate(key, lang)), { data: { code } });
    if (typeof token !== 'string' || !token) throw refuse('UNAUTHENTICATED', 'error.unauthenticated');
    const result = this.tokens.verifyAccessToken(token);
    if (!result.ok) throw refuse(result.reason === 'expired' ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED', 'error.unauthenticated');
    const rows: { display_name: string }[] = await this.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1 AND deleted_at IS NULL`, [result.viewer.id]);
    if (!rows.length) throw refuse('UNAUTHENTICATED', 'error.unauthenticated');
    socket.data = { userId: result.viewer.id, name: rows[0].display_name, expiresAt: result.expiresAt, lang, roomCommunity: {} };
  }

  private connected(socket: KlSocket): void {
    this.sockets.set(socket.id, socket);
    this.metrics.socketConnected();
    this.limitEvents(socket);
    void socket.join(roomOf.user(socket.data.userId));
    let expiry = this.expiryTimer(socket);
    socket.on('auth:renew', (payload, ack) => {
      if (typeof ack !== 'function') return;
      const result = typeof payload?.token === 'string' ? this.tokens.verifyAccessToken(payload.token) : ({ ok: false, reason: 'invalid' } as const);
      if (!result.ok || result.viewer.id !== socket.data.userId) {
        ack({ ok: false, error: { code: 'UNAUTHENTICATED', message: translate('error.unauthenticated', socket.data.lang) } });
        return;
      }
      socket.data.expiresAt = result.expiresAt;
      clearTimeout(expiry);
      expiry = this.expiryTimer(socket);
      ack({ ok: true, expiresAt: result.expiresAt });
    });
    socket.on('disconnect', () => {
      clearTimeout(expiry);
      this.sockets.delete(socket.id);
      this.metrics.socketDisconnected();
      for (const room of [...(this.presenceRooms.get(socket.id) ?? [])]) this.leavePresence(socket, room, PRESENCE_GRACE_MS);
      this.presenceRooms.delete(socket.id);
    });
    for (const handler of this.handlers) handler(socket);
  }

  /**
   * Every event a client sends, except renewing its token, counts against the person's per-minute
   * budget (RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE, shared by all their sockets and, with Redis, all
   * instances). Over it, an event with an acknowledgement gets RATE_LIMITED with retryAfterSeconds;
   * one without (typing, focus, unsubscribe) is dropped. Events still reach the handlers in order.
   */
  private limitEvents(socket: KlSocket): void {
    let previous: Promise<void> = Promise.resolve();
    socket.use((packet, next) => {
      if (packet[0] === 'auth:renew') return next();
      previous = previous
        .then(async () => {
          const wait = await this.rateLimits.consumeSocketEvent(socket.data.userId);
          if (!wait) return next();
          const ack: unknown = packet[packet.length - 1];
          if (typeof ack !== 'function') return;
          const { code, message } = toPublicError(AppException.rateLimited(wait), socket.data.lang, undefined, this.logger);
          ack({ ok: false, error: { code, message, retryAfterSeconds: wait } });
        })
        .catch((err: unknown) => this.logger.warn({ err: String(err) }, 'socket rate limit failed'));
    });
  }

  // When the token expires the socket is told, and closed unless it renews within the grace period.
  private expiryTimer(socket: KlSocket): NodeJS.Timeout {
    const timer = setTimeout(
      () => {
        socket.emit('auth:expired');
        const close = setTimeout(() => {
          if (socket.data.expiresAt <= Date.now()) socket.disconnect(true);
        }, RENEW_GRACE_MS);
        close.unref();
      },
      Math.max(0, socket.data.expiresAt - Date.now()),
    );
    timer.unref();
    return timer;
  }

  private async refreshPresence(): Promise<void> {
    const entries: { room: string; socketId: string; person: RealtimePerson }[] = [];
    for (const [socketId, rooms] of this.presenceRooms) {
      const socket = this.sockets.get(socketId);
      if (!socket) continue;
      for (const room of [...rooms]) {
        // Removed from the room by another instance (lost access): no longer present there.
        if (!socket.rooms.has(room)) {
          rooms.delete(room);
          continue;
        }
        entries.push({ room, socketId, person: { id: socket.data.userId, name: socket.data.name } });
      }
    }
    await this.presence.refresh(entries).catch((err: unknown) => this.logger.warn({ err: String(err) }, 'presence refresh failed'));
  }

  beforeApplicationShutdown(): void {
    // Open sockets would keep the HTTP server from closing; clients reconnect elsewhere and replay.
    clearInterval(this.heartbeat);
    for (const timer of this.presenceTimers.values()) clearTimeout(timer);
    this.io?.disconnectSockets(true);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.io) {
      this.io.engine.close();
      await new Promise<void>((resolve) => {
        this.io?.of('/').adapter.close?.();
        resolve();
      });
    }
    await this.presence.close();
    await Promise.all(this.redis.map((r) => r.quit().catch(() => undefined)));
  }
}
