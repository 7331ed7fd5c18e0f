import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrations } from '../../migrations';
import { loadConfig } from '../../server/src/config/config';
import { prepareDatabase } from '../../server/src/core/database/prepare-database';
import { createDataSource } from '../../server/src/core/database/data-source';
import { createRootLogger } from '../../server/src/core/logging/logger';
import { seedDemo } from '../../server/src/demo-seed';
import { createTestDatabase } from '../support/test-db';

describe('migrations and first start on an empty database', () => {
  it('lists every migration file in migrations/index.ts, in order', () => {
    const files = readdirSync(join(__dirname, '../../migrations')).filter((f) => /^\d+-.+\.ts$/.test(f));
    const timestamps = files.map((f) => Number(f.split('-')[0])).sort((a, b) => a - b);
    expect(migrations.map((m) => Number(/(\d+)$/.exec(m.name)![1]))).toEqual(timestamps);
  });

  it('lets two instances start together: one migrates and seeds, the other waits and finds it done', async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const config = { ...loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' }) };
      const logger = createRootLogger({ level: 'silent', pretty: false });
      await Promise.all([prepareDatabase(config, logger, seedDemo), prepareDatabase(config, logger, seedDemo), prepareDatabase(config, logger, seedDemo)]);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      const counts = await client.query(
        `SELECT (SELECT count(*)::int FROM migrations) AS migrations, (SELECT count(*)::int FROM users) AS users,
                (SELECT count(*)::int FROM departments) AS departments, (SELECT count(*)::int FROM organisation) AS orgs`,
      );
      await client.end();
      expect(counts.rows[0]).toEqual({ migrations: migrations.length, users: 40, departments: 9, orgs: 1 });
    } finally {
      await db.drop();
    }
  });

  it('migrates down and up again cleanly', async () => {
    const db = await createTestDatabase({ empty: true });
    const ds = createDataSource(db.url, 1);
    try {
      await ds.initialize();
      await ds.runMigrations();
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
      const tables = await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
      expect(tables[0].n).toBe(0);
      expect((await ds.runMigrations()).length).toBe(migrations.length);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
