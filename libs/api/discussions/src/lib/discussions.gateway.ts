import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppException, Language, PrivacyOverrideInput, toPublicError } from '@kennislijn/api-core';
import { KlSocket, RealtimeService } from '@kennislijn/api-realtime';
import { PolicyService } from '@kennislijn/api-communities';
import { Ack, RealtimeError, roomOf } from '@kennislijn/shared-realtime';
import { DiscussionsService } from './discussions.service';

/** Sends per socket: at most this many per window (a person never gets near it). */
const SEND_LIMIT = 100;
const SEND_WINDOW_MS = 5000;
const TYPING_MIN_INTERVAL_MS = 1000;

/**
 * The socket side of discussions: subscribe to a thread (checked against the community's
 * permissions, with replay of what was missed), send with an acknowledgement, typing, and
 * community presence.
 */
@Injectable()
export class DiscussionsGateway implements OnModuleInit {
  private readonly logger = new Logger('Discussions');

  constructor(
    private readonly realtime: RealtimeService,
    private readonly discussions: DiscussionsService,
    private readonly policy: PolicyService,
  ) {}

  onModuleInit(): void {
    this.realtime.onConnection((socket) => this.attach(socket));
  }

  private attach(socket: KlSocket): void {
    const sends: number[] = [];
    const lastTyping = new Map<string, number>();
    const fail = <T>(ack: (r: Ack<T>) => void, error: unknown) => ack({ ok: false, error: this.toError(error, socket.data.lang) });

    socket.on('thread:subscribe', (payload, ack) => {
      if (typeof ack !== 'function') return;
      void (async () => {
        const threadId = String(payload?.threadId ?? '');
        const checked = await this.discussions.authorizeThread(socket.data.userId, threadId, 'community.read');
        const room = roomOf.thread(checked.thread.id);
        await socket.join(room);
        // Checked again after joining: access lost in between (removal, hidden case) cannot slip in,
        // and the sequence number read now covers everything not delivered to the room yet.
        let thread;
        try {
          thread = (await this.discussions.authorizeThread(socket.data.userId, threadId, 'community.read')).thread;
        } catch (error) {
          await socket.leave(room);
          throw error;
        }
        socket.data.roomCommunity[room] = thread.communityId;
        void this.realtime.enterPresence(socket, room).catch(() => undefined);
        const after = typeof payload.afterSeq === 'number' ? payload.afterSeq : null;
        if (after === null) return ack({ ok: true, messages: [], threadSeq: thread.lastSeq, hasMore: false });
        const result = await this.discussions.replay(socket.data.userId, thread.id, after, socket.data.lang, undefined, thread);
        ack({ ok: true, ...result });
      })().catch((error: unknown) => fail(ack, error));
    });

    socket.on('thread:unsubscribe', (payload) => {
      const room = roomOf.thread(String(payload?.threadId ?? ''));
      void socket.leave(room);
      delete socket.data.roomCommunity[room];
      this.realtime.leavePresence(socket, room);
    });

    socket.on('thread:replay', (payload, ack) => {
      if (typeof ack !== 'function') return;
      this.discussions
        .replay(socket.data.userId, String(payload?.threadId ?? ''), Number(payload?.afterSeq ?? 0), socket.data.lang)
        .then((result) => ack({ ok: true, ...result }), (error: unknown) => fail(ack, error));
    });

    socket.on('message:send', (payload, ack) => {
      if (typeof ack !== 'function') return;
      const now = Date.now();
      while (sends.length && sends[0] < now - SEND_WINDOW_MS) sends.shift();
      if (sends.length >= SEND_LIMIT) {
        return ack({ ok: false, error: { code: 'RATE_LIMITED', message: socket.data.lang === 'en' ? 'Too many messages at once; wait a moment.' : 'Te veel berichten tegelijk; wacht even.', retryAfterSeconds: 5 } });
      }
      sends.push(now);
      // Anything thrown while reading the payload also goes to the ack, never out of the handler.
      Promise.resolve()
        .then(() =>
          this.discussions.post(
            socket.data.userId,
            {
              threadId: String(payload?.threadId ?? ''),
              clientId: payload?.clientId ?? null,
              body: typeof payload?.body === 'string' ? payload.body : '',
              replyToId: payload?.replyToId ?? null,
              mentionIds: Array.isArray(payload?.mentionIds) ? payload.mentionIds.map(String) : [],
              privacyOverrides: overridesFrom(payload?.privacyOverrides),
            },
            socket.data.name,
          ),
        )
        .then((message) => ack({ ok: true, message }), (error: unknown) => fail(ack, error));
    });

    socket.on('typing', (payload) => {
      const threadId = String(payload?.threadId ?? '');
      const room = roomOf.thread(threadId);
      if (!socket.rooms.has(room)) return;
      const now = Date.now();
      if ((lastTyping.get(threadId) ?? 0) > now - TYPING_MIN_INTERVAL_MS) return;
      lastTyping.set(threadId, now);
      socket.to(room).emit('typing', { threadId, person: { id: socket.data.userId, name: socket.data.name } });
    });

    socket.on('community:subscribe', (payload, ack) => {
      if (typeof ack !== 'function') return;
      void (async () => {
        const communityId = String(payload?.communityId ?? '');
        await this.policy.authorize(socket.data.userId, communityId, 'community.read');
        const room = roomOf.community(communityId);
        await socket.join(room);
        socket.data.roomCommunity[room] = communityId;
        const people = await this.realtime.enterPresence(socket, room);
        ack({ ok: true, people });
      })().catch((error: unknown) => fail(ack, error));
    });

    socket.on('community:unsubscribe', (payload) => {
      const room = roomOf.community(String(payload?.communityId ?? ''));
      void socket.leave(room);
      delete socket.data.roomCommunity[room];
      this.realtime.leavePresence(socket, room);
    });
  }

  private toError(error: unknown, lang: Language): RealtimeError {
    const pub = toPublicError(error, lang, undefined, this.logger);
    const out: RealtimeError = { code: pub.code, message: pub.message };
    if (pub.fields) out.fields = pub.fields;
    if (Array.isArray(pub['findings'])) out.findings = pub['findings'] as RealtimeError['findings'];
    if (typeof pub['retryAfterSeconds'] === 'number') out.retryAfterSeconds = pub['retryAfterSeconds'];
    return out;
  }
}

// The socket has no validation pipe: only well-formed overrides with a real reason are passed on.
function overridesFrom(value: unknown): PrivacyOverrideInput[] {
  if (!Array.isArray(value)) return [];
  const valid = value.slice(0, 50).filter(
    (o): o is PrivacyOverrideInput =>
      !!o && typeof o.kind === 'string' && typeof o.text === 'string' && typeof o.reason === 'string' && o.kind.length <= 20 && o.text.length <= 200 && o.reason.trim().length >= 3 && o.reason.length <= 500,
  );
  if (valid.length !== Math.min(value.length, 50)) throw AppException.badInput([{ field: 'privacyOverrides', key: 'validation.invalid' }]);
  return valid;
}
