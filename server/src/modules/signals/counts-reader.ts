import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignalSentiment } from '@ruche/shared';
import { compileWatchTerms, matchWatchTerms, WatchQueryError, type CompiledWatchTerms } from './analysis/watchlist-query';
import type { MinuteCount } from './pipeline/contracts';
import { UUID } from './signal-access';
import { WatchQueryInvalidError } from './signals.errors';

const MINUTE = 60_000;
/** Items read per statement when a series is counted from stored items: bounds memory whatever the range. */
const PAGE = 5000;
/** Candidates read to pick a window's samples (keywords may set many aside). */
const SAMPLE_CANDIDATES = 300;
const KEYWORDS_ID = 'keywords';

/**
 * A series to count: the items of one or more watch terms (a term, or every term of a watchlist), and
 * optionally only those matching `keywords` (the watchlist query syntax, without aliases).
 */
export interface SeriesSpec {
  /** the name the detector knows the series by (e.g. the alert rule's id) */
  name: string;
  termIds: readonly string[];
  keywords: string | null;
}

export interface SeriesTerm {
  id: string;
  label: string;
  watchlistId: string;
  watchlistName: string;
  /** the watchlist's department: null is company-wide */
  departmentId: string | null;
}

export interface SeriesWatchlist {
  id: string;
  name: string;
  departmentId: string | null;
  termIds: string[];
}

/** What an explanation says about a window: items counted, their mean sentiment, the share labelled negative. */
export interface WindowStats {
  items: number;
  /** mean sentiment of the window's items (-1…1), null without items */
  sentimentMean: number | null;
  /** share of stored items labelled negative, null when no item of the window is still stored (retention) */
  negativeShare: number | null;
}

export interface SampleItem {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  sentimentLabel: SignalSentiment;
  sentimentScore: number;
  language: string;
  sourceId: string;
  /** the source's department (null: company-wide): who may see the sample */
  sourceDepartmentId: string | null;
}

/** Compiles keywords alone (no aliases to other terms): WATCH_QUERY_INVALID with the analyser's reason and position otherwise. */
export function compileKeywords(query: string, field = 'keywords'): CompiledWatchTerms {
  try {
    return compileWatchTerms([{ id: KEYWORDS_ID, label: KEYWORDS_ID, query }]);
  } catch (e) {
    if (e instanceof WatchQueryError) throw new WatchQueryInvalidError(e.message, { reason: e.code, position: e.position, field });
    throw e;
  }
}

const minuteOf = (at: Date) => Math.floor(at.getTime() / MINUTE) * MINUTE;

/**
 * Reads what spike detection needs from the stored stream, for the alerts module: watch terms and
 * watchlists by id (no person's permissions here: callers check theirs), per-minute counts of a series
 * (from the counts kept at ingest for one term without keywords, else counted from stored items:
 * distinct items, distinct authors, sentiment sums — an item matching two terms of a topic counts
 * once), a window's sentiment and sample items.
 */
@Injectable()
export class CountsReader {
  constructor(private readonly ds: DataSource) {}

