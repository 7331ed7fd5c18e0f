import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandInMemory } from '../../server/src/core/cli/run-cli';
import { importCommand } from '../../server/src/modules/signals/cli/import.command';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * `npm run cli -- signals:import`: an NDJSON file sent to a running server's import endpoint, against the
 * real application on real PostgreSQL: a good file, bad lines reported by number, refusals (an unknown
 * source, another kind of source, no session, someone who may not manage sources), and a real process
 * killed half-way through its input then run again (the built CLI, as `npm run cli` runs it).
 */
const CLI = join(__dirname, '../../server/dist/server/src/cli.js');
const HUB = 'camille.laurent@maison-lumiere.example';
const MANAGER = 'claire.dubois@maison-lumiere.example';

describe('npm run cli -- signals:import', () => {
  let t: TestApp;
  let hub: string;
  let dir: string;
  const env = (session = hub) => ({ RUCHE_URL: t.url, RUCHE_SESSION: session });
  const run = (args: string[], session = hub) => runCommandInMemory([importCommand], ['signals:import', ...args], [], env(session));
  const line = (id: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ id, title: `Avis client ${id} sur Lumi Home`, text: `Retour ${id} : la lampe Lumi Home fonctionne bien.`, published: '2026-11-02T10:03:00Z', ...extra });
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0].n);
  const createSource = async (kind: string, name: string) => {
    const res = await t.gql<{ createSignalSource: { source: { id: string } } }>(`mutation($i: CreateSignalSourceInput!) { createSignalSource(input: $i) { source { id } } }`, { i: { kind, name } }, hub);
    expect(res.errors).toBeUndefined();
    return res.data!.createSignalSource.source.id;
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the server first (npm test does)`);
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    hub = await t.signIn(HUB);
    dir = mkdtempSync(join(tmpdir(), 'ruche-import-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('stores a good file, prints progress on stderr and the run as JSON on stdout', async () => {
    const source = await createSource('import', 'Historique CLI');
    const path = file('good.ndjson', Array.from({ length: 1200 }, (_, i) => line(`good-${i}`)).join('\n') + '\n');
    const { code, out, err } = await run([path, '--source', source, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report).toEqual({ id: expect.any(String), status: 'done', lines: 1200, stored: 1200, duplicates: 0, refused: 0, report: [], error: null });
    expect(err.split('\n').filter(Boolean).at(-1)).toBe('signals:import: 1200 lines read, 1200 stored, 0 duplicates, 0 refused');
    expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(1200);
    // The same file again: every line a duplicate, nothing stored twice.
    const again = await run([path, `--source=${source}`, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ status: 'done', lines: 1200, stored: 0, duplicates: 1200, refused: 0 });
    expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(1200);
    // Without --json: a summary on stdout.
    const plain = await run([path, '--source', source]);
    expect([plain.code, plain.out]).toEqual([0, 'import done: 1200 lines, 0 stored, 1200 duplicates, 0 refused\n']);
  });

  it('reports malformed, oversize and wrong-type lines by number with a reason, and stores the rest', async () => {
    const source = await createSource('import', 'Historique abîmé');
    const lines = [
      line('bad-1'),
      '{"title": ',
      JSON.stringify(['un tableau']),
      `{"title": "${'x'.repeat(70 * 1024)}"}`,
      line('bad-2', { title: 42 }),
      line('bad-3', { published: 'hier' }),
      '',
      '42',
      line('bad-4'),
    ];
    const path = file('bad.ndjson', Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(line('bad-1') + '\r\n')]));
    const { code, out } = await run([path, '--source', source, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { status: string; lines: number; stored: number; duplicates: number; refused: number; report: { line: number; reason: string }[] };
    expect(report).toMatchObject({ status: 'done', lines: 11, stored: 2, duplicates: 1, refused: 7 });
    expect(report.report.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 8, 10]);
    const reason = (n: number) => report.report.find((r) => r.line === n)!.reason;
    expect(reason(2)).toMatch(/^not JSON/);
    expect(reason(3)).toBe('item: must be a JSON object, not an array');
    expect(reason(4)).toBe('line longer than 65536 bytes');
    expect(reason(5)).toMatch(/^title: /);
    expect(reason(6)).toMatch(/^published: not an ISO 8601 or RFC 822 date/);
    expect(reason(8)).toBe('item: must be a JSON object, not number');
    expect(reason(10)).toBe('not valid UTF-8');
    expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(2);
    const plain = await run([path, '--source', source]);
    expect(plain.out.split('\n')[0]).toBe('import done: 11 lines, 0 stored, 3 duplicates, 7 refused');
    expect(plain.out).toContain('\n  line 3: item: must be a JSON object, not an array\n');
  });

  it('refuses an unknown source, another kind of source, a person who may not manage sources and no session, storing nothing', async () => {
    const path = file('one.ndjson', `${line('refused-1')}\n`);
    const unknown = await run([path, '--source', '00000000-0000-4000-8000-000000000000', '--json']);
    expect([unknown.code, JSON.parse(unknown.out).code]).toEqual([1, 'SIGNAL_SOURCE_NOT_FOUND']);
    expect((await run([path, '--source', 'pas-un-id', '--json'])).out).toContain('"code":"SIGNAL_SOURCE_NOT_FOUND"');
    const webhook = await createSource('webhook', 'Pas un import');
    const wrongKind = await run([path, '--source', webhook]);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.err).toMatch(/\(SIGNAL_SOURCE_KIND_MISMATCH\)\n$/);
    const imp = await createSource('import', 'Import réservé au hub');
    const manager = await run([path, '--source', imp, '--json'], await t.signIn(MANAGER));
    expect(JSON.parse(manager.out).code).toBe('FORBIDDEN');
    const stale = await run([path, '--source', imp, '--json'], 'ruche_session=not-a-session');
    expect(JSON.parse(stale.out).code).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT count(*) AS n FROM signal_items WHERE external_id = 'refused-1'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM signal_import_runs WHERE source_id IN ($1, $2)`, [webhook, imp])).toBe(0);
  });

  it('says what is wrong with its usage, the file or the server', async () => {
    const noSession = await runCommandInMemory([importCommand], ['signals:import', 'x.ndjson', '--source', 'x'], [], { RUCHE_URL: t.url });
    expect([noSession.code, noSession.err.split('\n')[0]]).toEqual([2, 'signals:import: RUCHE_SESSION is not set (the session cookie of someone who manages the source)']);
    for (const [args, message] of [
      [[], 'no file given (- reads stdin)'],
      [['x.ndjson'], '--source is required'],
      [['x.ndjson', '--source'], '--source needs a source id'],
      [['a.ndjson', 'b.ndjson', '--source', 'x'], 'one file at a time'],
      [['x.ndjson', '--source', 'x', '--frobnicate'], 'unknown option --frobnicate'],
      [['x.ndjson', '--source', 'x', '--url', 'ftp://127.0.0.1/'], 'the server URL must be an http(s) URL'],
    ] as [string[], string][]) {
      const r = await run(args);
      expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([2, '', `signals:import: ${message}`]);
    }
    const source = await createSource('import', 'Import sans fichier');
    expect(await run([join(dir, 'missing.ndjson'), '--source', source, '--json'])).toMatchObject({ code: 1, out: '{"error":"no such file","code":"ERROR"}\n' });
    expect((await run([dir, '--source', source])).err).toBe('signals:import: is a directory, not a file\n');
    const closed = await runCommandInMemory([importCommand], ['signals:import', file('c.ndjson', line('c')), '--source', source], [], { RUCHE_URL: `http://127.0.0.1:${await freePort()}`, RUCHE_SESSION: hub });
    expect([closed.code, closed.err]).toEqual([1, 'signals:import: no server answers there (start it, or set RUCHE_URL or --url)\n']);
    // stdin with "-"
    const piped = await runCommandInMemory([importCommand], ['signals:import', '-', '--source', source, '--json'], [`${line('stdin-1')}\n${line('stdin-2')}\n`], env());
    expect(JSON.parse(piped.out)).toMatchObject({ status: 'done', lines: 2, stored: 2 });
  });

  it('stores nothing twice when the command is killed half-way and run again', async () => {
    const source = await createSource('import', 'Import interrompu');
    const total = 3000;
    const lines = Array.from({ length: total }, (_, i) => line(`kill-${i}`));
    const path = file('big.ndjson', lines.join('\n') + '\n');
    // The built command reading stdin ("-"): the test decides how much of the file it has been given when it is killed.
    const child = spawn(process.execPath, [CLI, 'signals:import', '-', '--source', source], { env: { PATH: process.env.PATH ?? '', ...env() }, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.stdin.write(lines.slice(0, 1500).join('\n') + '\n');
    // Killed (no chance to say goodbye) once what it sent is stored, with half the file still to send.
    await eventually(async () => expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(1500), 60_000);
    child.kill('SIGKILL');
    await exited;
    const runs = async (): Promise<{ status: string; stored: number }[]> => t.ds.query(`SELECT status, stored FROM signal_import_runs WHERE source_id = $1`, [source]);
    await eventually(async () => expect(await runs()).toEqual([{ status: 'aborted', stored: 1500 }]), 60_000);

    const again = await run([path, '--source', source, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ status: 'done', lines: total, stored: total - 1500, duplicates: 1500, refused: 0 });
    expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(total);
    expect(await count(`SELECT count(DISTINCT external_id) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(total);
  }, 180_000);
});
