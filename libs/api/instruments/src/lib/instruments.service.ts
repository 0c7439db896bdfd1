import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, assertPrivacy, ErrorCode, FieldError, isUniqueViolation, PrivacyOverrideInput, requireUuid } from '@kennislijn/api-core';
import { can, CommunityAccess, FeedItemEntity, FeedItemType, PolicyService, recordPrivacyOverrides } from '@kennislijn/api-communities';
import { RealtimeService } from '@kennislijn/api-realtime';
import { roomOf } from '@kennislijn/shared-realtime';
import {
  DefinitionChange,
  diffDefinitions,
  emptyDefinition,
  InstrumentDefinition,
  InstrumentItem,
  ItemType,
  newItem,
  RespondentKind,
  ScoreMethod,
  Scoring,
  Subscale,
  ThresholdKind,
  validateDefinition,
} from '@kennislijn/shared-instruments';
import { InstrumentItemInput, InstrumentMetaInput, ScoringInput } from './dto/instrument.inputs';
import { DraftPartRev, InstrumentAuthorEntity, InstrumentCommentEntity, InstrumentEntity, InstrumentVersionEntity } from './entities/instrument.entities';

/** An instrument with what the viewer may do with it. */
export interface ReadableInstrument {
  instrument: InstrumentEntity;
  access: CommunityAccess;
  isAuthor: boolean;
}

