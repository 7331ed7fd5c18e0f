import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PairwiseOutcome } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { PairwiseOutcomeEnum } from './pairwise.enums';
import { PairwiseService } from './pairwise.service';
import { AnswerPairResultType, PairwisePairType, PairwiseProgressType, PairwiseRankingType } from './pairwise.types';

@Resolver()
export class PairwiseResolver {
  constructor(private readonly pairwise: PairwiseService) {}

  @Query(() => PairwisePairType, { nullable: true, description: 'The pair you should compare next; null when you have seen every pair. The campaign’s audience, while it is open.' })
  nextPair(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.pairwise.nextPair(user, campaignId);
  }

  @Mutation(() => AnswerPairResultType, { description: 'Answers the pair issued to you under this token; a replay changes nothing.' })
  answerPair(
    @CurrentUser() user: AuthUser,
    @Args('token', { type: () => ID }) token: string,
    @Args('outcome', { type: () => PairwiseOutcomeEnum }) outcome: PairwiseOutcomeEnum,
  ) {
    return this.pairwise.answer(user, token, outcome as PairwiseOutcome);
  }

  @Query(() => PairwiseRankingType, { description: 'The campaign’s pairwise ranking: whoever sees its board.' })
  pairwiseRanking(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.pairwise.ranking(user, campaignId);
  }

  @Query(() => PairwiseProgressType, { description: 'Where you stand in the campaign’s pairwise mode: whoever sees its board.' })
  myPairwiseProgress(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.pairwise.progress(user, campaignId);
  }
}
