import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { SearchTypeEnum } from '../models/search.models';
import { SEARCH_TYPES } from '../search.types';
import { MAX_QUERY_LENGTH } from '../query-rewrite';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class SearchInput {
  @Field(() => String, { nullable: true, description: 'Dutch words; "a phrase", OF/OR between alternatives, -word to exclude. Empty: browse with the filters, newest first.' })
  @IsOptional()
  @IsString({ message: 'validation.invalid' })
  @MaxLength(MAX_QUERY_LENGTH, { message: `validation.tooLong|max=${MAX_QUERY_LENGTH}` })
  text?: string | null;

  @Field(() => [SearchTypeEnum], { nullable: true }) @IsOptional() @IsIn(SEARCH_TYPES, { each: true, message: 'validation.enum' }) types?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true, message: 'validation.invalid' }) communityIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'B1-B9, M1-M9.' })
  @IsOptional()
  @ArrayMaxSize(18)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value))
  @Matches(/^[BM][1-9]$/, { each: true, message: 'search.qualification' })
  qualifications?: string[] | null;
  @Field(() => [Int], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @IsInt({ each: true, message: 'validation.level' }) @Min(1, { each: true, message: 'validation.level' }) @Max(4, { each: true, message: 'validation.level' }) levels?: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Collaboration form codes.' }) @IsOptional() @ArrayMaxSize(8) @IsString({ each: true }) @MaxLength(40, { each: true }) collaborationForms?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'All must be present (case-insensitive).' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'validation.tooLong|max=40' })
  tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'From this date (YYYY-MM-DD, Europe/Amsterdam), inclusive.' }) @IsOptional() @Matches(DATE, { message: 'search.date' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to and including this date (YYYY-MM-DD, Europe/Amsterdam).' }) @IsOptional() @Matches(DATE, { message: 'search.date' }) to?: string | null;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'search.pageSize' }) @Max(50, { message: 'search.pageSize' }) first: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1000, { message: 'search.tooDeep' }) offset: number;
}
