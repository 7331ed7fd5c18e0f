import {
  canonicalPair,
  choosePair,
  competitionRanks,
  countSummary,
  fitBradleyTerry,
  inverseDiagonalAndRowSums,
  pairKey,
  pairwiseScore,
  type PairTally,
} from './pairwise';

/** A seeded generator (mulberry32), so the synthetic data sets are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tallies as a map by canonical pair, built one answer at a time. */
function tally(answers: [string, string, 'a' | 'b' | 'none'][]): PairTally[] {
  const byPair = new Map<string, PairTally>();
  for (const [x, y, outcome] of answers) {
    const [a, b] = canonicalPair(x, y);
    const t = byPair.get(`${a}|${b}`) ?? { a, b, aWins: 0, bWins: 0, ties: 0 };
    if (outcome === 'none') t.ties++;
    else if ((outcome === 'a') === (x === a)) t.aWins++;
    else t.bWins++;
    byPair.set(`${a}|${b}`, t);
  }
  return [...byPair.values()];
}

const rating = (fit: ReturnType<typeof fitBradleyTerry>, id: string) => fit.ratings.find((r) => r.id === id)!;

describe('Bradley-Terry by MM (Hunter 2004)', () => {
  it('recovers known strengths in order from a synthetic campaign', () => {
    const random = seeded(7);
    const ids = Array.from({ length: 12 }, (_, i) => `idea${String(i).padStart(2, '0')}`);
    const truth = new Map(ids.map((id, i) => [id, (i - 6) * 0.4])); // θ from −2.4 to +2.0
    const answers: [string, string, 'a' | 'b' | 'none'][] = [];
    for (let k = 0; k < 6000; k++) {
      const x = ids[Math.floor(random() * ids.length)];
      let y = x;
      while (y === x) y = ids[Math.floor(random() * ids.length)];
      const pX = 1 / (1 + Math.exp(truth.get(y)! - truth.get(x)!));
      answers.push([x, y, random() < pX ? 'a' : 'b']);
    }
    const fit = fitBradleyTerry(ids, tally(answers));
    expect(fit.converged).toBe(true);
    const order = [...fit.ratings].sort((r, s) => s.theta - r.theta).map((r) => r.id);
    expect(order).toEqual([...ids].reverse());
    // Differences are identifiable (the level sits near the reference): each recovered gap is close to the true one.
    for (let i = 1; i < ids.length; i++) {
      const gap = rating(fit, ids[i]).theta - rating(fit, ids[i - 1]).theta;
      expect(Math.abs(gap - 0.4)).toBeLessThan(0.35); // about three standard errors of a gap
    }
    // Scores are against the mean: they sum to zero, and the true strengths less their mean fall inside nearly every 95 % interval.
    expect(fit.ratings.reduce((s, r) => s + r.theta, 0)).toBeCloseTo(0, 9);
    const meanTruth = [...truth.values()].reduce((s, x) => s + x, 0) / ids.length;
    const covered = fit.ratings.filter((r) => truth.get(r.id)! - meanTruth >= r.low && truth.get(r.id)! - meanTruth <= r.high).length;
    expect(covered).toBeGreaterThanOrEqual(10);
  });

  it('satisfies the likelihood equations at convergence: expected wins equal observed wins (prior included)', () => {
    const data = tally([
      ['x', 'y', 'a'], ['x', 'y', 'a'], ['x', 'y', 'b'], ['y', 'z', 'a'], ['y', 'z', 'none'], ['x', 'z', 'a'], ['z', 'x', 'a'],
    ]);
    const fit = fitBradleyTerry(['x', 'y', 'z'], data, { priorTies: 1 });
    const p = new Map(fit.ratings.map((r) => [r.id, Math.exp(r.theta + fit.mean)]));
    for (const id of ['x', 'y', 'z']) {
      let expected = p.get(id)! / (p.get(id)! + 1); // one virtual game against the reference
      let observed = 0.5;
      for (const t of data) {
        const n = t.aWins + t.bWins + t.ties;
        if (t.a === id) (expected += (n * p.get(id)!) / (p.get(id)! + p.get(t.b)!), (observed += t.aWins + t.ties / 2));
        if (t.b === id) (expected += (n * p.get(id)!) / (p.get(id)! + p.get(t.a)!), (observed += t.bWins + t.ties / 2));
      }
      expect(expected).toBeCloseTo(observed, 8);
    }
  });

  it('matches the closed form for two ideas and one reference: x beat y 3 times out of 4', () => {
    // With a huge number of games the prior's pull vanishes and p_x/p_y → 3 (3 wins to 1).
    const big = fitBradleyTerry(['x', 'y'], [{ a: 'x', b: 'y', aWins: 30_000, bWins: 10_000, ties: 0 }]);
    expect(rating(big, 'x').theta - rating(big, 'y').theta).toBeCloseTo(Math.log(3), 3);
  });

  it('counts "no preference" as half a win each: only ties give equal strengths', () => {
    const fit = fitBradleyTerry(['x', 'y'], [{ a: 'x', b: 'y', aWins: 0, bWins: 0, ties: 10 }]);
    expect(rating(fit, 'x').theta).toBeCloseTo(rating(fit, 'y').theta, 12);
    expect(rating(fit, 'x').ties).toBe(10);
    expect(rating(fit, 'x').wins).toBe(0);
    expect(rating(fit, 'x').comparisons).toBe(10);
    // Ties narrow the interval: information without a winner is still information.
    const none = fitBradleyTerry(['x', 'y'], []);
    expect(rating(fit, 'x').se).toBeLessThan(rating(none, 'x').se);
    // Two ties weigh like one win and one loss.
    const mixed = fitBradleyTerry(['x', 'y', 'z'], [{ a: 'x', b: 'y', aWins: 1, bWins: 1, ties: 0 }, { a: 'x', b: 'z', aWins: 0, bWins: 0, ties: 2 }]);
    expect(rating(mixed, 'y').theta).toBeCloseTo(rating(mixed, 'z').theta, 9);
  });

  it('keeps an idea that always wins or never played finite, thanks to the prior', () => {
    const fit = fitBradleyTerry(['champ', 'loser', 'new'], [{ a: 'champ', b: 'loser', aWins: 50, bWins: 0, ties: 0 }]);
    expect(fit.converged).toBe(true);
    for (const r of fit.ratings) {
      expect(Number.isFinite(r.theta)).toBe(true);
      expect(Number.isFinite(r.se)).toBe(true);
    }
    expect(rating(fit, 'champ').theta).toBeGreaterThan(0);
    expect(rating(fit, 'loser').theta).toBeLessThan(0);
    // Never compared: between the two, with the widest interval (only the prior's virtual tie speaks for it).
    expect(rating(fit, 'new').theta).toBeLessThan(rating(fit, 'champ').theta);
    expect(rating(fit, 'new').theta).toBeGreaterThan(rating(fit, 'loser').theta);
    expect(rating(fit, 'new').se).toBeGreaterThan(Math.max(rating(fit, 'champ').se, rating(fit, 'loser').se));
    // A stronger prior pulls harder towards the reference.
    const strong = fitBradleyTerry(['champ', 'loser'], [{ a: 'champ', b: 'loser', aWins: 50, bWins: 0, ties: 0 }], { priorTies: 20 });
    expect(rating(strong, 'champ').theta).toBeLessThan(rating(fit, 'champ').theta);
    expect(() => fitBradleyTerry(['x'], [], { priorTies: 0 })).toThrow(RangeError);
  });

  it('gives sane intervals: they contain the estimate and narrow as comparisons grow', () => {
    const few = fitBradleyTerry(['x', 'y'], [{ a: 'x', b: 'y', aWins: 3, bWins: 1, ties: 0 }]);
    const many = fitBradleyTerry(['x', 'y'], [{ a: 'x', b: 'y', aWins: 300, bWins: 100, ties: 0 }]);
    for (const r of [...few.ratings, ...many.ratings]) {
      expect(r.low).toBeLessThan(r.theta);
      expect(r.high).toBeGreaterThan(r.theta);
      expect(r.high - r.theta).toBeCloseTo(r.theta - r.low, 12);
    }
    expect(rating(many, 'x').se).toBeLessThan(rating(few, 'x').se / 5);
  });

  it('ignores tallies naming unknown ideas or an idea against itself, and empty tallies', () => {
    const fit = fitBradleyTerry(['x', 'y'], [
      { a: 'x', b: 'gone', aWins: 9, bWins: 0, ties: 0 },
      { a: 'x', b: 'x', aWins: 4, bWins: 0, ties: 0 },
      { a: 'x', b: 'y', aWins: 0, bWins: 0, ties: 0 },
    ]);
    expect(fit.ratings.map((r) => [r.theta, r.comparisons])).toEqual([[0, 0], [0, 0]]);
    expect(() => fitBradleyTerry(['x', 'x'], [])).toThrow(RangeError);
  });

  it('fits a 500-idea campaign with 20,000 answers in few iterations, with the diagonal approximation only beyond its bound', () => {
    const random = seeded(42);
    const ids = Array.from({ length: 500 }, (_, i) => `i${i}`);
    const truth = ids.map(() => random() * 4 - 2);
    const byPair = new Map<string, PairTally>();
    for (let k = 0; k < 20_000; k++) {
      const x = Math.floor(random() * 500);
      let y = x;
      while (y === x) y = Math.floor(random() * 500);
      const [a, b] = canonicalPair(ids[x], ids[y]);
      const t = byPair.get(`${a}|${b}`) ?? { a, b, aWins: 0, bWins: 0, ties: 0 };
      const xWins = random() < 1 / (1 + Math.exp(truth[y] - truth[x]));
      if (xWins === (ids[x] === a)) t.aWins++;
      else t.bWins++;
      byPair.set(`${a}|${b}`, t);
    }
    const fit = fitBradleyTerry(ids, [...byPair.values()]);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(500);
    // Rank correlation with the truth (Spearman) is high.
    const rank = (values: number[]) => {
      const order = values.map((v, i) => [v, i]).sort((p, q) => p[0] - q[0]);
      const r = new Array<number>(values.length);
      order.forEach(([, i], k) => (r[i] = k));
      return r;
    };
    const rt = rank(truth);
    const rf = rank(fit.ratings.map((r) => r.theta));
    const d2 = rt.reduce((s, r, i) => s + (r - rf[i]) ** 2, 0);
    expect(1 - (6 * d2) / (500 * (500 ** 2 - 1))).toBeGreaterThan(0.9);
    const approx = fitBradleyTerry(ids, [...byPair.values()], { fullCovarianceMaxIdeas: 100 });
    // The diagonal approximation ignores the other strengths' uncertainty: narrower, never wider.
    for (let i = 0; i < 500; i += 50) expect(approx.ratings[i].se).toBeLessThanOrEqual(fit.ratings[i].se + 1e-12);
  });

  it('inverts a known matrix: diagonal and row sums of [[4,2],[2,3]]⁻¹', () => {
    // [[4,2],[2,3]]⁻¹ = [[3,−2],[−2,4]] / 8: diagonal 3/8, 4/8; row sums 1/8, 2/8.
    const { diagonal, rowSums } = inverseDiagonalAndRowSums(Float64Array.from([4, 2, 2, 3]));
    expect(diagonal[0]).toBeCloseTo(3 / 8, 12);
    expect(diagonal[1]).toBeCloseTo(4 / 8, 12);
    expect(rowSums[0]).toBeCloseTo(1 / 8, 12);
    expect(rowSums[1]).toBeCloseTo(2 / 8, 12);
    expect(() => inverseDiagonalAndRowSums(Float64Array.from([1, 2, 2, 1]))).toThrow(RangeError);
  });
});

