import { SessionCache } from './session-cache';

describe('SessionCache', () => {
  it('answers until its time-to-live, then drops the entry', () => {
    const cache = new SessionCache<string>(5000);
    cache.set('s1', 'u1', 'row', 60_000, 1000);
    expect(cache.get('s1', 5999)).toBe('row');
    expect(cache.get('s1', 6000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps a session no longer than the database gives it to live', () => {
    const cache = new SessionCache<string>(5000);
    cache.set('s1', 'u1', 'row', 1200, 1000);
    expect(cache.get('s1', 2199)).toBe('row');
    expect(cache.get('s1', 2200)).toBeUndefined();
  });

  it('keeps nothing when turned off, or for a session already past its end', () => {
    const off = new SessionCache<string>(0);
    off.set('s1', 'u1', 'row', 60_000, 0);
    expect(off.enabled).toBe(false);
    expect(off.get('s1', 0)).toBeUndefined();
    const on = new SessionCache<string>(5000);
    on.set('s1', 'u1', 'row', 0, 0);
    on.set('s2', 'u1', 'row', -5, 0);
    on.set('s3', 'u1', 'row', Number.NaN, 0);
    expect(on.size).toBe(0);
  });

  it('forgets one session, every session of some people, or everything', () => {
    const cache = new SessionCache<string>(5000);
    cache.set('a1', 'alice', 'a1', 60_000, 0);
    cache.set('a2', 'alice', 'a2', 60_000, 0);
    cache.set('b1', 'bob', 'b1', 60_000, 0);
    cache.set('c1', 'carol', 'c1', 60_000, 0);
    cache.forgetSession('a1');
    expect(cache.get('a1', 1)).toBeUndefined();
    expect(cache.get('a2', 1)).toBe('a2');
    cache.forgetUsers(['alice', 'bob']);
    expect([cache.get('a2', 1), cache.get('b1', 1), cache.get('c1', 1)]).toEqual([undefined, undefined, 'c1']);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, the oldest read going first', () => {
    const cache = new SessionCache<number>(5000, 3);
    for (let i = 0; i < 3; i++) cache.set(`s${i}`, 'u', i, 60_000, 0);
    cache.set('s0', 'u', 10, 60_000, 1); // read again: now the newest
    cache.set('s3', 'u', 3, 60_000, 2);
    expect(cache.size).toBe(3);
    expect([cache.get('s0', 3), cache.get('s1', 3), cache.get('s2', 3), cache.get('s3', 3)]).toEqual([10, undefined, 2, 3]);
  });
});
