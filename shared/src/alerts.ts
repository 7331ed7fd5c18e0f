/**
 * Dynamic Signal alerts: the vocabulary of alert rules and alerts, their limits and the `alert:new`
 * socket event, shared by the server (which enforces the limits) and the web (which shows them).
 */

/** What an alert reports: a burst of distinct authors, a drop, a slow ramp, or a shift of the mean sentiment. */
export const ALERT_KINDS = ['burst', 'drop', 'ramp', 'sentiment'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The detector's sensitivity presets: low only speaks for large events, high for earlier, smaller ones. */
export const ALERT_PRESETS = ['low', 'medium', 'high'] as const;
export type AlertPreset = (typeof ALERT_PRESETS)[number];

/** An alert is open until a recipient acknowledges it (someone is on it) or closes it (handled, or nothing to do). */
export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** A recipient's verdict on an alert; it tunes the rule's thresholds (noise raises them, useful lowers them). */
export const ALERT_FEEDBACKS = ['useful', 'noise'] as const;
export type AlertFeedback = (typeof ALERT_FEEDBACKS)[number];

/** What an alert's observed and expected values measure. */
export const ALERT_MEASURES = ['authors', 'items', 'sentiment'] as const;
export type AlertMeasure = (typeof ALERT_MEASURES)[number];

export const ALERT_LIMITS = {
  nameMax: 120,
  /** Keywords: a query in the watchlist syntax, like a term's. */
  keywordsMax: 1000,
  departmentsMax: 50,
  peopleMax: 100,
  /** A rule's own cool-down, in minutes: a week at most. */
  cooldownMinMinutes: 1,
  cooldownMaxMinutes: 7 * 1440,
  /** Rules in all (each one is a series the job follows every minute). */
  rulesMax: 500,
  /** Sample items an alert keeps to show what happened. */
  samplesMax: 5,
  pageSizeMax: 100,
  /** A backtest covers at most this many days… */
  backtestMaxDays: 31,
  /** …after this many days of history that teach the detector its baseline first. */
  backtestHistoryDays: 14,
  timeZoneMax: 64,
} as const;

/** Payload of the `alert:new` socket event: sent to each recipient's room and the hub's, after the alert is stored. */
export interface AlertNewEvent {
  alertId: string;
  ruleId: string;
  ruleName: string;
  /** The watch term's or the watchlist's label. */
  subject: string;
  kind: AlertKind;
  measure: AlertMeasure;
  /** The minute that closed the alert's window, ISO 8601 UTC. */
  minute: string;
  observed: number;
  expected: number;
  strength: number;
  windowMinutes: number;
}

/** Where an alert is shown in the web app: the dashboard with its alerts panel open on it. */
export function alertLink(alertId: string): string {
  return `/signals?alert=${encodeURIComponent(alertId)}`;
}
