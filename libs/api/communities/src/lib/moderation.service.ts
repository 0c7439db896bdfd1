import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, decodeCursor, encodeCursor, requireUuid } from '@kennislijn/api-core';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';
import { AuditService } from './audit.service';
import { ContentHandler, ContentRef, ContentRegistry } from './content.registry';
import { CommunityEntity } from './entities/community.entity';
import { AuditAction, ContentReportEntity, ContentType, ReportStatus } from './entities/moderation.entities';
import { MembershipService } from './membership.service';
import { PolicyService } from './policy/policy.service';
import { textArg } from './text-input';

@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly registry: ContentRegistry,
    private readonly membership: MembershipService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Any member may report content of their community; the moderators are notified. Reporting twice is a no-op. */
  async report(viewerId: string, type: ContentType, contentId: string, reason: string): Promise<void> {
    const text = textArg(reason, 'reason', { max: 1000, required: true, min: 3 }) as string;
    await this.dataSource.transaction(async (m) => {
      const content = await this.content(m, type, contentId);
      await this.policy.authorize(viewerId, content.communityId, 'content.report', m);
      const already = await m.getRepository(ContentReportEntity).existsBy({ contentType: type, contentId: content.id, reporterId: viewerId, status: ReportStatus.OPEN });
      if (already) return;
      const report = await m.getRepository(ContentReportEntity).save(
        m.getRepository(ContentReportEntity).create({ communityId: content.communityId, contentType: type, contentId: content.id, reporterId: viewerId, reason: text }),
      );
      await this.audit.record(m, { communityId: content.communityId, action: AuditAction.CONTENT_REPORTED, actorId: viewerId, targetUserId: content.authorId, subjectType: type, subjectId: content.id, reason: text, data: { reportId: report.id } });
      const community = await m.getRepository(CommunityEntity).findOneByOrFail({ id: content.communityId });
      const moderators = (await this.membership.moderatorIds(m, content.communityId)).filter((id) => id !== viewerId);
      await this.notifications.notify(m, moderators, NotificationType.CONTENT_REPORTED, community.id, { communityName: community.name, communitySlug: community.slug });
    });
  }

  /** Hides content with a reason shown to its author; open reports on it are resolved. */
  async hide(viewerId: string, type: ContentType, contentId: string, reason: string): Promise<ContentRef> {
    const text = textArg(reason, 'reason', { max: 1000, required: true, min: 3 }) as string;
    return this.dataSource.transaction(async (m) => {
      const content = await this.content(m, type, contentId);
      await this.policy.authorize(viewerId, content.communityId, 'content.moderate', m);
      await this.handler(type).setHidden(m, content.id, { reason: text, by: viewerId });
      await m.getRepository(ContentReportEntity).update(
        { contentType: type, contentId: content.id, status: ReportStatus.OPEN },
        { status: ReportStatus.RESOLVED, resolvedById: viewerId, resolvedAt: new Date() },
      );
      await this.audit.record(m, { communityId: content.communityId, action: AuditAction.CONTENT_HIDDEN, actorId: viewerId, targetUserId: content.authorId, subjectType: type, subjectId: content.id, reason: text });
      if (content.authorId && content.authorId !== viewerId) {
        const community = await m.getRepository(CommunityEntity).findOneByOrFail({ id: content.communityId });
        await this.notifications.notify(m, [content.authorId], NotificationType.CONTENT_HIDDEN, community.id, { communityName: community.name, communitySlug: community.slug, message: text });
      }
      return this.content(m, type, content.id);
    });
  }

  async restore(viewerId: string, type: ContentType, contentId: string): Promise<ContentRef> {
    return this.dataSource.transaction(async (m) => {
      const content = await this.content(m, type, contentId);
      await this.policy.authorize(viewerId, content.communityId, 'content.moderate', m);
      if (content.hiddenAt) {
        await this.handler(type).setHidden(m, content.id, null);
        await this.audit.record(m, { communityId: content.communityId, action: AuditAction.CONTENT_RESTORED, actorId: viewerId, targetUserId: content.authorId, subjectType: type, subjectId: content.id });
      }
      return this.content(m, type, content.id);
    });
  }

  async dismiss(viewerId: string, reportId: string): Promise<ContentReportEntity> {
    return this.dataSource.transaction(async (m) => {
      const report = await m.getRepository(ContentReportEntity).findOneBy({ id: requireUuid(reportId) });
      if (!report) throw AppException.notFound();
      await this.policy.authorize(viewerId, report.communityId, 'content.moderate', m);
      if (report.status === ReportStatus.OPEN) {
        report.status = ReportStatus.DISMISSED;
        report.resolvedById = viewerId;
        report.resolvedAt = new Date();
        await m.getRepository(ContentReportEntity).save(report);
        await this.audit.record(m, { communityId: report.communityId, action: AuditAction.REPORT_DISMISSED, actorId: viewerId, targetUserId: report.reporterId, subjectType: report.contentType, subjectId: report.contentId });
      }
      return report;
    });
  }

  async listReports(communityId: string, status: ReportStatus, limit: number, after: string | null | undefined): Promise<{ rows: ContentReportEntity[]; total: number }> {
    const cursor = decodeCursor(after, 2);
    const repo = this.dataSource.getRepository(ContentReportEntity);
    const qb = repo
      .createQueryBuilder('r')
      .where('r.community_id = :communityId AND r.status = :status', { communityId, status })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(limit + 1);
    if (cursor) qb.andWhere('(r.created_at, r.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const [rows, total] = await Promise.all([qb.getMany(), repo.countBy({ communityId, status })]);
    return { rows, total };
  }

  reportCursor(r: ContentReportEntity): string {
    return encodeCursor([r.createdAt.toISOString(), r.id]);
  }

  /** Content refs of one type, for the moderation queue (one query per type). */
  async contents(type: ContentType, ids: readonly string[]): Promise<ContentRef[]> {
    const handler = this.registry.handler(type);
    return handler ? handler.load(this.dataSource.manager, ids) : [];
  }

  private handler(type: ContentType): ContentHandler {
    const handler = this.registry.handler(type);
    if (!handler) throw AppException.notFound();
    return handler;
  }

  private async content(m: EntityManager, type: ContentType, id: string): Promise<ContentRef> {
    const [content] = await this.handler(type).load(m, [requireUuid(id)]);
    if (!content) throw AppException.notFound();
    return content;
  }
}
