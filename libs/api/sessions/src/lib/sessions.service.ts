import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AppException, assertPrivacy, ErrorCode, isUniqueViolation, isUuid, PrivacyOverrideInput } from '@kennislijn/api-core';
import { can, CommunityAccess, FeedItemEntity, FeedItemType, PolicyService, recordPrivacyOverrides } from '@kennislijn/api-communities';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';
import { RealtimeService } from '@kennislijn/api-realtime';
import { roomOf, type SessionStatePayload } from '@kennislijn/shared-realtime';
import {
  amsterdamToUtc,
  applyRsvp,
  calendarToIcs,
  DISCUSSION_METHODS,
  LocalTimeError,
  normalizeMethod,
  sessionToIcs,
  validateMethod,
  type CalendarSession,
  type DiscussionMethodDraft,
  type RsvpChoice,
} from '@kennislijn/shared-sessions';
import {
  CalendarFeedTokenEntity,
  SessionAttendanceEntity,
  SessionEntity,
  SessionMethodEntity,
  SessionNoteEntity,
  SessionPollEntity,
  SessionPollVoteEntity,
  SessionRsvpEntity,
  type RsvpStatusValue,
} from './entities/session.entities';

export interface SessionPlanInput {
  communityId?: string;
  title: string;
  themeCode?: string | null;
  themeText?: string | null;
  description?: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  methodId?: string | null;
  caseIds?: string[] | null;
  knowledgeIds?: string[] | null;
  instrumentIds?: string[] | null;
  clientId?: string | null;
  privacyOverrides?: PrivacyOverrideInput[] | null;
}

