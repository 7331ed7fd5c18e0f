import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../core/graphql/page-info.type';
import { IdeaSortEnum, VoteValueEnum } from './ideas.enums';

@ObjectType('RankExplanation', { description: 'Why an idea sits where it does: the parts of its scores (see shared/src/ranking.ts).' })
export class RankExplanationType {
  @Field(() => Int)
  up: number;

  @Field(() => Int)
  down: number;

  @Field(() => Int, { description: 'up − down' })
  net: number;

  @Field(() => Float, { description: 'Lower bound of the 95 % Wilson interval of the share of up votes: the "top" order.' })
  wilsonLowerBound: number;

  @Field(() => Float)
  ageHours: number;

  @Field(() => Float, { description: 'sign(net)·log10(max(|net|, 1)) + age term: the "hot" order (Reddit’s formula).' })
  hot: number;

  @Field(() => Float, { description: '(up + down) ^ (minority / majority): the "controversial" order.' })
  controversy: number;

  @Field(() => Int, { description: 'The "discussed" order.' })
  commentCount: number;
}

@ObjectType('Idea', { description: 'An idea in a campaign. The author of an anonymous idea is never shown to anyone.' })
export class IdeaType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'The body rendered and sanitised on the server.' })
  bodyHtml: string;

  @Field(() => [String])
  tags: string[];

  @Field({ description: 'Posted anonymously: `author` is null for everyone.' })
  isAnonymous: boolean;

  @Field({ description: 'You wrote it (true for your anonymous ideas too; only you learn it).' })
  isMine: boolean;

  @Field({ description: 'The campaign hides counts until you vote on this idea (or it closes): counts are null.' })
  countsHidden: boolean;

  @Field(() => Int, { nullable: true })
  upVotes: number | null;

  @Field(() => Int, { nullable: true })
  downVotes: number | null;

  @Field(() => VoteValueEnum, { nullable: true, description: 'Your vote, if any.' })
  myVote: VoteValueEnum | null;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Date)
  lastActivityAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType()
export class IdeaConnection {
  @Field(() => [IdeaType])
  nodes: IdeaType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => IdeaSortEnum, { description: 'The order used: top, hot and controversial fall back to new while the campaign hides counts.' })
  sort: IdeaSortEnum;

  @Field({ description: 'The campaign hides counts until people vote, and has not closed.' })
  countsHidden: boolean;
}

@ArgsType()
export class IdeasArgs {
  @Field(() => ID)
  campaignId: string;

  @Field(() => IdeaSortEnum, { defaultValue: 'hot' })
  sort: IdeaSortEnum;

  @Field(() => Int, { defaultValue: 25 })
  first: number;

  @Field({ nullable: true })
  after?: string;
}

@InputType()
export class CreateIdeaInput {
  @Field(() => ID)
  campaignId: string;

  @Field()
  title: string;

  @Field({ nullable: true, description: 'Markdown.' })
  body?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field({ nullable: true, defaultValue: false, description: 'Hide your name from everyone (kept only for abuse moderation).' })
  anonymous?: boolean;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateIdeaInput {
  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  body?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ObjectType()
export class VoteResult {
  @Field(() => IdeaType, { description: 'The idea with its new counts, as you see them.' })
  idea: IdeaType;

  @Field(() => Int, { nullable: true, description: 'Votes you have left in the campaign; null: no budget.' })
  remainingVotes: number | null;
}
