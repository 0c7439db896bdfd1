import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, assertPrivacy, ErrorCode, FieldError, isUniqueViolation, PrivacyOverrideInput, requireUuid } from '@kennislijn/api-core';
import { CollaborationFormEntity, LevelEntity, QualificationEntity, ResearchThemeEntity } from '@kennislijn/api-curriculum';
import { can, CommunityAccess, PolicyService, recordPrivacyOverrides } from '@kennislijn/api-communities';
import { Citation, EvidenceLevel, FindingDetails, KnowledgeType, TheoryTheme } from '@kennislijn/shared-domain';
import { CitationInput, CreateKnowledgeInput, KnowledgeContentInput } from './dto/knowledge.inputs';
import { KnowledgeItemEntity, KnowledgeRevisionEntity } from './entities/knowledge.entities';

const DOI = /^10\.\d{4,9}\/\S+$/;

/** A citation as stored: trimmed, DOI without its resolver prefix, URL checked. */
export function normaliseCitation(c: CitationInput | null | undefined): { citation: Citation | null; errors: FieldError[] } {
  if (!c) return { citation: null, errors: [] };
  const errors: FieldError[] = [];
  const authors = (c.authors ?? []).map((a) => a.trim()).filter(Boolean);
  if (!authors.length) errors.push({ field: 'citation.authors', key: 'knowledge.citationAuthors' });
  const doi = c.doi ? c.doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '') : null;
  if (doi && !DOI.test(doi)) errors.push({ field: 'citation.doi', key: 'knowledge.citationDoi' });
  let url: string | null = c.url?.trim() || null;
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('protocol');
      url = parsed.toString();
    } catch {
      errors.push({ field: 'citation.url', key: 'knowledge.citationUrl' });
    }
  }
  return {
    citation: { authors, year: c.year, title: c.title.trim(), container: c.container ?? null, volume: c.volume ?? null, issue: c.issue ?? null, pages: c.pages ?? null, doi, url },
    errors,
  };
}

/** The texts of an item that pass the privacy guard (author names of a citation are bibliographic, not client data). */
function guardedTexts(i: KnowledgeContentInput): Record<string, string> {
  return {
    title: i.title,
    summary: i.summary,
    'citation.title': i.citation?.title ?? '',
    'citation.container': i.citation?.container ?? '',
    'finding.studyDesign': i.finding?.studyDesign ?? '',
    'finding.sample': i.finding?.sample ?? '',
    'finding.practiceImplications': i.finding?.practiceImplications ?? '',
    ...Object.fromEntries((i.tags ?? []).map((t, n) => [`tags.${n}`, t])),
  };
}

/** Everything a revision keeps of an item (links as codes), so two revisions can be compared field by field. */
export function snapshotOf(item: KnowledgeItemEntity): Record<string, unknown> {
  return {
    type: item.type,
    title: item.title,
    summary: item.summary,
    citation: item.citation,
    evidenceLevel: item.evidenceLevel,
    finding: item.finding,
    qualifications: (item.qualifications ?? []).map((q) => q.code).sort(),
    levels: (item.levels ?? []).map((l) => l.number).sort(),
    collaborationForms: (item.collaborationForms ?? []).map((c) => c.code).sort(),
    researchThemes: (item.researchThemes ?? []).map((r) => r.code).sort(),
    theoryThemes: [...item.theoryThemes].sort(),
    tags: [...item.tags].sort(),
    caseIds: [...item.caseIds].sort(),
    instrumentIds: [...item.instrumentIds].sort(),
  };
}

export interface KnowledgeFilter {
  communityId?: string | null;
  siteWide?: boolean | null;
  type?: string | null;
  qualification?: string | null;
  level?: number | null;
  collaborationForm?: string | null;
  theoryTheme?: string | null;
  researchTheme?: string | null;
  tag?: string | null;
}

/**
 * The knowledge base: items in a community (following its visibility) or site-wide (kept by
 * curators), linked to the learning line, each edit kept as a revision.
 */
