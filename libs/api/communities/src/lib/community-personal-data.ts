import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException, ErrorCode, PersonalDataRegistry } from '@kennislijn/api-core';

/** The communities module's part of the AVG/GDPR export and account deletion. */
@Injectable()
export class CommunityPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'communities',
      export: async (m, userId, email) => ({
        memberships: await m.query(
          `SELECT c.name AS community, c.slug, m.role, m.joined_at AS "joinedAt" FROM community_member m JOIN community c ON c.id = m.community_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
          [userId],
        ),
        joinRequests: await m.query(
          `SELECT c.name AS community, r.status, r.message, r.decision_message AS "decisionMessage", r.created_at AS "createdAt", r.decided_at AS "decidedAt"
             FROM join_request r JOIN community c ON c.id = r.community_id WHERE r.user_id = $1 ORDER BY r.created_at`,
          [userId],
        ),
        posts: await m.query(
          `SELECT c.name AS community, p.body, p.created_at AS "createdAt", p.hidden_at AS "hiddenAt", p.hidden_reason AS "hiddenReason"
             FROM community_post p JOIN community c ON c.id = p.community_id WHERE p.author_id = $1 ORDER BY p.created_at`,
          [userId],
        ),
        reportsFiled: await m.query(
          `SELECT c.name AS community, r.content_type AS "contentType", r.reason, r.status, r.created_at AS "createdAt"
             FROM content_report r JOIN community c ON c.id = r.community_id WHERE r.reporter_id = $1 ORDER BY r.created_at`,
          [userId],
        ),
        bans: await m.query(
          `SELECT c.name AS community, b.reason, b.created_at AS "createdAt" FROM community_ban b JOIN community c ON c.id = b.community_id WHERE b.user_id = $1`,
          [userId],
        ),
        invitationsToYourAddress: await m.query(
          `SELECT c.name AS community, i.created_at AS "createdAt", i.expires_at AS "expiresAt" FROM community_invitation i JOIN community c ON c.id = i.community_id WHERE i.email = $1`,
          [email],
        ),
        moderationLogAboutYou: await m.query(
          `SELECT c.name AS community, a.action, a.reason, a.created_at AS "createdAt", (a.actor_id = $1) AS "byYou"
             FROM audit_entry a JOIN community c ON c.id = a.community_id WHERE a.actor_id = $1 OR a.target_user_id = $1 ORDER BY a.created_at`,
          [userId],
        ),
      }),
      beforeErase: (m, userId) => this.refuseIfLastOwner(m, userId),
      erase: async (m, userId, email) => {
        // A community whose only member leaves is archived rather than left without an owner.
        await m.query(
          `UPDATE community c SET archived_at = now()
            WHERE archived_at IS NULL AND EXISTS (SELECT 1 FROM community_member m WHERE m.community_id = c.id AND m.user_id = $1)
              AND NOT EXISTS (SELECT 1 FROM community_member o WHERE o.community_id = c.id AND o.user_id <> $1)`,
          [userId],
        );
        await m.query('DELETE FROM community_member WHERE user_id = $1', [userId]);
        await m.query('DELETE FROM join_request WHERE user_id = $1', [userId]);
        await m.query('DELETE FROM community_ban WHERE user_id = $1', [userId]);
        await m.query('DELETE FROM community_invitation WHERE email = $1', [email]);
        // Audit facts stay (who did what is the community's record), pointing at the anonymous account;
        // a free-text e-mail address in them does not.
        await m.query(`UPDATE audit_entry SET data = data - 'email' WHERE data->>'email' = $1`, [email]);
      },
    });
  }

  private async refuseIfLastOwner(m: EntityManager, userId: string): Promise<void> {
    const rows: { name: string }[] = await m.query(
      `SELECT c.name FROM community_member me JOIN community c ON c.id = me.community_id
        WHERE me.user_id = $1 AND me.role = 'OWNER'
          AND NOT EXISTS (SELECT 1 FROM community_member o WHERE o.community_id = me.community_id AND o.user_id <> $1 AND o.role = 'OWNER')
          AND EXISTS (SELECT 1 FROM community_member x WHERE x.community_id = me.community_id AND x.user_id <> $1)`,
      [userId],
    );
    if (rows.length) throw new AppException(ErrorCode.CONFLICT, 'community.lastOwnerOf', { communities: rows.map((r) => r.name).join(', ') });
  }
}
