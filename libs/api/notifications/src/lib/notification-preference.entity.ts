import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';

/** How a person wants e-mail about one community's notifications. */
export enum EmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NEVER = 'NEVER',
}

/** Without a row the default applies (DEFAULT_EMAIL_FREQUENCY). */
export const DEFAULT_EMAIL_FREQUENCY = EmailFrequency.DAILY;

@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'varchar', length: 10 })
  email: EmailFrequency;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** When a person last got a digest of each frequency. */
@Entity('notification_digest')
export class NotificationDigestEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  frequency: EmailFrequency;

  @Column({ name: 'last_sent_at', type: 'timestamptz' })
  lastSentAt: Date;
}
