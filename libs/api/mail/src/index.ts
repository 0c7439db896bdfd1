// Outgoing e-mail: stored first, then sent over SMTP (SMTP_URL) or kept for the development mailbox.
export * from './lib/mail.module';
export * from './lib/mail.service';
export * from './lib/outbound-mail.entity';
