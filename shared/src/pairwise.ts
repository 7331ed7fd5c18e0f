/**
 * Hivemind pairwise mode: the outcomes people give, how the next pair is chosen, and the Bradley-Terry
 * ratings of a campaign's ideas. Pure functions, shared by the server (which runs them) and the web
 * (which names the outcomes).
 */

/** a / b: the idea shown first / second is preferred; none: no preference (half a win each); skip: not compared. */
export const PAIRWISE_OUTCOMES = ['a', 'b', 'none', 'skip'] as const;
export type PairwiseOutcome = (typeof PAIRWISE_OUTCOMES)[number];

export const PAIRWISE_LIMITS = {
  /** An issued pair stays the person's pair (a reload shows it again) this long; then it is drawn again. */
  issuedPairMinutes: 30,
  /** Comparisons in one sitting on the web page before it offers a break (the server has no cap but the pairs themselves). */
  roundSize: 10,
  /**
   * While a campaign hides counts until people vote, its ranking shows to a participant once they have
   * answered this many pairs (or every pair they can be shown, if fewer): the same "judge first, then
   * see the crowd" rule as the board's counts.
   */
  revealRankingAfter: 5,
} as const;

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** The two ids of a pair in canonical order (a < b), as stored. */
export function canonicalPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

export function pairKey(x: string, y: string): string {
  const [a, b] = canonicalPair(x, y);
  return `${a}|${b}`;
}

/**
 * The next pair for one person: the idea compared least often so far (across everyone) that still has
 * a partner this person has not been shown it with, then, among those partners, one compared least
 * often. Ties are broken at random, which is the "little randomness" that keeps two people arriving
 * at the same moment from getting the same pair. `counts` holds how often each idea has been shown in
 * a pair (answers of every outcome, plus pairs issued and not yet answered); `seen` the pairKeys this
 * person has answered. Null when this person has seen every pair.
 */
export function choosePair(
  ideas: readonly string[],
  counts: ReadonlyMap<string, number>,
  seen: ReadonlySet<string>,
  random: () => number = Math.random,
): [string, string] | null {
  if (ideas.length < 2) return null;
  const tiebreak = new Map(ideas.map((id) => [id, random()]));
  const count = (id: string) => counts.get(id) ?? 0;
  const order = [...ideas].sort((x, y) => count(x) - count(y) || tiebreak.get(x)! - tiebreak.get(y)!);
  for (const first of order) {
    // `order` is already by count then tiebreak, so the first unseen partner in it is the least compared.
    const partner = order.find((other) => other !== first && !seen.has(pairKey(first, other)));
    if (partner) return [first, partner];
  }
  return null;
}

/** Aggregated answers between two ideas: wins of `a` over `b`, of `b` over `a`, and ties ("no preference"). */
export interface PairTally {
  a: string;
  b: string;
  aWins: number;
  bWins: number;
  ties: number;
}

export interface BradleyTerryOptions {
  /**
   * The prior: each idea plays this many virtual ties against a fixed reference idea of strength 1.
   * It keeps an idea that always won (or always lost, or was never compared) finite, pulls ideas with
   * few comparisons towards the middle, and fixes the scale (the reference is the zero of the scores).
   */
  priorTies?: number;
  /** Stop when no log-strength moves more than this in an iteration. */
  tolerance?: number;
  maxIterations?: number;
  /**
   * Above this many ideas the intervals use the diagonal of the information matrix only (narrower, an
   * approximation) instead of inverting it, to bound the work at O(n²).
   */
  fullCovarianceMaxIdeas?: number;
}

export interface BradleyTerryRating {
  id: string;
  /** Log-strength θ = ln p, less the campaign's mean: 0 is the average idea. */
  theta: number;
  /** Standard error of θ (against the mean) from the inverse Fisher information. */
  se: number;
  /** 95 % interval of θ. */
  low: number;
  high: number;
  /** Comparisons that counted (wins, losses and ties; skips are not comparisons). */
  comparisons: number;
  wins: number;
  ties: number;
}

export interface BradleyTerryFit {
  ratings: BradleyTerryRating[];
  /** The mean raw log-strength subtracted from every θ (raw θ = theta + mean; the reference is at raw 0). */
  mean: number;
  iterations: number;
  converged: boolean;
}

