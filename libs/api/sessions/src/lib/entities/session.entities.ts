import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommunityEntity } from '@kennislijn/api-communities';
import type { MethodStep } from '@kennislijn/shared-sessions';

export const SESSION_STATUSES = ['PLANNED', 'LIVE', 'CLOSED', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const RSVP_STATUSES = ['GOING', 'MAYBE', 'NOT_GOING', 'WAITLIST'] as const;
export type RsvpStatusValue = (typeof RSVP_STATUSES)[number];

/**
 * A case-discussion method as data: ordered steps with who acts, a timebox, a prompt and the kind of
 * output. Shipped methods have no community (seeded from libs/shared/sessions); moderators add their own.
 */
@Entity('session_method')
@Index('UQ_session_method_code', ['communityId', 'code'], { unique: true, where: '"community_id" IS NOT NULL' })
@Index('UQ_session_method_shipped_code', ['code'], { unique: true, where: '"community_id" IS NULL' })
export class SessionMethodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'name_nl', type: 'varchar', length: 120 })
  nameNl: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ name: 'summary_nl', type: 'text', default: '' })
  summaryNl: string;

  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn: string;

  @Column({ type: 'jsonb' })
  steps: MethodStep[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/**
 * A themed session of a community. The method's steps are copied in when it is planned, so a later
 * change to the method never changes a session that ran. `stateSeq` grows with every change of the
 * live state (status, step), so a client that reloads or reconnects knows whether it is current.
 */
@Entity('community_session')
@Index('IDX_session_community_starts', ['communityId', 'startsAt'])
@Index('IDX_session_starts', ['startsAt'])
@Index('UQ_session_client', ['createdById', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  /** A research-agenda theme (research_theme.code), or null with a free theme in themeText. */
  @Column({ name: 'theme_code', type: 'varchar', length: 40, nullable: true })
  themeCode: string | null;

  @Column({ name: 'theme_text', type: 'varchar', length: 160, default: '' })
  themeText: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 300, default: '' })
  location: string;

  @Column({ name: 'online_url', type: 'varchar', length: 1000, nullable: true })
  onlineUrl: string | null;

  /** null: no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'method_id', type: 'uuid', nullable: true })
  methodId: string | null;

  @Column({ name: 'method_name', type: 'varchar', length: 120, default: '' })
  methodName: string;

  @Column({ name: 'method_steps', type: 'jsonb', default: () => "'[]'" })
  methodSteps: MethodStep[];

  @Column({ name: 'case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  caseIds: string[];

  @Column({ name: 'knowledge_ids', type: 'uuid', array: true, default: () => "'{}'" })
  knowledgeIds: string[];

  @Column({ name: 'instrument_ids', type: 'uuid', array: true, default: () => "'{}'" })
  instrumentIds: string[];

  @Column({ type: 'varchar', length: 12, default: 'PLANNED' })
  status: SessionStatus;

  /** Index in methodSteps; -1 before the start. */
  @Column({ name: 'current_step', type: 'integer', default: -1 })
  currentStep: number;

  @Column({ name: 'step_started_at', type: 'timestamptz', precision: 3, nullable: true })
  stepStartedAt: Date | null;

  @Column({ name: 'state_seq', type: 'integer', default: 0 })
  stateSeq: number;

  @Column({ type: 'text', nullable: true })
  outcomes: string | null;

  /** The lesson-learned knowledge item made from the outcomes. */
  @Column({ name: 'lesson_item_id', type: 'uuid', nullable: true })
  lessonItemId: string | null;

  /** iCalendar SEQUENCE: grows with every change calendar programs should pick up. */
  @Column({ name: 'ical_sequence', type: 'integer', default: 0 })
  icalSequence: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One person's answer. `requestedAt` is when they first asked for a seat: the waiting list's order. */
@Entity('session_rsvp')
@Index('IDX_session_rsvp_user', ['userId'])
export class SessionRsvpEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column({ type: 'varchar', length: 12 })
  status: RsvpStatusValue;

  @Column({ name: 'requested_at', type: 'timestamptz', precision: 3 })
  requestedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** The shared notes of one step, written together live; `rev` is the version check. */
@Entity('session_note')
export class SessionNoteEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'step_key', type: 'varchar', length: 40 })
  stepKey: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'integer', default: 0 })
  rev: number;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Who was in the live room (recorded when they join it while the session is live). */
@Entity('session_attendance')
@Index('IDX_session_attendance_user', ['userId'])
export class SessionAttendanceEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column({ name: 'first_seen_at', type: 'timestamptz', precision: 3 })
  firstSeenAt: Date;
}

/** A person's secret calendar feed address (only the SHA-256 of the token is stored). */
@Entity('calendar_feed_token')
export class CalendarFeedTokenEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('UQ_calendar_feed_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A reminder that went out (DAY or HOUR before): claimed once, so several instances send it once. */
@Entity('session_reminder')
export class SessionReminderEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  kind: 'DAY' | 'HOUR';

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz', precision: 3 })
  sentAt: Date;
}

/** A quick round in the live room: a question with options; votes are counted, never shown per person. */
@Entity('session_poll')
@Index('IDX_session_poll_session', ['sessionId', 'createdAt'])
export class SessionPollEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  /** The step it belongs to (null: the session as a whole). */
  @Column({ name: 'step_key', type: 'varchar', length: 40, nullable: true })
  stepKey: string | null;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  @Column({ type: 'jsonb' })
  options: string[];

  @Column({ type: 'varchar', length: 8, default: 'OPEN' })
  status: 'OPEN' | 'CLOSED';

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** Raised by every vote and by closing, under the poll's row lock: results with a higher number are newer. */
  @Column({ name: 'result_seq', type: 'int', default: 0 })
  resultSeq: number;
}

/** One person's vote in a quick round (changeable while the round is open). */
@Entity('session_poll_vote')
export class SessionPollVoteEntity {
  @PrimaryColumn({ name: 'poll_id', type: 'uuid' })
  pollId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => SessionPollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: SessionPollEntity;

  @Column({ name: 'option_index', type: 'smallint' })
  optionIndex: number;

  @UpdateDateColumn({ name: 'voted_at', type: 'timestamptz', precision: 3 })
  votedAt: Date;
}

export const SESSION_ENTITIES = [
  SessionMethodEntity,
  SessionEntity,
  SessionRsvpEntity,
  SessionNoteEntity,
  SessionAttendanceEntity,
  CalendarFeedTokenEntity,
  SessionReminderEntity,
  SessionPollEntity,
  SessionPollVoteEntity,
];
