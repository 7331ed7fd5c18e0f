/**
 * Daily partitions of `signal_items` and `signal_item_terms` (RANGE on received_at, UTC days). The
 * retention job creates them ahead and drops expired ones; ingest makes sure today's exists before it
 * writes (once per day per process), so a job running late never makes an insert fail.
 */
/** A query function (an EntityManager's or a DataSource's `query`): rows come back untyped, as TypeORM gives them. */
export type Query = (sql: string, params?: unknown[]) => Promise<any>;

export const PARTITIONED_TABLES = ['signal_items', 'signal_item_terms'] as const;

const DAY_MS = 86_400_000;

/** The UTC day of an instant, as 'YYYY-MM-DD'. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function partitionName(table: (typeof PARTITIONED_TABLES)[number], day: string): string {
  return `${table}_p${day.replace(/-/g, '')}`;
}

/** The day a partition holds, from its name; undefined for names that are not one of ours. */
export function partitionDay(name: string): string | undefined {
  const m = /_p(\d{4})(\d{2})(\d{2})$/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/**
 * Creates the partitions of the given days that do not exist yet, both tables alike. An advisory lock
 * (taken for the transaction, so the caller runs this in one) keeps two instances from creating the
 * same partition at once, which PostgreSQL would answer with a duplicate-type error.
 */
export async function ensurePartitions(query: Query, days: string[]): Promise<string[]> {
  const wanted = [...new Set(days)].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (wanted.length === 0) return [];
  const names = wanted.flatMap((d) => PARTITIONED_TABLES.map((t) => partitionName(t, d)));
  const existing: { name: string }[] = await query(`SELECT relname AS name FROM pg_class WHERE relname = ANY($1::text[]) AND relkind = 'r'`, [names]);
  if (existing.length === names.length) return [];
  await query(`SELECT pg_advisory_xact_lock(hashtext('signal_partitions'))`);
  const created: string[] = [];
  for (const day of wanted) {
    const next = addDays(day, 1);
    for (const table of PARTITIONED_TABLES) {
      const name = partitionName(table, day);
      // Names and bounds come from a validated date, never from input.
      const [{ exists }] = await query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [name]);
      if (exists) continue;
      await query(`CREATE TABLE ${name} PARTITION OF ${table} FOR VALUES FROM ('${day} 00:00:00+00') TO ('${next} 00:00:00+00')`);
      created.push(name);
    }
  }
  return created;
}

/** The days that have a partition of signal_items, in order. */
export async function partitionDays(query: Query): Promise<string[]> {
  const rows: { name: string }[] = await query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'signal_items'::regclass`,
  );
  return rows
    .map((r) => partitionDay(r.name))
    .filter((d): d is string => d !== undefined)
    .sort();
}

/**
 * Drops the partitions of days before `firstKeptDay` (matches first, then items), under the same lock
 * as creation. Returns the days dropped.
 */
export async function dropPartitionsBefore(query: Query, firstKeptDay: string): Promise<string[]> {
  const days = (await partitionDays(query)).filter((d) => d < firstKeptDay);
  if (days.length === 0) return [];
  await query(`SELECT pg_advisory_xact_lock(hashtext('signal_partitions'))`);
  for (const day of days) {
    for (const table of [...PARTITIONED_TABLES].reverse()) await query(`DROP TABLE IF EXISTS ${partitionName(table, day)}`);
  }
  return days;
}