/**
 * Bradley-Terry strengths p_i, P(i preferred to j) = p_i / (p_i + p_j), fitted by the MM algorithm of
 * Hunter (2004, "MM algorithms for generalized Bradley-Terry models", Ann. Statist. 32(1), eq. 3):
 *   p_i ← W_i / Σ_j n_ij / (p_i + p_j)
 * where W_i counts i's wins (a tie is half a win to each side) and n_ij the comparisons of i and j. The
 * prior adds, for each idea, `priorTies` virtual ties with a reference of strength fixed at 1: half a
 * win to W_i and a term priorTies / (p_i + 1) to the sum. With the reference every idea is connected to
 * every other, so the maximum exists, is unique, and the iteration converges to it from p = 1.
 *
 * Uncertainty: the Fisher information of θ = ln p at the maximum is
 *   I_ii = Σ_j n_ij π_ij (1 − π_ij) + priorTies · π_i0 (1 − π_i0),   I_ij = −n_ij π_ij (1 − π_ij)
 * (π_ij = p_i / (p_i + p_j), 0 the reference). Its inverse is the covariance of θ̂; se_i = √(I⁻¹)_ii and
 * the 95 % interval is θ̂ ± 1.96 se. The reference being fixed, the information is positive definite
 * (strictly diagonally dominant), so a Cholesky factorisation always succeeds. Reported scores are
 * against the campaign's mean (see below), with the variance of that contrast.
 */
export function fitBradleyTerry(ids: readonly string[], tallies: readonly PairTally[], options: BradleyTerryOptions = {}): BradleyTerryFit {
  const prior = options.priorTies ?? 1;
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 10_000;
  const fullMax = options.fullCovarianceMaxIdeas ?? 1500;
  if (!(prior > 0)) throw new RangeError('priorTies must be positive');
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  if (index.size !== n) throw new RangeError('duplicate idea id');

  // Edges between known ideas: (i, j, comparisons); wins per idea (ties are half a win each).
  const ei: number[] = [];
  const ej: number[] = [];
  const en: number[] = [];
  const wins = new Float64Array(n);
  const strictWins = new Float64Array(n);
  const ties = new Float64Array(n);
  const comparisons = new Float64Array(n);
  for (const t of tallies) {
    const i = index.get(t.a);
    const j = index.get(t.b);
    if (i === undefined || j === undefined || i === j) continue;
    const total = t.aWins + t.bWins + t.ties;
    if (!(total > 0)) continue;
    ei.push(i);
    ej.push(j);
    en.push(total);
    wins[i] += t.aWins + t.ties / 2;
    wins[j] += t.bWins + t.ties / 2;
    strictWins[i] += t.aWins;
    strictWins[j] += t.bWins;
    ties[i] += t.ties;
    ties[j] += t.ties;
    comparisons[i] += total;
    comparisons[j] += total;
  }

  const p = new Float64Array(n).fill(1);
  const denom = new Float64Array(n);
  let iterations = 0;
  let converged = n === 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    for (let i = 0; i < n; i++) denom[i] = prior / (p[i] + 1);
    for (let e = 0; e < ei.length; e++) {
      const s = en[e] / (p[ei[e]] + p[ej[e]]);
      denom[ei[e]] += s;
      denom[ej[e]] += s;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const next = (wins[i] + prior / 2) / denom[i];
      moved = Math.max(moved, Math.abs(Math.log(next) - Math.log(p[i])));
      p[i] = next;
    }
    moved = Math.max(moved, Math.abs(relevel(p)));
    converged = moved < tolerance;
  }

  // Scores and intervals are reported against the campaign's average idea (θ_i − θ̄): the overall level
  // is pinned only by the prior's few virtual games, and its uncertainty, shared by every idea, says
  // nothing about their order. Var(θ_i − θ̄) = Σ_ii − 2 (Σ1)_i / n + 1ᵀΣ1 / n², with Σ = I⁻¹.
  const raw = Array.from(p, Math.log);
  const mean = n ? raw.reduce((s, t) => s + t, 0) / n : 0;
  let variance: number[];
  if (n <= fullMax) {
    const { diagonal, rowSums } = inverseDiagonalAndRowSums(informationMatrix(p, prior, ei, ej, en));
    const total = rowSums.reduce((s, x) => s + x, 0);
    variance = diagonal.map((d, i) => Math.max(d - (2 * rowSums[i]) / n + total / (n * n), 0));
  } else {
    variance = diagonalOnly(p, prior, ei, ej, en);
  }
  const ratings = ids.map((id, i) => {
    const theta = raw[i] - mean;
    const se = Math.sqrt(variance[i]);
    return { id, theta, se, low: theta - Z95 * se, high: theta + Z95 * se, comparisons: comparisons[i], wins: strictWins[i], ties: ties[i] };
  });
  return { ratings, mean, iterations, converged };
}

