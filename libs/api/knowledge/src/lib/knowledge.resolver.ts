import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKeys, GqlContext, languageFrom, loaderFor, renderMarkdown } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { CollaborationFormModel, DegreeEnum, LevelModel, QualificationModel, ResearchThemeModel } from '@kennislijn/api-curriculum';
import { accessFor, can, CommunityEntity, CommunityModel, PolicyService, viewerIdOf } from '@kennislijn/api-communities';
import { CreateKnowledgeInput, KnowledgeContentInput, LearningLineTextInput } from './dto/knowledge.inputs';
import { KnowledgeItemEntity, KnowledgeRevisionEntity, LearningLineRevisionEntity } from './entities/knowledge.entities';
import { KnowledgeService } from './knowledge.service';
import { LearningLineService } from './learning-line.service';
import {
  KnowledgeFieldChangeModel,
  KnowledgeItemModel,
  KnowledgeRevisionModel,
  KnowledgeTypeEnum,
  TheoryThemeEnum,
  LearningLineCellModel,
  LearningLineRevisionModel,
  LinkedTitleModel,
} from './models/knowledge.models';

/** The reading order of a level's path: foundations first, then evidence, then practice. */
const READING_ORDER = ['ARTICLE', 'RESEARCH_FINDING', 'METHOD', 'INSTRUMENT_REFERENCE', 'PRACTICE_EXAMPLE', 'LESSON_LEARNED'];

type Lang = 'nl' | 'en';
const langOf = (ctx: GqlContext): Lang => languageFrom(ctx.req.headers['accept-language']);

