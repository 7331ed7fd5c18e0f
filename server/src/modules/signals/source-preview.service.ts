import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { BadInputError, ForbiddenError, RateLimitedError } from '../../core/errors/domain-error';
import { clientAddress } from '../../core/security/client-address';
import { LeasedRateLimiter } from '../../core/security/leased-rate-limiter';
import { RateLimitService } from '../../core/security/rate-limit.service';
import { FeedParseError, MAX_FEED_BYTES } from './feeds/parse-feed';
import { previewSource, type PreviewInput, type SourcePreview as FeedPreview } from './feeds/preview';
import { FetchRefusedError } from './feeds/safe-fetch';
import { isIdentityEncoded, ORIGINAL_TYPE_HEADER, originalMediaType, readBody } from './ingest/raw-body';
import { assertManage } from './signal-access';
import { SourceFetchRefusedError, WebhookRefusedError } from './signals.errors';
import type { SourcePreview } from './signals.types';
import { SourcesService, validateFeedUrl } from './sources.service';

/**
 * The media types a feed file comes with (what servers and browsers label .rss, .atom and .xml files
 * with, and "bytes" for the rest). None can be sent cross-site without a CORS preflight, which Ruche
 * never grants: with the Origin check this is the route's CSRF protection, as for imports.
 */
export const PREVIEW_MEDIA_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/octet-stream'];

/**
 * "Test this source" for the hub: a URL fetched under the same rules as polling (SSRF checks, the
 * allowlists, size and time caps), or a feed file, parsed and normalised as ingest would; nothing is
 * stored. A file comes either as the body of `POST /signals/preview` (streamed, up to the same cap as a
 * fetched feed, its Content-Type's charset honoured as a fetched one's) or, for small ones, base64 in
 * GraphQL `previewSource` (whose request body Ruche caps at 256 kB).
 */
@Injectable()
export class SourcePreviewService {
  private readonly limiter: LeasedRateLimiter;

  constructor(
    private readonly sources: SourcesService,
    rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limiter = new LeasedRateLimiter(rateLimits);
  }

  /** GraphQL `previewSource`: a URL, or a small file as base64. */
  async preview(actor: AuthUser, input: { url?: string | null; file?: string | null; fileName?: string | null }): Promise<SourcePreview> {
    assertManage(actor);
    const hasUrl = input.url !== undefined && input.url !== null;
    const hasFile = input.file !== undefined && input.file !== null;
    if (hasUrl === hasFile) throw new BadInputError('Give either a URL or a file.', { field: hasUrl ? 'file' : 'url' });
    if (hasUrl) return this.run({ url: validateFeedUrl(input.url) });
    const text = input.file!;
    if (text.length > Math.ceil((MAX_FEED_BYTES * 4) / 3) + 4 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) {
      throw new BadInputError('"file" must be the feed file in base64, at most 5 MB.', { field: 'file' });
    }
    return this.run({ file: Buffer.from(text, 'base64'), name: String(input.fileName ?? 'upload').slice(0, 200) });
  }

  /**
   * `POST /signals/preview`: the feed file is the request's body. Refused before a byte is read when the
   * request comes from another site, the person may not manage sources, the budget is spent (the same
   * per-session and per-address budgets as /graphql, so this way is no looser than `previewSource`), the
   * media type is not a feed file's, or the body is compressed; refused as soon as it passes the cap.
   */
  async previewUpload(actor: AuthUser, req: FastifyRequest): Promise<SourcePreview> {
    if (req.headers.origin !== undefined && req.headers.origin !== this.config.publicOrigin) throw new ForbiddenError('Cross-site request refused.');
    assertManage(actor);
    const { perSessionPerMinute, perIpPerMinute } = this.config.graphql.rateLimit;
    const retryAfter = await this.limiter.take([
      { key: `graphql:session:${actor.sessionId}`, limit: perSessionPerMinute },
      { key: `graphql:ip:${clientAddress(req.ip)}`, limit: perIpPerMinute },
    ]);
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
    if (!PREVIEW_MEDIA_TYPES.includes(originalMediaType(req))) {
      throw new WebhookRefusedError('UNSUPPORTED_MEDIA_TYPE', `Send the feed file as one of ${PREVIEW_MEDIA_TYPES.join(', ')}.`);
    }
    if (!isIdentityEncoded(req)) throw new WebhookRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Send the file uncompressed (no Content-Encoding).');
    const body = await readBody(req, MAX_FEED_BYTES);
    const header = req.headers[ORIGINAL_TYPE_HEADER];
    return this.run({ file: body, name: 'upload', contentType: typeof header === 'string' ? header : undefined });
  }

  private async run(source: PreviewInput): Promise<SourcePreview> {
    const { operator, administrators } = await this.sources.fetchAllowlist();
    let result: FeedPreview;
    try {
      result = await previewSource(source, { fetch: { allow: [...operator, ...administrators] } });
    } catch (e) {
      if (e instanceof FetchRefusedError || e instanceof FeedParseError) throw new SourceFetchRefusedError(e.reason, e.message);
      throw e;
    }
    return {
      title: result.title,
      link: result.link,
      items: result.items.map(({ item, draft }) => ({
        id: item.id,
        title: draft.title,
        link: draft.url,
        published: draft.publishedAt,
        text: draft.text,
        authors: draft.authors,
        categories: draft.categories,
        refusedReason: null,
      })),
      refused: result.refused.map((r) => ({ index: r.index, reason: r.reason })),
    };
  }
}
