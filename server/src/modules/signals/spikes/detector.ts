/**
 * Streaming spike detection on one series' per-minute counts (pure: no Nest, no database). The caller
 * keeps one `SpikeSeriesState` per series (plain JSON, a fixed ~150 numbers whatever the history's length)
 * and feeds it minutes in order; minutes without a row are zeros, filled in here.
 *
 * What is measured: distinct authors when the series gives them (`authors`), else items — so one
 * syndicator or spammer posting 200 times in a minute counts once.
 *
 * Expected value at minute t: μ(t) = L × P(t), a Holt–Winters-style multiplicative model (Winters 1960):
 *   - P is a profile per local hour: 48 day-type hours (24 × weekday/weekend), learned in days, blended
 *     with the 168 hours of the week as these are learned (weight n/(n+1) after n weeks, at most 8/9), so
 *     Monday mornings and Sunday evenings get their own shape. Each is the average of that hour's past
 *     rates (a running mean, then an EWMA of weight 1/8 per hour seen). It is read between hour centres
 *     by linear interpolation so the morning rise is not a staircase that fires at every hour's end;
 *   - L is the level relative to the profile, Σ x / Σ P over about a day (half-life 1 day), so a term
 *     that becomes twice as popular is absorbed in a day, not only as each bucket relearns.
 * Learning uses counts clipped at μ + 4√(φμ) + 2, so a burst barely moves the baseline it is judged by.
 *
 * Tests, on the Poisson distribution since these are counts (Farrington et al. 1996, "A statistical
 * algorithm for the early detection of outbreaks of infectious disease", JRSS A 159: the same scheme of a
 * seasonal baseline, an over-dispersed Poisson and an exact tail; over-dispersion φ is estimated online as
 * the mean squared Pearson residual and handled quasi-Poisson style, x/φ ~ Poisson(μ/φ)):
 *   - burst: the upper tail P(X ≥ x) of the last 1, 5 and 15 minutes' sums, with x ≥ ratio × μ;
 *   - ramp: a Poisson CUSUM for a rise to ratio × μ (Page 1954, "Continuous inspection schemes";
 *     Lucas 1985, "Counted data CUSUM's", Technometrics 27), increment x·ln k − (k − 1)·μ per minute,
 *     catching slow climbs no single window sees;
 *   - drop: the same CUSUM for a fall to μ / ratio², which also fires on silence (to zero) once enough
 *     volume was expected: P(0 | λ) = e^−λ, so a quiet term needs longer than a busy one;
 *   - sentiment: the mean sentiment of the last ~30 minutes (EWMA, weighted by distinct authors) against
 *     a 3-day baseline mean and per-author variance, as a z-score.
 */
import type { MinuteCount, SpikeAlert, SpikeKind } from '../pipeline/contracts';
import { DAY_TYPE_HOURS, dayTypeHour, LocalClock, localClock, WEEK_HOURS } from './local-clock';
import { poissonUpperStrength } from './poisson';
import { resolveSpikeRule, type ResolvedSpikeRule, type SpikeRule } from './spike-rule';

/** A spike alert with what an explanation needs beyond the contract's fields. */
export interface SpikeAlertDetail extends SpikeAlert {
  /** minutes that `observed` and `expected` cover, ending with `minute` (1, 5, 15, a CUSUM run, ~30 for sentiment) */
  windowMinutes: number;
  /** what observed/expected measure: distinct authors, items, or the mean sentiment (-1…1) */
  measure: 'authors' | 'items' | 'sentiment';
}

