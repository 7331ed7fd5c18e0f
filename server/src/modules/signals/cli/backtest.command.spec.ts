import { runCommandInMemory } from '../../../core/cli/run-cli';
import type { MinuteCount } from '../pipeline/contracts';
import { backtest } from '../spikes/backtest';
import { syntheticSeries } from '../spikes/synthetic-series';
import { signalsCommands } from '../cli';
import { MAX_LINE_BYTES, parseIsoInstant } from './backtest.command';

// What runCli (server/src/cli.ts) does with the signals commands; the module boundary rule keeps a
// module from importing the app-level file itself.
const run = (args: string[], input: string | Buffer[] | Iterable<string>) => runCommandInMemory(signalsCommands, ['spikes:backtest', ...args], input);

const jsonLines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const toLine = (r: MinuteCount) => JSON.stringify({ series: r.series, minute: r.minute.toISOString().replace('.000Z', 'Z'), count: r.count, authors: r.authors });

// Three weeks of two series (UTC wall clock), with events from day 8.
const START = new Date('2026-10-12T00:00:00Z');
const series = [
  syntheticSeries({ series: 'orange', peak: 3, start: START, days: 21, seed: 101, eventsPerDay: 0.7 }),
  syntheticSeries({ series: 'lumi', peak: 8, start: START, days: 21, seed: 202, eventsPerDay: 0.7 }),
];
const interleaved = series.flatMap((s) => s.counts).sort((a, b) => a.minute.getTime() - b.minute.getTime() || (a.series < b.series ? -1 : 1));

