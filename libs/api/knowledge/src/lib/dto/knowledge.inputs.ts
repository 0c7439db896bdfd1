import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PrivacyOverrideInput } from '@kennislijn/api-communities';
import { EVIDENCE_LEVELS, KNOWLEDGE_TYPES, THEORY_THEMES } from '@kennislijn/shared-domain';
import { EvidenceLevelEnum, KnowledgeTypeEnum, TheoryThemeEnum } from '../models/knowledge.models';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType()
export class CitationInput {
  @Field(() => [String], { description: '"Achternaam, V." per author.' })
  @ArrayMaxSize(50, { message: 'validation.tooMany|max=50' })
  @IsString({ each: true, message: 'validation.invalid' })
  @MaxLength(120, { each: true, message: 'validation.tooLong|max=120' })
  authors: string[];

  @Field(() => Int)
  @IsInt({ message: 'knowledge.citationYear' })
  @Min(1800, { message: 'knowledge.citationYear' })
  @Max(2100, { message: 'knowledge.citationYear' })
  year: number;

  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(3, { message: 'validation.tooShort|min=3' }) @MaxLength(400, { message: 'validation.tooLong|max=400' }) title: string;
  @Field(() => String, { nullable: true, description: 'Journal, book or publisher.' }) @Transform(blankToNull) @IsOptional() @IsString() @MaxLength(300, { message: 'validation.tooLong|max=300' }) container?: string | null;
  @Field(() => String, { nullable: true }) @Transform(blankToNull) @IsOptional() @IsString() @MaxLength(20, { message: 'validation.tooLong|max=20' }) volume?: string | null;
  @Field(() => String, { nullable: true }) @Transform(blankToNull) @IsOptional() @IsString() @MaxLength(20, { message: 'validation.tooLong|max=20' }) issue?: string | null;
  @Field(() => String, { nullable: true }) @Transform(blankToNull) @IsOptional() @IsString() @MaxLength(30, { message: 'validation.tooLong|max=30' }) pages?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 10.1037/h0085885 (a https://doi.org/ prefix is removed).' }) @Transform(blankToNull) @IsOptional() @IsString() @MaxLength(200) doi?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) address of the source.' }) @Transform(blankToNull) @IsOptional() @IsString() @MaxLength(1000) url?: string | null;
}

@InputType()
export class FindingInput {
  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(3, { message: 'validation.tooShort|min=3' }) @MaxLength(2000, { message: 'validation.tooLong|max=2000' }) studyDesign: string;
  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(3, { message: 'validation.tooShort|min=3' }) @MaxLength(2000, { message: 'validation.tooLong|max=2000' }) sample: string;
  @Field(() => String, { description: 'What this means for practice, in plain language.' })
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @MinLength(20, { message: 'validation.tooShort|min=20' })
  @MaxLength(5000, { message: 'validation.tooLong|max=5000' })
  practiceImplications: string;
}

@InputType()
export class KnowledgeContentInput {
  @Field(() => KnowledgeTypeEnum) @IsIn(KNOWLEDGE_TYPES, { message: 'validation.enum' }) type: string;
  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(5, { message: 'validation.tooShort|min=5' }) @MaxLength(200, { message: 'validation.tooLong|max=200' }) title: string;
  @Field(() => String, { description: 'Markdown.' }) @IsString({ message: 'validation.required' }) @MinLength(20, { message: 'validation.tooShort|min=20' }) @MaxLength(20000, { message: 'validation.tooLong|max=20000' }) summary: string;
  @Field(() => CitationInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CitationInput) citation?: CitationInput | null;
  @Field(() => EvidenceLevelEnum) @IsIn(EVIDENCE_LEVELS, { message: 'validation.enum' }) evidenceLevel: string;
  @Field(() => FindingInput, { nullable: true, description: 'Research findings: design, sample and what it means for practice.' }) @IsOptional() @ValidateNested() @Type(() => FindingInput) finding?: FindingInput | null;
  @Field(() => [String], { nullable: true, description: 'B1-B9, M1-M9.' }) @IsOptional() @ArrayMaxSize(18) @IsString({ each: true }) qualificationCodes?: string[] | null;
  @Field(() => [Int], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @IsInt({ each: true, message: 'validation.level' }) @Min(1, { each: true, message: 'validation.level' }) @Max(4, { each: true, message: 'validation.level' }) levels?: number[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(8) @IsString({ each: true }) collaborationFormCodes?: string[] | null;
  @Field(() => [TheoryThemeEnum], { nullable: true }) @IsOptional() @IsIn(THEORY_THEMES, { each: true, message: 'validation.enum' }) theoryThemes?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(6) @IsString({ each: true }) researchThemeCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20, { message: 'validation.tooMany|max=20' }) @IsString({ each: true }) @MaxLength(40, { each: true, message: 'validation.tooLong|max=40' }) tags?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true, message: 'validation.invalid' }) caseIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true, message: 'validation.invalid' }) instrumentIds?: string[] | null;
  @Field(() => [PrivacyOverrideInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PrivacyOverrideInput) privacyOverrides?: PrivacyOverrideInput[] | null;
}

@InputType()
export class CreateKnowledgeInput extends KnowledgeContentInput {
  @Field(() => ID, { nullable: true, description: 'The community it belongs to; null: site-wide (curators).' }) @IsOptional() @IsUUID('all', { message: 'validation.invalid' }) communityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'validation.invalid' }) clientId?: string | null;
}

@InputType()
export class LearningLineTextInput {
  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(10, { message: 'validation.tooShort|min=10' }) @MaxLength(5000, { message: 'validation.tooLong|max=5000' }) textNl: string;
  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(10, { message: 'validation.tooShort|min=10' }) @MaxLength(5000, { message: 'validation.tooLong|max=5000' }) textEn: string;
  @Field(() => String, { description: 'Why the line changes (kept in the history).' }) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(5, { message: 'validation.tooShort|min=5' }) @MaxLength(2000) changeNote: string;
}

