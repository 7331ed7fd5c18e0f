import { Client } from 'pg';
import { connectClient, createTestDatabase, inTransaction, rowsOf, type TestDatabase } from '../../../../../test/support/test-db';
import { SAME_STORY_MAX_DISTANCE } from '../feeds/simhash';
import { DISTINCT_MARKER_DAYS, isLateBucket, LATE_MARGIN_MS } from './counts';
import { storeBatch, type PreparedItem } from './ingest-store';
import { addDays, ensurePartitions, type Query } from './partitions';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('late buckets', () => {
  it('are those whose markers the retention job may have trimmed, with a margin', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    const edge = now - DISTINCT_MARKER_DAYS * DAY + LATE_MARGIN_MS;
    expect(isLateBucket(new Date(edge - 1), now)).toBe(true);
    expect(isLateBucket(new Date(edge), now)).toBe(false);
    expect(isLateBucket(new Date(now - 10 * MINUTE), now)).toBe(false);
    expect(isLateBucket(new Date('2026-11-02T10:03:00Z'), now)).toBe(true);
  });
});

/**
 * Counts kept at ingest, through the real store (storeBatch in a transaction, as the ingest runs it):
 * distinct authors and sources per minute and per day, batches retried or sent twice at once, and
 * items arriving after their bucket's markers were trimmed.
 */
