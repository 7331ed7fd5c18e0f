/**
 * Hivemind reviews: pipeline rules, scorecard limits and the aggregation maths, shared by the server
 * (which enforces and computes) and the web (which shows and pre-checks). Pure functions, no I/O.
 */
import type { StageKind } from './hivemind';

/** What a criterion asks for: a score on the scorecard's scale (weighted), or an amount (e.g. an ROI estimate, never weighted). */
export const CRITERION_KINDS = ['score', 'estimate'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const REVIEW_LIMITS = {
  /** Stages in a pipeline: the default has six; a dozen is already a long process. */
  stagesMax: 12,
  criteriaMax: 12,
  criterionLabelMax: 80,
  criterionDescriptionMax: 500,
  weightMax: 100,
  scaleMaxMin: 2,
  scaleMaxMax: 10,
  reviewersMax: 50,
  noteMax: 4000,
  /** Estimate amounts (currency units), either sign: an ROI may be negative. */
  amountAbsMax: 1_000_000_000_000,
} as const;

/**
 * The rules every pipeline keeps (the server refuses an edit that would break one, PIPELINE_RULE_BROKEN):
 * 1. exactly one stage of kind `submitted`, and it is the first: new ideas land there, and their
 *    authors may edit them there;
 * 2. exactly one stage of kind `declined`, and it is the last: the off-ramp votes are refunded from,
 *    and where a scorecard's decline rule sends ideas; auto-advance never moves an idea into it;
 * 3. between 2 and REVIEW_LIMITS.stagesMax stages.
 * Other kinds (review, selected, in_progress, done) may appear any number of times, in any order.
 * Returns the broken rule's message, or null when the pipeline is valid.
 */
export function pipelineProblem(kinds: readonly StageKind[]): string | null {
  if (kinds.length < 2 || kinds.length > REVIEW_LIMITS.stagesMax) return `A pipeline has 2 to ${REVIEW_LIMITS.stagesMax} stages.`;
  if (kinds.filter((k) => k === 'submitted').length !== 1 || kinds[0] !== 'submitted') return 'The first stage, and only it, is of kind “submitted”.';
  if (kinds.filter((k) => k === 'declined').length !== 1 || kinds[kinds.length - 1] !== 'declined') return 'The last stage, and only it, is of kind “declined”.';
  return null;
}

/** The stage auto-advance moves an idea to: the next one by position that is not `declined`; null at the end. */
export function nextStage<S extends { position: number; kind: StageKind }>(stages: readonly S[], current: { position: number }): S | null {
  return [...stages].sort((a, b) => a.position - b.position).find((s) => s.position > current.position && s.kind !== 'declined') ?? null;
}

export interface CriterionDef {
  id: string;
  kind: CriterionKind;
  /** > 0 for `score` criteria; null for `estimate` ones. */
  weight: number | null;
}

/** One criterion's answer in a review: a score, an amount (estimates), or not applicable (neither). */
export interface CriterionAnswer {
  criterionId: string;
  score: number | null;
  amount: number | null;
  notApplicable: boolean;
}

/**
 * One review's weighted score: Σ wᵢ·sᵢ / Σ wᵢ over the score criteria it answered. "Not applicable" (and
 * a criterion added after the review was written) is left out and the remaining weights renormalised,
 * so an N/A neither lowers nor raises the score. Null when no weighted criterion was scored.
 */
export function weightedScore(criteria: readonly CriterionDef[], answers: readonly CriterionAnswer[]): number | null {
  const byId = new Map(answers.map((a) => [a.criterionId, a]));
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    if (c.kind !== 'score' || c.weight === null || !(c.weight > 0)) continue;
    const answer = byId.get(c.id);
    if (!answer || answer.notApplicable || answer.score === null) continue;
    sum += c.weight * answer.score;
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export interface CriterionSummary {
  criterionId: string;
  /** Mean score (score criteria) or mean amount (estimates) over the reviews that answered it; null if none did. */
  mean: number | null;
  /** Median amount for estimates (robust to one wild guess); null for scores or when no one answered. */
  median: number | null;
  answered: number;
  notApplicable: number;
  min: number | null;
  max: number | null;
}

export interface ReviewSummaryMaths {
  /** Reviews in (all reviewers, assigned or not). */
  reviewCount: number;
  /** Mean of the reviews' weighted scores (reviews with no weighted score left out); null when none. */
  weightedMean: number | null;
  /** Population standard deviation of the reviews' weighted scores: how much the reviewers disagree. */
  spread: number | null;
  minScore: number | null;
  maxScore: number | null;
  criteria: CriterionSummary[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The aggregate of an idea's reviews at a stage: weighted mean, spread, and each criterion's mean. */
export function summariseReviews(criteria: readonly CriterionDef[], reviews: readonly (readonly CriterionAnswer[])[]): ReviewSummaryMaths {
  const scores = reviews.map((r) => weightedScore(criteria, r)).filter((s): s is number => s !== null);
  const m = mean(scores);
  const spread = m === null ? null : Math.sqrt(scores.reduce((s, x) => s + (x - m) ** 2, 0) / scores.length);
  return {
    reviewCount: reviews.length,
    weightedMean: m,
    spread,
    minScore: scores.length ? Math.min(...scores) : null,
    maxScore: scores.length ? Math.max(...scores) : null,
    criteria: criteria.map((c) => {
      const answers = reviews.map((r) => r.find((a) => a.criterionId === c.id)).filter((a): a is CriterionAnswer => a !== undefined);
      const values = answers.filter((a) => !a.notApplicable).map((a) => (c.kind === 'score' ? a.score : a.amount)).filter((v): v is number => v !== null);
      return {
        criterionId: c.id,
        mean: mean(values),
        median: c.kind === 'estimate' ? median(values) : null,
        answered: values.length,
        notApplicable: answers.filter((a) => a.notApplicable).length,
        min: values.length ? Math.min(...values) : null,
        max: values.length ? Math.max(...values) : null,
      };
    }),
  };
}

export interface StageRule {
  autoAdvance: boolean;
  advanceThreshold: number | null;
  declineThreshold: number | null;
}

/**
 * What the stage rule does with an idea once its reviews change: `advance` when every assigned
 * reviewer has reviewed (at least one is assigned) and the weighted mean reaches the advance
 * threshold; `decline` when they have all reviewed and it is below the decline threshold; `wait`
 * while assigned reviews are missing; `stay` otherwise (rule off, no weighted score, or in between).
 */
export function stageDecision(rule: StageRule, assigned: number, assignedIn: number, weightedMean: number | null): 'advance' | 'decline' | 'wait' | 'stay' {
  if (!rule.autoAdvance) return 'stay';
  if (assigned < 1 || assignedIn < assigned) return 'wait';
  if (weightedMean === null) return 'stay';
  // Compare at the thresholds' stored precision (numeric(5, 2)), so 3.999999 from floating point is not "below 4".
  const score = Math.round(weightedMean * 1e6) / 1e6;
  if (rule.advanceThreshold !== null && score >= rule.advanceThreshold) return 'advance';
  if (rule.declineThreshold !== null && score < rule.declineThreshold) return 'decline';
  return 'stay';
}
