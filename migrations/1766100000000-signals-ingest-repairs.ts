import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two repairs of what the signals ingest stored.
 *
 * 1. Watch-term matches take their item's received_at exactly. The ingest used to write
 *    `signal_item_terms.received_at` from the JavaScript Date that `signal_items` returned, which keeps
 *    milliseconds where PostgreSQL keeps microseconds, so joining the two on (item_id, received_at) —
 *    the partition key, which lets PostgreSQL prune partitions — found almost nothing. New matches are
 *    written with the items' own now(); this copies each stored item's value onto its matches (an item
 *    id is unique, so it alone says which item a match belongs to). A match whose value had been
 *    rounded over midnight moves to its item's partition (PostgreSQL moves rows on UPDATE).
 * 2. Story bands: a story is found by threshold + 1 chunks of its fingerprint (ingest/stories.ts), and
 *    the feeds' threshold is 16 bits, so 17 chunks; 16 were stored, which let a copy at exactly 16 bits
 *    go unfound. The bands are recomputed here as fingerprintBands(fingerprint, 16) does: chunk i
 *    holds 64 / 17 bits (one more for the first 64 % 17 chunks) taken from the lowest bits up, stored
 *    as i << 24 | value. An arithmetic shift of the signed bigint is fine: the mask keeps only the
 *    chunk's bits, all below bit 64.
 *
 * Nothing to undo: the repaired values are the ones that were meant.
 */
/** Gives every match its item's received_at (repair 1). */
export const MATCHES_RECEIVED_AT_SQL = `UPDATE signal_item_terms m SET received_at = i.received_at
   FROM signal_items i
  WHERE i.id = m.item_id AND i.received_at <> m.received_at`;

/** Sets every story's 17 bands from its fingerprint (also used by 1766500000000's down). */
export const STORY_BANDS_SQL = `UPDATE signal_stories s SET bands = b.bands
   FROM (SELECT st.id, array_agg(((c.i << 24) | ((st.fingerprint >> c.off) & ((1::bigint << c.bits) - 1)))::int ORDER BY c.i) AS bands
           FROM signal_stories st
           CROSS JOIN (SELECT g.i, g.bits, (coalesce(sum(g.bits) OVER (ORDER BY g.i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::int AS off
                         FROM (SELECT i, 64 / 17 + CASE WHEN i < 64 % 17 THEN 1 ELSE 0 END AS bits FROM generate_series(0, 16) AS i) AS g) AS c
          GROUP BY st.id) AS b
  WHERE b.id = s.id`;

export class SignalsIngestRepairs1766100000000 implements MigrationInterface {
  name = 'SignalsIngestRepairs1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(MATCHES_RECEIVED_AT_SQL);
    await q.query(STORY_BANDS_SQL);
  }

  async down(): Promise<void> {
    // The old values were wrong; there is nothing to restore.
  }
}
