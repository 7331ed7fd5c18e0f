import { CAMPAIGN_AUDIENCES, CAMPAIGN_STATUSES, STAGE_KINDS, type CampaignAudience, type CampaignStatus, type StageKind } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const CampaignAudienceEnum = graphqlEnum(CAMPAIGN_AUDIENCES, 'CampaignAudience', 'Everyone, or only the departments a campaign lists.');
export type CampaignAudienceEnum = CampaignAudience;

export const CampaignStatusEnum = graphqlEnum(CAMPAIGN_STATUSES, 'CampaignStatus', 'Upcoming, open or closed, from the campaign’s dates.');
export type CampaignStatusEnum = CampaignStatus;

export const StageKindEnum = graphqlEnum(STAGE_KINDS, 'StageKind', 'What a stage of a campaign’s pipeline means, whatever it is called.');
export type StageKindEnum = StageKind;
