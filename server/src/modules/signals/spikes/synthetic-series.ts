/**
 * Synthetic per-minute series with known events, and the scoring of a detector's alerts against them:
 * what the detector's tests and bench/spikes.mjs measure recall and false alerts on. Everything is
 * reproducible from a seed.
 *
 * A series: distinct authors per minute ~ Poisson(rate), rate = peak × daily shape (local time: near zero
 * at night, a morning rise around 8:00, a lunch dip, an evening fall; weekends lower, later and shorter)
 * × a day-to-day factor (log-normal, σ = 6 %: no two Tuesdays are alike) × the injected event's effect.
 * Items = authors + Poisson(0.25 × authors) (some authors post twice).
 */
import type { MinuteCount, SpikeAlert, SpikeKind } from '../pipeline/contracts';
import { localClock } from './local-clock';
import { lnGamma } from './poisson';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Mulberry32 (Tommy Ettinger's public-domain 32-bit PRNG): fast, seedable, good enough for simulation. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(rand: () => number): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * A Poisson draw: Knuth's product of uniforms below λ = 30, Hörmann's PTRS above ("The transformed
 * rejection method for generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993).
 */
export function poissonSample(rand: () => number, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rand();
    while (p > limit) {
      k++;
      p *= rand();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rand() - 0.5;
    const v = rand();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - lnGamma(k + 1)) return k;
  }
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Share of the peak rate at local hour `h` (4 ≤ h < 28: a "social" day runs from 4:00 to 4:00, so the
 * late evening continues past midnight and the curve has no step there) of a weekday or weekend day.
 */
export function dailyShape(h: number, weekend: boolean): number {
  const night = 0.03;
  if (weekend) return night + (1 - night) * 0.45 * logistic((h - 10) / 0.9) * logistic((22 - h) / 1.3);
  return night + (1 - night) * logistic((h - 8) / 0.6) * logistic((20.5 - h) / 1.1) * (1 - 0.15 * Math.exp(-(((h - 13) / 0.8) ** 2)));
}

export type SyntheticEventKind = Exclude<SpikeKind, 'sentiment'>;

export interface SyntheticEvent {
  series: string;
  kind: SyntheticEventKind;
  /** ms: first minute affected, first minute no longer affected, last minute a detection counts */
  start: number;
  end: number;
  detectBy: number;
  /** burst: authors a minute added; drop: share of the rate left; ramp: multiplier reached */
  size: number;
}

export interface SyntheticSeriesOptions {
  series: string;
  /** authors a minute at a weekday's peak */
  peak: number;
  start: Date;
  days: number;
  seed: number;
  timeZone?: string;
  /** days without events at the start (the detector's warm-up and first learning) */
  quietDays?: number;
  /** probability that a day after the quiet ones has one event; 0 for a clean series */
  eventsPerDay?: number;
}

export interface SyntheticSeries {
  counts: MinuteCount[];
  events: SyntheticEvent[];
}

/**
 * A burst counts as found within a quarter of an hour of its start: a busy term's is found in a minute or
 * two, but a quiet one (12 authors an hour) needs several minutes before 1.5 more a minute is certain.
 */
export const BURST_DEADLINE_MINUTES = 15;

/** After an event ends, the baseline needs this long to settle; alerts in it are neither true nor false. */
export const EVENT_RECOVERY_MINUTES = 180;

