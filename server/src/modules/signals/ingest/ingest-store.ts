import { randomUUID } from 'node:crypto';
import type { SentimentOrigin } from '@ruche/shared';
import type { SentimentResult, SignalDraft } from '../pipeline/contracts';
import { addCounts } from './counts';
import type { Query } from './partitions';
import { addStoryCopies, assignStories } from './stories';

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

export interface NearDuplicates {
  threshold: number;
  distance: (a: bigint, b: bigint) => number;
}

/** The author an item counts for: its first author, or its source when it names none (one source, one voice). */
export function authorKey(sourceId: string, authors: string[]): string {
  const first = authors.map((a) => a.trim().toLowerCase()).find((a) => a.length > 0);
  return first ? `a:${first.slice(0, 200)}` : `s:${sourceId}`;
}

/**
 * Stores a batch of one source's items in the caller's transaction: the idempotency keys first (an item
 * whose key exists is a duplicate and nothing of it is written), then stories, items, watch-term
 * matches, counts, the known stories' copy counts and the source's item count (the rows concurrent
 * batches share, last). Keys are inserted in sorted order so that two
 * concurrent batches with common items wait for each other instead of deadlocking; the second sees
 * the first's keys once it commits and stores nothing twice. Today's partitions must exist (see
 * ensurePartitions).
 */
export async function storeBatch(query: Query, sourceId: string, items: PreparedItem[], near: NearDuplicates): Promise<StoreOutcome> {
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
  let storyCopies: [string, number][] = [];
  const stories = await assignStories(
    query,
    toStore.map(({ id, item }) => ({ itemId: id, fingerprint: item.draft.fingerprint, title: item.draft.title })),
    near.threshold,
    near.distance,
    (updates) => (storyCopies = updates),
  );
  const rows = toStore.map(({ id, item }) => {
    const d = item.draft;
    const story = stories.get(id)!;
    return {
      id,
      source_id: sourceId,
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
    };
  });
  await query(
    `INSERT INTO signal_items (id, source_id, external_id, story_id, story_lead, url, title, body, published_at, authors, categories, author_key,
                               language, sentiment_score, sentiment_label, sentiment_origin, analyser_score, analyser_label, fingerprint)
     SELECT x.id, x.source_id, x.external_id, x.story_id, x.story_lead, x.url, x.title, x.body, x.published_at,
            ARRAY(SELECT jsonb_array_elements_text(x.authors)), ARRAY(SELECT jsonb_array_elements_text(x.categories)), x.author_key,
            x.language, x.sentiment_score, x.sentiment_label, x.sentiment_origin, x.analyser_score, x.analyser_label, x.fingerprint::bigint
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, source_id uuid, external_id text, story_id uuid, story_lead boolean, url text, title text,
            body text, published_at timestamptz, authors jsonb, categories jsonb, author_key text, language text, sentiment_score real,
            sentiment_label text, sentiment_origin text, analyser_score real, analyser_label text, fingerprint text)`,
    [JSON.stringify(rows)],
  );
  const matches = toStore.flatMap(({ id, item }) => [...new Set(item.termIds)].map((termId) => ({ id, item, termId })));
  if (matches.length > 0) {
    // received_at is the items' own: now(), the transaction's start, which signal_items.received_at
    // defaults to. Passing it through JavaScript would cut its microseconds to a Date's milliseconds and
    // (item_id, received_at) would no longer find the item (migration 1766100000000 repaired the rows stored before).
    await query(
      `INSERT INTO signal_item_terms (item_id, received_at, term_id, source_id, published_at)
       SELECT m.item_id, now(), m.term_id, m.source_id, m.published_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) AS m(item_id, term_id, source_id, published_at)
       ON CONFLICT DO NOTHING`,
      [matches.map((m) => m.id), matches.map((m) => m.termId), matches.map(() => sourceId), matches.map((m) => m.item.draft.publishedAt)],
    );
    await addCounts(
      query,
      matches.map((m) => ({ itemId: m.id, termId: m.termId, publishedAt: m.item.draft.publishedAt, authorKey: authorKey(sourceId, m.item.draft.authors), sourceId, score: m.item.sentiment.score })),
    );
  }
  // The rows every batch of a busy story or source updates come last, just before the commit, so they
  // are locked for as short a time as possible (bench/signals.mjs: concurrent deliveries queued on the
  // story rows locked from assignStories to their commit).
  await addStoryCopies(query, storyCopies);
  await query(`UPDATE signal_sources SET item_count = item_count + $2 WHERE id = $1`, [sourceId, toStore.length]);
  return {
    stored: toStore.map(({ id, item }) => ({
      id,
      externalId: item.draft.externalId,
      storyId: stories.get(id)!.storyId,
      storyLead: stories.get(id)!.lead,
      publishedAt: item.draft.publishedAt,
      termIds: [...new Set(item.termIds)],
    })),
    duplicates,
  };
}
