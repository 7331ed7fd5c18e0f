import type { ParsedFeedItem, RefusedEntry, SignalDraft } from '../pipeline/contracts';
import { toSignalDraft } from './normalise';
import { parseFeed } from './parse-feed';
import { safeFetch, type SafeFetchOptions } from './safe-fetch';

/**
 * "Test this source": what a feed URL or an uploaded feed file would give, without storing anything. Used
 * by `source:preview` and GraphQL `previewSource`. A document that cannot be fetched or is not a feed
 * throws (FetchRefusedError, FeedParseError); entries that would be refused are listed with their reasons.
 */

/** A file may come with the Content-Type it was uploaded with, whose charset then counts as a fetched one's. */
export type PreviewInput = { url: string } | { file: Buffer; name: string; contentType?: string };

export interface PreviewOptions {
  /** fetch rules for URLs (allowlist, time and size caps) */
  fetch?: SafeFetchOptions;
  /** the clock for dates (missing or future ones become it); default the current time */
  now?: Date;
}

export interface PreviewItem {
  /** position of the entry in the document, 0-based */
  index: number;
  /** the entry as parsed */
  item: ParsedFeedItem;
  /** what the pipeline would store */
  draft: SignalDraft;
}

export interface SourcePreview {
  title: string | null;
  link: string | null;
  /** the URL after redirects, or null for a file */
  finalUrl: string | null;
  items: PreviewItem[];
  /** by position in the document: refused by the parser (limits, empty entries) or by normalisation */
  refused: RefusedEntry[];
}

export async function previewSource(input: PreviewInput, opts: PreviewOptions = {}): Promise<SourcePreview> {
  let body: Buffer;
  let contentType: string | undefined;
  let finalUrl: string | null = null;
  if ('url' in input) {
    // No conditional headers: a preview always wants the document itself.
    const fetched = await safeFetch(input.url, { ...opts.fetch, etag: undefined, lastModified: undefined });
    body = fetched.body ?? Buffer.alloc(0);
    contentType = fetched.contentType;
    finalUrl = fetched.finalUrl;
  } else {
    body = input.file;
    contentType = input.contentType;
  }
  const feed = parseFeed(body, { contentType, baseUrl: finalUrl ?? undefined });
  const now = opts.now ?? new Date();

  // The parser drops refused entries from `items`; their positions give back each kept item's own.
  const refusedAt = new Set(feed.refused.map((r) => r.index));
  const items: PreviewItem[] = [];
  const refused: RefusedEntry[] = [...feed.refused];
  let index = 0;
  for (const item of feed.items) {
    while (refusedAt.has(index)) index++;
    const result = toSignalDraft(item, { baseUrl: finalUrl ?? feed.link ?? undefined, now });
    if ('draft' in result) items.push({ index, item, draft: result.draft });
    else refused.push({ index, reason: result.refused });
    index++;
  }
  refused.sort((a, b) => a.index - b.index);
  return { title: feed.title, link: feed.link, finalUrl, items, refused };
}
