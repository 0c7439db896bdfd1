import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DegreeEnum {
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
}
registerEnumType(DegreeEnum, { name: 'Degree' });

@ObjectType('Level', { description: 'A study level of the learning line (1-3 bachelor, 4 professional master).' })
export class LevelModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String, { description: 'In the language of the request (Accept-Language).' }) name: string;
  @Field(() => String) description: string;
}

@ObjectType('Qualification', { description: 'An end qualification of Betekenisvol Samenwerken.' })
export class QualificationModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'B1..B9 or M1..M9' }) code: string;
  @Field(() => DegreeEnum) degree: DegreeEnum;
  @Field(() => Int) number: number;
  @Field(() => String) text: string;
}

@ObjectType('DublinDescriptor')
export class DublinDescriptorModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String) name: string;
  @Field(() => [String], { description: 'Codes of the bachelor qualifications it maps to.' }) qualificationCodes: string[];
}

@ObjectType('CollaborationForm', { description: 'One of the eight forms of collaboration (chapter 3).' })
export class CollaborationFormModel {
  @Field(() => ID) id: string;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => Int) position: number;
}

@ObjectType('ResearchTheme', { description: 'A theme of the research agenda (chapter 6) a community can follow.' })
export class ResearchThemeModel {
  @Field(() => ID) id: string;
  @Field(() => String) code: string;
  @Field(() => String, { description: 'In the language of the request (Accept-Language).' }) name: string;
  @Field(() => Int) position: number;
}
