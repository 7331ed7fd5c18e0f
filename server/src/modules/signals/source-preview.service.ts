import { Injectable } from '@nestjs/common';
import { SIGNAL_LIMITS } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { FeedParseError } from './feeds/parse-feed';
import { previewSource } from './feeds/preview';
import { FetchRefusedError } from './feeds/safe-fetch';
import { assertManage } from './signal-access';
import { SourceFetchRefusedError } from './signals.errors';
import type { SourcePreview } from './signals.types';
import { SourcesService, validateFeedUrl } from './sources.service';

/**
 * "Test this source" for the hub: a URL fetched under the same rules as polling (SSRF checks, the
 * allowlists, size and time caps), or an uploaded feed file given as base64 (its exact bytes, so its
 * declared encoding still means something), parsed and normalised as ingest would; nothing is stored.
 * The file travels in a GraphQL request, whose body Ruche caps at 256 kB: larger files are tested by
 * URL or imported.
 */
@Injectable()
export class SourcePreviewService {
  constructor(private readonly sources: SourcesService) {}

  async preview(actor: AuthUser, input: { url?: string | null; file?: string | null; fileName?: string | null }): Promise<SourcePreview> {
    assertManage(actor);
    const hasUrl = input.url !== undefined && input.url !== null;
    const hasFile = input.file !== undefined && input.file !== null;
    if (hasUrl === hasFile) throw new BadInputError('Give either a URL or a file.', { field: hasUrl ? 'file' : 'url' });
    let source: { url: string } | { file: Buffer; name: string };
    if (hasUrl) source = { url: validateFeedUrl(input.url) };
    else {
      const text = input.file!;
      if (text.length > Math.ceil((SIGNAL_LIMITS.previewFileMaxBytes * 4) / 3) + 4 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) {
        throw new BadInputError('"file" must be the feed file in base64, at most 5 MB.', { field: 'file' });
      }
      source = { file: Buffer.from(text, 'base64'), name: String(input.fileName ?? 'upload').slice(0, 200) };
    }
    const { operator, administrators } = await this.sources.fetchAllowlist();
    let result;
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
