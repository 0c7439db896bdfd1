import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppException, Language, toPublicError } from '@kennislijn/api-core';
import { can } from '@kennislijn/api-communities';
import { KlSocket, RealtimeService } from '@kennislijn/api-realtime';
import { Ack, InstrumentEditorsPayload, RealtimeError, roomOf } from '@kennislijn/shared-realtime';
import { InstrumentsService } from './instruments.service';
import { MonitoringService } from './monitoring.service';

const ITEM_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * Sockets for co-editing and monitoring: a draft's room carries its changes (`instrument:changed`)
 * and who is editing which item (`instrument:editing`); a track's room tells its page that a
 * response arrived. Joining is checked like reading (members only for drafts and tracks), and the
 * rooms are closed for whoever leaves or is removed from the community.
 */
@Injectable()
export class InstrumentsGateway implements OnModuleInit {
  private readonly logger = new Logger('Instruments');

  constructor(
    private readonly realtime: RealtimeService,
    private readonly instruments: InstrumentsService,
    private readonly monitoring: MonitoringService,
  ) {}

  onModuleInit(): void {
    this.realtime.onConnection((socket) => this.attach(socket));
    this.realtime.registerCommunityRooms(async (m, communityId) => {
      const rows: { room: string }[] = await m.query(
        `SELECT 'instrument:' || id AS room FROM instrument WHERE community_id = $1 UNION ALL SELECT 'track:' || id FROM monitoring_track WHERE community_id = $1`,
        [communityId],
      );
      return rows.map((r) => r.room);
    });
  }

  /** Everyone with the draft open, and the item each edits (one entry per person; an editing socket wins). */
  async editors(instrumentId: string): Promise<InstrumentEditorsPayload> {
    const io = this.realtime.server;
    const byPerson = new Map<string, InstrumentEditorsPayload['editors'][number]>();
    for (const s of io ? await io.in(roomOf.instrument(instrumentId)).fetchSockets() : []) {
      const itemId = s.data.focus?.[instrumentId] ?? null;
      const known = byPerson.get(s.data.userId);
      if (!known || (!known.itemId && itemId)) byPerson.set(s.data.userId, { person: { id: s.data.userId, name: s.data.name }, itemId });
    }
    return { instrumentId, editors: [...byPerson.values()].sort((a, b) => a.person.name.localeCompare(b.person.name, 'nl')) };
  }

  private broadcastEditors(instrumentId: string): void {
    void this.editors(instrumentId)
      .then((payload) => this.realtime.server?.to(roomOf.instrument(instrumentId)).emit('instrument:editing', payload))
      .catch((err: unknown) => this.logger.warn({ err: String(err) }, 'editor broadcast failed'));
  }

  private attach(socket: KlSocket): void {
    const fail = <T>(ack: (r: Ack<T>) => void, error: unknown) => ack({ ok: false, error: this.toError(error, socket.data.lang) });
    socket.data.focus = {};

    socket.on('instrument:subscribe', (payload, ack) => {
      if (typeof ack !== 'function') return;
      void (async () => {
        const r = await this.instruments.readable(socket.data.userId, String(payload?.instrumentId ?? ''));
        if (!can(r.access, 'instrument.readDraft')) throw AppException.notFound();
        const room = roomOf.instrument(r.instrument.id);
        await socket.join(room);
        socket.data.roomCommunity[room] = r.instrument.communityId;
        (socket.data.focus ??= {})[r.instrument.id] = null;
        const editors = await this.editors(r.instrument.id);
        socket.to(room).emit('instrument:editing', editors);
        ack({ ok: true, ...editors });
      })().catch((error: unknown) => fail(ack, error));
    });

    socket.on('instrument:focus', (payload) => {
      const instrumentId = String(payload?.instrumentId ?? '');
      if (!socket.rooms.has(roomOf.instrument(instrumentId))) return;
      const itemId = typeof payload?.itemId === 'string' && ITEM_ID.test(payload.itemId) ? payload.itemId : null;
      if ((socket.data.focus?.[instrumentId] ?? null) === itemId) return;
      (socket.data.focus ??= {})[instrumentId] = itemId;
      this.broadcastEditors(instrumentId);
    });

    socket.on('instrument:unsubscribe', (payload) => {
      const instrumentId = String(payload?.instrumentId ?? '');
      const room = roomOf.instrument(instrumentId);
      if (!socket.rooms.has(room)) return;
      delete socket.data.focus?.[instrumentId];
      delete socket.data.roomCommunity[room];
      void Promise.resolve(socket.leave(room)).then(() => this.broadcastEditors(instrumentId));
    });

    socket.on('track:subscribe', (payload, ack) => {
      if (typeof ack !== 'function') return;
      void (async () => {
        const { track } = await this.monitoring.readable(socket.data.userId, String(payload?.trackId ?? ''));
        const room = roomOf.track(track.id);
        await socket.join(room);
        socket.data.roomCommunity[room] = track.communityId;
        ack({ ok: true, trackId: track.id });
      })().catch((error: unknown) => fail(ack, error));
    });

    socket.on('track:unsubscribe', (payload) => {
      const room = roomOf.track(String(payload?.trackId ?? ''));
      delete socket.data.roomCommunity[room];
      void socket.leave(room);
    });

    // Whoever closes the page stops showing as an editor for the others.
    socket.on('disconnecting', () => {
      const open = [...socket.rooms].filter((r) => r.startsWith('instrument:')).map((r) => r.slice('instrument:'.length));
      if (open.length) setTimeout(() => open.forEach((id) => this.broadcastEditors(id)), 0);
    });
  }

  private toError(error: unknown, lang: Language): RealtimeError {
    const pub = toPublicError(error, lang, undefined, this.logger);
    const out: RealtimeError = { code: pub.code, message: pub.message };
    if (pub.fields) out.fields = pub.fields;
    return out;
  }
}
