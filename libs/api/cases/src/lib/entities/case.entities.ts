import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { CommunityEntity } from '@kennislijn/api-communities';
import { CollaborationFormEntity, LevelEntity, QualificationEntity } from '@kennislijn/api-curriculum';
import { AllianceAspect, DamourConcept, ResponsePerspective } from '@kennislijn/shared-domain';

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** A collaboration dilemma from practice, de-identified (every text passed the privacy guard). */
@Entity('community_case')
@Index('IDX_case_community_created', ['communityId', 'createdAt', 'id'])
@Index('UQ_case_client', ['authorId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  @Index('IDX_case_author')
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** Shown to members as "een lid van <community>"; moderators still see the author. */
  @Column({ name: 'author_hidden', type: 'boolean', default: false })
  authorHidden: boolean;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  /** Setting and who is involved, without identifying anyone (Markdown). */
  @Column({ type: 'text' })
  context: string;

  /** The collaboration dilemma or question (Markdown). */
  @Column({ type: 'text' })
  dilemma: string;

  /** What has been tried (Markdown). */
  @Column({ type: 'text', default: '' })
  tried: string;

  @Column({ name: 'collaboration_form_id', type: 'uuid' })
  collaborationFormId: string;

  @ManyToOne(() => CollaborationFormEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collaboration_form_id' })
  collaborationForm?: CollaborationFormEntity;

  @Column({ name: 'alliance_aspects', type: 'text', array: true, default: () => "'{}'" })
  allianceAspects: AllianceAspect[];

  @Column({ name: 'damour_concepts', type: 'text', array: true, default: () => "'{}'" })
  damourConcepts: DamourConcept[];

  @ManyToMany(() => QualificationEntity)
  @JoinTable({ name: 'case_qualification', joinColumn: { name: 'case_id', referencedColumnName: 'id' }, inverseJoinColumn: { name: 'qualification_id', referencedColumnName: 'id' } })
  qualifications?: QualificationEntity[];

  @ManyToMany(() => LevelEntity)
  @JoinTable({ name: 'case_level', joinColumn: { name: 'case_id', referencedColumnName: 'id' }, inverseJoinColumn: { name: 'level_id', referencedColumnName: 'id' } })
  levels?: LevelEntity[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.OPEN })
  status: CaseStatus;

  @Column({ name: 'lessons_learned', type: 'text', nullable: true })
  lessonsLearned: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ name: 'best_response_id', type: 'uuid', nullable: true })
  bestResponseId: string | null;

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

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A response to a case, threaded one level deep (a reply has a parent that has none). */
@Entity('case_response')
@Index('IDX_case_response_case', ['caseId', 'createdAt', 'id'])
@Index('UQ_case_response_client', ['authorId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class CaseResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  /** Denormalised for policy checks and moderation. */
  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CaseResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CaseResponseEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  @Index('IDX_case_response_author')
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 30, nullable: true })
  perspective: ResponsePerspective | null;

  @Column({ type: 'text' })
  body: string;

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

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity('case_response_helpful')
export class ResponseHelpfulEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => CaseResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: CaseResponseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * An earlier version of a case, readable by moderators. When an edit removes something the
 * privacy guard finds, revisions that still contain it are deleted, so no identifying history stays.
 */
@Entity('case_revision')
@Index('IDX_case_revision_case', ['caseId', 'createdAt'])
export class CaseRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'editor_id', type: 'uuid', nullable: true })
  editorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'editor_id' })
  editor?: UserEntity;

  /** The texts as they were before the edit. */
  @Column({ type: 'jsonb' })
  snapshot: { title: string; context: string; dilemma: string; tried: string; lessonsLearned: string | null };

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
