import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

/** These run the built server (`npm test` builds it first) as a real process, as `npm start` does. */
const MAIN = join(__dirname, '../../server/dist/server/src/main.js');

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

/** Liveness, not timing: a real start (migrations, the demo seed) on a machine busy with the other suites can take a while. */
const START_MS = 90_000;

async function waitFor(predicate: () => boolean, what: string, ms = START_MS): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = require('node:net').connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

describe('start-up and shutdown of the real process', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (npm test does)`);
  });

  it.each([
    [{ PORT: 'abc' }, /^ruche: Invalid setting PORT \(got "abc"\): must be an integer between 0 and 65535\n$/],
    [{ PUBLIC_URL: 'localhost:3000' }, /^ruche: Invalid setting PUBLIC_URL .*must be a URL/],
    [{ NODE_ENV: 'production' }, /^ruche: Invalid setting AUTH_MODE: local demo sign-in is refused with NODE_ENV=production/],
    [{ DATABASE_URL: 'postgresql://ruche:x@127.0.0.1:1/ruche' }, /^ruche: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/ruche: .*\(check DATABASE_URL\)\n$/],
  ])('stops with one clear line and exit code 1 for %j', async (env, message) => {
    const r = run(env as Record<string, string>);
    expect(await r.exit).toBe(1);
    expect(r.stderr()).toMatch(message);
    expect(r.stderr()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a port in use with a clear message', async () => {
    const db = await createTestDatabase();
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '0.0.0.0', r));
    try {
      const r = run({ DATABASE_URL: db.url, PORT: String(port) });
      expect(await r.exit).toBe(1);
      expect(r.stderr()).toBe(`ruche: Port ${port} is already in use (set PORT to another one).\n`);
    } finally {
      blocker.close();
      await db.drop();
    }
  });

  it('explains when the embedded PostgreSQL cannot reach its data folder', async () => {
    const locked = mkdtempSync(join(tmpdir(), 'ruche-locked-'));
    chmodSync(locked, 0o700);
    try {
      const r = run({ DATA_DIR: join(locked, 'data'), PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) });
      expect(await r.exit).toBe(1);
      if (process.getuid?.() === 0) expect(r.stderr()).toMatch(/^ruche: The embedded PostgreSQL runs as the "postgres" user, who cannot enter .* Set DATA_DIR/);
      else expect(r.stderr()).toMatch(/^ruche: /);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  describe('with the embedded PostgreSQL', () => {
    let dataDir: string;
    let db: TestDatabase | undefined;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'ruche-start-'));
      chmodSync(dataDir, 0o755);
    });
    afterAll(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await db?.drop();
    });

    const startAndStop = async (signal: NodeJS.Signals, env: Record<string, string> = {}) => {
      const port = await freePort();
      const pgPort = await freePort();
      const r = run({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), ...env });
      await waitFor(() => r.stdout().includes('Ruche is ready'), 'ready log');
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const gql = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ authOptions { mode demoUsers { id } } }' }),
      });
      const body = (await gql.json()) as { data: { authOptions: { mode: string; demoUsers: unknown[] } } };
      expect(body.data.authOptions.mode).toBe('local');
      expect(body.data.authOptions.demoUsers).toHaveLength(40);
      // a keep-alive connection stays open across the signal; shutdown must not wait for it forever
      const keepAlive = fetch(`http://127.0.0.1:${port}/healthz`, { headers: { Connection: 'keep-alive' } });
      expect((await keepAlive).status).toBe(200);
      r.child.kill(signal);
      expect(await r.exit).toBe(0);
      expect(r.stdout()).toMatch(env.LOG_PRETTY === 'false' ? /"msg":"stopped"/ : /INFO.*: stopped/);
      expect(await portIsOpen(port)).toBe(false);
      expect(await portIsOpen(pgPort)).toBe(false);
      return r;
    };

    it('initialises, migrates, seeds once, serves, and stops cleanly on SIGTERM', async () => {
      // Development defaults: human-readable lines, one "ready" line, no line per request at info.
      const first = await startAndStop('SIGTERM');
      const lines = first.stdout().split('\n').filter(Boolean);
      expect(lines.filter((l) => l.trimStart().startsWith('{'))).toEqual([]);
      expect(lines.filter((l) => /Ruche is ready on http:\/\/localhost:\d+/.test(l))).toHaveLength(1);
      expect(lines.filter((l) => /graphql|readyz|healthz/.test(l))).toEqual([]);
      expect(first.stdout()).toContain('demo organisation seeded');
      expect(first.stdout()).toContain('migrations applied');
      expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    }, START_MS + 30_000);

    it('reuses the data on a second start (no new seed, no migration) and stops on SIGINT', async () => {
      const second = await startAndStop('SIGINT', { LOG_PRETTY: 'false' });
      expect(second.stdout().split('\n').filter(Boolean).every((l) => l.startsWith('{'))).toBe(true);
      expect(second.stdout()).not.toContain('demo organisation seeded');
      expect(second.stdout()).not.toContain('migrations applied');
    }, START_MS + 30_000);

    it('uses DATABASE_URL instead of starting PostgreSQL', async () => {
      db = await createTestDatabase();
      const port = await freePort();
      const r = run({ DATABASE_URL: db.url, PORT: String(port), DATA_DIR: join(dataDir, 'unused') });
      await waitFor(() => r.stdout().includes('Ruche is ready'), 'ready log');
      expect(r.stdout()).not.toContain('embedded PostgreSQL started');
      expect(existsSync(join(dataDir, 'unused'))).toBe(false);
      r.child.kill('SIGTERM');
      expect(await r.exit).toBe(0);
    }, START_MS + 30_000);
  });
});
