import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { FollowSubject } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { CampaignType, type CampaignEntity } from '../campaigns';
import { IdeaType, type IdeaView } from '../ideas';
import { FollowSubjectEnum } from './follows.enums';
import { FollowsService } from './follows.service';
import { FollowStateType } from './follows.types';

@Resolver(() => FollowStateType)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => FollowStateType, { description: 'Follow an idea or a campaign you can see (idempotent): its new comments and stage changes reach your notifications.' })
  follow(
    @CurrentUser() user: AuthUser,
    @Args('subjectType', { type: () => FollowSubjectEnum }) subjectType: FollowSubjectEnum,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ) {
    return this.follows.follow(user, subjectType as FollowSubject, subjectId);
  }

  @Mutation(() => FollowStateType, { description: 'Stop following (idempotent).' })
  unfollow(
    @CurrentUser() user: AuthUser,
    @Args('subjectType', { type: () => FollowSubjectEnum }) subjectType: FollowSubjectEnum,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ) {
    return this.follows.unfollow(user, subjectType as FollowSubject, subjectId);
  }
}

// Fields on other modules' types: the ideas and campaigns modules stay free of any dependency on follows.
@Resolver(() => IdeaType)
export class IdeaFollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @ResolveField(() => Boolean, { description: 'You follow this idea (you do once you post or comment on it).' })
  isFollowing(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    if (!ctx.user) return false;
    return ctx.loaders.get(this.follows.isFollowing).load(`${ctx.user.id}|idea|${idea.id}`);
  }

  @ResolveField(() => Int, { description: 'People following this idea.' })
  followerCount(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.follows.followerCount).load(`idea|${idea.id}`);
  }
}

@Resolver(() => CampaignType)
export class CampaignFollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @ResolveField(() => Boolean, { description: 'You follow this campaign.' })
  isFollowing(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    if (!ctx.user) return false;
    return ctx.loaders.get(this.follows.isFollowing).load(`${ctx.user.id}|campaign|${campaign.id}`);
  }

  @ResolveField(() => Int, { description: 'People following this campaign.' })
  followerCount(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.follows.followerCount).load(`campaign|${campaign.id}`);
  }
}
