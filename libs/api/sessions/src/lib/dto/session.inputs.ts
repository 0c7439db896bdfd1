import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PrivacyOverrideInput } from '@kennislijn/api-communities';
import { StepActorEnum, StepOutputEnum } from '../models/session.models';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class SessionInput {
  @Field(() => String) @Transform(trim) @IsString({ message: 'validation.required' }) @MinLength(3, { message: 'validation.tooShort|min=3' }) @MaxLength(160, { message: 'validation.tooLong|max=160' }) title: string;
  @Field(() => String, { nullable: true, description: 'A research-agenda theme code.' }) @IsOptional() @IsString() @MaxLength(40) themeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'A free theme.' }) @IsOptional() @IsString() @MaxLength(160, { message: 'validation.tooLong|max=160' }) themeText?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) @IsOptional() @IsString() @MaxLength(10000, { message: 'validation.tooLong|max=10000' }) description?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD in Europe/Amsterdam.' }) @Matches(DATE, { message: 'session.localTime' }) startDate: string;
  @Field(() => String, { description: 'HH:mm in Europe/Amsterdam.' }) @Matches(TIME, { message: 'session.localTime' }) startTime: string;
  @Field(() => String) @Matches(DATE, { message: 'session.localTime' }) endDate: string;
  @Field(() => String) @Matches(TIME, { message: 'session.localTime' }) endTime: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300, { message: 'validation.tooLong|max=300' }) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) onlineUrl?: string | null;
  @Field(() => Int, { nullable: true, description: 'null: no limit.' }) @IsOptional() @IsInt({ message: 'session.capacity' }) capacity?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'session.unknownMethod' }) methodId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsUUID('all', { each: true, message: 'validation.invalid' }) caseIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true, message: 'validation.invalid' }) knowledgeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsUUID('all', { each: true, message: 'validation.invalid' }) instrumentIds?: string[] | null;
  @Field(() => [PrivacyOverrideInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PrivacyOverrideInput) privacyOverrides?: PrivacyOverrideInput[] | null;
}

@InputType()
export class PlanSessionInput extends SessionInput {
  @Field(() => ID) @IsUUID('all', { message: 'validation.invalid' }) communityId: string;
  @Field(() => ID, { nullable: true, description: 'Made once per form by the client: a retried request is stored once.' }) @IsOptional() @IsUUID('all') clientId?: string | null;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String) @Allow() nl: string;
  @Field(() => String, { nullable: true, description: 'Falls back to the Dutch text.' }) @Allow() en?: string | null;
}

@InputType()
export class MethodStepInput {
  @Field(() => String) @Allow() key: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) title: LocalizedTextInput;
  @Field(() => StepActorEnum) @Allow() actor: string;
  @Field(() => Int) @Allow() minutes: number;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) prompt: LocalizedTextInput;
  @Field(() => StepOutputEnum) @Allow() output: string;
}

@InputType()
export class SessionMethodInput {
  @Field(() => String) @Allow() code: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) name: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput) summary?: LocalizedTextInput | null;
  @Field(() => [MethodStepInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => MethodStepInput) steps: MethodStepInput[];
}
