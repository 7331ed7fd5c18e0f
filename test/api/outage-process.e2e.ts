import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';

/** The built server (`npm test` builds it first), run as `npm start` runs it: embedded PostgreSQL included. */
const MAIN = join(__dirname, '../../server/dist/server/src/main.js');

describe('npm start when its embedded PostgreSQL dies', () => {
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (npm test does)`);
    dataDir = mkdtempSync(join(tmpdir(), 'ruche-crash-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the "postgres" user
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('restarts PostgreSQL, keeps serving, and still stops cleanly', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_PG_PORT: String(await freePort()),
        LOG_LEVEL: 'info',
        LOG_PRETTY: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lines = () => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string });
    const said = (msg: string) => lines().filter((l) => l.msg === msg).length;
    const postmaster = () => Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.status);
    try {
      await eventually(() => expect(out).toContain('Ruche is ready'), 30_000);
      const first = postmaster();

      process.kill(first, 'SIGKILL');

      // Ruche restarts it on the same data and port; readiness comes back without any help.
      await eventually(async () => {
        expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid')) && postmaster()).not.toBe(first);
        expect(await get('/readyz')).toBe(200);
      }, 30_000);
      expect(child.exitCode).toBeNull();
      expect(said('embedded PostgreSQL stopped unexpectedly; restarting it')).toBe(1);
      expect(said('embedded PostgreSQL restarted')).toBe(1);
      const gql = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ authOptions { demoUsers { id } } }' }),
      });
      expect(((await gql.json()) as { data: { authOptions: { demoUsers: unknown[] } } }).data.authOptions.demoUsers).toHaveLength(40);

      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(err).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
