import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { CommunityEntity } from '@kennislijn/api-communities';
import { CollaborationFormEntity, LevelEntity, QualificationEntity, ResearchThemeEntity } from '@kennislijn/api-curriculum';
import type { Citation, EvidenceLevel, FindingDetails, KnowledgeType, TheoryTheme } from '@kennislijn/shared-domain';

/**
 * A knowledge item of the living learning line. It belongs to a community (and follows its
 * visibility) or is site-wide (`communityId` null, kept by curators). Every edit keeps a revision.
 */
@Entity('knowledge_item')
@Index('IDX_knowledge_community_updated', ['communityId', 'updatedAt'])
@Index('UQ_knowledge_client', ['authorId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class KnowledgeItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null: site-wide. */
  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 30 })
  type: KnowledgeType;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown (rendered sanitised). */
  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb', nullable: true })
  citation: Citation | null;

  @Column({ name: 'evidence_level', type: 'varchar', length: 20 })
  evidenceLevel: EvidenceLevel;

  /** Research findings: study design, sample and "what this means for practice". */
  @Column({ type: 'jsonb', nullable: true })
  finding: FindingDetails | null;

  @Column({ name: 'theory_themes', type: 'text', array: true, default: () => "'{}'" })
  theoryThemes: TheoryTheme[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @ManyToMany(() => QualificationEntity)
  @JoinTable({ name: 'knowledge_item_qualification', joinColumn: { name: 'item_id', referencedColumnName: 'id' }, inverseJoinColumn: { name: 'qualification_id', referencedColumnName: 'id' } })
  qualifications?: QualificationEntity[];

  @ManyToMany(() => LevelEntity)
  @JoinTable({ name: 'knowledge_item_level', joinColumn: { name: 'item_id', referencedColumnName: 'id' }, inverseJoinColumn: { name: 'level_id', referencedColumnName: 'id' } })
  levels?: LevelEntity[];

  @ManyToMany(() => CollaborationFormEntity)
  @JoinTable({ name: 'knowledge_item_collaboration_form', joinColumn: { name: 'item_id', referencedColumnName: 'id' }, inverseJoinColumn: { name: 'collaboration_form_id', referencedColumnName: 'id' } })
  collaborationForms?: CollaborationFormEntity[];

  @ManyToMany(() => ResearchThemeEntity)
  @JoinTable({ name: 'knowledge_item_research_theme', joinColumn: { name: 'item_id', referencedColumnName: 'id' }, inverseJoinColumn: { name: 'research_theme_id', referencedColumnName: 'id' } })
  researchThemes?: ResearchThemeEntity[];

  /** Cases (in the item's community) and instruments it relates to; ids, checked when stored. */
  @Column({ name: 'case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  caseIds: string[];

  @Column({ name: 'instrument_ids', type: 'uuid', array: true, default: () => "'{}'" })
  instrumentIds: string[];

  /** A lesson learned promoted from a resolved case. */
  @Column({ name: 'source_case_id', type: 'uuid', nullable: true })
  sourceCaseId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The number of the newest revision (1 after creation). */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Everything an item said at one revision, with who changed it and why. */
@Entity('knowledge_revision')
@Index('UQ_knowledge_revision_number', ['itemId', 'number'], { unique: true })
export class KnowledgeRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => KnowledgeItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: KnowledgeItemEntity;

  @Column({ type: 'integer' })
  number: number;

  /** The item's fields and links (codes) at this revision. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'change_note', type: 'text' })
  changeNote: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** An edit of the learning line itself (a qualification's or a level's texts), kept as history. */
@Entity('learning_line_revision')
@Index('IDX_learning_line_revision_subject', ['subjectType', 'subjectId', 'number'], { unique: true })
export class LearningLineRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** QUALIFICATION or LEVEL. */
  @Column({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType: 'QUALIFICATION' | 'LEVEL';

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'integer' })
  number: number;

  /** The texts before this edit and after it. */
  @Column({ type: 'jsonb' })
  before: Record<string, string>;

  @Column({ type: 'jsonb' })
  after: Record<string, string>;

  @Column({ name: 'change_note', type: 'text' })
  changeNote: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const KNOWLEDGE_ENTITIES = [KnowledgeItemEntity, KnowledgeRevisionEntity, LearningLineRevisionEntity];
