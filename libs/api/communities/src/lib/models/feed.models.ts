import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '@kennislijn/api-core';
import { FeedItemType } from '../entities/feed.entities';

registerEnumType(FeedItemType, { name: 'FeedItemType', description: 'Later modules add their item types.' });

@ObjectType('Post', { description: 'A short message to the community.' })
export class PostModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Markdown source.' }) body: string;
  @Field(() => Date) createdAt: Date;
  authorId: string | null;
}

@ObjectType('FeedItemPermissions')
export class FeedItemPermissionsModel {
  @Field(() => Boolean) pin: boolean;
  @Field(() => Boolean) hide: boolean;
  @Field(() => Boolean) report: boolean;
  @Field(() => Boolean) delete: boolean;
}

@ObjectType('FeedItem', { description: 'One thing that happened in a community.' })
export class FeedItemModel {
  @Field(() => ID) id: string;
  @Field(() => FeedItemType) type: FeedItemType;
  @Field(() => Date) createdAt: Date;
  @Field(() => Boolean) pinned: boolean;
  @Field(() => Boolean, { description: 'Hidden items are shown only to moderators and to their author.' }) hidden: boolean;
  communityId: string;
  actorId: string | null;
  subjectId: string | null;
}

export const FeedItemConnection = connectionType(FeedItemModel, 'FeedItem');
