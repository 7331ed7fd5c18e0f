/**
 * Local time for the detector's daily profile: people post by their wall clock, so the profile's hours are
 * the rule's time zone's (daylight-saving changes included), not UTC's — otherwise every morning would
 * look an hour early for a week after each change.
 */

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Every time zone offset in use is a multiple of 15 minutes, and so is every change of offset. */
const BLOCK = 15 * MINUTE;
/** Offsets remembered per clock: a bounded cache (cleared when full) so a long backtest stays small. */
const CACHE_LIMIT = 8192;

/** Hours of the week, local: Sunday 0:00–1:00 is 0, Saturday 23:00–24:00 is 167. */
export const WEEK_HOURS = 168;
/** 24 local hours × { weekday, weekend }. */
export const DAY_TYPE_HOURS = 48;
/**
 * The day type of an hour follows the "social" day, 4:00 to 4:00: Friday night's small hours are the end
 * of a weekday evening, Sunday night's the end of the weekend.
 */
const SOCIAL_DAY_START_HOUR = 4;

/** The day-type bucket (hour + 24 on weekend days) of an hour of the week. */
export function dayTypeHour(weekHour: number): number {
  const hour = weekHour % 24;
  let day = (weekHour - hour) / 24;
  if (hour < SOCIAL_DAY_START_HOUR) day = (day + 6) % 7;
  return day === 0 || day === 6 ? hour + 24 : hour;
}

export class LocalClock {
  private readonly format: Intl.DateTimeFormat | null;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    // Throws a RangeError for a zone that Intl does not know.
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    this.format = format.resolvedOptions().timeZone === 'UTC' ? null : format;
  }

  /** Local time minus UTC, in ms, at instant `ms`. */
  offset(ms: number): number {
    if (!this.format) return 0;
    const block = Math.floor(ms / BLOCK);
    let offset = this.offsets.get(block);
    if (offset === undefined) {
      const at = block * BLOCK;
      const parts: Record<string, number> = {};
      for (const p of this.format.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - at;
      if (this.offsets.size >= CACHE_LIMIT) this.offsets.clear();
      this.offsets.set(block, offset);
    }
    return offset;
  }

  /** Local ms (as if UTC) of instant `ms`. */
  local(ms: number): number {
    return ms + this.offset(ms);
  }

  /** The hour of the week (0 … 167, from Sunday 0:00) of a local instant. */
  static weekHourOfLocal(localMs: number): number {
    const day = Math.floor(localMs / DAY);
    const hour = Math.floor((localMs - day * DAY) / HOUR);
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday * 24 + hour;
  }

  weekHour(ms: number): number {
    return LocalClock.weekHourOfLocal(this.local(ms));
  }
}

const clocks = new Map<string, LocalClock>();

/** One clock per zone for the process (Intl formatters are costly to build). */
export function localClock(timeZone: string): LocalClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new LocalClock(timeZone);
    if (clocks.size >= 256) clocks.clear();
    clocks.set(timeZone, clock);
  }
  return clock;
}
