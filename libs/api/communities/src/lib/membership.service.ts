import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, decodeCursor, encodeCursor, requireUuid, isUniqueViolation } from '@kennislijn/api-core';
import { UserEntity } from '@kennislijn/api-accounts';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';
import { RealtimeService } from '@kennislijn/api-realtime';
import { ProfileRole } from '@kennislijn/shared-domain';
import { AuditService } from './audit.service';
import { CommunityEntity, CommunityMemberEntity, CommunityRole, CommunityVisibility } from './entities/community.entity';
import { FeedItemEntity, FeedItemType } from './entities/feed.entities';
import { CommunityBanEntity, JoinRequestEntity, JoinRequestStatus } from './entities/membership.entities';
import { AuditAction } from './entities/moderation.entities';
import { outranks } from './policy/community-policy';
import { PolicyService } from './policy/policy.service';
import { textArg } from './text-input';

export interface MemberFilter {
  search?: string | null;
  profileRole?: ProfileRole | null;
  communityRole?: CommunityRole | null;
}

export interface MemberRow {
  userId: string;
  role: CommunityRole;
  joinedAt: Date;
  sortName: string;
}

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Someone lost membership: from a private community nothing more reaches their sockets (after the commit). */
  private async closeRoomsIfPrivate(m: EntityManager, communityId: string, userId: string): Promise<void> {
    const community = await m.getRepository(CommunityEntity).findOne({ where: { id: communityId }, select: { id: true, visibility: true } });
    if (community?.visibility === CommunityVisibility.PRIVATE) await this.realtime.closeCommunityRooms(m, userId, communityId);
  }

  async join(viewerId: string, communityId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(communityId), 'member.join', m);
      await this.addMember(m, communityId, viewerId, CommunityRole.MEMBER, AuditAction.MEMBER_JOINED, viewerId);
    });
  }

  async requestToJoin(viewerId: string, communityId: string, message: string | null | undefined): Promise<JoinRequestEntity> {
    const text = textArg(message, 'message', { max: 1000 });
    try {
      return await this.requestOnce(viewerId, communityId, text);
    } catch (error) {
      // Two copies of the request at once: the partial unique index stops the second; answer with the first.
      const pending = isUniqueViolation(error) ? await this.pendingRequest(communityId, viewerId) : null;
      if (pending) return pending;
      throw error;
    }
  }

  private requestOnce(viewerId: string, communityId: string, text: string | null): Promise<JoinRequestEntity> {
    return this.dataSource.transaction(async (m) => {
      const access = await this.policy.access(viewerId, requireUuid(communityId), m);
      // A retried request finds the one already waiting.
      if (access?.pending) return m.getRepository(JoinRequestEntity).findOneByOrFail({ communityId, userId: viewerId, status: JoinRequestStatus.PENDING });
      this.policy.check(access, 'member.requestJoin');
      return this.createRequest(m, communityId, viewerId, text);
    });
  }

  /** Stores a join request and tells the moderators. Used directly and through a request link. */
  async createRequest(m: EntityManager, communityId: string, userId: string, message: string | null): Promise<JoinRequestEntity> {
    const request = await m.getRepository(JoinRequestEntity).save(m.getRepository(JoinRequestEntity).create({ communityId, userId, message }));
    await this.audit.record(m, { communityId, action: AuditAction.JOIN_REQUESTED, actorId: userId, targetUserId: userId, subjectType: 'JOIN_REQUEST', subjectId: request.id });
    const [community, requester, moderators] = await Promise.all([
      m.getRepository(CommunityEntity).findOneByOrFail({ id: communityId }),
      m.getRepository(UserEntity).findOneByOrFail({ id: userId }),
      this.moderatorIds(m, communityId),
    ]);
    await this.notifications.notify(m, moderators, NotificationType.JOIN_REQUESTED, communityId, {
      communityName: community.name,
      communitySlug: community.slug,
      actorId: requester.id,
      message: message ?? undefined,
    });
    return request;
  }

  async cancelRequest(viewerId: string, requestId: string): Promise<JoinRequestEntity> {
    return this.dataSource.transaction(async (m) => {
      const request = await m.getRepository(JoinRequestEntity).findOneBy({ id: requireUuid(requestId), userId: viewerId });
      if (!request) throw AppException.notFound();
      if (request.status !== JoinRequestStatus.PENDING) throw AppException.conflict('community.requestDecided');
      request.status = JoinRequestStatus.CANCELLED;
      request.decidedAt = new Date();
      await m.getRepository(JoinRequestEntity).save(request);
      await this.audit.record(m, { communityId: request.communityId, action: AuditAction.JOIN_REQUEST_CANCELLED, actorId: viewerId, targetUserId: viewerId });
      return request;
    });
  }

  async decide(viewerId: string, requestId: string, approve: boolean, message: string | null | undefined): Promise<JoinRequestEntity> {
    const text = textArg(message, 'message', { max: 1000 });
    return this.dataSource.transaction(async (m) => {
      const request = await m.getRepository(JoinRequestEntity).findOneBy({ id: requireUuid(requestId) });
      if (!request) throw AppException.notFound();
      await this.policy.authorize(viewerId, request.communityId, 'joinRequest.decide', m);
      // Two moderators deciding at once: the conditional update lets only one win.
      const updated = await m
        .getRepository(JoinRequestEntity)
        .update(
          { id: request.id, status: JoinRequestStatus.PENDING },
          { status: approve ? JoinRequestStatus.APPROVED : JoinRequestStatus.DECLINED, decidedById: viewerId, decidedAt: new Date(), decisionMessage: text },
        );
      if (!updated.affected) throw AppException.conflict('community.requestDecided');
      const community = await m.getRepository(CommunityEntity).findOneByOrFail({ id: request.communityId });
      if (approve) {
        const banned = await m.getRepository(CommunityBanEntity).existsBy({ communityId: request.communityId, userId: request.userId });
        if (banned) throw AppException.forbidden('community.banned');
        await this.addMember(m, request.communityId, request.userId, CommunityRole.MEMBER, null, viewerId);
      }
      await this.audit.record(m, {
        communityId: request.communityId,
        action: approve ? AuditAction.JOIN_APPROVED : AuditAction.JOIN_DECLINED,
        actorId: viewerId,
        targetUserId: request.userId,
        subjectType: 'JOIN_REQUEST',
        subjectId: request.id,
        reason: text,
      });
      await this.notifications.notify(m, [request.userId], approve ? NotificationType.JOIN_APPROVED : NotificationType.JOIN_DECLINED, community.id, {
        communityName: community.name,
        communitySlug: community.slug,
        message: text ?? undefined,
      });
      return m.getRepository(JoinRequestEntity).findOneByOrFail({ id: request.id });
    });
  }

  async leave(viewerId: string, communityId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const access = await this.policy.authorize(viewerId, requireUuid(communityId), 'member.leave', m);
      await this.lockCommunity(m, communityId);
      if (access.role === CommunityRole.OWNER) await this.assertAnotherOwner(m, communityId, viewerId);
      await m.getRepository(CommunityMemberEntity).delete({ communityId, userId: viewerId });
      await this.audit.record(m, { communityId, action: AuditAction.MEMBER_LEFT, actorId: viewerId, targetUserId: viewerId });
      await this.closeRoomsIfPrivate(m, communityId, viewerId);
    });
  }

  async setRole(viewerId: string, communityId: string, userId: string, role: CommunityRole): Promise<CommunityMemberEntity> {
    return this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(communityId), 'member.setRole', m);
      await this.lockCommunity(m, communityId);
      const member = await m.getRepository(CommunityMemberEntity).findOneBy({ communityId, userId: requireUuid(userId) });
      if (!member) throw AppException.badInput([{ field: 'userId', key: 'community.notMember' }]);
      if (member.role === role) return member;
      if (member.role === CommunityRole.OWNER) await this.assertAnotherOwner(m, communityId, userId);
      const previous = member.role;
      member.role = role;
      await m.getRepository(CommunityMemberEntity).update({ communityId, userId }, { role });
      await this.audit.record(m, { communityId, action: AuditAction.ROLE_CHANGED, actorId: viewerId, targetUserId: userId, data: { role, previousRole: previous } });
      const community = await m.getRepository(CommunityEntity).findOneByOrFail({ id: communityId });
      await this.notifications.notify(m, [userId], NotificationType.ROLE_CHANGED, communityId, { communityName: community.name, communitySlug: community.slug, role });
      return member;
    });
  }

  async remove(viewerId: string, communityId: string, userId: string, reason: string | null | undefined): Promise<void> {
    const text = textArg(reason, 'reason', { max: 1000 });
    await this.dataSource.transaction(async (m) => {
      const access = await this.policy.authorize(viewerId, requireUuid(communityId), 'member.remove', m);
      await this.lockCommunity(m, communityId);
      const target = await this.targetMember(m, communityId, userId, viewerId);
      if (!outranks(access.role, target.role)) throw AppException.forbidden('community.outranked');
      await m.getRepository(CommunityMemberEntity).delete({ communityId, userId });
      await this.audit.record(m, { communityId, action: AuditAction.MEMBER_REMOVED, actorId: viewerId, targetUserId: userId, reason: text });
      await this.closeRoomsIfPrivate(m, communityId, userId);
    });
  }

  async ban(viewerId: string, communityId: string, userId: string, reason: string): Promise<CommunityBanEntity> {
    const text = textArg(reason, 'reason', { max: 1000, required: true }) as string;
    return this.dataSource.transaction(async (m) => {
      const access = await this.policy.authorize(viewerId, requireUuid(communityId), 'member.ban', m);
      await this.lockCommunity(m, communityId);
      if (requireUuid(userId) === viewerId) throw AppException.badInput([{ field: 'userId', key: 'community.notYourself' }]);
      const member = await m.getRepository(CommunityMemberEntity).findOneBy({ communityId, userId });
      // A non-member can be banned too (e.g. someone who keeps sending requests), if the account exists.
      if (member && !outranks(access.role, member.role)) throw AppException.forbidden('community.outranked');
      if (!member && !(await m.getRepository(UserEntity).existsBy({ id: userId }))) throw AppException.notFound();
      await m.getRepository(CommunityMemberEntity).delete({ communityId, userId });
      await this.closeRoomsIfPrivate(m, communityId, userId);
      await m.getRepository(JoinRequestEntity).update(
        { communityId, userId, status: JoinRequestStatus.PENDING },
        { status: JoinRequestStatus.DECLINED, decidedById: viewerId, decidedAt: new Date() },
      );
      await m.query(
        `INSERT INTO community_ban (community_id, user_id, reason, banned_by_id) VALUES ($1,$2,$3,$4)
         ON CONFLICT (community_id, user_id) DO UPDATE SET reason = EXCLUDED.reason, banned_by_id = EXCLUDED.banned_by_id`,
        [communityId, userId, text, viewerId],
      );
      await this.audit.record(m, { communityId, action: AuditAction.MEMBER_BANNED, actorId: viewerId, targetUserId: userId, reason: text });
      return m.getRepository(CommunityBanEntity).findOneByOrFail({ communityId, userId });
    });
  }

  async unban(viewerId: string, communityId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.policy.authorize(viewerId, requireUuid(communityId), 'member.ban', m);
      const res = await m.getRepository(CommunityBanEntity).delete({ communityId, userId: requireUuid(userId) });
      if (!res.affected) throw AppException.badInput([{ field: 'userId', key: 'community.notBanned' }]);
      await this.audit.record(m, { communityId, action: AuditAction.MEMBER_UNBANNED, actorId: viewerId, targetUserId: userId });
    });
  }

  /** Adds a member (no-op when already one) with a feed item and, when given, an audit entry. */
  async addMember(m: EntityManager, communityId: string, userId: string, role: CommunityRole, action: AuditAction | null, actorId: string): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO community_member (community_id, user_id, role) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [communityId, userId, role],
    );
    if (!inserted.length) return false;
    await m.getRepository(FeedItemEntity).insert({ communityId, type: FeedItemType.MEMBER_JOINED, actorId: userId });
    if (action) await this.audit.record(m, { communityId, action, actorId, targetUserId: userId });
    return true;
  }

  async listMembers(communityId: string, filter: MemberFilter, limit: number, after: string | null | undefined): Promise<{ rows: MemberRow[]; total: number }> {
    const cursor = decodeCursor(after, 2);
    const where: string[] = ['m.community_id = $1', 'u.deleted_at IS NULL'];
    const params: unknown[] = [communityId];
    if (filter.search?.trim()) {
      params.push(`%${filter.search.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where.push(`(u.display_name ILIKE $${params.length} OR u.organisation ILIKE $${params.length})`);
    }
    if (filter.profileRole) {
      params.push(filter.profileRole);
      where.push(`u.role = $${params.length}`);
    }
    if (filter.communityRole) {
      params.push(filter.communityRole);
      where.push(`m.role = $${params.length}`);
    }
    const filtered = where.join(' AND ');
    const countParams = [...params];
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(`(lower(u.display_name), u.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT m.user_id AS "userId", m.role, m.joined_at AS "joinedAt", lower(u.display_name) AS "sortName"
           FROM community_member m JOIN user_account u ON u.id = m.user_id
          WHERE ${where.join(' AND ')} ORDER BY lower(u.display_name), u.id LIMIT $${params.length}`,
        params,
      ) as Promise<MemberRow[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM community_member m JOIN user_account u ON u.id = m.user_id WHERE ${filtered}`, countParams) as Promise<{ n: string }[]>,
    ]);
    return { rows, total: Number(count[0].n) };
  }

  memberCursor(row: MemberRow): string {
    return encodeCursor([row.sortName, row.userId]);
  }

  listRequests(communityId: string, status: JoinRequestStatus): Promise<JoinRequestEntity[]> {
    return this.dataSource.getRepository(JoinRequestEntity).find({ where: { communityId, status }, order: { createdAt: status === JoinRequestStatus.PENDING ? 'ASC' : 'DESC' }, take: 200 });
  }

  pendingRequest(communityId: string, userId: string): Promise<JoinRequestEntity | null> {
    return this.dataSource.getRepository(JoinRequestEntity).findOneBy({ communityId, userId, status: JoinRequestStatus.PENDING });
  }

  listBans(communityId: string): Promise<CommunityBanEntity[]> {
    return this.dataSource.getRepository(CommunityBanEntity).find({ where: { communityId }, order: { createdAt: 'DESC' }, take: 500 });
  }

  async moderatorIds(m: EntityManager, communityId: string): Promise<string[]> {
    const rows = await m.getRepository(CommunityMemberEntity).find({ where: { communityId, role: In([CommunityRole.MODERATOR, CommunityRole.OWNER]) }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  private async targetMember(m: EntityManager, communityId: string, userId: string, viewerId: string): Promise<CommunityMemberEntity> {
    if (requireUuid(userId) === viewerId) throw AppException.badInput([{ field: 'userId', key: 'community.notYourself' }]);
    const member = await m.getRepository(CommunityMemberEntity).findOneBy({ communityId, userId });
    if (!member) throw AppException.badInput([{ field: 'userId', key: 'community.notMember' }]);
    return member;
  }

  // Serialises membership changes of one community, so "at least one owner" holds under concurrency.
  private async lockCommunity(m: EntityManager, communityId: string): Promise<void> {
    await m.query('SELECT 1 FROM community WHERE id = $1 FOR UPDATE', [communityId]);
  }

  private async assertAnotherOwner(m: EntityManager, communityId: string, userId: string): Promise<void> {
    const others = await m.getRepository(CommunityMemberEntity).count({ where: { communityId, role: CommunityRole.OWNER } });
    const self = await m.getRepository(CommunityMemberEntity).existsBy({ communityId, userId, role: CommunityRole.OWNER });
    if (others - (self ? 1 : 0) < 1) throw AppException.conflict('community.lastOwner');
  }
}
