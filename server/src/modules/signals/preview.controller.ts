import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { ORIGINAL_TYPE_HEADER } from './ingest/raw-body';
import { SourceFetchRefusedError } from './signals.errors';
import { SourcePreviewService } from './source-preview.service';

export const PREVIEW_PATH = '/signals/preview';
const PREVIEW_TYPE = 'application/vnd.ruche.preview-stream';

/**
 * The preview route reads its own body, as the webhook and import routes do (ingest/raw-body.ts): its
 * media type is set aside in ORIGINAL_TYPE_HEADER and replaced by a private one whose parser hands the
 * stream over untouched, so that Fastify neither refuses feed types it has no parser for nor buffers
 * the file under its 1 MB body limit.
 */
export function registerPreviewBody(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(PREVIEW_TYPE, (_req: FastifyRequest, _payload: unknown, done: (err: Error | null, body?: unknown) => void) => done(null, undefined));
  fastify.addHook('onRequest', (req: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (req.method === 'POST' && req.url.split('?', 1)[0] === PREVIEW_PATH) {
      req.headers[ORIGINAL_TYPE_HEADER] = req.headers['content-type'] ?? '';
      req.headers['content-type'] = PREVIEW_TYPE;
    }
    done();
  });
}

/**
 * `POST /signals/preview` with a feed file as the body (RSS or Atom, up to the cap of a fetched feed)
 * and the session cookie of someone who manages sources: answers what GraphQL `previewSource` answers
 * (title, link, items, refused entries with their reasons) without storing anything. Errors are
 * `{ code, message }`; SOURCE_FETCH_REFUSED also gives the `reason` (not_xml, html_page…), as GraphQL's
 * `extensions.reason` does, so the page can say why.
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
