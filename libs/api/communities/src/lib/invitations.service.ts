import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, Language, requireUuid, translate } from '@kennislijn/api-core';
import { UserEntity } from '@kennislijn/api-accounts';
import { MailService } from '@kennislijn/api-mail';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';
import { AuditService } from './audit.service';
import { CommunityEntity, CommunityMemberEntity, CommunityRole } from './entities/community.entity';
import { CommunityBanEntity, InvitationEntity, InvitationMode, JoinRequestEntity, JoinRequestStatus } from './entities/membership.entities';
import { AuditAction } from './entities/moderation.entities';
import { MembershipService } from './membership.service';
import { PolicyService } from './policy/policy.service';
import { textArg } from './text-input';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export enum AcceptInvitationOutcome {
  JOINED = 'JOINED',
  REQUESTED = 'REQUESTED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
}

export interface InvitationPreview {
  invitation: InvitationEntity;
  community: CommunityEntity;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly membership: MembershipService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Creates an invitation; the raw token is returned once and only its hash is stored. */
  async create(
    viewerId: string,
    input: { communityId: string; mode: InvitationMode; email?: string | null; expiresInDays: number },
    origin: string,
    lang: Language,
  ): Promise<{ invitation: InvitationEntity; token: string; url: string }> {
    const email = input.email?.trim().toLowerCase() || null;
    if (email && (!EMAIL.test(email) || email.length > 254)) throw AppException.badInput([{ field: 'email', key: 'validation.email' }]);
    if (email && input.mode !== InvitationMode.JOIN) throw AppException.badInput([{ field: 'email', key: 'validation.emailOnlyForJoin' }]);
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > 90) {
      throw AppException.badInput([{ field: 'expiresInDays', key: 'validation.expiresInDays' }]);
    }
    const token = randomBytes(24).toString('base64url');
    const url = `${this.config.publicUrl || origin}/uitnodiging/${token}`;
    const result = await this.dataSource.transaction(async (m) => {
      const action = input.mode === InvitationMode.REQUEST ? 'invitation.createRequestLink' : 'invitation.manage';
      await this.policy.authorize(viewerId, requireUuid(input.communityId), action, m);
      const invitation = await m.getRepository(InvitationEntity).save(
        m.getRepository(InvitationEntity).create({
          communityId: input.communityId,
          mode: input.mode,
          email,
          tokenHash: hashToken(token),
          createdById: viewerId,
          expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        }),
      );
      await this.audit.record(m, {
        communityId: input.communityId,
        action: AuditAction.INVITATION_CREATED,
        actorId: viewerId,
        subjectType: 'INVITATION',
        subjectId: invitation.id,
        data: { mode: input.mode, ...(email ? { email } : {}) },
      });
      if (email) {
        const [community, inviter] = await Promise.all([
          m.getRepository(CommunityEntity).findOneByOrFail({ id: input.communityId }),
          m.getRepository(UserEntity).findOneByOrFail({ id: viewerId }),
        ]);
        const params = { communityName: community.name, actorName: inviter.displayName, url, expires: invitation.expiresAt.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL') };
        await this.mail.enqueue(m, { to: email, subject: translate('mail.invitation.subject', lang, params), text: translate('mail.invitation.text', lang, params) });
        // Someone who already has an account also finds it under the bell.
        const invitee = await m.getRepository(UserEntity).findOneBy({ email });
        if (invitee) {
          await this.notifications.notify(m, [invitee.id], NotificationType.INVITED, community.id, {
            communityName: community.name,
            actorId: inviter.id,
          });
        }
      }
      return invitation;
    });
    void this.mail.flush();
    return { invitation: result, token, url };
  }

