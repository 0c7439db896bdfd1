import { Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GqlContext, languageFrom } from '@kennislijn/api-core';
import { Public } from '@kennislijn/api-auth';
import { CollaborationFormEntity, DublinDescriptorEntity, LevelEntity, QualificationEntity, ResearchThemeEntity } from './entities/curriculum.entities';
import { CollaborationFormModel, DegreeEnum, DublinDescriptorModel, LevelModel, QualificationModel, ResearchThemeModel } from './models/curriculum.models';

/** Reference data is public: it is the published learning line itself. */
@Resolver()
export class CurriculumResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Query(() => [LevelModel])
  async levels(@Context() ctx: GqlContext): Promise<LevelModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.dataSource.getRepository(LevelEntity).find({ order: { number: 'ASC' } });
    return rows.map((r) => ({ id: r.id, number: r.number, name: en ? r.nameEn : r.nameNl, description: en ? r.descriptionEn : r.descriptionNl }));
  }

  @Public()
  @Query(() => [QualificationModel])
  async qualifications(@Context() ctx: GqlContext): Promise<QualificationModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.dataSource.getRepository(QualificationEntity).find({ order: { degree: 'ASC', number: 'ASC' } });
    return rows.map((r) => ({ id: r.id, code: r.code, degree: r.degree as DegreeEnum, number: r.number, text: en ? r.textEn : r.textNl }));
  }

  @Public()
  @Query(() => [DublinDescriptorModel])
  async dublinDescriptors(@Context() ctx: GqlContext): Promise<DublinDescriptorModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.dataSource.getRepository(DublinDescriptorEntity).find({ relations: { qualifications: true }, order: { number: 'ASC' } });
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      name: en ? r.nameEn : r.nameNl,
      qualificationCodes: (r.qualifications ?? []).map((q) => q.code).sort(),
    }));
  }

  @Public()
  @Query(() => [CollaborationFormModel])
  async collaborationForms(@Context() ctx: GqlContext): Promise<CollaborationFormModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.dataSource.getRepository(CollaborationFormEntity).find({ order: { position: 'ASC' } });
    return rows.map((r) => ({ id: r.id, code: r.code, position: r.position, name: en ? r.nameEn : r.nameNl }));
  }

  @Public()
  @Query(() => [ResearchThemeModel])
  async researchThemes(@Context() ctx: GqlContext): Promise<ResearchThemeModel[]> {
    const en = languageFrom(ctx.req.headers['accept-language']) === 'en';
    const rows = await this.dataSource.getRepository(ResearchThemeEntity).find({ order: { position: 'ASC' } });
    return rows.map((r) => ({ id: r.id, code: r.code, position: r.position, name: en ? r.nameEn : r.nameNl }));
  }
}
