import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'The author confirms a privacy finding is a false positive (not possible for a BSN); recorded.' })
export class PrivacyOverrideInput {
  @Field(() => String, { description: 'Kind of the finding, e.g. NAME.' })
  @IsString({ message: 'validation.required' })
  @MaxLength(20, { message: 'validation.tooLong|max=20' })
  kind: string;

  @Field(() => String, { description: 'The exact text that was flagged.' })
  @IsString({ message: 'validation.required' })
  @MaxLength(200, { message: 'validation.tooLong|max=200' })
  text: string;

  @Field(() => String)
  @Transform(trim)
  @IsString({ message: 'validation.required' })
  @MinLength(3, { message: 'validation.tooShort|min=3' })
  @MaxLength(500, { message: 'validation.tooLong|max=500' })
  reason: string;
}
