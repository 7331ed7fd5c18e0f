import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../core/graphql/page-info.type';
import { CampaignAudienceEnum, CampaignStatusEnum, StageKindEnum } from './campaigns.enums';

@ObjectType('CampaignStage', { description: 'One stage of a campaign’s pipeline (Submitted → Under review → … ).' })
export class CampaignStageType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field({ description: 'Stable name within the campaign (e.g. "review").' })
  key: string;

  @Field()
  nameFr: string;

  @Field()
  nameEn: string;

  @Field(() => StageKindEnum)
  kind: StageKindEnum;
}

@ObjectType('Campaign', { description: 'An idea campaign (challenge), owned by a department or the hub.' })
export class CampaignType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown as written.' })
  description: string;

  @Field({ description: 'The description rendered and sanitised on the server.' })
  descriptionHtml: string;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;

  @Field(() => CampaignStatusEnum)
  status: CampaignStatusEnum;

  @Field(() => CampaignAudienceEnum)
  audience: CampaignAudienceEnum;

  @Field(() => Int, { nullable: true, description: 'Votes each person may cast in this campaign (up and down alike); null: unlimited.' })
  voteBudget: number | null;

  @Field({ description: 'Vote counts stay hidden from a person until they vote on the idea or the campaign closes.' })
  hideCountsUntilVoted: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType()
export class CampaignConnection {
  @Field(() => [CampaignType])
  nodes: CampaignType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => Int, { defaultValue: 20 })
  first: number;

  @Field({ nullable: true })
  after?: string;

  @Field(() => CampaignStatusEnum, { nullable: true })
  status?: CampaignStatusEnum;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => ID, { nullable: true, description: 'The owning department (default: your own).' })
  departmentId?: string;

  @Field()
  title: string;

  @Field({ nullable: true, description: 'Markdown.' })
  description?: string;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;

  @Field(() => CampaignAudienceEnum, { nullable: true, defaultValue: 'everyone' })
  audience?: CampaignAudienceEnum;

  @Field(() => [ID], { nullable: true, description: 'With audience "departments": the departments the campaign is for.' })
  audienceDepartmentIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Votes per person; omit or null for unlimited.' })
  voteBudget?: number | null;

  @Field({ nullable: true, defaultValue: false })
  hideCountsUntilVoted?: boolean;
}

@InputType({ description: 'Fields left out stay as they are; voteBudget: null removes the budget.' })
export class UpdateCampaignInput {
  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => Date, { nullable: true })
  opensAt?: Date;

  @Field(() => Date, { nullable: true })
  closesAt?: Date;

  @Field(() => CampaignAudienceEnum, { nullable: true })
  audience?: CampaignAudienceEnum;

  @Field(() => [ID], { nullable: true })
  audienceDepartmentIds?: string[];

  @Field(() => Int, { nullable: true })
  voteBudget?: number | null;

  @Field({ nullable: true })
  hideCountsUntilVoted?: boolean;
}
