import { LeasedRateLimiter } from './leased-rate-limiter';

/** The shared counters of several instances: what RateLimitService.reserve does in PostgreSQL. */
class FakeStore {
  hits = new Map<string, number>();
  statements = 0;
  remainingMs = 30_000;
  async reserve(requests: { key: string; amount: number }[]) {
    this.statements++;
    const out = new Map<string, { hits: number; remainingMs: number }>();
    for (const { key, amount } of requests) {
      const hits = (this.hits.get(key) ?? 0) + amount;
      this.hits.set(key, hits);
      out.set(key, { hits, remainingMs: this.remainingMs });
    }
    return out;
  }
}

type Budgets = Parameters<LeasedRateLimiter['take']>[0];
/** As the middleware takes: the local answer when there is one, else the reservation. */
const takeLocalFirst = (limiter: LeasedRateLimiter, budgets: Budgets) => limiter.takeLocal(budgets) ?? limiter.take(budgets);
const takeAlways = (limiter: LeasedRateLimiter, budgets: Budgets) => limiter.take(budgets);

describe.each([
  ['take', takeAlways],
  ['takeLocal, then take', takeLocalFirst],
])('LeasedRateLimiter (%s)', (_name, takeOne) => {
  const accepted = async (limiter: LeasedRateLimiter, n: number, budgets = [{ key: 'k', limit: 100 }]) => {
    let ok = 0;
    for (let i = 0; i < n; i++) if ((await takeOne(limiter, budgets)) === 0) ok++;
    return ok;
  };

  it('accepts exactly the budget on one instance, reserving a twentieth at a time', async () => {
    const store = new FakeStore();
    const limiter = new LeasedRateLimiter(store);
    expect(await accepted(limiter, 150)).toBe(100);
    // 20 reservations of 5, then one that got nothing; the refusals after it cost no statement
    expect(store.statements).toBe(21);
  });

  it('never accepts more than the budget across instances sharing the counters', async () => {
    const store = new FakeStore();
    const instances = [new LeasedRateLimiter(store), new LeasedRateLimiter(store), new LeasedRateLimiter(store)];
    let ok = 0;
    for (let i = 0; i < 300; i++) if ((await takeOne(instances[i % 3], [{ key: 'k', limit: 100 }])) === 0) ok++;
    expect(ok).toBeLessThanOrEqual(100);
    // unspent slices held by the other instances are the only loss
    expect(ok).toBeGreaterThanOrEqual(100 - 2 * 5);
  });

  it('refuses when any budget is spent, without spending the others', async () => {
    const store = new FakeStore();
    const limiter = new LeasedRateLimiter(store);
    const session = { key: 's', limit: 3 };
    const address = { key: 'ip', limit: 10 };
    expect(await accepted(limiter, 5, [session, address])).toBe(3);
    expect(await accepted(limiter, 7, [{ key: 's2', limit: 3 }, address])).toBe(3);
    // the address budget paid for 3 + 3 accepted requests, plus slices reserved alongside refused ones
    expect(await accepted(limiter, 10, [address])).toBe(10 - 6);
  });

  it('says how long until the window ends, by the database clock', async () => {
    const store = new FakeStore();
    store.remainingMs = 12_300;
    const limiter = new LeasedRateLimiter(store);
    await accepted(limiter, 2, [{ key: 'k', limit: 2 }]);
    expect(await takeOne(limiter, [{ key: 'k', limit: 2 }])).toBe(13);
  });

  it('starts over when the window ends', async () => {
    const store = new FakeStore();
    const limiter = new LeasedRateLimiter(store);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      expect(await accepted(limiter, 3, [{ key: 'k', limit: 2 }])).toBe(2);
      clock.mockReturnValue(1_000_000 + store.remainingMs + 1);
      store.hits.clear(); // the database's new window
      expect(await accepted(limiter, 3, [{ key: 'k', limit: 2 }])).toBe(2);
    } finally {
      clock.mockRestore();
    }
  });

  it('uses a reservation even when its window is about to end', async () => {
    const store = new FakeStore();
    store.remainingMs = 0;
    expect(await takeOne(new LeasedRateLimiter(store), [{ key: 'k', limit: 5 }])).toBe(0);
  });
});

describe('LeasedRateLimiter.takeLocal', () => {
  it('answers without a statement only from a leased slice, and defers to take otherwise', async () => {
    const store = new FakeStore();
    const limiter = new LeasedRateLimiter(store);
    const budgets = [{ key: 'k', limit: 40 }];
    expect(limiter.takeLocal(budgets)).toBeUndefined();
    expect(await limiter.take(budgets)).toBe(0); // reserves 2, spends 1
    expect(limiter.takeLocal(budgets)).toBe(0);
    expect(limiter.takeLocal(budgets)).toBeUndefined(); // slice spent: a reservation is needed
    expect(store.statements).toBe(1);
  });
});

describe('LeasedRateLimiter under concurrent requests', () => {
  /** FakeStore answering after a pause, as PostgreSQL does, so that requests overlap their reservations. */
  class SlowStore extends FakeStore {
    override async reserve(requests: { key: string; amount: number }[]) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return super.reserve(requests);
    }
  }
  const atOnce = async (limiter: LeasedRateLimiter, n: number, budgets: Budgets) =>
    (await Promise.all(Array.from({ length: n }, () => limiter.takeLocal(budgets) ?? limiter.take(budgets)))).filter((r) => r === 0).length;

  it('makes one reservation for requests that find the same lease empty together', async () => {
    const store = new SlowStore();
    const limiter = new LeasedRateLimiter(store);
    expect(await atOnce(limiter, 32, [{ key: 'ip', limit: 1000 }])).toBe(32);
    expect(store.statements).toBe(1);
    expect(store.hits.get('ip')).toBe(50);
  });

  it('reserves no more than the requests need, so another instance keeps the rest of the budget', async () => {
    const store = new SlowStore();
    const [a, b] = [new LeasedRateLimiter(store), new LeasedRateLimiter(store)];
    const budgets = [{ key: 'office', limit: 100 }];
    // 32 requests at once on A (slices of 5): once, each reserved a slice of its own, 160 in all.
    expect(await atOnce(a, 32, budgets)).toBe(32);
    expect(store.hits.get('office')).toBeLessThanOrEqual(35);
    let onB = 0;
    for (let i = 0; i < 100; i++) if ((await (b.takeLocal(budgets) ?? b.take(budgets))) === 0) onB++;
    // B serves what A did not use, less at most A's unspent slice.
    expect(onB).toBeGreaterThanOrEqual(100 - 32 - 5);
    expect(onB + 32).toBeLessThanOrEqual(100);
  });

  it('shares a reservation between requests needing several budgets, and refuses them all once one is spent', async () => {
    const store = new SlowStore();
    const limiter = new LeasedRateLimiter(store);
    const session = { key: 's', limit: 20 };
    const address = { key: 'ip', limit: 1000 };
    expect(await atOnce(limiter, 30, [session, address])).toBe(20);
    expect(store.hits.get('s')).toBeLessThanOrEqual(21);
  });
});
