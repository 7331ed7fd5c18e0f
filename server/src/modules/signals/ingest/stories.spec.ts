import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { SignalStoriesNoBands1766500000000 } from '../../../../../migrations/1766500000000-signal-stories-no-bands';
import { connectClient, createTestDatabase, inTransaction, rowsOf, type TestDatabase } from '../../../../../test/support/test-db';
import { hammingDistance, SAME_STORY_MAX_DISTANCE } from '../feeds/simhash';
import type { Query } from './partitions';
import { assignStories, bandCount, fingerprintBands, STORY_WINDOW_HOURS, type StoryInput } from './stories';

const T = SAME_STORY_MAX_DISTANCE;

/** A deterministic stream of 64-bit values (xorshift), so failures can be replayed. */
function random64(seed: bigint): () => bigint {
  let x = seed;
  return () => {
    x ^= BigInt.asUintN(64, x << 13n);
    x ^= x >> 7n;
    x ^= BigInt.asUintN(64, x << 17n);
    return BigInt.asIntN(64, x);
  };
}

/** `fp` with the given bit positions flipped. */
const flip = (fp: bigint, bits: number[]) => BigInt.asIntN(64, bits.reduce((v, b) => v ^ (1n << BigInt(b)), BigInt.asUintN(64, fp)));

/** The first bit of each band (the bands' offsets), for the threshold. */
function bandStarts(threshold: number): number[] {
  const n = bandCount(threshold);
  const starts: number[] = [];
  for (let i = 0, offset = 0; i < n; i++) {
    starts.push(offset);
    offset += Math.floor(64 / n) + (i < 64 % n ? 1 : 0);
  }
  return starts;
}

describe('story bands', () => {
  it('cuts 64 bits into threshold + 1 disjoint chunks (at least 3), each tagged with its position', () => {
    expect(bandCount(0)).toBe(3);
    expect(bandCount(2)).toBe(3);
    expect(bandCount(12)).toBe(13);
    expect(bandCount(T)).toBe(T + 1);
    for (const bad of [-1, 64, 1.5, Number.NaN]) expect(() => bandCount(bad)).toThrow(RangeError);
    const next = random64(0x9e3779b97f4a7c15n);
    for (let k = 0; k < 200; k++) {
      const fp = next();
      const bands = fingerprintBands(fp, T);
      expect(bands).toHaveLength(T + 1);
      // Reassembling the chunks gives the fingerprint back: all 64 bits, each once.
      let back = 0n;
      const starts = bandStarts(T);
      bands.forEach((b, i) => {
        expect(b >> 24).toBe(i);
        back |= BigInt(b & 0xffffff) << BigInt(starts[i]);
      });
      expect(back).toBe(BigInt.asUintN(64, fp));
    }
  });

  it('gives two fingerprints within the threshold a common band, however their differing bits fall', () => {
    const next = random64(0x1234_5678_9abc_def1n);
    for (let k = 0; k < 2000; k++) {
      const fp = next();
      const d = k % (T + 1);
      const bits = new Set<number>();
      while (bits.size < d) bits.add(Number(BigInt.asUintN(64, next()) % 64n));
      const copy = flip(fp, [...bits]);
      const a = new Set(fingerprintBands(fp, T));
      expect(fingerprintBands(copy, T).some((b) => a.has(b))).toBe(true);
    }
    // The worst case: the threshold's bits, one in each band but the last.
    const fp = next();
    const worst = flip(fp, bandStarts(T).slice(0, T));
    expect(hammingDistance(fp, worst)).toBe(T);
    const a = new Set(fingerprintBands(fp, T));
    expect(fingerprintBands(worst, T).filter((b) => a.has(b))).toHaveLength(1);
  });
});

