import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, translate } from '@kennislijn/api-core';
import { MailService } from '@kennislijn/api-mail';
import { EmailState, NotificationData, NotificationType } from './notification.entity';
import { DEFAULT_EMAIL_FREQUENCY } from './notification-preference.entity';
import { DIGEST_FREQUENCIES, DigestFrequency, digestPeriodStart } from './digest-schedule';
import { digestMail, MAIL_LANGUAGE, MailNotification } from './notification-mail';

/** People looked at per query; a run pages through all that are due. */
const BATCH = 200;
/** The first look after start-up waits a little, so a restart does not compete with serving. */
const FIRST_RUN_DELAY_MS = 30_000;

export interface DigestRunResult {
  /** Digests mailed. */
  digests: number;
  /** Notifications that went out in those digests. */
  notifications: number;
  /** Pending notifications skipped because they were read in the app already. */
  skipped: number;
  /** People another instance was handling at that moment (it sends theirs). */
  busy: number;
}

type Outcome = { kind: 'sent'; notifications: number; skipped: number } | { kind: 'none'; skipped: number } | { kind: 'busy' };

interface PendingRow {
  id: string;
  type: NotificationType;
  community_id: string | null;
  community_name: string | null;
  data: NotificationData;
  read_at: Date | null;
  created_at: Date;
}

