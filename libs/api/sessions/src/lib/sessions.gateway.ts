import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppException, Language, toPublicError } from '@kennislijn/api-core';
import { can } from '@kennislijn/api-communities';
import { KlSocket, RealtimeService } from '@kennislijn/api-realtime';
import { Ack, RealtimeError, roomOf, SessionRoomSnapshot } from '@kennislijn/shared-realtime';
import { SessionsService } from './sessions.service';

/**
 * The live room of a session: one socket room per session carries the state (current step), the
 * notes and the RSVP changes; presence shows who is there. Entering returns the state and the notes
 * so far, so a participant who joins late or reloads lands on the current step with everything.
 */
@Injectable()
export class SessionsGateway implements OnModuleInit {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly realtime: RealtimeService,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.realtime.onConnection((socket) => this.attach(socket));
    this.realtime.registerCommunityRooms(async (m, communityId) =>
      ((await m.query(`SELECT id FROM community_session WHERE community_id = $1`, [communityId])) as { id: string }[]).map((r) => roomOf.session(r.id)),
    );
  }

  private attach(socket: KlSocket): void {
    const fail = <T>(ack: (r: Ack<T>) => void, error: unknown) => ack({ ok: false, error: this.toError(error, socket.data.lang) });

    socket.on('session:subscribe', (payload, ack) => {
      if (typeof ack !== 'function') return;
      void (async () => {
        const { session, access } = await this.sessions.readable(socket.data.userId, String(payload?.sessionId ?? ''));
        if (!can(access, 'session.participate')) throw AppException.notFound();
        const room = roomOf.session(session.id);
        await socket.join(room);
        socket.data.roomCommunity[room] = session.communityId;
        if (session.status === 'LIVE') await this.sessions.recordAttendance(socket.data.userId, session.id);
        const people = await this.realtime.enterPresence(socket, room);
        // Read after joining: a step change committed meanwhile is either in this snapshot or arrives as an event.
        const fresh = await this.sessions.readable(socket.data.userId, session.id);
        const notes = await this.sessions.notes(session.id);
        const snapshot: SessionRoomSnapshot = {
          state: this.sessions.statePayload(fresh.session),
          notes: notes.map((n) => ({ stepKey: n.stepKey, body: n.body, rev: n.rev })),
          people,
        };
        ack({ ok: true, ...snapshot });
      })().catch((error: unknown) => fail(ack, error));
    });

    socket.on('session:unsubscribe', (payload) => {
      const room = roomOf.session(String(payload?.sessionId ?? ''));
      if (!socket.rooms.has(room)) return;
      delete socket.data.roomCommunity[room];
      this.realtime.leavePresence(socket, room);
      void socket.leave(room);
    });
  }

  private toError(error: unknown, lang: Language): RealtimeError {
    const pub = toPublicError(error, lang, undefined, this.logger);
    const out: RealtimeError = { code: pub.code, message: pub.message };
    if (pub.fields) out.fields = pub.fields;
    return out;
  }
}
