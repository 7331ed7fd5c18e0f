/**
 * The dashboard chart's numbers: items per minute and their mean sentiment over a sliding window,
 * kept by minute (UTC, as the server counts them: by an item's publication minute). Pure, so the
 * state module and the chart share one definition.
 */

export const MINUTE_MS = 60_000;

export interface MinuteBucket {
  /** Start of the minute, ms since the epoch. */
  at: number;
  items: number;
  /** Sum of the items' sentiment scores (−1 … 1 each). */
  sentimentSum: number;
}

export interface MinutePoint extends MinuteBucket {
  /** Mean sentiment of the minute, or null when it has no item. */
  mean: number | null;
}

export const minuteOf = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

/** Buckets keyed by minute; adding an item already counted (same id) changes nothing. */
export class MinuteCounts {
  private readonly buckets = new Map<number, MinuteBucket>();
  private readonly seen = new Set<string>();

  /** Counts an item once; items older than `oldest` (ms) are left out. Returns whether it counted. */
  add(item: { id: string; publishedAt: string; sentimentScore: number }, oldest = -Infinity): boolean {
    const at = Date.parse(item.publishedAt);
    if (Number.isNaN(at) || at < oldest || this.seen.has(item.id)) return false;
    this.seen.add(item.id);
    const minute = minuteOf(at);
    const bucket = this.buckets.get(minute) ?? { at: minute, items: 0, sentimentSum: 0 };
    bucket.items += 1;
    bucket.sentimentSum += Number.isFinite(item.sentimentScore) ? Math.max(-1, Math.min(1, item.sentimentScore)) : 0;
    this.buckets.set(minute, bucket);
    return true;
  }

  /**
   * Adds what the stream says a minute gained without sending the items (a summary's deltas): the
   * chart stays right while the list shows only what arrived. A later re-read replaces it all.
   */
  addDelta(at: number, items: number, sentimentSum: number): void {
    if (!Number.isFinite(at) || !Number.isFinite(items) || items <= 0) return;
    const minute = minuteOf(at);
    const bucket = this.buckets.get(minute) ?? { at: minute, items: 0, sentimentSum: 0 };
    bucket.items += items;
    bucket.sentimentSum += Number.isFinite(sentimentSum) ? Math.max(-items, Math.min(items, sentimentSum)) : 0;
    this.buckets.set(minute, bucket);
  }

  /** An item already counted got another score (a person corrected it): its minute's sum moves by the difference. */
  rescore(item: { id: string; publishedAt: string }, from: number, to: number): boolean {
    const bucket = this.buckets.get(minuteOf(Date.parse(item.publishedAt)));
    if (!bucket || !this.seen.has(item.id) || !Number.isFinite(from) || !Number.isFinite(to)) return false;
    bucket.sentimentSum += Math.max(-1, Math.min(1, to)) - Math.max(-1, Math.min(1, from));
    return true;
  }

  /** Replaces a minute's figures with the server's own (a live per-minute event), whatever was counted here. */
  set(bucket: MinuteBucket): void {
    this.buckets.set(minuteOf(bucket.at), { ...bucket, at: minuteOf(bucket.at) });
  }

  /** Forgets minutes before `oldest` (ms), so a dashboard left open for days stays small. */
  prune(oldest: number): void {
    for (const at of this.buckets.keys()) if (at < minuteOf(oldest)) this.buckets.delete(at);
    // Ids are kept only while their minute might still be shown; a replay after that is out of the window anyway.
    if (this.seen.size > 50_000) this.seen.clear();
  }

  clear(): void {
    this.buckets.clear();
    this.seen.clear();
  }

  /** The `minutes` minutes ending with the one holding `now`, oldest first, empty minutes included. */
  window(now: number, minutes: number): MinutePoint[] {
    const last = minuteOf(now);
    const out: MinutePoint[] = [];
    for (let i = minutes - 1; i >= 0; i--) {
      const at = last - i * MINUTE_MS;
      const b = this.buckets.get(at);
      out.push(b ? { ...b, mean: b.items > 0 ? b.sentimentSum / b.items : null } : { at, items: 0, sentimentSum: 0, mean: null });
    }
    return out;
  }
}
