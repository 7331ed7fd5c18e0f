import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Client } from 'pg';

/** The role Ruche connects as, and the database it owns. */
export const APP_ROLE = 'ruche';
export const APP_DATABASE = 'ruche';
/**
 * Extensions the migrations use. Created by the superuser beforehand, so the application's role needs
 * no right to create extensions (the migrations' `CREATE EXTENSION IF NOT EXISTS` then finds them).
 */
export const APP_EXTENSIONS = ['unaccent', 'pg_trgm', 'citext'] as const;

/** What `DATA_DIR/postgres.json` holds: the superuser's password and the application role's. */
interface Secrets {
  password: string;
  appPassword?: string;
}

/** The application role's password, generated and stored beside the superuser's the first time. */
function appPassword(secretFile: string): string {
  const secrets = JSON.parse(readFileSync(secretFile, 'utf8')) as Secrets;
  if (secrets.appPassword) return secrets.appPassword;
  const appPassword = randomBytes(18).toString('base64url');
  writeFileSync(secretFile, JSON.stringify({ ...secrets, appPassword }), { mode: 0o600 });
  return appPassword;
}

async function asSuperuser<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Makes the embedded cluster ready for the application, idempotently, as the superuser: a `ruche` role
 * that may log in and nothing more (no superuser, no CREATEDB, no CREATEROLE, no replication, no RLS
 * bypass), owning the `ruche` database, its public schema and everything in it, with the extensions
 * already created. Data folders made before the role existed had everything owned by `postgres`: the
 * role is created at the next start and the objects are handed over. Returns the application's URL.
 */
export async function prepareAppRole(options: { host: string; port: number; superuserPassword: string; secretFile: string }): Promise<string> {
  const { host, port, superuserPassword, secretFile } = options;
  const password = appPassword(secretFile);
  const superuser = (database: string) => `postgresql://postgres:${encodeURIComponent(superuserPassword)}@${host}:${port}/${database}`;

  await asSuperuser(superuser('postgres'), async (c) => {
    const exists = (await c.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_ROLE])).rowCount;
    // Stated in full at every start, so an older or hand-edited role is brought back to this.
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${c.escapeLiteral(password)}`;
    await c.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${c.escapeIdentifier(APP_ROLE)} WITH ${attributes}`);
    const database = (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [APP_DATABASE])).rowCount;
    if (database) await c.query(`ALTER DATABASE ${c.escapeIdentifier(APP_DATABASE)} OWNER TO ${c.escapeIdentifier(APP_ROLE)}`);
    else await c.query(`CREATE DATABASE ${c.escapeIdentifier(APP_DATABASE)} OWNER ${c.escapeIdentifier(APP_ROLE)}`);
  });

  await asSuperuser(superuser(APP_DATABASE), async (c) => {
    const role = c.escapeIdentifier(APP_ROLE);
    for (const extension of APP_EXTENSIONS) await c.query(`CREATE EXTENSION IF NOT EXISTS ${c.escapeIdentifier(extension)} WITH SCHEMA public`);
    await c.query(`ALTER SCHEMA public OWNER TO ${role}`);
    // Objects of the schema owned by another role (migrations run as the superuser before this
    // change), except extension members, which stay the extension's. Sequences owned by a column
    // follow their table. Partitioned tables and their partitions are handed over one by one: a
    // partition depends on its parent ('a') and a partitioned table on itself ('i'), yet neither
    // follows the other's owner.
    const { rows } = await c.query<{ kind: string; name: string }>(
      `SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind,
              format('%I.%I', n.nspname, c.relname) AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
       UNION ALL
       SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, p.oid::regprocedure::text
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
       UNION ALL
       SELECT 'TYPE', format('%I.%I', n.nspname, t.typname)
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')`,
      [APP_ROLE],
    );
    for (const { kind, name } of rows) await c.query(`ALTER ${kind} ${name} OWNER TO ${role}`);
  });

  return `postgresql://${APP_ROLE}:${encodeURIComponent(password)}@${host}:${port}/${APP_DATABASE}`;
}
