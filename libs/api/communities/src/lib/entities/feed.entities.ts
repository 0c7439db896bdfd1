import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { CommunityEntity } from './community.entity';

/** Kinds of things that happen in a community. Later modules add theirs (CASE_POSTED, SESSION_PLANNED, ...). */
export enum FeedItemType {
  COMMUNITY_CREATED = 'COMMUNITY_CREATED',
  MEMBER_JOINED = 'MEMBER_JOINED',
  POST = 'POST',
  CASE_POSTED = 'CASE_POSTED',
  CASE_RESPONDED = 'CASE_RESPONDED',
  CASE_RESOLVED = 'CASE_RESOLVED',
  /** A new version of an instrument was published (subject: the instrument_version). */
  INSTRUMENT_PUBLISHED = 'INSTRUMENT_PUBLISHED',
  /** A themed session was planned (subject: the session). */
  SESSION_PLANNED = 'SESSION_PLANNED',
}

/**
 * One line of a community's activity feed. It points at its subject (a post, later a case or a
 * session) by type and id, so modules can add item types without touching this table.
 */
@Entity('feed_item')
@Index('IDX_feed_item_community_created', ['communityId', 'createdAt', 'id'])
@Index('UQ_feed_item_subject', ['type', 'subjectId'], { unique: true, where: '"subject_id" IS NOT NULL' })
export class FeedItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 40 })
  type: FeedItemType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;

  @Column({ name: 'pinned_by_id', type: 'uuid', nullable: true })
  pinnedById: string | null;

  /** Mirrors the subject's hidden state, so the feed query filters without joining every subject table. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A short message to the community (Markdown), the simplest content item that can be reported and hidden. */
@Entity('community_post')
@Index('UQ_community_post_client', ['authorId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  @Index('IDX_community_post_community')
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  @Index('IDX_community_post_author')
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  /** Client-generated id of the send: a retried request is stored once. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