export interface SpikeSeriesState {
  v: 1;
  /** first and last minute seen (ms since the epoch), null before any */
  first: number | null;
  last: number | null;
  measure: 'authors' | 'items';
  /** 48 day-type hours: rate per minute at level 1, and how many hours taught it (capped) */
  profile: number[];
  seen: number[];
  /** 168 hours of the week, the same */
  weekly: number[];
  weeklySeen: number[];
  /** the local hour being accumulated for the profile: its key (local ms / hour) and hour of the week */
  hourKey: number;
  hourBucket: number;
  hourSum: number;
  hourMinutes: number;
  /** minutes of the hour that taught (outside alert episodes) */
  hourLearned: number;
  levelNum: number;
  levelDen: number;
  /** EWMA of squared Pearson residuals (φ = max(1, this)) */
  dispersion: number;
  /** the last 15 minutes: measured value and expected value (-1: no baseline then) */
  ringX: number[];
  ringMu: number[];
  ringPos: number;
  /** ramp CUSUM and its run (observed, expected, first minute) */
  up: number;
  upObs: number;
  upExp: number;
  upStart: number;
  /** drop CUSUM and its run */
  down: number;
  downObs: number;
  downExp: number;
  downStart: number;
  /** sentiment: short EWMA (weight, weighted sum), long EWMA, variance EWMA */
  sentShortW: number;
  sentShortS: number;
  sentLongW: number;
  sentLongS: number;
  sentVarNum: number;
  sentVarDen: number;
  /** minute of the last alert per kind */
  lastAlert: Record<SpikeKind, number | null>;
  /** the current alert episode (bursts, ramps, drops close together): first and last alert minute */
  episodeStart: number | null;
  episodeLast: number | null;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const RING = 15;
/** burst windows: one minute for a sudden wave, 5 and 15 for a quiet term, whose bursts are spread out */
const WINDOWS = new Set([1, 5, 15]);
const LN10 = Math.log(10);
const LEVEL_DECAY = 2 ** (-1 / 1440);
/** pseudo-observations pulling the level to 1 until the series has some volume */
const LEVEL_PRIOR = 20;
const DISPERSION_WEIGHT = 1 / 4320;
/** dispersion is only estimated where a Pearson residual means something */
const DISPERSION_MIN_RATE = 1;
const DISPERSION_CLIP = 9;
const SENT_SHORT_DECAY = 2 ** (-1 / 30);
const SENT_LONG_DECAY = 2 ** (-1 / 4320);
/** a sentiment baseline needs this many (author-weighted) items */
const SENT_MIN_BASELINE = 100;
const SENT_MIN_VARIANCE = 0.005;
const PROFILE_MIN_WEIGHT = 1 / 8;
const EPISODE_GAP_COOLDOWNS = 2;
const EPISODE_MAX_MINUTES = 1440;
/** each hour bucket (and its interpolation neighbour) must have been learned on this many past days */
const MIN_SEEN = 2;
const SEEN_CAP = 1_000_000;
const WEEKLY_MAX_WEIGHT = 8;
/** floor on the expected rate: a Poisson test against exactly 0 says nothing useful */
const MIN_RATE = 1e-3;
/** a series silent for longer starts over (its old baseline says little, and filling the gap would be slow) */
export const MAX_GAP_MINUTES = 28 * 1440;
/** counts beyond this are refused: no real minute has them, and sums must stay exact */
export const MAX_MINUTE_COUNT = 1e9;

export function createSpikeState(): SpikeSeriesState {
  return {
    v: 1,
    first: null,
    last: null,
    measure: 'items',
    profile: new Array<number>(DAY_TYPE_HOURS).fill(0),
    seen: new Array<number>(DAY_TYPE_HOURS).fill(0),
    weekly: new Array<number>(WEEK_HOURS).fill(0),
    weeklySeen: new Array<number>(WEEK_HOURS).fill(0),
    hourKey: 0,
    hourBucket: 0,
    hourSum: 0,
    hourMinutes: 0,
    hourLearned: 0,
    levelNum: 0,
    levelDen: 0,
    dispersion: 1,
    ringX: new Array<number>(RING).fill(0),
    ringMu: new Array<number>(RING).fill(-1),
    ringPos: 0,
    up: 0,
    upObs: 0,
    upExp: 0,
    upStart: 0,
    down: 0,
    downObs: 0,
    downExp: 0,
    downStart: 0,
    sentShortW: 0,
    sentShortS: 0,
    sentLongW: 0,
    sentLongS: 0,
    sentVarNum: 0,
    sentVarDen: 0,
    lastAlert: { burst: null, drop: null, ramp: null, sentiment: null },
    episodeStart: null,
    episodeLast: null,
  };
}

const NUMBER_FIELDS = [
  'hourKey', 'hourBucket', 'hourSum', 'hourMinutes', 'hourLearned', 'levelNum', 'levelDen', 'dispersion', 'ringPos', 'up', 'upObs', 'upExp',
  'upStart', 'down', 'downObs', 'downExp', 'downStart', 'sentShortW', 'sentShortS', 'sentLongW', 'sentLongS', 'sentVarNum', 'sentVarDen',
] as const;

/**
 * Checks a stored state (e.g. read back from the database) before use: a corrupt one throws a RangeError
 * instead of producing nonsense alerts. Returns it typed.
 */
export function restoreSpikeState(value: unknown): SpikeSeriesState {
  const fail = (why: string): never => {
    throw new RangeError(`invalid spike state: ${why}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an object');
  const s = value as Record<string, unknown>;
  if (s.v !== 1) fail('unknown version');
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  for (const k of ['first', 'last', 'episodeStart', 'episodeLast'] as const) if (s[k] !== null && !finite(s[k])) fail(k);
  if (s.measure !== 'authors' && s.measure !== 'items') fail('measure');
  const numbers = (k: string, length: number) => {
    const a = s[k];
    if (!Array.isArray(a) || a.length !== length || !a.every(finite)) fail(k);
  };
  numbers('profile', DAY_TYPE_HOURS);
  numbers('seen', DAY_TYPE_HOURS);
  numbers('weekly', WEEK_HOURS);
  numbers('weeklySeen', WEEK_HOURS);
  numbers('ringX', RING);
  numbers('ringMu', RING);
  for (const k of NUMBER_FIELDS) if (!finite(s[k])) fail(k);
  const ringPos = s.ringPos as number;
  if (!Number.isInteger(ringPos) || ringPos < 0 || ringPos >= RING) fail('ringPos');
  const hourBucket = s.hourBucket as number;
  if (!Number.isInteger(hourBucket) || hourBucket < 0 || hourBucket >= WEEK_HOURS) fail('hourBucket');
  const last = s.lastAlert as Record<string, unknown> | null;
  if (typeof last !== 'object' || last === null) return fail('lastAlert');
  for (const k of ['burst', 'drop', 'ramp', 'sentiment']) if (last[k] !== null && !finite(last[k])) fail(`lastAlert.${k}`);
  return value as SpikeSeriesState;
}

/** The profile of one hour of the week: its day type's, refined by its own as weeks teach it. */
function hourShape(s: SpikeSeriesState, weekHour: number): number {
  const daily = s.profile[dayTypeHour(weekHour)];
  const n = Math.min(s.weeklySeen[weekHour], WEEKLY_MAX_WEIGHT);
  return n > 0 ? (n * s.weekly[weekHour] + daily) / (n + 1) : daily;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Checks one row before it reaches a state; the CLI checks the same things with line numbers. */
export function minuteCountError(mc: MinuteCount): string | null {
  const t = mc.minute instanceof Date ? mc.minute.getTime() : Number.NaN;
  if (!Number.isFinite(t)) return 'minute is not a valid date';
  if (t % MINUTE !== 0) return 'minute is not on a minute boundary';
  if (!Number.isInteger(mc.count) || mc.count < 0 || mc.count > MAX_MINUTE_COUNT) return 'count must be an integer from 0 to 1e9';
  // Items have at least one author: a series that cannot tell its authors leaves `authors` out (items are then measured).
  if (mc.authors !== undefined && (!Number.isInteger(mc.authors) || mc.authors > mc.count || mc.authors < Math.min(1, mc.count))) {
    return 'authors must be an integer from 1 to count (0 when count is 0)';
  }
  if (mc.sentimentSum !== undefined && (!Number.isFinite(mc.sentimentSum) || Math.abs(mc.sentimentSum) > mc.count)) {
    return 'sentimentSum must be a number within ±count';
  }
  return null;
}

export class SpikeDetector {
  readonly rule: ResolvedSpikeRule;
  private readonly clock: LocalClock;
  private readonly lnUp: number;
  private readonly lnDown: number;
  private readonly downShift: number;

  constructor(rule: SpikeRule = {}) {
    this.rule = resolveSpikeRule(rule);
    this.clock = localClock(this.rule.timeZone);
    this.lnUp = Math.log(this.rule.ratio);
    this.downShift = 1 / (this.rule.ratio * this.rule.ratio);
    this.lnDown = Math.log(this.downShift);
  }

  /**
   * Feeds one row. Minutes between the state's last one and this row's are zeros (and may raise a drop).
   * Throws a RangeError for a bad row or a minute not after the state's last one.
   */
  observe(state: SpikeSeriesState, row: MinuteCount): SpikeAlertDetail[] {
    const error = minuteCountError(row);
    if (error) throw new RangeError(error);
    const t = row.minute.getTime();
    const out: SpikeAlertDetail[] = [];
    if (state.last !== null && t <= state.last) throw new RangeError('minute is not after the series’ last one');
    this.fill(state, row.series, t - MINUTE, out);
    if (state.first === null) state.first = t;
    state.measure = row.authors !== undefined ? 'authors' : 'items';
    this.step(state, row.series, t, row.authors ?? row.count, row.count, row.sentimentSum, out);
    state.last = t;
    return out;
  }

  /** Processes the minutes after the state's last one up to `until` (included) as zeros. */
  advance(state: SpikeSeriesState, series: string, until: Date): SpikeAlertDetail[] {
    const t = until.getTime();
    if (!Number.isFinite(t)) throw new RangeError('until is not a valid date');
    const out: SpikeAlertDetail[] = [];
    this.fill(state, series, Math.floor(t / MINUTE) * MINUTE, out);
    return out;
  }

  private fill(state: SpikeSeriesState, series: string, until: number, out: SpikeAlertDetail[]): void {
    if (state.last === null || until <= state.last) return;
    if (until - state.last > MAX_GAP_MINUTES * MINUTE) {
      Object.assign(state, createSpikeState());
      return;
    }
    for (let z = state.last + MINUTE; z <= until; z += MINUTE) this.step(state, series, z, 0, 0, undefined, out);
    state.last = until;
  }

  private cooling(s: SpikeSeriesState, kind: SpikeKind, t: number): boolean {
    const last = s.lastAlert[kind];
    return last !== null && t - last < this.rule.cooldownMinutes * MINUTE;
  }

  private emit(s: SpikeSeriesState, out: SpikeAlertDetail[], alert: SpikeAlertDetail): void {
    const t = alert.minute.getTime();
    s.lastAlert[alert.kind] = t;
    if (alert.kind !== 'sentiment') {
      if (s.episodeLast === null || t - s.episodeLast >= EPISODE_GAP_COOLDOWNS * this.rule.cooldownMinutes * MINUTE) s.episodeStart = t;
      s.episodeLast = t;
    }
    out.push(alert);
  }

  /**
   * The baseline does not learn during an alert episode (until two cool-downs after its last alert), so
   * a long event — a ramp's plateau, an outage — does not become the normal it is judged against. An
   * episode that lasts a day is the new normal: learning resumes.
   */
  private learning(s: SpikeSeriesState, t: number): boolean {
    if (s.episodeLast === null || s.episodeStart === null) return true;
    return t - s.episodeLast >= EPISODE_GAP_COOLDOWNS * this.rule.cooldownMinutes * MINUTE || t - s.episodeStart >= EPISODE_MAX_MINUTES * MINUTE;
  }

  private step(s: SpikeSeriesState, series: string, t: number, x: number, items: number, sentimentSum: number | undefined, out: SpikeAlertDetail[]): void {
    const r = this.rule;
    const local = this.clock.local(t);
    const hourKey = Math.floor(local / HOUR);
    const bucket = LocalClock.weekHourOfLocal(local);

    // A local hour ends: it teaches its bucket (a DST fall-back repeats an hour: 60 minutes close it too).
    if (hourKey !== s.hourKey || s.hourMinutes >= 60) {
      if (s.hourLearned >= 30) this.learnBucket(s, s.hourBucket, s.hourSum / s.hourLearned);
      s.hourKey = hourKey;
      s.hourBucket = bucket;
      s.hourSum = 0;
      s.hourMinutes = 0;
      s.hourLearned = 0;
    }

    // The profile between the centres of this hour and the nearest other one.
    const frac = (Math.floor((local - hourKey * HOUR) / MINUTE) + 0.5 - 30) / 60;
    const neighbour = this.clock.weekHour(t + (frac >= 0 ? HOUR : -HOUR));
    const w = Math.abs(frac);
    const seenHere = s.seen[dayTypeHour(bucket)];
    const seenNext = s.seen[dayTypeHour(neighbour)];
    let shape = -1;
    if (seenHere > 0 && seenNext > 0) shape = (1 - w) * hourShape(s, bucket) + w * hourShape(s, neighbour);
    else if (seenHere > 0) shape = hourShape(s, bucket);
    else if (seenNext > 0) shape = hourShape(s, neighbour);
    const level = (s.levelNum + LEVEL_PRIOR) / (s.levelDen + LEVEL_PRIOR);
    const mu = shape >= 0 ? Math.max(level * shape, MIN_RATE) : -1;
    const ready = mu >= 0 && seenHere >= MIN_SEEN && seenNext >= MIN_SEEN && s.first !== null && t - s.first >= r.warmupDays * 1440 * MINUTE;
    const phi = s.dispersion > 1 ? s.dispersion : 1;
    const m = r.multiplier;

    const pos = (s.ringPos + 1) % RING;
    s.ringPos = pos;
    s.ringX[pos] = x;
    s.ringMu[pos] = ready ? mu : -1;

    let burst = false;
    if (ready && r.kinds.has('burst') && !this.cooling(s, 'burst', t)) {
      let obs = 0;
      let exp = 0;
      let best: SpikeAlertDetail | null = null;
      for (let i = 0; i < RING; i++) {
        const idx = (pos - i + RING) % RING;
        if (s.ringMu[idx] < 0) break;
        obs += s.ringX[idx];
        exp += s.ringMu[idx];
        if (!WINDOWS.has(i + 1) || obs < r.minVolume || obs < r.ratio * exp) continue;
        const strength = poissonUpperStrength(obs / phi, exp / phi);
        if (strength >= r.burstStrength * m && (!best || strength > best.strength)) {
          best = { series, minute: new Date(t), kind: 'burst', observed: obs, expected: round(exp, 2), strength: round(strength, 2), windowMinutes: i + 1, measure: s.measure };
        }
      }
      if (best) {
        this.emit(s, out, best);
        burst = true;
      }
    }

    if (!ready) {
      s.up = 0;
      s.down = 0;
    } else {
      // Ramp CUSUM; held at zero while a burst or a ramp is cooling down, so one event is one alert.
      if (burst || this.cooling(s, 'burst', t) || this.cooling(s, 'ramp', t)) {
        s.up = 0;
      } else {
        if (s.up === 0) {
          s.upObs = 0;
          s.upExp = 0;
          s.upStart = t;
        }
        s.up = Math.max(0, s.up + (x * this.lnUp - (r.ratio - 1) * mu) / phi);
        s.upObs += x;
        s.upExp += mu;
        if (s.up >= r.cusum * m && r.kinds.has('ramp') && s.upObs >= r.minVolume) {
          this.emit(s, out, {
            series, minute: new Date(t), kind: 'ramp', observed: s.upObs, expected: round(s.upExp, 2), strength: round(s.up / LN10, 2),
            windowMinutes: (t - s.upStart) / MINUTE + 1, measure: s.measure,
          });
          s.up = 0;
        }
      }
      if (this.cooling(s, 'drop', t)) {
        s.down = 0;
      } else {
        if (s.down === 0) {
          s.downObs = 0;
          s.downExp = 0;
          s.downStart = t;
        }
        s.down = Math.max(0, s.down + (x * this.lnDown + (1 - this.downShift) * mu) / phi);
        s.downObs += x;
        s.downExp += mu;
        if (s.down >= r.cusum * m && r.kinds.has('drop') && s.downExp >= r.minVolume && s.downObs * r.ratio <= s.downExp) {
          this.emit(s, out, {
            series, minute: new Date(t), kind: 'drop', observed: s.downObs, expected: round(s.downExp, 2), strength: round(s.down / LN10, 2),
            windowMinutes: (t - s.downStart) / MINUTE + 1, measure: s.measure,
          });
          s.down = 0;
        }
      }
    }

    this.sentiment(s, series, t, x, items, sentimentSum, out);

    // Learning, after the tests so that a minute is never judged against itself.
    s.hourMinutes += 1;
    if (!this.learning(s, t)) return;
    const clipped = mu >= 0 ? Math.min(x, mu + 4 * Math.sqrt(phi * mu) + 2) : x;
    s.hourSum += clipped / level;
    s.hourLearned += 1;
    if (seenHere > 0 && seenNext > 0) {
      s.levelNum = LEVEL_DECAY * s.levelNum + clipped;
      s.levelDen = LEVEL_DECAY * s.levelDen + shape;
    }
    if (mu >= DISPERSION_MIN_RATE) {
      const r2 = ((x - mu) * (x - mu)) / mu;
      s.dispersion += ((r2 < DISPERSION_CLIP ? r2 : DISPERSION_CLIP) - s.dispersion) * DISPERSION_WEIGHT;
    }
  }

  private learnBucket(s: SpikeSeriesState, weekHour: number, rate: number): void {
    const d = dayTypeHour(weekHour);
    const seen = s.seen[d] + 1;
    s.seen[d] = seen < SEEN_CAP ? seen : SEEN_CAP;
    s.profile[d] += Math.max(1 / seen, PROFILE_MIN_WEIGHT) * (rate - s.profile[d]);
    const weeks = s.weeklySeen[weekHour] + 1;
    s.weeklySeen[weekHour] = weeks < SEEN_CAP ? weeks : SEEN_CAP;
    s.weekly[weekHour] += Math.max(1 / weeks, PROFILE_MIN_WEIGHT) * (rate - s.weekly[weekHour]);
  }

  private sentiment(s: SpikeSeriesState, series: string, t: number, x: number, items: number, sentimentSum: number | undefined, out: SpikeAlertDetail[]): void {
    s.sentShortW *= SENT_SHORT_DECAY;
    s.sentShortS *= SENT_SHORT_DECAY;
    s.sentLongW *= SENT_LONG_DECAY;
    s.sentLongS *= SENT_LONG_DECAY;
    s.sentVarNum *= SENT_LONG_DECAY;
    s.sentVarDen *= SENT_LONG_DECAY;
    // Each minute's mean sentiment weighs as many distinct authors as it has: a spammer's 200 angry posts weigh 1.
    const weight = Math.min(x, items);
    if (sentimentSum === undefined || items === 0 || weight === 0) return;
    const mean = Math.max(-1, Math.min(1, sentimentSum / items));
    s.sentShortW += weight;
    s.sentShortS += weight * mean;
    const r = this.rule;
    const baselineReady = s.sentLongW >= SENT_MIN_BASELINE && s.first !== null && t - s.first >= r.warmupDays * 1440 * MINUTE;
    const longMean = s.sentLongW > 0 ? s.sentLongS / s.sentLongW : 0;
    if (baselineReady && r.kinds.has('sentiment') && s.sentShortW >= 2 * r.minVolume && !this.cooling(s, 'sentiment', t)) {
      const variance = Math.max(s.sentVarDen > 0 ? s.sentVarNum / s.sentVarDen : 0, SENT_MIN_VARIANCE);
      const shortMean = s.sentShortS / s.sentShortW;
      // σ²/W over-states the variance of an EWMA mean (by about 2×): the test errs on the quiet side.
      const z = (shortMean - longMean) / Math.sqrt(variance / s.sentShortW);
      if (Math.abs(z) >= r.sentimentZ * r.multiplier && Math.abs(shortMean - longMean) >= r.sentimentShift) {
        this.emit(s, out, {
          series, minute: new Date(t), kind: 'sentiment', observed: round(shortMean, 3), expected: round(longMean, 3),
          strength: round(Math.abs(z), 2), windowMinutes: 30, measure: 'sentiment',
        });
      }
    }
    // Per-author variance: a minute's mean of w authors has variance σ²/w, so w·(mean − μ)² estimates σ².
    if (s.sentLongW > 0) {
      s.sentVarNum += weight * (mean - longMean) * (mean - longMean);
      s.sentVarDen += 1;
    }
    s.sentLongW += weight;
    s.sentLongS += weight * mean;
  }
}
