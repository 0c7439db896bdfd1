import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kennislijn/api-communities';
import { DiscussionsModule } from '@kennislijn/api-discussions';
import { NotificationsModule } from '@kennislijn/api-notifications';
import './sessions.messages';
import { CalendarFeedController } from './calendar-feed.controller';
import { SESSION_ENTITIES } from './entities/session.entities';
import { SessionIntegrations } from './session-integrations';
import { SessionRemindersService } from './session-reminders.service';
import { SessionsGateway } from './sessions.gateway';
import { SessionFeedItemResolver, SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature(SESSION_ENTITIES), CommunitiesModule, DiscussionsModule, NotificationsModule],
  controllers: [CalendarFeedController],
  providers: [SessionsService, SessionsResolver, SessionFeedItemResolver, SessionsGateway, SessionRemindersService, SessionIntegrations],
  exports: [SessionsService, SessionRemindersService],
})
export class SessionsModule {}
