import type { Query } from './partitions';

/** One watch-term match to count: the item, the term, the item's minute, who wrote it, where from, its sentiment score. */
export interface CountedMatch {
  /** the stored item (its match row is written before it is counted) */
  itemId: string;
  termId: string;
  publishedAt: Date;
  authorKey: string;
  sourceId: string;
  score: number;
}

const minuteOf = (at: Date) => new Date(Math.floor(at.getTime() / 60_000) * 60_000);
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/**
 * How long the retention job keeps the distinct-author and distinct-source markers of a bucket (by the
 * bucket's start). Older buckets are "late": see addCounts.
 */
export const DISTINCT_MARKER_DAYS = 2;
/**
 * A bucket is treated as late this long before its markers may be trimmed, so that neither this
 * process's clock being behind the database's nor a retention pass in flight can trim what a batch
 * relies on.
 */
export const LATE_MARGIN_MS = 3_600_000;
/** Advisory lock taken by batches that count into late buckets (one at a time, see addCounts). */
const LATE_LOCK = 'signal_term_distinct_late';

/** Whether a bucket starting at `bucketStart` may have lost its markers by `nowMs`. */
export function isLateBucket(bucketStart: Date, nowMs: number): boolean {
  return bucketStart.getTime() < nowMs - DISTINCT_MARKER_DAYS * DAY_MS + LATE_MARGIN_MS;
}

/**
 * What a batch adds to the counts: its matches, sent as they are (PostgreSQL groups them into minute and
 * day rows and distinct markers, in key order), and its late buckets (see addCounts), computed here.
 */
export interface CountPlan {
  itemIds: string[];
  /** JSON of the matches: term, instant, author key, source, score */
  matches: string;
  empty: boolean;
  /** late buckets, sorted */
  late: { span: 'm' | 'd'; termId: string; at: string }[];
}

export function planCounts(matches: CountedMatch[], nowMs = Date.now()): CountPlan {
  let oldest = Infinity;
  for (const m of matches) oldest = Math.min(oldest, m.publishedAt.getTime());
  const late: CountPlan['late'] = [];
  // A day starts before its minutes: if the oldest match's day is not late, no bucket is (the usual case).
  if (matches.length > 0 && isLateBucket(new Date(`${dayOf(new Date(oldest))}T00:00:00.000Z`), nowMs)) {
    const seen = new Set<string>();
    for (const m of matches) {
      for (const [span, at] of [
        ['m', minuteOf(m.publishedAt).toISOString()],
        ['d', `${dayOf(m.publishedAt)}T00:00:00.000Z`],
      ] as const) {
        const key = `${m.termId}|${span}|${at}`;
        if (seen.has(key) || !isLateBucket(new Date(at), nowMs)) continue;
        seen.add(key);
        late.push({ span, termId: m.termId, at });
      }
    }
    late.sort((x, y) => (`${x.termId}|${x.span}|${x.at}` < `${y.termId}|${y.span}|${y.at}` ? -1 : 1));
  }
  return {
    itemIds: [...new Set(matches.map((m) => m.itemId))],
    matches: JSON.stringify(matches.map((m) => ({ t: m.termId, at: m.publishedAt, a: m.authorKey, s: m.sourceId, v: m.score }))),
    empty: matches.length === 0,
    late,
  };
}

/**
 * Late buckets only: rebuilds their markers from their stored matches (see addCounts), under one
 * advisory lock. Nothing (no statement) for a batch of recent items.
 */
export async function rebuildLateMarkers(query: Query, plan: CountPlan): Promise<void> {
  if (plan.late.length === 0) return;
  await query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LATE_LOCK]);
  await query(
    `INSERT INTO signal_term_distinct (term_id, span, bucket, kind, key)
     SELECT b.term_id, b.span, b.bucket, k.kind, k.key
       FROM unnest($1::uuid[], $2::"char"[], $3::timestamptz[]) AS b(term_id, span, bucket)
       CROSS JOIN LATERAL (
         SELECT DISTINCT v.kind, v.key
           FROM signal_item_terms m
           JOIN signal_items i ON i.id = m.item_id AND i.received_at = m.received_at
           CROSS JOIN LATERAL (VALUES ('a'::"char", left(i.author_key, 300)), ('s'::"char", m.source_id::text)) AS v(kind, key)
          WHERE m.term_id = b.term_id AND m.published_at >= b.bucket
            AND m.published_at < b.bucket + CASE WHEN b.span = 'm' THEN interval '1 minute' ELSE interval '24 hours' END
            AND m.item_id <> ALL($4::uuid[])
       ) AS k
     ORDER BY b.term_id, b.span, b.bucket, k.kind, k.key COLLATE "C"
     ON CONFLICT DO NOTHING`,
    [plan.late.map((b) => b.termId), plan.late.map((b) => b.span), plan.late.map((b) => b.at), plan.itemIds],
  );
}

/**
 * The CTEs that write a count plan, run once `after` holds, in this order: the distinct markers (those
 * the table did not have yet are the bucket's new authors and sources), then the minute rows, then the
 * day rows, each in key order, so that concurrent batches lock them in one order (no deadlocks) and
 * hold them only for the end of their transaction (storeBatch's tail). Returns the CTEs and the
 * condition that holds once they are written. `param` gives each parameter its placeholder.
 */
