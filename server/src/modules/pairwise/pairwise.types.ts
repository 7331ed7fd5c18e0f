import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdeaType } from '../ideas';

@ObjectType('PairwiseProgress', { description: 'Where you stand in a campaign’s pairwise mode.' })
export class PairwiseProgressType {
  @Field(() => ID)
  campaignId: string;

  @Field(() => Int, { description: 'Pairs you answered with a preference or “no preference”.' })
  answered: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => Int, { description: 'Pairs you can be shown: every two ideas on the board that are not yours.' })
  totalPairs: number;

  @Field(() => Int, { description: 'Pairs you have not seen yet.' })
  remaining: number;

  @Field({ description: 'The campaign is open and asks you.' })
  canAnswer: boolean;

  @Field({ description: 'Whether pairwiseRanking shows you its rows now.' })
  rankingVisible: boolean;
}

@ObjectType('PairwisePair', { description: 'Two ideas to compare. Answer with the token; until it expires, asking again gives the same pair.' })
export class PairwisePairType {
  @Field(() => ID)
  token: string;

  @Field(() => IdeaType, { description: 'Shown first (left, or on top on a narrow screen).' })
  a: unknown;

  @Field(() => IdeaType)
  b: unknown;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => PairwiseProgressType)
  progress: PairwiseProgressType;
}

@ObjectType('AnswerPairResult')
export class AnswerPairResultType {
  @Field({ description: 'This token had already been answered: nothing changed.' })
  replayed: boolean;

  @Field(() => PairwiseProgressType)
  progress: PairwiseProgressType;
}

@ObjectType('PairwiseRankingRow')
export class PairwiseRankingRowType {
  @Field(() => IdeaType)
  idea: unknown;

  @Field(() => Int, { description: 'Competition rank (1, 2, 2, 4).' })
  rank: number;

  @Field(() => Float, { description: 'Bradley-Terry score, 0–100: the chance the idea is preferred to the campaign’s average idea.' })
  score: number;

  @Field(() => Float, { description: 'Lower end of the 95 % interval of the score.' })
  low: number;

  @Field(() => Float, { description: 'Upper end of the 95 % interval of the score.' })
  high: number;

  @Field(() => Int, { description: 'Comparisons that counted (skips are not comparisons).' })
  comparisons: number;

  @Field(() => Int)
  wins: number;

  @Field(() => Int, { description: '“No preference” answers.' })
  ties: number;
}

@ObjectType('CountSummary')
export class CountSummaryType {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  median: number;

  @Field(() => Float)
  max: number;
}

@ObjectType('PairwiseParticipation')
export class PairwiseParticipationType {
  @Field(() => Int, { description: 'People who answered at least one pair.' })
  participants: number;

  @Field(() => Int, { description: 'Answers of every kind, skips included.' })
  answers: number;

  @Field(() => Int, { description: 'Answers with a preference or “no preference”.' })
  comparisons: number;

  @Field(() => CountSummaryType, { description: 'Comparisons per idea on the board.' })
  comparisonsPerIdea: CountSummaryType;
}

@ObjectType('PairwiseRanking')
export class PairwiseRankingType {
  @Field(() => ID)
  campaignId: string;

  @Field({ description: 'The campaign hides counts until people vote and you have not compared enough pairs yet: no rows.' })
  hidden: boolean;

  @Field(() => [PairwiseRankingRowType], { description: 'Every idea on the board, best first.' })
  rows: PairwiseRankingRowType[];

  @Field(() => PairwiseParticipationType)
  participation: PairwiseParticipationType;
}
