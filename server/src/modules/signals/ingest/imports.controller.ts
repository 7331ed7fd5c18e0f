import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../../core/auth/auth-user';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { ImportsService } from './imports.service';

/**
 * `POST /signals/import/:sourceId` with an `application/x-ndjson` body, one item per line, and the
 * session cookie of someone who manages the source: answers the finished run (counts and the report of
 * refused lines); while it runs, `signalImport(id)` and `signalImports(sourceId)` show its progress.
 */
@Controller('signals/import')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post(':sourceId')
  @HttpCode(200)
  async run(@CurrentUser() user: AuthUser, @Param('sourceId') sourceId: string, @Req() req: FastifyRequest) {
    const run = await this.imports.run(user, sourceId, req);
    return { id: run.id, status: run.status, lines: run.lines, stored: run.stored, duplicates: run.duplicates, refused: run.refused, report: run.report, error: run.error };
  }
}
