import { BURST_MS, BURST_PERIOD_MS, burstOf, hash32, itemForSlot, loadDemoPool, plannedSlots, SLOT_MS } from './replayer';

describe('demo replayer schedule', () => {
  const day = Date.parse('2026-11-30T00:00:00Z');

  it('is a pure function of time: the same slots from any window that covers them', () => {
    const whole = plannedSlots(day, day + 3_600_000);
    const parts = [...plannedSlots(day, day + 1_800_000), ...plannedSlots(day + 1_800_000, day + 3_600_000)];
    expect(parts).toEqual(whole);
    expect(hash32(12345, 1)).toBe(hash32(12345, 1));
    for (const p of whole) expect(p.at.getTime() % SLOT_MS).toBe(0);
  });

  it('plays a few items a minute, and one burst per period on one term', () => {
    const hours = 24;
    const plans = plannedSlots(day, day + hours * 3_600_000);
    const calm = plans.filter((p) => !p.burstTerm);
    const perMinute = calm.length / (hours * 60 - (hours * 3_600_000 / BURST_PERIOD_MS) * (BURST_MS / 60_000));
    expect(perMinute).toBeGreaterThan(3);
    expect(perMinute).toBeLessThan(5);
    const windows = new Set(plans.filter((p) => p.burstTerm).map((p) => Math.floor(p.at.getTime() / BURST_PERIOD_MS)));
    expect(windows.size).toBe((hours * 3_600_000) / BURST_PERIOD_MS);
    const burst = burstOf(day + 5 * BURST_PERIOD_MS + 1);
    const inside = plans.filter((p) => p.at.getTime() >= burst.start && p.at.getTime() < burst.end);
    expect(inside).toHaveLength(BURST_MS / SLOT_MS);
    expect(new Set(inside.map((p) => p.burstTerm))).toEqual(new Set([burst.term]));
  });

  it('re-dates the demo feeds’ items to their slot, with an external id naming the slot, and bursts on items of the term', () => {
    const pool = loadDemoPool();
    expect(pool.length).toBe(160);
    const burst = burstOf(day);
    const plan = plannedSlots(burst.start - 1, burst.start)[0];
    const item = itemForSlot(plan, pool)!;
    expect(item.draft.publishedAt).toEqual(plan.at);
    expect(item.draft.externalId).toMatch(new RegExp(`#replay-${plan.slot}$`));
    expect(item.terms).toContain(burst.term);
  });
});
