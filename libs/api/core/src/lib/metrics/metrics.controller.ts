import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppException } from '../errors/app.exception';
import { defineMessages } from '../errors/messages';
import { Public } from '../health/public.decorator';
import { metricsAccess } from './metric-labels';
import { MetricsService } from './metrics.service';

defineMessages({
  'metrics.forbidden': {
    nl: 'De metrics zijn alleen vanaf deze machine te lezen, of met METRICS_TOKEN.',
    en: 'Metrics can only be read from this machine, or with METRICS_TOKEN.',
  },
});

/** GET /metrics in Prometheus text format, for a scraper rather than a person (see docs/operations.md). */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  // Public to the user-session guard, which would otherwise read the metrics token as an access token.
  @Public({ ignoreStaleToken: true })
  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const access = metricsAccess(this.config, {
      authorization: req.headers.authorization,
      remoteAddress: req.socket.remoteAddress,
      forwarded: req.headers['x-forwarded-for'] !== undefined || req.headers['forwarded'] !== undefined,
    });
    if (access === 'unauthenticated') throw AppException.unauthenticated();
    if (access === 'forbidden') throw AppException.forbidden('metrics.forbidden');
    const body = await this.metrics.metrics();
    res.setHeader('Content-Type', this.metrics.contentType);
    res.setHeader('Cache-Control', 'no-store');
    // end(), not send(): Express would rewrite the content type Prometheus expects.
    res.end(body);
  }
}