@Injectable()
export class KnowledgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async isCurator(m: EntityManager, userId: string | undefined): Promise<boolean> {
    if (!userId) return false;
    const rows: { is_curator: boolean }[] = await m.query('SELECT is_curator FROM user_account WHERE id = $1 AND deleted_at IS NULL', [userId]);
    return !!rows[0]?.is_curator;
  }

  /** Items the viewer may read, newest change first, with the filters of the knowledge base page. */
  async list(viewerId: string | undefined, f: KnowledgeFilter, limit = 50): Promise<KnowledgeItemEntity[]> {
    const qb = this.dataSource
      .getRepository(KnowledgeItemEntity)
      .createQueryBuilder('k')
      .leftJoin('community', 'c', 'c.id = k.community_id')
      .where(`(k.community_id IS NULL OR ${this.policy.readableCondition('c', ':viewer')})`, { viewer: viewerId ?? null })
      .orderBy('k.updated_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(Math.min(Math.max(limit, 1), 200));
    if (f.communityId) qb.andWhere('k.community_id = :community', { community: requireUuid(f.communityId) });
    if (f.siteWide) qb.andWhere('k.community_id IS NULL');
    if (f.type) qb.andWhere('k.type = :type', { type: f.type });
    if (f.tag) qb.andWhere(':tag = ANY(k.tags)', { tag: f.tag.trim().toLowerCase() });
    if (f.theoryTheme) qb.andWhere(':theory = ANY(k.theory_themes)', { theory: f.theoryTheme });
    if (f.qualification) qb.andWhere('EXISTS (SELECT 1 FROM knowledge_item_qualification x JOIN qualification q ON q.id = x.qualification_id WHERE x.item_id = k.id AND q.code = :q)', { q: f.qualification.toUpperCase() });
    if (f.level) qb.andWhere('EXISTS (SELECT 1 FROM knowledge_item_level x JOIN level l ON l.id = x.level_id WHERE x.item_id = k.id AND l.number = :level)', { level: f.level });
    if (f.collaborationForm) qb.andWhere('EXISTS (SELECT 1 FROM knowledge_item_collaboration_form x JOIN collaboration_form cf ON cf.id = x.collaboration_form_id WHERE x.item_id = k.id AND cf.code = :form)', { form: f.collaborationForm });
    if (f.researchTheme) qb.andWhere('EXISTS (SELECT 1 FROM knowledge_item_research_theme x JOIN research_theme rt ON rt.id = x.research_theme_id WHERE x.item_id = k.id AND rt.code = :rt)', { rt: f.researchTheme });
    return qb.getMany();
  }

  /** One readable item; NOT_FOUND otherwise (also for an item of a private community you are not in). */
  async get(viewerId: string | undefined, id: string, m: EntityManager = this.dataSource.manager): Promise<{ item: KnowledgeItemEntity; access: CommunityAccess | null }> {
    const item = await m.getRepository(KnowledgeItemEntity).findOneBy({ id: requireUuid(id) });
    if (!item) throw AppException.notFound();
    const access = item.communityId ? await this.policy.authorize(viewerId, item.communityId, 'community.read', m) : null;
    return { item, access };
  }

  async canEdit(m: EntityManager, viewerId: string | undefined, item: KnowledgeItemEntity, access: CommunityAccess | null): Promise<boolean> {
    if (!viewerId) return false;
    if (!item.communityId) return this.isCurator(m, viewerId);
    return (item.authorId === viewerId && can(access, 'knowledge.create')) || can(access, 'knowledge.moderate');
  }

  async create(viewerId: string, input: CreateKnowledgeInput): Promise<KnowledgeItemEntity> {
    const { citation, errors } = normaliseCitation(input.citation);
    if (errors.length) throw AppException.badInput(errors);
    const overrides = assertPrivacy(guardedTexts(input), input.privacyOverrides ?? []);
    const run = () =>
      this.dataSource.transaction(async (m) => {
        if (input.communityId) await this.policy.authorize(viewerId, input.communityId, 'knowledge.create', m);
        else if (!(await this.isCurator(m, viewerId))) throw AppException.forbidden('knowledge.onlyCurators');
        if (input.clientId) {
          const existing = await m.getRepository(KnowledgeItemEntity).findOneBy({ authorId: viewerId, clientId: input.clientId });
          if (existing) return existing;
        }
        const links = await this.links(m, viewerId, input, input.communityId ?? null);
        const item = await m.getRepository(KnowledgeItemEntity).save(
          m.getRepository(KnowledgeItemEntity).create({
            communityId: input.communityId ?? null,
            authorId: viewerId,
            clientId: input.clientId ?? null,
            revision: 1,
            ...this.fields(input, citation),
            ...links,
          }),
        );
        await this.snapshot(m, item, viewerId, 'Eerste versie');
        await this.recordOverrides(m, item.id, viewerId, overrides);
        return item;
      });
    try {
      return await run();
    } catch (error) {
      if (input.clientId && isUniqueViolation(error)) return run();
      throw error;
    }
  }

  /** Edits an item; `expectedRevision` guards against overwriting someone else's edit. Keeps a revision with the change note. */
  async update(viewerId: string, id: string, expectedRevision: number, input: KnowledgeContentInput, changeNote: string): Promise<KnowledgeItemEntity> {
    const note = String(changeNote ?? '').trim();
    if (note.length < 3) throw AppException.badInput([{ field: 'changeNote', key: 'knowledge.changeNoteRequired' }]);
    const { citation, errors } = normaliseCitation(input.citation);
    if (errors.length) throw AppException.badInput(errors);
    const overrides = assertPrivacy({ ...guardedTexts(input), changeNote: note }, input.privacyOverrides ?? []);
    return this.dataSource.transaction(async (m) => {
      const item = await m.getRepository(KnowledgeItemEntity).findOne({ where: { id: requireUuid(id) }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw AppException.notFound();
      const access = item.communityId ? await this.policy.authorize(viewerId, item.communityId, 'community.read', m) : null;
      if (!(await this.canEdit(m, viewerId, item, access))) throw AppException.forbidden(item.communityId ? 'knowledge.onlyAuthorOrModerator' : 'knowledge.onlyCurators');
      if (item.revision !== expectedRevision) throw new AppException(ErrorCode.CONFLICT, 'knowledge.revisionConflict', {}, [], { revision: item.revision });
      // Links to cases and instruments left out of the input stay as they are: an editor may not see them all.
      const links = await this.links(m, viewerId, { ...input, caseIds: input.caseIds ?? item.caseIds, instrumentIds: input.instrumentIds ?? item.instrumentIds }, item.communityId, item);
      Object.assign(item, this.fields(input, citation), links, { revision: item.revision + 1 });
      const saved = await m.getRepository(KnowledgeItemEntity).save(item);
      await this.snapshot(m, saved, viewerId, note);
      await this.recordOverrides(m, item.id, viewerId, overrides);
      return saved;
    });
  }

  revisions(itemId: string): Promise<KnowledgeRevisionEntity[]> {
    return this.dataSource.getRepository(KnowledgeRevisionEntity).find({ where: { itemId }, order: { number: 'DESC' } });
  }

  /** Field-by-field differences between two revisions of a readable item. */
  async diff(viewerId: string | undefined, id: string, from: number, to: number): Promise<{ field: string; before: string | null; after: string | null }[]> {
    const { item } = await this.get(viewerId, id);
    const rows = await this.dataSource.getRepository(KnowledgeRevisionEntity).findBy({ itemId: item.id, number: In([from, to]) });
    const a = rows.find((r) => r.number === from);
    const b = rows.find((r) => r.number === to);
    if (!a || !b) throw AppException.notFound('knowledge.revisionNotFound');
    const keys = [...new Set([...Object.keys(a.snapshot), ...Object.keys(b.snapshot)])];
    const show = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
    return keys.filter((k) => JSON.stringify(a.snapshot[k] ?? null) !== JSON.stringify(b.snapshot[k] ?? null)).map((k) => ({ field: k, before: show(a.snapshot[k]), after: show(b.snapshot[k]) }));
  }

  // ---- internals

  private fields(i: KnowledgeContentInput, citation: Citation | null) {
    return {
      type: i.type as KnowledgeType,
      title: i.title.trim(),
      summary: i.summary,
      citation,
      evidenceLevel: i.evidenceLevel as EvidenceLevel,
      finding: i.finding ? ({ studyDesign: i.finding.studyDesign, sample: i.finding.sample, practiceImplications: i.finding.practiceImplications } satisfies FindingDetails) : null,
      theoryThemes: [...new Set(i.theoryThemes ?? [])] as TheoryTheme[],
      tags: [...new Set((i.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))],
    };
  }

  /** Codes → rows; cases must be readable cases of the same community, instruments readable published ones. */
  private async links(m: EntityManager, viewerId: string, i: KnowledgeContentInput, communityId: string | null, existing?: Pick<KnowledgeItemEntity, 'caseIds' | 'instrumentIds'>) {
    const errors: FieldError[] = [];
    const q = [...new Set((i.qualificationCodes ?? []).map((c) => c.trim().toUpperCase()))];
    const qualifications = q.length ? await m.getRepository(QualificationEntity).findBy({ code: In(q) }) : [];
    if (qualifications.length !== q.length) errors.push({ field: 'qualificationCodes', key: 'case.unknownQualification' });
    const l = [...new Set(i.levels ?? [])];
    const levels = l.length ? await m.getRepository(LevelEntity).findBy({ number: In(l) }) : [];
    if (levels.length !== l.length) errors.push({ field: 'levels', key: 'validation.level' });
    const f = [...new Set(i.collaborationFormCodes ?? [])];
    const collaborationForms = f.length ? await m.getRepository(CollaborationFormEntity).findBy({ code: In(f) }) : [];
    if (collaborationForms.length !== f.length) errors.push({ field: 'collaborationFormCodes', key: 'case.unknownCollaborationForm' });
    const r = [...new Set(i.researchThemeCodes ?? [])];
    const researchThemes = r.length ? await m.getRepository(ResearchThemeEntity).findBy({ code: In(r) }) : [];
    if (researchThemes.length !== r.length) errors.push({ field: 'researchThemeCodes', key: 'validation.enum' });
    const caseIds = [...new Set(i.caseIds ?? [])];
    // Links the item already has are kept as they are; new ones are checked.
    const newCases = caseIds.filter((id) => !existing?.caseIds.includes(id));
    if (newCases.length) {
      // Only cases of the item's own community: a site-wide item links none (they would leak titles).
      const found: { id: string }[] = communityId ? await m.query('SELECT id FROM community_case WHERE id = ANY($1) AND community_id = $2 AND hidden_at IS NULL', [newCases, communityId]) : [];
      if (found.length !== newCases.length) errors.push({ field: 'caseIds', key: 'knowledge.unknownCase' });
    }
    const instrumentIds = [...new Set(i.instrumentIds ?? [])];
    const newInstruments = instrumentIds.filter((id) => !existing?.instrumentIds.includes(id));
    if (newInstruments.length) {
      const found: { id: string; community_id: string }[] = await m.query('SELECT id, community_id FROM instrument WHERE id = ANY($1) AND latest_version > 0', [newInstruments]);
      const access = await this.policy.load(viewerId, found.map((x) => x.community_id), m);
      const readable = found.filter((x) => can(access.get(x.community_id), 'community.read') && (!communityId || x.community_id === communityId || access.get(x.community_id)?.visibility === 'PUBLIC'));
      if (readable.length !== newInstruments.length) errors.push({ field: 'instrumentIds', key: 'knowledge.unknownInstrument' });
    }
    if (errors.length) throw AppException.badInput(errors);
    return { qualifications, levels, collaborationForms, researchThemes, caseIds, instrumentIds };
  }

  private async snapshot(m: EntityManager, item: KnowledgeItemEntity, authorId: string, changeNote: string): Promise<void> {
    await m.getRepository(KnowledgeRevisionEntity).insert({ itemId: item.id, number: item.revision, snapshot: snapshotOf(item) as never, changeNote, authorId });
  }

  private recordOverrides(m: EntityManager, subjectId: string, userId: string, overrides: PrivacyOverrideInput[]): Promise<void> {
    return recordPrivacyOverrides(m, 'KNOWLEDGE_ITEM', subjectId, userId, overrides);
  }
}
