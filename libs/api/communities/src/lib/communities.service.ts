import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, assertPrivacy, decodeCursor, encodeCursor, requireUuid, isUniqueViolation } from '@kennislijn/api-core';
import { ResearchThemeEntity } from '@kennislijn/api-curriculum';
import { RealtimeService } from '@kennislijn/api-realtime';
import { AuditService } from './audit.service';
import { CommunityInput, UpdateCommunityInput } from './dto/community.inputs';
import { CommunityEntity, CommunityMemberEntity, CommunityRole, CommunityVisibility } from './entities/community.entity';
import { FeedItemEntity, FeedItemType } from './entities/feed.entities';
import { AuditAction } from './entities/moderation.entities';
import { PolicyService } from './policy/policy.service';

export interface CommunityFilter {
  search?: string | null;
  tag?: string | null;
  theme?: string | null;
  mine?: boolean;
}

// Paths of the web app under /gemeenschappen/ that a community must not take.
const RESERVED_SLUGS = new Set(['nieuw', 'new', 'zoeken', 'search', 'beheer', 'admin', 'mijn', 'instellingen', 'uitnodiging']);

@Injectable()
export class CommunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  async create(viewerId: string, input: CommunityInput): Promise<CommunityEntity> {
    if (RESERVED_SLUGS.has(input.slug)) throw AppException.badInput([{ field: 'slug', key: 'community.slugReserved' }]);
    assertPrivacy({ name: input.name, description: input.description, guidelines: input.guidelines });
    try {
      return await this.dataSource.transaction(async (m) => {
        const themes = await this.themesFor(m, input.researchThemeCodes ?? []);
        const community = await m.getRepository(CommunityEntity).save(
          m.getRepository(CommunityEntity).create({
            slug: input.slug,
            name: input.name,
            description: input.description ?? '',
            guidelines: input.guidelines ?? '',
            tags: input.tags ?? [],
            visibility: input.visibility,
            joinPolicy: input.joinPolicy,
            createdById: viewerId,
            researchThemes: themes,
          }),
        );
        await m.getRepository(CommunityMemberEntity).insert({ communityId: community.id, userId: viewerId, role: CommunityRole.OWNER });
        await m.getRepository(FeedItemEntity).insert({ communityId: community.id, type: FeedItemType.COMMUNITY_CREATED, actorId: viewerId });
        await this.audit.record(m, { communityId: community.id, action: AuditAction.COMMUNITY_CREATED, actorId: viewerId });
        return community;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppException.conflict('community.slugTaken', [{ field: 'slug', key: 'community.slugTaken' }]);
      throw error;
    }
  }

  async update(viewerId: string, id: string, input: UpdateCommunityInput): Promise<CommunityEntity> {
    assertPrivacy({ name: input.name, description: input.description, guidelines: input.guidelines });
    return this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(id), 'community.edit', m);
      const repo = m.getRepository(CommunityEntity);
      const community = await repo.findOneOrFail({ where: { id }, relations: { researchThemes: true } });
      const changed: string[] = [];
      for (const key of ['name', 'description', 'guidelines', 'tags', 'visibility', 'joinPolicy'] as const) {
        if (input[key] !== undefined && input[key] !== null && JSON.stringify(input[key]) !== JSON.stringify(community[key])) {
          (community as unknown as Record<string, unknown>)[key] = input[key];
          changed.push(key);
        }
      }
      if (input.researchThemeCodes) {
        community.researchThemes = await this.themesFor(m, input.researchThemeCodes);
        changed.push('researchThemes');
      }
      await repo.save(community);
      if (changed.length) {
        await this.audit.record(m, { communityId: id, action: AuditAction.COMMUNITY_UPDATED, actorId: viewerId, data: { fields: changed.join(',') } });
      }
      // Now private: outsiders who were reading its threads live are let go of.
      if (changed.includes('visibility') && community.visibility === CommunityVisibility.PRIVATE) {
        const members: { user_id: string }[] = await m.query(`SELECT user_id FROM community_member WHERE community_id = $1`, [id]);
        this.realtime.restrictCommunityRooms(m, id, new Set(members.map((r) => r.user_id)));
      }
      return community;
    });
  }

  async setArchived(viewerId: string, id: string, archived: boolean): Promise<CommunityEntity> {
    return this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(id), 'community.archive', m);
      const repo = m.getRepository(CommunityEntity);
      const community = await repo.findOneByOrFail({ id });
      if (!!community.archivedAt !== archived) {
        community.archivedAt = archived ? new Date() : null;
        await repo.save(community);
        await this.audit.record(m, { communityId: id, action: archived ? AuditAction.COMMUNITY_ARCHIVED : AuditAction.COMMUNITY_UNARCHIVED, actorId: viewerId });
      }
      return community;
    });
  }

  /** One community the viewer may read, by slug or id; NOT_FOUND otherwise (also for private ones). */
  async getReadable(viewerId: string | undefined, by: { slug?: string | null; id?: string | null }): Promise<CommunityEntity> {
    const community = await this.find(by);
    await this.policy.authorize(viewerId, community.id, 'community.read');
    return community;
  }

  /** A community by slug or id, without a permission check (the caller checks). NOT_FOUND when missing. */
  async find(by: { slug?: string | null; id?: string | null }): Promise<CommunityEntity> {
    const where = by.id ? { id: requireUuid(by.id) } : by.slug ? { slug: by.slug.trim().toLowerCase() } : null;
    if (!where) throw AppException.badInput([{ field: 'slug', key: 'validation.required' }]);
    const community = await this.dataSource.getRepository(CommunityEntity).findOneBy(where);
    if (!community) throw AppException.notFound();
    return community;
  }

  /** Discovery: only communities the viewer may read; archived ones only under "mine". */
  async list(viewerId: string | undefined, filter: CommunityFilter, limit: number, after: string | null | undefined): Promise<{ rows: CommunityEntity[]; total: number }> {
    const cursor = decodeCursor(after, 2);
    const base = () => {
      const qb = this.dataSource
        .getRepository(CommunityEntity)
        .createQueryBuilder('c')
        .where(this.policy.readableCondition('c', ':viewerId'), { viewerId: viewerId ?? null });
      if (filter.mine) {
        qb.andWhere('EXISTS (SELECT 1 FROM community_member mm WHERE mm.community_id = c.id AND mm.user_id = :viewerId)');
      } else {
        qb.andWhere('c.archived_at IS NULL');
      }
      const search = filter.search?.trim();
      if (search) {
        qb.andWhere(`(c.name ILIKE :search OR c.description ILIKE :search OR EXISTS (SELECT 1 FROM unnest(c.tags) t WHERE t ILIKE :search))`, {
          search: `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
        });
      }
      if (filter.tag?.trim()) qb.andWhere(':tag = ANY(c.tags)', { tag: filter.tag.trim().toLowerCase() });
      if (filter.theme?.trim()) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM community_research_theme crt JOIN research_theme rt ON rt.id = crt.research_theme_id WHERE crt.community_id = c.id AND rt.code = :theme)`,
          { theme: filter.theme.trim().toUpperCase() },
        );
      }
      return qb;
    };
    const page = base()
      .orderBy('lower(c.name)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (cursor) page.andWhere('(lower(c.name), c.id) > (:afterName, :afterId::uuid)', { afterName: cursor[0], afterId: cursor[1] });
    const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
    return { rows, total };
  }

  cursorOf(c: CommunityEntity): string {
    return encodeCursor([c.name.toLowerCase(), c.id]);
  }

  async memberCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { community_id: string; n: string }[] = await this.dataSource.query(
      `SELECT community_id, count(*) AS n FROM community_member WHERE community_id = ANY($1::uuid[]) GROUP BY community_id`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.community_id, Number(r.n)]));
  }

  async researchThemes(ids: readonly string[]): Promise<Map<string, ResearchThemeEntity[]>> {
    const rows: (ResearchThemeEntity & { community_id: string })[] = await this.dataSource.query(
      `SELECT crt.community_id, rt.id, rt.code, rt.position, rt.name_nl AS "nameNl", rt.name_en AS "nameEn"
         FROM community_research_theme crt JOIN research_theme rt ON rt.id = crt.research_theme_id
        WHERE crt.community_id = ANY($1::uuid[]) ORDER BY rt.position`,
      [[...ids]],
    );
    const map = new Map<string, ResearchThemeEntity[]>();
    for (const r of rows) map.set(r.community_id, [...(map.get(r.community_id) ?? []), r]);
    return map;
  }

  private async themesFor(m: EntityManager, codes: string[]): Promise<ResearchThemeEntity[]> {
    const unique = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
    if (!unique.length) return [];
    const themes = await m.getRepository(ResearchThemeEntity).findBy({ code: In(unique) });
    if (themes.length !== unique.length) throw AppException.badInput([{ field: 'researchThemeCodes', key: 'validation.researchTheme' }]);
    return themes;
  }
}
