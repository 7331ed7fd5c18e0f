import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrations } from '../../migrations';
import { loadConfig } from '../../server/src/config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/core/database/embedded-postgres';
import { prepareDatabase } from '../../server/src/core/database/prepare-database';
import { createRootLogger } from '../../server/src/core/logging/logger';
import { seedDemo } from '../../server/src/demo-seed';
import { freePort } from '../support/free-port';
import { startTestApp } from '../support/test-app';

/** Runs `fn` on a connection to `url`, closed afterwards. */
async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The error code PostgreSQL answers with, or 'ok'. */
async function sqlState(c: Client, sql: string): Promise<string> {
  try {
    await c.query(sql);
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** Objects of the public schema not owned by the application role (extension members aside). */
const FOREIGN_OWNED = `
  SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> 'ruche'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  UNION ALL
  SELECT p.proname, pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'ruche'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`;

/** Migrates and seeds as `prepareDatabase` does at start-up, then serves the app on that database and signs in. */
async function migrateAndServe(url: string): Promise<{ migrationsRun: number; signedIn: boolean }> {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  await prepareDatabase(config, createRootLogger({ level: 'silent', pretty: false }), seedDemo);
  const migrationsRun = await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM migrations`)).rows[0].n as number);
  const t = await startTestApp({ database: { url, name: 'ruche', drop: async () => undefined }, seed: false });
  try {
    const cookie = await t.signIn('camille.laurent@maison-lumiere.example');
    const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, cookie);
    return { migrationsRun, signedIn: Boolean(me.data?.me.id) };
  } finally {
    await t.close();
  }
}

describe('the embedded PostgreSQL: the application connects as a role that is not a superuser', () => {
  let dir: string;
  let port: number;
  let db: EmbeddedDatabase;

  beforeAll(async () => {
    // Under a world-traversable folder: as root, PostgreSQL runs as the "postgres" user.
    dir = mkdtempSync(join(tmpdir(), 'ruche-role-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    db = await startEmbeddedPostgres({ dataDir: dir, port, settings: { shared_buffers: '48MB' } });
  });
  afterAll(async () => {
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts the server with the settings it is given, and refuses one that is not a setting before creating anything', async () => {
    await withClient(db.url, async (c) => {
      expect((await c.query(`SHOW shared_buffers`)).rows).toEqual([{ shared_buffers: '48MB' }]);
    });
    const other = join(dir, 'refused');
    const refused: Record<string, string>[] = [{ 'shared_buffers; DROP': '1GB' }, { shared_buffers: '1GB -c fsync=off' }, { work_mem: '' }];
    for (const settings of refused) {
      await expect(startEmbeddedPostgres({ dataDir: other, port: await freePort(), settings })).rejects.toThrow(/Not a PostgreSQL setting/);
    }
    expect(existsSync(other)).toBe(false);
  });

  it('gives the app the `ruche` role: it logs in, owns the database and its schema, and holds no other power', async () => {
    expect(new URL(db.url).username).toBe('ruche');
    expect(new URL(db.url).pathname).toBe('/ruche');
    expect(new URL(db.adminUrl).username).toBe('postgres');
    // The superuser stays available for tooling (the test harness creates its template databases with it).
    await withClient(db.adminUrl, async (c) => {
      expect((await c.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows).toEqual([{ rolsuper: true }]);
    });
    const secrets = JSON.parse(readFileSync(join(dir, 'postgres.json'), 'utf8'));
    expect(Object.keys(secrets).sort()).toEqual(['appPassword', 'password']);
    expect(decodeURIComponent(new URL(db.url).password)).toBe(secrets.appPassword);

    await withClient(db.url, async (c) => {
      const role = await c.query(
        `SELECT current_user AS name, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = current_user`,
      );
      expect(role.rows).toEqual([{ name: 'ruche', rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false, rolcanlogin: true }]);
      const owners = await c.query(
        `SELECT (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) AS database,
                (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public') AS schema`,
      );
      expect(owners.rows).toEqual([{ database: 'ruche', schema: 'ruche' }]);
      const extensions = await c.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`);
      expect(extensions.rows.map((r) => r.extname)).toEqual(['citext', 'pg_trgm', 'unaccent']);
      // What a superuser could do and this role cannot (42501: insufficient privilege).
      expect(await sqlState(c, `CREATE ROLE intruder SUPERUSER`)).toBe('42501');
      expect(await sqlState(c, `CREATE DATABASE other`)).toBe('42501');
      expect(await sqlState(c, `COPY (SELECT 1) TO PROGRAM 'true'`)).toBe('42501');
      expect(await sqlState(c, `ALTER SYSTEM SET work_mem = '1GB'`)).toBe('42501');
      expect(await sqlState(c, `CREATE EXTENSION IF NOT EXISTS file_fdw`)).toBe('42501');
    });
  });

  it('runs the migrations, the seed and the app as that role', async () => {
    expect(await migrateAndServe(db.url)).toEqual({ migrationsRun: migrations.length, signedIn: true });
    await withClient(db.url, async (c) => {
      expect((await c.query(FOREIGN_OWNED)).rows).toEqual([]);
    });
  });

  it('creates the role on a data folder made before it existed and hands the existing objects over', async () => {
    // Put the folder back as an older Ruche left it: everything owned and migrated by the superuser,
    // no application role, no application password.
    await withClient(db.adminUrl.replace(/\/postgres$/, '/ruche'), async (c) => {
      await c.query(`REASSIGN OWNED BY ruche TO postgres`);
      await c.query(`DROP OWNED BY ruche`);
      await c.query(`CREATE TABLE superuser_made (id serial PRIMARY KEY)`);
    });
    await withClient(db.adminUrl, (c) => c.query(`DROP ROLE ruche`));
    const secretFile = join(dir, 'postgres.json');
    const { password } = JSON.parse(readFileSync(secretFile, 'utf8'));
    writeFileSync(secretFile, JSON.stringify({ password }), { mode: 0o600 });
    await withClient(db.adminUrl.replace(/\/postgres$/, '/ruche'), async (c) => {
      expect((await c.query(FOREIGN_OWNED)).rows.length).toBeGreaterThan(migrations.length);
    });
    await db.stop();

    db = await startEmbeddedPostgres({ dataDir: dir, port });
    expect(JSON.parse(readFileSync(secretFile, 'utf8')).appPassword).toEqual(expect.any(String));
    await withClient(db.url, async (c) => {
      expect((await c.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows).toEqual([{ rolsuper: false }]);
      expect((await c.query(FOREIGN_OWNED)).rows).toEqual([]);
      // A later migration may change tables made before the role existed, sequences included.
      await c.query('BEGIN');
      await c.query(`ALTER TABLE users ADD COLUMN later_migration int`);
      await c.query(`INSERT INTO superuser_made DEFAULT VALUES`);
      await c.query('ROLLBACK');
    });
    // Nothing to migrate, the seeded people are still there, and the app runs.
    expect(await migrateAndServe(db.url)).toEqual({ migrationsRun: migrations.length, signedIn: true });
    await withClient(db.url, async (c) => {
      expect((await c.query(`SELECT count(*)::int AS n FROM users`)).rows).toEqual([{ n: 40 }]);
    });
  });
});
