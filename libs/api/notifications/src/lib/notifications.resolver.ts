import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { connectionType, GqlContext, isUuid, languageFrom, pageSize, toConnection } from '@kennislijn/api-core';
import { CurrentUser, Viewer } from '@kennislijn/api-auth';
import { loadPerson } from '@kennislijn/api-accounts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { NotificationEntity, NotificationType } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { notificationBody, notificationLink, notificationSentence } from './notification-text';

registerEnumType(NotificationType, { name: 'NotificationType' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationType) type: NotificationType;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field(() => String, { description: 'One sentence in the language of the request.' }) title: string;
  @Field(() => String, { nullable: true, description: 'A message from a person, e.g. the reason of a decision.' }) body: string | null;
  @Field(() => String, { nullable: true, description: 'Path in the web app to open.' }) link: string | null;
}

const NotificationConnectionBase = connectionType(NotificationModel, 'Notification');
@ObjectType('NotificationConnection')
export class NotificationConnection extends NotificationConnectionBase {
  @Field(() => Int) unreadCount: number;
}

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @CurrentUser() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    const limit = pageSize(first);
    const lang = languageFrom(ctx.req.headers['accept-language']);
    const [rows, unreadCount] = await Promise.all([
      this.service.list(viewer.id, limit, after, unreadOnly),
      this.service.unreadCount(viewer.id),
    ]);
    // One batched query for all actor names of the page.
    const actorIds = [...new Set(rows.map((n) => n.data.actorId).filter((id): id is string => !!id))];
    const people = await Promise.all(actorIds.map((id) => loadPerson(ctx, this.dataSource, id)));
    const actors = new Map(actorIds.map((id, i) => [id, people[i]?.displayName ?? '']));
    const connection = toConnection(rows, limit, (n) => this.service.cursorOf(n), (n: NotificationEntity) => ({
      id: n.id,
      type: n.type,
      createdAt: n.createdAt,
      readAt: n.readAt,
      title: notificationSentence(n.type, n.data, lang, n.data.actorId ? actors.get(n.data.actorId) : null),
      body: notificationBody(n.data),
      link: notificationLink(n.type, n.data),
    }));
    return { ...connection, unreadCount };
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.id);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentUser() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(viewer.id, ids.filter(isUuid).slice(0, 500));
  }

  @Mutation(() => Int)
  markAllNotificationsRead(@CurrentUser() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer.id);
  }
}