describe('assignStories in PostgreSQL', () => {
  let db: TestDatabase;
  let client: Client;
  const connect = () => connectClient(db.url);
  const queryOf = (c: Client): Query => rowsOf(c);
  const assign = (c: Client, items: StoryInput[]) => assignStories(queryOf(c), items, T);
  const input = (fingerprint: bigint, title = 'Clairvoy lance une lampe'): StoryInput => ({ itemId: randomUUID(), fingerprint, title });
  const story = async (id: string) => (await client.query(`SELECT copy_count, fingerprint::text AS fingerprint FROM signal_stories WHERE id = $1`, [id])).rows[0];
  const next = random64(0x0fed_cba9_8765_4321n);

  beforeAll(async () => {
    db = await createTestDatabase();
    client = await connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('groups a copy at the threshold (even the worst spread), not one bit beyond', async () => {
    const fp = next();
    const [lead] = [input(fp)];
    const first = await inTransaction(client, () => assign(client, [lead]));
    expect(first.get(lead.itemId)!.lead).toBe(true);
    const storyId = first.get(lead.itemId)!.storyId;

    const worst = input(flip(fp, bandStarts(T).slice(0, T)));
    const near = input(flip(fp, [1, 5, 9]));
    const exact = input(fp);
    const beyond = input(flip(fp, [...bandStarts(T).slice(0, T), 63]));
    expect(hammingDistance(fp, beyond.fingerprint)).toBe(T + 1);
    const out = await inTransaction(client, () => assign(client, [worst, near, exact, beyond]));
    for (const copy of [worst, near, exact]) expect(out.get(copy.itemId)).toEqual({ storyId, lead: false });
    expect(out.get(beyond.itemId)!.lead).toBe(true);
    expect(out.get(beyond.itemId)!.storyId).not.toBe(storyId);
    expect((await story(storyId)).copy_count).toBe(4);
    expect((await story(out.get(beyond.itemId)!.storyId)).copy_count).toBe(1);
  });

  it('groups copies within one batch under the first, and puts an item with the closest of two stories', async () => {
    const a = next();
    const b = flip(a, [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 62, 63, 61, 59]); // 20 bits from a
    const batch = [input(a), input(flip(a, [3])), input(b), input(flip(b, [7, 11]))];
    const out = await inTransaction(client, () => assign(client, batch));
    expect(out.get(batch[0].itemId)!.lead).toBe(true);
    expect(out.get(batch[1].itemId)).toEqual({ storyId: out.get(batch[0].itemId)!.storyId, lead: false });
    expect(out.get(batch[2].itemId)!.lead).toBe(true);
    expect(out.get(batch[3].itemId)).toEqual({ storyId: out.get(batch[2].itemId)!.storyId, lead: false });
    expect((await story(out.get(batch[0].itemId)!.storyId)).copy_count).toBe(2);
    // 10 bits from a, 10 from b: within reach of both; then 8 from a and 12 from b: a wins.
    const between = input(flip(a, [0, 4, 8, 12, 16, 20, 24, 28, 32, 36]));
    const nearerA = input(flip(a, [0, 4, 8, 12, 16, 20, 24, 28]));
    const later = await inTransaction(client, () => assign(client, [nearerA, between]));
    expect(later.get(nearerA.itemId)!.storyId).toBe(out.get(batch[0].itemId)!.storyId);
    expect(later.get(between.itemId)!.lead).toBe(false);
  });

  it('forgets stories not seen within the window', async () => {
    const fp = next();
    const lead = input(fp);
    const first = await inTransaction(client, () => assign(client, [lead]));
    await client.query(`UPDATE signal_stories SET last_seen_at = now() - make_interval(hours => $2) - interval '1 minute' WHERE id = $1`, [first.get(lead.itemId)!.storyId, STORY_WINDOW_HOURS]);
    const copy = input(fp);
    const again = await inTransaction(client, () => assign(client, [copy]));
    expect(again.get(copy.itemId)!.lead).toBe(true);
  });

  it('starts one story when two batches store copies of a brand-new story at the same instant', async () => {
    const fp = next();
    const other = await connect();
    try {
      const [pid] = (await other.query(`SELECT pg_backend_pid() AS pid`)).rows;
      const a = input(fp);
      const b = input(flip(fp, bandStarts(T).slice(0, T))); // the worst copy: one common band
      await client.query('BEGIN');
      const first = await assign(client, [a]); // not committed yet: invisible to the other batch
      await other.query('BEGIN');
      const second = assign(other, [b]);
      let settled = false;
      void second.then(
        () => (settled = true),
        () => (settled = true),
      );
      // Until the other batch waits on its band lock (or, without one, has finished on its own).
      for (;;) {
        const waiting = (await client.query(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND NOT granted`, [pid.pid])).rows[0].n;
        if (waiting > 0 || settled) break;
        await new Promise((r) => setImmediate(r));
      }
      await client.query('COMMIT');
      const out = await second;
      await other.query('COMMIT');
      expect(out.get(b.itemId)).toEqual({ storyId: first.get(a.itemId)!.storyId, lead: false });
      expect((await story(first.get(a.itemId)!.storyId)).copy_count).toBe(2);
      expect((await client.query(`SELECT count(*)::int AS n FROM signal_stories WHERE first_item_id = ANY($1::uuid[])`, [[a.itemId, b.itemId]])).rows[0].n).toBe(1);
    } finally {
      await other.end();
    }
  });

  it('stays one story per copy set when many batches race, with no deadlock', async () => {
    const clients = await Promise.all(Array.from({ length: 6 }, connect));
    try {
      const bases = Array.from({ length: 5 }, () => next());
      // Each batch holds a copy of every base, a few bits apart, in its own order.
      const batches = clients.map((_, k) => bases.map((fp, i) => input(flip(fp, [(k * 7 + i) % 64, (k * 11 + 3) % 64]))).sort(() => (k % 2 ? 1 : -1)));
      const outs = await Promise.all(clients.map((c, k) => inTransaction(c, () => assign(c, batches[k]))));
      const storyOf = (fp: bigint) => new Set(outs.flatMap((out, k) => batches[k].filter((it) => hammingDistance(it.fingerprint, fp) <= 4).map((it) => out.get(it.itemId)!.storyId)));
      for (const fp of bases) expect(storyOf(fp).size).toBe(1);
      const leads = outs.flatMap((out) => [...out.values()].filter((s) => s.lead));
      expect(leads).toHaveLength(bases.length);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('migration 1766500000000 taken back stores the bands the code computes (the SQL of 1766100000000)', async () => {
    const fps = Array.from({ length: 50 }, () => next());
    fps.push(0n, -1n, BigInt.asIntN(64, 1n << 63n), (1n << 63n) - 1n);
    await client.query('BEGIN');
    try {
      for (const fp of fps) await client.query(`INSERT INTO signal_stories (fingerprint, title, first_item_id) VALUES ($1, 'old bands', gen_random_uuid())`, [fp.toString()]);
      await new SignalStoriesNoBands1766500000000().down({ query: (sql: string, p?: unknown[]) => client.query(sql, p).then((r) => r.rows) } as unknown as QueryRunner);
      const rows = (await client.query(`SELECT fingerprint::text AS fp, bands FROM signal_stories WHERE title = 'old bands'`)).rows as { fp: string; bands: number[] }[];
      expect(rows).toHaveLength(fps.length);
      for (const r of rows) expect([r.fp, r.bands]).toEqual([r.fp, fingerprintBands(BigInt(r.fp), T)]);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
