import { randomUUID } from 'node:crypto';
import type { SentimentOrigin } from '@ruche/shared';
import type { SentimentResult, SignalDraft } from '../pipeline/contracts';
import { countsCtes, planCounts, rebuildLateMarkers, SqlParams } from './counts';
import type { Query } from './partitions';
import { planStories, storiesInsertSql, storiesParam, storyCopiesCtes } from './stories';
import { SignalSourceNotFoundError } from '../signals.errors';

/** A draft with what the analyser (and the hub's rules) made of it, ready to store. */
export interface PreparedItem {
  draft: SignalDraft;
  language: string;
  /** The label and score stored: the analyser's, or a correction rule's. */
  sentiment: SentimentResult & { origin: Exclude<SentimentOrigin, 'person'> };
  /** What the analyser said, kept when a rule overrides it. */
  analyser: SentimentResult;
  termIds: string[];
}

export interface StoredItem {
  id: string;
  externalId: string;
  storyId: string;
  storyLead: boolean;
  publishedAt: Date;
  termIds: string[];
}

export interface StoreOutcome {
  stored: StoredItem[];
  /** external ids already stored for this source (before, or earlier in the batch) */
  duplicates: string[];
}

/** Near-duplicates: fingerprints within `threshold` bits (Hamming distance) are one story. */
export interface NearDuplicates {
  threshold: number;
}

/** The author an item counts for: its first author, or its source when it names none (one source, one voice). */
export function authorKey(sourceId: string, authors: string[]): string {
  const first = authors.map((a) => a.trim().toLowerCase()).find((a) => a.length > 0);
  return first ? `a:${first.slice(0, 200)}` : `s:${sourceId}`;
}

export interface StoreOptions {
  /**
   * Called once the batch's own rows are written, before the tail (the rows concurrent batches share):
   * what else the transaction writes (the stream's notification, the source's log) goes there, so that
   * the shared rows stay locked only from the tail to the commit.
   */
  beforeTail?: () => Promise<void>;
  /** The tail also sets the source's last_success_at (webhook deliveries). */
  markSuccess?: boolean;
}

/**
 * Locks the batch's source and the watch terms its items matched against deletion, FOR KEY SHARE as a
 * foreign key's check would, once per batch (migration 1766400000000: the hot tables carry no per-row
 * foreign keys). A source deleted before the batch: SIGNAL_SOURCE_NOT_FOUND, nothing stored. A term
 * deleted meanwhile (the analysis context is a moment old): its matches are dropped. A source or term
 * deleted after the lock waits for the commit, then its triggers delete what the batch stored.
 */
async function lockReferences(query: Query, sourceId: string, items: PreparedItem[]): Promise<PreparedItem[]> {
  const [source]: unknown[] = await query(`SELECT 1 FROM signal_sources WHERE id = $1 FOR KEY SHARE`, [sourceId]);
  if (!source) throw new SignalSourceNotFoundError();
  const termIds = [...new Set(items.flatMap((i) => i.termIds))].sort();
  if (termIds.length === 0) return items;
  const rows: { id: string }[] = await query(`SELECT id FROM signal_watch_terms WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE`, [termIds]);
  if (rows.length === termIds.length) return items;
  const live = new Set(rows.map((r) => r.id));
  return items.map((i) => ({ ...i, termIds: i.termIds.filter((t) => live.has(t)) }));
}

/**
 * Stores a batch of one source's items in the caller's transaction, in as few statements as it can,
 * the rows every concurrent batch shares last:
 * 1. the idempotency keys (an item whose key exists is a duplicate and nothing of it is written),
 *    inserted in sorted order so that two concurrent batches with common items wait for each other
 *    instead of deadlocking; the second sees the first's keys once it commits and stores nothing twice;
 * 2. the candidate stories (planStories: no lock);
 * 3. the items and their watch-term matches, one statement;
 * 4. `beforeTail`; then, if the batch starts stories, the band locks and a second look (settle), which may
 *    move a few items to a story that committed meanwhile; the late buckets' markers (counts.ts);
 * 5. the tail, one statement: new stories, distinct markers, minute and day counts (key order), copies
 *    added to known stories (rows locked in id order) and the source's item count, held from there to
 *    the commit only (bench/signals.mjs: concurrent deliveries queued on these rows when each was written
 *    in its own statement, the first of them long before the commit).
 * Today's partitions must exist (see ensurePartitions).
 */
