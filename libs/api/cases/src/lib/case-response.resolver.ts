import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Int } from '@nestjs/graphql';
import { byKeys, GqlContext, loaderFor, renderMarkdown } from '@kennislijn/api-core';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { accessFor, can, FeedItemModel, FeedItemType, PolicyService, viewerIdOf } from '@kennislijn/api-communities';
import { CasesService } from './cases.service';
import { CaseEntity, CaseResponseEntity } from './entities/case.entities';
import { CaseModel, CaseResponseModel, CaseResponsePermissionsModel } from './models/case.models';

type ResponseRow = CaseResponseEntity & { isBestOf?: string | null; replyList?: ResponseRow[] };

@Resolver(() => CaseResponseModel)
export class CaseResponseResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly policy: PolicyService,
  ) {}

  // Computed here, so every path that returns a response (mutations included) has it.
  @ResolveField(() => Boolean) hidden(@Parent() r: ResponseRow): boolean {
    return !!r.hiddenAt;
  }

  @ResolveField(() => String) bodyHtml(@Parent() r: ResponseRow): string {
    return renderMarkdown(r.body);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  author(@Parent() r: ResponseRow, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.authorId);
  }

  @ResolveField(() => [CaseResponseModel], { description: 'Replies to this response (one level deep).' })
  replies(@Parent() r: ResponseRow): ResponseRow[] {
    return r.replyList ?? [];
  }

  @ResolveField(() => Boolean, { description: 'The case author marked this as the response that helped most.' })
  isBest(@Parent() r: ResponseRow): boolean {
    return !!r.isBestOf && r.isBestOf === r.id;
  }

  @ResolveField(() => Int)
  async helpfulCount(@Parent() r: ResponseRow, @Context() ctx: GqlContext): Promise<number> {
    return (await this.helpful(ctx, r.id))?.count ?? 0;
  }

  @ResolveField(() => Boolean)
  async viewerMarkedHelpful(@Parent() r: ResponseRow, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.helpful(ctx, r.id))?.mine ?? false;
  }

  @ResolveField(() => String, { nullable: true })
  async hiddenReason(@Parent() r: ResponseRow, @Context() ctx: GqlContext): Promise<string | null> {
    if (!r.hiddenAt) return null;
    return can(await accessFor(ctx, this.policy, r.communityId), 'case.moderate') || r.authorId === viewerIdOf(ctx) ? r.hiddenReason : null;
  }

  @ResolveField(() => CaseResponsePermissionsModel)
  async viewerCan(@Parent() r: ResponseRow, @Context() ctx: GqlContext): Promise<CaseResponsePermissionsModel> {
    const a = await accessFor(ctx, this.policy, r.communityId);
    const own = !!viewerIdOf(ctx) && r.authorId === viewerIdOf(ctx);
    return { markHelpful: !own && can(a, 'case.markHelpful'), reply: can(a, 'case.respond'), report: !own && can(a, 'content.report'), hide: can(a, 'case.moderate') };
  }

  private helpful(ctx: GqlContext, id: string) {
    const viewerId = viewerIdOf(ctx);
    return loaderFor<string, { count: number; mine: boolean }>(ctx, 'responseHelpful', async (ids) => {
      const map = await this.cases.helpfulCounts(ids, viewerId);
      return ids.map((i) => map.get(i) ?? { count: 0, mine: false });
    }).load(id);
  }
}

/** Adds the case item types to the community feed. */
@Resolver(() => FeedItemModel)
export class CaseFeedItemResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => CaseModel, { nullable: true, description: 'Set for CASE_POSTED, CASE_RESOLVED and CASE_RESPONDED (the case responded to).' })
  async case(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<(CaseModel & CaseEntity) | null> {
    if (!item.subjectId) return null;
    let caseId: string | null = null;
    if (item.type === FeedItemType.CASE_POSTED || item.type === FeedItemType.CASE_RESOLVED) caseId = item.subjectId;
    if (item.type === FeedItemType.CASE_RESPONDED) caseId = (await this.response(ctx, item.subjectId))?.caseId ?? null;
    if (!caseId) return null;
    const k = await loaderFor<string, CaseEntity>(ctx, 'caseById', async (ids) => byKeys(ids, await this.dataSource.getRepository(CaseEntity).findBy({ id: In([...ids]) }), (c) => c.id)).load(caseId);
    return k ? (Object.assign(Object.create(null), k, { hidden: !!k.hiddenAt }) as CaseModel & CaseEntity) : null;
  }

  @ResolveField(() => CaseResponseModel, { nullable: true, description: 'Set for CASE_RESPONDED.' })
  async caseResponse(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<CaseResponseEntity | null> {
    return item.type === FeedItemType.CASE_RESPONDED && item.subjectId ? this.response(ctx, item.subjectId) : null;
  }

  private response(ctx: GqlContext, id: string): Promise<CaseResponseEntity | null> {
    return loaderFor<string, CaseResponseEntity>(ctx, 'caseResponseById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(CaseResponseEntity).findBy({ id: In([...ids]) }), (r) => r.id),
    ).load(id);
  }
}
