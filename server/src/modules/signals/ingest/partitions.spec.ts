import { Client } from 'pg';
import { connectClient, createTestDatabase, inTransaction, rowsOf, type TestDatabase } from '../../../../../test/support/test-db';
import { addDays, dropPartitionsBefore, ensurePartitions, partitionDay, partitionDays, partitionName, utcDay, type Query } from './partitions';

describe('partition days and names', () => {
  it('takes the UTC day of an instant, whatever the offset it was written with', () => {
    expect(utcDay(new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
    expect(utcDay(new Date('2027-01-01T00:30:00+02:00'))).toBe('2026-12-31');
    expect(utcDay(new Date('2026-03-29T01:59:59.999Z'))).toBe('2026-03-29');
    expect(utcDay(new Date('2026-11-30T23:59:59.999Z'))).toBe('2026-11-30');
    expect(utcDay(new Date('2026-12-01T00:00:00.000Z'))).toBe('2026-12-01');
  });

  it('adds days across months, leap days and years, both ways', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-30', -40)).toBe('2026-10-21');
    expect(addDays('2026-11-30', 0)).toBe('2026-11-30');
  });

  it('gives the same days whatever the process time zone (DST changes included)', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'Europe/Paris', 'Asia/Kathmandu']) {
        process.env.TZ = tz;
        expect([tz, addDays('2026-03-28', 1), addDays('2026-10-25', 1), utcDay(new Date('2026-03-29T00:30:00Z'))]).toEqual([tz, '2026-03-29', '2026-10-26', '2026-03-29']);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('names partitions by their day and reads the day back, ignoring names that are not ours', () => {
    expect(partitionName('signal_items', '2026-12-31')).toBe('signal_items_p20261231');
    expect(partitionName('signal_item_terms', '2027-01-01')).toBe('signal_item_terms_p20270101');
    expect(partitionDay('signal_items_p20261231')).toBe('2026-12-31');
    expect(partitionDay('signal_item_terms_p20270101')).toBe('2027-01-01');
    for (const other of ['signal_items', 'signal_items_p2026123', 'signal_items_p20261231x', 'signal_items_default']) expect(partitionDay(other)).toBeUndefined();
  });
});

describe('partitions in PostgreSQL', () => {
  let db: TestDatabase;
  let client: Client;
  const connect = () => connectClient(db.url);
  const queryOf = (c: Client): Query => rowsOf(c);
  const inTx = <T>(c: Client, fn: (q: Query) => Promise<T>): Promise<T> => inTransaction(c, () => fn(queryOf(c)));
  const bound = async (name: string) => (await client.query(`SELECT pg_get_expr(relpartbound, oid) AS b FROM pg_class WHERE relname = $1`, [name])).rows[0]?.b as string | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = await connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('creates the days ahead across a year boundary, both tables, on UTC midnights whatever the session time zone', async () => {
    await client.query(`SET TimeZone = 'Pacific/Kiritimati'`);
    const days = [0, 1, 2, 3].map((i) => addDays('2026-12-30', i));
    const created = await inTx(client, (q) => ensurePartitions(q, days));
    expect(created.sort()).toEqual(
      ['signal_item_terms_p20261230', 'signal_item_terms_p20261231', 'signal_item_terms_p20270101', 'signal_item_terms_p20270102', 'signal_items_p20261230', 'signal_items_p20261231', 'signal_items_p20270101', 'signal_items_p20270102'].sort(),
    );
    await client.query(`SET TimeZone = 'UTC'`);
    expect(await bound('signal_items_p20261231')).toBe(`FOR VALUES FROM ('2026-12-31 00:00:00+00') TO ('2027-01-01 00:00:00+00')`);
    expect(await bound('signal_item_terms_p20270101')).toBe(`FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-01-02 00:00:00+00')`);
    expect(await partitionDays(queryOf(client))).toEqual(expect.arrayContaining(days));
  });

  it('routes the last microsecond of a day and the first of the next to their own partitions', async () => {
    await inTx(client, (q) => ensurePartitions(q, ['2026-02-28', '2026-03-01']));
    const [source] = (await client.query(`INSERT INTO signal_sources (kind, name) VALUES ('manual', 'Partitions') RETURNING id`)).rows;
    const insert = (at: string, ext: string) =>
      client.query(
        `INSERT INTO signal_items (id, received_at, source_id, external_id, story_id, story_lead, title, body, published_at, author_key, language, sentiment_score, sentiment_label, sentiment_origin, analyser_score, analyser_label, fingerprint)
         VALUES (gen_random_uuid(), $1, $2, $3, gen_random_uuid(), true, 't', 'b', $1, 's:x', 'fr', 0, 'neutral', 'analyser', 0, 'neutral', 1)`,
        [at, source.id, ext],
      );
    await insert('2026-02-28 23:59:59.999999+00', 'last');
    await insert('2026-03-01 00:00:00+00', 'first');
    const rows = (await client.query(`SELECT external_id, tableoid::regclass::text AS part FROM signal_items WHERE source_id = $1 ORDER BY external_id`, [source.id])).rows;
    expect(rows).toEqual([
      { external_id: 'first', part: 'signal_items_p20260301' },
      { external_id: 'last', part: 'signal_items_p20260228' },
    ]);
  });

  it('creates nothing twice, ignores anything that is not a day, and survives two instances at once', async () => {
    expect(await inTx(client, (q) => ensurePartitions(q, ['2026-12-31', '2026-12-31']))).toEqual([]);
    expect(await inTx(client, (q) => ensurePartitions(q, ["2026-12-31'); DROP TABLE signal_items; --", '20261231', '2026-1-5', '']))).toEqual([]);
    const other = await connect();
    try {
      const days = ['2027-06-01', '2027-06-02', '2027-06-03'];
      const [a, b] = await Promise.all([inTx(client, (q) => ensurePartitions(q, days)), inTx(other, (q) => ensurePartitions(q, [...days].reverse()))]);
      expect([...a, ...b].sort()).toEqual(days.flatMap((d) => [partitionName('signal_items', d), partitionName('signal_item_terms', d)]).sort());
    } finally {
      await other.end();
    }
  });

  it('drops whole days before a given one, matches with their items, and nothing after', async () => {
    const dropped = await inTx(client, (q) => dropPartitionsBefore(q, '2026-12-31'));
    expect(dropped).toEqual(['2026-02-28', '2026-03-01', '2026-12-30']);
    const left = await partitionDays(queryOf(client));
    expect(left.filter((d) => d < '2026-12-31')).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(['2026-12-31', '2027-01-01', '2027-06-03']));
    expect((await client.query(`SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'signal_item_terms_p2026%' AND relname < 'signal_item_terms_p20261231'`)).rows[0].n).toBe(0);
  });
});
