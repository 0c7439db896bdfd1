import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kennislijn/api-communities';
import { DiscussionsModule } from '@kennislijn/api-discussions';
import { CaseIntegrations } from './case-integrations';
import { CaseFeedItemResolver, CaseResponseResolver } from './case-response.resolver';
import { CaseRevisionService } from './case-revision.service';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';
import { CaseEntity, CaseResponseEntity, CaseRevisionEntity, ResponseHelpfulEntity } from './entities/case.entities';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity, CaseResponseEntity, ResponseHelpfulEntity, CaseRevisionEntity]), CommunitiesModule, DiscussionsModule],
  providers: [CasesService, CaseRevisionService, CaseIntegrations, CasesResolver, CaseResponseResolver, CaseFeedItemResolver],
  exports: [CasesService],
})
export class CasesModule {}
