import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../server/src/core/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/core/database/embedded-postgres';
import type { RestartPolicy, SupervisorEvent } from '../../server/src/core/database/postgres-supervisor';
import { freePort } from './free-port';
import type { TestDatabase } from './test-db';

export interface DedicatedPostgres {
  /** The supervised server: halt()/resume() for an outage, pid to kill it. */
  embedded: EmbeddedDatabase;
  /** The migrated `ruche` database, to pass to startTestApp({ database }). */
  database: TestDatabase;
  port: number;
  /** What the supervisor reported (crashes, restarts). */
  events: SupervisorEvent[];
  close(): Promise<void>;
}

/**
 * A PostgreSQL of the test's own, on a temporary folder and a free port, migrated: for tests that stop,
 * kill or restart it (the run's shared one must stay up for the other files).
 */
export async function startDedicatedPostgres(options: { restartPolicy?: RestartPolicy } = {}): Promise<DedicatedPostgres> {
  // Under a world-traversable folder: as root, PostgreSQL runs as the "postgres" user.
  const dir = mkdtempSync(join(tmpdir(), 'ruche-own-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const events: SupervisorEvent[] = [];
  const embedded = await startEmbeddedPostgres({ dataDir: dir, port, restartPolicy: options.restartPolicy, onEvent: (e) => events.push(e) });
  await runMigrations(embedded.url);
  return {
    embedded,
    port,
    events,
    database: { url: embedded.url, name: 'ruche', drop: async () => undefined },
    async close() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
