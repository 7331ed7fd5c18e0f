/**
 * The live stream's items as the dashboard lists them, and which of the stream's messages a
 * dashboard with given filters keeps. Pure, so the state module and its tests share one definition.
 */
import type { SignalSentiment, SignalStreamItem, SignalStreamSubscribe, SignalStreamSummary } from '@ruche/shared';
import type { SignalItemRowFragment, SignalSourceKind } from '../../graphql/generated';

/** A listed item: GraphQL's row, which a streamed item fills as well (its text is the stream's excerpt). */
export type SignalItemRow = SignalItemRowFragment;

/** The dashboard's filters (the API's SignalItemFilter, one value each). */
export interface DashboardFilters {
  sourceId?: string | null;
  language?: string | null;
  sentiment?: SignalSentiment | null;
  watchlistId?: string | null;
  departmentId?: string | null;
}

/** What the page already knows, to name a streamed item's source and terms. */
export interface StreamCatalog {
  sources: ReadonlyMap<string, { id: string; name: string; kind: SignalSourceKind }>;
  terms: ReadonlyMap<string, { id: string; label: string; watchlistId: string }>;
}

export const emptyCatalog = (): StreamCatalog => ({ sources: new Map(), terms: new Map() });

/** The subscription that sends exactly what the filters show (the server checks each filter against the viewer's rights). */
export function subscriptionOf(filters: DashboardFilters, lastId: string | null): SignalStreamSubscribe {
  const out: SignalStreamSubscribe = { lastId };
  if (filters.watchlistId) out.watchlistIds = [filters.watchlistId];
  if (filters.departmentId) out.departmentIds = [filters.departmentId];
  if (filters.sourceId) out.sourceIds = [filters.sourceId];
  if (filters.language) out.languages = [filters.language];
  if (filters.sentiment) out.sentiments = [filters.sentiment];
  return out;
}

/**
 * Whether a streamed item belongs on a dashboard with these filters. The server already filters;
 * this drops what a previous subscription sent before the server had the new one.
 */
export function matchesFilters(item: SignalStreamItem, filters: DashboardFilters): boolean {
  if (filters.sourceId && item.sourceId !== filters.sourceId) return false;
  if (filters.language && item.language !== filters.language) return false;
  if (filters.sentiment && item.sentiment.label !== filters.sentiment) return false;
  if (filters.watchlistId && !item.watchlistIds.includes(filters.watchlistId)) return false;
  if (filters.departmentId && item.departmentId !== filters.departmentId) return false;
  return true;
}

/** A streamed item as a row of the list: its source and terms named from the catalog (unknown ones are left out). */
export function rowOf(item: SignalStreamItem, catalog: StreamCatalog): SignalItemRow {
  return {
    id: item.id,
    storyId: item.storyId,
    title: item.title,
    text: item.excerpt,
    url: item.url,
    language: item.language,
    publishedAt: item.publishedAt,
    sentiment: item.sentiment.label,
    sentimentScore: item.sentiment.score,
    sentimentOrigin: item.sentiment.origin,
    copyCount: item.copyCount,
    authors: item.authors,
    source: catalog.sources.get(item.sourceId) ?? null,
    terms: item.termIds.flatMap((id) => {
      const term = catalog.terms.get(id);
      return term ? [term] : [];
    }),
  };
}

/**
 * A story's copies as the newest of `fresh` counted them: rows of `list` of the same story whose count
 * is lower take it (a lead shown before its copies came), the others are returned as they are.
 */
export function withStoryCopies<T extends Pick<SignalItemRow, 'storyId' | 'copyCount'>>(list: T[], fresh: readonly Pick<SignalItemRow, 'storyId' | 'copyCount'>[]): T[] {
  const copies = new Map<string, number>();
  for (const f of fresh) copies.set(f.storyId, Math.max(copies.get(f.storyId) ?? 0, f.copyCount));
  if (copies.size === 0) return list;
  let changed = false;
  const out = list.map((row) => {
    const count = copies.get(row.storyId);
    if (count === undefined || count <= row.copyCount) return row;
    changed = true;
    return { ...row, copyCount: count };
  });
  return changed ? out : list;
}

/**
 * A summary's per-minute deltas as the chart counts them: one per minute. With a watchlist filter,
 * that watchlist's deltas (the server sent only its items); without one, the summary's totals, which
 * count each missed item once (its per-watchlist deltas would count an item of two watchlists twice).
 */
export function chartDeltas(summary: Pick<SignalStreamSummary, 'minutes' | 'totals'>, watchlistId: string | null | undefined): { at: number; items: number; sentimentSum: number }[] {
  const kept = watchlistId ? summary.minutes.filter((m) => m.watchlistId === watchlistId) : summary.totals;
  const byMinute = new Map<number, { at: number; items: number; sentimentSum: number }>();
  for (const m of kept) {
    const at = Date.parse(m.minute);
    if (Number.isNaN(at)) continue;
    const bucket = byMinute.get(at) ?? { at, items: 0, sentimentSum: 0 };
    bucket.items += m.items;
    bucket.sentimentSum += m.sentimentSum;
    byMinute.set(at, bucket);
  }
  return [...byMinute.values()];
}
