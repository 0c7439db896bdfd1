import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kennislijn/api-communities';
import { NotificationsModule } from '@kennislijn/api-notifications';
import { MessageEntity, ThreadEntity, ThreadReadEntity } from './entities/discussion.entities';
import { DiscussionIntegrations } from './discussion-integrations';
import { DiscussionsGateway } from './discussions.gateway';
import { DiscussionsResolver } from './discussions.resolver';
import { DiscussionsService } from './discussions.service';
import { ThreadSubjects } from './thread-subjects';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, MessageEntity, ThreadReadEntity]), CommunitiesModule, NotificationsModule],
  providers: [DiscussionsService, DiscussionsResolver, DiscussionsGateway, DiscussionIntegrations, ThreadSubjects],
  exports: [DiscussionsService, ThreadSubjects],
})
export class DiscussionsModule {}