export function syntheticSeries(o: SyntheticSeriesOptions): SyntheticSeries {
  const rand = mulberry32(o.seed);
  const clock = localClock(o.timeZone ?? 'UTC');
  const start = Math.floor(o.start.getTime() / MINUTE) * MINUTE;
  const end = start + o.days * DAY;
  const quiet = start + (o.quietDays ?? 7) * DAY;
  const base = (t: number, dayFactor: number) => {
    const social = clock.local(t) - 4 * HOUR;
    const day = Math.floor(social / DAY);
    const weekday = (((day + 4) % 7) + 7) % 7;
    return o.peak * dayFactor * dailyShape(4 + (social - day * DAY + MINUTE / 2) / HOUR, weekday === 0 || weekday === 6);
  };

  // Events first (at most one a local day), so the series can be drawn in one pass.
  const events: SyntheticEvent[] = [];
  const firstDay = Math.floor(clock.local(quiet) / DAY) + 1;
  const lastDay = Math.floor(clock.local(end) / DAY) - 1;
  for (let day = firstDay; day < lastDay; day++) {
    if (rand() >= (o.eventsPerDay ?? 0)) continue;
    const weekend = (((day + 4) % 7) + 7) % 7 === 0 || (((day + 4) % 7) + 7) % 7 === 6;
    const pick = rand();
    const kind: SyntheticEventKind = weekend || pick < 1 / 3 ? 'burst' : pick < 2 / 3 ? 'drop' : 'ramp';
    const [lo, hi] = kind === 'burst' ? [8, 21] : kind === 'drop' ? [9.5, 12] : [8.5, 12];
    const localStart = day * DAY + Math.floor((lo + rand() * (hi - lo)) * 60) * MINUTE;
    const s = localStart - clock.offset(localStart);
    if (kind === 'burst') {
      // At least 1.5 authors a minute more: a term that sees 12 authors an hour gets 15–60 in a burst.
      const size = Math.max((2 + 3 * rand()) * o.peak, 1.5);
      const length = Math.floor(10 + 30 * rand());
      events.push({ series: o.series, kind, start: s, end: s + length * MINUTE, detectBy: s + BURST_DEADLINE_MINUTES * MINUTE, size: Math.round(size * 100) / 100 });
    } else if (kind === 'drop') {
      const size = rand() < 0.5 ? 0 : 0.05 + 0.2 * rand();
      // A drop is visible once enough volume was expected (P(0 | λ) = e^-λ): detection is due by the minute
      // at which 40 authors were expected (15 minutes at least), and the drop lasts past that.
      let expected = 0;
      let t = s;
      let detectBy = 0;
      while (t < s + 8 * HOUR && (expected < 60 || t < s + HOUR)) {
        expected += base(t, 1);
        t += MINUTE;
        if (!detectBy && expected >= 40 && t >= s + 15 * MINUTE) detectBy = t;
      }
      events.push({ series: o.series, kind, start: s, end: t, detectBy: detectBy || t, size: Math.round(size * 100) / 100 });
    } else {
      const size = 2.5 + 1.5 * rand();
      const rise = Math.floor(90 + 90 * rand()) * MINUTE;
      const hold = 120 * MINUTE;
      events.push({ series: o.series, kind, start: s, end: s + rise + hold, detectBy: s + rise + hold, size: Math.round(size * 100) / 100 });
    }
  }

  const counts: MinuteCount[] = [];
  let dayFactor = 1;
  let factorDay = Number.NaN;
  let e = 0;
  for (let t = start; t < end; t += MINUTE) {
    const localDay = Math.floor((clock.local(t) - 4 * HOUR) / DAY);
    if (localDay !== factorDay) {
      factorDay = localDay;
      dayFactor = Math.exp(0.06 * gaussian(rand));
    }
    let rate = base(t, dayFactor);
    while (e < events.length && events[e].end <= t) e++;
    const ev = events[e];
    if (ev && ev.start <= t) {
      if (ev.kind === 'burst') rate += ev.size;
      else if (ev.kind === 'drop') rate *= ev.size;
      else {
        const rise = ev.end - ev.start - 120 * MINUTE;
        rate *= 1 + (ev.size - 1) * Math.min(1, (t - ev.start + MINUTE) / rise);
      }
    }
    const authors = poissonSample(rand, rate);
    if (authors === 0) continue; // a minute without a row is a zero
    counts.push({ series: o.series, minute: new Date(t), count: authors + poissonSample(rand, 0.25 * authors), authors });
  }
  return { counts, events };
}

export interface KindScore {
  events: number;
  detected: number;
  /** mean minutes from an event's start to its first matching alert, over detected events */
  meanDelayMinutes: number;
}

export interface AlertScore {
  byKind: Record<SyntheticEventKind, KindScore>;
  events: number;
  detected: number;
  recall: number;
  /** alerts outside every event's window (start … end + recovery), after `from` */
  falseAlerts: number;
  /** series-days of normal traffic (after `from`, outside event windows) */
  normalSeriesDays: number;
  falsePerSeriesDay: number;
  /** whole normal clock hours, and those of them with a false alert */
  normalHours: number;
  falseHourShare: number;
}

