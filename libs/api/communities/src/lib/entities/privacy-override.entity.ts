import { Column, CreateDateColumn, Entity, EntityManager, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
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

/**
 * Keeps the overrides an author gave for the privacy findings of a stored text (what `assertPrivacy`
 * returned as used), in the same transaction as the text.
 */
export async function recordPrivacyOverrides(
  m: EntityManager,
  subjectType: string,
  subjectId: string,
  userId: string | null,
  overrides: readonly { kind: string; text: string; reason: string }[],
): Promise<void> {
  if (!overrides.length) return;
  await m.getRepository(PrivacyOverrideEntity).insert(overrides.map((o) => ({ subjectType, subjectId, kind: o.kind, text: o.text.slice(0, 200), reason: o.reason.trim(), userId })));
}