const part = {
  meta: 'meta',
  scoring: 'scoring',
  order: 'order',
  item: (id: string) => `item:${id}`,
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Item ids are short and stable across versions and forks (diffs and answers line up by id). */
function newItemId(existing: Set<string>): string {
  for (;;) {
    const id = `i${randomBytes(4).toString('hex').slice(0, 6)}`;
    if (!existing.has(id)) return id;
  }
}

/** Only the errors of the part that changed count; field paths stay as the shared checks name them. */
function errorsFor(def: InstrumentDefinition, prefixes: string[]): FieldError[] {
  return validateDefinition(def).filter((e) => prefixes.some((p) => e.field === p || e.field.startsWith(`${p}.`)));
}

function itemTexts(item: Pick<InstrumentItem, 'text' | 'help' | 'labels' | 'options'>): Record<string, string> {
  const out: Record<string, string> = { text: item.text, help: item.help ?? '' };
  item.labels.forEach((l, i) => (out[`labels.${i}`] = l));
  // Option ids are chosen by people too (and end up in exports): they pass the guard like labels.
  item.options.forEach((o, i) => {
    out[`options.${i}`] = o.label;
    out[`options.${i}.id`] = o.id;
  });
  return out;
}

/**
 * Designing instruments together: the draft, its version checks, comments, co-authors,
 * publishing immutable versions, diffs and forks. Every change is announced on the
 * instrument's socket room after its commit, so co-authors see it at once.
 */
@Injectable()
export class InstrumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly realtime: RealtimeService,
  ) {}

  // ---- reading

  /** An instrument the viewer may read (its community is readable); NOT_FOUND otherwise. */
  async readable(viewerId: string | undefined, id: string, m: EntityManager = this.dataSource.manager): Promise<ReadableInstrument> {
    const instrument = await m.getRepository(InstrumentEntity).findOneBy({ id: requireUuid(id) });
    if (!instrument) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, instrument.communityId, 'community.read', m);
    // Outsiders of a public community see only instruments that have a published version.
    if (!can(access, 'instrument.readDraft') && instrument.latestVersion === 0) throw AppException.notFound();
    const isAuthor = !!viewerId && (await m.getRepository(InstrumentAuthorEntity).existsBy({ instrumentId: instrument.id, userId: viewerId }));
    return { instrument, access, isAuthor };
  }

  canEdit(r: Pick<ReadableInstrument, 'access' | 'isAuthor'>): boolean {
    return (r.isAuthor && can(r.access, 'instrument.create')) || can(r.access, 'instrument.moderate');
  }

  /** Instruments of a community: members see drafts too, others only published ones. */
  async list(viewerId: string | undefined, communityId: string): Promise<InstrumentEntity[]> {
    const access = await this.policy.authorize(viewerId, requireUuid(communityId), 'community.read');
    const qb = this.dataSource.getRepository(InstrumentEntity).createQueryBuilder('i').where('i.community_id = :c', { c: communityId }).orderBy('i.updated_at', 'DESC').limit(500);
    if (!can(access, 'instrument.readDraft')) qb.andWhere('i.latest_version > 0');
    return qb.getMany();
  }

  async versions(instrumentId: string): Promise<InstrumentVersionEntity[]> {
    return this.dataSource.getRepository(InstrumentVersionEntity).find({ where: { instrumentId }, order: { number: 'DESC' } });
  }

  async version(viewerId: string | undefined, instrumentId: string, number: number): Promise<InstrumentVersionEntity> {
    await this.readable(viewerId, instrumentId);
    const version = await this.dataSource.getRepository(InstrumentVersionEntity).findOneBy({ instrumentId, number });
    if (!version) throw AppException.notFound('instrument.versionNotFound');
    return version;
  }

  /**
   * What changed from version `from` to version `to` (null: the current draft, for members).
   * `from` 0 compares with an empty instrument.
   */
  async diff(viewerId: string | undefined, instrumentId: string, from: number, to: number | null): Promise<DefinitionChange[]> {
    const r = await this.readable(viewerId, instrumentId);
    const load = async (n: number | null): Promise<InstrumentDefinition> => {
      if (n === null) {
        if (!can(r.access, 'instrument.readDraft')) throw AppException.notFound();
        return r.instrument.draft;
      }
      if (n === 0) return { ...emptyDefinition(''), title: '' };
      const v = await this.dataSource.getRepository(InstrumentVersionEntity).findOneBy({ instrumentId: r.instrument.id, number: n });
      if (!v) throw AppException.notFound('instrument.versionNotFound');
      return v.definition;
    };
    return diffDefinitions(await load(from), await load(to));
  }

  async comments(instrumentId: string): Promise<InstrumentCommentEntity[]> {
    return this.dataSource.getRepository(InstrumentCommentEntity).find({ where: { instrumentId }, order: { createdAt: 'ASC' }, take: 1000 });
  }

  async authorIds(instrumentIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.getRepository(InstrumentAuthorEntity).find({ where: { instrumentId: In([...instrumentIds]) }, order: { createdAt: 'ASC' } });
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.instrumentId, [...(out.get(r.instrumentId) ?? []), r.userId]);
    return out;
  }

  // ---- designing

  async create(viewerId: string, communityId: string, title: string, purpose: string, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentEntity> {
    const def = { ...emptyDefinition(String(title ?? '').trim()), purpose: String(purpose ?? '') };
    const errors = validateDefinition(def).filter((e) => e.field === 'title' || e.field === 'purpose');
    if (errors.length) throw AppException.badInput(errors);
    const used = assertPrivacy({ title: def.title, purpose: def.purpose }, overrides);
    return this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(communityId), 'instrument.create', m);
      const saved = await m.getRepository(InstrumentEntity).save(
        m.getRepository(InstrumentEntity).create({ communityId, title: def.title, draft: def, draftRevs: {}, createdById: viewerId, exportSalt: randomBytes(24).toString('hex') }),
      );
      await m.getRepository(InstrumentAuthorEntity).insert({ instrumentId: saved.id, userId: viewerId });
      await this.recordOverrides(m, saved.id, viewerId, used);
      return saved;
    });
  }

  updateMeta(viewerId: string, id: string, expectedRev: number, input: InstrumentMetaInput, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentEntity> {
    const title = String(input.title ?? '').trim();
    const purpose = String(input.purpose ?? '');
    const used = assertPrivacy({ title, purpose }, overrides);
    return this.edit(viewerId, id, [{ key: part.meta, expectedRev }], used, (draft) => {
      draft.title = title;
      draft.purpose = purpose;
      draft.respondents = [...new Set(input.respondents ?? [])] as RespondentKind[];
      return ['title', 'purpose', 'respondents'];
    });
  }

  /** Adds an item (after `afterItemId`, else at the end). Adding never conflicts: nobody else had this item. */
  async addItem(viewerId: string, id: string, type: ItemType, afterItemId: string | null): Promise<{ instrument: InstrumentEntity; itemId: string }> {
    let itemId = '';
    const instrument = await this.edit(viewerId, id, [], [], (draft) => {
      itemId = newItemId(new Set(draft.items.map((i) => i.id)));
      const item = newItem(type, itemId);
      const at = afterItemId ? draft.items.findIndex((i) => i.id === afterItemId) : -1;
      draft.items.splice(at >= 0 ? at + 1 : draft.items.length, 0, item);
      return [`items.${itemId}`];
    }, () => [part.order, part.item(itemId)]);
    return { instrument, itemId };
  }

  updateItem(viewerId: string, id: string, itemId: string, expectedRev: number, input: InstrumentItemInput, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentEntity> {
    const next: Omit<InstrumentItem, 'id'> = {
      type: input.type as ItemType,
      text: String(input.text ?? '').trim(),
      help: input.help?.trim() ? input.help.trim() : null,
      points: input.type === 'LIKERT' ? (input.points ?? null) : null,
      labels: (input.labels ?? []).map((l) => String(l ?? '').trim()),
      options: input.type === 'SINGLE_CHOICE' ? (input.options ?? []).map((o) => ({ id: String(o.id ?? '').trim(), label: String(o.label ?? '').trim(), score: o.score ?? null })) : [],
      reverse: !!input.reverse,
      subscaleId: input.subscaleId || null,
      required: input.required ?? true,
    };
    const used = assertPrivacy(itemTexts(next), overrides);
    return this.edit(viewerId, id, [{ key: part.item(itemId), expectedRev }], used, (draft) => {
      const index = draft.items.findIndex((i) => i.id === itemId);
      if (index < 0) throw AppException.notFound('instrument.itemNotFound');
      draft.items[index] = { id: itemId, ...next };
      return [`items.${itemId}`];
    });
  }

  removeItem(viewerId: string, id: string, itemId: string, expectedRev: number): Promise<InstrumentEntity> {
    return this.edit(viewerId, id, [{ key: part.item(itemId), expectedRev }], [], (draft) => {
      const index = draft.items.findIndex((i) => i.id === itemId);
      if (index < 0) throw AppException.notFound('instrument.itemNotFound');
      draft.items.splice(index, 1);
      return [];
    }, () => [part.order, part.item(itemId)]);
  }

  /** Moves an item to `toIndex` (0-based). Order changes are applied in arrival order; no item text is touched. */
  moveItem(viewerId: string, id: string, itemId: string, toIndex: number): Promise<InstrumentEntity> {
    return this.edit(viewerId, id, [], [], (draft) => {
      const index = draft.items.findIndex((i) => i.id === itemId);
      if (index < 0) throw AppException.notFound('instrument.itemNotFound');
      const [item] = draft.items.splice(index, 1);
      draft.items.splice(Math.max(0, Math.min(draft.items.length, Math.trunc(toIndex))), 0, item);
      return [];
    }, () => [part.order]);
  }

  /** Subscales, total, thresholds, reference lines and split spread, as one part. Items of a removed subscale lose it. */
  updateScoring(viewerId: string, id: string, expectedRev: number, input: ScoringInput, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentEntity> {
    const subscales: Subscale[] = (input.subscales ?? []).map((s) => ({ id: String(s.id ?? '').trim(), name: String(s.name ?? '').trim(), method: s.method as ScoreMethod }));
    const scoring: Scoring = {
      total: (input.total ?? null) as ScoreMethod | null,
      thresholds: (input.thresholds ?? []).map((t) => ({ id: String(t.id ?? '').trim(), scope: String(t.scope ?? ''), kind: t.kind as ThresholdKind, value: t.value, label: String(t.label ?? '').trim() })),
      referenceLines: (input.referenceLines ?? []).map((r) => ({ id: String(r.id ?? '').trim(), scope: String(r.scope ?? ''), value: r.value, label: String(r.label ?? '').trim() })),
      splitSpread: input.splitSpread ?? null,
    };
    const texts: Record<string, string> = {};
    // Ids are chosen by people and end up in exports (subscale_<id>): they pass the guard like names.
    subscales.forEach((s, i) => {
      texts[`subscales.${i}.id`] = s.id;
      texts[`subscales.${s.id}.name`] = s.name;
    });
    scoring.thresholds.forEach((t, i) => {
      texts[`scoring.thresholds.${i}.id`] = t.id;
      texts[`scoring.thresholds.${t.id}.label`] = t.label;
    });
    scoring.referenceLines.forEach((r, i) => {
      texts[`scoring.referenceLines.${i}.id`] = r.id;
      texts[`scoring.referenceLines.${r.id}.label`] = r.label;
    });
    const used = assertPrivacy(texts, overrides);
    const detached: string[] = [];
    return this.edit(viewerId, id, [{ key: part.scoring, expectedRev }], used, (draft) => {
      draft.subscales = subscales;
      draft.scoring = scoring;
      const ids = new Set(subscales.map((s) => s.id));
      for (const item of draft.items) {
        if (item.subscaleId && !ids.has(item.subscaleId)) {
          item.subscaleId = null;
          detached.push(item.id);
        }
      }
      return ['subscales', 'scoring'];
    }, () => [part.scoring, ...detached.map(part.item)]);
  }

  async addAuthor(viewerId: string, id: string, userId: string): Promise<InstrumentEntity> {
    return this.dataSource.transaction(async (m) => {
      const { instrument } = await this.lockEditable(m, viewerId, id);
      const isMember = await m.query('SELECT 1 FROM community_member WHERE community_id = $1 AND user_id = $2', [instrument.communityId, requireUuid(userId)]);
      if (!isMember.length) throw AppException.badInput([{ field: 'userId', key: 'instrument.notMember' }]);
      await m.createQueryBuilder().insert().into(InstrumentAuthorEntity).values({ instrumentId: instrument.id, userId }).orIgnore().execute();
      await this.announce(m, viewerId, instrument, 'authors');
      return instrument;
    });
  }

  async comment(viewerId: string, id: string, itemId: string | null, body: string, clientId: string | null, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentCommentEntity> {
    const text = String(body ?? '').trim();
    if (!text) throw AppException.badInput([{ field: 'body', key: 'validation.required' }]);
    if (text.length > 4000) throw AppException.badInput([{ field: 'body', key: 'validation.tooLong', params: { max: 4000 } }]);
    const used = assertPrivacy({ body: text }, overrides);
    const run = () =>
      this.dataSource.transaction(async (m) => {
        const r = await this.readable(viewerId, id, m);
        this.policy.check(r.access, 'instrument.comment');
        if (clientId) {
          const existing = await m.getRepository(InstrumentCommentEntity).findOneBy({ authorId: viewerId, clientId });
          if (existing) return existing;
        }
        if (itemId && !r.instrument.draft.items.some((i) => i.id === itemId)) throw AppException.badInput([{ field: 'itemId', key: 'instrument.itemNotFound' }]);
        const saved = await m.getRepository(InstrumentCommentEntity).save(
          m.getRepository(InstrumentCommentEntity).create({ instrumentId: r.instrument.id, itemId: itemId || null, authorId: viewerId, body: text, clientId: clientId ?? null }),
        );
        await this.recordOverrides(m, saved.id, viewerId, used, 'INSTRUMENT_COMMENT');
        await this.announce(m, viewerId, r.instrument, 'comments');
        return saved;
      });
    try {
      return await run();
    } catch (error) {
      // Two copies of one retried request raced: the first is stored, the second reads it.
      if (clientId && isUniqueViolation(error)) return run();
      throw error;
    }
  }

  async resolveComment(viewerId: string, commentId: string, resolved: boolean): Promise<InstrumentCommentEntity> {
    return this.dataSource.transaction(async (m) => {
      const comment = await m.getRepository(InstrumentCommentEntity).findOneBy({ id: requireUuid(commentId) });
      if (!comment) throw AppException.notFound();
      const r = await this.readable(viewerId, comment.instrumentId, m);
      this.policy.check(r.access, 'instrument.comment');
      if (comment.authorId !== viewerId && !this.canEdit(r)) throw AppException.forbidden('instrument.onlyAuthors');
      comment.resolvedAt = resolved ? new Date() : null;
      await m.getRepository(InstrumentCommentEntity).save(comment);
      await this.announce(m, viewerId, r.instrument, 'comments');
      return comment;
    });
  }

  /**
   * Freezes the draft as the next version. `expectedDraftRev` is the draft the publisher reviewed:
   * anything changed since is a CONFLICT, so nobody publishes an edit they have not seen.
   */
  async publish(viewerId: string, id: string, changelog: string, expectedDraftRev: number, overrides: PrivacyOverrideInput[] = []): Promise<InstrumentVersionEntity> {
    const log = String(changelog ?? '').trim();
    if (log.length < 3) throw AppException.badInput([{ field: 'changelog', key: 'instrument.changelogRequired' }]);
    if (log.length > 5000) throw AppException.badInput([{ field: 'changelog', key: 'validation.tooLong', params: { max: 5000 } }]);
    const used = assertPrivacy({ changelog: log }, overrides);
    return this.dataSource.transaction(async (m) => {
      const { instrument } = await this.lockEditable(m, viewerId, id);
      if (instrument.draftRev !== expectedDraftRev) throw new AppException(ErrorCode.CONFLICT, 'instrument.draftChanged', {}, [], { draftRev: instrument.draftRev });
      const errors = validateDefinition(instrument.draft, { forPublish: true });
      if (errors.length) throw AppException.badInput(errors);
      if (instrument.latestVersion > 0) {
        const latest = await m.getRepository(InstrumentVersionEntity).findOneByOrFail({ instrumentId: instrument.id, number: instrument.latestVersion });
        if (diffDefinitions(latest.definition, instrument.draft).length === 0) throw AppException.conflict('instrument.nothingChanged');
      }
      const version = await m.getRepository(InstrumentVersionEntity).save(
        m.getRepository(InstrumentVersionEntity).create({ instrumentId: instrument.id, number: instrument.latestVersion + 1, definition: clone(instrument.draft), changelog: log, publishedById: viewerId }),
      );
      instrument.latestVersion = version.number;
      await m.getRepository(InstrumentEntity).update({ id: instrument.id }, { latestVersion: version.number });
      await this.recordOverrides(m, version.id, viewerId, used, 'INSTRUMENT_VERSION');
      // The community's feed tells its readers (published instruments are readable like the community).
      await m.getRepository(FeedItemEntity).insert({ communityId: instrument.communityId, type: FeedItemType.INSTRUMENT_PUBLISHED, actorId: viewerId, subjectId: version.id });
      await this.announce(m, viewerId, instrument, 'published');
      return version;
    });
  }

  /** Copies a published version into a community where the viewer may create instruments; the copy remembers its source. */
  async fork(viewerId: string, id: string, versionNumber: number | null, targetCommunityId: string): Promise<InstrumentEntity> {
    return this.dataSource.transaction(async (m) => {
      const { instrument } = await this.readable(viewerId, id, m);
      const number = versionNumber ?? instrument.latestVersion;
      const version = await m.getRepository(InstrumentVersionEntity).findOneBy({ instrumentId: instrument.id, number });
      if (!version) throw AppException.notFound('instrument.versionNotFound');
      await this.policy.authorize(viewerId, requireUuid(targetCommunityId), 'instrument.create', m);
      const saved = await m.getRepository(InstrumentEntity).save(
        m.getRepository(InstrumentEntity).create({
          communityId: targetCommunityId,
          title: version.definition.title,
          draft: clone(version.definition),
          draftRevs: {},
          forkedFromVersionId: version.id,
          createdById: viewerId,
          exportSalt: randomBytes(24).toString('hex'),
        }),
      );
      await m.getRepository(InstrumentAuthorEntity).insert({ instrumentId: saved.id, userId: viewerId });
      return saved;
    });
  }

  /** Where a fork comes from, as far as the viewer may know. */
  async lineage(viewerId: string | undefined, instrument: InstrumentEntity): Promise<{ instrumentId: string | null; title: string; versionNumber: number; communityName: string | null } | null> {
    if (!instrument.forkedFromVersionId) return null;
    const rows: { instrument_id: string; number: number; title: string; community_id: string; community_name: string }[] = await this.dataSource.query(
      `SELECT v.instrument_id, v.number, v.definition->>'title' AS title, i.community_id, c.name AS community_name
         FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id JOIN community c ON c.id = i.community_id WHERE v.id = $1`,
      [instrument.forkedFromVersionId],
    );
    const row = rows[0];
    if (!row) return null;
    const access = (await this.policy.load(viewerId, [row.community_id])).get(row.community_id);
    const visible = can(access, 'community.read');
    return { instrumentId: visible ? row.instrument_id : null, title: row.title, versionNumber: row.number, communityName: visible ? row.community_name : null };
  }

  // ---- internals

  /** Locks the instrument row (every draft change of one instrument is serialised) and checks edit rights. */
  private async lockEditable(m: EntityManager, viewerId: string, id: string): Promise<ReadableInstrument> {
    const instrument = await m.getRepository(InstrumentEntity).findOne({ where: { id: requireUuid(id) }, lock: { mode: 'pessimistic_write' } });
    if (!instrument) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, instrument.communityId, 'instrument.readDraft', m);
    const isAuthor = await m.getRepository(InstrumentAuthorEntity).existsBy({ instrumentId: instrument.id, userId: viewerId });
    const r = { instrument, access, isAuthor };
    if (!this.canEdit(r)) {
      if (access.archived) throw AppException.forbidden('community.archived');
      throw AppException.forbidden('instrument.onlyAuthors');
    }
    return r;
  }

  /**
   * One draft change: lock, check each part's revision, apply, validate the parts that changed,
   * bump their revisions, store, announce after the commit.
   */
  private async edit(
    viewerId: string,
    id: string,
    checks: { key: string; expectedRev: number }[],
    overrides: PrivacyOverrideInput[],
    apply: (draft: InstrumentDefinition) => string[],
    bumped: () => string[] = () => checks.map((c) => c.key),
  ): Promise<InstrumentEntity> {
    return this.dataSource.transaction(async (m) => {
      const { instrument } = await this.lockEditable(m, viewerId, id);
      for (const check of checks) {
        // An item someone removed meanwhile is gone, not in conflict.
        if (check.key.startsWith('item:') && !instrument.draft.items.some((i) => `item:${i.id}` === check.key)) throw AppException.notFound('instrument.itemNotFound');
        const current = instrument.draftRevs[check.key];
        if ((current?.rev ?? 0) !== check.expectedRev) {
          const extra = { part: check.key, currentRev: current?.rev ?? 0 };
          if (current?.name) throw new AppException(ErrorCode.CONFLICT, 'instrument.editConflict', { name: current.name }, [], extra);
          throw new AppException(ErrorCode.CONFLICT, 'instrument.editConflictAnonymous', {}, [], extra);
        }
      }
      const draft = clone(instrument.draft);
      const prefixes = apply(draft);
      const errors = errorsFor(draft, prefixes);
      if (errors.length) throw AppException.badInput(errors);
      const name = await this.nameOf(m, viewerId);
      const at = new Date().toISOString();
      const revs = { ...instrument.draftRevs };
      const keys = bumped();
      for (const key of keys) revs[key] = { rev: (revs[key]?.rev ?? 0) + 1, by: viewerId, name, at } satisfies DraftPartRev;
      instrument.draft = draft;
      instrument.title = draft.title || instrument.title;
      instrument.draftRevs = revs;
      instrument.draftRev += 1;
      await m.getRepository(InstrumentEntity).update({ id: instrument.id }, { draft, title: instrument.title, draftRevs: revs, draftRev: instrument.draftRev });
      await this.recordOverrides(m, instrument.id, viewerId, overrides);
      this.realtime.emit(m, roomOf.instrument(instrument.id), 'instrument:changed', { instrumentId: instrument.id, draftRev: instrument.draftRev, part: keys[0] ?? 'draft', by: { id: viewerId, name } });
      return instrument;
    });
  }

  private async announce(m: EntityManager, viewerId: string, instrument: InstrumentEntity, what: string): Promise<void> {
    const name = await this.nameOf(m, viewerId);
    this.realtime.emit(m, roomOf.instrument(instrument.id), 'instrument:changed', { instrumentId: instrument.id, draftRev: instrument.draftRev, part: what, by: { id: viewerId, name } });
  }

  private async nameOf(m: EntityManager, userId: string): Promise<string> {
    const rows: { display_name: string }[] = await m.query('SELECT display_name FROM user_account WHERE id = $1', [userId]);
    return rows[0]?.display_name ?? '';
  }

  private recordOverrides(m: EntityManager, subjectId: string, userId: string, overrides: PrivacyOverrideInput[], subjectType = 'INSTRUMENT'): Promise<void> {
    return recordPrivacyOverrides(m, subjectType, subjectId, userId, overrides);
  }
}
