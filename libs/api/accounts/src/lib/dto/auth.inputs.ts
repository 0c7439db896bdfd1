import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ProfileRole } from '@kennislijn/shared-domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class RegisterInput {
  @Field(() => String)
  @Transform(normaliseEmail)
  @MaxLength(254, { message: 'validation.tooLong|max=254' })
  @IsEmail({}, { message: 'validation.email' })
  email: string;

  @Field(() => String)
  @IsString({ message: 'validation.required' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `validation.passwordTooShort|min=${PASSWORD_MIN_LENGTH}` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `validation.passwordTooLong|max=${PASSWORD_MAX_LENGTH}` })
  password: string;

  @Field(() => String)
  @Transform(trim)
  @MinLength(2, { message: 'validation.tooShort|min=2' })
  @MaxLength(80, { message: 'validation.tooLong|max=80' })
  displayName: string;

  @Field(() => ProfileRole)
  @IsEnum(ProfileRole, { message: 'validation.enum' })
  role: ProfileRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(120, { message: 'validation.tooLong|max=120' })
  organisation?: string | null;

  @Field(() => Int, { nullable: true, description: 'Required for students (1-4); not allowed for other roles.' })
  @IsOptional()
  @IsInt({ message: 'validation.level' })
  @Min(1, { message: 'validation.level' })
  @Max(4, { message: 'validation.level' })
  level?: number | null;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'validation.email' })
  email: string;

  @Field(() => String)
  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `validation.passwordTooLong|max=${PASSWORD_MAX_LENGTH}` })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `validation.passwordTooLong|max=${PASSWORD_MAX_LENGTH}` })
  currentPassword: string;

  @Field(() => String)
  @IsString({ message: 'validation.required' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `validation.passwordTooShort|min=${PASSWORD_MIN_LENGTH}` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `validation.passwordTooLong|max=${PASSWORD_MAX_LENGTH}` })
  newPassword: string;
}
