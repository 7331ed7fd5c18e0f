import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { BadInputError } from '../../core/errors/domain-error';
import { EXPORT_PARTS, ExportService, type ExportPart } from './export.service';

/**
 * GET /campaigns/:id/export.csv (ideas) and ?part=votes (votes per idea and department), with the
 * session cookie, for the campaign's runners and moderators; 404 for everyone else. Streamed: rows are
 * read chunk by chunk as the client takes them (a Readable over ExportService.lines; Fastify applies
 * back-pressure and stops reading when the client goes away).
 */
@Controller('campaigns')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get(':id/export.csv')
  async export(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query('part') part: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const which = (part ?? 'ideas') as ExportPart;
    if (typeof which !== 'string' || !EXPORT_PARTS.includes(which)) throw new BadInputError('Unknown part.', { field: 'part' });
    const campaign = await this.exports.campaignFor(user, id);
    const day = new Date().toISOString().slice(0, 10);
    await reply
      .status(200)
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="campaign-${campaign.id}-${which}-${day}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(this.exports.lines(user, campaign, which)));
  }
}
