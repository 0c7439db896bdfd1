import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kennislijn/api-communities';
import { DiscussionsModule } from '@kennislijn/api-discussions';
import { KnowledgeIntegrations } from './knowledge-integrations';
import './knowledge.messages';
import { KNOWLEDGE_ENTITIES } from './entities/knowledge.entities';
import { KnowledgeService } from './knowledge.service';
import { LearningLineService } from './learning-line.service';
import { KnowledgeResolver, KnowledgeRevisionResolver, LearningLineResolver, LearningLineRevisionResolver } from './knowledge.resolver';

@Module({
  imports: [TypeOrmModule.forFeature(KNOWLEDGE_ENTITIES), CommunitiesModule, DiscussionsModule],
  providers: [KnowledgeIntegrations, KnowledgeService, LearningLineService, KnowledgeResolver, KnowledgeRevisionResolver, LearningLineResolver, LearningLineRevisionResolver],
  exports: [KnowledgeService, LearningLineService],
})
export class KnowledgeModule {}
