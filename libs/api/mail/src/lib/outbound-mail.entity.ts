import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  /** Waiting to be sent over SMTP (also after a failed attempt; retried). */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** No SMTP configured: kept for the development mailbox. */
  STORED = 'STORED',
  FAILED = 'FAILED',
}

@Entity('outbound_mail')
@Index('IDX_outbound_mail_status', ['status', 'createdAt'])
export class OutboundMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status' })
  status: MailStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it was sent; while QUEUED, when an instance claimed it for sending (see MailService). */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
