import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';

export enum NotificationType {
  JOIN_REQUESTED = 'JOIN_REQUESTED',
  JOIN_APPROVED = 'JOIN_APPROVED',
  JOIN_DECLINED = 'JOIN_DECLINED',
  CONTENT_REPORTED = 'CONTENT_REPORTED',
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  ROLE_CHANGED = 'ROLE_CHANGED',
  INVITED = 'INVITED',
  MENTIONED = 'MENTIONED',
  REPLIED = 'REPLIED',
  SESSION_REMINDER = 'SESSION_REMINDER',
  /** A place in a full session came free and went to you (you were first on the waiting list). */
  SESSION_SEAT = 'SESSION_SEAT',
  /** A response on a monitoring track you started raised a signal (below threshold, sharp drop, split alliance). */
  TRACK_SIGNAL = 'TRACK_SIGNAL',
}

/** Whether a notification still has to go out by e-mail (per the person's preference for its community). */
export enum EmailState {
  PENDING = 'PENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
}

/** Values a notification's sentence is built from when it is read, in the reader's language. */
export interface NotificationData {
  communityName?: string;
  communitySlug?: string;
  /** Who acted; the name is looked up when read, so a deleted account shows as former member. */
  actorId?: string;
  role?: string;
  /** Free text chosen by a person (decision message, hide reason). */
  message?: string;
  /** Discussion notifications: the thread and message, and where the web app shows them. */
  threadId?: string;
  messageId?: string;
  /** Short plain-text excerpt of the message (already privacy-checked when it was stored). */
  excerpt?: string;
  /** Path in the web app. */
  link?: string;
}

@Entity('notification')
@Index('IDX_notification_user_created', ['userId', 'createdAt', 'id'])
@Index('IDX_notification_email_pending', ['userId'], { where: `"email_state" = 'PENDING'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  type: NotificationType;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: NotificationData;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'email_state', type: 'varchar', length: 10, default: EmailState.PENDING })
  emailState: EmailState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
