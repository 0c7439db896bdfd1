import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byKeys, GqlContext, languageFrom, loaderFor, pageSize, toConnection, translate } from '@kennislijn/api-core';
import { CurrentUser, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { AuditService } from './audit.service';
import { ContentRef } from './content.registry';
import { CommunityEntity } from './entities/community.entity';
import { AuditEntryEntity, ContentReportEntity, ContentType, ReportStatus } from './entities/moderation.entities';
import { CommunityModel } from './models/community.model';
import { AuditEntryConnection, AuditEntryModel, ContentPreviewModel, ReportConnection, ReportModel } from './models/moderation.models';
import { ModerationService } from './moderation.service';
import { PolicyService } from './policy/policy.service';
import { accessFor } from './request-loaders';

function toPreview(c: ContentRef): ContentPreviewModel {
  return { type: c.type, id: c.id, excerpt: c.excerpt, hidden: !!c.hiddenAt, hiddenReason: c.hiddenReason, authorId: c.authorId };
}

@Resolver(() => CommunityModel)
export class CommunityModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => ReportConnection, { description: 'The moderation queue; moderators only.' })
  async reports(
    @Parent() c: CommunityEntity,
    @Context() ctx: GqlContext,
    @Args('status', { type: () => ReportStatus, defaultValue: ReportStatus.OPEN }) status: ReportStatus,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'content.moderate');
    const limit = pageSize(first);
    const { rows, total } = await this.moderation.listReports(c.id, status, limit, after);
    return { ...toConnection(rows, limit, (r) => this.moderation.reportCursor(r), (r) => r as unknown as ReportModel), totalCount: total };
  }

  @ResolveField(() => AuditEntryConnection, { description: 'Membership and moderation actions, newest first; moderators and owners.' })
  async auditLog(
    @Parent() c: CommunityEntity,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    this.policy.check(await accessFor(ctx, this.policy, c.id), 'audit.read');
    const limit = pageSize(first, 50);
    const rows = await this.audit.list(c.id, limit, after);
    return toConnection(rows, limit, (a) => this.audit.cursorOf(a), (a) => a as unknown as AuditEntryModel);
  }
}

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Mutation(() => Boolean, { description: 'Report content to the moderators, with a reason.' })
  async reportContent(
    @CurrentUser() viewer: Viewer,
    @Args('type', { type: () => ContentType }) type: ContentType,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<boolean> {
    await this.moderation.report(viewer.id, type, id, reason);
    return true;
  }

  @Mutation(() => ContentPreviewModel, { description: 'Hide content; the reason is shown to its author.' })
  async hideContent(
    @CurrentUser() viewer: Viewer,
    @Args('type', { type: () => ContentType }) type: ContentType,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<ContentPreviewModel> {
    return toPreview(await this.moderation.hide(viewer.id, type, id, reason));
  }

  @Mutation(() => ContentPreviewModel)
  async restoreContent(
    @CurrentUser() viewer: Viewer,
    @Args('type', { type: () => ContentType }) type: ContentType,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ContentPreviewModel> {
    return toPreview(await this.moderation.restore(viewer.id, type, id));
  }

  @Mutation(() => ReportModel, { description: 'Close a report without hiding anything.' })
  async dismissReport(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ReportModel> {
    return (await this.moderation.dismiss(viewer.id, id)) as unknown as ReportModel;
  }
}

@Resolver(() => ReportModel)
export class ReportResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moderation: ModerationService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true })
  reporter(@Parent() r: ContentReportEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.reporterId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  resolvedBy(@Parent() r: ContentReportEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, r.resolvedById);
  }

  @ResolveField(() => ContentPreviewModel, { nullable: true, description: 'Null when the content was deleted.' })
  async content(@Parent() r: ContentReportEntity, @Context() ctx: GqlContext): Promise<ContentPreviewModel | null> {
    const ref = await loaderFor<string, ContentRef>(ctx, `content:${r.contentType}`, async (ids) =>
      byKeys(ids, await this.moderation.contents(r.contentType, ids), (c) => c.id),
    ).load(r.contentId);
    return ref ? toPreview(ref) : null;
  }
}

@Resolver(() => ContentPreviewModel)
export class ContentPreviewResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  author(@Parent() c: ContentPreviewModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, c.authorId);
  }
}

@Resolver(() => AuditEntryModel)
export class AuditEntryResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  actor(@Parent() a: AuditEntryEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, a.actorId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  target(@Parent() a: AuditEntryEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, a.targetUserId);
  }

  @ResolveField(() => String, { description: 'One sentence in the language of the request.' })
  async summary(@Parent() a: AuditEntryEntity, @Context() ctx: GqlContext): Promise<string> {
    const lang = languageFrom(ctx.req.headers['accept-language']);
    const [actor, target] = await Promise.all([loadPerson(ctx, this.dataSource, a.actorId), loadPerson(ctx, this.dataSource, a.targetUserId)]);
    const someone = translate('person.someone', lang);
    return translate(`audit.${a.action}`, lang, {
      actor: actor?.displayName ?? someone,
      target: target?.displayName ?? someone,
      role: a.data?.['role'] ? translate(`role.${a.data['role']}`, lang) : '',
      mode: a.data?.['mode'] ? translate(`invitationMode.${a.data['mode']}`, lang) : '',
    });
  }
}
