import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kennislijn/api-mail';
import { NotificationsModule } from '@kennislijn/api-notifications';
import './communities.messages';
import { AuditService } from './audit.service';
import { CommunitiesResolver } from './communities.resolver';
import { CommunitiesService } from './communities.service';
import { CommunityPersonalData } from './community-personal-data';
import { ContentRegistry } from './content.registry';
import { CommunityEntity, CommunityMemberEntity } from './entities/community.entity';
import { FeedItemEntity, PostEntity } from './entities/feed.entities';
import { CommunityBanEntity, InvitationEntity, JoinRequestEntity } from './entities/membership.entities';
import { AuditEntryEntity, ContentReportEntity } from './entities/moderation.entities';
import { PrivacyOverrideEntity } from './entities/privacy-override.entity';
import { CommunityFeedResolver, FeedItemResolver, PostResolver } from './feed.resolver';
import { FeedService } from './feed.service';
import { InvitationsService } from './invitations.service';
import { BanResolver, CommunityMembershipResolver, InvitationResolver, JoinRequestResolver, MemberResolver, MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { AuditEntryResolver, CommunityModerationResolver, ContentPreviewResolver, ModerationResolver, ReportResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { PolicyService } from './policy/policy.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CommunityEntity,
      CommunityMemberEntity,
      CommunityBanEntity,
      JoinRequestEntity,
      InvitationEntity,
      FeedItemEntity,
      PostEntity,
      ContentReportEntity,
      AuditEntryEntity,
      PrivacyOverrideEntity,
    ]),
    MailModule,
    NotificationsModule,
  ],
  providers: [
    PolicyService,
    AuditService,
    ContentRegistry,
    CommunitiesService,
    MembershipService,
    InvitationsService,
    FeedService,
    ModerationService,
    CommunityPersonalData,
    CommunitiesResolver,
    CommunityFeedResolver,
    FeedItemResolver,
    PostResolver,
    CommunityMembershipResolver,
    MembershipResolver,
    MemberResolver,
    JoinRequestResolver,
    InvitationResolver,
    BanResolver,
    CommunityModerationResolver,
    ModerationResolver,
    ReportResolver,
    ContentPreviewResolver,
    AuditEntryResolver,
  ],
  exports: [PolicyService, ContentRegistry, FeedService, AuditService, MembershipService, CommunitiesService],
})
export class CommunitiesModule {}
