import { randomUUID } from 'node:crypto';
import type { Query } from './partitions';

/**
 * Near-duplicate stories. Two fingerprints within Hamming distance d agree exactly on at least one of
 * any d + 1 disjoint chunks of their 64 bits (pigeonhole), so a story is looked up by its chunks
 * ("bands", GIN-indexed) and only those candidates are compared bit by bit. A chunk is stored as
 * `index << 24 | value`, so chunks of different positions never collide; at least 3 chunks keep each
 * under 24 bits. With feeds' threshold of 12 bits that is 13 chunks of about 5 bits, a loose filter
 * (about a third of the window's stories share a chunk with a given fingerprint), so the exact distance
 * is also checked in SQL and only real candidates come back.
 */
export function bandCount(threshold: number): number {
  return Math.min(16, Math.max(3, threshold + 1));
}

export function fingerprintBands(fingerprint: bigint, threshold: number): number[] {
  const n = bandCount(threshold);
  const unsigned = BigInt.asUintN(64, fingerprint);
  const bands: number[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const bits = Math.floor(64 / n) + (i < 64 % n ? 1 : 0);
    const value = Number((unsigned >> BigInt(offset)) & ((1n << BigInt(bits)) - 1n));
    bands.push((i << 24) | value);
    offset += bits;
  }
  return bands;
}

/** How far back a new item looks for the story it copies: syndication happens within days. */
export const STORY_WINDOW_HOURS = 72;

export interface StoryInput {
  itemId: string;
  fingerprint: bigint;
  title: string;
}

export interface StoryAssignment {
  storyId: string;
  /** The item starts the story (the first copy seen). */
  lead: boolean;
}

/**
 * Puts each item in a story: the closest story seen in the window within `threshold` bits, else a
 * new one (also matched by later items of the same batch). Runs in the caller's transaction; story
 * rows it updates are locked in id order, so concurrent batches cannot deadlock on them. Two batches
 * committing copies of a brand-new story at the same instant may start two stories: clustering is
 * best effort there, never a lost or doubled item.
 */
export async function assignStories(
  query: Query,
  items: StoryInput[],
  threshold: number,
  distance: (a: bigint, b: bigint) => number,
): Promise<Map<string, StoryAssignment>> {
  const result = new Map<string, StoryAssignment>();
  if (items.length === 0) return result;
  const allBands = [...new Set(items.flatMap((i) => fingerprintBands(i.fingerprint, threshold)))];
  const rows: { id: string; fingerprint: string }[] = await query(
    `SELECT id, fingerprint::text AS fingerprint FROM signal_stories
      WHERE bands && $1::int[] AND last_seen_at > now() - make_interval(hours => $2)
        AND EXISTS (SELECT 1 FROM unnest($3::bigint[]) AS f(fp) WHERE bit_count((fingerprint # f.fp)::bit(64)) <= $4)`,
    [allBands, STORY_WINDOW_HOURS, items.map((i) => i.fingerprint.toString()), threshold],
  );
  const candidates = rows.map((r) => ({ id: r.id, fingerprint: BigInt(r.fingerprint) }));
  const created: { id: string; fingerprint: bigint; title: string; firstItemId: string; bands: number[] }[] = [];
  const copies = new Map<string, number>();
  for (const item of items) {
    let best: { id: string; d: number } | undefined;
    for (const c of [...candidates, ...created]) {
      const d = distance(item.fingerprint, c.fingerprint);
      if (d <= threshold && (!best || d < best.d)) best = { id: c.id, d };
    }
    if (best) {
      result.set(item.itemId, { storyId: best.id, lead: false });
      copies.set(best.id, (copies.get(best.id) ?? 0) + 1);
    } else {
      const story = { id: randomUUID(), fingerprint: item.fingerprint, title: item.title, firstItemId: item.itemId, bands: fingerprintBands(item.fingerprint, threshold) };
      created.push(story);
      result.set(item.itemId, { storyId: story.id, lead: true });
    }
  }
  const createdIds = new Set(created.map((s) => s.id));
  if (created.length > 0) {
    await query(
      `INSERT INTO signal_stories (id, fingerprint, bands, title, first_item_id, copy_count)
       SELECT x.id, x.fingerprint::bigint, ARRAY(SELECT jsonb_array_elements_text(x.bands)::int), x.title, x.first_item_id, x.copies
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, fingerprint text, bands jsonb, title text, first_item_id uuid, copies int)`,
      [
        JSON.stringify(
          created.map((s) => ({ id: s.id, fingerprint: s.fingerprint.toString(), bands: s.bands, title: s.title.slice(0, 500), first_item_id: s.firstItemId, copies: 1 + (copies.get(s.id) ?? 0) })),
        ),
      ],
    );
  }
  const updates = [...copies].filter(([id]) => !createdIds.has(id)).sort(([a], [b]) => (a < b ? -1 : 1));
  if (updates.length > 0) {
    await query(`SELECT id FROM signal_stories WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [updates.map(([id]) => id)]);
    await query(
      `UPDATE signal_stories s SET copy_count = s.copy_count + v.n, last_seen_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS v(id, n) WHERE s.id = v.id`,
      [updates.map(([id]) => id), updates.map(([, n]) => n)],
    );
  }
  return result;
}
