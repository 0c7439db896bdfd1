import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { OutboundMailEntity } from './outbound-mail.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OutboundMailEntity])],
  providers: [MailService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
