import type { SpikeKind } from '../pipeline/contracts';
import { localClock } from './local-clock';

export type SpikePreset = 'low' | 'medium' | 'high';
export const SPIKE_PRESETS: readonly SpikePreset[] = ['low', 'medium', 'high'];
export const SPIKE_KINDS: readonly SpikeKind[] = ['burst', 'drop', 'ramp', 'sentiment'];

/** What a preset fixes. "Strength" is -log10 of a p-value or of a likelihood ratio. */
export interface SpikeSensitivity {
  /** a burst's Poisson tail strength over 1, 5 or 15 minutes */
  burstStrength: number;
  /**
   * The relative change the rule cares about: a burst is at least `ratio` × expected, a drop at most
   * 1/`ratio` ×; the ramp CUSUM is tuned to a shift to `ratio` × and the drop CUSUM to 1/`ratio`² ×.
   */
  ratio: number;
  /** CUSUM decision interval, natural-log likelihood ratio (ramps and drops) */
  cusum: number;
  /** sentiment shift: |z| of the recent mean sentiment against its baseline */
  sentimentZ: number;
  /** sentiment shift: and at least this far on the -1…1 scale, so a huge volume cannot make a tiny shift an alert */
  sentimentShift: number;
  /** distinct authors (or items) a burst or ramp must show, or a drop must have expected: no alert on 2 posts */
  minVolume: number;
  /** no second alert of the same kind on a series within this many minutes */
  cooldownMinutes: number;
  /** no alert in a series' first days: its baseline needs history */
  warmupDays: number;
}

/**
 * Calibrated with bench/spikes.mjs on synthetic weeks (daily cycle, weekends, Poisson noise, 0.2–20
 * authors a minute at peak): medium keeps false alerts under 0.04 per series-day with ≥ 95 % recall;
 * high trades more false alerts for earlier, smaller detections; low only speaks for large events.
 */
export const SENSITIVITY: Readonly<Record<SpikePreset, Readonly<SpikeSensitivity>>> = {
  low: { burstStrength: 8, ratio: 3, cusum: 16, sentimentZ: 6, sentimentShift: 0.25, minVolume: 8, cooldownMinutes: 120, warmupDays: 3 },
  medium: { burstStrength: 6, ratio: 2, cusum: 12, sentimentZ: 4.5, sentimentShift: 0.15, minVolume: 5, cooldownMinutes: 60, warmupDays: 2 },
  high: { burstStrength: 5, ratio: 1.75, cusum: 10, sentimentZ: 3.5, sentimentShift: 0.1, minVolume: 3, cooldownMinutes: 30, warmupDays: 1 },
};

/** A detection rule: a preset, the series' time zone, the feedback multiplier and optional overrides. */
export interface SpikeRule {
  /** default 'medium' */
  preset?: SpikePreset;
  /** IANA zone whose wall clock shapes the daily profile; default 'UTC' */
  timeZone?: string;
  /** from feedback (see applyFeedback); scales every threshold; default 1 */
  multiplier?: number;
  /** kinds to raise; default all */
  kinds?: readonly SpikeKind[];
  minVolume?: number;
  cooldownMinutes?: number;
  warmupDays?: number;
}

export interface ResolvedSpikeRule extends SpikeSensitivity {
  preset: SpikePreset;
  timeZone: string;
  multiplier: number;
  kinds: ReadonlySet<SpikeKind>;
}

export function resolveSpikeRule(rule: SpikeRule = {}): ResolvedSpikeRule {
  const preset = rule.preset ?? 'medium';
  if (!SPIKE_PRESETS.includes(preset)) throw new RangeError(`unknown preset "${String(preset)}"`);
  const timeZone = rule.timeZone ?? 'UTC';
  try {
    localClock(timeZone);
  } catch {
    throw new RangeError(`unknown time zone "${timeZone}"`);
  }
  const multiplier = rule.multiplier ?? 1;
  if (!(multiplier >= TUNING_BOUNDS.min && multiplier <= TUNING_BOUNDS.max)) {
    throw new RangeError(`multiplier must be within ${TUNING_BOUNDS.min}…${TUNING_BOUNDS.max}`);
  }
  const base = SENSITIVITY[preset];
  const positive = (name: string, value: number | undefined, fallback: number, max: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isFinite(value) || value < 0 || value > max) throw new RangeError(`${name} must be within 0…${max}`);
    return value;
  };
  const kinds = rule.kinds ?? SPIKE_KINDS;
  for (const k of kinds) if (!SPIKE_KINDS.includes(k)) throw new RangeError(`unknown kind "${String(k)}"`);
  return {
    ...base,
    minVolume: positive('minVolume', rule.minVolume, base.minVolume, 1e6),
    cooldownMinutes: positive('cooldownMinutes', rule.cooldownMinutes, base.cooldownMinutes, 7 * 1440),
    warmupDays: positive('warmupDays', rule.warmupDays, base.warmupDays, 28),
    preset,
    timeZone,
    multiplier,
    kinds: new Set(kinds),
  };
}

/** What feedback has made of a rule's thresholds; stored with the rule (plain JSON). */
export interface SpikeTuning {
  multiplier: number;
  useful: number;
  noise: number;
}

export type SpikeFeedback = 'useful' | 'noise';

export const DEFAULT_TUNING: Readonly<SpikeTuning> = { multiplier: 1, useful: 0, noise: 0 };

/**
 * The feedback rule: "noise" raises every threshold by 20 %, "useful" lowers them by 1/1.05, within
 * [0.5, 3] × the preset's. The steps are uneven on purpose: the multiplier stops moving when
 * noise × ln 1.2 = useful × ln 1.05, i.e. when about one alert in five (21 %) is marked noise — a rule
 * that cries wolf quickly goes quiet, and one whose alerts are all useful grows slowly more sensitive.
 */
export const TUNING_BOUNDS = { min: 0.5, max: 3, noiseStep: 1.2, usefulStep: 1.05 } as const;

export function applyFeedback(tuning: SpikeTuning, feedback: SpikeFeedback): SpikeTuning {
  if (feedback !== 'useful' && feedback !== 'noise') throw new RangeError(`feedback must be "useful" or "noise"`);
  const current = Number.isFinite(tuning.multiplier) ? tuning.multiplier : 1;
  const next = feedback === 'noise' ? current * TUNING_BOUNDS.noiseStep : current / TUNING_BOUNDS.usefulStep;
  return {
    multiplier: Math.min(TUNING_BOUNDS.max, Math.max(TUNING_BOUNDS.min, next)),
    useful: tuning.useful + (feedback === 'useful' ? 1 : 0),
    noise: tuning.noise + (feedback === 'noise' ? 1 : 0),
  };
}
