import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byKeys, GqlContext, loaderFor, pageSize, renderMarkdown, toConnection } from '@kennislijn/api-core';
import { CurrentUser, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { CommunityEntity } from './entities/community.entity';
import { FeedItemEntity, FeedItemType, PostEntity } from './entities/feed.entities';
import { PrivacyOverrideInput } from './dto/privacy-override.input';
import { FeedService } from './feed.service';
import { CommunityModel } from './models/community.model';
import { FeedItemConnection, FeedItemModel, FeedItemPermissionsModel, PostModel } from './models/feed.models';
import { can } from './policy/community-policy';
import { PolicyService } from './policy/policy.service';
import { accessFor, viewerIdOf } from './request-loaders';

function toItem(f: FeedItemEntity): FeedItemModel {
  return { id: f.id, type: f.type, createdAt: f.createdAt, pinned: !!f.pinnedAt, hidden: !!f.hiddenAt, communityId: f.communityId, actorId: f.actorId, subjectId: f.subjectId };
}

@Resolver(() => CommunityModel)
export class CommunityFeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => FeedItemConnection, { description: 'What happens in the community, newest first.' })
  async feed(
    @Parent() c: CommunityEntity,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const limit = pageSize(first);
    const access = this.policy.check(await accessFor(ctx, this.policy, c.id), 'community.read');
    const rows = await this.feedService.page(access, viewerIdOf(ctx), limit, after);
    return toConnection(rows, limit, (f) => this.feedService.cursorOf(f), toItem);
  }

  @ResolveField(() => [FeedItemModel], { description: 'Items moderators pinned, newest pin first (at most 10).' })
  async pinnedItems(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<FeedItemModel[]> {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'community.read');
    return (await this.feedService.pinned(c.id)).map(toItem);
  }
}

@Resolver(() => FeedItemModel)
export class FeedItemResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feed: FeedService,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true })
  actor(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, item.actorId);
  }

  @ResolveField(() => PostModel, { nullable: true, description: 'Set when type = POST.' })
  post(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<PostEntity | null> {
    return item.type === FeedItemType.POST && item.subjectId ? this.loadPost(ctx, item.subjectId) : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was hidden; only for moderators and the author.' })
  async hiddenReason(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<string | null> {
    if (!item.hidden || item.type !== FeedItemType.POST || !item.subjectId) return null;
    const post = await this.loadPost(ctx, item.subjectId);
    const access = await accessFor(ctx, this.policy, item.communityId);
    return post && FeedService.seesHiddenReason(access, viewerIdOf(ctx), post.authorId) ? post.hiddenReason : null;
  }

  @ResolveField(() => FeedItemPermissionsModel)
  async viewerCan(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<FeedItemPermissionsModel> {
    const access = await accessFor(ctx, this.policy, item.communityId);
    const isPost = item.type === FeedItemType.POST;
    const own = !!viewerIdOf(ctx) && item.actorId === viewerIdOf(ctx);
    return {
      pin: can(access, 'feed.pin'),
      hide: isPost && can(access, 'content.moderate'),
      report: isPost && !own && can(access, 'content.report'),
      delete: isPost && ((own && can(access, 'community.read')) || can(access, 'content.moderate')),
    };
  }

  @Mutation(() => FeedItemModel, { description: 'Post a message to the community feed. A retried clientId returns the stored item.' })
  async createPost(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('body', { type: () => String }) body: string,
    @Args('clientId', { type: () => ID, nullable: true }) clientId: string | null,
    @Args('privacyOverrides', { type: () => [PrivacyOverrideInput], nullable: true, description: 'False positives of the privacy guard the author confirms (never a BSN).' })
    overrides: PrivacyOverrideInput[] | null,
  ): Promise<FeedItemModel> {
    return toItem(await this.feed.createPost(viewer.id, communityId, body, clientId, overrides ?? []));
  }

  @Mutation(() => Boolean, { description: 'Delete your own post (moderators: any post).' })
  async deletePost(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.feed.deletePost(viewer.id, id);
    return true;
  }

  @Mutation(() => FeedItemModel)
  async pinFeedItem(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<FeedItemModel> {
    return toItem(await this.feed.setPinned(viewer.id, id, true));
  }

  @Mutation(() => FeedItemModel)
  async unpinFeedItem(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<FeedItemModel> {
    return toItem(await this.feed.setPinned(viewer.id, id, false));
  }

  private async loadPost(ctx: GqlContext, id: string): Promise<PostEntity | null> {
    return loaderFor<string, PostEntity>(ctx, 'post', async (ids) => byKeys(ids, await this.feed.postsByIds(ids), (p) => p.id)).load(id);
  }
}

@Resolver(() => PostModel)
export class PostResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => String, { description: 'Rendered from Markdown, sanitised.' })
  bodyHtml(@Parent() post: PostEntity): string {
    return renderMarkdown(post.body);
  }

  @ResolveField(() => PersonModel)
  async author(@Parent() post: PostEntity, @Context() ctx: GqlContext): Promise<PersonModel> {
    return (await loadPerson(ctx, this.dataSource, post.authorId)) ?? formerPerson(post.authorId ?? 'unknown');
  }
}

function formerPerson(id: string): PersonModel {
  return { id, displayName: '—', role: null, organisation: null, level: null, isFormerMember: true };
}
