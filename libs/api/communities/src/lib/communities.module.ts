import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesResolver } from './communities.resolver';
import { CommunitiesService } from './communities.service';
import { CommunityEntity, CommunityMemberEntity } from './entities/community.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity, CommunityMemberEntity])],
  providers: [CommunitiesService, CommunitiesResolver],
  exports: [CommunitiesService],
})
export class CommunitiesModule {}