/** A quick round's counts and the sequence number they belong to. */
export interface PollResults {
  seq: number;
  counts: number[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const MAX_HOURS = 12;

/** Themed sessions: planning, RSVP with a waiting list, calendars, the live room and what remains afterwards. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly realtime: RealtimeService,
    private readonly notifications: NotificationsService,
  ) {}

  // ───────────────────────────── methods ─────────────────────────────

  /** Shipped methods are rows too (domain as data): inserted when missing, never overwritten. */
  async seedShippedMethods(): Promise<void> {
    for (const method of DISCUSSION_METHODS)
      await this.dataSource.query(
        `INSERT INTO session_method (community_id, code, name_nl, name_en, summary_nl, summary_en, steps)
         SELECT NULL, $1::varchar, $2, $3, $4, $5, $6::jsonb WHERE NOT EXISTS (SELECT 1 FROM session_method WHERE community_id IS NULL AND code = $1::varchar)`,
        [method.code, method.name.nl, method.name.en, method.summary.nl, method.summary.en, JSON.stringify(method.steps)],
      );
  }

  /** The methods a community can use: the shipped ones and its own. */
  async methods(viewerId: string | undefined, communityId: string | null): Promise<SessionMethodEntity[]> {
    if (communityId) await this.policy.authorize(viewerId, communityId, 'community.read');
    return this.dataSource.getRepository(SessionMethodEntity).find({
      where: communityId ? [{ communityId: IsNull() }, { communityId }] : { communityId: IsNull() },
      order: { createdAt: 'ASC', code: 'ASC' },
    });
  }

  async createMethod(viewerId: string, communityId: string, draft: DiscussionMethodDraft): Promise<SessionMethodEntity> {
    const errors = validateMethod(draft);
    if (errors.length) throw AppException.badInput(errors.map((e) => ({ field: e.field, key: e.key, params: e.params })));
    const method = normalizeMethod(draft);
    assertPrivacy(Object.fromEntries(method.steps.flatMap((s) => [[`steps.${s.key}.title`, s.title.nl], [`steps.${s.key}.prompt`, s.prompt.nl]]).concat([['name', method.name.nl], ['summary', method.summary.nl]])));
    try {
      return await this.dataSource.transaction(async (m) => {
        await this.policy.authorize(viewerId, communityId, 'session.moderate', m);
        return m.getRepository(SessionMethodEntity).save(
          m.getRepository(SessionMethodEntity).create({
            communityId,
            code: method.code,
            nameNl: method.name.nl,
            nameEn: method.name.en,
            summaryNl: method.summary.nl,
            summaryEn: method.summary.en,
            steps: method.steps,
            createdById: viewerId,
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppException.badInput([{ field: 'code', key: 'session.methodCodeTaken' }]);
      throw error;
    }
  }

  // ───────────────────────────── reading ─────────────────────────────

  /** A session the viewer may read, with their access; NOT_FOUND otherwise. */
  async readable(viewerId: string | undefined, id: string, m: EntityManager = this.dataSource.manager): Promise<{ session: SessionEntity; access: CommunityAccess }> {
    const session = isUuid(id) ? await m.getRepository(SessionEntity).findOneBy({ id }) : null;
    if (!session) throw AppException.notFound();
    const access = (await this.policy.load(viewerId, [session.communityId], m)).get(session.communityId);
    if (!access || !can(access, 'community.read')) throw AppException.notFound();
    return { session, access };
  }

  /** Sessions the viewer may read: of one community, or everywhere; `mine`: those they RSVP'd to (not NOT_GOING). */
  async list(viewerId: string | undefined, f: { communityId?: string | null; from?: Date | null; to?: Date | null; mine?: boolean | null; newestFirst?: boolean | null }, first = 100): Promise<SessionEntity[]> {
    const params: unknown[] = [viewerId ?? null];
    const where = [this.policy.readableCondition('c', '$1::uuid')];
    if (f.communityId) {
      if (!isUuid(f.communityId)) return [];
      params.push(f.communityId);
      where.push(`s.community_id = $${params.length}`);
    }
    if (f.from) {
      params.push(f.from);
      where.push(`s.ends_at >= $${params.length}`);
    }
    if (f.to) {
      params.push(f.to);
      where.push(`s.starts_at < $${params.length}`);
    }
    if (f.mine) {
      if (!viewerId) return [];
      where.push(`EXISTS (SELECT 1 FROM session_rsvp r WHERE r.session_id = s.id AND r.user_id = $1::uuid AND r.status <> 'NOT_GOING')`);
    }
    params.push(Math.min(Math.max(first, 1), 500));
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM community_session s JOIN community c ON c.id = s.community_id WHERE ${where.join(' AND ')} ORDER BY s.starts_at ${f.newestFirst ? 'DESC' : 'ASC'}, s.id LIMIT $${params.length}`,
      params,
    );
    const sessions = await this.dataSource.getRepository(SessionEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const order = new Map(rows.map((r, i) => [r.id, i]));
    return sessions.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  async rsvps(sessionIds: readonly string[]): Promise<SessionRsvpEntity[]> {
    if (!sessionIds.length) return [];
    return this.dataSource.getRepository(SessionRsvpEntity).find({ where: { sessionId: In([...sessionIds]) }, order: { requestedAt: 'ASC' } });
  }

  async notes(sessionId: string): Promise<SessionNoteEntity[]> {
    return this.dataSource.getRepository(SessionNoteEntity).findBy({ sessionId });
  }

  // ───────────────────────────── planning ─────────────────────────────

  private times(input: Pick<SessionPlanInput, 'startDate' | 'startTime' | 'endDate' | 'endTime'>): { startsAt: Date; endsAt: Date } {
    const at = (field: 'start' | 'end', date: string, time: string): Date => {
      try {
        return new Date(amsterdamToUtc(date, time));
      } catch (error) {
        if (error instanceof LocalTimeError) {
          const key = /nonexist|gap|skipped/i.test(error.key) ? 'session.nonexistentTime' : 'session.localTime';
          throw AppException.badInput([{ field: `${field}Time`, key }]);
        }
        throw error;
      }
    };
    const startsAt = at('start', input.startDate, input.startTime);
    const endsAt = at('end', input.endDate, input.endTime);
    if (endsAt <= startsAt) throw AppException.badInput([{ field: 'endTime', key: 'session.timeOrder' }]);
    if (endsAt.getTime() - startsAt.getTime() > MAX_HOURS * 3600_000) throw AppException.badInput([{ field: 'endTime', key: 'session.tooLong' }]);
    return { startsAt, endsAt };
  }

  private async checkLinks(m: EntityManager, communityId: string, input: SessionPlanInput): Promise<void> {
    const caseIds = [...new Set(input.caseIds ?? [])];
    if (caseIds.length) {
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM community_case WHERE id = ANY($1::uuid[]) AND community_id = $2 AND hidden_at IS NULL`, [caseIds, communityId]);
      if (n !== caseIds.length) throw AppException.badInput([{ field: 'caseIds', key: 'session.unknownCase' }]);
    }
    const knowledgeIds = [...new Set(input.knowledgeIds ?? [])];
    if (knowledgeIds.length) {
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM knowledge_item WHERE id = ANY($1::uuid[]) AND (community_id IS NULL OR community_id = $2)`, [knowledgeIds, communityId]);
      if (n !== knowledgeIds.length) throw AppException.badInput([{ field: 'knowledgeIds', key: 'session.unknownKnowledge' }]);
    }
    const instrumentIds = [...new Set(input.instrumentIds ?? [])];
    if (instrumentIds.length) {
      const [{ n }] = await m.query(
        `SELECT count(*)::int AS n FROM instrument i JOIN community c ON c.id = i.community_id
          WHERE i.id = ANY($1::uuid[]) AND i.latest_version > 0 AND (i.community_id = $2 OR c.visibility = 'PUBLIC')`,
        [instrumentIds, communityId],
      );
      if (n !== instrumentIds.length) throw AppException.badInput([{ field: 'instrumentIds', key: 'session.unknownInstrument' }]);
    }
    if (input.themeCode) {
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM research_theme WHERE code = $1`, [input.themeCode]);
      if (!n) throw AppException.badInput([{ field: 'themeCode', key: 'session.unknownTheme' }]);
    }
  }

  private checkPlanFields(input: SessionPlanInput): void {
    if (input.capacity !== null && input.capacity !== undefined && (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 1000))
      throw AppException.badInput([{ field: 'capacity', key: 'session.capacity' }]);
    if (input.onlineUrl && !/^https?:\/\/[^\s]+$/i.test(input.onlineUrl)) throw AppException.badInput([{ field: 'onlineUrl', key: 'session.onlineUrl' }]);
  }

  private guarded(input: SessionPlanInput): Record<string, string> {
    return { title: input.title, themeText: input.themeText ?? '', description: input.description ?? '', location: input.location ?? '' };
  }

  async plan(viewerId: string, input: SessionPlanInput & { communityId: string }): Promise<SessionEntity> {
    this.checkPlanFields(input);
    const { startsAt, endsAt } = this.times(input);
    const overrides = assertPrivacy(this.guarded(input), input.privacyOverrides ?? []);
    const run = () =>
      this.dataSource.transaction(async (m) => {
        await this.policy.authorize(viewerId, input.communityId, 'session.moderate', m);
        if (input.clientId) {
          const existing = await m.getRepository(SessionEntity).findOneBy({ createdById: viewerId, clientId: input.clientId });
          if (existing) return existing;
        }
        await this.checkLinks(m, input.communityId, input);
        const method = input.methodId ? await this.usableMethod(m, input.methodId, input.communityId) : null;
        const session = await m.getRepository(SessionEntity).save(
          m.getRepository(SessionEntity).create({
            communityId: input.communityId,
            title: input.title.trim(),
            themeCode: input.themeCode || null,
            themeText: (input.themeText ?? '').trim(),
            description: input.description ?? '',
            startsAt,
            endsAt,
            location: (input.location ?? '').trim(),
            onlineUrl: input.onlineUrl || null,
            capacity: input.capacity ?? null,
            methodId: method?.id ?? null,
            methodName: method?.nameNl ?? '',
            methodSteps: method?.steps ?? [],
            caseIds: [...new Set(input.caseIds ?? [])],
            knowledgeIds: [...new Set(input.knowledgeIds ?? [])],
            instrumentIds: [...new Set(input.instrumentIds ?? [])],
            createdById: viewerId,
            clientId: input.clientId ?? null,
          }),
        );
        await recordPrivacyOverrides(m, 'SESSION', session.id, viewerId, overrides);
        await m.getRepository(FeedItemEntity).insert({ communityId: session.communityId, type: FeedItemType.SESSION_PLANNED, actorId: viewerId, subjectId: session.id });
        this.emitState(m, session);
        return session;
      });
    try {
      return await run();
    } catch (error) {
      // Two tries with one clientId at once: the second finds the first.
      if (input.clientId && isUniqueViolation(error)) {
        const existing = await this.dataSource.getRepository(SessionEntity).findOneBy({ createdById: viewerId, clientId: input.clientId });
        if (existing) return existing;
      }
      throw error;
    }
  }

  private async usableMethod(m: EntityManager, methodId: string, communityId: string): Promise<SessionMethodEntity> {
    const method = isUuid(methodId) ? await m.getRepository(SessionMethodEntity).findOneBy({ id: methodId }) : null;
    if (!method || (method.communityId !== null && method.communityId !== communityId)) throw AppException.badInput([{ field: 'methodId', key: 'session.unknownMethod' }]);
    return method;
  }

  async update(viewerId: string, id: string, input: SessionPlanInput): Promise<SessionEntity> {
    this.checkPlanFields(input);
    const { startsAt, endsAt } = this.times(input);
    const overrides = assertPrivacy(this.guarded(input), input.privacyOverrides ?? []);
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.lockForModeration(m, viewerId, id);
      if (session.status !== 'PLANNED') throw AppException.conflict('session.notPlanned');
      await this.checkLinks(m, session.communityId, input);
      const method = input.methodId ? await this.usableMethod(m, input.methodId, session.communityId) : null;
      const capacityChanged = (input.capacity ?? null) !== session.capacity;
      Object.assign(session, {
        title: input.title.trim(),
        themeCode: input.themeCode || null,
        themeText: (input.themeText ?? '').trim(),
        description: input.description ?? '',
        startsAt,
        endsAt,
        location: (input.location ?? '').trim(),
        onlineUrl: input.onlineUrl || null,
        capacity: input.capacity ?? null,
        caseIds: [...new Set(input.caseIds ?? [])],
        knowledgeIds: [...new Set(input.knowledgeIds ?? [])],
        instrumentIds: [...new Set(input.instrumentIds ?? [])],
        icalSequence: session.icalSequence + 1,
      });
      if (method && method.id !== session.methodId) Object.assign(session, { methodId: method.id, methodName: method.nameNl, methodSteps: method.steps });
      if (!input.methodId) Object.assign(session, { methodId: null, methodName: '', methodSteps: [] });
      const saved = await m.getRepository(SessionEntity).save(session);
      await recordPrivacyOverrides(m, 'SESSION', session.id, viewerId, overrides);
      // More places: the waiting list moves up.
      if (capacityChanged) await this.fillSeats(m, saved);
      this.emitState(m, saved);
      return saved;
    });
  }

  async cancel(viewerId: string, id: string): Promise<SessionEntity> {
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.lockForModeration(m, viewerId, id);
      if (session.status === 'CLOSED' || session.status === 'CANCELLED') throw AppException.conflict('session.closed');
      session.status = 'CANCELLED';
      session.stateSeq += 1;
      session.icalSequence += 1;
      const saved = await m.getRepository(SessionEntity).save(session);
      this.emitState(m, saved);
      return saved;
    });
  }

  private async lockForModeration(m: EntityManager, viewerId: string, id: string): Promise<{ session: SessionEntity; access: CommunityAccess }> {
    const { session } = await this.readable(viewerId, id, m);
    const access = await this.policy.authorize(viewerId, session.communityId, 'session.moderate', m);
    const locked = await m.getRepository(SessionEntity).findOne({ where: { id: session.id }, lock: { mode: 'pessimistic_write' } });
    return { session: locked ?? session, access };
  }

  // ───────────────────────────── RSVP and the waiting list ─────────────────────────────

  async rsvp(viewerId: string, id: string, wanted: RsvpChoice): Promise<SessionEntity> {
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.readable(viewerId, id, m);
      await this.policy.authorize(viewerId, session.communityId, 'session.rsvp', m);
      // The session row orders everyone's answers to it (and a cancel), on every instance: check under the lock.
      const locked = (await m.getRepository(SessionEntity).findOne({ where: { id: session.id }, lock: { mode: 'pessimistic_write' } })) ?? session;
      if (locked.status === 'CLOSED' || locked.status === 'CANCELLED') throw AppException.conflict('session.closed');
      const rows = await m.getRepository(SessionRsvpEntity).find({ where: { sessionId: session.id }, order: { requestedAt: 'ASC', userId: 'ASC' } });
      const now = new Date().toISOString();
      const result = applyRsvp({ capacity: locked.capacity, rsvps: rows.map((r) => ({ userId: r.userId, status: r.status, at: r.requestedAt.toISOString() })) }, viewerId, wanted, now);
      if (!result.changed) return locked;
      await this.storeRsvps(m, locked.id, rows, result.rsvps);
      await this.notifyPromoted(m, locked, result.promoted);
      this.emitRsvp(m, locked);
      return locked;
    });
  }

  /** After the capacity grew: whoever waits longest gets the free places. */
  private async fillSeats(m: EntityManager, session: SessionEntity): Promise<void> {
    const rows = await m.getRepository(SessionRsvpEntity).find({ where: { sessionId: session.id }, order: { requestedAt: 'ASC', userId: 'ASC' } });
    const waiting = rows.filter((r) => r.status === 'WAITLIST');
    const going = rows.filter((r) => r.status === 'GOING').length;
    const free = session.capacity === null ? waiting.length : Math.max(0, session.capacity - going);
    const promoted = waiting.slice(0, free).map((r) => r.userId);
    if (!promoted.length) return;
    await m.getRepository(SessionRsvpEntity).update({ sessionId: session.id, userId: In(promoted) }, { status: 'GOING' });
    await this.notifyPromoted(m, session, promoted);
    this.emitRsvp(m, session);
  }

  private async storeRsvps(m: EntityManager, sessionId: string, before: SessionRsvpEntity[], after: { userId: string; status: RsvpStatusValue; at: string }[]): Promise<void> {
    const old = new Map(before.map((r) => [r.userId, r]));
    for (const r of after) {
      const prev = old.get(r.userId);
      if (prev && prev.status === r.status && prev.requestedAt.toISOString() === r.at) continue;
      await m.query(
        `INSERT INTO session_rsvp (session_id, user_id, status, requested_at, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (session_id, user_id) DO UPDATE SET status = excluded.status, requested_at = excluded.requested_at, updated_at = now()`,
        [sessionId, r.userId, r.status, r.at],
      );
    }
  }

  private async notifyPromoted(m: EntityManager, session: SessionEntity, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    await this.notifications.notify(m, userIds, NotificationType.SESSION_SEAT, session.communityId, { message: session.title, link: `/sessies/${session.id}` });
  }

  // ───────────────────────────── the live room ─────────────────────────────

  async start(viewerId: string, id: string): Promise<SessionEntity> {
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.lockForModeration(m, viewerId, id);
      if (session.status !== 'PLANNED') throw AppException.conflict('session.notPlanned');
      if (!session.methodSteps.length) throw AppException.conflict('session.noMethod');
      Object.assign(session, { status: 'LIVE', currentStep: 0, stepStartedAt: new Date(), startedAt: new Date(), stateSeq: session.stateSeq + 1 });
      const saved = await m.getRepository(SessionEntity).save(session);
      // Whoever is already in the room attended (later arrivals are recorded when they enter).
      const present = (await this.realtime.presenceOf(roomOf.session(session.id))).map((p) => p.id);
      if (present.length)
        await m.query(
          `INSERT INTO session_attendance (session_id, user_id, first_seen_at)
           SELECT $1, cm.user_id, now() FROM community_member cm WHERE cm.community_id = $2 AND cm.user_id = ANY($3::uuid[])
           ON CONFLICT DO NOTHING`,
          [session.id, session.communityId, present],
        );
      this.emitState(m, saved);
      return saved;
    });
  }

  /**
   * Moves everyone to a step. `expectedStateSeq` is the state the moderator saw: a second moderator's
   * click on an old screen gets CONFLICT instead of jumping the room twice.
   */
  async goToStep(viewerId: string, id: string, step: number, expectedStateSeq: number): Promise<SessionEntity> {
    return this.dataSource.transaction(async (m) => {
      // Four statements: the session, the viewer's access, one conditional UPDATE (it takes the row lock and
      // checks the state the moderator saw), and the commit. The fan-out is one room broadcast after it.
      const { session, access } = await this.readable(viewerId, id, m);
      this.policy.check(access, 'session.moderate');
      if (!Number.isInteger(step) || step < 0 || step >= session.methodSteps.length) throw AppException.badInput([{ field: 'step', key: 'session.noSuchStep' }]);
      const [rows] = (await m.query(
        `UPDATE community_session SET current_step = $3, step_started_at = now(), state_seq = state_seq + 1, updated_at = now()
          WHERE id = $1 AND state_seq = $2 AND status = 'LIVE' AND current_step <> $3
          RETURNING state_seq, step_started_at`,
        [session.id, expectedStateSeq, step],
      )) as [{ state_seq: number; step_started_at: Date }[], number];
      if (!rows.length) {
        // Nothing changed: say why (read under the lock, after whoever changed it committed).
        const current = await m.getRepository(SessionEntity).findOne({ where: { id: session.id }, lock: { mode: 'pessimistic_write' } });
        if (!current || current.status !== 'LIVE') throw AppException.conflict('session.notLive');
        if (current.stateSeq !== expectedStateSeq) throw AppException.conflict('session.stale');
        return current; // already on that step
      }
      Object.assign(session, { currentStep: step, stepStartedAt: rows[0].step_started_at, stateSeq: rows[0].state_seq, status: 'LIVE' });
      this.emitState(m, session);
      return session;
    });
  }

  /** Notes of one step, written together: a save names the revision it started from. */
  async saveNote(viewerId: string, id: string, stepKey: string, body: string, baseRev: number): Promise<SessionNoteEntity> {
    const overrides = assertPrivacy({ body });
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.readable(viewerId, id, m);
      await this.policy.authorize(viewerId, session.communityId, 'session.participate', m);
      // A shared lock: closing (which takes the row for update) waits for this save, or this save sees it closed.
      const current = await m.getRepository(SessionEntity).findOne({ where: { id: session.id }, lock: { mode: 'pessimistic_read' } });
      if (current?.status !== 'LIVE') throw AppException.conflict('session.notLive');
      if (!session.methodSteps.some((s) => s.key === stepKey)) throw AppException.badInput([{ field: 'stepKey', key: 'session.noSuchStep' }]);
      await m.query(`INSERT INTO session_note (session_id, step_key, body, rev, updated_at) VALUES ($1, $2, '', 0, now()) ON CONFLICT DO NOTHING`, [session.id, stepKey]);
      const note = await m.getRepository(SessionNoteEntity).findOne({ where: { sessionId: session.id, stepKey }, lock: { mode: 'pessimistic_write' } });
      if (!note) throw AppException.notFound();
      if (note.rev !== baseRev) {
        const [who] = note.updatedById ? await m.query(`SELECT display_name FROM user_account WHERE id = $1`, [note.updatedById]) : [];
        throw new AppException(ErrorCode.CONFLICT, 'session.noteConflict', { name: who?.display_name ?? '?' }, [], { note: { stepKey, body: note.body, rev: note.rev } });
      }
      Object.assign(note, { body, rev: note.rev + 1, updatedById: viewerId });
      const saved = await m.getRepository(SessionNoteEntity).save(note);
      await recordPrivacyOverrides(m, 'SESSION_NOTE', session.id, viewerId, overrides);
      this.realtime.emit(m, roomOf.session(session.id), 'session:note', { sessionId: session.id, stepKey, body: saved.body, rev: saved.rev, by: viewerId });
      return saved;
    });
  }

  // ───────────────────────────── quick rounds ─────────────────────────────

  /** A moderator opens a quick round (a question with 2-8 answers) for everyone in the room. */
  async startPoll(viewerId: string, id: string, question: string, options: string[], stepKey: string | null): Promise<SessionPollEntity> {
    const q = (question ?? '').trim();
    const opts = (options ?? []).map((o) => String(o ?? '').trim()).filter(Boolean);
    if (q.length < 3 || q.length > 300) throw AppException.badInput([{ field: 'question', key: 'session.pollQuestion' }]);
    if (opts.length < 2 || opts.length > 8 || new Set(opts.map((o) => o.toLowerCase())).size !== opts.length || opts.some((o) => o.length > 120))
      throw AppException.badInput([{ field: 'options', key: 'session.pollOptions' }]);
    assertPrivacy({ question: q, ...Object.fromEntries(opts.map((o, i) => [`options.${i}`, o])) });
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.lockForModeration(m, viewerId, id);
      if (session.status !== 'LIVE') throw AppException.conflict('session.notLive');
      if (stepKey && !session.methodSteps.some((s) => s.key === stepKey)) throw AppException.badInput([{ field: 'stepKey', key: 'session.noSuchStep' }]);
      const poll = await m.getRepository(SessionPollEntity).save(
        m.getRepository(SessionPollEntity).create({ sessionId: session.id, stepKey, question: q, options: opts, createdById: viewerId }),
      );
      this.emitPoll(m, poll, { seq: 0, counts: opts.map(() => 0) });
      return poll;
    });
  }

  async vote(viewerId: string, pollId: string, option: number): Promise<SessionPollEntity> {
    return this.dataSource.transaction(async (m) => {
      const found = isUuid(pollId) ? await m.getRepository(SessionPollEntity).findOneBy({ id: pollId }) : null;
      if (!found) throw AppException.notFound();
      const { session } = await this.readable(viewerId, found.sessionId, m);
      await this.policy.authorize(viewerId, session.communityId, 'session.participate', m);
      // Locks in the order every writer takes them (session, then poll), so closing cannot deadlock with a vote.
      const current = await m.getRepository(SessionEntity).findOne({ where: { id: session.id }, lock: { mode: 'pessimistic_read' } });
      const poll = (await m.getRepository(SessionPollEntity).findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } })) ?? found;
      if (poll.status !== 'OPEN' || current?.status !== 'LIVE') throw AppException.conflict('session.pollClosed');
      if (!Number.isInteger(option) || option < 0 || option >= poll.options.length) throw AppException.badInput([{ field: 'option', key: 'session.pollOption' }]);
      await m.query(
        `INSERT INTO session_poll_vote (poll_id, user_id, option_index, voted_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (poll_id, user_id) DO UPDATE SET option_index = excluded.option_index, voted_at = now()`,
        [poll.id, viewerId, option],
      );
      await m.query(`UPDATE session_poll SET result_seq = result_seq + 1 WHERE id = $1`, [poll.id]);
      this.emitPoll(m, poll, await this.pollResults(poll, m));
      return poll;
    });
  }

  async closePoll(viewerId: string, pollId: string): Promise<SessionPollEntity> {
    return this.dataSource.transaction(async (m) => {
      const poll = isUuid(pollId) ? await m.getRepository(SessionPollEntity).findOneBy({ id: pollId }) : null;
      if (!poll) throw AppException.notFound();
      await this.lockForModeration(m, viewerId, poll.sessionId);
      // Read again under the lock: a vote may have committed since the first read.
      const current = await m.getRepository(SessionPollEntity).findOneOrFail({ where: { id: poll.id }, lock: { mode: 'pessimistic_write' } });
      if (current.status === 'CLOSED') return current;
      await m.query(`UPDATE session_poll SET status = 'CLOSED', closed_at = now(), result_seq = result_seq + 1 WHERE id = $1`, [current.id]);
      const saved = await m.getRepository(SessionPollEntity).findOneByOrFail({ id: current.id });
      this.emitPoll(m, saved, await this.pollResults(saved, m));
      return saved;
    });
  }

  async polls(sessionId: string): Promise<SessionPollEntity[]> {
    return this.dataSource.getRepository(SessionPollEntity).find({ where: { sessionId }, order: { createdAt: 'ASC' } });
  }

  /**
   * The counts with the sequence number they belong to, read in one statement (one snapshot), so a
   * client that receives results out of order (a mutation's answer after a newer live event, or
   * events through different instances) keeps the newest.
   */
  async pollResults(poll: SessionPollEntity, m: EntityManager = this.dataSource.manager): Promise<PollResults> {
    const [row]: { seq: number; votes: { o: number; n: number }[] | null }[] = await m.query(
      `SELECT p.result_seq AS seq,
              (SELECT json_agg(json_build_object('o', v.option_index, 'n', v.n))
                 FROM (SELECT option_index, count(*)::int AS n FROM session_poll_vote WHERE poll_id = p.id GROUP BY 1) v) AS votes
         FROM session_poll p WHERE p.id = $1`,
      [poll.id],
    );
    const votes = row?.votes ?? [];
    return { seq: row?.seq ?? poll.resultSeq, counts: poll.options.map((_, i) => votes.find((v) => v.o === i)?.n ?? 0) };
  }

  async viewerVote(poll: SessionPollEntity, userId: string): Promise<number | null> {
    const vote = await this.dataSource.getRepository(SessionPollVoteEntity).findOneBy({ pollId: poll.id, userId });
    return vote ? vote.optionIndex : null;
  }

  private emitPoll(m: EntityManager, poll: SessionPollEntity, { seq, counts }: PollResults): void {
    this.realtime.emit(m, roomOf.session(poll.sessionId), 'session:poll', {
      sessionId: poll.sessionId,
      pollId: poll.id,
      status: poll.status,
      seq,
      counts,
      total: counts.reduce((a, b) => a + b, 0),
    });
  }

  /** Someone in the live room while it runs: they attended. */
  async recordAttendance(userId: string, sessionId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO session_attendance (session_id, user_id, first_seen_at)
       SELECT s.id, $2, now() FROM community_session s WHERE s.id = $1 AND s.status = 'LIVE'
       ON CONFLICT DO NOTHING`,
      [sessionId, userId],
    );
  }

  async close(viewerId: string, id: string, outcomes: string): Promise<SessionEntity> {
    if ((outcomes ?? '').trim().length < 10) throw AppException.badInput([{ field: 'outcomes', key: 'session.outcomesRequired' }]);
    const overrides = assertPrivacy({ outcomes });
    return this.dataSource.transaction(async (m) => {
      const { session } = await this.lockForModeration(m, viewerId, id);
      if (session.status !== 'LIVE') throw AppException.conflict('session.notLive');
      Object.assign(session, { status: 'CLOSED', outcomes, closedAt: new Date(), stateSeq: session.stateSeq + 1, icalSequence: session.icalSequence + 1 });
      const saved = await m.getRepository(SessionEntity).save(session);
      await recordPrivacyOverrides(m, 'SESSION', session.id, viewerId, overrides);
      this.emitState(m, saved);
      return saved;
    });
  }

  async linkLesson(viewerId: string, id: string, itemId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { session } = await this.lockForModeration(m, viewerId, id);
      if (session.status !== 'CLOSED') throw AppException.conflict('session.notClosed');
      if (session.lessonItemId) throw AppException.conflict('session.lessonExists');
      // A LESSON_LEARNED item of this community (or site-wide) that exists.
      const [item] = isUuid(itemId)
        ? await m.query(`SELECT id FROM knowledge_item WHERE id = $1 AND type = 'LESSON_LEARNED' AND (community_id IS NULL OR community_id = $2)`, [itemId, session.communityId])
        : [];
      if (!item) throw AppException.badInput([{ field: 'knowledgeItemId', key: 'session.unknownKnowledge' }]);
      await m.getRepository(SessionEntity).update({ id: session.id }, { lessonItemId: itemId });
    });
  }

  async attendedBy(userId: string): Promise<SessionEntity[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      // Only sessions the person may still read (someone removed from a private community loses them).
      `SELECT s.id FROM session_attendance a JOIN community_session s ON s.id = a.session_id JOIN community c ON c.id = s.community_id
        WHERE a.user_id = $1 AND s.status = 'CLOSED' AND ${this.policy.readableCondition('c', '$1::uuid')} ORDER BY s.starts_at`,
      [userId],
    );
    if (!rows.length) return [];
    const sessions = await this.dataSource.getRepository(SessionEntity).findBy({ id: In(rows.map((r) => r.id)) });
    return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  async attendees(sessionId: string): Promise<SessionAttendanceEntity[]> {
    return this.dataSource.getRepository(SessionAttendanceEntity).find({ where: { sessionId }, order: { firstSeenAt: 'ASC' } });
  }

  /** The state every participant's screen follows (also what a reload or a late joiner gets). */
  statePayload(s: SessionEntity): SessionStatePayload {
    return {
      sessionId: s.id,
      status: s.status,
      currentStep: s.currentStep,
      stepStartedAt: s.stepStartedAt ? s.stepStartedAt.toISOString() : null,
      stateSeq: s.stateSeq,
    };
  }

  private emitState(m: EntityManager, s: SessionEntity): void {
    this.realtime.emit(m, roomOf.session(s.id), 'session:state', this.statePayload(s));
  }

  private emitRsvp(m: EntityManager, s: SessionEntity): void {
    this.realtime.emit(m, roomOf.session(s.id), 'session:rsvp', { sessionId: s.id });
  }

  // ───────────────────────────── calendars ─────────────────────────────

  private toCalendar(s: SessionEntity, baseUrl: string): CalendarSession {
    return {
      id: s.id,
      title: s.title,
      description: [s.themeText, s.description, s.methodName ? `Methode: ${s.methodName}` : '', s.onlineUrl ?? ''].filter(Boolean).join('\n\n'),
      location: s.location || s.onlineUrl || null,
      url: `${baseUrl}/sessies/${s.id}`,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      cancelled: s.status === 'CANCELLED',
      sequence: s.icalSequence,
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  async sessionIcs(viewerId: string | undefined, id: string, baseUrl: string): Promise<string> {
    const { session } = await this.readable(viewerId, id);
    return sessionToIcs(this.toCalendar(session, baseUrl), { now: new Date() });
  }

  /** A new secret feed address for the person (the old one stops working). Only its hash is kept. */
  async resetCalendarFeed(userId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feed_token (user_id, token_hash, created_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
      [userId, sha256(token)],
    );
    return token;
  }

  /** The person's sessions (going, maybe or waiting; a year back and ahead), by feed token. null: unknown token. */
  async feedIcs(token: string, baseUrl: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
    const owner = await this.dataSource.getRepository(CalendarFeedTokenEntity).findOneBy({ tokenHash: sha256(token) });
    if (!owner) return null;
    const [user] = await this.dataSource.query(`SELECT id FROM user_account WHERE id = $1 AND deleted_at IS NULL`, [owner.userId]);
    if (!user) return null;
    const now = Date.now();
    const sessions = await this.list(owner.userId, { mine: true, from: new Date(now - 365 * 86_400_000), to: new Date(now + 365 * 86_400_000) }, 500);
    return calendarToIcs(sessions.map((s) => this.toCalendar(s, baseUrl)), { now: new Date(), name: 'Kennislijn — mijn sessies' });
  }
}
