import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kennislijn/api-mail';
import { DigestService } from './digest.service';
import { NotificationEntity } from './notification.entity';
import { NotificationDigestEntity, NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity, NotificationDigestEntity]), MailModule],
  providers: [NotificationsService, NotificationsResolver, NotificationPreferencesService, NotificationPreferencesResolver, DigestService],
  exports: [NotificationsService, NotificationPreferencesService, DigestService],
})
export class NotificationsModule {}
