import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKeys, GqlContext, languageFrom, loaderFor, pageSize, renderMarkdown, toConnection } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { ProfileRole } from '@kennislijn/shared-domain';
import { CommunitiesService } from './communities.service';
import { CommunityEntity, CommunityRole } from './entities/community.entity';
import { CommunityBanEntity, InvitationEntity, InvitationMode, JoinRequestEntity, JoinRequestStatus } from './entities/membership.entities';
import { InvitationsService } from './invitations.service';
import { MembershipService } from './membership.service';
import { CommunityModel, MembershipStatus } from './models/community.model';
import {
  AcceptInvitationResultModel,
  BanModel,
  CreatedInvitationModel,
  InvitationModel,
  InvitationPreviewModel,
  JoinRequestModel,
  MemberConnection,
  MemberModel,
  MemberPermissionsModel,
} from './models/membership.models';
import { PolicyService } from './policy/policy.service';
import { can, outranks } from './policy/community-policy';
import { accessFor, viewerIdOf } from './request-loaders';

function originOf(ctx: GqlContext): string {
  return `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`;
}

function toBan(b: CommunityBanEntity): BanModel {
  return { userId: b.userId, reason: b.reason, createdAt: b.createdAt, bannedById: b.bannedById } as BanModel;
}

@Resolver(() => CommunityModel)
export class CommunityMembershipResolver {
  constructor(
    private readonly membership: MembershipService,
    private readonly invitationsService: InvitationsService,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => MemberConnection, { description: 'Member directory. Private communities: members only; public: any signed-in person.' })
  async members(
    @Parent() c: CommunityEntity,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('profileRole', { type: () => ProfileRole, nullable: true }) profileRole: ProfileRole | null,
    @Args('communityRole', { type: () => CommunityRole, nullable: true }) communityRole: CommunityRole | null,
  ) {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'member.list');
    const limit = pageSize(first, 50);
    const { rows, total } = await this.membership.listMembers(c.id, { search, profileRole, communityRole }, limit, after);
    return { ...toConnection(rows, limit, (r) => this.membership.memberCursor(r), (r) => ({ userId: r.userId, role: r.role, joinedAt: r.joinedAt, communityId: c.id }) as MemberModel), totalCount: total };
  }

  @ResolveField(() => JoinRequestModel, { nullable: true, description: 'Your own open join request, if any (to show or withdraw it).' })
  async viewerJoinRequest(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<JoinRequestEntity | null> {
    const a = await accessFor(ctx, this.policy, c.id);
    const viewerId = viewerIdOf(ctx);
    return a?.pending && viewerId ? this.membership.pendingRequest(c.id, viewerId) : null;
  }

  @ResolveField(() => [JoinRequestModel], { description: 'Moderators only.' })
  async joinRequests(
    @Parent() c: CommunityEntity,
    @Context() ctx: GqlContext,
    @Args('status', { type: () => JoinRequestStatus, defaultValue: JoinRequestStatus.PENDING }) status: JoinRequestStatus,
  ): Promise<JoinRequestEntity[]> {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'joinRequest.decide');
    return this.membership.listRequests(c.id, status);
  }

  @ResolveField(() => [InvitationModel], { description: 'Active invitations; moderators only.' })
  async invitations(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<InvitationEntity[]> {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'invitation.manage');
    return this.invitationsService.listActive(c.id);
  }

  @ResolveField(() => [BanModel], { description: 'Moderators only.' })
  async bans(@Parent() c: CommunityEntity, @Context() ctx: GqlContext): Promise<BanModel[]> {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'member.ban');
    return (await this.membership.listBans(c.id)).map(toBan);
  }
}

@Resolver()
export class MembershipResolver {
  constructor(
    private readonly membership: MembershipService,
    private readonly invitations: InvitationsService,
    private readonly communities: CommunitiesService,
    private readonly policy: PolicyService,
  ) {}