describe('npm run cli -- spikes:backtest', () => {
  it('prints, as JSON lines, the alerts the medium preset raises, as backtest() does', async () => {
    const { code, out, err } = await run(['--json'], interleaved.map(toLine).join('\n') + '\n');
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = jsonLines(out);
    const expected = backtest(interleaved, { preset: 'medium' });
    expect(expected.length).toBeGreaterThan(5);
    const key = (r: Record<string, unknown>) => `${String(r.minute)} ${String(r.series)} ${String(r.kind)}`;
    expect(rows.map(key).sort()).toEqual(expected.map((a) => key({ series: a.series, kind: a.kind, minute: a.minute.toISOString().replace('.000Z', 'Z') })).sort());
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['expected', 'kind', 'minute', 'observed', 'series']);
      expect(r.minute).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
      expect(['burst', 'drop', 'ramp']).toContain(r.kind);
      expect(typeof r.observed).toBe('number');
      expect(typeof r.expected).toBe('number');
    }
    // the injected events show up
    const events = series.flatMap((s) => s.events);
    const found = events.filter((e) => rows.some((r) => r.series === e.series && Date.parse(String(r.minute)) >= e.start && Date.parse(String(r.minute)) <= e.detectBy));
    expect(found.length / events.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same alerts for series one after the other, and fewer with --preset low', async () => {
    const grouped = series.flatMap((s) => s.counts).map(toLine).join('\n');
    const a = await run(['--json'], interleaved.map(toLine).join('\n'));
    const b = await run(['--json'], grouped);
    expect(jsonLines(b.out).map((r) => JSON.stringify(r)).sort()).toEqual(jsonLines(a.out).map((r) => JSON.stringify(r)).sort());
    const low = await run(['--json', '--preset', 'low'], grouped);
    const high = await run(['--json', '--preset=high'], grouped);
    expect(jsonLines(low.out).length).toBeLessThan(jsonLines(a.out).length);
    expect(jsonLines(high.out).length).toBeGreaterThan(jsonLines(a.out).length);
  });

  it('reads missing minutes as zeros up to the input’s last minute: a series that stops raises a drop', async () => {
    const cut = Date.parse('2026-10-28T12:00:00Z');
    const lines = series[1].counts.filter((r) => r.minute.getTime() < cut).map(toLine);
    lines.push(JSON.stringify({ series: 'other', minute: '2026-10-28T15:00:00Z', count: 1, authors: 1 }));
    const { code, out } = await run(['--json'], lines.join('\n'));
    expect(code).toBe(0);
    const drop = jsonLines(out).find((r) => r.series === 'lumi' && r.kind === 'drop' && Date.parse(String(r.minute)) >= cut);
    expect(drop).toMatchObject({ observed: 0 });
  });

  it('prints sentences without --json, and a summary on stderr', async () => {
    const { code, out, err } = await run([], interleaved.map(toLine).join('\n'));
    expect(code).toBe(0);
    expect(out).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z {2}(orange|lumi) {2}(burst|drop|ramp): \d+ authors in (a minute|\d+ minutes) where [\d.]+ were expected \(strength [\d.]+\)$/m);
    expect(err).toMatch(/^\d+ alert\(s\) over 2 series \(preset medium\)\n$/);
  });

  it('reports each bad line with its number and reason, keeps the rest, and exits 1', async () => {
    const good = interleaved.filter((r) => r.series === 'orange').map(toLine);
    const badLines = [
      'not json',
      '[1,2]',
      'null',
      '{"minute":"2026-10-20T10:00:00Z","count":1}',
      '{"series":"","minute":"2026-10-20T10:00:00Z","count":1}',
      `{"series":"${'x'.repeat(201)}","minute":"2026-10-20T10:00:00Z","count":1}`,
      '{"series":"a\\u0007b","minute":"2026-10-20T10:00:00Z","count":1}',
      '{"series":"s","minute":"2026-10-20T10:00:30Z","count":1}',
      '{"series":"s","minute":"2026-02-30T10:00:00Z","count":1}',
      '{"series":"s","minute":"2026-10-20 10:00","count":1}',
      '{"series":"s","minute":"2026-10-20T10:00:00","count":1}',
      '{"series":"s","minute":1760954400000,"count":1}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":-3}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":"12"}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":1.5}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":1e300}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":3,"authors":4}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":3,"authors":0}',
      '{"series":"s","minute":"2026-10-20T10:00:00Z","count":3,"authors":"2"}',
      `{"series":"s","minute":"2026-10-20T10:00:00Z","count":1,"pad":"${'y'.repeat(MAX_LINE_BYTES)}"}`,
      toLine(interleaved.find((r) => r.series === 'orange')!), // out of order by then
    ];
    // bad lines go in the middle of orange's good ones
    const input = [...good.slice(0, 1000), ...badLines, ...good.slice(1000)];
    const { code, out, err } = await run(['--json'], input.join('\n') + '\n');
    expect(code).toBe(1);
    const reported = err.trim().split('\n');
    expect(reported).toHaveLength(badLines.length);
    reported.forEach((line, i) => expect(line).toMatch(new RegExp(`^line ${1001 + i}: .+`)));
    expect(reported[0]).toBe('line 1001: not JSON');
    expect(reported[1]).toBe('line 1002: not a JSON object');
    expect(reported[7]).toBe('line 1008: minute is not on a minute boundary');
    expect(reported[8]).toMatch(/minute is not a valid ISO-8601/);
    expect(reported[12]).toMatch(/count must be an integer/);
    expect(reported[19]).toBe(`line 1020: longer than ${MAX_LINE_BYTES} bytes`);
    expect(reported[20]).toMatch(/^line 1021: out of order: orange is already at /);
    // the good lines gave the same alerts as without the bad ones
    const clean = await run(['--json'], good.join('\n'));
    expect(out).toBe(clean.out);
  });

  it('refuses a second line for the same minute, an overlong last line, and counts without authors', async () => {
    const dup = '{"series":"s","minute":"2026-10-20T10:00:00Z","count":1}';
    const { code, err } = await run([], [dup, '\n', dup, '\n', '{"series":"s","minute":"2026-10-20T10:01:00Z","count":2}', '\n', 'z'.repeat(MAX_LINE_BYTES + 10)]);
    expect(code).toBe(1);
    expect(err).toMatch(/^line 2: a second line for s at 2026-10-20T10:00:00Z$/m);
    expect(err).toMatch(/^line 4: longer than/m);
    expect(err).toMatch(/1 series/);
  });

  it('handles empty input, blank lines, CRLF and chunks cut mid-line or mid-character', async () => {
    expect(await run(['--json'], '')).toEqual({ code: 0, out: '', err: '' });
    const line = Buffer.from('{"series":"café","minute":"2026-10-20T10:00:00+02:00","count":2,"authors":1}\r\n\n');
    const cut = line.indexOf(0xc3) + 1; // inside "é"
    const r = await run([], [line.subarray(0, cut), line.subarray(cut)]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('0 alert(s) over 1 series (preset medium)\n');
  });

  it('keeps memory bounded by series, not input length: a long single-series stream streams', async () => {
    // 60 days of one series generated lazily: never held in memory as a whole by the test either
    function* lines(): Generator<string> {
      const s = syntheticSeries({ series: 'long', peak: 2, start: START, days: 60, seed: 9, eventsPerDay: 0 });
      for (const r of s.counts) yield toLine(r) + '\n';
    }
    const { code, err } = await run([], lines());
    expect(code).toBe(0);
    expect(err).toMatch(/over 1 series/);
  });

  it('answers bad usage with 2', async () => {
    for (const args of [['--preset'], ['--preset', 'extreme'], ['--tz', 'Mars/Olympus'], ['--tz'], ['--bogus'], ['--json=yes'], ['extra']]) {
      const { code, err } = await run(args, '');
      expect(code).toBe(2);
      expect(err).toMatch(/usage: npm run cli -- spikes:backtest/);
    }
    expect((await run(['--help'], '')).code).toBe(0);
  });

  it('follows a time zone with --tz', async () => {
    const { code } = await run(['--json', '--tz', 'Europe/Paris'], interleaved.slice(0, 100).map(toLine).join('\n'));
    expect(code).toBe(0);
  });
});

describe('parseIsoInstant', () => {
  it('reads zones and refuses impossible dates', () => {
    expect(parseIsoInstant('2026-11-02T10:03:00Z')?.toISOString()).toBe('2026-11-02T10:03:00.000Z');
    expect(parseIsoInstant('2026-11-02T11:03+01:00')?.toISOString()).toBe('2026-11-02T10:03:00.000Z');
    expect(parseIsoInstant('2026-11-02T10:03:00.000-00:30')?.toISOString()).toBe('2026-11-02T10:33:00.000Z');
    expect(parseIsoInstant('2028-02-29T00:00:00Z')).not.toBeNull();
    for (const bad of ['2026-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-11-02T24:00:00Z', '2026-11-02T10:60:00Z', '2026-11-02T10:03:00+24:00', '2026-11-02', 'yesterday', '']) {
      expect(parseIsoInstant(bad)).toBeNull();
    }
  });
});
