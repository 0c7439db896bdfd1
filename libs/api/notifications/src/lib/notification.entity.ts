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
}

@Entity('notification')
@Index('IDX_notification_user_created', ['userId', 'createdAt', 'id'])
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
