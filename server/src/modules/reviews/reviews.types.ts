import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../core/graphql/page-info.type';
import { CampaignStageType, CampaignType } from '../campaigns';
import { IdeaType } from '../ideas';
import { CriterionKindEnum } from './reviews.enums';

@ObjectType('ReviewCriterion', { description: 'One criterion of a scorecard.' })
export class ReviewCriterionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => CriterionKindEnum)
  kind: CriterionKindEnum;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field()
  descriptionFr: string;

  @Field()
  descriptionEn: string;

  @Field(() => Float, { nullable: true, description: 'Its weight in the weighted score (score criteria); null for estimates, which are never weighted.' })
  weight: number | null;

  @Field(() => String, { nullable: true, description: 'Estimates: the currency of the amount (ISO 4217, e.g. EUR).' })
  currency: string | null;
}

@ObjectType('StageScorecard', { description: 'The scorecard of a review stage: criteria on one scale, reviewers, and the stage rule.' })
export class StageScorecardType {
  @Field(() => ID)
  stageId: string;

  @Field(() => Int, { description: 'Scores go from 1 to this.' })
  scaleMax: number;

  @Field({ description: 'Move an idea on (or decline it) by itself once every assigned reviewer has reviewed it.' })
  autoAdvance: boolean;

  @Field(() => Float, { nullable: true, description: 'A weighted score at or above this moves the idea to the next stage.' })
  advanceThreshold: number | null;

  @Field(() => Float, { nullable: true, description: 'A weighted score below this declines the idea.' })
  declineThreshold: number | null;

  @Field({ description: 'People who may review (managers, the hub) may review without being assigned.' })
  allowVolunteers: boolean;

  @Field(() => [ReviewCriterionType])
  criteria: ReviewCriterionType[];
}

@ObjectType('ReviewAnswer')
export class ReviewAnswerType {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { nullable: true })
  score: number | null;

  @Field(() => Float, { nullable: true, description: 'Estimates: the amount.' })
  amount: number | null;

  @Field()
  notApplicable: boolean;
}

@ObjectType('Review', { description: 'A reviewer’s review of an idea at a stage. Only its stage’s reviewers and the campaign’s runners read it (never the idea’s author).' })
export class ReviewType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  stageId: string;

  @Field(() => [ReviewAnswerType])
  answers: ReviewAnswerType[];

  @Field({ description: 'Private: the stage’s reviewers and the campaign’s runners only.' })
  note: string;

  @Field(() => Float, { nullable: true, description: 'Its weighted score ("not applicable" left out, weights renormalised).' })
  weightedScore: number | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('CriterionSummary')
export class CriterionSummaryType {
  @Field(() => ReviewCriterionType)
  criterion: ReviewCriterionType;

  @Field(() => Float, { nullable: true, description: 'Mean score, or mean amount for estimates.' })
  mean: number | null;

  @Field(() => Float, { nullable: true, description: 'Estimates: the median amount.' })
  median: number | null;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  notApplicable: number;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;
}

@ObjectType('ReviewSummary', { description: 'The aggregate of an idea’s reviews at a stage, for its reviewers and the campaign’s runners.' })
export class ReviewSummaryType {
  @Field(() => ID)
  stageId: string;

  @Field(() => Int)
  reviewCount: number;

  @Field(() => Int, { description: 'Reviewers assigned to the stage.' })
  assignedCount: number;

  @Field(() => Int, { description: 'Assigned reviewers whose review is in.' })
  assignedIn: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the reviews’ weighted scores.' })
  weightedMean: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the reviews’ weighted scores.' })
  spread: number | null;

  @Field(() => Float, { nullable: true })
  minScore: number | null;

  @Field(() => Float, { nullable: true })
  maxScore: number | null;

  @Field(() => Int)
  scaleMax: number;

  @Field(() => [CriterionSummaryType])
  criteria: CriterionSummaryType[];
}

@ObjectType('SubmitReviewResult')
export class SubmitReviewResultType {
  @Field(() => ReviewType)
  review: ReviewType;

  @Field(() => IdeaType)
  idea: IdeaType;

  @Field(() => CampaignStageType, { nullable: true, description: 'Where the stage rule moved the idea, if it did.' })
  movedTo: CampaignStageType | null;
}

@ObjectType('ReviewQueueCampaign')
export class ReviewQueueCampaignType {
  @Field(() => CampaignType)
  campaign: CampaignType;

  @Field(() => Int, { description: 'Ideas awaiting your review there.' })
  pending: number;
}

@ObjectType('ReviewQueue', { description: 'Ideas awaiting your review: at a stage you are assigned to, not yours, not reviewed by you yet.' })
export class ReviewQueueType {
  @Field(() => [IdeaType])
  nodes: IdeaType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [ReviewQueueCampaignType])
  byCampaign: ReviewQueueCampaignType[];
}

@ArgsType()
export class ReviewQueueArgs {
  @Field(() => Int, { defaultValue: 20 })
  first: number;

  @Field({ nullable: true })
  after?: string;
}

@InputType()
export class CriterionInput {
  @Field(() => ID, { nullable: true, description: 'An existing criterion to keep (its scores stay); omit for a new one.' })
  id?: string | null;

  @Field(() => CriterionKindEnum, { defaultValue: 'score' })
  kind: CriterionKindEnum;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field({ nullable: true, defaultValue: '' })
  descriptionFr?: string;

  @Field({ nullable: true, defaultValue: '' })
  descriptionEn?: string;

  @Field(() => Float, { nullable: true, description: 'Score criteria: > 0 (up to 100).' })
  weight?: number | null;

  @Field(() => String, { nullable: true, description: 'Estimates: ISO 4217 currency code.' })
  currency?: string | null;
}

@InputType({ description: 'The whole scorecard: criteria left out are removed (with their scores).' })
export class ScorecardInput {
  @Field(() => Int, { defaultValue: 5 })
  scaleMax: number;

  @Field(() => [CriterionInput])
  criteria: CriterionInput[];

  @Field({ defaultValue: false })
  autoAdvance: boolean;

  @Field(() => Float, { nullable: true })
  advanceThreshold?: number | null;

  @Field(() => Float, { nullable: true })
  declineThreshold?: number | null;

  @Field({ defaultValue: false })
  allowVolunteers: boolean;
}

@InputType()
export class ReviewAnswerInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { nullable: true })
  score?: number | null;

  @Field(() => Float, { nullable: true })
  amount?: number | null;

  @Field({ defaultValue: false })
  notApplicable: boolean;
}

@InputType({ description: 'A review: every criterion answered (a score, an amount, or not applicable), and a private note.' })
export class SubmitReviewInput {
  @Field(() => ID, { description: 'The stage you review the idea at: refused (REVIEW_STAGE_CLOSED) if the idea has left it.' })
  stageId: string;

  @Field(() => [ReviewAnswerInput])
  answers: ReviewAnswerInput[];

  @Field({ nullable: true, defaultValue: '' })
  note?: string;
}
