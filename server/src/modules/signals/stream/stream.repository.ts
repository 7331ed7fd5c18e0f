import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SIGNAL_STREAM_LIMITS, type SentimentOrigin, type SignalSentiment } from '@ruche/shared';
import type { AuthUser } from '../../../core/auth/auth-user';
import { paramList, signalVisibleSql, type Param } from '../signal-access';
import { MAX_UUID, SUMMARY_MINUTES, type StreamKey, type StreamRow } from './stream-batch';
import type { StreamFilter } from './stream-filter';

/** What a summary read from the database says (the service adds the rest). */
export interface StoredSummary {
  missed: number;
  truncated: boolean;
  lastId: string | null;
  byWatchlist: { watchlistId: string | null; items: number }[];
  bySentiment: Record<SignalSentiment, number>;
  minutes: { watchlistId: string | null; minute: string; items: number; sentimentSum: number }[];
  totals: { minute: string; items: number; sentimentSum: number }[];
}

/** Missed items a resume summary counts at most (it says `truncated` beyond): a bounded scan. */
export const SUMMARY_SCAN_MAX = 100_000;

/*
 * Matches are joined on the item id alone: signal_item_terms.received_at is written from a JavaScript
 * Date (milliseconds) while signal_items.received_at keeps microseconds, so the two rarely compare equal.
 */
const ROW_COLUMNS = `i.stream_xid::text AS xid, i.id, i.source_id, s.department_id, i.external_id, i.story_id, i.story_lead, i.title,
  left(i.body, ${SIGNAL_STREAM_LIMITS.excerptMax}) AS excerpt, i.url, i.published_at, i.received_at, i.language, i.sentiment_label, i.sentiment_score,
  i.sentiment_origin, i.authors, coalesce((SELECT st.copy_count FROM signal_stories st WHERE st.id = i.story_id), 1) AS copy_count,
  coalesce((SELECT json_agg(json_build_array(m.term_id, t.watchlist_id))
              FROM signal_item_terms m JOIN signal_watch_terms t ON t.id = m.term_id
             WHERE m.item_id = i.id), '[]') AS terms`;

/**
 * Only items whose transaction is older than every transaction still running: nothing can commit
 * later with a smaller position (migration 1765500000000-signals-stream.ts).
 */
const SETTLED = `i.stream_xid < pg_snapshot_xmin(pg_current_snapshot())`;

function rowFrom(r: Record<string, unknown>): StreamRow {
  return {
    key: { xid: BigInt(r.xid as string), id: r.id as string },
    id: r.id as string,
    sourceId: r.source_id as string,
    departmentId: (r.department_id as string | null) ?? null,
    externalId: r.external_id as string,
    storyId: r.story_id as string,
    storyLead: r.story_lead as boolean,
    title: r.title as string,
    excerpt: r.excerpt as string,
    url: (r.url as string | null) ?? null,
    publishedAt: r.published_at as Date,
    receivedAt: r.received_at as Date,
    language: r.language as string,
    sentimentLabel: r.sentiment_label as SignalSentiment,
    sentimentScore: r.sentiment_score as number,
    sentimentOrigin: r.sentiment_origin as SentimentOrigin,
    authors: (r.authors as string[] | null) ?? [],
    copyCount: Number(r.copy_count),
    terms: (r.terms as [string, string][]).map(([termId, watchlistId]) => ({ termId, watchlistId })),
  };
}

/** The stream's SQL: the settled horizon, new items after a position, one person's missed items, watchlists' scopes. */
@Injectable()
export class StreamRepository {
  private watchlistCache?: { version: string; scopes: Map<string, string | null> };

  constructor(private readonly ds: DataSource) {}