  @Mutation(() => CommunityModel, { description: 'Join an open community.' })
  async joinCommunity(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CommunityEntity> {
    await this.membership.join(viewer.id, id);
    return this.communities.getReadable(viewer.id, { id });
  }

  @Mutation(() => JoinRequestModel, { description: 'Ask to join a community with join policy REQUEST; a retry returns the open request.' })
  requestToJoin(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<JoinRequestEntity> {
    return this.membership.requestToJoin(viewer.id, id, message);
  }

  @Mutation(() => JoinRequestModel)
  cancelJoinRequest(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<JoinRequestEntity> {
    return this.membership.cancelRequest(viewer.id, id);
  }

  @Mutation(() => JoinRequestModel, { description: 'Moderators approve or decline, with an optional message to the person.' })
  decideJoinRequest(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<JoinRequestEntity> {
    return this.membership.decide(viewer.id, id, approve, message);
  }

  @Mutation(() => Boolean)
  async leaveCommunity(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.membership.leave(viewer.id, id);
    return true;
  }

  @Mutation(() => MemberModel, { description: 'Owners set roles; at least one owner always remains.' })
  async setMemberRole(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => CommunityRole }) role: CommunityRole,
  ): Promise<MemberModel> {
    const m = await this.membership.setRole(viewer.id, communityId, userId, role);
    return { userId: m.userId, role: m.role, joinedAt: m.joinedAt, communityId: m.communityId } as MemberModel;
  }

  @Mutation(() => Boolean)
  async removeMember(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<boolean> {
    await this.membership.remove(viewer.id, communityId, userId, reason);
    return true;
  }

  @Mutation(() => BanModel, { description: 'Remove and keep out; the person cannot join, request or accept invitations until unbanned.' })
  async banMember(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<BanModel> {
    return toBan(await this.membership.ban(viewer.id, communityId, userId, reason));
  }

  @Mutation(() => Boolean)
  async unbanMember(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.membership.unban(viewer.id, communityId, userId);
    return true;
  }

  @Mutation(() => CreatedInvitationModel, { description: 'An invite link (JOIN), an e-mail invitation (JOIN with email), or a request link (REQUEST).' })
  createInvitation(
    @CurrentUser() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('mode', { type: () => InvitationMode, defaultValue: InvitationMode.JOIN }) mode: InvitationMode,
    @Args('email', { type: () => String, nullable: true }) email: string | null,
    @Args('expiresInDays', { type: () => Int, defaultValue: 7 }) expiresInDays: number,
  ): Promise<CreatedInvitationModel> {
    return this.invitations.create(viewer.id, { communityId, mode, email, expiresInDays }, originOf(ctx), languageFrom(ctx.req.headers['accept-language']));
  }

  @Mutation(() => InvitationModel)
  revokeInvitation(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<InvitationEntity> {
    return this.invitations.revoke(viewer.id, id);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'The community card behind an invitation token. NOT_FOUND when invalid, expired or revoked.' })
  async invitation(@OptionalUser() viewer: Viewer | undefined, @Args('token', { type: () => String }) token: string): Promise<InvitationPreviewModel> {
    const { invitation, community } = await this.invitations.preview(token);
    const access = viewer ? await this.policy.access(viewer.id, community.id) : null;
    const viewerStatus = access?.role ? MembershipStatus.MEMBER : access?.banned ? MembershipStatus.BANNED : access?.pending ? MembershipStatus.PENDING : MembershipStatus.NONE;
    return {
      mode: invitation.mode,
      expiresAt: invitation.expiresAt,
      communityName: community.name,
      communitySlug: community.slug,
      communityDescriptionHtml: renderMarkdown(community.description),
      visibility: community.visibility,
      joinPolicy: community.joinPolicy,
      viewerStatus,
    };
  }

  @Mutation(() => AcceptInvitationResultModel, { description: 'JOIN: you become a member. REQUEST: your join request goes to the moderators.' })
  async acceptInvitation(
    @CurrentUser() viewer: Viewer,
    @Args('token', { type: () => String }) token: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<AcceptInvitationResultModel> {
    const { outcome, community } = await this.invitations.accept(viewer.id, token, message);
    return { outcome, communitySlug: community.slug };
  }
}

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => MemberPermissionsModel)
  async viewerCan(@Parent() m: MemberModel, @Context() ctx: GqlContext): Promise<MemberPermissionsModel> {
    const a = await accessFor(ctx, this.policy, m.communityId);
    const other = m.userId !== viewerIdOf(ctx);
    const above = !!a && outranks(a.role, m.role);
    return { setRole: can(a, 'member.setRole'), remove: other && above && can(a, 'member.remove'), ban: other && above && can(a, 'member.ban') };
  }

  @ResolveField(() => PersonModel)
  async person(@Parent() m: MemberModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, m.userId);
  }
}

@Resolver(() => JoinRequestModel)
export class JoinRequestResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel)
  person(@Parent() r: JoinRequestEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.userId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  decidedBy(@Parent() r: JoinRequestEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.decidedById);
  }

  @ResolveField(() => String, { description: 'Name of the community (the requester may see it before admission).' })
  async communityName(@Parent() r: JoinRequestEntity, @Context() ctx: GqlContext): Promise<string> {
    return (await this.community(ctx, r.communityId))?.name ?? '';
  }

  @ResolveField(() => String)
  async communitySlug(@Parent() r: JoinRequestEntity, @Context() ctx: GqlContext): Promise<string> {
    return (await this.community(ctx, r.communityId))?.slug ?? '';
  }

  private community(ctx: GqlContext, id: string): Promise<CommunityEntity | null> {
    return loaderFor<string, CommunityEntity>(ctx, 'communityById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    ).load(id);
  }
}

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  createdBy(@Parent() i: InvitationEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, i.createdById);
  }
}

@Resolver(() => BanModel)
export class BanResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel)
  person(@Parent() b: BanModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, b.userId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  bannedBy(@Parent() b: BanModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, b.bannedById);
  }
}
