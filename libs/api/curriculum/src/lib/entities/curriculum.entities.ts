import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';

@Entity('level')
export class LevelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'smallint', unique: true })
  number: number;

  @Column({ name: 'name_nl', type: 'varchar', length: 120 })
  nameNl: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ name: 'description_nl', type: 'text' })
  descriptionNl: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;
}

@Entity('qualification')
export class QualificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** B1..B9, M1..M9 */
  @Column({ type: 'varchar', length: 8, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 10 })
  degree: 'BACHELOR' | 'MASTER';

  @Column({ type: 'smallint' })
  number: number;

  @Column({ name: 'text_nl', type: 'text' })
  textNl: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;
}

@Entity('dublin_descriptor')
export class DublinDescriptorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'smallint', unique: true })
  number: number;

  @Column({ name: 'name_nl', type: 'varchar', length: 120 })
  nameNl: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @ManyToMany(() => QualificationEntity)
  @JoinTable({
    name: 'dublin_descriptor_qualification',
    joinColumn: { name: 'dublin_descriptor_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'qualification_id', referencedColumnName: 'id' },
  })
  qualifications?: QualificationEntity[];
}

@Entity('collaboration_form')
export class CollaborationFormEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

/** A theme of the research agenda (chapter 6) that communities and, later, findings link to. */
@Entity('research_theme')
export class ResearchThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'name_nl', type: 'varchar', length: 160 })
  nameNl: string;

  @Column({ name: 'name_en', type: 'varchar', length: 160 })
  nameEn: string;
}