  async term(id: unknown): Promise<SeriesTerm | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    const [row] = await this.ds.query(
      `SELECT t.id, t.label, t.watchlist_id, w.name AS watchlist_name, w.department_id FROM signal_watch_terms t JOIN signal_watchlists w ON w.id = t.watchlist_id WHERE t.id = $1`,
      [id],
    );
    return row ? { id: row.id, label: row.label, watchlistId: row.watchlist_id, watchlistName: row.watchlist_name, departmentId: row.department_id } : null;
  }

  async watchlist(id: unknown): Promise<SeriesWatchlist | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    const [row] = await this.ds.query(
      `SELECT w.id, w.name, w.department_id, coalesce(array_agg(t.id ORDER BY t.id) FILTER (WHERE t.id IS NOT NULL), '{}')::text[] AS term_ids
         FROM signal_watchlists w LEFT JOIN signal_watch_terms t ON t.watchlist_id = w.id WHERE w.id = $1 GROUP BY w.id`,
      [id],
    );
    return row ? { id: row.id, name: row.name, departmentId: row.department_id, termIds: row.term_ids } : null;
  }

  /**
   * The series' per-minute counts for the minutes starting in [from, to] (both on minute boundaries),
   * in time order; minutes without a row are zeros. Distinct authors are what spikes measure.
   */
  async minutes(spec: SeriesSpec, from: Date, to: Date): Promise<MinuteCount[]> {
    if (spec.termIds.length === 0 || to.getTime() < from.getTime()) return [];
    if (spec.termIds.length === 1 && !spec.keywords) {
      const rows: { minute: Date; items: number; authors: number; sentiment_sum: number }[] = await this.ds.query(
        `SELECT minute, items, authors, sentiment_sum FROM signal_term_minutes WHERE term_id = $1 AND minute >= $2 AND minute <= $3 ORDER BY minute`,
        [spec.termIds[0], from, to],
      );
      return rows.filter((r) => r.items > 0).map((r) => {
        // Counts kept at ingest: distinct authors within 1…items (markers are trimmed before counts), sums within ±items.
        const count = r.items;
        return {
          series: spec.name,
          minute: new Date(r.minute),
          count,
          authors: Math.min(count, Math.max(1, r.authors)),
          sentimentSum: Math.max(-count, Math.min(count, r.sentiment_sum)),
        };
      });
    }
    const out: MinuteCount[] = [];
    let current: { minute: number; items: number; authors: Set<string>; sentiment: number } | null = null;
    const flush = () => {
      if (current && current.items > 0) {
        out.push({ series: spec.name, minute: new Date(current.minute), count: current.items, authors: current.authors.size, sentimentSum: Math.max(-current.items, Math.min(current.items, current.sentiment)) });
      }
    };
    await this.scanItems(spec, from, new Date(to.getTime() + MINUTE), (item) => {
      const minute = minuteOf(item.published_at);
      if (!current || current.minute !== minute) {
        flush();
        current = { minute, items: 0, authors: new Set(), sentiment: 0 };
      }
      current.items++;
      current.authors.add(item.author_key);
      current.sentiment += item.sentiment_score;
    });
    flush();
    return out;
  }

  /**
   * The publication minutes in [from, to] (minute boundaries) of the series' items stored by transactions
   * from `sinceXmin` on and already settled (before the current snapshot's xmin, as the stream reads
   * them), and that xmin: the next call's `sinceXmin`, so that each stored item is seen by one call.
   * `sinceXmin` null: nothing is looked for, only the xmin is given. Keywords are not applied (a minute
   * too many is judged again for nothing).
   */
  async minutesStoredSince(spec: SeriesSpec, from: Date, to: Date, sinceXmin: string | null): Promise<{ minutes: Date[]; xmin: string }> {
    const [row]: { xmin: string; minutes: Date[] | null }[] = await this.ds.query(
      `WITH h AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
       SELECT h.xmin::text AS xmin,
              CASE WHEN $4::text IS NULL OR cardinality($1::uuid[]) = 0 THEN NULL ELSE
                (SELECT array_agg(DISTINCT date_trunc('minute', i.published_at))
                   FROM signal_items i
                  WHERE i.stream_xid >= $4::text::xid8 AND i.stream_xid < h.xmin AND i.published_at >= $2 AND i.published_at < $3
                    AND EXISTS (SELECT 1 FROM signal_item_terms m WHERE m.item_id = i.id AND m.received_at = i.received_at AND m.term_id = ANY($1::uuid[]))) END AS minutes
         FROM h`,
      [spec.termIds, from, new Date(to.getTime() + MINUTE), sinceXmin],
    );
    return { minutes: (row.minutes ?? []).map((m) => new Date(m)).sort((a, b) => a.getTime() - b.getTime()), xmin: row.xmin };
  }

  /** The items of the minutes starting in [from, to] (minute boundaries): count, mean sentiment, negative share. */
  async windowStats(spec: SeriesSpec, from: Date, to: Date): Promise<WindowStats> {
    let items = 0;
    let negative = 0;
    let sum = 0;
    await this.scanItems(spec, from, new Date(to.getTime() + MINUTE), (item) => {
      items++;
      sum += item.sentiment_score;
      if (item.sentiment_label === 'negative') negative++;
    });
    if (items > 0) return { items, sentimentMean: sum / items, negativeShare: negative / items };
    // The items may be gone (retention) while the counts stay: the mean still comes from the counts.
    const rows = spec.termIds.length === 1 && !spec.keywords ? await this.minutes(spec, from, to) : [];
    const counted = rows.reduce((n, r) => n + r.count, 0);
    const sentiment = rows.reduce((n, r) => n + (r.sentimentSum ?? 0), 0);
    return { items: counted, sentimentMean: counted > 0 ? sentiment / counted : null, negativeShare: null };
  }

  /**
   * Up to `limit` items of the window as examples: one per author (a spammer's 200 posts show once),
   * the lead item of each story first, newest first.
   */
  async samples(spec: SeriesSpec, from: Date, to: Date, limit: number): Promise<SampleItem[]> {
    if (spec.termIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT DISTINCT ON (i.story_lead, i.published_at, i.id) i.id, i.title, i.body, i.url, i.published_at, i.sentiment_label, i.sentiment_score, i.language, i.source_id,
              i.author_key, s.department_id AS source_department_id
         FROM signal_item_terms m JOIN signal_items i ON i.id = m.item_id JOIN signal_sources s ON s.id = i.source_id
        WHERE m.term_id = ANY($1::uuid[]) AND m.published_at >= $2 AND m.published_at < $3
        ORDER BY i.story_lead DESC, i.published_at DESC, i.id LIMIT $4`,
      [spec.termIds, from, new Date(to.getTime() + MINUTE), SAMPLE_CANDIDATES],
    );
    const keywords = spec.keywords ? compileKeywords(spec.keywords) : null;
    const authors = new Set<string>();
    const picked: SampleItem[] = [];
    for (const r of rows) {
      if (picked.length >= limit) break;
      if (keywords && matchWatchTerms(`${r.title as string}\n${r.body as string}`, keywords).length === 0) continue;
      if (authors.has(r.author_key as string)) continue;
      authors.add(r.author_key as string);
      picked.push({
        id: r.id as string,
        title: (r.title as string).slice(0, 300),
        url: (r.url as string | null) ?? null,
        publishedAt: new Date(r.published_at as Date).toISOString(),
        sentimentLabel: r.sentiment_label as SignalSentiment,
        sentimentScore: Number(r.sentiment_score),
        language: r.language as string,
        sourceId: r.source_id as string,
        sourceDepartmentId: (r.source_department_id as string | null) ?? null,
      });
    }
    return picked;
  }

  /**
   * Visits the series' distinct items published in [from, until), in time order, a page at a time
   * (keyset on published_at, item id: an item matching several terms is visited once).
   */
  private async scanItems(
    spec: SeriesSpec,
    from: Date,
    until: Date,
    visit: (item: { published_at: Date; author_key: string; sentiment_score: number; sentiment_label: string }) => void,
  ): Promise<void> {
    if (spec.termIds.length === 0) return;
    const keywords = spec.keywords ? compileKeywords(spec.keywords) : null;
    const text = keywords ? ', i.title, i.body' : '';
    let after: [Date, string] | null = null;
    for (;;) {
      const params: unknown[] = [spec.termIds, from, until, PAGE];
      const keyset = after ? `AND (m.published_at, m.item_id) > ($5, $6::uuid)` : '';
      if (after) params.push(after[0], after[1]);
      const rows: { item_id: string; published_at: Date; author_key: string; sentiment_score: number; sentiment_label: string; title?: string; body?: string }[] = await this.ds.query(
        `SELECT m.item_id, m.published_at, i.author_key, i.sentiment_score, i.sentiment_label${text}
           FROM signal_item_terms m JOIN signal_items i ON i.id = m.item_id
          WHERE m.term_id = ANY($1::uuid[]) AND m.published_at >= $2 AND m.published_at < $3 ${keyset}
          ORDER BY m.published_at, m.item_id LIMIT $4`,
        params,
      );
      let last: string | null = null;
      for (const r of rows) {
        if (r.item_id === last) continue;
        last = r.item_id;
        if (keywords && matchWatchTerms(`${r.title ?? ''}\n${r.body ?? ''}`, keywords).length === 0) continue;
        visit({ published_at: new Date(r.published_at), author_key: r.author_key, sentiment_score: Number(r.sentiment_score), sentiment_label: r.sentiment_label });
      }
      if (rows.length < PAGE) return;
      const tail = rows[rows.length - 1];
      after = [new Date(tail.published_at), tail.item_id];
    }
  }
}
