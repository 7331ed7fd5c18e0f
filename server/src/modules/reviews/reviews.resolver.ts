import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { CampaignsService, CampaignStageType, type CampaignStageEntity } from '../campaigns';
import { IdeaType, type IdeaView } from '../ideas';
import { UsersService, UserType } from '../users';
import { reviewContext, ReviewsService, type ReviewRecord } from './reviews.service';
import {
  ReviewQueueArgs,
  ReviewQueueType,
  ReviewType,
  ReviewSummaryType,
  ScorecardInput,
  StageScorecardType,
  SubmitReviewInput,
  SubmitReviewResultType,
} from './reviews.types';
import { ScorecardsService, type Scorecard } from './scorecards.service';

/** Scorecards on stages: the scorecard of each stage, and its editing by the campaign's runners. */
@Resolver(() => CampaignStageType)
export class StageScorecardResolver {
  constructor(private readonly scorecards: ScorecardsService) {}

  @ResolveField(() => StageScorecardType, { nullable: true, description: 'The stage’s scorecard, if it has one.' })
  scorecard(stage: CampaignStageEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.scorecards.byStage).load(stage.id);
  }

  @Mutation(() => CampaignStageType, { description: 'Sets the scorecard of a review stage (criteria left out are removed). The people who run the campaign.' })
  setStageScorecard(@CurrentUser() user: AuthUser, @Args('stageId', { type: () => ID }) stageId: string, @Args('input') input: ScorecardInput) {
    return this.scorecards.set(user, stageId, input);
  }

  @Mutation(() => CampaignStageType, { description: 'Removes a stage’s scorecard; SCORECARD_LOCKED once reviews were written with it. The people who run the campaign.' })
  removeStageScorecard(@CurrentUser() user: AuthUser, @Args('stageId', { type: () => ID }) stageId: string) {
    return this.scorecards.remove(user, stageId);
  }

  @Mutation(() => CampaignStageType, { description: 'Sets the reviewers assigned to a stage (people who can see the campaign). The people who run the campaign.' })
  setStageReviewers(@CurrentUser() user: AuthUser, @Args('stageId', { type: () => ID }) stageId: string, @Args('userIds', { type: () => [ID] }) userIds: string[]) {
    return this.scorecards.setReviewers(user, stageId, userIds);
  }
}

/** The assigned reviewers of a scorecard: shown to the campaign's runners and the stage's reviewers only. */
@Resolver(() => StageScorecardType)
export class ScorecardFieldsResolver {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly campaigns: CampaignsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => [UserType], { description: 'Assigned reviewers: for the campaign’s runners and the stage’s reviewers; empty for anyone else.' })
  async reviewers(card: Scorecard, _args: unknown, ctx: GqlContext) {
    if (!ctx.user) return [];
    const ids = await ctx.loaders.get(this.scorecards.reviewerIds).load(card.stageId);
    const campaign = await ctx.loaders.get(this.campaigns.byIdUnchecked).load(card.campaignId);
    if (!campaign) return [];
    // authorId: the viewer is not reading an idea here, so only the runner/reviewer part of the rule matters.
    const context = reviewContext(campaign, card, ids, null, ctx.user.id);
    if (!can(ctx.user, 'review.read', context)) return [];
    const people = await ctx.loaders.get(this.users.byId).loadMany(ids);
    return people.filter((p) => p && !(p instanceof Error));
  }

  @ResolveField(() => Boolean, { description: 'You are one of its assigned reviewers.' })
  async viewerIsReviewer(card: Scorecard, _args: unknown, ctx: GqlContext) {
    if (!ctx.user) return false;
    return (await ctx.loaders.get(this.scorecards.reviewerIds).load(card.stageId)).includes(ctx.user.id);
  }
}

/** Reviews on ideas, the review mutation and the review queues. */
@Resolver(() => IdeaType)
export class IdeaReviewsResolver {
  constructor(private readonly reviewsService: ReviewsService) {}

  @Mutation(() => SubmitReviewResultType, { description: 'Writes or rewrites your review of an idea at its current review stage. Its assigned reviewers (or volunteers where welcome).' })
  submitReview(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string, @Args('input') input: SubmitReviewInput) {
    return this.reviewsService.submit(user, ideaId, input);
  }

  @Query(() => ReviewQueueType, { description: 'Ideas awaiting your review, across campaigns, oldest first.' })
  reviewsAssignedToMe(@CurrentUser() user: AuthUser, @Args() args: ReviewQueueArgs) {
    return this.reviewsService.assignedToMe(user, args.first, args.after);
  }

  @Query(() => [IdeaType], { description: 'A campaign’s ideas at its review stages that you review, or all of them if you run it (the first 200).' })
  reviewQueue(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.reviewsService.campaignQueue(user, campaignId);
  }

  @ResolveField(() => Boolean, { description: 'You may review this idea at its current stage now.' })
  async viewerCanReview(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    if (!ctx.user) return false;
    return (await this.reviewsService.access(ctx.user, idea, ctx.loaders))?.canReview ?? false;
  }

  @ResolveField(() => ReviewType, { nullable: true, description: 'Your review of this idea at its current stage.' })
  myReview(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    return ctx.user ? this.reviewsService.mine(ctx.user, idea, ctx.loaders) : null;
  }

  @ResolveField(() => ReviewSummaryType, {
    nullable: true,
    description: 'The aggregate of its reviews at a stage (default: its current review stage, else the last one reviewed). The stage’s reviewers and the campaign’s runners; null for anyone else, the author included.',
  })
  reviewSummary(@Parent() idea: IdeaView, @Args('stageId', { type: () => ID, nullable: true }) stageId: string | null, @Context() ctx: GqlContext) {
    return ctx.user ? this.reviewsService.summary(ctx.user, idea, ctx.loaders, stageId) : null;
  }

  @ResolveField(() => [ReviewType], { description: 'Its reviews at a stage, private notes included: the stage’s reviewers and the campaign’s runners; empty for anyone else.' })
  reviews(@Parent() idea: IdeaView, @Args('stageId', { type: () => ID, nullable: true }) stageId: string | null, @Context() ctx: GqlContext) {
    return ctx.user ? this.reviewsService.list(ctx.user, idea, ctx.loaders, stageId) : [];
  }
}

/** Who wrote a review: visible wherever the review is (its readers are the stage's reviewers and runners). */
@Resolver(() => ReviewType)
export class ReviewFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType, { nullable: true })
  reviewer(review: ReviewRecord, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.users.byId).load(review.reviewerId);
  }
}
