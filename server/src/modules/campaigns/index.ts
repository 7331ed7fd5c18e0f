/** The campaigns module's public surface (Hivemind): other modules use these, never its files directly. */
export { CampaignsModule } from './campaigns.module';
export { CampaignsService, campaignContext, campaignVisibleSql, campaignParticipantSql, campaignFromRow, campaignRulesFromRow, CAMPAIGN_COLUMNS, CAMPAIGN_RULE_COLUMNS, type CampaignRules, paramList, UUID, type Param, type CampaignInput } from './campaigns.service';
export { CampaignType, CampaignStageType } from './campaigns.types';
export { CampaignNotFoundError, CampaignNotOpenError, CampaignClosedError, StageNotFoundError } from './campaigns.errors';
export type { CampaignEntity, CampaignStageEntity } from './campaign.entity';
export { renderMarkdown } from './markdown';
export { seedDemoCampaigns, type DemoCampaigns } from './campaigns.demo';
export { StagesService, PipelineRuleBrokenError, PipelineChangedError, StageNotEmptyError } from './stages.service';
