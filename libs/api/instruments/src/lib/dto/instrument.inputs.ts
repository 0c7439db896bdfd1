import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PrivacyOverrideInput } from '@kennislijn/api-communities';
import { InstrumentItemType, RespondentKindEnum, ScoreMethodEnum, ThresholdKindEnum } from '../models/instrument.models';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// Definitions are checked as a whole by validateDefinition (shared with the web app's editor);
// these inputs only carry them. `@Allow` keeps each field through the whitelisting pipe.

@InputType()
export class ChoiceOptionInput {
  @Field(() => String) @Allow() id: string;
  @Field(() => String) @Allow() label: string;
  @Field(() => Float, { nullable: true }) @Allow() score?: number | null;
}

@InputType()
export class InstrumentItemInput {
  @Field(() => InstrumentItemType) @Allow() type: string;
  @Field(() => String) @Allow() text: string;
  @Field(() => String, { nullable: true }) @Allow() help?: string | null;
  @Field(() => Int, { nullable: true, description: 'LIKERT: 2-11.' }) @Allow() points?: number | null;
  @Field(() => [String], { nullable: true, description: 'LIKERT: one per point; VAS: the two anchors.' }) @Allow() labels?: string[] | null;
  @Field(() => [ChoiceOptionInput], { nullable: true }) @Allow() options?: ChoiceOptionInput[] | null;
  @Field(() => Boolean, { defaultValue: false }) @Allow() reverse: boolean;
  @Field(() => String, { nullable: true }) @Allow() subscaleId?: string | null;
  @Field(() => Boolean, { defaultValue: true }) @Allow() required: boolean;
}

@InputType()
export class SubscaleInput {
  @Field(() => String) @Allow() id: string;
  @Field(() => String) @Allow() name: string;
  @Field(() => ScoreMethodEnum) @Allow() method: string;
}

@InputType()
export class ThresholdInput {
  @Field(() => String) @Allow() id: string;
  @Field(() => String, { description: 'TOTAL or a subscale id.' }) @Allow() scope: string;
  @Field(() => ThresholdKindEnum) @Allow() kind: string;
  @Field(() => Float) @Allow() value: number;
  @Field(() => String) @Allow() label: string;
}

@InputType()
export class ReferenceLineInput {
  @Field(() => String) @Allow() id: string;
  @Field(() => String) @Allow() scope: string;
  @Field(() => Float) @Allow() value: number;
  @Field(() => String) @Allow() label: string;
}

@InputType()
export class ScoringInput {
  @Field(() => [SubscaleInput]) @Allow() subscales: SubscaleInput[];
  @Field(() => ScoreMethodEnum, { nullable: true }) @Allow() total?: string | null;
  @Field(() => [ThresholdInput]) @Allow() thresholds: ThresholdInput[];
  @Field(() => [ReferenceLineInput]) @Allow() referenceLines: ReferenceLineInput[];
  @Field(() => Float, { nullable: true }) @Allow() splitSpread?: number | null;
}

@InputType()
export class InstrumentMetaInput {
  @Field(() => String) @Transform(trim) @Allow() title: string;
  @Field(() => String, { description: 'Markdown.' }) @Allow() purpose: string;
  @Field(() => [RespondentKindEnum]) @Allow() respondents: string[];
}

@InputType()
export class AnswerInput {
  @Field(() => String) @IsString({ message: 'validation.invalid' }) @MaxLength(40, { message: 'validation.invalid' }) itemId: string;
  @Field(() => Float, { nullable: true, description: 'LIKERT and VAS.' }) @Allow() value?: number | null;
  @Field(() => String, { nullable: true, description: 'SINGLE_CHOICE: the option id.' }) @Allow() choice?: string | null;
  @Field(() => String, { nullable: true, description: 'OPEN_TEXT.' }) @Allow() text?: string | null;
}

@InputType()
export class RespondentInput {
  @Field(() => String, { description: 'A role, never a name: "moeder", "jongere", "gezinswerker", "leerkracht".' })
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @MinLength(2, { message: 'validation.tooShort|min=2' })
  @MaxLength(60, { message: 'validation.tooLong|max=60' })
  label: string;

  @Field(() => RespondentKindEnum) @Allow() kind: string;
}

@InputType()
export class CreateTrackInput {
  @Field(() => ID) @IsUUID('all', { message: 'validation.invalid' }) instrumentId: string;

  @Field(() => Int, { description: 'The published version to use.' }) @IsInt({ message: 'validation.invalid' }) @Min(1, { message: 'validation.invalid' }) versionNumber: number;

  @Field(() => String, { description: 'De-identified case code, e.g. SWAG-2026-014: letters, digits, dot, dash.' })
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/, { message: 'instrument.caseCodeFormat' })
  caseCode: string;

  @Field(() => String, { nullable: true, description: 'Notes without identifying details (Markdown).' })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(5000, { message: 'validation.tooLong|max=5000' })
  notes?: string | null;

  @Field(() => Float, { nullable: true, description: 'Overrides the instrument’s split-alliance spread.' })
  @IsOptional()
  @Min(0.01, { message: 'instrument.splitSpreadPositive' })
  splitSpread?: number | null;

  @Field(() => [RespondentInput])
  @ValidateNested({ each: true })
  @Type(() => RespondentInput)
  @ArrayMaxSize(20, { message: 'validation.tooMany|max=20' })
  respondents: RespondentInput[];

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'validation.invalid' }) clientId?: string | null;

  @Field(() => [PrivacyOverrideInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PrivacyOverrideInput) privacyOverrides?: PrivacyOverrideInput[] | null;
}

@InputType()
export class RecordResponseInput {
  @Field(() => ID) @IsUUID('all', { message: 'validation.invalid' }) trackId: string;
  @Field(() => ID) @IsUUID('all', { message: 'validation.invalid' }) respondentId: string;
  @Field(() => Int) @IsInt({ message: 'validation.invalid' }) @Min(1, { message: 'instrument.sessionNumber' }) @Max(1000, { message: 'instrument.sessionNumber' }) sessionNumber: number;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'instrument.sessionDate' }) sessionDate?: string | null;
  @Field(() => [AnswerInput]) @ValidateNested({ each: true }) @Type(() => AnswerInput) @ArrayMaxSize(200, { message: 'validation.tooMany|max=200' }) answers: AnswerInput[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'validation.invalid' }) clientId?: string | null;
  @Field(() => [PrivacyOverrideInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PrivacyOverrideInput) privacyOverrides?: PrivacyOverrideInput[] | null;
}

@InputType()
export class CreateRespondentLinkInput {
  @Field(() => ID) @IsUUID('all', { message: 'validation.invalid' }) trackId: string;
  @Field(() => ID) @IsUUID('all', { message: 'validation.invalid' }) respondentId: string;
  @Field(() => Int) @IsInt({ message: 'validation.invalid' }) @Min(1, { message: 'instrument.sessionNumber' }) @Max(1000, { message: 'instrument.sessionNumber' }) sessionNumber: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'instrument.sessionDate' }) sessionDate?: string | null;
  @Field(() => Int, { defaultValue: 72, description: 'How long the link works, in hours (1 to 720).' })
  @IsInt({ message: 'validation.invalid' })
  @Min(1, { message: 'instrument.linkHours' })
  @Max(720, { message: 'instrument.linkHours' })
  validHours: number;
}
