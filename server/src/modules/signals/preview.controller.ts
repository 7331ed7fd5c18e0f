import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { SourceFetchRefusedError } from './signals.errors';
import { SourcePreviewService } from './source-preview.service';

/**
 * `POST /signals/preview` with a feed file as the body (RSS or Atom, up to the cap of a fetched feed)
 * and the session cookie of someone who manages sources: answers what GraphQL `previewSource` answers
 * (title, link, items, refused entries with their reasons) without storing anything. Errors are
 * `{ code, message }`; SOURCE_FETCH_REFUSED also gives the `reason` (not_xml, html_page…), as GraphQL's
 * `extensions.reason` does, so the page can say why. The body is read by the service from `req.raw`
 * (ingest/raw-body.ts: RAW_PATHS).
 */
@Controller('signals/preview')
export class PreviewController {
  constructor(private readonly previews: SourcePreviewService) {}

  @Post()
  @HttpCode(200)
  async preview(@CurrentUser() user: AuthUser, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return await this.previews.previewUpload(user, req);
    } catch (e) {
      if (!(e instanceof SourceFetchRefusedError)) throw e;
      void reply.code(e.httpStatus);
      return { code: e.code, message: e.message, reason: e.details?.reason };
    }
  }
}
