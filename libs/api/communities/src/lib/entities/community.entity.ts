import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kennislijn/api-accounts';
import { ResearchThemeEntity } from '@kennislijn/api-curriculum';

export enum CommunityVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

export enum JoinPolicy {
  OPEN = 'OPEN',
  REQUEST = 'REQUEST',
  INVITE = 'INVITE',
}

export enum CommunityRole {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  OWNER = 'OWNER',
}

@Entity('community')
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_community_slug', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Markdown; rendered sanitised. */
  @Column({ type: 'text', default: '' })
  description: string;

  /** Community guidelines (Markdown); rendered sanitised. */
  @Column({ type: 'text', default: '' })
  guidelines: string;

  /** Free theme tags, lower-cased. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @ManyToMany(() => ResearchThemeEntity)
  @JoinTable({
    name: 'community_research_theme',
    joinColumn: { name: 'community_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'research_theme_id', referencedColumnName: 'id' },
  })
  researchThemes?: ResearchThemeEntity[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ type: 'enum', enum: CommunityVisibility, enumName: 'community_visibility', default: CommunityVisibility.PRIVATE })
  visibility: CommunityVisibility;

  @Column({ name: 'join_policy', type: 'enum', enum: JoinPolicy, enumName: 'join_policy', default: JoinPolicy.REQUEST })
  joinPolicy: JoinPolicy;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}

@Entity('community_member')
export class CommunityMemberEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @Index('IDX_community_member_user')
  userId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: CommunityRole, enumName: 'community_role', default: CommunityRole.MEMBER })
  role: CommunityRole;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
