import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '@kennislijn/api-core';
import { CommunityRole, CommunityVisibility, JoinPolicy } from '../entities/community.entity';

registerEnumType(CommunityVisibility, { name: 'CommunityVisibility' });
registerEnumType(JoinPolicy, { name: 'JoinPolicy' });
registerEnumType(CommunityRole, { name: 'CommunityRole' });

export enum MembershipStatus {
  NONE = 'NONE',
  MEMBER = 'MEMBER',
  PENDING = 'PENDING',
  BANNED = 'BANNED',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus', description: 'The viewer’s relation to a community.' });

@ObjectType('CommunityPermissions', { description: 'What the viewer may do here; the web shows actions from this, never guesses.' })
export class CommunityPermissionsModel {
  @Field(() => Boolean) read: boolean;
  @Field(() => Boolean) edit: boolean;
  @Field(() => Boolean) archive: boolean;
  @Field(() => Boolean) manageRoles: boolean;
  @Field(() => Boolean) join: boolean;
  @Field(() => Boolean) requestToJoin: boolean;
  @Field(() => Boolean) leave: boolean;
  @Field(() => Boolean) post: boolean;
  @Field(() => Boolean) moderate: boolean;
  @Field(() => Boolean) invite: boolean;
  @Field(() => Boolean) createRequestLink: boolean;
  @Field(() => Boolean) readMembers: boolean;
  @Field(() => Boolean) readAuditLog: boolean;
  @Field(() => Boolean) report: boolean;
}

@ObjectType('Community', { description: 'A learning community (leergemeenschap).' })
export class CommunityModel {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'Markdown source.' }) description: string;
  @Field(() => String, { description: 'Community guidelines, Markdown source.' }) guidelines: string;
  @Field(() => [String]) tags: string[];
  @Field(() => CommunityVisibility) visibility: CommunityVisibility;
  @Field(() => JoinPolicy) joinPolicy: JoinPolicy;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

export const CommunityConnection = connectionType(CommunityModel, 'Community', { totalCount: true });
export type CommunityConnection = InstanceType<typeof CommunityConnection> & { totalCount: number };

