import { randomUUID } from 'node:crypto';
import { fingerprintWords, wordsDistance, type FingerprintWords } from '../feeds/simhash';
import type { Query } from './partitions';

/**
 * Near-duplicate stories. Two fingerprints within Hamming distance d agree exactly on at least one of
 * any d + 1 disjoint chunks of their 64 bits (pigeonhole): the chunks ("bands") of a batch's items are
 * what the batch locks when it starts stories (see planStories), so that two batches starting copies of
 * one story wait for each other. A band is `index << 24 | value`, so bands of different positions never
 * collide; at least 3 chunks keep each under 24 bits. There must be threshold + 1 chunks, no fewer: with
 * the feeds' threshold of 16 bits, 17 chunks of 3 or 4 bits (16 chunks, as before migration
 * 1766100000000, let copies whose 16 differing bits fell one in each chunk miss each other).
 * Bands that small cannot find stories, though: a batch's items cover nearly all 240 values, so an index
 * of them (as before migration 1766500000000) returned the whole window. The candidates are the window's
 * stories, read by last_seen_at and kept by their exact distance in SQL — one pass over the stories seen
 * in the last STORY_WINDOW_HOURS per batch, which grows with them (MinHash LSH on the shingles would not).
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

/** A story a batch starts: inserted with the batch (see storiesInsertSql), its lead being the first item. */
export interface NewStory {
  id: string;
  fingerprint: bigint;
  title: string;
  firstItemId: string;
  /** the lead and the batch's other copies */
  copies: number;
}

/** Where a batch's items go: existing stories (copies added) or stories it starts. */
export interface StoryPlan {
  assignment: Map<string, StoryAssignment>;
  created: NewStory[];
  /** copies added to stories stored before, [story id, count] */
  copies: [string, number][];
}

/**
 * Plans the stories of a batch in two steps, so that a batch holds the band locks (see below) only for
 * the end of its transaction:
 * 1. `planStories` finds the candidate stories seen in the window (no lock) and puts each item in the
 *    closest one within `threshold` bits, else in a new story (also matched by later items of the batch);
 *    the caller may store its items with that plan at once;
 * 2. `settle()` — just before the rows every batch shares are written (storeBatch's tail) — makes the plan
 *    final. Two batches storing copies of a brand-new story at the same instant would each miss the
 *    other's uncommitted story and start two. So a batch that starts stories takes a transaction-scoped
 *    advisory lock on every band of each of its items no stored story takes, in one sorted statement, and
 *    looks again (READ COMMITTED: the next statement sees what committed meanwhile): two fingerprints
 *    within the threshold share a band (see bandCount), so the second batch waits for the first to commit
 *    and then finds its story. `changed` lists the items whose story that second look changed (rare: the
 *    caller moves them). A new story keeps its id when its lead stays the same.
 * Only batches that start a story lock anything, at most one lock per possible band value (240 at the
 * feeds' threshold). No deadlock: the band locks are taken once per transaction in one global order, and
 * a batch waiting for them holds nothing the lock holder asks for afterwards (its key and item rows are
 * its own; story, count and source rows come after, in the tail).
 */
