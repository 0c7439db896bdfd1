import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, decodeCursor, encodeCursor, PersonalDataRegistry, translate } from '@kennislijn/api-core';
import { MailService } from '@kennislijn/api-mail';
import { RealtimeService } from '@kennislijn/api-realtime';
import { roomOf } from '@kennislijn/shared-realtime';
import { EmailState, NotificationData, NotificationEntity, NotificationType } from './notification.entity';
import { DEFAULT_EMAIL_FREQUENCY, EmailFrequency } from './notification-preference.entity';
import { immediateMail, MAIL_LANGUAGE } from './notification-mail';

interface RecipientRow {
  id: string;
  email: string;
  deleted: boolean;
  frequency: EmailFrequency | null;
  community_name: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    personalData: PersonalDataRegistry,
    private readonly realtime: RealtimeService,
    private readonly mail: MailService,
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
   * each person's bell hears of it live once the transaction has committed. E-mail follows each
   * person's choice for the community: IMMEDIATE enqueues a mail in this transaction (sent after the
   * commit), NEVER skips it, DAILY and WEEKLY leave it PENDING for the DigestService.
   */
  async notify(manager: EntityManager, userIds: string[], type: NotificationType, communityId: string | null, data: NotificationData): Promise<void> {
    const unique = [...new Set(userIds)];
    if (!unique.length) return;
    // One query for every recipient's preference for this community and address (no N+1).
    const recipients: RecipientRow[] = await manager.query(
      `SELECT u.id, u.email, u.deleted_at IS NOT NULL AS deleted, p.email AS frequency, c.name AS community_name
         FROM user_account u
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.community_id = $2::uuid
         LEFT JOIN community c ON c.id = $2::uuid
        WHERE u.id = ANY($1::uuid[])`,
      [unique, communityId],
    );
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const stateOf = (userId: string): EmailState => {
      const r = byId.get(userId);
      if (!r || r.deleted) return EmailState.SKIPPED;
      const frequency = communityId ? (r.frequency ?? DEFAULT_EMAIL_FREQUENCY) : DEFAULT_EMAIL_FREQUENCY;
      if (frequency === EmailFrequency.IMMEDIATE) return EmailState.SENT;
      if (frequency === EmailFrequency.NEVER) return EmailState.SKIPPED;
      return EmailState.PENDING;
    };
    const states = unique.map(stateOf);
    const result = await manager.getRepository(NotificationEntity).insert(unique.map((userId, i) => ({ userId, type, communityId, data, emailState: states[i] })));
    unique.forEach((userId, i) => {
      const id = (result.identifiers[i] as { id?: string } | undefined)?.id ?? '';
      this.realtime.emit(manager, roomOf.user(userId), 'notification', { id, type });
    });
    const immediate = unique.filter((_, i) => states[i] === EmailState.SENT);
    if (!immediate.length) return;
    const actorName = await this.actorName(manager, data.actorId);
    const communityName = byId.get(immediate[0])?.community_name ?? null;
    const mail = immediateMail({ type, communityId, communityName, data, actorName, createdAt: new Date() }, this.config.publicUrl);
    for (const userId of immediate) {
      await this.mail.enqueue(manager, { to: byId.get(userId)?.email ?? '', subject: mail.subject, text: mail.text });
    }
    this.realtime.afterCommitOf(manager, () => void this.mail.flush());
  }

  private async actorName(manager: EntityManager, actorId: string | undefined): Promise<string | null> {
    if (!actorId) return null;
    const [actor] = (await manager.query(`SELECT display_name, deleted_at FROM user_account WHERE id = $1`, [actorId])) as { display_name: string; deleted_at: Date | null }[];
    if (!actor) return null;
    return actor.deleted_at ? translate('person.former', MAIL_LANGUAGE) : actor.display_name;
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
