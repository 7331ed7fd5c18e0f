import { ALERT_KINDS, ALERT_LIMITS, ALERT_PRESETS, type AlertKind, type AlertPreset } from '@ruche/shared';
import { BadInputError } from '../../core/errors/domain-error';
import { DEFAULT_TUNING, resolveSpikeRule, TUNING_BOUNDS, type SpikeRule, type SpikeTuning } from '../signals';

/** An alert rule as stored (alert_rules). */
export interface AlertRule {
  id: string;
  name: string;
  termId: string | null;
  watchlistId: string | null;
  keywords: string | null;
  sentimentMaxMean: number | null;
  negativeShareMin: number | null;
  kinds: AlertKind[];
  preset: AlertPreset;
  /** null: the preset's */
  cooldownMinutes: number | null;
  timeZone: string;
  enabled: boolean;
  departmentIds: string[];
  personIds: string[];
  tuning: SpikeTuning;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** when the detector's state began (its first minute with data), null before any */
  firstDataAt: Date | null;
}

export function ruleFromRow(r: Record<string, unknown>): AlertRule {
  const tuning = (r.tuning ?? {}) as Partial<SpikeTuning>;
  const first = r.state_first === null || r.state_first === undefined ? null : Number(r.state_first);
  return {
    id: r.id as string,
    name: r.name as string,
    termId: (r.term_id as string | null) ?? null,
    watchlistId: (r.watchlist_id as string | null) ?? null,
    keywords: (r.keywords as string | null) ?? null,
    sentimentMaxMean: r.sentiment_max_mean === null ? null : Number(r.sentiment_max_mean),
    negativeShareMin: r.negative_share_min === null ? null : Number(r.negative_share_min),
    kinds: r.kinds as AlertKind[],
    preset: r.preset as AlertPreset,
    cooldownMinutes: (r.cooldown_minutes as number | null) ?? null,
    timeZone: r.time_zone as string,
    enabled: r.enabled as boolean,
    departmentIds: (r.department_ids as string[]) ?? [],
    personIds: (r.person_ids as string[]) ?? [],
    tuning: {
      multiplier: Number.isFinite(tuning.multiplier) ? tuning.multiplier! : DEFAULT_TUNING.multiplier,
      useful: Number.isInteger(tuning.useful) ? tuning.useful! : 0,
      noise: Number.isInteger(tuning.noise) ? tuning.noise! : 0,
    },
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    firstDataAt: first !== null && Number.isFinite(first) ? new Date(first) : null,
  };
}

/** What the spikes detector is given for a rule: its preset, clock, feedback multiplier, kinds and cool-down. */
export function detectorRuleOf(rule: Pick<AlertRule, 'preset' | 'timeZone' | 'tuning' | 'kinds' | 'cooldownMinutes'>): SpikeRule {
  const multiplier = Math.min(TUNING_BOUNDS.max, Math.max(TUNING_BOUNDS.min, rule.tuning.multiplier));
  return { preset: rule.preset, timeZone: rule.timeZone, multiplier, kinds: rule.kinds, ...(rule.cooldownMinutes !== null ? { cooldownMinutes: rule.cooldownMinutes } : {}) };
}

/** The day the preset's warm-up ends for a series whose data began at `firstDataAt`. */
export function warmUpEndsAt(rule: Pick<AlertRule, 'preset' | 'firstDataAt'>): Date | null {
  if (!rule.firstDataAt) return null;
  return new Date(rule.firstDataAt.getTime() + resolveSpikeRule({ preset: rule.preset }).warmupDays * 86_400_000);
}

/** Checks a preset name (GraphQL checks enum literals; variables and direct callers come here too). */
export function presetOf(value: unknown): AlertPreset {
  if (typeof value !== 'string' || !(ALERT_PRESETS as readonly string[]).includes(value)) {
    throw new BadInputError(`"preset" must be one of ${ALERT_PRESETS.join(', ')}.`, { field: 'preset' });
  }
  return value as AlertPreset;
}

export function kindsOf(value: unknown): AlertKind[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > ALERT_KINDS.length) {
    throw new BadInputError(`"kinds" must list 1 to ${ALERT_KINDS.length} of ${ALERT_KINDS.join(', ')}.`, { field: 'kinds' });
  }
  for (const k of value) if (typeof k !== 'string' || !(ALERT_KINDS as readonly string[]).includes(k)) throw new BadInputError(`Unknown alert kind "${String(k).slice(0, 40)}".`, { field: 'kinds' });
  // Stored in the canonical order, once each.
  return ALERT_KINDS.filter((k) => value.includes(k));
}

export function cooldownOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < ALERT_LIMITS.cooldownMinMinutes || value > ALERT_LIMITS.cooldownMaxMinutes) {
    throw new BadInputError(`"cooldownMinutes" must be a whole number from ${ALERT_LIMITS.cooldownMinMinutes} to ${ALERT_LIMITS.cooldownMaxMinutes}.`, { field: 'cooldownMinutes' });
  }
  return value;
}

export function timeZoneOf(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > ALERT_LIMITS.timeZoneMax) throw new BadInputError('"timeZone" must be an IANA time zone such as Europe/Paris.', { field: 'timeZone' });
  try {
    return resolveSpikeRule({ timeZone: value }).timeZone;
  } catch {
    throw new BadInputError(`Unknown time zone "${value.slice(0, 64)}".`, { field: 'timeZone' });
  }
}

/** A number within [min, max] or null (the condition is off). */
export function boundedOrNull(value: unknown, field: string, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw new BadInputError(`"${field}" must be a number from ${min} to ${max}.`, { field });
  return value;
}

/** What the rule's sentiment conditions are checked against: the alert's own window. */
export interface ConditionInput {
  kind: AlertKind;
  /** a sentiment alert's observed value is the window's recent mean sentiment */
  observed: number;
  sentimentMean: number | null;
  negativeShare: number | null;
}

/**
 * Whether an alert the detector raised passes the rule's sentiment conditions. A condition that cannot
 * be checked (no items in the window, or its items no longer stored for the negative share) does not
 * pass: a rule about bad news does not fire on news whose tone is unknown.
 */
export function conditionsMet(rule: Pick<AlertRule, 'sentimentMaxMean' | 'negativeShareMin'>, input: ConditionInput): boolean {
  if (rule.sentimentMaxMean !== null) {
    const mean = input.kind === 'sentiment' ? input.observed : input.sentimentMean;
    if (mean === null || mean > rule.sentimentMaxMean) return false;
  }
  if (rule.negativeShareMin !== null && (input.negativeShare === null || input.negativeShare < rule.negativeShareMin)) return false;
  return true;
}
