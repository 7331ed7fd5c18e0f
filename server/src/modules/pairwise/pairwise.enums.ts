import { PAIRWISE_OUTCOMES, type PairwiseOutcome } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const PairwiseOutcomeEnum = graphqlEnum(
  PAIRWISE_OUTCOMES,
  'PairwiseOutcome',
  'a / b: the idea shown as a / b is preferred; none: no preference (half a win each); skip: not compared (the pair is not shown again).',
);
export type PairwiseOutcomeEnum = PairwiseOutcome;
