/** The value axis shared by the app's SVG charts (home, the signals dashboard, backtests). Pure. */

/** A round step for a value axis (1, 2, 5, 10, 20, 50…) giving at most `ticks` lines. */
export function niceStep(max: number, ticks = 4): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** An axis from 0 to at least `max` (at least 1): a round step, its top (a whole number of steps) and the ticks above zero. */
export function valueAxis(max: number, ticks = 4): { step: number; top: number; ticks: number[] } {
  const step = niceStep(Math.max(1, max), ticks);
  const top = Math.ceil(Math.max(1, max) / step) * step;
  const out: number[] = [];
  for (let v = step; v <= top; v += step) out.push(v);
  return { step, top, ticks: out };
}
