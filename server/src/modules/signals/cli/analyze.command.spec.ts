import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandInMemory } from '../../../core/cli/run-cli';
import { analyzeCommand, MAX_LINE_BYTES } from './analyze.command';

const run = (args: string[], input: string | Buffer[]) => runCommandInMemory([analyzeCommand], ['analyze', ...args], input);

const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run cli -- analyze', () => {
  it('prints one JSON verdict per input line, in order, with the demo terms by default', async () => {
    const { code, out } = await run(
      ['--json'],
      "Le réseau Orange est en panne, c'est nul\nI love my new Lumi Home, it is excellent!\n\nUn jus d'orange\n",
    );
    expect(code).toBe(0);
    const rows = lines(out);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ language: 'fr', sentiment: { label: 'negative' }, terms: ['Orange'] });
    expect(rows[1]).toMatchObject({ language: 'en', sentiment: { label: 'positive' }, terms: ['Maison Lumière', 'Lumi Home'] });
    expect(rows[2]).toEqual({ language: 'und', sentiment: { score: 0, label: 'neutral' }, terms: [] });
    expect(rows[3]).toMatchObject({ terms: [] });
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['language', 'sentiment', 'terms']);
  });

  it('reads lines split across chunks, CRLF endings, a last line without newline, and invalid UTF-8', async () => {
    const { out } = await run(['--json'], [Buffer.from('Great pro'), Buffer.from('duct!\r\nTerrible'), Buffer.from([0xff, 0xfe]), Buffer.from(' service')]);
    const rows = lines(out);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ sentiment: { label: 'positive' } });
    expect(rows[1]).toMatchObject({ sentiment: { label: 'negative' } });
  });

  it('an over-long line gets { error } on its line and the rest goes on', async () => {
    const big = Buffer.alloc(MAX_LINE_BYTES * 3, 'a');
    const { code, out } = await run(['--json'], [Buffer.from('first line is great\n'), big, big, Buffer.from('\nlast line is awful\n')]);
    expect(code).toBe(0);
    const rows = lines(out);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({ error: `line longer than ${MAX_LINE_BYTES} bytes` });
    expect(rows[2]).toMatchObject({ sentiment: { label: 'negative' } });
  });

  it('uses a --terms file, and refuses bad ones with exit 2 and a reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruche-analyze-'));
    const good = join(dir, 'terms.json');
    writeFileSync(good, JSON.stringify([{ id: 'c', label: 'Cafés', query: 'café OR coffee' }]));
    expect(lines((await run(['--json', '--terms', good], 'Un bon café\n')).out)[0]).toMatchObject({ terms: ['Cafés'] });

    const cases: [string, RegExp][] = [
      ['{not json', /not valid JSON/],
      ['{"id":"x"}', /JSON array/],
      [JSON.stringify([{ id: 'x', label: 'X', query: '(orange' }]), /term "x": Unclosed parenthesis at position 1 \[WATCH_QUERY_SYNTAX\]/],
    ];
    for (const [content, message] of cases) {
      const file = join(dir, 'bad.json');
      writeFileSync(file, content);
      const r = await run(['--terms', file], 'x\n');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(1024 * 1024 + 1, ' '));
    expect((await run(['--terms', big], '')).err).toMatch(/larger than/);
    expect((await run(['--terms', join(dir, 'missing.json')], '')).code).toBe(2);
  });

  it('prints tab-separated lines without --json, and rejects unknown arguments', async () => {
    const { out } = await run([], 'Orange a un super réseau\n');
    expect(out).toMatch(/^fr\tpositive\t0\.\d{3}\tOrange\n$/);
    const bad = await run(['--frobnicate'], '');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unexpected argument/);
    expect((await run(['--terms'], '')).code).toBe(2);
  });
});
