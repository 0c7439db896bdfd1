import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CommunityVisibility, JoinPolicy } from '../entities/community.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const slugify = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
// Tags are compared case-insensitively: stored trimmed, lower-cased and without duplicates.
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : t)).filter((t) => t !== ''))] : value;

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;

@InputType()
export class CommunityInput {
  @Field(() => String)
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @MinLength(3, { message: 'validation.tooShort|min=3' })
  @MaxLength(120, { message: 'validation.tooLong|max=120' })
  name: string;

  @Field(() => String, { description: 'Web address: lower-case letters, digits and hyphens.' })
  @Transform(slugify)
  @IsString({ message: 'validation.required' })
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(5000, { message: 'validation.tooLong|max=5000' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Community guidelines, Markdown.' })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(20000, { message: 'validation.tooLong|max=20000' })
  guidelines?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(normaliseTags)
  @ArrayMaxSize(12, { message: 'validation.tooMany|max=12' })
  @IsString({ each: true, message: 'validation.tag' })
  @MinLength(2, { each: true, message: 'validation.tag' })
  @MaxLength(40, { each: true, message: 'validation.tag' })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes of research-agenda themes (see `researchThemes`).' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'validation.tooMany|max=10' })
  @IsString({ each: true, message: 'validation.researchTheme' })
  researchThemeCodes?: string[] | null;

  @Field(() => CommunityVisibility)
  @IsEnum(CommunityVisibility, { message: 'validation.enum' })
  visibility: CommunityVisibility;

  @Field(() => JoinPolicy)
  @IsEnum(JoinPolicy, { message: 'validation.enum' })
  joinPolicy: JoinPolicy;
}

@InputType()
export class UpdateCommunityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @MinLength(3, { message: 'validation.tooShort|min=3' })
  @MaxLength(120, { message: 'validation.tooLong|max=120' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(5000, { message: 'validation.tooLong|max=5000' })
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(20000, { message: 'validation.tooLong|max=20000' })
  guidelines?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(normaliseTags)
  @ArrayMaxSize(12, { message: 'validation.tooMany|max=12' })
  @IsString({ each: true, message: 'validation.tag' })
  @MinLength(2, { each: true, message: 'validation.tag' })
  @MaxLength(40, { each: true, message: 'validation.tag' })
  tags?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'validation.tooMany|max=10' })
  @IsString({ each: true, message: 'validation.researchTheme' })
  researchThemeCodes?: string[];

  @Field(() => CommunityVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityVisibility, { message: 'validation.enum' })
  visibility?: CommunityVisibility;

  @Field(() => JoinPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(JoinPolicy, { message: 'validation.enum' })
  joinPolicy?: JoinPolicy;
}
