import { niceStep, valueAxis } from '../../web/src/lib/components/charts/axis';

/** The value axis the app's SVG charts share: round steps, a top that holds the largest value, the ticks above zero. */
describe('valueAxis', () => {
  it('picks round steps (1, 2, 5 × 10ⁿ) for at most the asked number of lines', () => {
    expect([0, 1, 4, 5, 9, 12, 37, 180, 999].map((max) => niceStep(max))).toEqual([1, 1, 1, 2, 5, 5, 10, 50, 500]);
    expect(niceStep(12, 6)).toBe(2);
  });

  it('tops at a whole number of steps at or above the largest value, at least 1', () => {
    expect(valueAxis(0)).toEqual({ step: 1, top: 1, ticks: [1] });
    expect(valueAxis(7)).toEqual({ step: 2, top: 8, ticks: [2, 4, 6, 8] });
    expect(valueAxis(37)).toEqual({ step: 10, top: 40, ticks: [10, 20, 30, 40] });
    expect(valueAxis(12, 6)).toEqual({ step: 2, top: 12, ticks: [2, 4, 6, 8, 10, 12] });
    expect(valueAxis(3, 3).ticks).toEqual([1, 2, 3]);
  });
});
