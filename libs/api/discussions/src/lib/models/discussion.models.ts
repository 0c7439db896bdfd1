import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '@kennislijn/api-accounts';
import { ThreadKind } from '../entities/discussion.entities';

registerEnumType(ThreadKind, { name: 'ThreadKind', description: 'What a discussion thread belongs to.' });

@ObjectType('MessagePermissions')
export class MessagePermissionsModel {
  @Field(() => Boolean) edit: boolean;
  @Field(() => Boolean) delete: boolean;
  @Field(() => Boolean) reply: boolean;
  @Field(() => Boolean) report: boolean;
  @Field(() => Boolean, { description: 'Hide or restore (moderators).' }) hide: boolean;
}

@ObjectType('Message', { description: 'A message in a discussion thread.' })
export class MessageModel {
  @Field(() => ID) id: string;
  @Field(() => ID) threadId: string;
  @Field(() => Int, { description: 'Place in the thread (per-thread sequence number).' }) seq: number;
  @Field(() => Int, { description: 'Sequence number of the last change to this message.' }) eventSeq: number;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => PersonModel) author: PersonModel;
  @Field(() => String, { nullable: true, description: 'Markdown; null when deleted or hidden (the author and moderators see a hidden text).' }) body: string | null;
  @Field(() => String, { nullable: true, description: 'Sanitised HTML.' }) bodyHtml: string | null;
  @Field(() => ID, { nullable: true }) replyToId: string | null;
  @Field(() => [ID]) mentionIds: string[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
  @Field(() => Boolean) deleted: boolean;
  @Field(() => Boolean) hidden: boolean;
  @Field(() => String, { nullable: true, description: 'Why a moderator hid it (author and moderators only).' }) hiddenReason: string | null;
  @Field(() => MessagePermissionsModel) viewerCan: MessagePermissionsModel;
}

@ObjectType('MessagePage')
export class MessagePageModel {
  @Field(() => [MessageModel], { description: 'In thread order (oldest first).' }) nodes: MessageModel[];
  @Field(() => Boolean, { description: 'More messages before / after this page.' }) hasMore: boolean;
  @Field(() => Int, { description: 'The thread sequence number when read.' }) threadSeq: number;
}

@ObjectType('ThreadPermissions')
export class ThreadPermissionsModel {
  @Field(() => Boolean) post: boolean;
  @Field(() => Boolean) moderate: boolean;
}

@ObjectType('Thread', { description: 'A discussion: a community channel, a case or a session.' })
export class ThreadModel {
  @Field(() => ID) id: string;
  @Field(() => ThreadKind) kind: ThreadKind;
  @Field(() => ID) subjectId: string;
  @Field(() => ID) communityId: string;
  @Field(() => Int, { description: 'The thread sequence number (the last change).' }) lastSeq: number;
  @Field(() => Int, { description: 'How far you have read.' }) lastReadSeq: number;
  @Field(() => Int, { description: 'Visible messages by others after lastReadSeq.' }) unreadCount: number;
  @Field(() => ThreadPermissionsModel) viewerCan: ThreadPermissionsModel;
}
