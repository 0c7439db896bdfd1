import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AppException } from '@kennislijn/api-core';
import { Public } from '@kennislijn/api-auth';
import { MailService } from './mail.service';

@ObjectType('OutboundMail', { description: 'A mail in the development mailbox.' })
export class OutboundMailModel {
  @Field(() => ID) id: string;
  @Field(() => String) to: string;
  @Field(() => String) subject: string;
  @Field(() => String) text: string;
  @Field(() => String) status: string;
  @Field(() => Date) createdAt: Date;
}

@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  // Public on purpose: it exists only without SMTP_URL and outside production, where it replaces a real inbox.
  @Public()
  @Query(() => [OutboundMailModel], { description: 'Development mailbox: mails kept because SMTP_URL is not set. NOT_FOUND in production or with SMTP.' })
  async devMailbox(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<OutboundMailModel[]> {
    if (!this.mail.devMailboxEnabled) throw AppException.notFound();
    const rows = await this.mail.devMailbox(Math.min(Math.max(first, 1), 200));
    return rows.map((r) => ({ id: r.id, to: r.toAddress, subject: r.subject, text: r.textBody, status: r.status, createdAt: r.createdAt }));
  }
}
