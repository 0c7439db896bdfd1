import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, PersonalDataRegistry } from '@kennislijn/api-core';
import { MailStatus, OutboundMailEntity } from './outbound-mail.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

const MAX_ATTEMPTS = 5;
/**
 * While a mail is QUEUED, `sent_at` marks when an instance claimed it for sending. A claim older
 * than this (the instance died mid-send) lapses, and the mail is sent again.
 */
const CLAIM_SECONDS = 600;

/**
 * Mail is written to `outbound_mail` inside the caller's transaction, so it exists only if the
 * action that caused it committed. Sending happens after the commit (`flush`), and rows still
 * QUEUED (crash, SMTP down) are retried on the next flush and at start-up: nothing is lost.
 * Each mail is claimed before it is sent, so several API instances flushing at once send it once.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private flushing?: Promise<void>;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    personalData: PersonalDataRegistry,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
    personalData.register({
      name: 'mail',
      export: (m, _userId, email) =>
        m.getRepository(OutboundMailEntity).find({ where: { toAddress: email }, select: { subject: true, createdAt: true, status: true } }),
      // Mails to a deleted account would keep its address: they go; mails to others lose the name.
      erase: async (m, _userId, email, displayName) => {
        await m.getRepository(OutboundMailEntity).delete({ toAddress: email });
        if (displayName.length >= 2) {
          await m.query(`UPDATE outbound_mail SET text_body = replace(text_body, $1, 'een voormalig lid') WHERE strpos(text_body, $1) > 0`, [displayName]);
        }
      },
    });
  }

  /** True when mails are kept for the development mailbox instead of sent. */
  get devMailboxEnabled(): boolean {
    return !this.config.smtpUrl && this.config.nodeEnv !== 'production';
  }

  /** Stores a mail as part of the caller's transaction. Call `flush()` after the commit. */
  async enqueue(manager: EntityManager, message: MailMessage): Promise<void> {
    await manager.getRepository(OutboundMailEntity).insert({
      toAddress: message.to.toLowerCase(),
      subject: message.subject.slice(0, 200),
      textBody: message.text,
      status: this.transport ? MailStatus.QUEUED : MailStatus.STORED,
    });
  }

  /** Sends whatever is queued; safe to call often (one run at a time). */
  flush(): Promise<void> {
    if (!this.transport) return Promise.resolve();
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.sendQueued()
      .catch((err: unknown) => this.logger.error({ err: String(err) }, 'sending queued mail failed'))
      .finally(() => {
        this.flushing = undefined;
        if (this.again) {
          this.again = false;
          void this.flush();
        }
      });
    return this.flushing;
  }

  private async sendQueued(): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    const repo = this.dataSource.getRepository(OutboundMailEntity);
    const unclaimed = `(m.sent_at IS NULL OR m.sent_at < now() - interval '${CLAIM_SECONDS} seconds')`;
    const queued = await repo
      .createQueryBuilder('m')
      .where('m.status = :queued', { queued: MailStatus.QUEUED })
      .andWhere(unclaimed)
      .orderBy('m.created_at', 'ASC')
      .take(50)
      .getMany();
    for (const mail of queued) {
      // With several API instances flushing at once, only the one whose claim matched sends the mail.
      const [claimed] = (await this.dataSource.query(
        `UPDATE outbound_mail m SET sent_at = now() WHERE m.id = $1 AND m.status = 'QUEUED' AND ${unclaimed} RETURNING m.id`,
        [mail.id],
      )) as [unknown[], number];
      if (!claimed.length) continue;
      try {
        await transport.sendMail({ from: this.config.mailFrom, to: mail.toAddress, subject: mail.subject, text: mail.textBody });
        await repo.update({ id: mail.id }, { status: MailStatus.SENT, sentAt: new Date(), attempts: mail.attempts + 1, lastError: null });
      } catch (err) {
        const attempts = mail.attempts + 1;
        await repo.update(
          { id: mail.id },
          { attempts, lastError: String(err).slice(0, 500), status: attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.QUEUED, sentAt: new Date() },
        );
        // The claim stays: the mail is tried again once it lapses (CLAIM_SECONDS), so an SMTP outage
        // does not burn through the attempts in a burst of flushes.
        this.logger.warn({ mailId: mail.id, attempts }, 'mail not sent; will retry');
      }
    }
  }

  /** Most recent stored mails, newest first (development mailbox). */
  devMailbox(limit: number): Promise<OutboundMailEntity[]> {
    return this.dataSource.getRepository(OutboundMailEntity).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  onApplicationBootstrap(): void {
    // Retry what a previous run left queued, without delaying start-up.
    if (this.transport) setTimeout(() => void this.flush(), 1000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushing;
    this.transport?.close();
  }
}