/** Which alert kinds count as finding an event: a ramp that ends in a sudden jump may be called a burst. */
const MATCHES: Record<SyntheticEventKind, readonly SpikeKind[]> = { burst: ['burst'], drop: ['drop'], ramp: ['ramp', 'burst'] };

/**
 * Scores alerts against the events of synthetic series observed from `from` (ms: after the warm-up) to
 * `to`. An event is detected when an alert of a matching kind on its series falls in [start, detectBy].
 * A false alert is one outside every event window: the false-positive rate is false alerts per series-day
 * of normal traffic — what a hub watching a term sees as noise — and the share of normal hours with one.
 */
export function scoreAlerts(alerts: readonly SpikeAlert[], events: readonly SyntheticEvent[], seriesCount: number, from: number, to: number): AlertScore {
  const bySeries = new Map<string, SyntheticEvent[]>();
  for (const ev of events) {
    let list = bySeries.get(ev.series);
    if (!list) bySeries.set(ev.series, (list = []));
    list.push(ev);
  }
  const byKind: Record<SyntheticEventKind, KindScore> = {
    burst: { events: 0, detected: 0, meanDelayMinutes: 0 },
    drop: { events: 0, detected: 0, meanDelayMinutes: 0 },
    ramp: { events: 0, detected: 0, meanDelayMinutes: 0 },
  };
  const alertsBySeries = new Map<string, SpikeAlert[]>();
  for (const a of alerts) {
    let list = alertsBySeries.get(a.series);
    if (!list) alertsBySeries.set(a.series, (list = []));
    list.push(a);
  }
  for (const ev of events) {
    const score = byKind[ev.kind];
    score.events++;
    const hit = (alertsBySeries.get(ev.series) ?? [])
      .filter((a) => MATCHES[ev.kind].includes(a.kind) && a.minute.getTime() >= ev.start && a.minute.getTime() <= ev.detectBy)
      .sort((a, b) => a.minute.getTime() - b.minute.getTime())[0];
    if (hit) {
      score.detected++;
      score.meanDelayMinutes += (hit.minute.getTime() - ev.start) / MINUTE;
    }
  }
  for (const s of Object.values(byKind)) s.meanDelayMinutes = s.detected ? Math.round((s.meanDelayMinutes / s.detected) * 10) / 10 : 0;

  const inWindow = (series: string, t: number) => (bySeries.get(series) ?? []).some((ev) => t >= ev.start && t < ev.end + EVENT_RECOVERY_MINUTES * MINUTE);
  const falseAlerts = alerts.filter((a) => a.minute.getTime() >= from && a.minute.getTime() < to && !inWindow(a.series, a.minute.getTime()));
  let eventMinutes = 0;
  for (const ev of events) eventMinutes += (Math.min(to, ev.end + EVENT_RECOVERY_MINUTES * MINUTE) - Math.max(from, ev.start)) / MINUTE;
  const normalSeriesDays = (seriesCount * (to - from)) / MINUTE / 1440 - eventMinutes / 1440;

  let normalHours = 0;
  const falseHours = new Set<string>();
  const firstHour = Math.ceil(from / HOUR) * HOUR;
  const seriesNames = new Set([...bySeries.keys(), ...alertsBySeries.keys()]);
  const quietSeries = Math.max(0, seriesCount - seriesNames.size);
  for (const series of seriesNames) {
    for (let h = firstHour; h + HOUR <= to; h += HOUR) {
      if (!(bySeries.get(series) ?? []).some((ev) => h < ev.end + EVENT_RECOVERY_MINUTES * MINUTE && h + HOUR > ev.start)) normalHours++;
    }
  }
  normalHours += quietSeries * Math.floor((to - firstHour) / HOUR);
  for (const a of falseAlerts) falseHours.add(`${a.series}@${Math.floor(a.minute.getTime() / HOUR)}`);

  const detected = byKind.burst.detected + byKind.drop.detected + byKind.ramp.detected;
  return {
    byKind,
    events: events.length,
    detected,
    recall: events.length ? detected / events.length : 1,
    falseAlerts: falseAlerts.length,
    normalSeriesDays: Math.round(normalSeriesDays * 10) / 10,
    falsePerSeriesDay: normalSeriesDays > 0 ? falseAlerts.length / normalSeriesDays : 0,
    normalHours,
    falseHourShare: normalHours ? falseHours.size / normalHours : 0,
  };
}
