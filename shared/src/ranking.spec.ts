import { controversyScore, HOT_EPOCH_SECONDS, HOT_SECONDS_PER_DECADE, hotScore, rankParts, wilsonLowerBound } from './ranking';

describe('Wilson lower bound', () => {
  it('is 0 without votes and below the observed share otherwise', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(8, 2)).toBeLessThan(0.8);
    expect(wilsonLowerBound(8, 2)).toBeGreaterThan(0);
  });

  it('matches published values (95 %)', () => {
    // 1/1 → 0.2065, 8/10 → 0.4902, 80/100 → 0.7112: the textbook examples of the interval at z = 1.96.
    expect(wilsonLowerBound(1, 0)).toBeCloseTo(0.2065, 4);
    expect(wilsonLowerBound(8, 2)).toBeCloseTo(0.4902, 4);
    expect(wilsonLowerBound(80, 20)).toBeCloseTo(0.7112, 4);
    expect(wilsonLowerBound(0, 10)).toBeCloseTo(0, 10);
  });

  it('rewards evidence: 80/100 ranks above 8/10 and 1/1', () => {
    expect(wilsonLowerBound(80, 20)).toBeGreaterThan(wilsonLowerBound(8, 2));
    expect(wilsonLowerBound(8, 2)).toBeGreaterThan(wilsonLowerBound(1, 0));
  });

  it('grows with up votes and falls with down votes', () => {
    for (let up = 0; up < 30; up++) {
      expect(wilsonLowerBound(up + 1, 5)).toBeGreaterThan(wilsonLowerBound(up, 5));
      expect(wilsonLowerBound(5, up + 1)).toBeLessThan(wilsonLowerBound(5, up));
    }
  });
});

describe('hot score', () => {
  const at = (seconds: number) => new Date((HOT_EPOCH_SECONDS + seconds) * 1000);

  it('is the age term alone at a net score of 0 or ±1', () => {
    expect(hotScore(0, 0, at(0))).toBe(0);
    expect(hotScore(1, 0, at(0))).toBe(0);
    expect(hotScore(3, 3, at(HOT_SECONDS_PER_DECADE))).toBe(1);
  });

  it('counts votes logarithmically: ten net votes are worth one decay period', () => {
    expect(hotScore(10, 0, at(0))).toBeCloseTo(hotScore(0, 0, at(HOT_SECONDS_PER_DECADE)), 12);
    expect(hotScore(100, 0, at(0))).toBeCloseTo(2, 12);
    expect(hotScore(0, 100, at(0))).toBeCloseTo(-2, 12);
  });

  it('puts a newer idea above an older one with the same votes, and does not depend on the clock', () => {
    expect(hotScore(5, 1, at(3600))).toBeGreaterThan(hotScore(5, 1, at(0)));
    expect(hotScore(5, 1, '2026-03-01T00:00:00Z')).toBe(hotScore(5, 1, new Date('2026-03-01T00:00:00Z')));
  });
});

describe('controversy', () => {
  it('is 0 unless both sides voted, and highest for many evenly split votes', () => {
    expect(controversyScore(10, 0)).toBe(0);
    expect(controversyScore(0, 10)).toBe(0);
    expect(controversyScore(10, 10)).toBe(20);
    expect(controversyScore(10, 10)).toBeGreaterThan(controversyScore(15, 5));
    expect(controversyScore(50, 50)).toBeGreaterThan(controversyScore(10, 10));
    expect(controversyScore(15, 5)).toBeCloseTo(Math.pow(20, 1 / 3), 12);
    expect(controversyScore(5, 15)).toBe(controversyScore(15, 5));
  });
});

describe('rank parts', () => {
  it('explains a rank with the same numbers as the formulas', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    const now = new Date('2026-01-01T06:00:00Z');
    expect(rankParts(7, 2, created, now)).toEqual({
      up: 7,
      down: 2,
      net: 5,
      wilsonLowerBound: wilsonLowerBound(7, 2),
      ageHours: 6,
      hot: hotScore(7, 2, created),
      controversy: controversyScore(7, 2),
    });
  });
});
