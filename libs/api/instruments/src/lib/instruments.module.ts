import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kennislijn/api-communities';
import { NotificationsModule } from '@kennislijn/api-notifications';
import './instruments.messages';
import { INSTRUMENT_ENTITIES } from './entities/instrument.entities';
import { InstrumentIntegrations } from './instrument-integrations';
import { InstrumentsGateway } from './instruments.gateway';
import { InstrumentCommentResolver, InstrumentDefinitionResolver, InstrumentFeedItemResolver, InstrumentsResolver, InstrumentVersionResolver } from './instruments.resolver';
import { InstrumentsService } from './instruments.service';
import { MonitoringResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';

@Module({
  imports: [TypeOrmModule.forFeature(INSTRUMENT_ENTITIES), CommunitiesModule, NotificationsModule],
  providers: [
    InstrumentsService,
    MonitoringService,
    InstrumentsGateway,
    InstrumentIntegrations,
    InstrumentsResolver,
    InstrumentDefinitionResolver,
    InstrumentCommentResolver,
    InstrumentVersionResolver,
    InstrumentFeedItemResolver,
    MonitoringResolver,
  ],
  exports: [InstrumentsService, MonitoringService],
})
export class InstrumentsModule {}
