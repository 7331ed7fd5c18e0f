import { SIGNAL_STREAM_LIMITS, type SentimentOrigin, type SignalMinuteDelta, type SignalSentiment, type SignalStreamItem, type SignalStreamSummary } from '@ruche/shared';
import type { StreamFilter } from './stream-filter';

/**
 * A position in the stream: the storing transaction's id (xid8, as decimal text) and the item id.
 * Items are streamed in this order (see migration 1765500000000-signals-stream.ts).
 */
export interface StreamKey {
  xid: bigint;
  id: string;
}

/** Before every item of a transaction: (xid, nil uuid) ≤ (xid, any id); after: (xid, max uuid). */
export const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

export function compareKeys(a: StreamKey, b: StreamKey): number {
  if (a.xid !== b.xid) return a.xid < b.xid ? -1 : 1;
  // PostgreSQL orders uuids byte by byte: the same order as their lower-case text.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A stored item as the stream reads it, with every watch term it matched (and each term's watchlist). */
export interface StreamRow {
  key: StreamKey;
  id: string;
  sourceId: string;
  departmentId: string | null;
  externalId: string;
  storyId: string;
  storyLead: boolean;
  title: string;
  excerpt: string;
  url: string | null;
  publishedAt: Date;
  receivedAt: Date;
  language: string;
  sentimentLabel: SignalSentiment;
  sentimentScore: number;
  sentimentOrigin: SentimentOrigin;
  authors: string[];
  /** Its story's copies when read (itself included). */
  copyCount: number;
  terms: { termId: string; watchlistId: string }[];
}

/** What one audience may see of the watchlists: their ids (watchlist → its department, null: company-wide, from the database). */
export type VisibleWatchlists = (watchlistId: string) => boolean;

/**
 * The item as `filter`'s subscribers see it, or null when it is not for them: its department must be
 * visible (`departmentVisible`), it must pass every filter, and it carries only the watchlists and
 * terms they may see.
 */
export function projectItem(row: StreamRow, filter: StreamFilter, departmentVisible: (departmentId: string | null) => boolean, watchlistVisible: VisibleWatchlists): SignalStreamItem | null {
  if (!departmentVisible(row.departmentId)) return null;
  if (filter.departmentIds.length > 0 && (row.departmentId === null || !filter.departmentIds.includes(row.departmentId))) return null;
  if (filter.sourceIds.length > 0 && !filter.sourceIds.includes(row.sourceId)) return null;
  if (filter.languages.length > 0 && !filter.languages.includes(row.language)) return null;
  if (filter.sentiments.length > 0 && !filter.sentiments.includes(row.sentimentLabel)) return null;
  const terms = row.terms.filter((t) => watchlistVisible(t.watchlistId));
  const watchlistIds = [...new Set(terms.map((t) => t.watchlistId))].sort();
  if (filter.watchlistIds.length > 0 && !watchlistIds.some((w) => filter.watchlistIds.includes(w))) return null;
  return {
    id: row.id,
    sourceId: row.sourceId,
    departmentId: row.departmentId,
    externalId: row.externalId,
    storyId: row.storyId,
    storyLead: row.storyLead,
    title: row.title,
    excerpt: row.excerpt,
    url: row.url,
    publishedAt: row.publishedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    language: row.language,
    sentiment: { label: row.sentimentLabel, score: row.sentimentScore, origin: row.sentimentOrigin },
    authors: row.authors,
    copyCount: row.copyCount,
    watchlistIds,
    termIds: [...new Set(terms.map((t) => t.termId))].sort(),
  };
}

/** The watchlists an item counts for on a subscriber's chart: its visible ones, within the filter if any; null when none. */
export function chartWatchlists(item: SignalStreamItem, filter: StreamFilter): (string | null)[] {
  const lists = filter.watchlistIds.length > 0 ? item.watchlistIds.filter((w) => filter.watchlistIds.includes(w)) : item.watchlistIds;
  return lists.length > 0 ? lists : [null];
}

function minuteOf(iso: string): string {
  return `${iso.slice(0, 16)}:00.000Z`;
}

/**
 * Counts what a client did not receive (a slow client's missed items, a summary's), in bounded
 * memory: one counter per watchlist, per sentiment, and per (watchlist, minute) for the last
 * SUMMARY_MINUTES minutes only (the chart's window; older items still count in the totals).
 */
export const SUMMARY_MINUTES = 60;

export class MissedCounter {
  missed = 0;
  lastId: string | null = null;
  readonly byWatchlist = new Map<string | null, number>();
  readonly bySentiment: Record<SignalSentiment, number> = { positive: 0, negative: 0, neutral: 0 };
  private readonly minutes = new Map<string, SignalMinuteDelta>();
  private readonly totals = new Map<string, SignalStreamSummary['totals'][number]>();

  constructor(private readonly now: () => number = Date.now) {}

  add(item: SignalStreamItem, filter: StreamFilter): void {
    this.missed++;
    this.lastId = item.id;
    this.bySentiment[item.sentiment.label]++;
    const lists = chartWatchlists(item, filter);
    for (const w of lists) this.byWatchlist.set(w, (this.byWatchlist.get(w) ?? 0) + 1);
    if (Date.parse(item.publishedAt) < this.now() - SUMMARY_MINUTES * 60_000) return;
    addMinutes(this.minutes, item, lists);
    const minute = minuteOf(item.publishedAt);
    let total = this.totals.get(minute);
    if (!total) this.totals.set(minute, (total = { minute, items: 0, sentimentSum: 0 }));
    total.items++;
    total.sentimentSum += item.sentiment.score;
  }

  summary(reason: SignalStreamSummary['reason'], resumeFrom: string | null, truncated = false): SignalStreamSummary {
    return {
      reason,
      missed: this.missed,
      truncated,
      byWatchlist: [...this.byWatchlist].map(([watchlistId, items]) => ({ watchlistId, items })),
      bySentiment: { ...this.bySentiment },
      minutes: [...this.minutes.values()],
      totals: [...this.totals.values()],
      resumeFrom,
      lastId: this.lastId,
      sentAt: new Date().toISOString(),
    };
  }
}

function addMinutes(minutes: Map<string, SignalMinuteDelta>, item: SignalStreamItem, lists: (string | null)[]): void {
  const minute = minuteOf(item.publishedAt);
  for (const watchlistId of lists) {
    const key = `${watchlistId ?? ''} ${minute}`;
    let delta = minutes.get(key);
    if (!delta) minutes.set(key, (delta = { watchlistId, minute, items: 0, sentimentSum: 0 }));
    delta.items++;
    delta.sentimentSum += item.sentiment.score;
  }
}

/** Per-minute volume and sentiment deltas of the items of one message, per chart watchlist. */
export function minuteDeltas(items: SignalStreamItem[], filter: StreamFilter): SignalMinuteDelta[] {
  const minutes = new Map<string, SignalMinuteDelta>();
  for (const item of items) addMinutes(minutes, item, chartWatchlists(item, filter));
  return [...minutes.values()];
}

/** Cuts a moment's items into messages of at most batchItemsMax. */
export function chunks<T>(items: T[], size: number = SIGNAL_STREAM_LIMITS.batchItemsMax): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
