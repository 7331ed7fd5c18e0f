import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { FlagReason, IdeaLinkKind } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { CampaignsService, type CampaignEntity } from '../campaigns';
import { IdeasService, IdeaType, type IdeaView } from '../ideas';
import { UsersService, UserType } from '../users';
import { LinksService } from './links.service';
import { MergeService } from './merge.service';
import { ModerationService } from './moderation.service';
import { FlagReasonEnum, IdeaLinkKindEnum, IdeaLinkType, MergeResultType, ModerationQueueArgs, ModerationQueueType } from './moderation.types';

@Resolver(() => IdeaType)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly merges: MergeService,
    private readonly linkService: LinksService,
    private readonly ideas: IdeasService,
    private readonly campaigns: CampaignsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => ModerationQueueType, { description: 'Flagged and hidden ideas of the campaigns you moderate, latest first.', complexity: 50 })
  moderationQueue(@CurrentUser() user: AuthUser, @Args() args: ModerationQueueArgs) {
    return this.moderation.queue(user, args);
  }

  @Query(() => UserType, { nullable: true, description: 'Who wrote an idea, anonymous or not — administrators, for abuse moderation; each look is audited with its reason.' })
  async ideaAuthorForModeration(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string, @Args('reason') reason: string) {
    const authorId = await this.moderation.revealAuthor(user, ideaId, reason);
    if (!authorId) return null;
    return this.users.getById(authorId).catch(() => null);
  }

  @Mutation(() => IdeaType, { description: 'Flags an idea you see (one flag per person: again changes its reason).' })
  flagIdea(
    @CurrentUser() user: AuthUser,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('reason', { type: () => FlagReasonEnum }) reason: FlagReasonEnum,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.moderation.flag(user, ideaId, reason as FlagReason, note);
  }

  @Mutation(() => IdeaType, { description: 'Takes your flag back.' })
  unflagIdea(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string) {
    return this.moderation.unflag(user, ideaId);
  }

  @Mutation(() => IdeaType, { description: 'Takes an idea off its board (moderators; audited with the reason). Its budget votes come back to their voters.' })
  hideIdea(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string, @Args('reason') reason: string) {
    return this.moderation.hide(user, ideaId, reason);
  }

  @Mutation(() => IdeaType, { description: 'Puts a hidden idea back on its board and closes its flags (moderators; audited).' })
  restoreIdea(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string) {
    return this.moderation.restore(user, ideaId);
  }

  @Mutation(() => IdeaType, { description: 'Closes an idea’s open flags without hiding it (moderators; audited).' })
  dismissIdeaFlags(@CurrentUser() user: AuthUser, @Args('ideaId', { type: () => ID }) ideaId: string) {
    return this.moderation.dismissFlags(user, ideaId);
  }

  @Mutation(() => MergeResultType, { description: 'Merges a duplicate into another idea of the same campaign (moderators and runners; audited).' })
  mergeIdeas(@CurrentUser() user: AuthUser, @Args('sourceId', { type: () => ID }) sourceId: string, @Args('targetId', { type: () => ID }) targetId: string) {
    return this.merges.merge(user, sourceId, targetId);
  }

  @Mutation(() => IdeaLinkType, { description: 'Links an idea to another (its author or its moderators).' })
  linkIdeas(
    @CurrentUser() user: AuthUser,
    @Args('fromIdeaId', { type: () => ID }) fromIdeaId: string,
    @Args('toIdeaId', { type: () => ID }) toIdeaId: string,
    @Args('kind', { type: () => IdeaLinkKindEnum }) kind: IdeaLinkKindEnum,
  ) {
    return this.linkService.link(user, fromIdeaId, toIdeaId, kind as IdeaLinkKind);
  }

  @Mutation(() => Boolean, { description: 'Removes a link (the linking idea’s author or its moderators).' })
  unlinkIdeas(@CurrentUser() user: AuthUser, @Args('linkId', { type: () => ID }) linkId: string) {
    return this.linkService.unlink(user, linkId);
  }

  // Per-row fields take graphql's own (parent, args, context) arguments.
  @ResolveField(() => [IdeaLinkType], { description: 'Typed links from and to this idea whose other idea you may see.' })
  links(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    return ctx.user ? this.linkService.list(ctx.user, idea.id) : [];
  }

  @ResolveField(() => IdeaType, { nullable: true, description: 'Set when this idea was merged into another: its page should redirect there.' })
  async mergedInto(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    if (!idea.mergedIntoId || !ctx.user) return null;
    try {
      return await this.ideas.get(ctx.user, idea.mergedIntoId);
    } catch {
      return null;
    }
  }

  @ResolveField(() => ID, { nullable: true, description: 'The id of the idea this one was merged into.' })
  mergedIntoId(idea: IdeaView) {
    return idea.mergedIntoId;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When a moderator hid it (only moderators see hidden ideas).' })
  hiddenAt(idea: IdeaView) {
    return idea.hiddenAt;
  }

  @ResolveField(() => Boolean, { description: 'You may hide, restore, merge and link it.' })
  async viewerCanModerate(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    const campaign = await this.campaignOf(idea, ctx);
    return !!campaign && this.moderation.canModerate(ctx.user, campaign);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Open flags: moderators only (null for others).' })
  async flagCount(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    const campaign = await this.campaignOf(idea, ctx);
    if (!campaign || !this.moderation.canModerate(ctx.user, campaign)) return null;
    return ctx.loaders.get(this.moderation.openFlagCount).load(idea.id);
  }

  @ResolveField(() => FlagReasonEnum, { nullable: true, description: 'Your open flag on it, if any.' })
  myFlag(idea: IdeaView, _args: unknown, ctx: GqlContext) {
    if (!ctx.user) return null;
    return ctx.loaders.get(this.moderation.myFlag).load(`${ctx.user.id}|${idea.id}`);
  }

  private campaignOf(idea: IdeaView, ctx: GqlContext): Promise<CampaignEntity | null> {
    return ctx.loaders.get(this.campaigns.byIdUnchecked).load(idea.campaignId);
  }
}
