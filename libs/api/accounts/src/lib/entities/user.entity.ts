import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProfileRole, SiteRole } from '@kennislijn/shared-domain';

@Entity('user_account')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('UQ_user_account_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName: string;

  /** Null only after the account was deleted. */
  @Column({ type: 'enum', enum: ProfileRole, enumName: 'profile_role', nullable: true })
  role: ProfileRole | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  organisation: string | null;

  /** Study level 1-4, students only. */
  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  /** May keep the learning line and the site-wide knowledge base (a lecturer's curator permission). */
  @Column({ name: 'is_curator', type: 'boolean', default: false })
  isCurator: boolean;

  @Column({ name: 'site_role', type: 'enum', enum: SiteRole, enumName: 'site_role', default: SiteRole.USER })
  siteRole: SiteRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set when the person deleted their account: personal fields are erased, the row stays for authorship. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
