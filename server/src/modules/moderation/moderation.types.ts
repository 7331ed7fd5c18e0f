import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FLAG_REASONS, IDEA_LINK_KINDS, type FlagReason, type IdeaLinkKind } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';
import { CampaignType } from '../campaigns';
import { IdeaType } from '../ideas';
import { QUEUE_STATUSES, type QueueStatus } from './moderation.service';

export const FlagReasonEnum = graphqlEnum(FLAG_REASONS, 'FlagReason', 'Why someone flags an idea.');
export type FlagReasonEnum = FlagReason;

export const IdeaLinkKindEnum = graphqlEnum(IDEA_LINK_KINDS, 'IdeaLinkKind', 'duplicates, builds_on, answers.');
export type IdeaLinkKindEnum = IdeaLinkKind;

export const ModerationStatusEnum = graphqlEnum(QUEUE_STATUSES, 'ModerationStatus', 'flagged (open flags, still on the board), hidden, or all.');
export type ModerationStatusEnum = QueueStatus;

export const LinkDirectionEnum = graphqlEnum(['outgoing', 'incoming'] as const, 'IdeaLinkDirection', 'outgoing: this idea links to the other; incoming: the other links here.');

@ObjectType('FlagReasonCount')
export class FlagReasonCountType {
  @Field(() => FlagReasonEnum)
  reason: FlagReasonEnum;

  @Field(() => Int)
  count: number;
}

@ObjectType('ModerationItem', { description: 'An idea in the moderation queue.' })
export class ModerationItemType {
  @Field(() => IdeaType)
  idea: IdeaType;

  @Field(() => CampaignType)
  campaign: CampaignType;

  @Field(() => Int, { description: 'Open flags (not dismissed, not closed by a restore).' })
  openFlags: number;

  @Field(() => [FlagReasonCountType])
  reasons: FlagReasonCountType[];

  @Field(() => Date, { nullable: true })
  lastFlaggedAt: Date | null;
}

@ObjectType('ModerationQueue')
export class ModerationQueueType {
  @Field(() => [ModerationItemType])
  nodes: ModerationItemType[];

  @Field(() => Int)
  totalCount: number;
}

@ArgsType()
export class ModerationQueueArgs {
  @Field(() => ID, { nullable: true, description: 'One campaign; every campaign you moderate when left out.' })
  campaignId?: string | null;

  @Field(() => ModerationStatusEnum, { nullable: true, defaultValue: 'all' })
  status?: ModerationStatusEnum | null;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  first?: number | null;
}

@ObjectType('IdeaLink', { description: 'A typed link between two ideas, seen from one of them.' })
export class IdeaLinkType {
  @Field(() => ID)
  id: string;

  @Field(() => IdeaLinkKindEnum)
  kind: IdeaLinkKindEnum;

  @Field(() => LinkDirectionEnum)
  direction: 'outgoing' | 'incoming';

  @Field(() => IdeaType, { description: 'The other idea.' })
  idea: IdeaType;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('MergeResult')
export class MergeResultType {
  @Field(() => IdeaType, { description: 'The idea that absorbed the other.' })
  target: IdeaType;

  @Field(() => Int, { description: 'Votes moved from the merged idea.' })
  movedVotes: number;

  @Field(() => Int, { description: 'Votes dropped because their voter had voted on both ideas (the target’s vote kept).' })
  mergedVotes: number;

  @Field(() => Int, { description: 'Budget votes given back to their voters.' })
  refundedVotes: number;
}
