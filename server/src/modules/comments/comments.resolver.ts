import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { UsersService, UserType } from '../users';
import type { CommentView } from './comment.entity';
import { CommentsService } from './comments.service';
import { AddCommentInput, CommentRevisionType, CommentsArgs, CommentThreadConnection, CommentType } from './comments.types';

@Resolver(() => CommentType)
export class CommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => CommentThreadConnection, {
    description: 'An idea’s discussion: threads oldest first. IDEA_NOT_FOUND for an idea you may not see.',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || 20, 50) * childComplexity,
  })
  comments(@CurrentUser() user: AuthUser, @Args() args: CommentsArgs) {
    return this.commentsService.threads(user, { ideaId: args.ideaId, first: args.first, after: args.after });
  }

  @Query(() => CommentType, { description: 'One comment (what a comment:added event names), with its replies if it is a root.' })
  comment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.commentsService.get(user, id);
  }

  @Query(() => [CommentRevisionType], { description: 'Earlier versions of a comment, newest first: for whoever may read it.' })
  commentRevisions(@CurrentUser() user: AuthUser, @Args('commentId', { type: () => ID }) commentId: string) {
    return this.commentsService.revisions(user, commentId);
  }

  @Query(() => String, { description: 'The HTML a comment body would render to (the composer’s preview): the same rendering and sanitising as posting.' })
  commentPreview(@CurrentUser() user: AuthUser, @Args('body') body: string) {
    return this.commentsService.preview(user, body);
  }

  @Mutation(() => CommentType, { description: 'Anyone who may see the idea, while its campaign is open. Mention people as @[Name](user:<id>).' })
  addComment(@CurrentUser() user: AuthUser, @Args('input') input: AddCommentInput) {
    return this.commentsService.add(user, input);
  }

  @Mutation(() => CommentType, { description: 'Its author, while the campaign is open; the previous text joins the history.' })
  editComment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.commentsService.edit(user, id, body);
  }

  @Mutation(() => CommentType, { description: 'Its author, or a moderator (audited). The comment stays as "comment deleted".' })
  deleteComment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.commentsService.delete(user, id);
  }

  @Mutation(() => CommentType, { description: 'The campaign’s moderators (audited): hidden from everyone else, out of the count.' })
  hideComment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.commentsService.setHidden(user, id, true);
  }

  @Mutation(() => CommentType, { description: 'The campaign’s moderators (audited): shown again.' })
  restoreComment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.commentsService.setHidden(user, id, false);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Null when anonymous or deleted.' })
  author(comment: CommentView, _args: unknown, ctx: GqlContext) {
    return comment.authorId ? ctx.loaders.get(this.users.byId).load(comment.authorId) : null;
  }

  @ResolveField(() => Boolean)
  isAnonymous(comment: CommentView) {
    return comment.anonymous;
  }

  @ResolveField(() => Boolean)
  isDeleted(comment: CommentView) {
    return comment.deleted;
  }

  @ResolveField(() => Boolean)
  isHidden(comment: CommentView) {
    return comment.hidden;
  }
}
