import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommunityVisibility, JoinPolicy } from '../entities/community.entity';

registerEnumType(CommunityVisibility, { name: 'CommunityVisibility' });
registerEnumType(JoinPolicy, { name: 'JoinPolicy' });

@ObjectType('Community', { description: 'A learning community (leergemeenschap).' })
export class CommunityModel {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => String) name: string;
  @Field(() => String) description: string;
  @Field(() => CommunityVisibility) visibility: CommunityVisibility;
  @Field(() => JoinPolicy) joinPolicy: JoinPolicy;
}