@Resolver(() => KnowledgeItemModel)
export class KnowledgeResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly knowledge: KnowledgeService,
    private readonly policy: PolicyService,
  ) {}

  @Public()
  @Query(() => [KnowledgeItemModel], { description: 'Knowledge items you may read (site-wide, public communities, and your own communities), recently changed first.' })
  knowledgeItems(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('communityId', { type: () => ID, nullable: true }) communityId: string | null,
    @Args('siteWide', { type: () => Boolean, nullable: true }) siteWide: boolean | null,
    @Args('type', { type: () => KnowledgeTypeEnum, nullable: true }) type: string | null,
    @Args('qualification', { type: () => String, nullable: true, description: 'B1..M9' }) qualification: string | null,
    @Args('level', { type: () => Int, nullable: true }) level: number | null,
    @Args('collaborationForm', { type: () => String, nullable: true }) collaborationForm: string | null,
    @Args('theoryTheme', { type: () => TheoryThemeEnum, nullable: true }) theoryTheme: string | null,
    @Args('researchTheme', { type: () => String, nullable: true }) researchTheme: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<KnowledgeItemEntity[]> {
    return this.knowledge.list(viewer?.id, { communityId, siteWide, type, qualification, level, collaborationForm, theoryTheme, researchTheme, tag }, first);
  }

  @Public()
  @Query(() => KnowledgeItemModel, { description: 'NOT_FOUND when it does not exist or you may not read it.' })
  async knowledgeItem(@OptionalUser() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string): Promise<KnowledgeItemEntity> {
    return (await this.knowledge.get(viewer?.id, id)).item;
  }

  @Public()
  @Query(() => [KnowledgeFieldChangeModel], { description: 'What changed between two revisions of an item.' })
  knowledgeDiff(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<KnowledgeFieldChangeModel[]> {
    return this.knowledge.diff(viewer?.id, id, from, to);
  }

  @Public()
  @Query(() => [KnowledgeItemModel], { description: 'The reading path of a level: its knowledge items, foundations first.' })
  async readingPath(@OptionalUser() viewer: Viewer | undefined, @Args('level', { type: () => Int }) level: number): Promise<KnowledgeItemEntity[]> {
    const items = await this.knowledge.list(viewer?.id, { level }, 200);
    return items.sort((a, b) => READING_ORDER.indexOf(a.type) - READING_ORDER.indexOf(b.type) || a.title.localeCompare(b.title, 'nl'));
  }

  @Mutation(() => KnowledgeItemModel, { description: 'Add a knowledge item to a community (members) or site-wide (curators). Every text passes the privacy guard.' })
  createKnowledgeItem(@CurrentUser() viewer: Viewer, @Args('input') input: CreateKnowledgeInput): Promise<KnowledgeItemEntity> {
    return this.knowledge.create(viewer.id, input);
  }

  @Mutation(() => KnowledgeItemModel, { description: 'Edit an item (its author, a moderator, or a curator for site-wide items); keeps a revision. CONFLICT when expectedRevision is not the newest.' })
  updateKnowledgeItem(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('changeNote', { type: () => String }) changeNote: string,
    @Args('input') input: KnowledgeContentInput,
  ): Promise<KnowledgeItemEntity> {
    return this.knowledge.update(viewer.id, id, expectedRevision, input, changeNote);
  }

  // ---- fields

  @ResolveField(() => String) summaryHtml(@Parent() k: KnowledgeItemEntity): string {
    return renderMarkdown(k.summary);
  }

  @ResolveField(() => CommunityModel, { nullable: true })
  async community(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<CommunityEntity | null> {
    if (!k.communityId) return null;
    return loaderFor<string, CommunityEntity>(ctx, 'communityById', async (ids) => byKeys(ids, await this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) }), (c) => c.id)).load(k.communityId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  author(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, k.authorId);
  }

  @ResolveField(() => [QualificationModel])
  async qualifications(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<QualificationModel[]> {
    const en = langOf(ctx) === 'en';
    const rows = await this.linked<{ id: string; code: string; degree: string; number: number; text_nl: string; text_en: string }>(
      ctx,
      'knowledgeQualifications',
      k.id,
      'SELECT x.item_id, q.id, q.code, q.degree, q.number, q.text_nl, q.text_en FROM knowledge_item_qualification x JOIN qualification q ON q.id = x.qualification_id WHERE x.item_id = ANY($1) ORDER BY q.degree, q.number',
    );
    return rows.map((q) => ({ id: q.id, code: q.code, degree: q.degree as DegreeEnum, number: q.number, text: en ? q.text_en : q.text_nl }));
  }

  @ResolveField(() => [LevelModel])
  async levels(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<LevelModel[]> {
    const en = langOf(ctx) === 'en';
    const rows = await this.linked<{ id: string; number: number; name_nl: string; name_en: string; description_nl: string; description_en: string }>(
      ctx,
      'knowledgeLevels',
      k.id,
      'SELECT x.item_id, l.id, l.number, l.name_nl, l.name_en, l.description_nl, l.description_en FROM knowledge_item_level x JOIN level l ON l.id = x.level_id WHERE x.item_id = ANY($1) ORDER BY l.number',
    );
    return rows.map((l) => ({ id: l.id, number: l.number, name: en ? l.name_en : l.name_nl, description: en ? l.description_en : l.description_nl }));
  }

  @ResolveField(() => [CollaborationFormModel])
  async collaborationForms(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<CollaborationFormModel[]> {
    const en = langOf(ctx) === 'en';
    const rows = await this.linked<{ id: string; code: string; position: number; name_nl: string; name_en: string }>(
      ctx,
      'knowledgeForms',
      k.id,
      'SELECT x.item_id, f.id, f.code, f.position, f.name_nl, f.name_en FROM knowledge_item_collaboration_form x JOIN collaboration_form f ON f.id = x.collaboration_form_id WHERE x.item_id = ANY($1) ORDER BY f.position',
    );
    return rows.map((f) => ({ id: f.id, code: f.code, position: f.position, name: en ? f.name_en : f.name_nl }));
  }

  @ResolveField(() => [ResearchThemeModel])
  async researchThemes(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<ResearchThemeModel[]> {
    const en = langOf(ctx) === 'en';
    const rows = await this.linked<{ id: string; code: string; position: number; name_nl: string; name_en: string }>(
      ctx,
      'knowledgeThemes',
      k.id,
      'SELECT x.item_id, t.id, t.code, t.position, t.name_nl, t.name_en FROM knowledge_item_research_theme x JOIN research_theme t ON t.id = x.research_theme_id WHERE x.item_id = ANY($1) ORDER BY t.position',
    );
    return rows.map((t) => ({ id: t.id, code: t.code, position: t.position, name: en ? t.name_en : t.name_nl }));
  }

  @ResolveField(() => [LinkedTitleModel], { description: 'Linked cases you may read (hidden ones left out).' })
  async cases(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<LinkedTitleModel[]> {
    if (!k.caseIds.length || !k.communityId || !can(await accessFor(ctx, this.policy, k.communityId), 'community.read')) return [];
    return this.dataSource.query('SELECT id, title FROM community_case WHERE id = ANY($1) AND community_id = $2 AND hidden_at IS NULL ORDER BY title', [k.caseIds, k.communityId]);
  }

  @ResolveField(() => [LinkedTitleModel], { description: 'Linked published instruments you may read.' })
  async instruments(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<LinkedTitleModel[]> {
    if (!k.instrumentIds.length) return [];
    // The published title: a draft's working title is for the instrument's own members.
    const rows: { id: string; title: string; community_id: string }[] = await this.dataSource.query(
      `SELECT i.id, v.definition->>'title' AS title, i.community_id FROM instrument i JOIN instrument_version v ON v.instrument_id = i.id AND v.number = i.latest_version
        WHERE i.id = ANY($1) ORDER BY 2`,
      [k.instrumentIds],
    );
    const out: LinkedTitleModel[] = [];
    for (const r of rows) if (can(await accessFor(ctx, this.policy, r.community_id), 'community.read')) out.push({ id: r.id, title: r.title });
    return out;
  }

  @ResolveField(() => [KnowledgeRevisionModel], { description: 'Every revision, newest first.' })
  revisions(@Parent() k: KnowledgeItemEntity): Promise<KnowledgeRevisionEntity[]> {
    return this.knowledge.revisions(k.id);
  }

  @ResolveField(() => Boolean, { description: 'You may edit this item.' })
  async canEdit(@Parent() k: KnowledgeItemEntity, @Context() ctx: GqlContext): Promise<boolean> {
    const access = k.communityId ? await accessFor(ctx, this.policy, k.communityId) : null;
    return this.knowledge.canEdit(this.dataSource.manager, viewerIdOf(ctx), k, access);
  }

  private async linked<T>(ctx: GqlContext, key: string, itemId: string, sql: string): Promise<T[]> {
    return (
      (await loaderFor<string, T[]>(ctx, key, async (ids) => {
        const rows: (T & { item_id: string })[] = await this.dataSource.query(sql, [[...ids]]);
        return ids.map((id) => rows.filter((r) => r.item_id === id));
      }).load(itemId)) ?? []
    );
  }
}

@Resolver(() => KnowledgeRevisionModel)
export class KnowledgeRevisionResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  author(@Parent() r: KnowledgeRevisionEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.authorId);
  }
}

@Resolver(() => LearningLineCellModel)
export class LearningLineResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly line: LearningLineService,
  ) {}

  @Public()
  @Query(() => [LearningLineCellModel], { description: 'The learning line as a map: every qualification × level with what covers it (as far as you may see).' })
  async learningLineMap(@OptionalUser() viewer: Viewer | undefined): Promise<LearningLineCellModel[]> {
    return (await this.line.map(viewer?.id)).map((c) => ({ ...c, gap: c.knowledgeCount + c.caseCount + c.instrumentCount + c.sessionCount === 0 }));
  }

  @Public()
  @Query(() => String, { description: 'The map as CSV, one row per cell.' })
  learningLineMapCsv(@OptionalUser() viewer: Viewer | undefined, @Context() ctx: GqlContext): Promise<string> {
    return this.line.mapCsv(viewer?.id, langOf(ctx));
  }

  @Public()
  @Query(() => [LearningLineRevisionModel], { description: 'History of a qualification (B1..M9) or a level (1..4), newest first.' })
  async learningLineHistory(
    @Args('qualification', { type: () => String, nullable: true }) qualification: string | null,
    @Args('level', { type: () => Int, nullable: true }) level: number | null,
  ): Promise<LearningLineRevisionModel[]> {
    const subject: { id: string }[] = qualification
      ? await this.dataSource.query('SELECT id FROM qualification WHERE code = $1', [qualification.toUpperCase()])
      : await this.dataSource.query('SELECT id FROM level WHERE number = $1', [level ?? 0]);
    if (!subject[0]) return [];
    const rows = await this.line.history(qualification ? 'QUALIFICATION' : 'LEVEL', subject[0].id);
    return rows.map((r: LearningLineRevisionEntity) => ({
      id: r.id,
      number: r.number,
      beforeNl: r.before['textNl'] ?? '',
      afterNl: r.after['textNl'] ?? '',
      beforeEn: r.before['textEn'] ?? '',
      afterEn: r.after['textEn'] ?? '',
      changeNote: r.changeNote,
      createdAt: r.createdAt,
      authorId: r.authorId,
    }));
  }

  @Mutation(() => QualificationModel, { description: 'Curators: change a qualification’s texts; the old texts stay in its history.' })
  async editQualification(@CurrentUser() viewer: Viewer, @Args('code', { type: () => String }) code: string, @Args('input') input: LearningLineTextInput, @Context() ctx: GqlContext): Promise<QualificationModel> {
    const q = await this.line.editQualification(viewer.id, code, input.textNl, input.textEn, input.changeNote);
    return { id: q.id, code: q.code, degree: q.degree as DegreeEnum, number: q.number, text: langOf(ctx) === 'en' ? q.textEn : q.textNl };
  }

  @Mutation(() => LevelModel, { description: 'Curators: change a level’s description; the old texts stay in its history.' })
  async editLevel(@CurrentUser() viewer: Viewer, @Args('number', { type: () => Int }) number: number, @Args('input') input: LearningLineTextInput, @Context() ctx: GqlContext): Promise<LevelModel> {
    const l = await this.line.editLevel(viewer.id, number, input.textNl, input.textEn, input.changeNote);
    const en = langOf(ctx) === 'en';
    return { id: l.id, number: l.number, name: en ? l.nameEn : l.nameNl, description: en ? l.descriptionEn : l.descriptionNl };
  }
}

@Resolver(() => LearningLineRevisionModel)
export class LearningLineRevisionResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  author(@Parent() r: LearningLineRevisionModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.authorId);
  }
}