  async revoke(viewerId: string, invitationId: string): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (m) => {
      const invitation = await m.getRepository(InvitationEntity).findOneBy({ id: requireUuid(invitationId) });
      if (!invitation) throw AppException.notFound();
      await this.policy.authorize(viewerId, invitation.communityId, 'invitation.manage', m);
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await m.getRepository(InvitationEntity).save(invitation);
        await this.audit.record(m, { communityId: invitation.communityId, action: AuditAction.INVITATION_REVOKED, actorId: viewerId, subjectType: 'INVITATION', subjectId: invitation.id });
      }
      return invitation;
    });
  }

  /** What a token holder may see before accepting: the community's card, nothing of its content. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findValid(token);
    const community = await this.dataSource.getRepository(CommunityEntity).findOneByOrFail({ id: invitation.communityId });
    if (community.archivedAt) throw AppException.notFound('community.invitationInvalid');
    return { invitation, community };
  }

  async accept(viewerId: string, token: string, message: string | null | undefined): Promise<{ outcome: AcceptInvitationOutcome; community: CommunityEntity }> {
    const text = textArg(message, 'message', { max: 1000 });
    return this.dataSource.transaction(async (m) => {
      const invitation = await this.findValid(token, m);
      const community = await m.getRepository(CommunityEntity).findOneByOrFail({ id: invitation.communityId });
      if (community.archivedAt) throw AppException.notFound('community.invitationInvalid');
      if (await m.getRepository(CommunityBanEntity).existsBy({ communityId: community.id, userId: viewerId })) throw AppException.forbidden('community.banned');
      if (await m.getRepository(CommunityMemberEntity).existsBy({ communityId: community.id, userId: viewerId })) {
        return { outcome: AcceptInvitationOutcome.ALREADY_MEMBER, community };
      }
      if (invitation.email) {
        const viewer = await m.getRepository(UserEntity).findOneByOrFail({ id: viewerId });
        if (viewer.email !== invitation.email) throw AppException.forbidden('community.invitationOtherEmail');
      }
      if (invitation.mode === InvitationMode.REQUEST) {
        const pending = await m.getRepository(JoinRequestEntity).findOneBy({ communityId: community.id, userId: viewerId, status: JoinRequestStatus.PENDING });
        if (!pending) await this.membership.createRequest(m, community.id, viewerId, text);
        await m.getRepository(InvitationEntity).increment({ id: invitation.id }, 'uses', 1);
        return { outcome: AcceptInvitationOutcome.REQUESTED, community };
      }
      // E-mail invitations are single-use: the conditional update lets one acceptance win.
      if (invitation.email) {
        const used = await m.getRepository(InvitationEntity).update({ id: invitation.id, uses: 0 }, { uses: 1 });
        if (!used.affected) throw AppException.notFound('community.invitationInvalid');
      } else {
        await m.getRepository(InvitationEntity).increment({ id: invitation.id }, 'uses', 1);
      }
      await this.membership.addMember(m, community.id, viewerId, CommunityRole.MEMBER, null, viewerId);
      await this.audit.record(m, {
        communityId: community.id,
        action: AuditAction.INVITATION_ACCEPTED,
        actorId: viewerId,
        targetUserId: viewerId,
        subjectType: 'INVITATION',
        subjectId: invitation.id,
      });
      // Pending requests are settled by the invitation.
      await m.getRepository(JoinRequestEntity).update(
        { communityId: community.id, userId: viewerId, status: JoinRequestStatus.PENDING },
        { status: JoinRequestStatus.APPROVED, decidedAt: new Date() },
      );
      return { outcome: AcceptInvitationOutcome.JOINED, community };
    });
  }

  listActive(communityId: string): Promise<InvitationEntity[]> {
    return this.dataSource.getRepository(InvitationEntity).find({
      where: { communityId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  private async findValid(token: string, manager?: EntityManager): Promise<InvitationEntity> {
    const invitation = typeof token === 'string' && token.length >= 16 && token.length <= 100
      ? await (manager ?? this.dataSource.manager).getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(token) })
      : null;
    const usedUp = invitation?.email && invitation.uses > 0;
    if (!invitation || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now() || usedUp) {
      throw AppException.notFound('community.invitationInvalid');
    }
    return invitation;
  }
}
