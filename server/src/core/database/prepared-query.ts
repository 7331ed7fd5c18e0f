import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';

/** Statement texts seen, with their names; bounded, since a hot statement takes few shapes. */
const names = new Map<string, string>();
const MAX_NAMES = 500;

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ruche_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < MAX_NAMES) names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement of the request path as a named prepared statement on the pool's connection (or,
 * given a transaction's EntityManager, on its connection): PostgreSQL parses and plans it once per
 * connection instead of on every call, and no TypeORM query runner is made per call. For statements
 * whose text takes few shapes (the name is a hash of the text, and each connection keeps the
 * statements it prepared): the session lookup, a vote, a board page. bench/hivemind.mjs: the vote's
 * checks cost PostgreSQL 650 µs of CPU as a plain query, 80 µs prepared.
 */
export async function preparedQuery<T = Record<string, unknown>>(db: DataSource | EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  const config = { name: nameOf(text), text, values: values as unknown[] };
  const manager = db instanceof EntityManager ? db : undefined;
  const ds = manager ? manager.connection : (db as DataSource);
  // As TypeORM's own queries do, so query logs and the tests that count or EXPLAIN statements see these.
  ds.logger.logQuery(text, config.values);
  const runner = manager?.queryRunner;
  if (runner && !runner.isReleased) {
    const client = (await runner.connect()) as PoolClient;
    return (await client.query(config)).rows as T[];
  }
  const pool = (ds.driver as unknown as { master: Pool }).master;
  return (await pool.query(config)).rows as T[];
}