export async function storeBatch(query: Query, sourceId: string, batch: PreparedItem[], near: NearDuplicates, options: StoreOptions = {}): Promise<StoreOutcome> {
  const items = await lockReferences(query, sourceId, batch);
  const duplicates: string[] = [];
  const unique = new Map<string, PreparedItem>();
  for (const item of items) {
    if (unique.has(item.draft.externalId)) duplicates.push(item.draft.externalId);
    else unique.set(item.draft.externalId, item);
  }
  if (unique.size === 0) return { stored: [], duplicates };
  const keys = [...unique.keys()].sort();
  const ids = keys.map(() => randomUUID());
  const inserted: { external_id: string; item_id: string }[] = await query(
    `INSERT INTO signal_item_keys (source_id, external_id, item_id)
     SELECT $1, k.external_id, k.item_id FROM unnest($2::text[], $3::uuid[]) WITH ORDINALITY AS k(external_id, item_id, n) ORDER BY k.n
     ON CONFLICT DO NOTHING
     RETURNING external_id, item_id`,
    [sourceId, keys, ids],
  );
  const fresh = new Map(inserted.map((r) => [r.external_id, r.item_id]));
  for (const key of keys) if (!fresh.has(key)) duplicates.push(key);
  if (fresh.size === 0) return { stored: [], duplicates };

  const toStore = keys.filter((k) => fresh.has(k)).map((k) => ({ id: fresh.get(k)!, item: unique.get(k)! }));
  const { plan: firstPlan, settle } = await planStories(
    query,
    toStore.map(({ id, item }) => ({ itemId: id, fingerprint: item.draft.fingerprint, title: item.draft.title })),
    near.threshold,
  );
  const rows = toStore.map(({ id, item }) => {
    const d = item.draft;
    const story = firstPlan.assignment.get(id)!;
    return {
      id,
      external_id: d.externalId,
      story_id: story.storyId,
      story_lead: story.lead,
      url: d.url,
      title: d.title,
      body: d.text,
      published_at: d.publishedAt.toISOString(),
      authors: d.authors,
      categories: d.categories,
      author_key: authorKey(sourceId, d.authors),
      language: item.language,
      sentiment_score: item.sentiment.score,
      sentiment_label: item.sentiment.label,
      sentiment_origin: item.sentiment.origin,
      analyser_score: item.analyser.score,
      analyser_label: item.analyser.label,
      fingerprint: d.fingerprint.toString(),
      terms: [...new Set(item.termIds)],
    };
  });
  // The items and their matches in one statement. received_at is the items' own: now(), the
  // transaction's start, which signal_items.received_at defaults to. Passing it through JavaScript would
  // cut its microseconds to a Date's milliseconds and (item_id, received_at) would no longer find the
  // item (migration 1766100000000 repaired the rows stored before).
  await query(
    `WITH x AS MATERIALIZED (
       SELECT * FROM json_to_recordset($2::json) AS x(id uuid, external_id text, story_id uuid, story_lead boolean, url text, title text,
            body text, published_at timestamptz, authors json, categories json, author_key text, language text, sentiment_score real,
            sentiment_label text, sentiment_origin text, analyser_score real, analyser_label text, fingerprint text, terms json)
     ), items AS (
       INSERT INTO signal_items (id, source_id, external_id, story_id, story_lead, url, title, body, published_at, authors, categories, author_key,
                                 language, sentiment_score, sentiment_label, sentiment_origin, analyser_score, analyser_label, fingerprint)
       SELECT x.id, $1, x.external_id, x.story_id, x.story_lead, x.url, x.title, x.body, x.published_at,
              ARRAY(SELECT json_array_elements_text(x.authors)), ARRAY(SELECT json_array_elements_text(x.categories)), x.author_key,
              x.language, x.sentiment_score, x.sentiment_label, x.sentiment_origin, x.analyser_score, x.analyser_label, x.fingerprint::bigint
         FROM x
       RETURNING 1
     )
     INSERT INTO signal_item_terms (item_id, received_at, term_id, source_id, published_at)
     SELECT x.id, now(), t.term_id::uuid, $1, x.published_at
       FROM x CROSS JOIN LATERAL json_array_elements_text(x.terms) AS t(term_id)
      WHERE (SELECT count(*) FROM items) >= 0
     ON CONFLICT DO NOTHING`,
    [sourceId, JSON.stringify(rows)],
  );

  if (options.beforeTail) await options.beforeTail();
  const { plan, changed } = await settle();
  if (changed.length > 0) {
    // Another batch started the same story and committed while this one waited for its band locks.
    const moved = changed.map((id) => ({ id, ...plan.assignment.get(id)! }));
    await query(
      `UPDATE signal_items i SET story_id = v.story_id, story_lead = v.lead
         FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS v(id, story_id, lead)
        WHERE i.id = v.id AND i.received_at = now()`,
      [moved.map((m) => m.id), moved.map((m) => m.storyId), moved.map((m) => m.lead)],
    );
  }
  const matches = toStore.flatMap(({ id, item }) => [...new Set(item.termIds)].map((termId) => ({ itemId: id, termId, publishedAt: item.draft.publishedAt, authorKey: authorKey(sourceId, item.draft.authors), sourceId, score: item.sentiment.score })));
  const counts = planCounts(matches);
  await rebuildLateMarkers(query, counts);

  // The tail: each step runs once the previous one is written (its condition), so that every batch
  // locks the shared rows in the same order.
  const params = new SqlParams();
  const ctes: string[] = [];
  let after = 'true';
  if (plan.created.length > 0) {
    ctes.push(`new_stories AS (${storiesInsertSql(params.add(storiesParam(plan.created)))} RETURNING 1)`);
    after = '(SELECT count(*) FROM new_stories) >= 0';
  }
  // The hottest rows last: a busy story's and the source's, which nearly every batch updates.
  const countsPart = countsCtes(counts, params.add, after);
  ctes.push(...countsPart.ctes);
  after = countsPart.done;
  if (plan.copies.length > 0) {
    ctes.push(...storyCopiesCtes(plan.copies, params.add, after));
    after = '(SELECT count(*) FROM story_copies) >= 0';
  }
  ctes.push(
    `source AS (UPDATE signal_sources SET item_count = item_count + ${params.add(toStore.length)}${options.markSuccess ? ', last_success_at = now()' : ''}
       WHERE id = ${params.add(sourceId)} AND ${after} RETURNING 1)`,
  );
  await query(`WITH ${ctes.join(',\n')} SELECT count(*) AS n FROM source`, params.values);
  return {
    stored: toStore.map(({ id, item }) => ({
      id,
      externalId: item.draft.externalId,
      storyId: plan.assignment.get(id)!.storyId,
      storyLead: plan.assignment.get(id)!.lead,
      publishedAt: item.draft.publishedAt,
      termIds: [...new Set(item.termIds)],
    })),
    duplicates,
  };
}
