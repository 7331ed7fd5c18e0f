import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, type CampaignAudience, type CampaignStatus } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { DepartmentType, OrgService } from '../org';
import { UsersService, UserType } from '../users';
import type { CampaignEntity } from './campaign.entity';
import { campaignContext, CampaignsService } from './campaigns.service';
import { CampaignConnection, CampaignsArgs, CampaignStageType, CampaignType, CreateCampaignInput, UpdateCampaignInput } from './campaigns.types';

@Resolver(() => CampaignType)
export class CampaignsResolver {
  constructor(
    private readonly campaignsService: CampaignsService,
    private readonly org: OrgService,
    private readonly users: UsersService,
  ) {}

  @Query(() => CampaignConnection, {
    description: 'Campaigns you may see, the latest opening first.',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || 20, 100) * childComplexity,
  })
  campaigns(@CurrentUser() user: AuthUser, @Args() args: CampaignsArgs) {
    return this.campaignsService.list(user, { first: args.first, after: args.after, status: args.status as CampaignStatus | undefined });
  }

  @Query(() => CampaignType, { description: 'CAMPAIGN_NOT_FOUND also for a campaign whose audience you are not in.' })
  campaign(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.campaignsService.get(user, id);
  }

  @Mutation(() => CampaignType, { description: 'Managers for their department (following the hub model), hub coordinators and administrators.' })
  createCampaign(@CurrentUser() user: AuthUser, @Args('input') input: CreateCampaignInput) {
    return this.campaignsService.create(user, { ...input, audience: input.audience as CampaignAudience | undefined });
  }

  @Mutation(() => CampaignType, { description: 'The people who run the campaign.' })
  updateCampaign(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCampaignInput) {
    return this.campaignsService.update(user, id, { ...input, audience: input.audience as CampaignAudience | undefined });
  }

  // Per-row fields take graphql's own (parent, args, context) arguments, as in the users resolver.
  @ResolveField(() => DepartmentType, { description: 'The department (or the hub) that owns the campaign.' })
  department(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.org.departmentById).load(campaign.departmentId);
  }

  @ResolveField(() => [DepartmentType], { description: 'With audience "departments": who the campaign is for.' })
  async audienceDepartments(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    const departments = await ctx.loaders.get(this.org.departmentById).loadMany(campaign.audienceDepartmentIds);
    return departments.filter((d) => d && !(d instanceof Error));
  }

  @ResolveField(() => [CampaignStageType])
  stages(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.campaignsService.stagesByCampaign).load(campaign.id);
  }

  @ResolveField(() => UserType, { nullable: true })
  createdBy(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return campaign.createdBy ? ctx.loaders.get(this.users.byId).load(campaign.createdBy) : null;
  }

  @ResolveField(() => Boolean, { description: 'You may change the campaign and move its ideas between stages.' })
  viewerCanRun(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return ctx.user ? this.campaignsService.canRun(ctx.user, campaign) : false;
  }

  @ResolveField(() => Boolean, { description: 'You may post ideas and vote now (you are in its audience and it is open).' })
  viewerCanParticipate(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return ctx.user ? this.campaignsService.canParticipate(ctx.user, campaign) : false;
  }

  @ResolveField(() => Boolean, { description: 'You may moderate its ideas.' })
  viewerCanModerate(campaign: CampaignEntity, _args: unknown, ctx: GqlContext) {
    return can(ctx.user, 'content.moderate', campaignContext(campaign));
  }
}
