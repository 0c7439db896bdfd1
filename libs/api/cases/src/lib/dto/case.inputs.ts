import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PrivacyOverrideInput } from '@kennislijn/api-communities';
import { AllianceAspect, DamourConcept, ResponsePerspective } from '@kennislijn/shared-domain';

export { PrivacyOverrideInput };

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : t)).filter((t) => t !== ''))] : value;

@InputType()
export class CaseContentInput {
  @Field(() => String)
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @MinLength(5, { message: 'validation.tooShort|min=5' })
  @MaxLength(160, { message: 'validation.tooLong|max=160' })
  title: string;

  @Field(() => String, { description: 'Setting and who is involved, described without identifying anyone (Markdown).' })
  @IsString({ message: 'validation.required' })
  @MinLength(20, { message: 'validation.tooShort|min=20' })
  @MaxLength(10000, { message: 'validation.tooLong|max=10000' })
  context: string;

  @Field(() => String, { description: 'The collaboration dilemma or question (Markdown).' })
  @IsString({ message: 'validation.required' })
  @MinLength(20, { message: 'validation.tooShort|min=20' })
  @MaxLength(10000, { message: 'validation.tooLong|max=10000' })
  dilemma: string;

  @Field(() => String, { nullable: true, description: 'What has been tried (Markdown).' })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(10000, { message: 'validation.tooLong|max=10000' })
  tried?: string | null;

  @Field(() => String, { description: 'Code of one of the eight collaboration forms.' })
  @IsString({ message: 'validation.required' })
  collaborationFormCode: string;

  @Field(() => [AllianceAspect], { nullable: true })
  @IsOptional()
  @IsEnum(AllianceAspect, { each: true, message: 'validation.enum' })
  allianceAspects?: AllianceAspect[] | null;

  @Field(() => [DamourConcept], { nullable: true })
  @IsOptional()
  @IsEnum(DamourConcept, { each: true, message: 'validation.enum' })
  damourConcepts?: DamourConcept[] | null;

  @Field(() => [String], { nullable: true, description: 'B1-B9, M1-M9.' })
  @IsOptional()
  @ArrayMaxSize(18, { message: 'validation.tooMany|max=18' })
  @IsString({ each: true, message: 'validation.invalid' })
  qualificationCodes?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Levels 1-4.' })
  @IsOptional()
  @IsInt({ each: true, message: 'validation.level' })
  @Min(1, { each: true, message: 'validation.level' })
  @Max(4, { each: true, message: 'validation.level' })
  levelNumbers?: number[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(normaliseTags)
  @ArrayMaxSize(12, { message: 'validation.tooMany|max=12' })
  @IsString({ each: true, message: 'validation.tag' })
  @MinLength(2, { each: true, message: 'validation.tag' })
  @MaxLength(40, { each: true, message: 'validation.tag' })
  tags?: string[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Appear as "een lid van <community>" to members; moderators still see who posted.' })
  @IsBoolean({ message: 'validation.invalid' })
  postAnonymously: boolean;

  @Field(() => [PrivacyOverrideInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PrivacyOverrideInput)
  @ArrayMaxSize(50, { message: 'validation.tooMany|max=50' })
  privacyOverrides?: PrivacyOverrideInput[] | null;
}

@InputType()
export class CreateCaseInput extends CaseContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'validation.invalid' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'Client-generated id: a retried create is stored once.' })
  @IsOptional()
  @IsUUID('all', { message: 'validation.invalid' })
  clientId?: string | null;
}

@InputType()
export class RespondInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'validation.invalid' })
  caseId: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this response (one level deep).' })
  @IsOptional()
  @IsUUID('all', { message: 'validation.invalid' })
  parentId?: string | null;

  @Field(() => String)
  @IsString({ message: 'validation.required' })
  @MinLength(2, { message: 'validation.tooShort|min=2' })
  @MaxLength(10000, { message: 'validation.tooLong|max=10000' })
  body: string;

  @Field(() => ResponsePerspective, { nullable: true, description: 'From which perspective this response speaks.' })
  @IsOptional()
  @IsEnum(ResponsePerspective, { message: 'validation.enum' })
  perspective?: ResponsePerspective | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'validation.invalid' })
  clientId?: string | null;

  @Field(() => [PrivacyOverrideInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PrivacyOverrideInput)
  @ArrayMaxSize(50, { message: 'validation.tooMany|max=50' })
  privacyOverrides?: PrivacyOverrideInput[] | null;
}
