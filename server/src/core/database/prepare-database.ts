import { Client } from 'pg';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config';
import { StartupError } from '../startup-error';
import { createDataSource, runMigrations } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import type { DataSource } from 'typeorm';

export interface PreparedDatabase {
  url: string;
  embedded?: EmbeddedDatabase;
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the database';
  }
}

/** Waits for the database to answer, or fails with one line that says where and why. */
async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (e) {
    throw new StartupError(`Cannot reach PostgreSQL at ${describeUrl(url)}: ${(e as Error).message || (e as { code?: string }).code || 'connection failed'} (check DATABASE_URL)`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Arbitrary constant naming Ruche's start-up lock among the database's advisory locks. */
const STARTUP_LOCK = 7_215_032_701;

/**
 * Instances starting together on one database take turns to migrate and seed (TypeORM takes no lock
 * of its own); the lock lives on its own connection and ends with it, even if this process dies.
 */
async function withStartupLock(url: string, fn: () => Promise<void>): Promise<void> {
  const lock = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    await fn();
  } finally {
    await lock.end().catch(() => undefined);
  }
}

/** What to write after migrations (the app's seed: core knows no feature); true when something was seeded. */
export type Seeder = (ds: DataSource) => Promise<boolean>;

/** Starts the embedded PostgreSQL unless DATABASE_URL is set, then migrates and seeds. */
export async function prepareDatabase(config: AppConfig, logger: Logger, seed: Seeder): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.database.url;
  if (!url) {
    const pgLog = logger.child({ module: 'embedded-postgres' });
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: config.database.dataDir,
      port: config.database.embeddedPort,
      onLog: (line) => pgLog.trace(line.trim()),
      // One line per crash and per recovery; the give-up line is the caller's (it stops Ruche).
      onEvent: (event) => {
        if (event.type === 'exited') pgLog.error({ reason: event.reason, restartInMs: event.restartInMs }, 'embedded PostgreSQL stopped unexpectedly; restarting it');
        else if (event.type === 'restarted') pgLog.info({ attempt: event.attempt }, 'embedded PostgreSQL restarted');
      },
    });
    url = embedded.url;
    logger.info({ dataDir: config.database.dataDir, port: config.database.embeddedPort, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  try {
    await checkReachable(url);
    await withStartupLock(url, async () => {
      const ran = await runMigrations(url);
      if (ran.length) logger.info({ migrations: ran }, 'migrations applied');
      const ds = createDataSource(url, 1);
      await ds.initialize();
      try {
        if (await seed(ds)) logger.info('demo organisation seeded');
      } finally {
        await ds.destroy();
      }
    });
  } catch (e) {
    await embedded?.stop().catch(() => undefined);
    throw e;
  }
  return { url, embedded };
}