describe('per-minute and daily counts', () => {
  let db: TestDatabase;
  let client: Client;
  let sourceA: string;
  let sourceB: string;
  let term: string;
  let otherTerm: string;
  let seq = 0;

  const connect = () => connectClient(db.url);
  const queryOf = (c: Client): Query => rowsOf(c);
  const store = (c: Client, sourceId: string, items: PreparedItem[]) => inTransaction(c, () => storeBatch(queryOf(c), sourceId, items, { threshold: SAME_STORY_MAX_DISTANCE }));
  /** An item published at `at`, by `authors`, matching `terms`, with its own fingerprint (its own story). */
  const item = (at: Date, authors: string[], opts: { id?: string; terms?: string[]; score?: number } = {}): PreparedItem => {
    seq++;
    const score = opts.score ?? 0.5;
    return {
      draft: {
        externalId: opts.id ?? `c-${seq}`,
        url: null,
        title: `Lumi Home ${seq}`,
        text: `Avis ${seq}`,
        publishedAt: at,
        authors,
        categories: [],
        fingerprint: BigInt.asIntN(64, BigInt(seq) * 0x9e3779b97f4a7c15n),
      },
      language: 'fr',
      sentiment: { label: 'positive', score, origin: 'analyser' },
      analyser: { label: 'positive', score },
      termIds: opts.terms ?? [term],
    };
  };
  const minuteRow = async (termId: string, minute: Date) =>
    (await client.query(`SELECT items, authors, sources, sentiment_sum FROM signal_term_minutes WHERE term_id = $1 AND minute = $2`, [termId, minute])).rows[0];
  const dayRow = async (termId: string, day: string) => (await client.query(`SELECT items, authors, sources FROM signal_term_days WHERE term_id = $1 AND day = $2`, [termId, day])).rows[0];
  /** What the retention job does to markers (retention.service.ts). */
  const trimMarkers = () => client.query(`DELETE FROM signal_term_distinct WHERE bucket < now() - make_interval(days => $1)`, [DISTINCT_MARKER_DAYS]);

  beforeAll(async () => {
    db = await createTestDatabase();
    client = await connect();
    const [{ today }] = (await client.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today`)).rows;
    await client.query('BEGIN');
    await ensurePartitions(queryOf(client), [today, addDays(today, 1)]);
    await client.query('COMMIT');
    [{ id: sourceA }] = (await client.query(`INSERT INTO signal_sources (kind, name) VALUES ('manual', 'A') RETURNING id`)).rows;
    [{ id: sourceB }] = (await client.query(`INSERT INTO signal_sources (kind, name) VALUES ('manual', 'B') RETURNING id`)).rows;
    const [{ id: list }] = (await client.query(`INSERT INTO signal_watchlists (name) VALUES ('Marques') RETURNING id`)).rows;
    [{ id: term }] = (await client.query(`INSERT INTO signal_watch_terms (watchlist_id, label, query) VALUES ($1, 'Lumi Home', '"Lumi Home"') RETURNING id`, [list])).rows;
    [{ id: otherTerm }] = (await client.query(`INSERT INTO signal_watch_terms (watchlist_id, label, query) VALUES ($1, 'Maison', 'Maison') RETURNING id`, [list])).rows;
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('counts items, distinct authors (first author, any case; the source when none) and distinct sources per minute and per day', async () => {
    const minute = new Date(Math.floor((Date.now() - 30 * MINUTE) / MINUTE) * MINUTE);
    const day = minute.toISOString().slice(0, 10);
    await store(client, sourceA, [
      item(new Date(minute.getTime() + 1_000), ['Alice', 'Bob'], { score: 1 }),
      item(new Date(minute.getTime() + 2_000), [' alice '], { score: -1 }),
      item(new Date(minute.getTime() + 3_000), ['Bob']),
      item(new Date(minute.getTime() + 4_000), []),
      item(new Date(minute.getTime() + 59_999), ['', '  ']),
      item(new Date(minute.getTime() + 60_000), ['Carol']), // the next minute
    ]);
    await store(client, sourceB, [item(new Date(minute.getTime() + 5_000), ['ALICE'], { terms: [term, otherTerm] }), item(new Date(minute.getTime() + 6_000), [])]);
    // alice, bob, source A (no author twice), source B (no author): 4 authors; sources A and B.
    expect(await minuteRow(term, minute)).toEqual({ items: 7, authors: 4, sources: 2, sentiment_sum: 2.5 });
    expect(await minuteRow(term, new Date(minute.getTime() + MINUTE))).toMatchObject({ items: 1, authors: 1, sources: 1 });
    expect(await minuteRow(otherTerm, minute)).toMatchObject({ items: 1, authors: 1, sources: 1 });
    if (new Date(minute.getTime() + MINUTE).toISOString().slice(0, 10) === day) expect(await dayRow(term, day)).toEqual({ items: 8, authors: 5, sources: 2 });
    // Another batch later in the same minute adds only who is new.
    await store(client, sourceB, [item(new Date(minute.getTime() + 7_000), ['bob']), item(new Date(minute.getTime() + 8_000), ['Dan'])]);
    expect(await minuteRow(term, minute)).toMatchObject({ items: 9, authors: 5, sources: 2 });
  });

  it('writes matches with their item’s received_at, so (item_id, received_at) finds every item', async () => {
    const [row] = (
      await client.query(`SELECT count(*)::int AS matches, count(i.id)::int AS joined, count(DISTINCT m.item_id)::int AS items
                            FROM signal_item_terms m LEFT JOIN signal_items i ON i.id = m.item_id AND i.received_at = m.received_at`)
    ).rows;
    expect(row.matches).toBeGreaterThan(0);
    expect(row.joined).toBe(row.matches);
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM signal_item_terms m JOIN signal_items i ON i.id = m.item_id WHERE i.received_at <> m.received_at`)).rows;
    expect(n).toBe(0);
  });

  it('counts nothing twice when a batch is retried, or sent twice at the same instant', async () => {
    const minute = new Date(Math.floor((Date.now() - 20 * MINUTE) / MINUTE) * MINUTE);
    const batch = [item(minute, ['Eve'], { id: 'retry-1' }), item(minute, ['Finn'], { id: 'retry-2' }), item(minute, ['Eve'], { id: 'retry-3' })];
    const first = await store(client, sourceA, batch);
    expect(first.stored).toHaveLength(3);
    const before = await minuteRow(term, minute);
    expect(before).toMatchObject({ items: 3, authors: 2, sources: 1 });
    const again = await store(client, sourceA, batch);
    expect([again.stored.length, again.duplicates.sort()]).toEqual([0, ['retry-1', 'retry-2', 'retry-3']]);
    // The same items twice within one batch count once.
    await store(client, sourceA, [item(minute, ['Gus'], { id: 'twin' }), item(minute, ['Gus'], { id: 'twin' })]);
    expect(await minuteRow(term, minute)).toEqual({ ...before, items: 4, authors: 3, sentiment_sum: 2 });
    // Two connections storing overlapping batches at once: each item and author once.
    const other = await connect();
    try {
      const left = [item(minute, ['Hana'], { id: 'race-1' }), item(minute, ['Ivo'], { id: 'race-2' })];
      const right = [item(minute, ['Hana'], { id: 'race-1' }), item(minute, ['Ivo'], { id: 'race-2' }), item(minute, ['Jo'], { id: 'race-3' })];
      const [l, r] = await Promise.all([store(client, sourceB, left), store(other, sourceB, right)]);
      expect(l.stored.length + r.stored.length).toBe(3);
    } finally {
      await other.end();
    }
    expect(await minuteRow(term, minute)).toMatchObject({ items: 7, authors: 6, sources: 2 });
  });

  it('counts an author once in a bucket whose markers were trimmed, as long as the bucket’s items are stored', async () => {
    const old = new Date(Math.floor((Date.now() - 5 * DAY) / MINUTE) * MINUTE);
    const day = old.toISOString().slice(0, 10);
    await store(client, sourceA, [item(old, ['Kim']), item(new Date(old.getTime() + 1_000), ['Lea'])]);
    expect(await minuteRow(term, old)).toMatchObject({ items: 2, authors: 2, sources: 1 });
    await trimMarkers();
    expect((await client.query(`SELECT count(*)::int AS n FROM signal_term_distinct WHERE bucket = $1`, [old])).rows[0].n).toBe(0);
    // Kim and source A again: not new. Mo is.
    await store(client, sourceA, [item(new Date(old.getTime() + 2_000), ['kim']), item(new Date(old.getTime() + 3_000), ['Mo'])]);
    expect(await minuteRow(term, old)).toMatchObject({ items: 4, authors: 3, sources: 1 });
    expect(await dayRow(term, day)).toMatchObject({ items: 4, authors: 3, sources: 1 });
    // Trimmed again, then one batch with an old author twice and a new source: each once.
    await trimMarkers();
    await store(client, sourceB, [item(new Date(old.getTime() + 4_000), ['Lea']), item(new Date(old.getTime() + 5_000), ['LEA'])]);
    expect(await minuteRow(term, old)).toMatchObject({ items: 6, authors: 3, sources: 2 });
    expect(await dayRow(term, day)).toMatchObject({ items: 6, authors: 3, sources: 2 });
  });

  it('bounds the error once the bucket’s items are gone: an author counted again at most once per late batch, never above the items', async () => {
    const old = new Date(Math.floor((Date.now() - 9 * DAY) / MINUTE) * MINUTE);
    await store(client, sourceA, [item(old, ['Noa']), item(old, ['Noa'])]);
    expect(await minuteRow(term, old)).toMatchObject({ items: 2, authors: 1 });
    await trimMarkers();
    // What the retention job's partition drop does to the items of a bucket older than the retention.
    const ids = (await client.query(`SELECT m.item_id FROM signal_item_terms m WHERE m.term_id = $1 AND m.published_at >= $2 AND m.published_at < $3`, [term, old, new Date(old.getTime() + MINUTE)])).rows.map((r) => r.item_id);
    await client.query(`DELETE FROM signal_item_terms WHERE item_id = ANY($1::uuid[])`, [ids]);
    await client.query(`DELETE FROM signal_items WHERE id = ANY($1::uuid[])`, [ids]);
    await store(client, sourceA, [item(old, ['Noa']), item(old, ['noa'])]);
    const row = await minuteRow(term, old);
    expect(row).toMatchObject({ items: 4, authors: 2 });
    expect(row.authors).toBeLessThanOrEqual(row.items);
  });

  it('stays exact when many chunks count the same buckets at once (two terms, two minutes, overlapping authors and sources), with no deadlock', async () => {
    const base = Math.floor((Date.now() - 40 * MINUTE) / MINUTE) * MINUTE;
    const minutes = [new Date(base), new Date(base + MINUTE)];
    const clients = await Promise.all(Array.from({ length: 6 }, connect));
    try {
      // Each chunk: 30 items over both minutes, authors among 12 (any case), both terms on some, in its own order.
      const chunks = clients.map((_, k) =>
        Array.from({ length: 30 }, (_, i) =>
          item(new Date(minutes[(i + k) % 2].getTime() + ((i * 7) % 60) * 1000), [(i * (k + 1)) % 3 === 0 ? `Rey${(i + k) % 12}` : `rey${(i + k) % 12}`], {
            id: `par-${k}-${i}`,
            terms: i % 3 === 0 ? [term, otherTerm] : [otherTerm],
            score: ((i % 5) - 2) / 2,
          }),
        ).sort(() => (k % 2 ? 1 : -1)),
      );
      const outs = await Promise.all(clients.map((c, k) => store(c, k % 2 ? sourceA : sourceB, chunks[k])));
      expect(outs.reduce((n, o) => n + o.stored.length, 0)).toBe(180);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    // What the stored matches say, bucket by bucket.
    for (const t of [term, otherTerm]) {
      for (const minute of minutes) {
        const [truth] = (
          await client.query(
            `SELECT count(*)::int AS items, count(DISTINCT i.author_key)::int AS authors, count(DISTINCT m.source_id)::int AS sources, sum(i.sentiment_score)::float8 AS sentiment_sum
               FROM signal_item_terms m JOIN signal_items i ON i.id = m.item_id AND i.received_at = m.received_at
              WHERE m.term_id = $1 AND m.published_at >= $2 AND m.published_at < $3 AND i.external_id LIKE 'par-%'`,
            [t, minute, new Date(minute.getTime() + MINUTE)],
          )
        ).rows;
        expect(truth.items).toBeGreaterThan(0);
        const row = await minuteRow(t, minute);
        expect({ items: row.items, authors: row.authors, sources: row.sources }).toEqual({ items: truth.items, authors: truth.authors, sources: truth.sources });
        expect(row.sentiment_sum).toBeCloseTo(truth.sentiment_sum, 5);
      }
    }
  });

  it('puts copies stored by two chunks at the same instant in one story: the chunk that waited moves its item to the other’s story', async () => {
    const fingerprint = 0x1234_5678_9abc_def0n;
    const copy = (id: string, flip: bigint): PreparedItem => {
      const it = item(new Date(Date.now() - MINUTE), ['Zoe'], { id });
      return { ...it, draft: { ...it.draft, fingerprint: fingerprint ^ flip } };
    };
    const other = await connect();
    try {
      const [{ pid }] = (await other.query(`SELECT pg_backend_pid() AS pid`)).rows;
      await client.query('BEGIN');
      const first = await storeBatch(queryOf(client), sourceA, [copy('story-a', 0n)], { threshold: SAME_STORY_MAX_DISTANCE });
      // Not committed: the other chunk does not see that story, plans its own, stores its item with it, then waits for the band locks.
      const second = store(other, sourceB, [copy('story-b', 0b1011n)]);
      let settled = false;
      void second.then(
        () => (settled = true),
        () => (settled = true),
      );
      for (;;) {
        const waiting = (await client.query(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND NOT granted`, [pid])).rows[0].n;
        if (waiting > 0 || settled) break;
        await new Promise((r) => setImmediate(r));
      }
      expect(settled).toBe(false);
      await client.query('COMMIT');
      const out = await second;
      const storyId = first.stored[0].storyId;
      expect(out.stored[0]).toMatchObject({ storyId, storyLead: false });
      const rows = (await client.query(`SELECT external_id, story_id, story_lead FROM signal_items WHERE external_id IN ('story-a', 'story-b') ORDER BY external_id`)).rows;
      expect(rows).toEqual([
        { external_id: 'story-a', story_id: storyId, story_lead: true },
        { external_id: 'story-b', story_id: storyId, story_lead: false },
      ]);
      expect((await client.query(`SELECT copy_count FROM signal_stories WHERE id = $1`, [storyId])).rows[0].copy_count).toBe(2);
      expect((await client.query(`SELECT count(*)::int AS n FROM signal_stories WHERE fingerprint IN ($1, $2)`, [fingerprint.toString(), (fingerprint ^ 0b1011n).toString()])).rows[0].n).toBe(1);
    } finally {
      await other.end();
    }
  });
});
