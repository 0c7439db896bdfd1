import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig, Public } from '@kennislijn/api-core';
import { SessionsService } from './sessions.service';

/** A person's sessions as a calendar feed that calendar programs subscribe to; the secret address is the key. */
@Controller('api/agenda')
export class CalendarFeedController {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const origin = this.config.publicUrl || `${req.protocol}://${req.get('host')}`;
    const ics = await this.sessions.feedIcs(token, origin);
    if (ics === null) throw new NotFoundException();
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('Content-Disposition', 'inline; filename="kennislijn-sessies.ics"');
    res.send(ics);
  }
}
