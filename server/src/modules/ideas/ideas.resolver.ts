import { Args, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { rankParts, type IdeaSort, type VoteValue } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../../core/graphql/context';
import { selectedFields } from '../../core/graphql/selection';
import { CampaignsService, CampaignStageType, CampaignType, type CampaignEntity } from '../campaigns';
import { UsersService, UserType } from '../users';
import type { IdeaView } from './idea.entity';
import { VoteValueEnum } from './ideas.enums';
import { IdeasService } from './ideas.service';
import { CreateIdeaInput, IdeaConnection, IdeasArgs, IdeaType, RankExplanationType, UpdateIdeaInput, VoteResult } from './ideas.types';
import { VotesService } from './votes.service';

@Resolver(() => IdeaType)
export class IdeasResolver {
  constructor(
    private readonly ideasService: IdeasService,
    private readonly votes: VotesService,
    private readonly campaigns: CampaignsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => IdeaType, { description: 'IDEA_NOT_FOUND also for an idea of a campaign whose audience you are not in.' })
  idea(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.ideasService.get(user, id);
  }

  @Query(() => IdeaConnection, {
    description: 'A campaign’s board.',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || 25, 100) * childComplexity,
  })
  ideas(@CurrentUser() user: AuthUser, @Args() args: IdeasArgs, @Info() info: GraphQLResolveInfo) {
    const fields = selectedFields(info, ['nodes']);
    return this.ideasService.board(user, { campaignId: args.campaignId, sort: args.sort as IdeaSort, first: args.first, after: args.after, fields });
  }

  @Mutation(() => IdeaType, { description: 'The campaign’s audience, while it is open.' })
  createIdea(@CurrentUser() user: AuthUser, @Args('input') input: CreateIdeaInput) {
    return this.ideasService.create(user, input);
  }

  @Mutation(() => IdeaType, { description: 'Its author while it is in the first stage; moderators.' })
  updateIdea(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateIdeaInput) {
    return this.ideasService.update(user, id, input);
  }

  @Mutation(() => VoteResult, { description: 'Votes up or down (changes your vote if you had one). The campaign’s audience, while it is open, within its budget.' })
  vote(
    @CurrentUser() user: AuthUser,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('value', { type: () => VoteValueEnum }) value: VoteValueEnum,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.votes.vote(user, ideaId, value as VoteValue, selectedFields(info, ['idea']));
  }

  @Mutation(() => VoteResult, { description: 'Takes your vote back; its budget unit returns.' })
  retractVote(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string) {
    return this.votes.retract(user, ideaId);
  }

  @Mutation(() => IdeaType, { description: 'The people who run the campaign.' })
  moveIdeaToStage(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string, @Args('stageId', { type: () => ID }) stageId: string) {
    return this.ideasService.moveToStage(user, ideaId, stageId);
  }

  // Per-row fields take graphql's own (parent, args, context) arguments, as in the users resolver.
  @ResolveField(() => UserType, { nullable: true, description: 'Null when the idea is anonymous, for everyone, its author included.' })
  author(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    if (idea.anonymous || !idea.authorId) return null;
    return ctx.loaders.get(this.users.byId).load(idea.authorId);
  }

  @ResolveField(() => Boolean)
  isAnonymous(idea: IdeaView) {
    return idea.anonymous;
  }

  @ResolveField(() => Int, { nullable: true })
  upVotes(idea: IdeaView) {
    return idea.countsHidden ? null : idea.upVotes;
  }

  @ResolveField(() => Int, { nullable: true })
  downVotes(idea: IdeaView) {
    return idea.countsHidden ? null : idea.downVotes;
  }

  @ResolveField(() => VoteValueEnum, { nullable: true })
  myVote(idea: IdeaView) {
    return idea.myVote === 1 ? 'up' : idea.myVote === -1 ? 'down' : null;
  }

  @ResolveField(() => CampaignStageType)
  stage(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.campaigns.stageById).load(idea.stageId);
  }

  @ResolveField(() => CampaignType)
  campaign(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.campaigns.byIdUnchecked).load(idea.campaignId);
  }

  @ResolveField(() => RankExplanationType, { nullable: true, description: '"Why here": null while its counts are hidden from you.' })
  rankExplanation(idea: IdeaView): RankExplanationType | null {
    if (idea.countsHidden) return null;
    // The stored scores are what the board sorted by; the age is now.
    const parts = rankParts(idea.upVotes, idea.downVotes, idea.createdAt);
    return { ...parts, wilsonLowerBound: idea.topScore, hot: idea.hotScore, controversy: idea.controversyScore, commentCount: idea.commentCount };
  }
}

/** Campaign fields that come from its ideas and votes. */
@Resolver(() => CampaignType)
export class CampaignIdeasResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly votes: VotesService,
  ) {}

  @ResolveField(() => Int, { description: 'Ideas on its board (not hidden, not merged).' })
  ideaCount(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.ideas.ideaCount).load(campaign.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Votes you have left in this campaign; null: no budget.' })
  myRemainingVotes(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    if (campaign.voteBudget === null || !ctx.user) return null;
    return ctx.loaders.get(this.votes.remainingVotes).load(`${ctx.user.id}|${campaign.id}`);
  }
}
