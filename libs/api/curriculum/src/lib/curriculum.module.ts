import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculumResolver } from './curriculum.resolver';
import { CollaborationFormEntity, DublinDescriptorEntity, LevelEntity, QualificationEntity, ResearchThemeEntity } from './entities/curriculum.entities';
import { ReferenceDataSeeder } from './reference-data.seeder';

@Module({
  imports: [TypeOrmModule.forFeature([LevelEntity, QualificationEntity, DublinDescriptorEntity, CollaborationFormEntity, ResearchThemeEntity])],
  providers: [CurriculumResolver, ReferenceDataSeeder],
  exports: [ReferenceDataSeeder],
})
export class CurriculumModule {}
