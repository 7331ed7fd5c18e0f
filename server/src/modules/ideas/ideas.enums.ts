import { IDEA_SORTS, VOTE_VALUES, type IdeaSort, type VoteValue } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const IdeaSortEnum = graphqlEnum(IDEA_SORTS, 'IdeaSort', 'Board orders: top (Wilson lower bound), hot (time-decayed), new, controversial, discussed.');
export type IdeaSortEnum = IdeaSort;

export const VoteValueEnum = graphqlEnum(VOTE_VALUES, 'VoteValue', 'An up or a down vote.');
export type VoteValueEnum = VoteValue;
