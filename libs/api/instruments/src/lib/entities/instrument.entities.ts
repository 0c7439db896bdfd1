import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { CommunityEntity } from '@kennislijn/api-communities';
import type { Answers, InstrumentDefinition, RespondentKind, Scores } from '@kennislijn/shared-instruments';

/** Who last changed one part of a draft, and its revision (the version check of co-editing). */
export interface DraftPartRev {
  rev: number;
  by: string | null;
  name: string;
  at: string;
}

/**
 * An instrument a community co-develops. `draft` is the working definition its co-authors edit;
 * every part of it (the heading, the scoring, the item order, each item) carries its own revision
 * in `draftRevs`, so two people editing different items never conflict and two editing the same
 * item get a clear conflict instead of a silent overwrite. Publishing copies the draft into an
 * immutable `instrument_version`.
 */
@Entity('instrument')
@Index('IDX_instrument_community', ['communityId', 'updatedAt'])
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  /** The draft's title, kept in a column for lists. */
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Column({ type: 'jsonb' })
  draft: InstrumentDefinition;

  /** Part key (`meta`, `scoring`, `order`, `item:<id>`) → its revision. */
  @Column({ name: 'draft_revs', type: 'jsonb', default: () => "'{}'" })
  draftRevs: Record<string, DraftPartRev>;

  /** Increases with every change to the draft (publishing checks it). */
  @Column({ name: 'draft_rev', type: 'integer', default: 0 })
  draftRev: number;

  /** The number of the newest published version (0: none yet). */
  @Column({ name: 'latest_version', type: 'integer', default: 0 })
  latestVersion: number;

  /** The version this instrument was forked from (its lineage), if any. */
  @Column({ name: 'forked_from_version_id', type: 'uuid', nullable: true })
  forkedFromVersionId: string | null;

  @ManyToOne(() => InstrumentVersionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'forked_from_version_id' })
  forkedFromVersion?: Relation<InstrumentVersionEntity>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  /** Random salt for the pseudonyms in the CSV export (stable per instrument, never shown). */
  @Column({ name: 'export_salt', type: 'varchar', length: 64 })
  exportSalt: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A co-author: may edit the draft, publish, and add other members as co-authors. */
@Entity('instrument_author')
export class InstrumentAuthorEntity {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: InstrumentEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @Index('IDX_instrument_author_user')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A published version: frozen. No route updates it, and a database trigger (migration
 * Instruments) refuses any UPDATE of its content, whatever the route.
 */
@Entity('instrument_version')
@Index('UQ_instrument_version_number', ['instrumentId', 'number'], { unique: true })
export class InstrumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: InstrumentEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  definition: InstrumentDefinition;

  @Column({ type: 'text' })
  changelog: string;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: UserEntity;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}

/** A comment on the draft, on one item (`itemId`) or on the instrument as a whole (null). */
@Entity('instrument_comment')
@Index('IDX_instrument_comment_instrument', ['instrumentId', 'createdAt'])
@Index('UQ_instrument_comment_client', ['authorId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class InstrumentCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: InstrumentEntity;

  @Column({ name: 'item_id', type: 'varchar', length: 40, nullable: true })
  itemId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * Monitoring of one family's (multiple) alliance with one published version, under a
 * de-identified case code. Never a client's name: the code and notes pass the privacy guard.
 */
@Entity('monitoring_track')
@Index('IDX_track_community', ['communityId', 'createdAt'])
@Index('IDX_track_instrument', ['instrumentId'])
@Index('UQ_track_client', ['createdById', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class MonitoringTrackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: InstrumentEntity;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => InstrumentVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: InstrumentVersionEntity;

  /** De-identified, e.g. "SWAG-2026-014". */
  @Column({ name: 'case_code', type: 'varchar', length: 40 })
  caseCode: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** Overrides the instrument's split-alliance spread for this track. */
  @Column({ name: 'split_spread', type: 'double precision', nullable: true })
  splitSpread: number | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A respondent on a track: a role ("moeder", "jongere", "gezinswerker"), not a person. */
@Entity('track_respondent')
@Index('IDX_track_respondent_track', ['trackId', 'position'])
export class TrackRespondentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => MonitoringTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: MonitoringTrackEntity;

  @Column({ type: 'varchar', length: 60 })
  label: string;

  @Column({ type: 'varchar', length: 20 })
  kind: RespondentKind;

  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export enum ResponseSource {
  APP = 'APP',
  LINK = 'LINK',
}

/** One respondent's filled-in form for one session, with its scores computed when stored. */
@Entity('instrument_response')
@Index('UQ_response_respondent_session', ['respondentId', 'sessionNumber'], { unique: true })
@Index('IDX_response_track', ['trackId', 'sessionNumber'])
@Index('IDX_response_version', ['versionId', 'sessionNumber'])
@Index('UQ_response_client', ['trackId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class InstrumentResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => MonitoringTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: MonitoringTrackEntity;

  @Column({ name: 'respondent_id', type: 'uuid' })
  respondentId: string;

  @ManyToOne(() => TrackRespondentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'respondent_id' })
  respondent?: TrackRespondentEntity;

  /** The track's version (kept here for the aggregates across tracks). */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => InstrumentVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: InstrumentVersionEntity;

  @Column({ name: 'session_number', type: 'integer' })
  sessionNumber: number;

  @Column({ name: 'session_date', type: 'date', nullable: true })
  sessionDate: string | null;

  @Column({ type: 'jsonb' })
  answers: Answers;

  @Column({ type: 'jsonb' })
  scores: Scores;

  @Column({ type: 'varchar', length: 10 })
  source: ResponseSource;

  @Column({ name: 'entered_by_id', type: 'uuid', nullable: true })
  enteredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by_id' })
  enteredBy?: UserEntity;

  /** Generated by the client once per entry: a retried request is stored once. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/**
 * A personal link for one respondent and one session: no account needed, it expires, it shows only
 * that form, and it can be used once. Only the SHA-256 of its token is stored.
 */
@Entity('respondent_link')
@Index('UQ_respondent_link_token', ['tokenHash'], { unique: true })
@Index('IDX_respondent_link_track', ['trackId'])
export class RespondentLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => MonitoringTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: MonitoringTrackEntity;

  @Column({ name: 'respondent_id', type: 'uuid' })
  respondentId: string;

  @ManyToOne(() => TrackRespondentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'respondent_id' })
  respondent?: TrackRespondentEntity;

  @Column({ name: 'session_number', type: 'integer' })
  sessionNumber: number;

  @Column({ name: 'session_date', type: 'date', nullable: true })
  sessionDate: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const INSTRUMENT_ENTITIES = [
  InstrumentEntity,
  InstrumentAuthorEntity,
  InstrumentVersionEntity,
  InstrumentCommentEntity,
  MonitoringTrackEntity,
  TrackRespondentEntity,
  InstrumentResponseEntity,
  RespondentLinkEntity,
];
