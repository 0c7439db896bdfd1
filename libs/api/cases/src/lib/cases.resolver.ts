import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKeys, GqlContext, languageFrom, loaderFor, pageSize, privacyFindings, renderMarkdown, toConnection, translate } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { CollaborationFormEntity, CollaborationFormModel, DegreeEnum, LevelEntity, LevelModel, QualificationEntity, QualificationModel } from '@kennislijn/api-curriculum';
import { accessFor, can, CommunityEntity, CommunityModel, PolicyService, viewerIdOf } from '@kennislijn/api-communities';
import { CaseRevisionService } from './case-revision.service';
import { CasesService } from './cases.service';
import { CaseContentInput, CreateCaseInput, PrivacyOverrideInput, RespondInput } from './dto/case.inputs';
import { CaseEntity, CaseResponseEntity, CaseStatus } from './entities/case.entities';
import { CaseConnection, CaseModel, CasePermissionsModel, CaseResponseModel, CaseRevisionModel, PrivacyFindingModel } from './models/case.models';

/** A case as the resolvers pass it on: the entity plus whether the viewer may see it hidden. */
function toModel(k: CaseEntity): CaseModel & CaseEntity {
  return Object.assign(Object.create(null), k, { hidden: !!k.hiddenAt }) as CaseModel & CaseEntity;
}

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly revisionService: CaseRevisionService,
    private readonly policy: PolicyService,
  ) {}

  @Public()
  @Query(() => CaseConnection, { name: 'cases', description: 'Cases in communities you may read, newest first.' })
  async caseList(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('communityId', { type: () => ID, nullable: true }) communityId: string | null,
    @Args('collaborationForm', { type: () => String, nullable: true, description: 'Collaboration form code.' }) collaborationForm: string | null,
    @Args('qualification', { type: () => String, nullable: true, description: 'B1..M9' }) qualification: string | null,
    @Args('level', { type: () => Int, nullable: true }) level: number | null,
    @Args('status', { type: () => CaseStatus, nullable: true }) status: CaseStatus | null,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
  ) {
    const limit = pageSize(first);
    const { rows, total } = await this.cases.list(viewer?.id, { communityId, collaborationForm, qualification, level, status, tag, search }, limit, after);
    return { ...toConnection(rows, limit, (k) => this.cases.cursorOf(k), toModel), totalCount: total };
  }

  @Public()
  @Query(() => CaseModel, { name: 'case', description: 'NOT_FOUND when it does not exist or you may not read it.' })
  async caseById(@OptionalUser() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string): Promise<CaseModel> {
    return toModel((await this.cases.getReadable(viewer?.id, id)).kase);
  }

  @Public()
  @Query(() => [PrivacyFindingModel], { description: 'What the privacy guard finds in a text (the same check the API applies before storing).' })
  checkPrivacy(
    @Context() ctx: GqlContext,
    @Args('text', { type: () => String }) text: string,
    @Args('overrides', { type: () => [PrivacyOverrideInput], nullable: true }) overrides: PrivacyOverrideInput[] | null,
  ): PrivacyFindingModel[] {
    const lang = languageFrom(ctx.req.headers['accept-language']);
    return privacyFindings(String(text ?? '').slice(0, 50_000), overrides ?? []).map((f) => ({ ...f, message: f.message[lang] }));
  }

  @Mutation(() => CaseModel, { description: 'Post a case. Refused with PRIVACY_FINDINGS (nothing stored) while the guard finds identifying details.' })
  async createCase(@CurrentUser() viewer: Viewer, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return toModel(await this.cases.create(viewer.id, input));
  }

  @Mutation(() => CaseModel, { description: 'Edit a case (author or moderator); earlier versions are kept for moderators unless they held identifying details.' })
  async updateCase(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: CaseContentInput): Promise<CaseModel> {
    return toModel(await this.cases.update(viewer.id, id, input));
  }

  @Mutation(() => CaseModel, { description: 'Mark resolved with the lessons learned (author or moderator).' })
  async resolveCase(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('lessonsLearned', { type: () => String }) lessonsLearned: string,
    @Args('privacyOverrides', { type: () => [PrivacyOverrideInput], nullable: true }) overrides: PrivacyOverrideInput[] | null,
  ): Promise<CaseModel> {
    return toModel(await this.cases.resolve(viewer.id, id, lessonsLearned, overrides ?? []));
  }

  @Mutation(() => CaseModel)
  async reopenCase(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CaseModel> {
    return toModel(await this.cases.reopen(viewer.id, id));
  }

  @Mutation(() => CaseModel, { description: 'The author marks the response that helped most (null clears it).' })
  async setBestResponse(
    @CurrentUser() viewer: Viewer,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('responseId', { type: () => ID, nullable: true }) responseId: string | null,
  ): Promise<CaseModel> {
    return toModel(await this.cases.setBestResponse(viewer.id, caseId, responseId));
  }

  @Mutation(() => CaseResponseModel, { description: 'Respond to a case (or reply to a response, one level deep).' })
  async respondToCase(@CurrentUser() viewer: Viewer, @Args('input') input: RespondInput): Promise<CaseResponseEntity> {
    return this.cases.respond(viewer.id, input);
  }

  @Mutation(() => CaseResponseModel)
  markResponseHelpful(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('helpful', { type: () => Boolean, defaultValue: true }) helpful: boolean,
  ): Promise<CaseResponseEntity> {
    return this.cases.setHelpful(viewer.id, id, helpful);
  }

  @ResolveField(() => String) contextHtml(@Parent() k: CaseEntity): string {
    return renderMarkdown(k.context);
  }
  @ResolveField(() => String) dilemmaHtml(@Parent() k: CaseEntity): string {
    return renderMarkdown(k.dilemma);
  }
  @ResolveField(() => String) triedHtml(@Parent() k: CaseEntity): string {
    return renderMarkdown(k.tried);
  }
  @ResolveField(() => String, { nullable: true }) lessonsLearnedHtml(@Parent() k: CaseEntity): string | null {
    return k.lessonsLearned === null ? null : renderMarkdown(k.lessonsLearned);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Null when the author posted anonymously, except for the author and moderators.' })
  async author(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return (await this.seesAuthor(k, ctx)) ? loadPerson(ctx, this.dataSource, k.authorId) : null;
  }

  @ResolveField(() => String, { description: 'How the author is shown: their name, or "een lid van <community>".' })
  async authorLabel(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<string> {
    const lang = languageFrom(ctx.req.headers['accept-language']);
    if (!k.authorHidden || (await this.seesAuthor(k, ctx))) {
      const person = await loadPerson(ctx, this.dataSource, k.authorId);
      if (person && !k.authorHidden) return person.displayName;
      if (person) return translate('case.anonymousVisibleToYou', lang, { name: person.displayName });
    }
    const community = await this.communityById(ctx, k.communityId);
    return translate('case.memberOf', lang, { community: community?.name ?? '' });
  }

  @ResolveField(() => CommunityModel)
  async community(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<CommunityEntity | null> {
    return this.communityById(ctx, k.communityId);
  }

  @ResolveField(() => CollaborationFormModel)
  async collaborationForm(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<CollaborationFormModel | null> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const f = await loaderFor<string, CollaborationFormEntity>(ctx, 'collaborationForm', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(CollaborationFormEntity).findBy({ id: In([...ids]) }), (r) => r.id),
    ).load(k.collaborationFormId);
    return f ? { id: f.id, code: f.code, position: f.position, name: en ? f.nameEn : f.nameNl } : null;
  }

  @ResolveField(() => [QualificationModel])
  async qualifications(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<QualificationModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.linked<QualificationEntity>(ctx, 'caseQualifications', k.id, `SELECT cq.case_id, q.* FROM case_qualification cq JOIN qualification q ON q.id = cq.qualification_id WHERE cq.case_id = ANY($1::uuid[]) ORDER BY q.degree, q.number`);
    return rows.map((q) => ({ id: q.id, code: q.code, degree: q.degree as DegreeEnum, number: q.number, text: en ? (q as unknown as { text_en: string }).text_en : (q as unknown as { text_nl: string }).text_nl }));
  }

  @ResolveField(() => [LevelModel])
  async levels(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<LevelModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.linked<LevelEntity>(ctx, 'caseLevels', k.id, `SELECT cl.case_id, l.* FROM case_level cl JOIN level l ON l.id = cl.level_id WHERE cl.case_id = ANY($1::uuid[]) ORDER BY l.number`);
    return rows.map((l) => {
      const r = l as unknown as { name_nl: string; name_en: string; description_nl: string; description_en: string };
      return { id: l.id, number: l.number, name: en ? r.name_en : r.name_nl, description: en ? r.description_en : r.description_nl };
    });
  }

  @ResolveField(() => Int)
  async responseCount(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<number> {
    return (await this.visibleResponses(k, ctx)).length;
  }

  @ResolveField(() => [CaseResponseModel], { description: 'Top-level responses, oldest first; each with its replies.' })
  async responses(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<CaseResponseModel[]> {
    const all = await this.visibleResponses(k, ctx);
    const replies = new Map<string, CaseResponseEntity[]>();
    for (const r of all) if (r.parentId) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), r]);
    return all
      .filter((r) => !r.parentId)
      .map((r) => Object.assign(Object.create(null), r, { hidden: !!r.hiddenAt, isBestOf: k.bestResponseId, replyList: (replies.get(r.id) ?? []).map((c) => ({ ...c, hidden: !!c.hiddenAt, isBestOf: k.bestResponseId })) }));
  }

  @ResolveField(() => String, { nullable: true, description: 'Why a moderator hid it; only for moderators and the author.' })
  async hiddenReason(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<string | null> {
    if (!k.hiddenAt) return null;
    const a = await accessFor(ctx, this.policy, k.communityId);
    return can(a, 'case.moderate') || k.authorId === viewerIdOf(ctx) ? k.hiddenReason : null;
  }

  @ResolveField(() => CasePermissionsModel)
  async viewerCan(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<CasePermissionsModel> {
    const a = await accessFor(ctx, this.policy, k.communityId);
    const own = !!viewerIdOf(ctx) && k.authorId === viewerIdOf(ctx);
    const moderate = can(a, 'case.moderate');
    const active = !!a && !a.archived;
    return {
      edit: active && (own || moderate),
      resolve: active && (own || moderate) && k.status === CaseStatus.OPEN,
      respond: can(a, 'case.respond') && !k.hiddenAt,
      markBest: own,
      moderate,
      report: !own && can(a, 'content.report'),
    };
  }

  @ResolveField(() => [CaseRevisionModel], { description: 'Earlier versions; moderators only.' })
  async revisions(@Parent() k: CaseEntity, @Context() ctx: GqlContext): Promise<CaseRevisionModel[]> {
    this.policy.check(await accessFor(ctx, this.policy, k.communityId), 'case.moderate');
    const rows = await this.revisionService.list(this.dataSource.manager, k.id);
    return rows.map((r) => ({ id: r.id, ...r.snapshot, createdAt: r.createdAt }));
  }

  private async seesAuthor(k: CaseEntity, ctx: GqlContext): Promise<boolean> {
    if (!k.authorHidden) return true;
    if (viewerIdOf(ctx) && viewerIdOf(ctx) === k.authorId) return true;
    return can(await accessFor(ctx, this.policy, k.communityId), 'case.moderate');
  }

  private async visibleResponses(k: CaseEntity, ctx: GqlContext): Promise<CaseResponseEntity[]> {
    const all = await loaderFor<string, CaseResponseEntity[]>(ctx, 'caseResponses', async (ids) => {
      const rows = await this.cases.responsesOf(ids);
      return ids.map((id) => rows.filter((r) => r.caseId === id));
    }).load(k.id);
    const moderate = can(await accessFor(ctx, this.policy, k.communityId), 'case.moderate');
    const viewerId = viewerIdOf(ctx);
    return (all ?? []).filter((r) => !r.hiddenAt || moderate || r.authorId === viewerId);
  }

  private communityById(ctx: GqlContext, id: string): Promise<CommunityEntity | null> {
    return loaderFor<string, CommunityEntity>(ctx, 'communityById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    ).load(id);
  }

  private async linked<T>(ctx: GqlContext, key: string, caseId: string, sql: string): Promise<T[]> {
    return (
      (await loaderFor<string, T[]>(ctx, key, async (ids) => {
        const rows: (T & { case_id: string })[] = await this.dataSource.query(sql, [[...ids]]);
        return ids.map((id) => rows.filter((r) => r.case_id === id));
      }).load(caseId)) ?? []
    );
  }
}