export function countsCtes(plan: CountPlan, param: (value: unknown) => string, after: string): { ctes: string[]; done: string } {
  if (plan.empty) return { ctes: [], done: after };
  const write = (table: string, column: string, bucket: string, value: string, span: 'm' | 'd', afterWrite: string) =>
    `${table.replace('signal_', '')} AS (
       INSERT INTO ${table} AS t (term_id, ${column}, items, authors, sources, sentiment_sum)
       SELECT b.term_id, ${value}, b.items, coalesce(f.authors, 0), coalesce(f.sources, 0), b.sentiment
         FROM (SELECT term_id, ${bucket} AS bucket, count(*)::int AS items, sum(score) AS sentiment FROM count_matches GROUP BY term_id, ${bucket}) AS b
         LEFT JOIN fresh_counts f ON f.span = '${span}' AND f.term_id = b.term_id AND f.bucket = b.bucket
        WHERE ${afterWrite}
        ORDER BY b.term_id, b.bucket
       ON CONFLICT (term_id, ${column}) DO UPDATE SET items = t.items + EXCLUDED.items, authors = t.authors + EXCLUDED.authors,
         sources = t.sources + EXCLUDED.sources, sentiment_sum = t.sentiment_sum + EXCLUDED.sentiment_sum
       RETURNING 1)`;
  return {
    ctes: [
      `count_matches AS MATERIALIZED (
         SELECT m.t AS term_id, date_trunc('minute', m.at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS minute,
                date_trunc('day', m.at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day, left(m.a, 300) AS author, m.s AS source, m.v AS score
           FROM json_to_recordset(${param(plan.matches)}::json) AS m(t uuid, at timestamptz, a text, s uuid, v float8)
          WHERE ${after})`,
      `fresh AS (
         INSERT INTO signal_term_distinct (term_id, span, bucket, kind, key)
         SELECT d.term_id, d.span, d.bucket, d.kind, d.key FROM (
           SELECT DISTINCT m.term_id, s.span, s.bucket, k.kind, k.key
             FROM count_matches m
             CROSS JOIN LATERAL (VALUES ('m'::"char", m.minute), ('d'::"char", m.day)) AS s(span, bucket)
             CROSS JOIN LATERAL (VALUES ('a'::"char", m.author), ('s'::"char", m.source::text)) AS k(kind, key)
         ) AS d
         ORDER BY d.term_id, d.span, d.bucket, d.kind, d.key COLLATE "C"
         ON CONFLICT DO NOTHING
         RETURNING term_id, span, bucket, kind)`,
      `fresh_counts AS (
         SELECT term_id, span, bucket, (count(*) FILTER (WHERE kind = 'a'))::int AS authors, (count(*) FILTER (WHERE kind = 's'))::int AS sources
           FROM fresh GROUP BY term_id, span, bucket)`,
      write('signal_term_minutes', 'minute', 'minute', 'b.bucket', 'm', '(SELECT count(*) FROM fresh) >= 0'),
      write('signal_term_days', 'day', 'day', `(b.bucket AT TIME ZONE 'UTC')::date`, 'd', '(SELECT count(*) FROM term_minutes) >= 0'),
    ],
    done: '(SELECT count(*) FROM term_days) >= 0',
  };
}

/** A statement's parameters, numbered as they are added. */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly add = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/**
 * Adds newly stored matches to the per-minute and per-day counts of their terms, in the caller's
 * transaction (the one that stored the items: a batch that rolls back counts nothing, one stored
 * once is counted once). Distinct authors and sources: a bucket counts an author or a source the
 * first time `signal_term_distinct` gets it. Rows are written in key order so that concurrent
 * batches lock them in the same order (no deadlocks). One statement whatever the batch size (storeBatch
 * writes it in its tail with the other shared rows: see countsCtes).
 *
 * Markers are trimmed after DISTINCT_MARKER_DAYS (retention.service.ts), so an item arriving late for
 * an older minute or day (a history import, a feed's old entry) would count again an author that
 * bucket had already counted. For such late buckets the markers are first rebuilt from the stored
 * matches of the bucket (signal_item_terms joined to their items on (id, received_at)), this batch's
 * own items left out, and only then is the batch counted: exact as long as the bucket's earlier items
 * are stored, i.e. received within SIGNALS_RETENTION_DAYS. Beyond that (the items are gone), an author
 * may be counted once more per late batch, never above the bucket's item count: that is the bound.
 * Late batches take one advisory lock (two of them rebuilding the same bucket's markers would insert
 * the same rows in different orders); batches of recent items never take it.
 */
export async function addCounts(query: Query, matches: CountedMatch[], nowMs = Date.now()): Promise<void> {
  if (matches.length === 0) return;
  const plan = planCounts(matches, nowMs);
  await rebuildLateMarkers(query, plan);
  const params = new SqlParams();
  const { ctes } = countsCtes(plan, params.add, 'true');
  await query(`WITH ${ctes.join(',\n')} SELECT count(*) FROM term_days`, params.values);
}

/** Moves an item's sentiment in its terms' minute and day sums (a correction): `delta` = new − old score. */
export async function shiftSentiment(query: Query, termIds: string[], publishedAt: Date, delta: number): Promise<void> {
  if (termIds.length === 0 || delta === 0) return;
  const sorted = [...termIds].sort();
  await query(`UPDATE signal_term_minutes SET sentiment_sum = sentiment_sum + $3 WHERE term_id = ANY($1::uuid[]) AND minute = $2`, [sorted, minuteOf(publishedAt), delta]);
  await query(`UPDATE signal_term_days SET sentiment_sum = sentiment_sum + $3 WHERE term_id = ANY($1::uuid[]) AND day = $2::date`, [sorted, dayOf(publishedAt), delta]);
}
