import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProfileRole } from '@kennislijn/shared-domain';

registerEnumType(ProfileRole, {
  name: 'ProfileRole',
  description: 'Role on a person’s profile: professional, student, docent, onderzoeker, beleidsmaker.',
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Only shown to the person themselves.' })
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ProfileRole)
  role: ProfileRole | null;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => Int, { nullable: true, description: 'Study level 1-4 (students).' })
  level: number | null;

  @Field(() => Boolean, { description: 'May keep the learning line and the site-wide knowledge base.' })
  isCurator: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field(() => String, { description: 'Short-lived access token; send as `Authorization: Bearer`.' })
  accessToken: string;

  @Field(() => UserModel)
  user: UserModel;
}