  /** The position just before every item not yet settled: where a stream that starts now begins. */
  async horizon(): Promise<StreamKey> {
    const [row]: { xmin: string }[] = await this.ds.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`);
    return { xid: BigInt(row.xmin) - 1n, id: MAX_UUID };
  }

  /** Settled items after `after`, in stream order, at most `limit`. */
  async readAfter(after: StreamKey, limit: number): Promise<StreamRow[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${ROW_COLUMNS} FROM signal_items i JOIN signal_sources s ON s.id = i.source_id
        WHERE (i.stream_xid, i.id) > ($1::text::xid8, $2::uuid) AND ${SETTLED}
        ORDER BY i.stream_xid, i.id LIMIT $3`,
      [after.xid.toString(), after.id, limit],
    );
    return rows.map(rowFrom);
  }

  /** The position of an item `user` may see, or null (unknown, dropped by retention, or another department's). */
  async position(user: AuthUser, itemId: string): Promise<StreamKey | null> {
    const { params, param } = paramList();
    const rows: { xid: string; id: string }[] = await this.ds.query(
      `SELECT i.stream_xid::text AS xid, i.id FROM signal_items i JOIN signal_sources s ON s.id = i.source_id
        WHERE i.id = ${param(itemId)}::uuid AND ${signalVisibleSql(user, 's.department_id', param)}`,
      params,
    );
    return rows[0] ? { xid: BigInt(rows[0].xid), id: rows[0].id } : null;
  }

  /** The WHERE conditions of "items in (from, to] that `user` sees through `filter`". */
  private rangeWhere(user: AuthUser, filter: StreamFilter, watchlistIds: string[], from: StreamKey, to: StreamKey, param: Param): string {
    const where = [
      `(i.stream_xid, i.id) > (${param(from.xid.toString())}::text::xid8, ${param(from.id)}::uuid)`,
      `(i.stream_xid, i.id) <= (${param(to.xid.toString())}::text::xid8, ${param(to.id)}::uuid)`,
      signalVisibleSql(user, 's.department_id', param),
    ];
    if (filter.departmentIds.length > 0) where.push(`s.department_id = ANY(${param(filter.departmentIds)}::uuid[])`);
    if (filter.sourceIds.length > 0) where.push(`i.source_id = ANY(${param(filter.sourceIds)}::uuid[])`);
    if (filter.languages.length > 0) where.push(`i.language = ANY(${param(filter.languages)}::text[])`);
    if (filter.sentiments.length > 0) where.push(`i.sentiment_label = ANY(${param(filter.sentiments)}::text[])`);
    if (filter.watchlistIds.length > 0) {
      where.push(`EXISTS (SELECT 1 FROM signal_item_terms m JOIN signal_watch_terms t ON t.id = m.term_id
                          WHERE m.item_id = i.id AND t.watchlist_id = ANY(${param(watchlistIds)}::uuid[]))`);
    }
    return where.join(' AND ');
  }

  /**
   * Items in (from, to] that `user` sees through `filter`, in stream order, at most `limit`.
   * `watchlistIds`: the filter's watchlists that `user` may see (an item must match one, when the filter names any).
   */
  async readRange(user: AuthUser, filter: StreamFilter, watchlistIds: string[], from: StreamKey, to: StreamKey, limit: number): Promise<StreamRow[]> {
    const { params, param } = paramList();
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${ROW_COLUMNS} FROM signal_items i JOIN signal_sources s ON s.id = i.source_id
        WHERE ${this.rangeWhere(user, filter, watchlistIds, from, to, param)}
        ORDER BY i.stream_xid, i.id LIMIT ${param(limit)}`,
      params,
    );
    return rows.map(rowFrom);
  }

  /**
   * Counts of the items in (from, to] that `user` sees through `filter` (at most SUMMARY_SCAN_MAX of
   * them): per sentiment, per watchlist among `chartWatchlistIds` (null: none of them), and per
   * (watchlist, minute) for the last SUMMARY_MINUTES minutes.
   */
  async summarise(user: AuthUser, filter: StreamFilter, watchlistIds: string[], chartWatchlistIds: string[], from: StreamKey, to: StreamKey): Promise<StoredSummary> {
    const { params, param } = paramList();
    const [row]: Record<string, unknown>[] = await this.ds.query(
      `WITH missed AS MATERIALIZED (
         SELECT i.id, i.received_at, i.stream_xid, i.sentiment_label, i.sentiment_score, i.published_at
           FROM signal_items i JOIN signal_sources s ON s.id = i.source_id
          WHERE ${this.rangeWhere(user, filter, watchlistIds, from, to, param)}
          ORDER BY i.stream_xid, i.id LIMIT ${param(SUMMARY_SCAN_MAX + 1)}),
       tagged AS MATERIALIZED (
         SELECT m.*, w.watchlist_id FROM missed m
           LEFT JOIN LATERAL (SELECT DISTINCT t.watchlist_id FROM signal_item_terms it JOIN signal_watch_terms t ON t.id = it.term_id
                               WHERE it.item_id = m.id AND t.watchlist_id = ANY(${param(chartWatchlistIds)}::uuid[])) w ON true)
       SELECT (SELECT count(*) FROM missed)::int AS missed,
              (SELECT id FROM missed ORDER BY stream_xid DESC, id DESC LIMIT 1) AS last_id,
              (SELECT coalesce(json_object_agg(sentiment_label, n), '{}') FROM (SELECT sentiment_label, count(*)::int AS n FROM missed GROUP BY 1) x) AS by_sentiment,
              (SELECT coalesce(json_agg(json_build_object('watchlistId', watchlist_id, 'items', n)), '[]') FROM (SELECT watchlist_id, count(*)::int AS n FROM tagged GROUP BY 1) y) AS by_watchlist,
              (SELECT coalesce(json_agg(json_build_object('watchlistId', watchlist_id, 'minute', to_char(minute AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:"00.000Z"'), 'items', n, 'sentimentSum', total)), '[]')
                 FROM (SELECT watchlist_id, date_trunc('minute', published_at) AS minute, count(*)::int AS n, sum(sentiment_score)::float8 AS total FROM tagged
                        WHERE published_at >= now() - make_interval(mins => ${SUMMARY_MINUTES}) GROUP BY 1, 2) z) AS minutes,
              (SELECT coalesce(json_agg(json_build_object('minute', to_char(minute AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:"00.000Z"'), 'items', n, 'sentimentSum', total)), '[]')
                 FROM (SELECT date_trunc('minute', published_at) AS minute, count(*)::int AS n, sum(sentiment_score)::float8 AS total FROM missed
                        WHERE published_at >= now() - make_interval(mins => ${SUMMARY_MINUTES}) GROUP BY 1) u) AS totals`,
      params,
    );
    const missed = row.missed as number;
    const bySentiment = { positive: 0, negative: 0, neutral: 0, ...(row.by_sentiment as Record<string, number>) };
    return {
      missed: Math.min(missed, SUMMARY_SCAN_MAX),
      truncated: missed > SUMMARY_SCAN_MAX,
      lastId: (row.last_id as string | null) ?? null,
      byWatchlist: row.by_watchlist as StoredSummary['byWatchlist'],
      bySentiment,
      minutes: row.minutes as StoredSummary['minutes'],
      totals: row.totals as StoredSummary['totals'],
    };
  }

  /** Every watchlist's department (null: company-wide), re-read only when watchlists changed. */
  async watchlistScopes(): Promise<Map<string, string | null>> {
    const [{ version }]: { version: string }[] = await this.ds.query(
      `SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(max(created_at)::text, '') AS version FROM signal_watchlists`,
    );
    if (this.watchlistCache?.version === version) return this.watchlistCache.scopes;
    const rows: { id: string; department_id: string | null }[] = await this.ds.query(`SELECT id, department_id FROM signal_watchlists`);
    const scopes = new Map(rows.map((r) => [r.id, r.department_id]));
    this.watchlistCache = { version, scopes };
    return scopes;
  }

  /** Which of these departments exist, and which of these sources exist with their department. */
  async departmentsAndSources(departmentIds: string[], sourceIds: string[]): Promise<{ departments: Set<string>; sources: Map<string, string | null> }> {
    const departments: { id: string }[] = departmentIds.length ? await this.ds.query(`SELECT id FROM departments WHERE id = ANY($1::uuid[])`, [departmentIds]) : [];
    const sources: { id: string; department_id: string | null }[] = sourceIds.length ? await this.ds.query(`SELECT id, department_id FROM signal_sources WHERE id = ANY($1::uuid[])`, [sourceIds]) : [];
    return { departments: new Set(departments.map((d) => d.id)), sources: new Map(sources.map((s) => [s.id, s.department_id])) };
  }
}
