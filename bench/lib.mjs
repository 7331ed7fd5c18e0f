import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The built server the benchmarks run (BENCH_DIST points at another build, e.g. a copy kept from before a change). */
export const dist = resolve(process.env.BENCH_DIST ?? join(root, 'server/dist'));
export const require = createRequire(join(root, 'server/package.json'));
/** The Node that runs Ruche, the floor and the load generator (BENCH_NODE: e.g. the container's Node 24). */
export const nodeBin = process.env.BENCH_NODE ?? process.execPath;

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh temporary folder the embedded PostgreSQL (run as `postgres` when we are root) can enter. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** The embedded PostgreSQL of the build under test (initdb on first use of `dataDir`), with server `settings` if given. */
export async function startPostgres(dataDir, port, settings) {
  require('reflect-metadata');
  const { startEmbeddedPostgres } = require(`${dist}/server/src/core/database/embedded-postgres.js`);
  return startEmbeddedPostgres({ dataDir, port, settings });
}

/**
 * PostgreSQL set up as a production server of this machine would be, where its defaults are for a small
 * demo: shared_buffers a quarter of the memory (at most 8 GB; the default is 128 MB, less than the
 * full-scale Hivemind data set and its indexes), and checkpoints every 30 minutes or 8 GB of WAL rather
 * than every 5 minutes or 1 GB (a benchmark calls CHECKPOINT itself where it wants one).
 */
export function productionPostgresSettings() {
  const mb = Math.min(8192, Math.floor(totalmem() / 4 / 2 ** 20));
  return { shared_buffers: `${mb}MB`, checkpoint_timeout: '30min', max_wal_size: '8GB' };
}

/**
 * Turns on pg_stat_statements (BENCH_PG_STATS=1 in the benchmarks): the library loads at start-up only,
 * so it is set, PostgreSQL restarted, and the extension created in Ruche's database. Resolves to a
 * client of that database whose `reset()` and `report(title)` frame a measurement.
 */
export async function pgStatements(db) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
  // BENCH_PG_STATS=all: the statements run inside functions (ruche_cast_votes') are counted as well.
  if (process.env.BENCH_PG_STATS === 'all') await admin.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  await admin.end();
  await db.halt();
  await db.resume();
  const client = new Client({ connectionString: db.adminUrl.replace(/\/postgres$/, '/ruche') });
  client.on('error', () => undefined);
  await client.connect();
  await client.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  return {
    reset: () => client.query(`SELECT pg_stat_statements_reset()`),
    /** The statements that cost PostgreSQL most since the last reset: time per call, planning apart. */
    report: async (title) => {
      const { rows } = await client.query(
        `SELECT calls, round((total_exec_time + total_plan_time)::numeric, 0) AS total_ms, round((total_exec_time / nullif(calls, 0))::numeric, 3) AS exec_ms,
                round((total_plan_time / nullif(calls, 0))::numeric, 3) AS plan_ms, rows / nullif(calls, 0) AS rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ruche') ORDER BY total_exec_time + total_plan_time DESC LIMIT 20`,
      );
      console.log(`\n${title}\n${table(rows)}`);
    },
    end: () => client.end(),
  };
}

/** What the machine is: the figures mean little without it. */
export function machine() {
  const list = cpus();
  const node = process.env.BENCH_NODE ? execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim() : process.version;
  return { cores: list.length, cpu: list[0]?.model?.trim() ?? 'unknown', node, platform: `${process.platform}-${process.arch}` };
}

/**
 * Starts `node args…` as a child process with only the given environment (plus PATH and HOME), output
 * to `logFile`; resolves once `readyUrl` answers 200, with the child and the time it took.
 */
export async function startProcess({ args, env, logFile, readyUrl, timeoutMs = 90_000 }) {
  const started = Date.now();
  const log = createWriteStream(logFile);
  const child = spawn(nodeBin, args, { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`${args.join(' ')} exited (${exited.code ?? exited.signal}) before it was ready:\n${tail(logFile)}`);
    try {
      const res = await fetch(readyUrl);
      if (res.status === 200) return { child, ms: Date.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} was not ready after ${timeoutMs} ms:\n${tail(logFile)}`);
}

/** SIGTERM, then waits for the exit (a CPU profile, when asked for, is written on the way out). */
export function stopProcess(child, timeoutMs = 20_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** CPU time (user + system, ms) a process has used so far, from /proc (undefined where there is none). */
export function cpuMs(pid) {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = 100;

/**
 * CPU time of a process and its children (PostgreSQL's postmaster and its backends), in ms: the living
 * children's, plus the exited ones' that the parent has reaped (cutime and cstime), so a backend that
 * ends during a measurement does not take its CPU time with it.
 */
export function treeCpuMs(pid) {
  let total;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    total = ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === pid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs the load generator in a process of its own (bench/load.mjs) and returns its figures. */
export function load(opts) {
  return new Promise((resolve, reject) => {
    // Large options (e.g. thousands of ids to pick from) go through a file: an argument is limited in size.
    let arg = JSON.stringify(opts);
    let file;
    if (arg.length > 64 * 1024) {
      file = join(mkdtempSync(join(tmpdir(), 'ruche-load-')), 'options.json');
      writeFileSync(file, arg);
      arg = `@${file}`;
    }
    const child = spawn(nodeBin, [join(root, 'bench/load.mjs'), arg], { stdio: ['ignore', 'pipe', 'inherit'] });
    if (file) child.once('exit', () => rmSync(dirname(file), { recursive: true, force: true }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()));
    });
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function table(rows) {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals) => vals.map((v, i) => String(v).padEnd(width[i])).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

/**
 * Ruche as in production, on `databaseUrl`: JSON logs at info, introspection off, SAML configured (the
 * demo sign-in is refused in production; benchmarks write sessions straight into the database). Budgets
 * no person reaches: one session sends thousands of requests a second here (the limiter still runs,
 * reserving its share of the budget in PostgreSQL now and then); `env` adds or overrides settings. Resolves to { child, base }.
 */
export async function startRuche({ dir, databaseUrl, poolSize, idleMinutes, cpuProfDir, env = {}, distDir = dist, name = 'ruche' }) {
  const selfsigned = require('selfsigned');
  const { cert } = await selfsigned.generate([{ name: 'commonName', value: 'idp.bench.invalid' }], { keySize: 2048 });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { child } = await startProcess({
    args: [...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), join(distDir, 'server/src/main.js')],
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      SESSION_IDLE_TIMEOUT_MINUTES: String(idleMinutes),
      LOG_LEVEL: 'info',
      AUTH_MODE: 'saml',
      SAML_IDP_SSO_URL: 'https://idp.bench.invalid/sso',
      SAML_IDP_ENTITY_ID: 'https://idp.bench.invalid',
      SAML_IDP_CERT: cert,
      GRAPHQL_RATE_LIMIT_PER_MINUTE_SESSION: '1000000',
      GRAPHQL_RATE_LIMIT_PER_MINUTE_IP: '10000000',
      // The demo organisation's signal replayer would ingest items all through the measurement.
      SIGNALS_DEMO_REPLAY: 'false',
      ...env,
    },
    logFile: join(dir, `${name}.log`),
    readyUrl: `${base}/readyz`,
  });
  return { child, base };
}
