import type { RateLimitService } from './rate-limit.service';

export interface Budget {
  key: string;
  /** Requests allowed per window, all instances together. */
  limit: number;
}

interface Lease {
  /** Date.now() at which the budget's window ends. */
  windowEnd: number;
  /** Reserved in PostgreSQL and not yet spent by this instance. */
  tokens: number;
  /** The last reservation got less than it asked: the window's budget is spent. */
  exhausted: boolean;
}

/**
 * Budgets shared by every instance (counters in PostgreSQL, through RateLimitService) without a
 * statement per request: an instance reserves a slice of a budget (1/20th) in one statement for all
 * the budgets a request needs, spends it locally and reserves again when it runs out. Reservations are
 * counted before they are spent, so all instances together never accept more than a budget per window;
 * the price is that a slice reserved by one instance and unspent at the window's end is lost, so a
 * client spread over N instances may be refused up to N−1 slices early, never late. Once a budget is
 * known spent, refusals cost no statement until its window ends. Window ends are taken from the
 * database's clock, as time left, so clock skew between instances does not matter.
 */
export class LeasedRateLimiter {
  private readonly leases = new Map<string, Lease>();
  private nextSweep = 0;

  constructor(
    private readonly store: Pick<RateLimitService, 'reserve'>,
    private readonly windowSeconds = 60,
    private readonly slices = 20,
  ) {}

  /**
   * `take` without waiting when the answer is known locally (every budget's lease has a token, or one
   * is known spent): the number `take` would resolve to, or undefined when a reservation is needed and
   * nothing has been taken (then call `take`). The common case on a busy instance, with no promise.
   */
  takeLocal(budgets: Budget[]): number | undefined {
    const now = Date.now();
    if (now >= this.nextSweep) return undefined;
    let ready = true;
    for (const b of budgets) {
      const lease = this.current(b.key, now);
      if (lease?.exhausted && lease.tokens === 0) return this.retryAfter(lease, now);
      if (!lease?.tokens) ready = false;
    }
    if (!ready) return undefined;
    for (const b of budgets) this.leases.get(b.key)!.tokens--;
    return 0;
  }

  /** Takes one request from every budget: 0 when all allow it, else the seconds until the refusing budget's window ends. */
  async take(budgets: Budget[]): Promise<number> {
    let now = Date.now();
    this.sweep(now);
    const leases = budgets.map((b) => this.current(b.key, now));
    for (const lease of leases) if (lease?.exhausted && lease.tokens === 0) return this.retryAfter(lease, now);
    const missing = budgets.flatMap((b, i) => (leases[i]?.tokens ? [] : [i]));
    if (missing.length > 0) {
      const asked = missing.map((i) => ({ key: budgets[i].key, amount: this.slice(budgets[i].limit) }));
      const totals = await this.store.reserve(asked, this.windowSeconds);
      now = Date.now();
      missing.forEach((i, j) => {
        const { key, amount } = asked[j];
        const { hits, remainingMs } = totals.get(key)!;
        const granted = Math.max(0, Math.min(amount, budgets[i].limit - (hits - amount)));
        const windowEnd = now + Math.max(0, remainingMs);
        let lease = this.current(key, now);
        // A reservation landing in a newer window than the lease held (or none) starts a new lease.
        if (!lease || Math.abs(lease.windowEnd - windowEnd) > 1000) {
          lease = { windowEnd, tokens: 0, exhausted: false };
          this.leases.set(key, lease);
        }
        lease.tokens += granted;
        if (granted < amount) lease.exhausted = true;
        leases[i] = lease;
      });
    }
    for (const lease of leases) if (!lease || lease.tokens === 0) return this.retryAfter(lease, now);
    for (const lease of leases) lease!.tokens--;
    return 0;
  }

  private slice(limit: number): number {
    return Math.max(1, Math.floor(limit / this.slices));
  }

  private current(key: string, now: number): Lease | undefined {
    const lease = this.leases.get(key);
    return lease && now < lease.windowEnd ? lease : undefined;
  }

  private retryAfter(lease: Lease | undefined, now: number): number {
    return lease ? Math.max(1, Math.ceil((lease.windowEnd - now) / 1000)) : 1;
  }

  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.windowSeconds * 1000;
    for (const [key, lease] of this.leases) if (lease.windowEnd <= now) this.leases.delete(key);
  }
}
