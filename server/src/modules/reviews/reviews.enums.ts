import { CRITERION_KINDS, type CriterionKind } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const CriterionKindEnum = graphqlEnum(CRITERION_KINDS, 'CriterionKind', 'A score on the scorecard’s scale (weighted), or an amount such as an ROI estimate (shown, never weighted).');
export type CriterionKindEnum = CriterionKind;
