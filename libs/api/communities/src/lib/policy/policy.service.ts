import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, isUuid } from '@kennislijn/api-core';
import { CommunityRole, CommunityVisibility, JoinPolicy } from '../entities/community.entity';
import { can, CommunityAccess, CommunityAction } from './community-policy';

interface AccessRow {
  id: string;
  visibility: CommunityVisibility;
  join_policy: JoinPolicy;
  archived: boolean;
  role: CommunityRole | null;
  banned: boolean;
  pending: boolean;
}

/**
 * The one place that answers "may this viewer do X in these communities". One query loads the
 * viewer's relation to any number of communities; the rules are in COMMUNITY_RULES. What the viewer
 * may not even read is NOT_FOUND, never FORBIDDEN, so a private community's existence does not leak.
 */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(viewerId: string | undefined, communityIds: readonly string[], manager?: EntityManager): Promise<Map<string, CommunityAccess>> {
    const ids = [...new Set(communityIds.filter(isUuid))];
    const result = new Map<string, CommunityAccess>();
    if (!ids.length) return result;
    const rows: AccessRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT c.id, c.visibility, c.join_policy, c.archived_at IS NOT NULL AS archived,
              m.role,
              EXISTS (SELECT 1 FROM community_ban b WHERE b.community_id = c.id AND b.user_id = $1) AS banned,
              EXISTS (SELECT 1 FROM join_request r WHERE r.community_id = c.id AND r.user_id = $1 AND r.status = 'PENDING') AS pending
         FROM community c
         LEFT JOIN community_member m ON m.community_id = c.id AND m.user_id = $1
        WHERE c.id = ANY($2::uuid[])`,
      [viewerId ?? null, ids],
    );
    for (const r of rows) result.set(r.id, toAccess(r, !!viewerId));
    return result;
  }

  /** Several people's relation to one community, in one SQL statement (e.g. a batch of senders). */
  async loadMany(viewerIds: readonly string[], communityId: string, manager?: EntityManager): Promise<Map<string, CommunityAccess>> {
    const ids = [...new Set(viewerIds.filter(isUuid))];
    const result = new Map<string, CommunityAccess>();
    if (!ids.length || !isUuid(communityId)) return result;
    const rows: (AccessRow & { viewer_id: string })[] = await (manager ?? this.dataSource.manager).query(
      `SELECT v.viewer_id, c.id, c.visibility, c.join_policy, c.archived_at IS NOT NULL AS archived,
              m.role,
              EXISTS (SELECT 1 FROM community_ban b WHERE b.community_id = c.id AND b.user_id = v.viewer_id) AS banned,
              EXISTS (SELECT 1 FROM join_request r WHERE r.community_id = c.id AND r.user_id = v.viewer_id AND r.status = 'PENDING') AS pending
         FROM unnest($1::uuid[]) AS v(viewer_id)
         JOIN community c ON c.id = $2
         LEFT JOIN community_member m ON m.community_id = c.id AND m.user_id = v.viewer_id`,
      [ids, communityId],
    );
    for (const r of rows) result.set(r.viewer_id, toAccess(r, true));
    return result;
  }

  async access(viewerId: string | undefined, communityId: string, manager?: EntityManager): Promise<CommunityAccess | null> {
    return (await this.load(viewerId, [communityId], manager)).get(communityId) ?? null;
  }

  /**
   * Returns the access when the action is allowed. Throws NOT_FOUND when the viewer may not read the
   * community (or it does not exist), UNAUTHENTICATED when signing in could help, else FORBIDDEN.
   * Inside a transaction pass its manager (and `lock` to serialise membership changes).
   */
  async authorize(viewerId: string | undefined, communityId: string, action: CommunityAction, manager?: EntityManager): Promise<CommunityAccess> {
    const access = await this.access(viewerId, communityId, manager);
    return this.check(access, action);
  }

  check(access: CommunityAccess | null, action: CommunityAction): CommunityAccess {
    if (!access || !can(access, 'community.read')) throw AppException.notFound();
    if (!can(access, action)) {
      if (!access.signedIn) throw AppException.unauthenticated();
      throw AppException.forbidden(forbiddenKey(access, action));
    }
    return access;
  }

  /**
   * SQL condition "the viewer may read community <alias>", for lists, search, counts and feeds.
   * `viewerParam` is the positional or named parameter holding the viewer id (or NULL).
   */
  readableCondition(alias: string, viewerParam: string): string {
    return `(${alias}.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM community_member vm WHERE vm.community_id = ${alias}.id AND vm.user_id = ${viewerParam}))`;
  }
}

function toAccess(r: AccessRow, signedIn: boolean): CommunityAccess {
  return {
    communityId: r.id,
    visibility: r.visibility,
    joinPolicy: r.join_policy,
    archived: r.archived,
    signedIn,
    role: r.role,
    banned: r.banned,
    pending: r.pending,
  };
}

// A reason a person can act on, where there is one.
function forbiddenKey(a: CommunityAccess, action: CommunityAction): string {
  if (a.banned) return 'community.banned';
  if (a.archived) return 'community.archived';
  if (action === 'member.join' && a.role) return 'community.alreadyMember';
  if (action === 'member.join' && a.joinPolicy !== JoinPolicy.OPEN) return 'community.joinNeedsRequest';
  if (action === 'member.requestJoin' && a.role) return 'community.alreadyMember';
  if (action === 'member.requestJoin' && a.pending) return 'community.requestPending';
  if (action === 'member.requestJoin') return 'community.requestNotPossible';
  if (!a.role) return 'community.membersOnly';
  return 'error.forbidden';
}
