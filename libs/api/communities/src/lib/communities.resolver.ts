import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, GqlContext, languageFrom, loaderFor, pageSize, renderMarkdown, toConnection } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { ResearchThemeModel } from '@kennislijn/api-curriculum';
import { CommunitiesService } from './communities.service';
import { CommunityInput, UpdateCommunityInput } from './dto/community.inputs';
import { CommunityEntity, CommunityRole } from './entities/community.entity';
import { CommunityConnection, CommunityModel, CommunityPermissionsModel, MembershipStatus } from './models/community.model';
import { can } from './policy/community-policy';
import { PolicyService } from './policy/policy.service';
import { accessFor } from './request-loaders';

@Resolver(() => CommunityModel)
export class CommunitiesResolver {
  constructor(
    private readonly service: CommunitiesService,
    private readonly policy: PolicyService,
  ) {}

  @Public()
  @Query(() => CommunityConnection, { description: 'Discover communities you may see: public ones, and private ones you belong to.' })
  async communities(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the name, description or a tag.' }) search: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
    @Args('theme', { type: () => String, nullable: true, description: 'Research-agenda theme code.' }) theme: string | null,
    @Args('mine', { type: () => Boolean, defaultValue: false, description: 'Only communities you are a member of (archived ones included).' }) mine: boolean,
  ): Promise<CommunityConnection> {
    const limit = pageSize(first, 50);
    const { rows, total } = await this.service.list(viewer?.id, { search, tag, theme, mine: mine && !!viewer }, limit, after);
    return { ...toConnection(rows, limit, (c) => this.service.cursorOf(c), (c) => c), totalCount: total };
  }

  @Public()
  @Query(() => CommunityModel, { description: 'One community by slug or id. NOT_FOUND when it does not exist or you may not see it.' })
  async community(
    @Context() ctx: GqlContext,
    @Args('slug', { type: () => String, nullable: true }) slug: string | null,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
  ): Promise<CommunityEntity> {
    const community = await this.service.find({ slug, id });
    // Through the request's access loader, so the fields below (viewerCan, feed, …) reuse it.
    this.policy.check(await accessFor(ctx, this.policy, community.id), 'community.read');
    return community;
  }

  @Mutation(() => CommunityModel, { description: 'Create a community; you become its owner.' })
  createCommunity(@CurrentUser() viewer: Viewer, @Args('input') input: CommunityInput): Promise<CommunityEntity> {
    return this.service.create(viewer.id, input);
  }

  @Mutation(() => CommunityModel)
  updateCommunity(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCommunityInput): Promise<CommunityEntity> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => CommunityModel, { description: 'Archive: the community stays readable but nothing can be added.' })
  archiveCommunity(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CommunityEntity> {
    return this.service.setArchived(viewer.id, id, true);
  }

  @Mutation(() => CommunityModel)
  unarchiveCommunity(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CommunityEntity> {
    return this.service.setArchived(viewer.id, id, false);
  }

  @ResolveField(() => String, { description: 'Description rendered from Markdown, sanitised.' })
  descriptionHtml(@Parent() c: CommunityEntity): string {
    return renderMarkdown(c.description);
  }

  @ResolveField(() => String, { description: 'Guidelines rendered from Markdown, sanitised.' })
  guidelinesHtml(@Parent() c: CommunityEntity): string {
    return renderMarkdown(c.guidelines);
  }

  @ResolveField(() => [ResearchThemeModel])
  async researchThemes(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<ResearchThemeModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const themes = await loaderFor<string, ResearchThemeModel[]>(ctx, 'communityThemes', async (ids) => {
      const map = await this.service.researchThemes(ids);
      return ids.map((id) => (map.get(id) ?? []).map((t) => ({ id: t.id, code: t.code, position: t.position, name: en ? t.nameEn : t.nameNl })));
    }).load(c.id);
    return themes ?? [];
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<number> {
    const n = await loaderFor<string, number>(ctx, 'memberCount', async (ids) => {
      const map = await this.service.memberCounts(ids);
      return byKeys(ids, ids.map((id) => ({ id, n: map.get(id) ?? 0 })), (r) => r.id).map((r) => r?.n ?? 0);
    }).load(c.id);
    return n ?? 0;
  }

  @ResolveField(() => CommunityRole, { nullable: true, description: 'Your role; null when you are not a member.' })
  async viewerRole(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<CommunityRole | null> {
    return (await accessFor(ctx, this.policy, c.id))?.role ?? null;
  }

  @ResolveField(() => MembershipStatus)
  async viewerStatus(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<MembershipStatus> {
    const a = await accessFor(ctx, this.policy, c.id);
    if (a?.role) return MembershipStatus.MEMBER;
    if (a?.banned) return MembershipStatus.BANNED;
    if (a?.pending) return MembershipStatus.PENDING;
    return MembershipStatus.NONE;
  }

  @ResolveField(() => CommunityPermissionsModel)
  async viewerCan(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<CommunityPermissionsModel> {
    const a = await accessFor(ctx, this.policy, c.id);
    return {
      read: can(a, 'community.read'),
      edit: can(a, 'community.edit'),
      archive: can(a, 'community.archive'),
      manageRoles: can(a, 'member.setRole'),
      join: can(a, 'member.join'),
      requestToJoin: can(a, 'member.requestJoin'),
      leave: can(a, 'member.leave'),
      post: can(a, 'feed.post'),
      moderate: can(a, 'content.moderate'),
      invite: can(a, 'invitation.manage'),
      createRequestLink: can(a, 'invitation.createRequestLink'),
      readMembers: can(a, 'member.list'),
      readAuditLog: can(a, 'audit.read'),
      report: can(a, 'content.report'),
    };
  }
}
