/**
 * The contracts between the pure parts of Dynamic Signal's pipeline (no Nest, no database here):
 *   feeds/    parse, normalise, canonical URLs, near-duplicate fingerprints, SSRF-safe fetching
 *   analysis/ language, FR/EN sentiment, watchlist matching
 *   spikes/   per-minute spike detection and backtests
 * and the ingest service that strings them together (signals.service / ingest.service).
 */

/** One entry of a feed as parsed, before normalisation. Dates are real instants (UTC when printed). */
export interface ParsedFeedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  published: Date | null;
  updated: Date | null;
  /** as found (may hold markup) */
  summary: string | null;
  content: string | null;
  authors: string[];
  categories: string[];
}

export interface RefusedEntry {
  /** position of the entry in the document, 0-based */
  index: number;
  reason: string;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  items: ParsedFeedItem[];
  /** entries that could not be kept, each with its reason; the rest of the feed is kept */
  refused: RefusedEntry[];
}

/** An item ready for the pipeline: plain text, canonical URL, UTC instant. */
export interface SignalDraft {
  /** the source's own id for the item (guid/id/idempotency key), or a hash of url+title when it has none */
  externalId: string;
  url: string | null;
  title: string;
  /** plain text: markup stripped, entities decoded, whitespace collapsed */
  text: string;
  publishedAt: Date;
  authors: string[];
  categories: string[];
  /** 64-bit SimHash of title + text, for near-duplicate detection (as a signed bigint fits PostgreSQL bigint) */
  fingerprint: bigint;
}

export type SentimentLabel = 'positive' | 'negative' | 'neutral';

export interface SentimentResult {
  /** -1 (very negative) … 1 (very positive) */
  score: number;
  label: SentimentLabel;
}

/** One watchlist term as the hub defines it; its query syntax is documented in analysis/. */
export interface WatchTermDefinition {
  id: string;
  label: string;
  query: string;
}

export interface AnalysisResult {
  /** ISO 639-1 code ('fr', 'en', …) or 'und' when unsure */
  language: string;
  sentiment: SentimentResult;
  /** ids of the matched watch terms */
  terms: string[];
}

/** One per-minute count of one series (a watch term or a topic). */
export interface MinuteCount {
  series: string;
  /** start of the minute, UTC */
  minute: Date;
  count: number;
  /** distinct authors (or sources) in that minute: what spikes are measured on when present */
  authors?: number;
  /** sum of sentiment scores of the minute's items, for sentiment shifts */
  sentimentSum?: number;
}

export type SpikeKind = 'burst' | 'drop' | 'ramp' | 'sentiment';

export interface SpikeAlert {
  series: string;
  minute: Date;
  kind: SpikeKind;
  observed: number;
  expected: number;
  /** how unusual, for explanations: z-score or -log10(p) */
  strength: number;
}
