import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { CommunityEntity } from './community.entity';

/** A person banned from a community: removed, and cannot join, request or be invited again until unbanned. */
@Entity('community_ban')
export class CommunityBanEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @Index('IDX_community_ban_user')
  userId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'banned_by_id', type: 'uuid', nullable: true })
  bannedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'banned_by_id' })
  bannedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

@Entity('join_request')
// At most one open request per person and community; a retried request finds it.
@Index('UQ_join_request_pending', ['communityId', 'userId'], { unique: true, where: `"status" = 'PENDING'` })
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  @Index('IDX_join_request_user')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: JoinRequestStatus, enumName: 'join_request_status', default: JoinRequestStatus.PENDING })
  status: JoinRequestStatus;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}

export enum InvitationMode {
  /** Accepting makes you a member. */
  JOIN = 'JOIN',
  /** Lets the holder see the community's card and send a join request (how people find a private community). */
  REQUEST = 'REQUEST',
}

@Entity('community_invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  @Index('IDX_community_invitation_community')
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'enum', enum: InvitationMode, enumName: 'invitation_mode' })
  mode: InvitationMode;

  /** Set for an e-mail invitation: only that address may accept it, once. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** SHA-256 of the token; the token itself is shown once. */
  @Index('UQ_community_invitation_token', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  uses: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
