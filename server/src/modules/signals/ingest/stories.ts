import { randomUUID } from 'node:crypto';
import type { Query } from './partitions';

/**
 * Near-duplicate stories. Two fingerprints within Hamming distance d agree exactly on at least one of
 * any d + 1 disjoint chunks of their 64 bits (pigeonhole), so a story is looked up by its chunks
 * ("bands", GIN-indexed) and only those candidates are compared bit by bit. A chunk is stored as
 * `index << 24 | value`, so chunks of different positions never collide; at least 3 chunks keep each
 * under 24 bits. There must be threshold + 1 chunks, no fewer: with the feeds' threshold of 16 bits,
 * 17 chunks of 3 or 4 bits (16 chunks, as before migration 1766100000000, missed copies whose 16
 * differing bits fell one in each chunk). That is a loose filter (most of the window's stories share a
 * chunk with a given fingerprint), so the exact distance is also checked in SQL and only real
 * candidates come back; the bands matter for the advisory locks (see assignStories) as much.
 */
export function bandCount(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > 63) throw new RangeError(`story threshold must be an integer within 0…63, not ${threshold}`);
  return Math.max(3, threshold + 1);
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

/** Advisory-lock namespace of story bands (the two-int form, apart from the single-key locks). */
const BAND_LOCK_SPACE = 0x5354_4259; // "STBY"

/**
 * Puts each item in a story: the closest story seen in the window within `threshold` bits, else a
 * new one (also matched by later items of the same batch). Runs in the caller's transaction (READ
 * COMMITTED: each statement sees what committed before it).
 *
 * Two batches storing copies of a brand-new story at the same instant would each miss the other's
 * uncommitted story and start two. So before starting stories, a batch takes a transaction-scoped
 * advisory lock on every band of each story it starts, in one sorted statement, and looks again:
 * two fingerprints within the threshold share a band (see bandCount), so the second batch waits for
 * the first to commit and then finds its story. Only items that start a story lock anything (a copy of
 * a known story joins it without), at most one lock per possible band value (240 at the feeds'
 * threshold). No deadlock: the band locks are taken once per transaction in one global order, and a
 * batch waiting for them holds nothing the lock holder asks for later (key rows come before, story,
 * count and source rows after). Story rows updated are locked in id order.
 */
export async function assignStories(
  query: Query,
  items: StoryInput[],
  threshold: number,
  distance: (a: bigint, b: bigint) => number,
  /**
   * Given, the copy counts of stories seen before are handed over to be added later in the same
   * transaction (addStoryCopies), instead of at once: a busy story's row is then locked only for the
   * end of each storing transaction, not from here to its commit (see storeBatch).
   */
  deferCopies?: (updates: [string, number][]) => void,
): Promise<Map<string, StoryAssignment>> {
  const result = new Map<string, StoryAssignment>();
  if (items.length === 0) return result;
  const allBands = [...new Set(items.flatMap((i) => fingerprintBands(i.fingerprint, threshold)))];
  const findCandidates = async () => {
    const rows: { id: string; fingerprint: string }[] = await query(
      `SELECT id, fingerprint::text AS fingerprint FROM signal_stories
        WHERE bands && $1::int[] AND last_seen_at > now() - make_interval(hours => $2)
          AND EXISTS (SELECT 1 FROM unnest($3::bigint[]) AS f(fp) WHERE bit_count((fingerprint # f.fp)::bit(64)) <= $4)`,
      [allBands, STORY_WINDOW_HOURS, items.map((i) => i.fingerprint.toString()), threshold],
    );
    return rows.map((r) => ({ id: r.id, fingerprint: BigInt(r.fingerprint) }));
  };
  const assign = (candidates: { id: string; fingerprint: bigint }[]) => {
    result.clear();
    const created: { id: string; fingerprint: bigint; title: string; firstItemId: string; bands: number[] }[] = [];
    const copies = new Map<string, number>();
    /** items no stored story takes: the only ones that may start a story, now or after a wait */
    const unstored: StoryInput[] = [];
    for (const item of items) {
      let best: { id: string; d: number } | undefined;
      for (const c of [...candidates, ...created]) {
        const d = distance(item.fingerprint, c.fingerprint);
        if (d <= threshold && (!best || d < best.d)) best = { id: c.id, d };
      }
      if (!candidates.some((c) => distance(item.fingerprint, c.fingerprint) <= threshold)) unstored.push(item);
      if (best) {
        result.set(item.itemId, { storyId: best.id, lead: false });
        copies.set(best.id, (copies.get(best.id) ?? 0) + 1);
      } else {
        const story = { id: randomUUID(), fingerprint: item.fingerprint, title: item.title, firstItemId: item.itemId, bands: fingerprintBands(item.fingerprint, threshold) };
        created.push(story);
        result.set(item.itemId, { storyId: story.id, lead: true });
      }
    }
    return { created, copies, unstored };
  };
  let { created, copies, unstored } = assign(await findCandidates());
  if (created.length > 0) {
    // Every item no stored story took, not only the first pass's leads: after the wait another of them
    // may start a story (its lead having joined the other batch's), and its bands must be held too.
    const locks = [...new Set(unstored.flatMap((i) => fingerprintBands(i.fingerprint, threshold)))].sort((a, b) => a - b);
    await query(`SELECT count(pg_advisory_xact_lock($1::int, b)) FROM (SELECT b FROM unnest($2::int[]) AS u(b) ORDER BY b) AS l`, [BAND_LOCK_SPACE, locks]);
    // What committed while we waited (a batch that started the same story) is seen now.
    ({ created, copies } = assign(await findCandidates()));
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
  const updates = [...copies].filter(([id]) => !createdIds.has(id));
  if (deferCopies) deferCopies(updates);
  else await addStoryCopies(query, updates);
  return result;
}

/**
 * Adds copies to stories stored before, locking their rows in id order (concurrent batches cannot
 * deadlock on them) and updating them in the same statement.
 */
export async function addStoryCopies(query: Query, updates: [string, number][]): Promise<void> {
  if (updates.length === 0) return;
  const sorted = [...updates].sort(([a], [b]) => (a < b ? -1 : 1));
  await query(
    `WITH locked AS MATERIALIZED (SELECT id FROM signal_stories WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE)
     UPDATE signal_stories s SET copy_count = s.copy_count + v.n, last_seen_at = now()
       FROM unnest($1::uuid[], $2::int[]) AS v(id, n) WHERE s.id = v.id AND s.id IN (SELECT id FROM locked)`,
    [sorted.map(([id]) => id), sorted.map(([, n]) => n)],
  );
}
