import { nextStage, pipelineProblem, stageDecision, summariseReviews, weightedScore, type CriterionAnswer, type CriterionDef } from './reviews';

const criteria: CriterionDef[] = [
  { id: 'impact', kind: 'score', weight: 3 },
  { id: 'cost', kind: 'score', weight: 1 },
  { id: 'feasibility', kind: 'score', weight: 2 },
  { id: 'roi', kind: 'estimate', weight: null },
];
const answer = (criterionId: string, score: number | null, extra: Partial<CriterionAnswer> = {}): CriterionAnswer => ({ criterionId, score, amount: null, notApplicable: false, ...extra });
const na = (criterionId: string): CriterionAnswer => ({ criterionId, score: null, amount: null, notApplicable: true });

describe('weightedScore', () => {
  it('is Σ w·s / Σ w over the score criteria', () => {
    expect(weightedScore(criteria, [answer('impact', 5), answer('cost', 1), answer('feasibility', 2)])).toBeCloseTo((15 + 1 + 4) / 6, 12);
  });

  it('leaves "not applicable" out and renormalises the remaining weights', () => {
    // Without cost: (3·5 + 2·2) / 5, not (3·5 + 0 + 2·2) / 6.
    expect(weightedScore(criteria, [answer('impact', 5), na('cost'), answer('feasibility', 2)])).toBeCloseTo(19 / 5, 12);
    // A single criterion answered: its own score, whatever its weight.
    expect(weightedScore(criteria, [na('impact'), answer('cost', 4), na('feasibility')])).toBe(4);
  });

  it('never weights an estimate, and treats a criterion missing from the review like N/A', () => {
    expect(weightedScore(criteria, [answer('impact', 2), { criterionId: 'roi', score: null, amount: 1_000_000, notApplicable: false }])).toBe(2);
  });

  it('is null when nothing weighted was scored', () => {
    expect(weightedScore(criteria, [na('impact'), na('cost'), na('feasibility')])).toBeNull();
    expect(weightedScore(criteria, [])).toBeNull();
  });
});

describe('summariseReviews', () => {
  it('gives the mean of the reviews’ weighted scores, their spread and each criterion’s mean', () => {
    const a = [answer('impact', 5), answer('cost', 3), answer('feasibility', 4), answer('roi', null, { amount: 100 })]; // (15+3+8)/6 = 26/6
    const b = [answer('impact', 3), na('cost'), answer('feasibility', 3), answer('roi', null, { amount: 300 })]; // (9+6)/5 = 3
    const c = [answer('impact', 1), answer('cost', 1), answer('feasibility', 1), na('roi')]; // 1
    const s = summariseReviews(criteria, [a, b, c]);
    const scores = [26 / 6, 3, 1];
    const m = scores.reduce((x, y) => x + y) / 3;
    expect(s.reviewCount).toBe(3);
    expect(s.weightedMean).toBeCloseTo(m, 12);
    expect(s.spread).toBeCloseTo(Math.sqrt(scores.reduce((x, y) => x + (y - m) ** 2, 0) / 3), 12);
    expect(s.minScore).toBe(1);
    expect(s.maxScore).toBeCloseTo(26 / 6, 12);
    const by = Object.fromEntries(s.criteria.map((x) => [x.criterionId, x]));
    expect(by.impact).toEqual({ criterionId: 'impact', mean: 3, median: null, answered: 3, notApplicable: 0, min: 1, max: 5 });
    expect(by.cost).toEqual({ criterionId: 'cost', mean: 2, median: null, answered: 2, notApplicable: 1, min: 1, max: 3 });
    expect(by.roi).toEqual({ criterionId: 'roi', mean: 200, median: 200, answered: 2, notApplicable: 1, min: 100, max: 300 });
  });

  it('takes the median of estimates, so one wild guess does not drag it', () => {
    const reviews = [100, 120, 1_000_000].map((amount) => [answer('roi', null, { amount })]);
    expect(summariseReviews(criteria, reviews).criteria.find((c) => c.criterionId === 'roi')?.median).toBe(120);
    const even = [100, 200, 300, 1000].map((amount) => [answer('roi', null, { amount })]);
    expect(summariseReviews(criteria, even).criteria.find((c) => c.criterionId === 'roi')?.median).toBe(250);
  });

  it('has no score, spread or means without reviews; a lone review has no spread', () => {
    const empty = summariseReviews(criteria, []);
    expect(empty).toMatchObject({ reviewCount: 0, weightedMean: null, spread: null, minScore: null, maxScore: null });
    expect(empty.criteria.every((c) => c.mean === null && c.answered === 0)).toBe(true);
    expect(summariseReviews(criteria, [[answer('impact', 4)]]).spread).toBe(0);
  });
});

describe('stageDecision', () => {
  const rule = { autoAdvance: true, advanceThreshold: 3.5, declineThreshold: 2 };
  it('waits until every assigned reviewer is in, and needs at least one assigned', () => {
    expect(stageDecision(rule, 3, 2, 5)).toBe('wait');
    expect(stageDecision(rule, 0, 0, 5)).toBe('wait');
  });
  it('advances at or above the threshold, declines below the low one, stays in between', () => {
    expect(stageDecision(rule, 2, 2, 3.5)).toBe('advance');
    expect(stageDecision(rule, 2, 2, 3.4999999999)).toBe('advance'); // floating point at the threshold's precision
    expect(stageDecision(rule, 2, 2, 3.49)).toBe('stay');
    expect(stageDecision(rule, 2, 2, 2)).toBe('stay');
    expect(stageDecision(rule, 2, 2, 1.99)).toBe('decline');
    expect(stageDecision({ ...rule, declineThreshold: null }, 2, 2, 1)).toBe('stay');
  });
  it('does nothing when the rule is off or nothing weighted was scored', () => {
    expect(stageDecision({ ...rule, autoAdvance: false }, 2, 2, 5)).toBe('stay');
    expect(stageDecision(rule, 2, 2, null)).toBe('stay');
  });
});

describe('pipeline rules', () => {
  it('accepts the default pipeline and pipelines with repeated middle kinds', () => {
    expect(pipelineProblem(['submitted', 'review', 'selected', 'in_progress', 'done', 'declined'])).toBeNull();
    expect(pipelineProblem(['submitted', 'review', 'review', 'done', 'declined'])).toBeNull();
    expect(pipelineProblem(['submitted', 'declined'])).toBeNull();
  });
  it('refuses a pipeline without its submitted first or declined last, with two of either, or too long or short', () => {
    expect(pipelineProblem(['review', 'submitted', 'declined'])).toMatch(/first/);
    expect(pipelineProblem(['submitted', 'submitted', 'declined'])).toMatch(/first/);
    expect(pipelineProblem(['submitted', 'declined', 'done'])).toMatch(/last/);
    expect(pipelineProblem(['submitted', 'declined', 'declined'])).toMatch(/last/);
    expect(pipelineProblem(['submitted'])).toMatch(/2 to/);
    expect(pipelineProblem(['submitted', ...Array(11).fill('review'), 'declined'])).toMatch(/2 to/);
  });
  it('finds the next stage, skipping declined, none after the last', () => {
    const stages = [
      { id: 'a', position: 0, kind: 'submitted' as const },
      { id: 'c', position: 2, kind: 'selected' as const },
      { id: 'b', position: 1, kind: 'review' as const },
      { id: 'd', position: 3, kind: 'declined' as const },
    ];
    expect(nextStage(stages, { position: 1 })?.id).toBe('c');
    expect(nextStage(stages, { position: 2 })).toBeNull();
  });
});
