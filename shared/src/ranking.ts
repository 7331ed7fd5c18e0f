/**
 * Ranking maths for idea boards. PostgreSQL computes the same formulas as stored generated columns
 * (migrations/…-hivemind.ts: ruche_wilson_lower, ruche_hot, ruche_controversy), so that a board is
 * read in index order; these functions explain a rank ("why here") and are the reference the SQL is
 * tested against.
 */

/** z for a two-sided 95 % confidence interval. */
export const WILSON_Z = 1.959963984540054;

/**
 * Lower bound of the Wilson score interval for the share of up votes (Wilson 1927; "How Not To Sort
 * By Average Rating", Evan Miller, 2009). An idea with 8 up of 10 ranks below one with 80 up of 100:
 * the bound rewards evidence, not just the ratio. 0 when nobody voted.
 */
export function wilsonLowerBound(up: number, down: number, z: number = WILSON_Z): number {
  const n = up + down;
  if (n <= 0) return 0;
  const p = up / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

/** Hot scores count time from here (2025-01-01T00:00:00Z), to keep the numbers small. */
export const HOT_EPOCH_SECONDS = 1_735_689_600;

/**
 * Seconds of age worth one factor of ten in net votes. Reddit uses 45 000 s (12.5 hours) for a news
 * day; a campaign lasts weeks, so an idea should stay visible longer: four days per decade.
 */
export const HOT_SECONDS_PER_DECADE = 345_600;

/**
 * Reddit's "hot" ranking (reddit/r2, r2/lib/db/_sorts.pyx, open-sourced 2008–2017):
 *   hot = sign(s) · log10(max(|s|, 1)) + (created − epoch) / T,   s = up − down
 * Newer ideas start higher, and votes count logarithmically (the first ten weigh as much as the next
 * ninety). Time decay comes from the creation date alone: the score does not change as the clock
 * moves, only the order of newer ideas over older ones, which is what lets PostgreSQL store and index
 * it instead of recomputing every idea's score at each read.
 */
export function hotScore(up: number, down: number, createdAt: Date | string): number {
  const s = up - down;
  const order = Math.log10(Math.max(Math.abs(s), 1));
  const sign = s > 0 ? 1 : s < 0 ? -1 : 0;
  const seconds = new Date(createdAt).getTime() / 1000 - HOT_EPOCH_SECONDS;
  return sign * order + seconds / HOT_SECONDS_PER_DECADE;
}

/**
 * Reddit's controversy (same source): many votes, evenly split. (up + down) ^ balance, where balance is
 * the minority's share of the majority (1 when even); 0 unless the idea has votes on both sides.
 */
export function controversyScore(up: number, down: number): number {
  if (up <= 0 || down <= 0) return 0;
  const balance = up > down ? down / up : up / down;
  return Math.pow(up + down, balance);
}

/** The parts of an idea's rank, for "why here". */
export interface RankParts {
  up: number;
  down: number;
  /** up − down */
  net: number;
  wilsonLowerBound: number;
  ageHours: number;
  hot: number;
  controversy: number;
}

export function rankParts(up: number, down: number, createdAt: Date | string, now: Date = new Date()): RankParts {
  return {
    up,
    down,
    net: up - down,
    wilsonLowerBound: wilsonLowerBound(up, down),
    ageHours: Math.max(0, (now.getTime() - new Date(createdAt).getTime()) / 3_600_000),
    hot: hotScore(up, down, createdAt),
    controversy: controversyScore(up, down),
  };
}
