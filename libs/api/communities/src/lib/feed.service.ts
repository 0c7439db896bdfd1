import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, decodeCursor, encodeCursor, excerptOf, isUuid, PrivacyOverrideInput, requireUuid } from '@kennislijn/api-core';
import { AuditService } from './audit.service';
import { ContentRegistry } from './content.registry';
import { CommunityRole } from './entities/community.entity';
import { FeedItemEntity, FeedItemType, PostEntity } from './entities/feed.entities';
import { AuditAction, ContentReportEntity, ContentType, ReportStatus } from './entities/moderation.entities';
import { recordPrivacyOverrides } from './entities/privacy-override.entity';
import { can, CommunityAccess } from './policy/community-policy';
import { PolicyService } from './policy/policy.service';
import { textArg } from './text-input';

export const PINNED_LIMIT = 10;

@Injectable()
export class FeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    content: ContentRegistry,
  ) {
    content.register({
      type: ContentType.POST,
      load: async (m, ids) => {
        const posts = await m.getRepository(PostEntity).findBy({ id: In(ids.filter(isUuid)) });
        return posts.map((p) => ({
          type: ContentType.POST,
          id: p.id,
          communityId: p.communityId,
          authorId: p.authorId,
          excerpt: excerptOf(p.body),
          hiddenAt: p.hiddenAt,
          hiddenReason: p.hiddenReason,
        }));
      },
      setHidden: async (m, id, hidden) => {
        const at = hidden ? new Date() : null;
        await m.getRepository(PostEntity).update({ id }, { hiddenAt: at, hiddenReason: hidden?.reason ?? null, hiddenById: hidden?.by ?? null });
        await m.getRepository(FeedItemEntity).update({ type: FeedItemType.POST, subjectId: id }, { hiddenAt: at });
      },
    });
  }

  /**
   * A page of the feed, newest first, keyset on (created_at, id). Hidden items are left out except
   * for moderators and for their own author, who sees why it was hidden.
   */
  async page(access: CommunityAccess, viewerId: string | undefined, limit: number, after: string | null | undefined): Promise<FeedItemEntity[]> {
    const cursor = decodeCursor(after, 2);
    const qb = this.dataSource
      .getRepository(FeedItemEntity)
      .createQueryBuilder('f')
      .where('f.community_id = :communityId', { communityId: access.communityId })
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .take(limit + 1);
    if (!can(access, 'content.moderate')) {
      qb.andWhere(viewerId ? '(f.hidden_at IS NULL OR f.actor_id = :viewerId)' : 'f.hidden_at IS NULL', { viewerId });
    }
    if (cursor) qb.andWhere('(f.created_at, f.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    return qb.getMany();
  }

  cursorOf(f: FeedItemEntity): string {
    return encodeCursor([f.createdAt.toISOString(), f.id]);
  }

  pinned(communityId: string): Promise<FeedItemEntity[]> {
    return this.dataSource
      .getRepository(FeedItemEntity)
      .createQueryBuilder('f')
      .where('f.community_id = :communityId AND f.pinned_at IS NOT NULL AND f.hidden_at IS NULL', { communityId })
      .orderBy('f.pinned_at', 'DESC')
      .take(PINNED_LIMIT)
      .getMany();
  }

  async createPost(viewerId: string, communityId: string, body: string, clientId: string | null | undefined, overrides: PrivacyOverrideInput[] = []): Promise<FeedItemEntity> {
    const text = textArg(body, 'body', { max: 5000, required: true, overrides }) as string;
    if (clientId != null && !isUuid(clientId)) throw AppException.badInput([{ field: 'clientId', key: 'validation.invalid' }]);
    return this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(communityId), 'feed.post', m);
      if (clientId) {
        const existing = await this.itemForClientId(m, viewerId, clientId);
        if (existing) return existing;
      }
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(PostEntity)
        .values({ communityId, authorId: viewerId, body: text, clientId: clientId ?? null })
        .orIgnore()
        .returning(['id'])
        .execute();
      const postId = (inserted.raw as { id: string }[])[0]?.id;
      // A concurrent retry stored it first: answer with that one.
      if (!postId) return (await this.itemForClientId(m, viewerId, clientId as string)) as FeedItemEntity;
      const used = overrides.filter((o) => text.includes(o.text));
      if (used.length) {
        await recordPrivacyOverrides(m, 'POST', postId, viewerId, used);
      }
      const item = m.getRepository(FeedItemEntity).create({ communityId, type: FeedItemType.POST, actorId: viewerId, subjectId: postId });
      return m.getRepository(FeedItemEntity).save(item);
    });
  }

  async deletePost(viewerId: string, postId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const post = await m.getRepository(PostEntity).findOneBy({ id: requireUuid(postId) });
      if (!post) throw AppException.notFound();
      const access = await this.policy.authorize(viewerId, post.communityId, 'community.read', m);
      const own = post.authorId === viewerId;
      if (!own && !can(access, 'content.moderate')) throw AppException.forbidden();
      await m.getRepository(FeedItemEntity).delete({ type: FeedItemType.POST, subjectId: post.id });
      await m.getRepository(PostEntity).delete({ id: post.id });
      await m.getRepository(ContentReportEntity).update(
        { contentType: ContentType.POST, contentId: post.id, status: ReportStatus.OPEN },
        { status: ReportStatus.RESOLVED, resolvedById: viewerId, resolvedAt: new Date() },
      );
      if (!own) {
        await this.audit.record(m, { communityId: post.communityId, action: AuditAction.CONTENT_DELETED, actorId: viewerId, targetUserId: post.authorId, subjectType: ContentType.POST, subjectId: post.id });
      }
    });
  }

  async setPinned(viewerId: string, itemId: string, pinned: boolean): Promise<FeedItemEntity> {
    return this.dataSource.transaction(async (m) => {
      const item = await m.getRepository(FeedItemEntity).findOneBy({ id: requireUuid(itemId) });
      if (!item) throw AppException.notFound();
      await this.policy.authorize(viewerId, item.communityId, 'feed.pin', m);
      if (!!item.pinnedAt !== pinned) {
        item.pinnedAt = pinned ? new Date() : null;
        item.pinnedById = pinned ? viewerId : null;
        await m.getRepository(FeedItemEntity).save(item);
        await this.audit.record(m, { communityId: item.communityId, action: pinned ? AuditAction.ITEM_PINNED : AuditAction.ITEM_UNPINNED, actorId: viewerId, subjectType: 'FEED_ITEM', subjectId: item.id });
      }
      return item;
    });
  }

  async postsByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return this.dataSource.getRepository(PostEntity).findBy({ id: In([...ids]) });
  }

  /** Whether the viewer may see why something was hidden (moderators, and the author). */
  static seesHiddenReason(access: CommunityAccess | null, viewerId: string | undefined, authorId: string | null): boolean {
    return !!viewerId && (authorId === viewerId || (access !== null && access.role !== null && access.role !== CommunityRole.MEMBER));
  }

  private async itemForClientId(m: EntityManager, authorId: string, clientId: string): Promise<FeedItemEntity | null> {
    const post = await m.getRepository(PostEntity).findOneBy({ authorId, clientId });
    return post ? m.getRepository(FeedItemEntity).findOneBy({ type: FeedItemType.POST, subjectId: post.id }) : null;
  }
}
