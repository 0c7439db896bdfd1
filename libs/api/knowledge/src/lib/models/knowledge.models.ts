import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EVIDENCE_LEVELS, KNOWLEDGE_TYPES, THEORY_THEMES } from '@kennislijn/shared-domain';
import { enumOf } from '@kennislijn/api-core';

export const KnowledgeTypeEnum = enumOf(KNOWLEDGE_TYPES);
export const EvidenceLevelEnum = enumOf(EVIDENCE_LEVELS);
export const TheoryThemeEnum = enumOf(THEORY_THEMES);
registerEnumType(KnowledgeTypeEnum, { name: 'KnowledgeType' });
registerEnumType(EvidenceLevelEnum, { name: 'EvidenceLevel', description: 'EFFECTIVE (according to research), PROMISING, PRACTICE_BASED, THEORY.' });
registerEnumType(TheoryThemeEnum, { name: 'TheoryTheme', description: 'The theoretical build-up of section 5.4.' });

@ObjectType('Citation')
export class CitationModel {
  @Field(() => [String]) authors: string[];
  @Field(() => Int) year: number;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) container: string | null;
  @Field(() => String, { nullable: true }) volume: string | null;
  @Field(() => String, { nullable: true }) issue: string | null;
  @Field(() => String, { nullable: true }) pages: string | null;
  @Field(() => String, { nullable: true }) doi: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
}

@ObjectType('FindingDetails')
export class FindingModel {
  @Field(() => String) studyDesign: string;
  @Field(() => String) sample: string;
  @Field(() => String, { description: 'What this means for practice, in plain language.' }) practiceImplications: string;
}

@ObjectType('KnowledgeItem')
export class KnowledgeItemModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null for a site-wide item.' }) communityId: string | null;
  @Field(() => KnowledgeTypeEnum) type: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'Markdown.' }) summary: string;
  @Field(() => CitationModel, { nullable: true }) citation: CitationModel | null;
  @Field(() => EvidenceLevelEnum) evidenceLevel: string;
  @Field(() => FindingModel, { nullable: true }) finding: FindingModel | null;
  @Field(() => [TheoryThemeEnum]) theoryThemes: string[];
  @Field(() => [String]) tags: string[];
  @Field(() => Int, { description: 'The newest revision; send it back as expectedRevision when you edit.' }) revision: number;
  @Field(() => ID, { nullable: true, description: 'The resolved case a lesson learned was promoted from.' }) sourceCaseId: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('KnowledgeRevision')
export class KnowledgeRevisionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String) changeNote: string;
  @Field(() => Date) createdAt: Date;
  authorId: string | null;
}

@ObjectType('KnowledgeFieldChange')
export class KnowledgeFieldChangeModel {
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true, description: 'Text, or JSON for lists and objects.' }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType('LinkedTitle', { description: 'A linked case or instrument the viewer may read.' })
export class LinkedTitleModel {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
}

@ObjectType('MapItem')
export class MapItemModel {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => KnowledgeTypeEnum) type: string;
}

@ObjectType('LearningLineCell', { description: 'One qualification at one level, with what covers it (as far as you may see).' })
export class LearningLineCellModel {
  @Field(() => String) qualificationCode: string;
  @Field(() => Int) level: number;
  @Field(() => Int) knowledgeCount: number;
  @Field(() => Int) caseCount: number;
  @Field(() => Int, { description: 'Published instruments linked through the knowledge items of the cell.' }) instrumentCount: number;
  @Field(() => Int, { description: 'Sessions (not cancelled) whose linked cases or knowledge items are in the cell.' }) sessionCount: number;
  @Field(() => Boolean, { description: 'Nothing covers this cell yet.' }) gap: boolean;
  @Field(() => [MapItemModel], { description: 'Up to five knowledge items.' }) items: MapItemModel[];
}

@ObjectType('LearningLineRevision')
export class LearningLineRevisionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String) beforeNl: string;
  @Field(() => String) afterNl: string;
  @Field(() => String) beforeEn: string;
  @Field(() => String) afterEn: string;
  @Field(() => String) changeNote: string;
  @Field(() => Date) createdAt: Date;
  authorId: string | null;
}
