import type { CampaignStatus } from '@ruche/shared';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Where a campaign stands in time, for the small "time left" indicator. */
export type TimeLeft =
  | { kind: 'upcoming'; days: number }
  | { kind: 'open'; days: number; hours: number; elapsed: number }
  | { kind: 'closed' };

export function timeLeft(status: CampaignStatus, opensAt: string, closesAt: string, now = Date.now()): TimeLeft {
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  if (status === 'upcoming') return { kind: 'upcoming', days: Math.max(1, Math.ceil((opens - now) / DAY_MS)) };
  if (status === 'closed') return { kind: 'closed' };
  const left = Math.max(0, closes - now);
  const elapsed = closes > opens ? Math.min(1, Math.max(0, (now - opens) / (closes - opens))) : 1;
  return { kind: 'open', days: Math.ceil(left / DAY_MS), hours: Math.max(1, Math.ceil(left / HOUR_MS)), elapsed };
}

/** "12 mars – 30 juin 2027" in the interface language. */
export function dateRange(opensAt: string, closesAt: string, tag: string): string {
  const format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  return format.formatRange(new Date(opensAt), new Date(closesAt));
}

/** An ISO instant as the value of an `<input type="datetime-local">`, in this browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (read in this browser's time zone) as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "il y a 3 jours" / "3 days ago", from an age in hours. */
export function ageText(ageHours: number, tag: string): string {
  const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  if (ageHours < 1) return rtf.format(-Math.max(1, Math.round(ageHours * 60)), 'minute');
  if (ageHours < 48) return rtf.format(-Math.round(ageHours), 'hour');
  return rtf.format(-Math.round(ageHours / 24), 'day');
}
