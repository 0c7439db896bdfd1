import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { decodeCursor, encodeCursor, PersonalDataRegistry } from '@kennislijn/api-core';
import { RealtimeService } from '@kennislijn/api-realtime';
import { roomOf } from '@kennislijn/shared-realtime';
import { NotificationData, NotificationEntity, NotificationType } from './notification.entity';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    personalData: PersonalDataRegistry,
    private readonly realtime: RealtimeService,
  ) {
    personalData.register({
      name: 'notifications',
      export: (m, userId) =>
        m.getRepository(NotificationEntity).find({ where: { userId }, order: { createdAt: 'DESC' }, select: { type: true, data: true, createdAt: true, readAt: true } }),
      // Their own notifications, and others' notifications about what they did (which may quote them).
      erase: async (m, userId) => {
        await m.query(`DELETE FROM notification WHERE user_id = $1 OR data->>'actorId' = $1::text`, [userId]);
      },
    });
  }

  /**
   * Stores notifications within the caller's transaction (so they exist only if the action committed);
   * each person's bell hears of it live once the transaction has committed.
   */
  async notify(manager: EntityManager, userIds: string[], type: NotificationType, communityId: string | null, data: NotificationData): Promise<void> {
    const unique = [...new Set(userIds)];
    if (!unique.length) return;
    const result = await manager.getRepository(NotificationEntity).insert(unique.map((userId) => ({ userId, type, communityId, data })));
    unique.forEach((userId, i) => {
      const id = (result.identifiers[i] as { id?: string } | undefined)?.id ?? '';
      this.realtime.emit(manager, roomOf.user(userId), 'notification', { id, type });
    });
  }

  async list(userId: string, limit: number, after: string | null | undefined, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const cursor = decodeCursor(after, 2);
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit + 1);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (cursor) qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    return qb.getMany();
  }

  cursorOf(n: NotificationEntity): string {
    return encodeCursor([n.createdAt.toISOString(), n.id]);
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).count({ where: { userId, readAt: IsNull() } });
  }

  async markRead(userId: string, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const res = await this.dataSource.getRepository(NotificationEntity).update({ userId, id: In(ids), readAt: IsNull() }, { readAt: new Date() });
    return res.affected ?? 0;
  }

  async markAllRead(userId: string): Promise<number> {
    const res = await this.dataSource.getRepository(NotificationEntity).update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return res.affected ?? 0;
  }
}
