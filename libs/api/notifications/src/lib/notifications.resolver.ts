import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { connectionType, defineMessages, GqlContext, isUuid, languageFrom, pageSize, toConnection, translate } from '@kennislijn/api-core';
import { CurrentUser, Viewer } from '@kennislijn/api-auth';
import { loadPerson } from '@kennislijn/api-accounts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { NotificationEntity, NotificationType } from './notification.entity';
import { NotificationsService } from './notifications.service';

registerEnumType(NotificationType, { name: 'NotificationType' });

defineMessages({
  'notification.JOIN_REQUESTED': { nl: '{actorName} wil lid worden van {communityName}', en: '{actorName} asks to join {communityName}' },
  'notification.JOIN_APPROVED': { nl: 'Je bent toegelaten tot {communityName}', en: 'You have been admitted to {communityName}' },
  'notification.JOIN_DECLINED': { nl: 'Je verzoek om lid te worden van {communityName} is afgewezen', en: 'Your request to join {communityName} was declined' },
  'notification.CONTENT_REPORTED': { nl: 'Nieuwe melding in {communityName}', en: 'New report in {communityName}' },
  'notification.CONTENT_HIDDEN': { nl: 'Een moderator heeft je bericht in {communityName} verborgen', en: 'A moderator hid your post in {communityName}' },
  'notification.ROLE_CHANGED': { nl: 'Je rol in {communityName} is nu {role}', en: 'Your role in {communityName} is now {role}' },
  'notification.INVITED': { nl: '{actorName} nodigt je uit voor {communityName}', en: '{actorName} invites you to {communityName}' },
});

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

const ROLE_LABEL: Record<string, { nl: string; en: string }> = {
  MEMBER: { nl: 'lid', en: 'member' },
  MODERATOR: { nl: 'moderator', en: 'moderator' },
  OWNER: { nl: 'eigenaar', en: 'owner' },
};

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
    const connection = toConnection(rows, limit, (n) => this.service.cursorOf(n), (n: NotificationEntity) => {
      const role = n.data.role ? (ROLE_LABEL[n.data.role]?.[lang] ?? n.data.role) : '';
      const moderation = n.type === NotificationType.JOIN_REQUESTED || n.type === NotificationType.CONTENT_REPORTED;
      return {
        id: n.id,
        type: n.type,
        createdAt: n.createdAt,
        readAt: n.readAt,
        title: translate(`notification.${n.type}`, lang, { communityName: n.data.communityName ?? '', actorName: (n.data.actorId && actors.get(n.data.actorId)) || translate('person.someone', lang), role }),
        body: n.data.message ?? n.data.excerpt ?? null,
        link: n.data.link ?? (n.data.communitySlug ? `/gemeenschappen/${n.data.communitySlug}${moderation ? '?tab=moderatie' : ''}` : null),
      };
    });
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
