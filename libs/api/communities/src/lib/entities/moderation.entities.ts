import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { CommunityEntity } from './community.entity';

/** Content that can be reported and hidden. Later modules add theirs (CASE, CASE_RESPONSE, MESSAGE, ...). */
export enum ContentType {
  POST = 'POST',
  CASE = 'CASE',
  CASE_RESPONSE = 'CASE_RESPONSE',
  MESSAGE = 'MESSAGE',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  /** The content was hidden. */
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

@Entity('content_report')
@Index('IDX_content_report_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('IDX_content_report_content', ['contentType', 'contentId'])
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType: ContentType;

  @Column({ name: 'content_id', type: 'uuid' })
  contentId: string;

  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export enum AuditAction {
  COMMUNITY_CREATED = 'COMMUNITY_CREATED',
  COMMUNITY_UPDATED = 'COMMUNITY_UPDATED',
  COMMUNITY_ARCHIVED = 'COMMUNITY_ARCHIVED',
  COMMUNITY_UNARCHIVED = 'COMMUNITY_UNARCHIVED',
  MEMBER_JOINED = 'MEMBER_JOINED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  JOIN_REQUESTED = 'JOIN_REQUESTED',
  JOIN_REQUEST_CANCELLED = 'JOIN_REQUEST_CANCELLED',
  JOIN_APPROVED = 'JOIN_APPROVED',
  JOIN_DECLINED = 'JOIN_DECLINED',
  INVITATION_CREATED = 'INVITATION_CREATED',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  MEMBER_BANNED = 'MEMBER_BANNED',
  MEMBER_UNBANNED = 'MEMBER_UNBANNED',
  CONTENT_REPORTED = 'CONTENT_REPORTED',
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  CONTENT_RESTORED = 'CONTENT_RESTORED',
  CONTENT_DELETED = 'CONTENT_DELETED',
  REPORT_DISMISSED = 'REPORT_DISMISSED',
  ITEM_PINNED = 'ITEM_PINNED',
  ITEM_UNPINNED = 'ITEM_UNPINNED',
}

/** Who did what, when and why: every membership and moderation action of a community. Append-only. */
@Entity('audit_entry')
@Index('IDX_audit_entry_community_created', ['communityId', 'createdAt', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_user_id' })
  targetUser?: UserEntity;

  @Column({ name: 'subject_type', type: 'varchar', length: 40, nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Small facts for the summary sentence, e.g. { role: 'MODERATOR', previousRole: 'MEMBER' }. */
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
