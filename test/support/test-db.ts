import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl, TEMPLATE_DB } from './pg-state';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database cloned from the run's template (or an empty one, to test migrations). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : TEMPLATE_DB}`);
        return;
      } catch (e) {
        // Two files cloning at the same instant can collide on the template; retry briefly.
        if (attempt > 20 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  return {
    url,
    name,
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A pg client connected to `url` (the caller ends it). */
export async function connectClient(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** A query function over one client that answers the rows, as the code under test's `Query` expects. */
export const rowsOf =
  (c: Client) =>
  async (sql: string, params?: unknown[]): Promise<any[]> =>
    (await c.query(sql, params)).rows;

/** Runs `fn` between BEGIN and COMMIT on `c`, rolling back when it throws. */
export async function inTransaction<T>(c: Client, fn: () => Promise<T>): Promise<T> {
  await c.query('BEGIN');
  try {
    const out = await fn();
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  }
}
