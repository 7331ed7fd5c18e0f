import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { LoaderKey } from '../../core/graphql/loaders';
import type { CampaignStageEntity } from './campaign.entity';
import { CampaignStageType, CampaignType } from './campaigns.types';
import { StagesService } from './stages.service';
import { AddStageInput, RenameStageInput } from './stages.types';

/** Pipeline editing (the people who run the campaign) and each stage's idea count. */
@Resolver(() => CampaignStageType)
export class StagesResolver {
  private readonly ideaCountKey = new LoaderKey<string, number>('campaigns.stageIdeaCount', () => new DataLoader((ids) => this.stages.ideaCounts(ids)));

  constructor(private readonly stages: StagesService) {}

  @Mutation(() => CampaignType, { description: 'Renames a stage. The people who run the campaign.' })
  renameStage(@CurrentUser() user: AuthUser, @Args('stageId', { type: () => ID }) stageId: string, @Args('input') input: RenameStageInput) {
    return this.stages.rename(user, stageId, input);
  }

  @Mutation(() => CampaignType, { description: 'Adds a stage to a campaign’s pipeline (first stage “submitted”, last “declined”). The people who run the campaign.' })
  addStage(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }) campaignId: string, @Args('input') input: AddStageInput) {
    return this.stages.add(user, campaignId, input);
  }

  @Mutation(() => CampaignType, { description: 'Puts a campaign’s stages in this order (every stage once). PIPELINE_CHANGED if the stages changed meanwhile.' })
  reorderStages(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }) campaignId: string, @Args('stageIds', { type: () => [ID] }) stageIds: string[]) {
    return this.stages.reorder(user, campaignId, stageIds);
  }

  @Mutation(() => CampaignType, { description: 'Removes a stage; its ideas move to `moveIdeasTo` (required when it holds any). The people who run the campaign.' })
  removeStage(
    @CurrentUser() user: AuthUser,
    @Args('stageId', { type: () => ID }) stageId: string,
    @Args('moveIdeasTo', { type: () => ID, nullable: true }) moveIdeasTo?: string | null,
  ) {
    return this.stages.remove(user, stageId, moveIdeasTo);
  }

  @ResolveField(() => Int, { description: 'Ideas on the board in this stage.' })
  ideaCount(stage: CampaignStageEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.ideaCountKey).load(stage.id);
  }
}
