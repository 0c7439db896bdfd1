import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '@kennislijn/api-core';
import { CommunityRole, CommunityVisibility, JoinPolicy } from '../entities/community.entity';
import { InvitationMode, JoinRequestStatus } from '../entities/membership.entities';
import { AcceptInvitationOutcome } from '../invitations.service';
import { MembershipStatus } from './community.model';

registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus' });
registerEnumType(InvitationMode, { name: 'InvitationMode', description: 'JOIN admits directly; REQUEST lets the holder see the community card and ask to join.' });
registerEnumType(AcceptInvitationOutcome, { name: 'AcceptInvitationOutcome' });

@ObjectType('Member')
export class MemberModel {
  @Field(() => CommunityRole) role: CommunityRole;
  @Field(() => Date) joinedAt: Date;
  userId: string;
  communityId: string;
}

@ObjectType('MemberPermissions', { description: 'What the viewer may do to this member.' })
export class MemberPermissionsModel {
  @Field(() => Boolean) setRole: boolean;
  @Field(() => Boolean) remove: boolean;
  @Field(() => Boolean) ban: boolean;
}

export const MemberConnection = connectionType(MemberModel, 'Member', { totalCount: true });

@ObjectType('JoinRequest')
export class JoinRequestModel {
  @Field(() => ID) id: string;
  @Field(() => JoinRequestStatus) status: JoinRequestStatus;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => String, { nullable: true }) decisionMessage: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  userId: string;
  communityId: string;
  decidedById: string | null;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id: string;
  @Field(() => InvitationMode) mode: InvitationMode;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => Int) uses: number;
  createdById: string | null;
}

@ObjectType('CreatedInvitation', { description: 'Returned once, on creation: the token is never shown again.' })
export class CreatedInvitationModel {
  @Field(() => InvitationModel) invitation: InvitationModel;
  @Field(() => String) token: string;
  @Field(() => String, { description: 'Link to share or that was mailed.' }) url: string;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation may see before joining: the card, no content.' })
export class InvitationPreviewModel {
  @Field(() => InvitationMode) mode: InvitationMode;
  @Field(() => Date) expiresAt: Date;
  @Field(() => String) communityName: string;
  @Field(() => String) communitySlug: string;
  @Field(() => String) communityDescriptionHtml: string;
  @Field(() => CommunityVisibility) visibility: CommunityVisibility;
  @Field(() => JoinPolicy) joinPolicy: JoinPolicy;
  @Field(() => MembershipStatus, { description: 'NONE for anonymous viewers.' }) viewerStatus: MembershipStatus;
}

@ObjectType('AcceptInvitationResult')
export class AcceptInvitationResultModel {
  @Field(() => AcceptInvitationOutcome) outcome: AcceptInvitationOutcome;
  @Field(() => String) communitySlug: string;
}

@ObjectType('Ban')
export class BanModel {
  @Field(() => String) reason: string;
  @Field(() => Date) createdAt: Date;
  userId: string;
  bannedById: string | null;
}
