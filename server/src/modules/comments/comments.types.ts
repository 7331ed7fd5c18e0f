import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../core/graphql/page-info.type';

@ObjectType('Comment', {
  description:
    'A comment on an idea. Threads are one level deep: replies hang under their root. A deleted comment keeps its place ("comment deleted") without text or author.',
})
export class CommentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  ideaId: string;

  @Field(() => ID, { nullable: true, description: 'The thread root this answers; null for a root.' })
  parentId: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown as written (mentions as @[Name](user:<id>)); null once deleted.' })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'Rendered and sanitised on the server; null once deleted.' })
  bodyHtml: string | null;

  @Field({ description: 'Written by the author of an anonymous idea on it: `author` is null, `isIdeaAuthor` true.' })
  isAnonymous: boolean;

  @Field({ description: 'Written by the idea’s author (who stays anonymous on an anonymous idea).' })
  isIdeaAuthor: boolean;

  @Field()
  isMine: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last edit; see commentRevisions for the earlier versions.' })
  editedAt: Date | null;

  @Field({ description: 'Deleted: shown as "comment deleted" to keep its thread.' })
  isDeleted: boolean;

  @Field({ description: 'Hidden by a moderator: its text and author only for moderators (others see its place when replies hang under it).' })
  isHidden: boolean;

  @Field()
  viewerCanEdit: boolean;

  @Field()
  viewerCanDelete: boolean;

  @Field({ description: 'Hide or restore it: the campaign’s moderators.' })
  viewerCanModerate: boolean;

  @Field(() => [CommentType], { description: 'Replies, oldest first (empty for a reply).' })
  replies: CommentType[];
}

@ObjectType('CommentRevision', { description: 'An earlier version of a comment.' })
export class CommentRevisionType {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field(() => Date, { description: 'When this version was written.' })
  writtenAt: Date;

  @Field(() => Date, { description: 'When an edit replaced it.' })
  replacedAt: Date;
}

@ObjectType('CommentThreadConnection')
export class CommentThreadConnection {
  @Field(() => [CommentType], { description: 'Thread roots, oldest first, each with its replies.' })
  nodes: CommentType[];

  @Field(() => Int, { description: 'Comments on the idea (deleted and hidden ones not counted): the idea’s commentCount.' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class CommentsArgs {
  @Field(() => ID)
  ideaId: string;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => ID, { nullable: true, description: 'The comment answered (a reply to a reply joins its thread’s root).' })
  parentId?: string | null;

  @Field()
  body: string;
}
