import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@kennislijn/api-core';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';

const WINDOWS = [
  { kind: 'DAY' as const, before: 24 * 3600 },
  { kind: 'HOUR' as const, before: 3600 },
];

/**
 * Reminders a day and an hour before a session, as notifications (and mail by each person's choice),
 * for everyone going or maybe. Each reminder is claimed in `session_reminder` in the same transaction
 * as the notification, so several instances send it once and a crash never sends it twice. A reminder
 * whose moment passed more than its own window ago (e.g. planned 30 minutes ahead) is not sent late.
 */
@Injectable()
export class SessionRemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SessionReminders');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends what is due at `now`; returns how many reminders went out. */
  async run(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (const w of WINDOWS) {
      sent += await this.dataSource.transaction(async (m) => {
        const claimed: { session_id: string; user_id: string; community_id: string; title: string; starts_at: Date }[] = await m.query(
          `WITH due AS (
             SELECT s.id AS session_id, r.user_id, s.community_id, s.title, s.starts_at
               FROM community_session s JOIN session_rsvp r ON r.session_id = s.id AND r.status IN ('GOING', 'MAYBE')
               JOIN community_member cm ON cm.community_id = s.community_id AND cm.user_id = r.user_id
              WHERE s.status = 'PLANNED' AND s.starts_at > $1 AND s.starts_at <= $1 + make_interval(secs => $2)
                AND s.starts_at > $1 + make_interval(secs => $2 / 2)
           ), ins AS (
             INSERT INTO session_reminder (session_id, user_id, kind, sent_at)
             SELECT session_id, user_id, $3, now() FROM due ORDER BY session_id, user_id
             ON CONFLICT DO NOTHING RETURNING session_id, user_id)
           SELECT d.* FROM due d JOIN ins USING (session_id, user_id)`,
          [now, w.before, w.kind],
        );
        const bySession = new Map<string, typeof claimed>();
        for (const row of claimed) bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row]);
        for (const [sessionId, rows] of bySession)
          await this.notifications.notify(m, rows.map((r) => r.user_id), NotificationType.SESSION_REMINDER, rows[0].community_id, {
            message: `${rows[0].title} (${w.kind === 'DAY' ? 'morgen' : 'over een uur'})`,
            link: `/sessies/${sessionId}`,
          });
        return claimed.length;
      });
    }
    return sent;
  }

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test' || this.config.sessionReminderIntervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.run()
        .then((n) => n && this.logger.log({ sent: n }, 'session reminders sent'))
        .catch((err: unknown) => this.logger.error({ err: String(err) }, 'session reminders failed; retried on the next run'))
        .finally(() => (this.running = undefined));
    }, this.config.sessionReminderIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
