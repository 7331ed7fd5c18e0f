import type { MinuteCount } from '../pipeline/contracts';
import { createSpikeState, minuteCountError, SpikeDetector, type SpikeAlertDetail } from './detector';
import type { SpikeRule } from './spike-rule';

export interface BacktestOptions {
  /**
   * Last minute the counts cover: every series' minutes after its last row up to here are zeros (a term
   * that fell silent raises its drop). Default: the latest minute among the counts.
   */
  until?: Date;
}

/**
 * The alerts `rule` would have raised over past counts ("would have fired 3 times last week"). Series may
 * come interleaved or not and in any order; within a series a minute may appear once; minutes without a
 * row are zeros. Sorted by minute, then series. Throws a RangeError naming the first bad row.
 */
export function backtest(counts: readonly MinuteCount[], rule: SpikeRule = {}, options: BacktestOptions = {}): SpikeAlertDetail[] {
  const detector = new SpikeDetector(rule);
  const bySeries = new Map<string, MinuteCount[]>();
  let latest = Number.NEGATIVE_INFINITY;
  counts.forEach((row, i) => {
    const error = typeof row?.series === 'string' ? minuteCountError(row) : 'series must be a string';
    if (error) throw new RangeError(`row ${i}: ${error}`);
    let rows = bySeries.get(row.series);
    if (!rows) bySeries.set(row.series, (rows = []));
    rows.push(row);
    latest = Math.max(latest, row.minute.getTime());
  });
  const until = options.until ?? (Number.isFinite(latest) ? new Date(latest) : undefined);
  if (until && !Number.isFinite(until.getTime())) throw new RangeError('until is not a valid date');

  const alerts: SpikeAlertDetail[] = [];
  for (const [series, rows] of bySeries) {
    rows.sort((a, b) => a.minute.getTime() - b.minute.getTime());
    const state = createSpikeState();
    for (let i = 0; i < rows.length; i++) {
      if (i > 0 && rows[i].minute.getTime() === rows[i - 1].minute.getTime()) {
        throw new RangeError(`series "${series}" has two rows for ${rows[i].minute.toISOString()}`);
      }
      alerts.push(...detector.observe(state, rows[i]));
    }
    if (until) alerts.push(...detector.advance(state, series, until));
  }
  return alerts.sort((a, b) => a.minute.getTime() - b.minute.getTime() || (a.series < b.series ? -1 : a.series > b.series ? 1 : 0));
}
