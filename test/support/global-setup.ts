import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../server/src/core/database/data-source';
import { startEmbeddedPostgres } from '../../server/src/core/database/embedded-postgres';
import { freePort } from './free-port';
import { TEMPLATE_DB } from './pg-state';

/**
 * One embedded PostgreSQL for the whole run. Migrations run once into a template database; each test
 * file clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds and keeps files isolated.
 */
export default async function globalSetup(): Promise<void> {
  // Under a world-traversable folder: as root, PostgreSQL runs as the "postgres" user.
  const dir = mkdtempSync(join(tmpdir(), 'ruche-test-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const db = await startEmbeddedPostgres({ dataDir: dir, port });
  // Test databases are made by the superuser (the application's role may not create databases) and
  // stay its own; the application role itself is tested in database-role.e2e.ts.
  const adminUrl = db.adminUrl;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await runMigrations(adminUrl.replace(/\/postgres$/, `/${TEMPLATE_DB}`));
  (globalThis as { __RUCHE_PG__?: unknown }).__RUCHE_PG__ = { db, dir };
  process.env.RUCHE_TEST_PG_URL = adminUrl;
}