describe('pair choice', () => {
  it('pairs the least compared idea with the least compared partner not yet seen with it', () => {
    const counts = new Map([['a', 5], ['b', 1], ['c', 2], ['d', 0]]);
    expect(choosePair(['a', 'b', 'c', 'd'], counts, new Set())).toEqual(['d', 'b']);
    expect(choosePair(['a', 'b', 'c', 'd'], counts, new Set([pairKey('d', 'b')]))).toEqual(['d', 'c']);
    // d has seen everyone: b is next, with c.
    const seen = new Set(['a', 'b', 'c'].map((x) => pairKey('d', x)));
    expect(choosePair(['a', 'b', 'c', 'd'], counts, seen)).toEqual(['b', 'c']);
  });

  it('is null when fewer than two ideas or every pair was seen', () => {
    expect(choosePair([], new Map(), new Set())).toBeNull();
    expect(choosePair(['a'], new Map(), new Set())).toBeNull();
    const seen = new Set([pairKey('a', 'b'), pairKey('a', 'c'), pairKey('b', 'c')]);
    expect(choosePair(['a', 'b', 'c'], new Map(), seen)).toBeNull();
  });

  it('breaks ties at random and keeps exposure balanced over many people', () => {
    const ids = Array.from({ length: 9 }, (_, i) => `i${i}`);
    const counts = new Map<string, number>();
    const random = seeded(3);
    for (let person = 0; person < 30; person++) {
      const seen = new Set<string>();
      for (let k = 0; k < 6; k++) {
        const pair = choosePair(ids, counts, seen, random)!;
        expect(seen.has(pairKey(...pair))).toBe(false);
        seen.add(pairKey(...pair));
        for (const id of pair) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const values = ids.map((id) => counts.get(id)!);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });
});

describe('helpers', () => {
  it('orders pairs canonically', () => {
    expect(canonicalPair('b', 'a')).toEqual(['a', 'b']);
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });

  it('maps log-strengths to 0–100 and ranks ties together', () => {
    expect(pairwiseScore(0)).toBe(50);
    expect(pairwiseScore(Math.log(3))).toBeCloseTo(75, 12);
    expect(competitionRanks([9, 7, 7, 5])).toEqual([1, 2, 2, 4]);
    expect(countSummary([3, 1, 2, 10])).toEqual({ min: 1, median: 2.5, max: 10 });
    expect(countSummary([])).toEqual({ min: 0, median: 0, max: 0 });
  });
});
