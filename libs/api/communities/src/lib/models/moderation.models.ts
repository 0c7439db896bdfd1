import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '@kennislijn/api-core';
import { AuditAction, ContentType, ReportStatus } from '../entities/moderation.entities';

registerEnumType(ContentType, { name: 'ContentType', description: 'Content that can be reported and hidden; later modules add theirs.' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType('ContentPreview')
export class ContentPreviewModel {
  @Field(() => ContentType) type: ContentType;
  @Field(() => ID) id: string;
  @Field(() => String) excerpt: string;
  @Field(() => Boolean) hidden: boolean;
  @Field(() => String, { nullable: true }) hiddenReason: string | null;
  authorId: string | null;
}

@ObjectType('Report')
export class ReportModel {
  @Field(() => ID) id: string;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => String) reason: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  contentType: ContentType;
  contentId: string;
  reporterId: string | null;
  resolvedById: string | null;
}

export const ReportConnection = connectionType(ReportModel, 'Report', { totalCount: true });

@ObjectType('AuditEntry', { description: 'Who did what, when and why.' })
export class AuditEntryModel {
  @Field(() => ID) id: string;
  @Field(() => AuditAction) action: AuditAction;
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { nullable: true }) reason: string | null;
  actorId: string | null;
  targetUserId: string | null;
  data: Record<string, string>;
}

export const AuditEntryConnection = connectionType(AuditEntryModel, 'AuditEntry');
