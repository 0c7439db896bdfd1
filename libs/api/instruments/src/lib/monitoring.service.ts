import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, assertPrivacy, ErrorCode, isUniqueViolation, PrivacyOverrideInput, requireUuid } from '@kennislijn/api-core';
import { can, CommunityAccess, PolicyService, recordPrivacyOverrides } from '@kennislijn/api-communities';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';
import { RealtimeService } from '@kennislijn/api-realtime';
import { roomOf } from '@kennislijn/shared-realtime';
import {
  Answers,
  buildTrackChart,
  InstrumentDefinition,
  isScoredItem,
  itemScore,
  normalizeAnswers,
  RESPONDENT_KINDS,
  RespondentKind,
  scoreResponse,
  TOTAL,
  TrackChart,
  validateAnswers,
} from '@kennislijn/shared-instruments';
import { AnswerInput, CreateRespondentLinkInput, CreateTrackInput, RecordResponseInput, RespondentInput } from './dto/instrument.inputs';
import {
  InstrumentEntity,
  InstrumentResponseEntity,
  InstrumentVersionEntity,
  MonitoringTrackEntity,
  RespondentLinkEntity,
  ResponseSource,
  TrackRespondentEntity,
} from './entities/instrument.entities';

export interface ReadableTrack {
  track: MonitoringTrackEntity;
  access: CommunityAccess;
  canWrite: boolean;
}

export type LinkStatus = 'OPEN' | 'USED' | 'EXPIRED';

export interface AggregateResult {
  versionNumber: number;
  tracks: number;
  responses: number;
  scopes: { id: string; name: string }[];
  sessions: { sessionNumber: number; tracks: number; responses: number; scopes: { scope: string; n: number; mean: number | null; sd: number | null }[] }[];
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const round2 = (x: number | null) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100 || 0);

/** GraphQL answers (one object per item) → the stored map. */
export function answersFrom(def: InstrumentDefinition, list: AnswerInput[]): Answers {
  const out: Answers = {};
  const byId = new Map(def.items.map((i) => [i.id, i]));
  for (const a of list ?? []) {
    const item = byId.get(a.itemId);
    if (!item) {
      out[a.itemId] = a.value ?? a.choice ?? a.text ?? null;
      continue;
    }
    if (item.type === 'LIKERT' || item.type === 'VAS') out[a.itemId] = a.value ?? null;
    else if (item.type === 'SINGLE_CHOICE') out[a.itemId] = a.choice ?? null;
    else out[a.itemId] = a.text ?? null;
  }
  return out;
}

/** A real calendar date as yyyy-mm-dd (the pattern alone lets 2026-02-30 through to the database). */
function checkDate(value: string | null | undefined, field = 'sessionDate'): void {
  if (value === null || value === undefined) return;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) throw AppException.badInput([{ field, key: 'instrument.sessionDate' }]);
}

/** An open link (not used, not revoked, not expired) for this respondent and session, if any. */
function openLinkFor(m: EntityManager, respondentId: string, sessionNumber: number): Promise<RespondentLinkEntity | null> {
  return m
    .getRepository(RespondentLinkEntity)
    .createQueryBuilder('l')
    .where('l.respondent_id = :r AND l.session_number = :s AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > now()', { r: respondentId, s: sessionNumber })
    .getOne();
}

const responseExists = (session: number) =>
  new AppException(ErrorCode.CONFLICT, 'instrument.responseExists', { session }, [{ field: 'sessionNumber', key: 'instrument.responseExists', params: { session } }]);