/**
 * Moves every log-strength by the same s that best fits the prior's virtual games (Σ σ(θ_i + s) = n/2,
 * a few Newton steps; the prior's weight does not change where that is): the comparisons between ideas do not depend on the level, so this only raises the
 * likelihood. It fixes the one direction the MM steps crawl along — the overall level, pinned by the
 * prior alone —, which otherwise takes thousands of iterations on a large campaign. Returns |s|.
 */
function relevel(p: Float64Array): number {
  const n = p.length;
  let s = 0;
  for (let step = 0; step < 20; step++) {
    let g = 0;
    let h = 0;
    const e = Math.exp(s);
    for (let i = 0; i < n; i++) {
      const sigma = (p[i] * e) / (p[i] * e + 1);
      g += 0.5 - sigma;
      h += sigma * (1 - sigma);
    }
    const delta = g / h;
    s += delta;
    if (Math.abs(delta) < 1e-14) break;
  }
  const factor = Math.exp(s);
  for (let i = 0; i < n; i++) p[i] *= factor;
  return Math.abs(s);
}

/** The Fisher information of θ (dense, row-major n×n). */
function informationMatrix(p: Float64Array, prior: number, ei: number[], ej: number[], en: number[]): Float64Array {
  const n = p.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = (prior * p[i]) / (p[i] + 1) ** 2;
  for (let e = 0; e < ei.length; e++) {
    const i = ei[e];
    const j = ej[e];
    const w = (en[e] * p[i] * p[j]) / (p[i] + p[j]) ** 2;
    m[i * n + i] += w;
    m[j * n + j] += w;
    m[i * n + j] -= w;
    m[j * n + i] -= w;
  }
  return m;
}

/** 1 / I_ii: the variance if every other strength were known (an underestimate, used for very large campaigns). */
function diagonalOnly(p: Float64Array, prior: number, ei: number[], ej: number[], en: number[]): number[] {
  const d = Array.from(p, (pi) => (prior * pi) / (pi + 1) ** 2);
  for (let e = 0; e < ei.length; e++) {
    const w = (en[e] * p[ei[e]] * p[ej[e]]) / (p[ei[e]] + p[ej[e]]) ** 2;
    d[ei[e]] += w;
    d[ej[e]] += w;
  }
  return d.map((x) => 1 / x);
}

/**
 * For a symmetric positive definite matrix A: the diagonal of A⁻¹ and its row sums A⁻¹1. Cholesky
 * A = L Lᵀ; (A⁻¹)_ii = Σ_k (L⁻¹)_ki², column i of L⁻¹ found by forward substitution (O(n³/3) in all);
 * A⁻¹1 by one forward and one back substitution (O(n²)).
 */
export function inverseDiagonalAndRowSums(a: Float64Array): { diagonal: number[]; rowSums: number[] } {
  const n = Math.round(Math.sqrt(a.length));
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j];
    for (let k = 0; k < j; k++) d -= l[j * n + k] ** 2;
    if (!(d > 0)) throw new RangeError('matrix is not positive definite');
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = s / ljj;
    }
  }
  const diagonal = new Array<number>(n).fill(0);
  const x = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    // Column c of L⁻¹: solve L x = e_c (x is zero above c).
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i * n + k] * x[k];
      x[i] = s / l[i * n + i];
      diagonal[c] += x[i] * x[i];
    }
  }
  // A⁻¹1: L y = 1, then Lᵀ z = y.
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  const z = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * z[k];
    z[i] = s / l[i * n + i];
  }
  return { diagonal, rowSums: z };
}

/**
 * A log-strength (against the mean) as a score from 0 to 100: the chance, in percent, that the idea is
 * preferred to the campaign's average idea. Monotonic, so intervals map end to end.
 */
export function pairwiseScore(theta: number): number {
  return 100 / (1 + Math.exp(-theta));
}

/** Competition ranks (1, 2, 2, 4) of scores already sorted best first. */
export function competitionRanks(sortedScores: readonly number[]): number[] {
  const ranks: number[] = [];
  sortedScores.forEach((s, i) => ranks.push(i > 0 && s === sortedScores[i - 1] ? ranks[i - 1] : i + 1));
  return ranks;
}

/** Min, median and max of a list of counts (zeros for an empty list). */
export function countSummary(values: readonly number[]): { min: number; median: number; max: number } {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}
