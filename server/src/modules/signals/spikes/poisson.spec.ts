import { lnGamma, MAX_STRENGTH, poissonLowerStrength, poissonUpperStrength } from './poisson';

/** P(X = i | λ) summed directly in log space: the reference for small counts. */
function pmf(i: number, lambda: number): number {
  let lnFact = 0;
  for (let j = 2; j <= i; j++) lnFact += Math.log(j);
  return Math.exp(-lambda + i * Math.log(lambda) - lnFact);
}
function upperDirect(k: number, lambda: number): number {
  let p = 0;
  for (let i = k; i < k + 400; i++) p += pmf(i, lambda);
  return p;
}
function lowerDirect(k: number, lambda: number): number {
  let p = 0;
  for (let i = 0; i <= k; i++) p += pmf(i, lambda);
  return p;
}

describe('lnGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(171)).toBeCloseTo(706.5730622457874, 8);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(0.1)).toBeCloseTo(2.252712651734206, 10);
  });
});

describe('Poisson tail strengths', () => {
  it('agree with direct sums over a grid of counts and rates', () => {
    for (const lambda of [0.01, 0.2, 1, 2.5, 7, 20, 60]) {
      for (let k = 1; k <= 40; k++) {
        const up = upperDirect(k, lambda);
        if (up > 1e-300) expect(poissonUpperStrength(k, lambda)).toBeCloseTo(-Math.log10(up), 6);
        const low = lowerDirect(k, lambda);
        if (low > 1e-300) expect(poissonLowerStrength(k, lambda)).toBeCloseTo(-Math.log10(low), 6);
      }
    }
  });

  it('stays finite and exact far in the tail (p below 1e-300 is capped)', () => {
    // P(X ≥ 30 | 0.2) is dominated by its first term: λ^30 e^-λ / 30!
    const first = -(30 * Math.log(0.2) - 0.2 - lnGamma(31)) / Math.log(10);
    expect(poissonUpperStrength(30, 0.2)).toBeCloseTo(first, 2);
    expect(poissonUpperStrength(5000, 1)).toBe(MAX_STRENGTH);
    expect(poissonLowerStrength(0, 2000)).toBe(MAX_STRENGTH);
    expect(poissonLowerStrength(0, 20)).toBeCloseTo(20 / Math.log(10), 8); // P(X = 0) = e^-λ
  });

  it('handles the edges: nothing observed, nothing expected, non-integer (quasi-Poisson) counts', () => {
    expect(poissonUpperStrength(0, 3)).toBe(0);
    expect(poissonUpperStrength(-2, 3)).toBe(0);
    expect(poissonUpperStrength(1, 0)).toBe(MAX_STRENGTH);
    expect(poissonLowerStrength(3, 0)).toBe(0);
    expect(poissonUpperStrength(Number.NaN, 3)).toBe(0);
    const mid = poissonUpperStrength(10.5, 4);
    expect(mid).toBeGreaterThan(poissonUpperStrength(10, 4));
    expect(mid).toBeLessThan(poissonUpperStrength(11, 4));
    expect(poissonUpperStrength(3, 1e6)).toBe(0);
  });
});