function linkStatus(link: RespondentLinkEntity, now = new Date()): LinkStatus {
  if (link.usedAt) return 'USED';
  if (link.revokedAt || link.expiresAt <= now) return 'EXPIRED';
  return 'OPEN';
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Quote when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Monitoring: tracks under a de-identified case code, respondents as roles, responses per
 * session (in the app or through a personal link), chart data with signals, and the
 * researchers' aggregates and pseudonymised export. Tracks are for members of the community only.
 */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly realtime: RealtimeService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- tracks

  async createTrack(viewerId: string, input: CreateTrackInput): Promise<MonitoringTrackEntity> {
    const respondents = this.checkRespondents(input.respondents ?? []);
    const notes = String(input.notes ?? '');
    const texts: Record<string, string> = { caseCode: input.caseCode, notes };
    respondents.forEach((r, i) => (texts[`respondents.${i}.label`] = r.label));
    const used = assertPrivacy(texts, input.privacyOverrides ?? []);
    const run = () =>
      this.dataSource.transaction(async (m) => {
        const instrument = await m.getRepository(InstrumentEntity).findOneBy({ id: requireUuid(input.instrumentId) });
        if (!instrument) throw AppException.notFound();
        await this.policy.authorize(viewerId, instrument.communityId, 'track.create', m);
        if (input.clientId) {
          const existing = await m.getRepository(MonitoringTrackEntity).findOneBy({ createdById: viewerId, clientId: input.clientId });
          if (existing) return existing;
        }
        const version = await m.getRepository(InstrumentVersionEntity).findOneBy({ instrumentId: instrument.id, number: input.versionNumber });
        if (!version) throw AppException.badInput([{ field: 'versionNumber', key: 'instrument.versionNotFound' }]);
        const track = await m.getRepository(MonitoringTrackEntity).save(
          m.getRepository(MonitoringTrackEntity).create({
            communityId: instrument.communityId,
            instrumentId: instrument.id,
            versionId: version.id,
            caseCode: input.caseCode.trim(),
            notes,
            splitSpread: input.splitSpread ?? null,
            createdById: viewerId,
            clientId: input.clientId ?? null,
          }),
        );
        await m.getRepository(TrackRespondentEntity).insert(respondents.map((r, position) => ({ trackId: track.id, label: r.label, kind: r.kind, position })));
        await recordPrivacyOverrides(m, 'MONITORING_TRACK', track.id, viewerId, used);
        return track;
      });
    try {
      return await run();
    } catch (error) {
      if (input.clientId && isUniqueViolation(error)) return run();
      throw error;
    }
  }

  async addRespondent(viewerId: string, trackId: string, input: RespondentInput, overrides: PrivacyOverrideInput[] = []): Promise<TrackRespondentEntity> {
    const [r] = this.checkRespondents([input]);
    const used = assertPrivacy({ label: r.label }, overrides);
    return this.dataSource.transaction(async (m) => {
      const { track } = await this.writable(m, viewerId, trackId);
      const [{ n }]: { n: number }[] = await m.query('SELECT COALESCE(MAX(position) + 1, 0)::int AS n FROM track_respondent WHERE track_id = $1', [track.id]);
      const saved = await m.getRepository(TrackRespondentEntity).save(m.getRepository(TrackRespondentEntity).create({ trackId: track.id, label: r.label, kind: r.kind, position: n }));
      await recordPrivacyOverrides(m, 'TRACK_RESPONDENT', saved.id, viewerId, used);
      this.changed(m, track.id);
      return saved;
    });
  }

  async closeTrack(viewerId: string, trackId: string, closed: boolean): Promise<MonitoringTrackEntity> {
    return this.dataSource.transaction(async (m) => {
      const { track } = await this.writable(m, viewerId, trackId, true);
      track.closedAt = closed ? new Date() : null;
      await m.getRepository(MonitoringTrackEntity).update({ id: track.id }, { closedAt: track.closedAt });
      this.changed(m, track.id);
      return track;
    });
  }

  /** A track the viewer may read (members of its community only, even when the community is public). */
  async readable(viewerId: string | undefined, trackId: string, m: EntityManager = this.dataSource.manager): Promise<ReadableTrack> {
    const track = await m.getRepository(MonitoringTrackEntity).findOneBy({ id: requireUuid(trackId) });
    if (!track) throw AppException.notFound();
    const access = await this.policy.load(viewerId, [track.communityId], m).then((map) => map.get(track.communityId) ?? null);
    // Not a member: the track does not exist for you (not FORBIDDEN, which would confirm it).
    if (!access || !can(access, 'track.read')) {
      if (access && !access.signedIn && can(access, 'community.read')) throw AppException.unauthenticated();
      throw AppException.notFound();
    }
    return { track, access, canWrite: can(access, 'track.moderate') || (track.createdById === viewerId && can(access, 'track.create')) };
  }

  async list(viewerId: string | undefined, communityId: string, instrumentId: string | null): Promise<MonitoringTrackEntity[]> {
    const access = await this.policy.authorize(viewerId, requireUuid(communityId), 'community.read');
    if (!can(access, 'track.read')) return [];
    const where: Record<string, unknown> = { communityId };
    if (instrumentId) where['instrumentId'] = requireUuid(instrumentId);
    return this.dataSource.getRepository(MonitoringTrackEntity).find({ where, order: { createdAt: 'DESC' }, take: 500 });
  }

  respondents(trackId: string): Promise<TrackRespondentEntity[]> {
    return this.dataSource.getRepository(TrackRespondentEntity).find({ where: { trackId }, order: { position: 'ASC' } });
  }

  responses(trackId: string): Promise<InstrumentResponseEntity[]> {
    return this.dataSource.getRepository(InstrumentResponseEntity).find({ where: { trackId }, order: { sessionNumber: 'ASC', createdAt: 'ASC' } });
  }

  async definitionOf(versionId: string, m: EntityManager = this.dataSource.manager): Promise<InstrumentVersionEntity> {
    return m.getRepository(InstrumentVersionEntity).findOneByOrFail({ id: versionId });
  }

  /** Series per respondent, signals and spreads: computed from the stored scores. */
  async chart(track: MonitoringTrackEntity): Promise<TrackChart> {
    const [version, respondents, rows] = await Promise.all([
      this.definitionOf(track.versionId),
      this.respondents(track.id),
      this.dataSource.query(`SELECT respondent_id, session_number, to_char(session_date, 'YYYY-MM-DD') AS session_date, scores FROM instrument_response WHERE track_id = $1`, [track.id]) as Promise<
        { respondent_id: string; session_number: number; session_date: string | null; scores: InstrumentResponseEntity['scores'] }[]
      >,
    ]);
    return buildTrackChart(
      version.definition,
      respondents.map((r) => ({ id: r.id, label: r.label, kind: r.kind })),
      rows.map((r) => ({ respondentId: r.respondent_id, sessionNumber: r.session_number, sessionDate: r.session_date, scores: r.scores })),
      track.splitSpread,
    );
  }

  // ---- responses

  async record(viewerId: string, input: RecordResponseInput): Promise<InstrumentResponseEntity> {
    checkDate(input.sessionDate);
    const run = () =>
      this.dataSource.transaction(async (m) => {
        const { track } = await this.writable(m, viewerId, input.trackId);
        if (input.clientId) {
          const existing = await m.getRepository(InstrumentResponseEntity).findOneBy({ trackId: track.id, clientId: input.clientId });
          if (existing) return existing;
        }
        const respondent = await m.getRepository(TrackRespondentEntity).findOneBy({ id: requireUuid(input.respondentId), trackId: track.id });
        if (!respondent) throw AppException.badInput([{ field: 'respondentId', key: 'instrument.respondentNotFound' }]);
        // The respondent was sent a link for this session: entering it here too would throw their answers away.
        if (await openLinkFor(m, respondent.id, input.sessionNumber)) {
          throw new AppException(ErrorCode.CONFLICT, 'instrument.linkOpenForSession', { session: input.sessionNumber }, [{ field: 'sessionNumber', key: 'instrument.linkOpenForSession', params: { session: input.sessionNumber } }]);
        }
        const version = await this.definitionOf(track.versionId, m);
        const { answers, used } = this.checkedAnswers(version.definition, answersFrom(version.definition, input.answers), input.privacyOverrides ?? []);
        const saved = await this.store(m, track, respondent, version, input.sessionNumber, input.sessionDate ?? null, answers, ResponseSource.APP, viewerId, input.clientId ?? null);
        await recordPrivacyOverrides(m, 'INSTRUMENT_RESPONSE', saved.id, viewerId, used);
        return saved;
      });
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Two copies of one retried request: the second reads the first. Two different entries for one session: a clear conflict.
      if (input.clientId) return run();
      throw responseExists(input.sessionNumber);
    }
  }

  /** Corrects a stored response (new answers, rescored); the track's writers only. */
  async update(viewerId: string, responseId: string, answerList: AnswerInput[], sessionDate: string | null | undefined, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentResponseEntity> {
    checkDate(sessionDate);
    return this.dataSource.transaction(async (m) => {
      const response = await m.getRepository(InstrumentResponseEntity).findOneBy({ id: requireUuid(responseId) });
      if (!response) throw AppException.notFound();
      const { track } = await this.writable(m, viewerId, response.trackId);
      const version = await this.definitionOf(track.versionId, m);
      const { answers, used } = this.checkedAnswers(version.definition, answersFrom(version.definition, answerList), overrides);
      await recordPrivacyOverrides(m, 'INSTRUMENT_RESPONSE', response.id, viewerId, used);
      response.answers = answers;
      response.scores = scoreResponse(version.definition, answers);
      if (sessionDate !== undefined) response.sessionDate = sessionDate;
      const saved = await m.getRepository(InstrumentResponseEntity).save(response);
      this.changed(m, track.id);
      return saved;
    });
  }

  async remove(viewerId: string, responseId: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const response = await m.getRepository(InstrumentResponseEntity).findOneBy({ id: requireUuid(responseId) });
      if (!response) throw AppException.notFound();
      const { track } = await this.writable(m, viewerId, response.trackId);
      await m.getRepository(InstrumentResponseEntity).delete({ id: response.id });
      this.changed(m, track.id);
      return true;
    });
  }

  // ---- respondent links

  async createLink(viewerId: string, input: CreateRespondentLinkInput): Promise<{ link: RespondentLinkEntity; token: string }> {
    checkDate(input.sessionDate);
    return this.dataSource.transaction(async (m) => {
      const { track } = await this.writable(m, viewerId, input.trackId);
      const respondent = await m.getRepository(TrackRespondentEntity).findOneBy({ id: requireUuid(input.respondentId), trackId: track.id });
      if (!respondent) throw AppException.badInput([{ field: 'respondentId', key: 'instrument.respondentNotFound' }]);
      if (await m.getRepository(InstrumentResponseEntity).existsBy({ respondentId: respondent.id, sessionNumber: input.sessionNumber })) {
        throw responseExists(input.sessionNumber);
      }
      if (await openLinkFor(m, respondent.id, input.sessionNumber)) {
        throw new AppException(ErrorCode.CONFLICT, 'instrument.linkOpen', { session: input.sessionNumber }, [{ field: 'sessionNumber', key: 'instrument.linkOpen', params: { session: input.sessionNumber } }]);
      }
      const token = randomBytes(32).toString('base64url');
      const link = await m.getRepository(RespondentLinkEntity).save(
        m.getRepository(RespondentLinkEntity).create({
          tokenHash: hashToken(token),
          trackId: track.id,
          respondentId: respondent.id,
          sessionNumber: input.sessionNumber,
          sessionDate: input.sessionDate ?? null,
          expiresAt: new Date(Date.now() + input.validHours * 3_600_000),
          createdById: viewerId,
        }),
      );
      this.changed(m, track.id);
      return { link, token };
    });
  }

  links(trackId: string): Promise<RespondentLinkEntity[]> {
    return this.dataSource.getRepository(RespondentLinkEntity).find({ where: { trackId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  status(link: RespondentLinkEntity): LinkStatus {
    return linkStatus(link);
  }

  async revokeLink(viewerId: string, linkId: string): Promise<RespondentLinkEntity> {
    return this.dataSource.transaction(async (m) => {
      const link = await m.getRepository(RespondentLinkEntity).findOneBy({ id: requireUuid(linkId) });
      if (!link) throw AppException.notFound();
      await this.writable(m, viewerId, link.trackId);
      if (!link.usedAt && !link.revokedAt) {
        link.revokedAt = new Date();
        await m.getRepository(RespondentLinkEntity).update({ id: link.id }, { revokedAt: link.revokedAt });
        this.changed(m, link.trackId);
      }
      return link;
    });
  }

  /** What a link shows: only its own form (items of the track's version), the role and the session. Unknown token: NOT_FOUND. */
  async form(token: string): Promise<{ status: LinkStatus; instrumentTitle: string; respondentLabel: string; sessionNumber: number; expiresAt: Date; definition: InstrumentDefinition }> {
    const link = await this.dataSource.getRepository(RespondentLinkEntity).findOneBy({ tokenHash: hashToken(String(token ?? '')) });
    if (!link) throw AppException.notFound();
    const track = await this.dataSource.getRepository(MonitoringTrackEntity).findOneByOrFail({ id: link.trackId });
    const [version, respondent] = await Promise.all([this.definitionOf(track.versionId), this.dataSource.getRepository(TrackRespondentEntity).findOneByOrFail({ id: link.respondentId })]);
    // A closed track takes no more answers: its open links read as expired, before anyone fills them in.
    const status = track.closedAt && linkStatus(link) === 'OPEN' ? 'EXPIRED' : linkStatus(link);
    return { status, instrumentTitle: version.definition.title, respondentLabel: respondent.label, sessionNumber: link.sessionNumber, expiresAt: link.expiresAt, definition: version.definition };
  }

  /** The respondent submits through the link: stored once; a used or expired link is refused with a clear message. */
  async submit(token: string, answerList: AnswerInput[]): Promise<{ sessionNumber: number }> {
    try {
      return await this.submitOnce(token, answerList);
    } catch (error) {
      // The practitioner entered this session meanwhile: the respondent's answers were not stored, and the link stays open.
      if (isUniqueViolation(error) || (error instanceof AppException && error.key === 'instrument.responseExists')) {
        throw new AppException(ErrorCode.CONFLICT, 'instrument.sessionEnteredMeanwhile');
      }
      throw error;
    }
  }

  private submitOnce(token: string, answerList: AnswerInput[]): Promise<{ sessionNumber: number }> {
    return this.dataSource.transaction(async (m) => {
      const link = await m.getRepository(RespondentLinkEntity).findOne({ where: { tokenHash: hashToken(String(token ?? '')) }, lock: { mode: 'pessimistic_write' } });
      if (!link) throw AppException.notFound();
      const status = linkStatus(link);
      if (status === 'USED') throw AppException.conflict('instrument.linkUsed');
      if (status === 'EXPIRED') throw new AppException(ErrorCode.FORBIDDEN, 'instrument.linkExpired');
      const track = await m.getRepository(MonitoringTrackEntity).findOneByOrFail({ id: link.trackId });
      if (track.closedAt) throw new AppException(ErrorCode.FORBIDDEN, 'instrument.trackClosed');
      const respondent = await m.getRepository(TrackRespondentEntity).findOneByOrFail({ id: link.respondentId });
      const version = await this.definitionOf(track.versionId, m);
      // A respondent cannot explain a finding away: the text must be changed.
      const { answers } = this.checkedAnswers(version.definition, answersFrom(version.definition, answerList), []);
      await this.store(m, track, respondent, version, link.sessionNumber, link.sessionDate, answers, ResponseSource.LINK, null, null);
      await m.getRepository(RespondentLinkEntity).update({ id: link.id }, { usedAt: new Date() });
      return { sessionNumber: link.sessionNumber };
    });
  }

  // ---- research

  /** Per session number across all tracks of one published version: counts, mean and SD per scope. */
  async aggregate(viewerId: string | undefined, instrumentId: string, versionNumber: number | null, m: EntityManager = this.dataSource.manager): Promise<AggregateResult> {
    const { version } = await this.analysable(viewerId, instrumentId, versionNumber, m);
    const def = version.definition;
    const scopes = [...(def.scoring.total ? [{ id: TOTAL, name: 'Totaal' }] : []), ...def.subscales.map((s) => ({ id: s.id, name: s.name }))];
    // One pass over the version's responses. Each scope's score is read out of the stored jsonb once
    // (the OFFSET 0 keeps the subquery from being inlined, which would unpack it for every aggregate).
    const params: unknown[] = [version.id];
    const picks = scopes.map((s, i) => {
      if (s.id === TOTAL) return `(scores->>'total')::float8 AS s${i}`;
      params.push(s.id);
      return `(scores->'subscales'->>$${params.length})::float8 AS s${i}`;
    });
    const cols = scopes.map((_, i) => `, count(s${i})::int AS n${i}, avg(s${i}) AS m${i}, stddev_samp(s${i}) AS d${i}`).join('');
    const rows: Record<string, number | null>[] = await m.query(
      `SELECT session_number, count(DISTINCT track_id)::int AS tracks, count(*)::int AS responses${cols}
         FROM (SELECT track_id, session_number${picks.map((p) => `, ${p}`).join('')} FROM instrument_response WHERE version_id = $1 OFFSET 0) r
        GROUP BY session_number ORDER BY session_number`,
      params,
    );
    const [totals]: { tracks: number; responses: number }[] = await m.query(
      'SELECT count(DISTINCT track_id)::int AS tracks, count(*)::int AS responses FROM instrument_response WHERE version_id = $1',
      [version.id],
    );
    return {
      versionNumber: version.number,
      tracks: totals.tracks,
      responses: totals.responses,
      scopes,
      sessions: rows.map((r) => ({
        sessionNumber: Number(r['session_number']),
        tracks: Number(r['tracks']),
        responses: Number(r['responses']),
        scopes: scopes.map((s, i) => ({ scope: s.id, n: Number(r[`n${i}`]), mean: round2(r[`m${i}`] === null ? null : Number(r[`m${i}`])), sd: round2(r[`d${i}`] === null ? null : Number(r[`d${i}`])) })),
      })),
    };
  }

  /**
   * Pseudonymised scores of one version as CSV: a stable pseudonym per track (HMAC with the
   * instrument's secret salt), respondents by kind and number, never the case code, role texts,
   * dates, notes or open-text answers.
   */
  async exportCsv(viewerId: string | undefined, instrumentId: string, versionNumber: number | null): Promise<string> {
    const { instrument, version } = await this.analysable(viewerId, instrumentId, versionNumber);
    const def = version.definition;
    const scored = def.items.filter(isScoredItem);
    const rows: { track_id: string; kind: RespondentKind; position: number; session_number: number; answers: Answers; scores: InstrumentResponseEntity['scores'] }[] = await this.dataSource.query(
      `SELECT r.track_id, p.kind, p.position, r.session_number, r.answers, r.scores
         FROM instrument_response r JOIN track_respondent p ON p.id = r.respondent_id
        WHERE r.version_id = $1 ORDER BY r.track_id, p.position, r.session_number`,
      [version.id],
    );
    const pseudonym = (trackId: string) => `T-${createHmac('sha256', instrument.exportSalt).update(trackId).digest('hex').slice(0, 10)}`;
    // Respondents by kind and number on their track (R1, R2, ...), not by the role text someone typed.
    const header = ['track', 'version', 'respondent', 'respondent_kind', 'session', ...(def.scoring.total ? ['total'] : []), ...def.subscales.map((s) => `subscale_${s.id}`), ...scored.map((i) => `item_${i.id}`)];
    const lines = [header.map(csvCell).join(',')];
    for (const r of rows) {
      lines.push(
        [
          pseudonym(r.track_id),
          version.number,
          `R${r.position + 1}`,
          r.kind,
          r.session_number,
          ...(def.scoring.total ? [r.scores.total] : []),
          ...def.subscales.map((s) => r.scores.subscales[s.id] ?? null),
          ...scored.map((i) => itemScore(i, r.answers[i.id] ?? null)),
        ]
          .map(csvCell)
          .join(','),
      );
    }
    return `${lines.join('\n')}\n`;
  }

  // ---- internals

  private async analysable(viewerId: string | undefined, instrumentId: string, versionNumber: number | null, m: EntityManager = this.dataSource.manager) {
    const instrument = await m.getRepository(InstrumentEntity).findOneBy({ id: requireUuid(instrumentId) });
    if (!instrument) throw AppException.notFound();
    const access = await this.policy.load(viewerId, [instrument.communityId], m).then((map) => map.get(instrument.communityId) ?? null);
    if (!access || !can(access, 'instrument.analyse')) {
      if (access && can(access, 'community.read') && instrument.latestVersion > 0) throw access.signedIn ? AppException.forbidden() : AppException.unauthenticated();
      throw AppException.notFound();
    }
    const number = versionNumber ?? instrument.latestVersion;
    const version = await m.getRepository(InstrumentVersionEntity).findOneBy({ instrumentId: instrument.id, number });
    if (!version) throw AppException.notFound('instrument.versionNotFound');
    return { instrument, version };
  }

  private async writable(m: EntityManager, viewerId: string, trackId: string, allowClosed = false): Promise<ReadableTrack> {
    const r = await this.readable(viewerId, trackId, m);
    if (!r.canWrite) throw AppException.forbidden(r.access.archived ? 'community.archived' : 'instrument.onlyTrackOwner');
    if (r.track.closedAt && !allowClosed) throw AppException.forbidden('instrument.trackClosed');
    return r;
  }

  private checkRespondents(list: RespondentInput[]): { label: string; kind: RespondentKind }[] {
    if (!list.length) throw AppException.badInput([{ field: 'respondents', key: 'instrument.noRespondentsOnTrack' }]);
    return list.map((r, i) => {
      if (!RESPONDENT_KINDS.includes(r.kind as RespondentKind)) throw AppException.badInput([{ field: `respondents.${i}.kind`, key: 'validation.enum' }]);
      return { label: String(r.label ?? '').trim(), kind: r.kind as RespondentKind };
    });
  }

  /** Checks answers against the version, normalises them, and runs open texts through the privacy guard. */
  private checkedAnswers(def: InstrumentDefinition, raw: Answers, overrides: PrivacyOverrideInput[]): { answers: Answers; used: PrivacyOverrideInput[] } {
    const errors = validateAnswers(def, raw);
    if (errors.length) throw AppException.badInput(errors);
    const answers = normalizeAnswers(def, raw);
    const texts: Record<string, string> = {};
    for (const item of def.items) if (item.type === 'OPEN_TEXT' && typeof answers[item.id] === 'string') texts[`answers.${item.id}`] = answers[item.id] as string;
    const used = assertPrivacy(texts, overrides);
    return { answers, used };
  }

  private async store(
    m: EntityManager,
    track: MonitoringTrackEntity,
    respondent: TrackRespondentEntity,
    version: InstrumentVersionEntity,
    sessionNumber: number,
    sessionDate: string | null,
    answers: Answers,
    source: ResponseSource,
    enteredById: string | null,
    clientId: string | null,
  ): Promise<InstrumentResponseEntity> {
    const existing = await m.getRepository(InstrumentResponseEntity).findOneBy({ respondentId: respondent.id, sessionNumber });
    if (existing) {
      // A retry of the same request whose first copy committed a moment ago (read committed: this
      // statement sees it, the clientId check before it did not) gets the stored response.
      if (clientId && existing.clientId === clientId) return existing;
      throw responseExists(sessionNumber);
    }
    const saved = await m.getRepository(InstrumentResponseEntity).save(
      m.getRepository(InstrumentResponseEntity).create({
        trackId: track.id,
        respondentId: respondent.id,
        versionId: version.id,
        sessionNumber,
        sessionDate,
        answers,
        scores: scoreResponse(version.definition, answers),
        source,
        enteredById,
        clientId,
      }),
    );
    this.changed(m, track.id);
    // The track's creator hears of a signal this response raised, unless they entered it themselves.
    if (track.createdById && track.createdById !== enteredById) await this.notifySignals(m, track, version, respondent, sessionNumber);
    return saved;
  }

  /** Signals of this respondent in this session (and a split of the session), as one notification for the track's creator. */
  private async notifySignals(m: EntityManager, track: MonitoringTrackEntity, version: InstrumentVersionEntity, respondent: TrackRespondentEntity, sessionNumber: number): Promise<void> {
    const creatorId = track.createdById as string;
    // Only while the creator may still read the track: someone who left the community hears nothing more of it.
    const access = (await this.policy.load(creatorId, [track.communityId], m)).get(track.communityId);
    if (!can(access, 'track.read')) return;
    const respondents = await m.getRepository(TrackRespondentEntity).find({ where: { trackId: track.id }, order: { position: 'ASC' } });
    const rows: { respondent_id: string; session_number: number; scores: InstrumentResponseEntity['scores'] }[] = await m.query(
      `SELECT respondent_id, session_number, scores FROM instrument_response WHERE track_id = $1 AND session_number <= $2`,
      [track.id, sessionNumber],
    );
    const chartOf = (list: typeof rows) =>
      buildTrackChart(
        version.definition,
        respondents.map((r) => ({ id: r.id, label: r.label, kind: r.kind })),
        list.map((r) => ({ respondentId: r.respondent_id, sessionNumber: r.session_number, sessionDate: null, scores: r.scores })),
        track.splitSpread,
      );
    const signals = chartOf(rows).signals.filter((s) => s.sessionNumber === sessionNumber);
    // A split the session already had before this response was announced then; only a new one counts.
    const splitBefore = chartOf(rows.filter((r) => !(r.respondent_id === respondent.id && r.session_number === sessionNumber))).signals.some(
      (s) => s.kind === 'SPLIT' && s.sessionNumber === sessionNumber,
    );
    const fresh = signals.filter((s) => s.respondentId === respondent.id || (s.kind === 'SPLIT' && !splitBefore));
    if (!fresh.length) return;
    const [community]: { name: string; slug: string }[] = await m.query('SELECT name, slug FROM community WHERE id = $1', [track.communityId]);
    const excerpt = fresh
      .map((s) => `${track.caseCode} · sessie ${sessionNumber} · ${s.respondentId ? respondent.label : 'alle respondenten'}: ${s.label} (${String(s.value).replace('.', ',')})`)
      .join('\n');
    await this.notifications.notify(m, [creatorId], NotificationType.TRACK_SIGNAL, track.communityId, {
      communityName: community?.name,
      communitySlug: community?.slug,
      excerpt: excerpt.slice(0, 500),
      link: `/trajecten/${track.id}`,
    });
  }

  private changed(m: EntityManager, trackId: string): void {
    this.realtime.emit(m, roomOf.track(trackId), 'track:changed', { trackId });
  }
}
