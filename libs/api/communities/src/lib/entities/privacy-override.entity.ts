import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';

/** An author's statement that a privacy finding is a false positive (never possible for a BSN). */
@Entity('privacy_override')
@Index('IDX_privacy_override_subject', ['subjectType', 'subjectId'])
export class PrivacyOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** The text the guard flagged, as the author confirmed it (it is stored in the content anyway). */
  @Column({ type: 'varchar', length: 200 })
  text: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
