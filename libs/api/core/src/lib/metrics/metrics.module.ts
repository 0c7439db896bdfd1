import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsPlugin } from './metrics.plugin';
import { MetricsService } from './metrics.service';

/** Prometheus metrics of one app: GET /metrics, GraphQL timing (Apollo plugin), HTTP timing; domain modules inject MetricsService. */
@Global()
@Module({
  providers: [MetricsService, MetricsPlugin],
  controllers: [MetricsController],
  exports: [MetricsService],
})
export class MetricsModule {}
