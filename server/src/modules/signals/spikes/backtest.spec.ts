import type { MinuteCount } from '../pipeline/contracts';
import { backtest } from './backtest';
import { syntheticSeries } from './synthetic-series';

const START = new Date('2026-10-12T00:00:00Z');
const a = syntheticSeries({ series: 'a', peak: 4, start: START, days: 16, seed: 31, eventsPerDay: 0.8 });
const b = syntheticSeries({ series: 'b', peak: 1, start: START, days: 16, seed: 32, eventsPerDay: 0.8 });

describe('backtest', () => {
  it('gives the same alerts whatever the order of the rows, sorted by minute then series', () => {
    const grouped = backtest([...a.counts, ...b.counts]);
    const shuffled = [...b.counts, ...a.counts].reverse();
    expect(backtest(shuffled)).toEqual(grouped);
    expect(grouped.length).toBeGreaterThan(3);
    for (let i = 1; i < grouped.length; i++) expect(grouped[i].minute.getTime()).toBeGreaterThanOrEqual(grouped[i - 1].minute.getTime());
    // each series alone gives its own alerts
    const last = new Date(Math.max(a.counts[a.counts.length - 1].minute.getTime(), b.counts[b.counts.length - 1].minute.getTime()));
    expect(grouped.filter((x) => x.series === 'a')).toEqual(backtest(a.counts, {}, { until: last }));
  });

  it('treats minutes after a series’ last row, up to `until`, as zeros', () => {
    const cut = Date.parse('2026-10-27T10:00:00Z'); // a Tuesday morning
    const rows = a.counts.filter((r) => r.minute.getTime() < cut);
    expect(backtest(rows).some((x) => x.kind === 'drop' && x.minute.getTime() >= cut)).toBe(false);
    const drops = backtest(rows, {}, { until: new Date(cut + 4 * 3_600_000) }).filter((x) => x.kind === 'drop' && x.minute.getTime() >= cut);
    expect(drops[0]).toMatchObject({ series: 'a', observed: 0 });
  });

  it('runs a rule: fewer alerts on low, none of a kind left out', () => {
    const rows = [...a.counts, ...b.counts];
    expect(backtest(rows, { preset: 'low' }).length).toBeLessThan(backtest(rows).length);
    expect(backtest(rows, { kinds: ['drop'] }).every((x) => x.kind === 'drop')).toBe(true);
  });

  it('refuses bad rows with their index, duplicates, and a bad rule', () => {
    const row = (over: Partial<MinuteCount>): MinuteCount => ({ series: 's', minute: new Date('2026-10-20T10:00:00Z'), count: 1, ...over });
    expect(backtest([])).toEqual([]);
    expect(() => backtest([row({}), row({ count: -1 })])).toThrow(/^row 1: count/);
    expect(() => backtest([row({ series: 5 as never })])).toThrow(/row 0: series/);
    expect(() => backtest([row({}), row({})])).toThrow(/two rows/);
    expect(() => backtest([row({ minute: new Date('2026-10-20T10:00:01Z') })])).toThrow(/minute boundary/);
    expect(() => backtest([row({})], { preset: 'loud' as never })).toThrow(RangeError);
    expect(() => backtest([row({})], {}, { until: new Date('x') })).toThrow(RangeError);
    expect(() => backtest([null as never])).toThrow(/row 0/);
  });
});
