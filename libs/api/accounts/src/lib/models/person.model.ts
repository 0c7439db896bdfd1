import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language, translate } from '@kennislijn/api-core';
import { ProfileRole } from '@kennislijn/shared-domain';
import { UserEntity } from '../entities/user.entity';

@ObjectType('Person', { description: 'Another person as members see them. A deleted account shows as a former member.' })
export class PersonModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: '"voormalig lid" / "former member" when the account was deleted.' }) displayName: string;
  @Field(() => ProfileRole, { nullable: true }) role: ProfileRole | null;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => Int, { nullable: true, description: 'Study level 1-4 (students).' }) level: number | null;
  @Field(() => Boolean) isFormerMember: boolean;
}

export type PersonRow = Pick<UserEntity, 'id' | 'displayName' | 'role' | 'organisation' | 'level' | 'deletedAt'>;

export function toPerson(user: PersonRow, lang: Language): PersonModel {
  if (user.deletedAt) {
    return { id: user.id, displayName: translate('person.former', lang), role: null, organisation: null, level: null, isFormerMember: true };
  }
  return { id: user.id, displayName: user.displayName, role: user.role, organisation: user.organisation, level: user.level, isFormerMember: false };
}
