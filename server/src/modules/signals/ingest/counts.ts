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

interface Bucket {
  termId: string;
  bucket: string;
  items: number;
  authors: number;
  sources: number;
  sentiment: number;
}

/**
 * Adds newly stored matches to the per-minute and per-day counts of their terms, in the caller's
 * transaction (the one that stored the items: a batch that rolls back counts nothing, one stored
 * once is counted once). Distinct authors and sources: a bucket counts an author or a source the
 * first time `signal_term_distinct` gets it. Rows are written in key order so that concurrent
 * batches lock them in the same order (no deadlocks). Three statements whatever the batch size.
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
  const buckets = new Map<string, Bucket>();
  const bucketOf = (span: 'm' | 'd', termId: string, at: Date) => {
    const bucket = span === 'm' ? minuteOf(at).toISOString() : dayOf(at);
    const key = `${span}|${termId}|${bucket}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { termId, bucket, items: 0, authors: 0, sources: 0, sentiment: 0 }));
    return b;
  };
  const markers = new Map<string, [string, string, string, string, string]>();
  for (const m of matches) {
    for (const span of ['m', 'd'] as const) {
      const b = bucketOf(span, m.termId, m.publishedAt);
      b.items++;
      b.sentiment += m.score;
      const bucketAt = span === 'm' ? b.bucket : `${b.bucket}T00:00:00.000Z`;
      for (const [kind, key] of [
        ['a', m.authorKey],
        ['s', m.sourceId],
      ] as const) {
        markers.set(`${m.termId}|${span}|${bucketAt}|${kind}|${key}`, [m.termId, span, bucketAt, kind, key]);
      }
    }
  }
  const late = [...buckets.entries()]
    .map(([key, b]) => ({ span: key[0] as 'm' | 'd', termId: b.termId, at: key[0] === 'm' ? b.bucket : `${b.bucket}T00:00:00.000Z` }))
    .filter((b) => isLateBucket(new Date(b.at), nowMs))
    .sort((x, y) => (`${x.termId}|${x.span}|${x.at}` < `${y.termId}|${y.span}|${y.at}` ? -1 : 1));
  if (late.length > 0) {
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
      [late.map((b) => b.termId), late.map((b) => b.span), late.map((b) => b.at), [...new Set(matches.map((m) => m.itemId))]],
    );
  }
  const rows = [...markers.values()].sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
  const fresh: { term_id: string; span: 'm' | 'd'; bucket: Date; kind: 'a' | 's' }[] = await query(
    `INSERT INTO signal_term_distinct (term_id, span, bucket, kind, key)
     SELECT * FROM unnest($1::uuid[], $2::"char"[], $3::timestamptz[], $4::"char"[], $5::text[])
     ON CONFLICT DO NOTHING
     RETURNING term_id, span, bucket, kind`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4].slice(0, 300))],
  );
  for (const f of fresh) {
    const b = bucketOf(f.span, f.term_id, new Date(f.bucket));
    if (f.kind === 'a') b.authors++;
    else b.sources++;
  }
  const write = async (span: 'm' | 'd') => {
    const list = [...buckets.entries()]
      .filter(([k]) => k.startsWith(`${span}|`))
      .map(([k, b]) => ({ k, b }))
      .sort((x, y) => (x.k < y.k ? -1 : 1))
      .map(({ b }) => b);
    if (list.length === 0) return;
    const table = span === 'm' ? 'signal_term_minutes' : 'signal_term_days';
    const column = span === 'm' ? 'minute' : 'day';
    const type = span === 'm' ? 'timestamptz' : 'date';
    await query(
      `INSERT INTO ${table} AS t (term_id, ${column}, items, authors, sources, sentiment_sum)
       SELECT * FROM unnest($1::uuid[], $2::${type}[], $3::int[], $4::int[], $5::int[], $6::float8[])
       ON CONFLICT (term_id, ${column}) DO UPDATE SET items = t.items + EXCLUDED.items, authors = t.authors + EXCLUDED.authors,
         sources = t.sources + EXCLUDED.sources, sentiment_sum = t.sentiment_sum + EXCLUDED.sentiment_sum`,
      [list.map((b) => b.termId), list.map((b) => b.bucket), list.map((b) => b.items), list.map((b) => b.authors), list.map((b) => b.sources), list.map((b) => b.sentiment)],
    );
  };
  await write('m');
  await write('d');
}

/** Moves an item's sentiment in its terms' minute and day sums (a correction): `delta` = new − old score. */
export async function shiftSentiment(query: Query, termIds: string[], publishedAt: Date, delta: number): Promise<void> {
  if (termIds.length === 0 || delta === 0) return;
  const sorted = [...termIds].sort();
  await query(`UPDATE signal_term_minutes SET sentiment_sum = sentiment_sum + $3 WHERE term_id = ANY($1::uuid[]) AND minute = $2`, [sorted, minuteOf(publishedAt), delta]);
  await query(`UPDATE signal_term_days SET sentiment_sum = sentiment_sum + $3 WHERE term_id = ANY($1::uuid[]) AND day = $2::date`, [sorted, dayOf(publishedAt), delta]);
}
