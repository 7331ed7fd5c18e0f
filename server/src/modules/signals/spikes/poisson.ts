/**
 * Poisson tail probabilities as -log10(p), exact for counts (no normal approximation, which is badly wrong
 * at the low rates a quiet watch term has at night). Both tails come from the regularised incomplete gamma
 * function: P(X ≥ k | λ) = P(k, λ) and P(X ≤ k | λ) = Q(k + 1, λ) (Abramowitz & Stegun 6.5.2 / 26.4.21),
 * evaluated in log space so that p-values far below 1e-300 still give a finite strength. Non-integer k is
 * allowed: the quasi-Poisson scaling (counts and rates divided by the dispersion) produces it.
 */

/** Strengths are capped here: beyond it nothing is "more unusual" for an explanation, and JSON has no Infinity. */
export const MAX_STRENGTH = 300;

const LN10 = Math.log(10);

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed. §6.1 coefficients): ~15 significant digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x); // reflection
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const MAX_ITER = 10_000;

/** ln P(a, x), the regularised lower incomplete gamma, by its series (converges fast for x < a + 1). */
function lnLowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITER; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * EPS) break;
  }
  return -x + a * Math.log(x) - lnGamma(a) + Math.log(sum);
}

/** ln Q(a, x), the regularised upper incomplete gamma, by its continued fraction (modified Lentz; x ≥ a + 1). */
function lnUpperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return -x + a * Math.log(x) - lnGamma(a) + Math.log(h);
}

/** ln P(a, x) for a > 0, x ≥ 0. */
function lnLowerGamma(a: number, x: number): number {
  if (x <= 0) return -Infinity;
  if (x < a + 1) return lnLowerSeries(a, x);
  return Math.log1p(-Math.exp(lnUpperFraction(a, x)));
}

/** ln Q(a, x) for a > 0, x ≥ 0. */
function lnUpperGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) return Math.log1p(-Math.exp(lnLowerSeries(a, x)));
  return lnUpperFraction(a, x);
}

function strength(lnP: number): number {
  const s = -lnP / LN10;
  if (!(s > 0)) return 0; // also catches NaN and -0
  return s > MAX_STRENGTH ? MAX_STRENGTH : s;
}

/** -log10 P(X ≥ k) for X ~ Poisson(λ): how surprising "at least k" is. 0 when k ≤ 0. */
export function poissonUpperStrength(k: number, lambda: number): number {
  if (!(k > 0)) return 0;
  if (!(lambda > 0)) return MAX_STRENGTH;
  return strength(lnLowerGamma(k, lambda));
}

/** -log10 P(X ≤ k) for X ~ Poisson(λ): how surprising "at most k" is. */
export function poissonLowerStrength(k: number, lambda: number): number {
  if (!(lambda > 0)) return 0;
  return strength(lnUpperGamma(Math.max(k, 0) + 1, lambda));
}
