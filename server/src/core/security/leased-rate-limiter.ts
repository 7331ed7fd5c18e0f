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

/** How many times one request waits for a reservation before it is refused (a backstop: see take). */
const MAX_ROUNDS = 100;

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
  /** Reservations not yet answered, by budget key. */
  private readonly inFlight = new Map<string, Promise<Map<string, Lease>>>();
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

  /**
   * Takes one request from every budget: 0 when all allow it, else the seconds until the refusing budget's
   * window ends. A budget whose lease is empty gets one reservation at a time on this instance: requests
   * arriving meanwhile wait for it and take from what it brought, instead of each reserving a slice of
   * their own (32 requests at once at a window's start would otherwise reserve 32 slices, more than the
   * whole budget, and leave every other instance refusing for the rest of the window).
   */
  async take(budgets: Budget[]): Promise<number> {
    // Leases a reservation this request waited for just filled: usable even if their window ended meanwhile.
    const filled = new Map<string, Lease>();
    for (let round = 0; ; round++) {
      const now = Date.now();
      this.sweep(now);
      const leases = budgets.map((b) => this.current(b.key, now) ?? filled.get(b.key));
      for (const lease of leases) if (lease?.exhausted && lease.tokens === 0) return this.retryAfter(lease, now);
      const missing = budgets.filter((_b, i) => !leases[i]?.tokens);
      if (missing.length === 0) {
        for (const lease of leases) lease!.tokens--;
        return 0;
      }
      // Every reservation grants a token or marks its budget spent, so rounds end; this bound is a backstop.
      if (round >= MAX_ROUNDS) return this.retryAfter(leases.find((l) => l && l.tokens === 0), now);
      const waits = missing.flatMap((b) => this.inFlight.get(b.key) ?? []);
      const unreserved = missing.filter((b) => !this.inFlight.has(b.key));
      if (unreserved.length > 0) waits.push(this.reserve(unreserved));
      for (const leasesFilled of await Promise.all(waits)) for (const [key, lease] of leasesFilled) filled.set(key, lease);
    }
  }

  /** One reservation for these budgets' slices, known as in flight for each key until applied; resolves to the leases it filled. */
  private reserve(budgets: Budget[]): Promise<Map<string, Lease>> {
    const asked = budgets.map((b) => ({ key: b.key, amount: this.slice(b.limit), limit: b.limit }));
    const reservation: Promise<Map<string, Lease>> = this.store
      .reserve(asked, this.windowSeconds)
      .then((totals) => {
        const now = Date.now();
        const filled = new Map<string, Lease>();
        for (const { key, amount, limit } of asked) {
          const { hits, remainingMs } = totals.get(key)!;
          const granted = Math.max(0, Math.min(amount, limit - (hits - amount)));
          const windowEnd = now + Math.max(0, remainingMs);
          let lease = this.current(key, now);
          // A reservation landing in a newer window than the lease held (or none) starts a new lease.
          // Windows end a whole window apart; half of one tells them apart whatever the round trip took.
          if (!lease || Math.abs(lease.windowEnd - windowEnd) > (this.windowSeconds * 1000) / 2) {
            lease = { windowEnd, tokens: 0, exhausted: false };
            this.leases.set(key, lease);
          }
          lease.tokens += granted;
          if (granted < amount) lease.exhausted = true;
          filled.set(key, lease);
        }
        return filled;
      })
      .finally(() => {
        for (const { key } of asked) if (this.inFlight.get(key) === reservation) this.inFlight.delete(key);
      });
    for (const { key } of asked) this.inFlight.set(key, reservation);
    return reservation;
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