/**
 * E-mail digests. For each frequency (DAILY from 07:00 Europe/Amsterdam, WEEKLY from Monday 07:00)
 * a person gets at most one digest per period, holding their PENDING notifications of the
 * communities where they chose that frequency. A digest is due when one of those notifications
 * has waited since before the period began. Each person is handled in one transaction that takes
 * a transaction-scoped advisory lock (so several API instances never send twice), re-checks
 * `notification_digest.last_sent_at`, enqueues the mail, marks the notifications SENT (read ones
 * SKIPPED) and records the time: a crash either leaves everything as it was or commits it all.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Digests');
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Sends every digest due at `now` (tests pass a fixed instant). Safe to run on several instances at once. */
  async run(now: Date = new Date()): Promise<DigestRunResult> {
    const result: DigestRunResult = { digests: 0, notifications: 0, skipped: 0, busy: 0 };
    for (const frequency of DIGEST_FREQUENCIES) {
      const periodStart = digestPeriodStart(frequency, now);
      let after: string | null = null;
      for (;;) {
        const candidates = await this.candidates(frequency, periodStart, after);
        for (const userId of candidates) {
          const outcome = await this.sendOne(userId, frequency, periodStart, now);
          if (outcome.kind === 'busy') result.busy++;
          else {
            result.skipped += outcome.skipped;
            if (outcome.kind === 'sent') {
              result.digests++;
              result.notifications += outcome.notifications;
            }
          }
        }
        if (candidates.length < BATCH) break;
        after = candidates[candidates.length - 1];
      }
    }
    // Also retries whatever mail is still queued (SMTP was down, an instance stopped mid-send).
    await this.mail.flush();
    return result;
  }

  // People with a notification of this frequency that has waited since before the period began,
  // and no digest of this frequency in this period yet.
  private async candidates(frequency: DigestFrequency, periodStart: Date, after: string | null): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.user_id
         FROM notification n
         LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.community_id = n.community_id
         LEFT JOIN notification_digest d ON d.user_id = n.user_id AND d.frequency = $1
        WHERE n.email_state = 'PENDING'
          AND n.created_at < $2
          AND COALESCE(p.email, $3) = $1
          AND (d.last_sent_at IS NULL OR d.last_sent_at < $2)
          AND ($4::uuid IS NULL OR n.user_id > $4::uuid)
        ORDER BY n.user_id
        LIMIT ${BATCH}`,
      [frequency, periodStart, DEFAULT_EMAIL_FREQUENCY, after],
    );
    return rows.map((r) => r.user_id);
  }

  private sendOne(userId: string, frequency: DigestFrequency, periodStart: Date, now: Date): Promise<Outcome> {
    return this.dataSource.transaction(async (m): Promise<Outcome> => {
      // Another instance (or run) holding this person's lock sends their digest; skip without waiting.
      const [{ locked }] = (await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1), hashtext($2)) AS locked`, [`kennislijn:digest:${frequency}`, userId])) as { locked: boolean }[];
      if (!locked) return { kind: 'busy' };
      // Re-checked under the lock: what committed before it was taken is visible now.
      const [digest] = (await m.query(`SELECT last_sent_at FROM notification_digest WHERE user_id = $1 AND frequency = $2`, [userId, frequency])) as { last_sent_at: Date }[];
      if (digest && digest.last_sent_at.getTime() >= periodStart.getTime()) return { kind: 'none', skipped: 0 };
      const [person] = (await m.query(`SELECT email, deleted_at FROM user_account WHERE id = $1`, [userId])) as { email: string; deleted_at: Date | null }[];
      const rows: PendingRow[] = await m.query(
        `SELECT n.id, n.type, n.community_id, c.name AS community_name, n.data, n.read_at, n.created_at
           FROM notification n
           LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.community_id = n.community_id
           LEFT JOIN community c ON c.id = n.community_id
          WHERE n.user_id = $1 AND n.email_state = 'PENDING' AND n.created_at <= $2 AND COALESCE(p.email, $4) = $3
          ORDER BY n.created_at, n.id
          FOR UPDATE OF n`,
        [userId, now, frequency, DEFAULT_EMAIL_FREQUENCY],
      );
      // Read in the app already (or the account is gone): nothing to mail about these.
      const skip = !person || person.deleted_at ? rows : rows.filter((r) => r.read_at);
      await this.setState(m, skip.map((r) => r.id), EmailState.SKIPPED);
      const unread = !person || person.deleted_at ? [] : rows.filter((r) => !r.read_at);
      if (!unread.length || !unread.some((r) => r.created_at.getTime() < periodStart.getTime())) return { kind: 'none', skipped: skip.length };

      const actorIds = [...new Set(unread.map((r) => r.data.actorId).filter((id): id is string => !!id))];
      const actors = new Map<string, string>();
      if (actorIds.length) {
        const people = (await m.query(`SELECT id, display_name, deleted_at FROM user_account WHERE id = ANY($1::uuid[])`, [actorIds])) as { id: string; display_name: string; deleted_at: Date | null }[];
        for (const p of people) actors.set(p.id, p.deleted_at ? translate('person.former', MAIL_LANGUAGE) : p.display_name);
      }
      const items: MailNotification[] = unread.map((r) => ({
        type: r.type,
        communityId: r.community_id,
        communityName: r.community_name,
        data: r.data,
        actorName: r.data.actorId ? (actors.get(r.data.actorId) ?? null) : null,
        createdAt: r.created_at,
      }));
      const content = digestMail(frequency, items, this.config.publicUrl);
      await this.mail.enqueue(m, { to: person.email, subject: content.subject, text: content.text });
      await this.setState(m, unread.map((r) => r.id), EmailState.SENT);
      await m.query(
        `INSERT INTO notification_digest (user_id, frequency, last_sent_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, frequency) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at`,
        [userId, frequency, now],
      );
      return { kind: 'sent', notifications: unread.length, skipped: skip.length };
    });
  }

  private async setState(m: EntityManager, ids: string[], state: EmailState): Promise<void> {
    if (ids.length) await m.query(`UPDATE notification SET email_state = $2 WHERE id = ANY($1::uuid[])`, [ids, state]);
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run()
      .then((r) => {
        if (r.digests || r.busy) this.logger.log({ ...r }, 'e-mail digests sent');
      })
      .catch((err: unknown) => this.logger.error({ err: String(err) }, 'sending e-mail digests failed; retried on the next run'))
      .finally(() => (this.running = undefined));
  }

  onApplicationBootstrap(): void {
    // Tests call run() themselves with a fixed clock; DIGEST_INTERVAL_SECONDS=0 leaves digests to other instances.
    if (this.config.nodeEnv === 'test' || this.config.digestIntervalSeconds <= 0) return;
    const first = setTimeout(() => this.tick(), Math.min(FIRST_RUN_DELAY_MS, this.config.digestIntervalSeconds * 1000));
    const every = setInterval(() => this.tick(), this.config.digestIntervalSeconds * 1000);
    first.unref();
    every.unref();
    this.timers = [first, every];
  }

  async onApplicationShutdown(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    await this.running;
  }
}