export async function planStories(
  query: Query,
  items: StoryInput[],
  threshold: number,
): Promise<{ plan: StoryPlan; settle: () => Promise<{ plan: StoryPlan; changed: string[] }> }> {
  const empty: StoryPlan = { assignment: new Map(), created: [], copies: [] };
  if (items.length === 0) return { plan: empty, settle: async () => ({ plan: empty, changed: [] }) };
  const bandsOf = new Map(items.map((i) => [i.itemId, fingerprintBands(i.fingerprint, threshold)]));
  const findCandidates = async () => {
    const rows: { id: string; fingerprint: string }[] = await query(
      `SELECT id, fingerprint::text AS fingerprint FROM signal_stories
        WHERE last_seen_at > now() - make_interval(hours => $1)
          AND EXISTS (SELECT 1 FROM unnest($2::bigint[]) AS f(fp) WHERE bit_count((fingerprint # f.fp)::bit(64)) <= $3)`,
      [STORY_WINDOW_HOURS, items.map((i) => i.fingerprint.toString()), threshold],
    );
    return rows.map((r) => ({ id: r.id, fingerprint: BigInt(r.fingerprint), words: fingerprintWords(BigInt(r.fingerprint)) }));
  };
  // Hamming distances on the fingerprints' two 32-bit halves, made once: a batch compares every item with
  // every candidate story, and BigInt arithmetic per comparison was most of the planning's CPU.
  const wordsOf = new Map(items.map((i) => [i.itemId, fingerprintWords(i.fingerprint)]));
  /** story id of the story each lead started in the first pass, kept if it leads again */
  const ledBy = new Map<string, string>();
  const assign = (candidates: { id: string; fingerprint: bigint; words: FingerprintWords }[]) => {
    const assignment = new Map<string, StoryAssignment>();
    const created: (NewStory & { words: FingerprintWords })[] = [];
    const copies = new Map<string, number>();
    /** items no stored story takes: the only ones that may start a story, now or after a wait */
    const unstored: StoryInput[] = [];
    for (const item of items) {
      const words = wordsOf.get(item.itemId)!;
      let best: { story: { id: string }; d: number; created: boolean } | undefined;
      let stored = false;
      for (const c of candidates) {
        const d = wordsDistance(words, c.words);
        if (d > threshold) continue;
        stored = true;
        if (!best || d < best.d) best = { story: c, d, created: false };
      }
      for (const c of created) {
        const d = wordsDistance(words, c.words);
        if (d <= threshold && (!best || d < best.d)) best = { story: c, d, created: true };
      }
      if (!stored) unstored.push(item);
      if (best) {
        assignment.set(item.itemId, { storyId: best.story.id, lead: false });
        if (best.created) (best.story as NewStory).copies++;
        else copies.set(best.story.id, (copies.get(best.story.id) ?? 0) + 1);
      } else {
        const id = ledBy.get(item.itemId) ?? randomUUID();
        ledBy.set(item.itemId, id);
        created.push({ id, fingerprint: item.fingerprint, words, title: item.title, firstItemId: item.itemId, copies: 1 });
        assignment.set(item.itemId, { storyId: id, lead: true });
      }
    }
    return { plan: { assignment, created, copies: [...copies] }, unstored };
  };
  const first = assign(await findCandidates());
  return {
    plan: first.plan,
    settle: async () => {
      if (first.plan.created.length === 0) return { plan: first.plan, changed: [] };
      // Every item no stored story took, not only the first pass's leads: after the wait another of them
      // may start a story (its lead having joined the other batch's), and its bands must be held too.
      const locks = [...new Set(first.unstored.flatMap((i) => bandsOf.get(i.itemId)!))].sort((a, b) => a - b);
      await query(`SELECT count(pg_advisory_xact_lock($1::int, b)) FROM (SELECT b FROM unnest($2::int[]) AS u(b) ORDER BY b) AS l`, [BAND_LOCK_SPACE, locks]);
      // What committed while we waited (a batch that started the same story) is seen now.
      const { plan } = assign(await findCandidates());
      const changed = items
        .filter((i) => {
          const a = first.plan.assignment.get(i.itemId)!;
          const b = plan.assignment.get(i.itemId)!;
          return a.storyId !== b.storyId || a.lead !== b.lead;
        })
        .map((i) => i.itemId);
      return { plan, changed };
    },
  };
}

/** The statement inserting a batch's new stories (a few rows at most), their jsonb at `param` (storiesParam). */
export function storiesInsertSql(param: string): string {
  return `INSERT INTO signal_stories (id, fingerprint, title, first_item_id, copy_count)
       SELECT x.id, x.fingerprint::bigint, x.title, x.first_item_id, x.copies
         FROM jsonb_to_recordset(${param}::jsonb) AS x(id uuid, fingerprint text, title text, first_item_id uuid, copies int)`;
}

export function storiesParam(created: NewStory[]): string {
  return JSON.stringify(created.map((s) => ({ id: s.id, fingerprint: s.fingerprint.toString(), title: s.title.slice(0, 500), first_item_id: s.firstItemId, copies: s.copies })));
}

/**
 * Puts each item in a story and writes the stories (planStories then settle, in the caller's
 * transaction): new stories inserted, copies added to the others (or, given `deferCopies`, handed over
 * to be added later in the same transaction, see addStoryCopies).
 */
export async function assignStories(
  query: Query,
  items: StoryInput[],
  threshold: number,
  deferCopies?: (updates: [string, number][]) => void,
): Promise<Map<string, StoryAssignment>> {
  const { settle } = await planStories(query, items, threshold);
  const { plan } = await settle();
  if (plan.created.length > 0) await query(storiesInsertSql('$1'), [storiesParam(plan.created)]);
  if (deferCopies) deferCopies(plan.copies);
  else await addStoryCopies(query, plan.copies);
  return plan.assignment;
}

/**
 * The CTEs adding copies to stories stored before (see addStoryCopies), run once `after` holds: the
 * rows locked in id order, then updated. `param` gives each parameter its placeholder.
 */
export function storyCopiesCtes(updates: [string, number][], param: (value: unknown) => string, after: string): string[] {
  const sorted = [...updates].sort(([a], [b]) => (a < b ? -1 : 1));
  const ids = param(sorted.map(([id]) => id));
  return [
    `story_locked AS MATERIALIZED (SELECT id FROM signal_stories WHERE id = ANY(${ids}::uuid[]) AND ${after} ORDER BY id FOR UPDATE)`,
    `story_copies AS (UPDATE signal_stories s SET copy_count = s.copy_count + v.n, last_seen_at = now()
       FROM unnest(${ids}::uuid[], ${param(sorted.map(([, n]) => n))}::int[]) AS v(id, n) WHERE s.id = v.id AND s.id IN (SELECT id FROM story_locked) RETURNING 1)`,
  ];
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
