import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, assertPrivacy, decodeCursor, encodeCursor, PrivacyOverrideInput, requireUuid, isUniqueViolation } from '@kennislijn/api-core';
import { CollaborationFormEntity, LevelEntity, QualificationEntity } from '@kennislijn/api-curriculum';
import { can, CommunityAccess, FeedItemEntity, FeedItemType, PolicyService, recordPrivacyOverrides } from '@kennislijn/api-communities';
import { CaseContentInput, CreateCaseInput, RespondInput } from './dto/case.inputs';
import { CaseEntity, CaseResponseEntity, CaseStatus, ResponseHelpfulEntity } from './entities/case.entities';
import { CaseRevisionService } from './case-revision.service';
import { DiscussionsService, ThreadKind } from '@kennislijn/api-discussions';

export interface CaseFilter {
  communityId?: string | null;
  collaborationForm?: string | null;
  qualification?: string | null;
  level?: number | null;
  status?: CaseStatus | null;
  tag?: string | null;
  search?: string | null;
}

const textsOf = (i: Pick<CaseContentInput, 'title' | 'context' | 'dilemma' | 'tried'>) => ({ title: i.title, context: i.context, dilemma: i.dilemma, tried: i.tried ?? '' });

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly revisions: CaseRevisionService,
    private readonly discussions: DiscussionsService,
  ) {}

  // Readers of the case page hear of the change live (after the commit).
  private changed(m: EntityManager, caseId: string): Promise<void> {
    return this.discussions.announceSubjectChange(m, ThreadKind.CASE, caseId);
  }

  async create(viewerId: string, input: CreateCaseInput): Promise<CaseEntity> {
    // Before anything else: text with unresolved findings (any BSN) never reaches the database.
    const overrides = assertPrivacy(textsOf(input), input.privacyOverrides ?? []);
    return this.onceByClientId(CaseEntity, viewerId, input.clientId, () => this.createOnce(viewerId, input, overrides));
  }

  private createOnce(viewerId: string, input: CreateCaseInput, overrides: PrivacyOverrideInput[]): Promise<CaseEntity> {
    return this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, input.communityId, 'case.create', m);
      if (input.clientId) {
        const existing = await m.getRepository(CaseEntity).findOneBy({ authorId: viewerId, clientId: input.clientId });
        if (existing) return existing;
      }
      const links = await this.links(m, input);
      const saved = await m.getRepository(CaseEntity).save(
        m.getRepository(CaseEntity).create({
          communityId: input.communityId,
          authorId: viewerId,
          authorHidden: input.postAnonymously,
          ...textsOf(input),
          ...links,
          allianceAspects: [...new Set(input.allianceAspects ?? [])],
          damourConcepts: [...new Set(input.damourConcepts ?? [])],
          tags: input.tags ?? [],
          clientId: input.clientId ?? null,
        }),
      );
      await this.recordOverrides(m, 'CASE', saved.id, viewerId, overrides);
      // An anonymous case shows no actor in the feed either.
      await m.getRepository(FeedItemEntity).insert({ communityId: input.communityId, type: FeedItemType.CASE_POSTED, actorId: input.postAnonymously ? null : viewerId, subjectId: saved.id });
      return saved;
    });
  }

  async update(viewerId: string, id: string, input: CaseContentInput): Promise<CaseEntity> {
    const overrides = assertPrivacy(textsOf(input), input.privacyOverrides ?? []);
    return this.dataSource.transaction(async (m) => {
      const current = await this.editable(m, viewerId, id);
      const links = await this.links(m, input);
      await this.revisions.beforeEdit(m, current, { ...textsOf(input), lessonsLearned: current.lessonsLearned }, viewerId);
      Object.assign(current, textsOf(input), links, {
        authorHidden: input.postAnonymously,
        allianceAspects: [...new Set(input.allianceAspects ?? [])],
        damourConcepts: [...new Set(input.damourConcepts ?? [])],
        tags: input.tags ?? [],
      });
      const saved = await m.getRepository(CaseEntity).save(current);
      await m.getRepository(FeedItemEntity).update({ type: FeedItemType.CASE_POSTED, subjectId: saved.id }, { actorId: input.postAnonymously ? null : saved.authorId });
      await this.recordOverrides(m, 'CASE', saved.id, viewerId, overrides);
      await this.changed(m, saved.id);
      return saved;
    });
  }

  /** Marks a case resolved with the lessons learned (author or moderator). */
  async resolve(viewerId: string, id: string, lessonsLearned: string, privacyOverrides: PrivacyOverrideInput[] = []): Promise<CaseEntity> {
    const lessons = (lessonsLearned ?? '').trim();
    if (lessons.length < 10) throw AppException.badInput([{ field: 'lessonsLearned', key: 'validation.tooShort', params: { min: 10 } }]);
    if (lessons.length > 10000) throw AppException.badInput([{ field: 'lessonsLearned', key: 'validation.tooLong', params: { max: 10000 } }]);
    const overrides = assertPrivacy({ lessonsLearned: lessons }, privacyOverrides);
    return this.dataSource.transaction(async (m) => {
      const current = await this.editable(m, viewerId, id);
      if (current.lessonsLearned !== null && current.lessonsLearned !== lessons) {
        await this.revisions.beforeEdit(m, current, { title: current.title, context: current.context, dilemma: current.dilemma, tried: current.tried, lessonsLearned: lessons }, viewerId);
      }
      const firstTime = current.status !== CaseStatus.RESOLVED;
      Object.assign(current, { status: CaseStatus.RESOLVED, lessonsLearned: lessons, resolvedAt: firstTime ? new Date() : current.resolvedAt, resolvedById: firstTime ? viewerId : current.resolvedById });
      const saved = await m.getRepository(CaseEntity).save(current);
      await this.recordOverrides(m, 'CASE', saved.id, viewerId, overrides);
      if (firstTime) {
        await m.createQueryBuilder().insert().into(FeedItemEntity).values({ communityId: saved.communityId, type: FeedItemType.CASE_RESOLVED, actorId: null, subjectId: saved.id }).orIgnore().execute();
      }
      await this.changed(m, saved.id);
      return saved;
    });
  }

  async reopen(viewerId: string, id: string): Promise<CaseEntity> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.editable(m, viewerId, id);
      current.status = CaseStatus.OPEN;
      await this.changed(m, current.id);
      return m.getRepository(CaseEntity).save(current);
    });
  }

  async respond(viewerId: string, input: RespondInput): Promise<CaseResponseEntity> {
    const overrides = assertPrivacy({ body: input.body }, input.privacyOverrides ?? []);
    return this.onceByClientId(CaseResponseEntity, viewerId, input.clientId, () => this.respondOnce(viewerId, input, overrides));
  }

  private respondOnce(viewerId: string, input: RespondInput, overrides: PrivacyOverrideInput[]): Promise<CaseResponseEntity> {
    return this.dataSource.transaction(async (m) => {
      const kase = await m.getRepository(CaseEntity).findOneBy({ id: input.caseId });
      if (!kase) throw AppException.notFound();
      const access = await this.policy.authorize(viewerId, kase.communityId, 'case.respond', m);
      if (kase.hiddenAt && !can(access, 'case.moderate')) throw AppException.notFound();
      if (input.clientId) {
        const existing = await m.getRepository(CaseResponseEntity).findOneBy({ authorId: viewerId, clientId: input.clientId });
        if (existing) return existing;
      }
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = await m.getRepository(CaseResponseEntity).findOneBy({ id: input.parentId, caseId: kase.id });
        if (!parent) throw AppException.badInput([{ field: 'parentId', key: 'case.parentNotFound' }]);
        // One level deep: a reply to a reply hangs under the same top-level response.
        parentId = parent.parentId ?? parent.id;
      }
      const saved = await m.getRepository(CaseResponseEntity).save(
        m.getRepository(CaseResponseEntity).create({
          caseId: kase.id,
          communityId: kase.communityId,
          parentId,
          authorId: viewerId,
          perspective: input.perspective ?? null,
          body: input.body.trim(),
          clientId: input.clientId ?? null,
        }),
      );
      await this.recordOverrides(m, 'CASE_RESPONSE', saved.id, viewerId, overrides);
      await m.getRepository(FeedItemEntity).insert({ communityId: kase.communityId, type: FeedItemType.CASE_RESPONDED, actorId: viewerId, subjectId: saved.id });
      await this.changed(m, kase.id);
      return saved;
    });
  }

  async setHelpful(viewerId: string, responseId: string, helpful: boolean): Promise<CaseResponseEntity> {
    return this.dataSource.transaction(async (m) => {
      const response = await this.readableResponse(m, viewerId, responseId, 'case.markHelpful');
      if (helpful) {
        await m.createQueryBuilder().insert().into(ResponseHelpfulEntity).values({ responseId: response.id, userId: viewerId }).orIgnore().execute();
      } else {
        await m.getRepository(ResponseHelpfulEntity).delete({ responseId: response.id, userId: viewerId });
      }
      await this.changed(m, response.caseId);
      return response;
    });
  }

  /** The case's author marks the response that helped most (or clears it with null). */
  async setBestResponse(viewerId: string, caseId: string, responseId: string | null): Promise<CaseEntity> {
    return this.dataSource.transaction(async (m) => {
      const kase = await m.getRepository(CaseEntity).findOneBy({ id: requireUuid(caseId) });
      if (!kase) throw AppException.notFound();
      const access = await this.policy.authorize(viewerId, kase.communityId, 'community.read', m);
      if (kase.hiddenAt && !can(access, 'case.moderate')) throw AppException.notFound();
      if (kase.authorId !== viewerId) throw AppException.forbidden('case.onlyAuthor');
      if (responseId) {
        const response = await m.getRepository(CaseResponseEntity).findOneBy({ id: requireUuid(responseId), caseId: kase.id });
        if (!response) throw AppException.badInput([{ field: 'responseId', key: 'case.parentNotFound' }]);
      }
      kase.bestResponseId = responseId;
      await this.changed(m, kase.id);
      return m.getRepository(CaseEntity).save(kase);
    });
  }

  /** One case the viewer may read (hidden ones only for moderators and the author). */
  async getReadable(viewerId: string | undefined, id: string): Promise<{ kase: CaseEntity; access: CommunityAccess }> {
    const kase = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: requireUuid(id) });
    if (!kase) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, kase.communityId, 'community.read');
    if (kase.hiddenAt && !can(access, 'case.moderate') && kase.authorId !== viewerId) throw AppException.notFound();
    return { kase, access };
  }

  /** Cases in communities the viewer may read, newest first, filtered. Hidden cases only for moderators and authors. */
  async list(viewerId: string | undefined, filter: CaseFilter, limit: number, after: string | null | undefined): Promise<{ rows: CaseEntity[]; total: number }> {
    const cursor = decodeCursor(after, 2);
    const base = () => {
      const qb = this.dataSource
        .getRepository(CaseEntity)
        .createQueryBuilder('k')
        .innerJoin('community', 'c', 'c.id = k.community_id')
        .where(this.policy.readableCondition('c', ':viewerId'), { viewerId: viewerId ?? null })
        .andWhere(
          `(k.hidden_at IS NULL OR k.author_id = :viewerId OR EXISTS (SELECT 1 FROM community_member mm WHERE mm.community_id = k.community_id AND mm.user_id = :viewerId AND mm.role IN ('MODERATOR','OWNER')))`,
        );
      if (filter.communityId) qb.andWhere('k.community_id = :communityId', { communityId: requireUuid(filter.communityId) });
      if (filter.status) qb.andWhere('k.status = :status', { status: filter.status });
      if (filter.tag?.trim()) qb.andWhere(':tag = ANY(k.tags)', { tag: filter.tag.trim().toLowerCase() });
      if (filter.collaborationForm) {
        qb.andWhere('k.collaboration_form_id IN (SELECT id FROM collaboration_form WHERE code = :form)', { form: filter.collaborationForm.toUpperCase() });
      }
      if (filter.qualification) {
        qb.andWhere('EXISTS (SELECT 1 FROM case_qualification cq JOIN qualification q ON q.id = cq.qualification_id WHERE cq.case_id = k.id AND q.code = :qual)', { qual: filter.qualification.toUpperCase() });
      }
      if (filter.level) qb.andWhere('EXISTS (SELECT 1 FROM case_level cl JOIN level l ON l.id = cl.level_id WHERE cl.case_id = k.id AND l.number = :level)', { level: filter.level });
      if (filter.search?.trim()) {
        qb.andWhere('(k.title ILIKE :search OR k.dilemma ILIKE :search)', { search: `%${filter.search.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` });
      }
      return qb;
    };
    const page = base().orderBy('k.created_at', 'DESC').addOrderBy('k.id', 'DESC').take(limit + 1);
    if (cursor) page.andWhere('(k.created_at, k.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
    return { rows, total };
  }

  cursorOf(k: CaseEntity): string {
    return encodeCursor([k.createdAt.toISOString(), k.id]);
  }

  async responsesOf(caseIds: readonly string[]): Promise<CaseResponseEntity[]> {
    return this.dataSource.getRepository(CaseResponseEntity).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async helpfulCounts(responseIds: readonly string[], viewerId: string | undefined): Promise<Map<string, { count: number; mine: boolean }>> {
    const rows: { response_id: string; n: string; mine: boolean }[] = await this.dataSource.query(
      `SELECT response_id, count(*) AS n, bool_or(user_id = $2) AS mine FROM case_response_helpful WHERE response_id = ANY($1::uuid[]) GROUP BY response_id`,
      [[...responseIds], viewerId ?? null],
    );
    return new Map(rows.map((r) => [r.response_id, { count: Number(r.n), mine: !!r.mine }]));
  }

  /**
   * A retried request with the same client id is stored once. Two copies racing each other both
   * pass the "exists?" check; the unique index stops the second, which then answers with the first.
   */
  private async onceByClientId<T extends CaseEntity | CaseResponseEntity>(
    entity: new () => T,
    authorId: string,
    clientId: string | null | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || !clientId) throw error;
      const stored = await this.dataSource.getRepository(entity).findOneBy({ authorId, clientId } as never);
      if (!stored) throw error;
      return stored as T;
    }
  }

  private async editable(m: EntityManager, viewerId: string, id: string): Promise<CaseEntity> {
    const kase = await m.getRepository(CaseEntity).findOne({ where: { id: requireUuid(id) }, relations: { qualifications: true, levels: true } });
    if (!kase) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, kase.communityId, 'community.read', m);
    const moderator = can(access, 'case.moderate');
    if (kase.hiddenAt && !moderator && kase.authorId !== viewerId) throw AppException.notFound();
    if (kase.authorId !== viewerId && !moderator) throw AppException.forbidden('case.onlyAuthorOrModerator');
    if (access.archived) throw AppException.forbidden('community.archived');
    return kase;
  }

  private async readableResponse(m: EntityManager, viewerId: string, responseId: string, action: 'case.markHelpful'): Promise<CaseResponseEntity> {
    const response = await m.getRepository(CaseResponseEntity).findOneBy({ id: requireUuid(responseId) });
    if (!response) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, response.communityId, action, m);
    if (response.hiddenAt && !can(access, 'case.moderate')) throw AppException.notFound();
    return response;
  }

  private async links(m: EntityManager, input: CaseContentInput): Promise<Pick<CaseEntity, 'collaborationFormId' | 'qualifications' | 'levels'>> {
    const form = await m.getRepository(CollaborationFormEntity).findOneBy({ code: input.collaborationFormCode.trim().toUpperCase() });
    if (!form) throw AppException.badInput([{ field: 'collaborationFormCode', key: 'case.unknownCollaborationForm' }]);
    const codes = [...new Set((input.qualificationCodes ?? []).map((c) => c.trim().toUpperCase()))];
    const qualifications = codes.length ? await m.getRepository(QualificationEntity).findBy({ code: In(codes) }) : [];
    if (qualifications.length !== codes.length) throw AppException.badInput([{ field: 'qualificationCodes', key: 'case.unknownQualification' }]);
    const numbers = [...new Set(input.levelNumbers ?? [])];
    const levels = numbers.length ? await m.getRepository(LevelEntity).findBy({ number: In(numbers) }) : [];
    if (levels.length !== numbers.length) throw AppException.badInput([{ field: 'levelNumbers', key: 'validation.level' }]);
    return { collaborationFormId: form.id, qualifications, levels };
  }

  private recordOverrides(m: EntityManager, subjectType: string, subjectId: string, userId: string, overrides: PrivacyOverrideInput[]): Promise<void> {
    return recordPrivacyOverrides(m, subjectType, subjectId, userId, overrides);
  }
}

