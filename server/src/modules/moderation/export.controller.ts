import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { BadInputError } from '../../core/errors/domain-error';
import { EXPORT_PARTS, ExportService, type ExportPart } from './export.service';

/**
 * GET /campaigns/:id/export.csv (ideas) and ?part=votes (votes per idea and department), with the
 * session cookie, for the campaign's runners and moderators; 404 for everyone else. Streamed: the
 * response is written chunk by chunk as the rows are read.
 */
@Controller('campaigns')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get(':id/export.csv')
  async export(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query('part') part: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const which = (part ?? 'ideas') as ExportPart;
    if (!EXPORT_PARTS.includes(which)) throw new BadInputError('Unknown part.', { field: 'part' });
    const campaign = await this.exports.campaignFor(user, id);
    const day = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="campaign-${campaign.id}-${which}-${day}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    let closed = false;
    req.on('close', () => (closed = true));
    try {
      for await (const chunk of this.exports.lines(user, campaign, which)) {
        if (closed) break;
        // Respect back-pressure: wait for the socket to drain before reading more rows.
        if (!res.write(chunk)) await new Promise<void>((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
      }
    } finally {
      res.end();
    }
  }
}
