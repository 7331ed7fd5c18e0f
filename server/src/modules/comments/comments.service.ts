import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { can, COMMENT_LIMITS, parseMentions, type CommentEventPayload, type NotificationPayloads } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError, ForbiddenError } from '../../core/errors/domain-error';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { RateLimitService } from '../../core/security/rate-limit.service';
import { AuditService } from '../audit';
import { campaignContext, CampaignClosedError, CampaignNotOpenError, CampaignsService, UUID, type CampaignEntity } from '../campaigns';
import { FollowsService } from '../follows';
import { IdeaMergeHooks, IdeasService, type IdeaView } from '../ideas';
import { NotificationsService, type NotifyResult } from '../notifications';
import type { CommentView } from './comment.entity';
import { renderComment } from './comment-markdown';
import { CommentNotFoundError } from './comments.errors';

const COLUMNS = `c.id, c.idea_id, c.parent_id, c.author_id, c.anonymous, c.body, c.body_html, c.created_at, c.edited_at, c.deleted_at, c.hidden_at,
  (extract(epoch FROM c.created_at) * 1000000)::bigint::text AS sort_key`;

interface CommentRow {
  id: string;
  idea_id: string;
  parent_id: string | null;
  author_id: string | null;
  anonymous: boolean;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  sort_key: string;
}

export interface ThreadPage {
  nodes: CommentView[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface CommentRevisionView {
  id: string;
  body: string;
  bodyHtml: string;
  writtenAt: Date;
  replacedAt: Date;
}

/** An idea together with its campaign, as the reader may see them. */
interface Context {
  idea: IdeaView;
  campaign: CampaignEntity;
  moderator: boolean;
}

/**
 * Comments on ideas: threads one level deep (a reply to a reply joins its thread's root), markdown with
 * mentions, edit history, soft deletion. Who may read a comment is who may read its idea (IdeasService);
 * who may write is anyone who reads it while the campaign is open. The idea's author on an anonymous idea
 * always comments anonymously there ("the author"), so answering under their name cannot unmask them.
 * Every count change goes through IdeasService.adjustCommentCount in the comment's transaction.
 */
@Injectable()
export class CommentsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly ideas: IdeasService,
    private readonly campaigns: CampaignsService,
    private readonly follows: FollowsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly rateLimits: RateLimitService,
    private readonly mergeHooks: IdeaMergeHooks,
  ) {}

  onModuleInit(): void {
    // A merged idea's discussion moves to the idea that absorbs it, counts with it, in the merge's transaction.
    this.mergeHooks.onMerge('comments', async (tx, merge) => {
      const [moved]: [{ live: boolean }[], number] = await tx.query(
        `UPDATE comments SET idea_id = $2 WHERE idea_id = $1 RETURNING (deleted_at IS NULL AND hidden_at IS NULL) AS live`,
        [merge.sourceId, merge.targetId],
      );
      const live = moved.filter((m) => m.live).length;
      if (live > 0) {
        await this.ideas.adjustCommentCount(tx, merge.sourceId, -live);
        await this.ideas.adjustCommentCount(tx, merge.targetId, live);
      }
    });
  }

  /** An idea's threads, oldest first, keyset-paged on the roots; each with all its replies. */
  async threads(actor: AuthUser, query: { ideaId: string; first?: number; after?: string }): Promise<ThreadPage> {
    const first = query.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > COMMENT_LIMITS.pageSizeMax) throw new BadInputError(`"first" must be between 1 and ${COMMENT_LIMITS.pageSizeMax}.`, { field: 'first' });
    const ctx = await this.context(actor, query.ideaId);
    const params: unknown[] = [ctx.idea.id, ctx.moderator];
    let keyset = '';
    if (query.after) {
      const cursor = decodeCursor(query.after, 2);
      if (!cursor || !/^\d{1,18}$/.test(cursor[0]) || !UUID.test(cursor[1])) throw new BadInputError('Invalid cursor.', { field: 'after' });
      params.push(cursor[0], cursor[1]);
      keyset = ` AND (c.created_at, c.id) > ('epoch'::timestamptz + $3::bigint * interval '1 microsecond', $4::uuid)`;
    }
    params.push(first + 1);
    // A root shows when it is live, or when a reader-visible reply keeps its place in the conversation.
    const roots: CommentRow[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM comments c
        WHERE c.idea_id = $1 AND c.parent_id IS NULL${keyset}
          AND ((c.deleted_at IS NULL AND (c.hidden_at IS NULL OR $2))
               OR EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL AND (r.hidden_at IS NULL OR $2)))
        ORDER BY c.created_at, c.id LIMIT $${params.length}`,
      params,
    );
    const page = roots.slice(0, first);
    const replies: CommentRow[] = page.length
      ? await this.ds.query(
          `SELECT ${COLUMNS} FROM comments c WHERE c.parent_id = ANY($1::uuid[]) AND c.deleted_at IS NULL AND (c.hidden_at IS NULL OR $2) ORDER BY c.created_at, c.id`,
          [page.map((r) => r.id), ctx.moderator],
        )
      : [];
    const byRoot = new Map<string, CommentView[]>();
    for (const reply of replies) byRoot.set(reply.parent_id!, [...(byRoot.get(reply.parent_id!) ?? []), this.view(reply, actor, ctx)]);
    const last = page[page.length - 1];
    return {
      nodes: page.map((r) => ({ ...this.view(r, actor, ctx), replies: byRoot.get(r.id) ?? [] })),
      totalCount: ctx.idea.commentCount,
      pageInfo: { hasNextPage: roots.length > first, endCursor: last ? encodeCursor([last.sort_key, last.id]) : null },
    };
  }

  /** One comment (a live page reads the comment an event named), with its replies if it is a root. */
  async get(actor: AuthUser, id: string): Promise<CommentView> {
    const row = await this.row(this.ds.manager, id);
    const ctx = await this.context(actor, row.idea_id);
    const replies: CommentRow[] = row.parent_id
      ? []
      : await this.ds.query(
          `SELECT ${COLUMNS} FROM comments c WHERE c.parent_id = $1 AND c.deleted_at IS NULL AND (c.hidden_at IS NULL OR $2) ORDER BY c.created_at, c.id`,
          [row.id, ctx.moderator],
        );
    // Hidden from this reader: only a thread's root keeps its place (masked) while replies hang under it.
    if (row.hidden_at && !ctx.moderator && replies.length === 0) throw new CommentNotFoundError();
    return { ...this.view(row, actor, ctx), replies: replies.map((r) => this.view(r, actor, ctx)) };
  }

  /**
   * Hides a comment from everyone but the campaign's moderators, or shows it again ('campaign.moderate';
   * audited). A hidden comment leaves the idea's count; hiding it again changes nothing.
   */
  async setHidden(actor: AuthUser, id: string, hidden: boolean): Promise<CommentView> {
    const row = await this.row(this.ds.manager, id);
    const ctx = await this.context(actor, row.idea_id);
    if (!ctx.moderator) {
      if (row.hidden_at) throw new CommentNotFoundError();
      throw new ForbiddenError('Only the campaign’s moderators may hide or restore a comment.');
    }
    if (row.deleted_at) throw new CommentNotFoundError();
    const count = await this.ds.transaction(async (tx) => {
      const current = await this.row(tx, id, true);
      if (current.deleted_at) throw new CommentNotFoundError();
      if ((current.hidden_at !== null) === hidden) return null;
      await tx.query(`UPDATE comments SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [id]);
      await this.audit.record({ actorId: actor.id, action: hidden ? 'comment.hide' : 'comment.restore', target: { type: 'comment', id }, data: { ideaId: row.idea_id } }, tx);
      return this.ideas.adjustCommentCount(tx, row.idea_id, hidden ? -1 : 1);
    });
    if (count !== null) this.emit('comment:updated', ctx, { commentId: id, parentId: row.parent_id, commentCount: count });
    return this.get(actor, id);
  }

  /**
   * Posts a comment (or a reply: a reply to a reply joins the thread's root). The commenter follows the
   * idea; people mentioned who may read the idea are told ('comment.mentioned'), then its other followers
   * ('idea.commented'). The same text posted again by the same person on the same thread within a minute
   * is taken as a replay (a double click, a retried request): the first comment is returned, nothing is added.
   */
  async add(actor: AuthUser, input: { ideaId: string; parentId?: string | null; body: string }): Promise<CommentView> {
    const body = validateBody(input.body);
    const ctx = await this.context(actor, input.ideaId);
    assertWritable(ctx.campaign);
    // A merged idea redirects to the one that absorbed it: the discussion continues there.
    if (ctx.idea.mergedIntoId) throw new BadInputError('This idea was merged into another: comment on that one.', { field: 'ideaId', mergedIntoId: ctx.idea.mergedIntoId });
    if (input.parentId !== undefined && input.parentId !== null && typeof input.parentId !== 'string') throw new BadInputError('Invalid parent.', { field: 'parentId' });
    const anonymous = ctx.idea.anonymous && ctx.idea.authorId === actor.id;
    const mentions = parseMentions(body)
      .slice(0, COMMENT_LIMITS.mentionsMax)
      .map((m) => m.userId)
      .filter((id) => id !== actor.id);

    // Counted before the transaction (the limiter has its own connection), so a burst cannot hold every pooled connection.
    await this.rateLimits.consume(`comment:${actor.id}`, COMMENT_LIMITS.perMinute, 60);
    const outcome = await this.ds.transaction(async (tx) => {
      // One person's comments on one idea, one at a time: the replay check below cannot race itself.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('comment:' || $1 || ':' || $2))`, [actor.id, ctx.idea.id]);
      let rootId: string | null = null;
      if (input.parentId) {
        const parent = await this.row(tx, input.parentId);
        if (parent.idea_id !== ctx.idea.id || parent.deleted_at || (parent.hidden_at && !ctx.moderator)) throw new CommentNotFoundError();
        rootId = parent.parent_id ?? parent.id;
      }
      const [replay]: { id: string }[] = await tx.query(
        `SELECT id FROM comments WHERE idea_id = $1 AND author_id = $2 AND parent_id IS NOT DISTINCT FROM $3 AND body = $4
            AND deleted_at IS NULL AND created_at > now() - interval '1 minute' LIMIT 1`,
        [ctx.idea.id, actor.id, rootId, body],
      );
      if (replay) return { id: replay.id, rootId, sent: [] as NotifyResult[], count: null };
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO comments (idea_id, parent_id, author_id, anonymous, body, body_html) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [ctx.idea.id, rootId, actor.id, anonymous, body, renderComment(body)],
      );
      const count = await this.ideas.adjustCommentCount(tx, ctx.idea.id, 1);
      await this.follows.followInTx(tx, actor.id, 'idea', ctx.idea.id);
      const actorName = anonymous ? null : actor.displayName;
      const mentioned = await this.notifyMentioned(tx, ctx, row.id, actor.id, actorName, mentions);
      const followers = await this.follows.notifyIdeaFollowers(tx, { idea: ctx.idea, campaign: ctx.campaign, commentId: row.id, actorId: actor.id, actorName, except: mentioned.flatMap((m) => m.recipients) });
      return { id: row.id, rootId, sent: [...mentioned, ...followers], count };
    });
    for (const s of outcome.sent) void s.publish();
    if (outcome.count !== null) this.emit('comment:added', ctx, { commentId: outcome.id, parentId: outcome.rootId, commentCount: outcome.count });
    return this.get(actor, outcome.id);
  }

  /** Edits one's own comment while the campaign is open; the previous text joins its history. New mentions are told. */
  async edit(actor: AuthUser, id: string, rawBody: string): Promise<CommentView> {
    const body = validateBody(rawBody);
    const row = await this.row(this.ds.manager, id);
    const ctx = await this.context(actor, row.idea_id);
    if (row.deleted_at || (row.hidden_at && !ctx.moderator)) throw new CommentNotFoundError();
    if (row.author_id !== actor.id) throw new ForbiddenError('Only its author may edit a comment.');
    assertWritable(ctx.campaign);
    const sent = await this.ds.transaction(async (tx) => {
      const current = await this.row(tx, id, true);
      if (current.deleted_at) throw new CommentNotFoundError();
      // The same text again (a replay, or nothing changed): no new version.
      if (current.body === body) return null;
      await tx.query(`INSERT INTO comment_revisions (comment_id, body, body_html, written_at) VALUES ($1, $2, $3, $4)`, [id, current.body, current.body_html, current.edited_at ?? current.created_at]);
      await tx.query(`UPDATE comments SET body = $2, body_html = $3, edited_at = now() WHERE id = $1`, [id, body, renderComment(body)]);
      const before = new Set(parseMentions(current.body).map((m) => m.userId));
      const added = parseMentions(body)
        .slice(0, COMMENT_LIMITS.mentionsMax)
        .map((m) => m.userId)
        .filter((u) => !before.has(u) && u !== actor.id);
      return this.notifyMentioned(tx, ctx, id, actor.id, current.anonymous ? null : actor.displayName, added);
    });
    if (sent) {
      for (const s of sent) void s.publish();
      this.emit('comment:updated', ctx, { commentId: id, parentId: row.parent_id, commentCount: null });
    }
    return this.get(actor, id);
  }

  /**
   * Deletes a comment: its author, or a moderator (hub coordinators, administrators, the people who run
   * the campaign; audited). The row stays as "comment deleted" so its thread keeps its shape; its text
   * and history are erased. Deleting again changes nothing.
   */
  async delete(actor: AuthUser, id: string): Promise<CommentView> {
    const row = await this.row(this.ds.manager, id);
    const ctx = await this.context(actor, row.idea_id);
    if (row.hidden_at && !ctx.moderator) throw new CommentNotFoundError();
    const mine = row.author_id === actor.id;
    if (!mine && !ctx.moderator) throw new ForbiddenError('Only its author or a moderator may delete a comment.');
    const count = await this.ds.transaction(async (tx) => {
      const current = await this.row(tx, id, true);
      if (current.deleted_at) return null;
      await tx.query(`UPDATE comments SET deleted_at = now(), body = '', body_html = '' WHERE id = $1`, [id]);
      await tx.query(`DELETE FROM comment_revisions WHERE comment_id = $1`, [id]);
      if (!mine) await this.audit.record({ actorId: actor.id, action: 'comment.delete', target: { type: 'comment', id }, data: { ideaId: row.idea_id } }, tx);
      // A hidden comment was already out of the count.
      return current.hidden_at ? ctx.idea.commentCount : this.ideas.adjustCommentCount(tx, row.idea_id, -1);
    });
    if (count !== null) this.emit('comment:updated', ctx, { commentId: id, parentId: row.parent_id, commentCount: count });
    return this.get(actor, id);
  }

  /** Earlier versions of a comment, newest first: for whoever may read the comment (none once it is deleted). */
  async revisions(actor: AuthUser, commentId: string): Promise<CommentRevisionView[]> {
    const row = await this.row(this.ds.manager, commentId);
    const ctx = await this.context(actor, row.idea_id);
    if (row.hidden_at && !ctx.moderator) throw new CommentNotFoundError();
    const rows: { id: string; body: string; body_html: string; written_at: Date; replaced_at: Date }[] = await this.ds.query(
      `SELECT id, body, body_html, written_at, replaced_at FROM comment_revisions WHERE comment_id = $1 ORDER BY replaced_at DESC, id DESC LIMIT 100`,
      [commentId],
    );
    return rows.map((r) => ({ id: r.id, body: r.body, bodyHtml: r.body_html, writtenAt: r.written_at, replacedAt: r.replaced_at }));
  }

  /** What a body would look like once posted (nothing stored; the same limits as posting). */
  preview(actor: AuthUser, body: unknown): string {
    void actor;
    return renderComment(validateBody(body));
  }

  /** Tells the people mentioned who may read the idea (the others are silently left out). */
  private async notifyMentioned(tx: EntityManager, ctx: Context, commentId: string, actorId: string, actorName: string | null, userIds: string[]): Promise<NotifyResult[]> {
    if (userIds.length === 0) return [];
    const readers = await this.follows.readersAmong(tx, userIds, ctx.campaign, ctx.idea);
    if (readers.length === 0) return [];
    const payload: NotificationPayloads['comment.mentioned'] = { ideaId: ctx.idea.id, ideaTitle: ctx.idea.title, campaignId: ctx.campaign.id, commentId, actorName };
    return [await this.notifications.notify(readers.map((r) => r.id), 'comment.mentioned', payload, { actorId, actorAnonymous: actorName === null, subject: { type: 'idea', id: ctx.idea.id }, manager: tx })];
  }

  /** The idea's audience hears that its discussion changed (ids only); nothing for an idea a moderator hid. */
  private emit(event: 'comment:added' | 'comment:updated', ctx: Context, change: { commentId: string; parentId: string | null; commentCount: number | null }): void {
    const io = this.realtime.server;
    if (!io || ctx.idea.hiddenAt) return;
    const payload: CommentEventPayload = {
      ideaId: ctx.idea.id,
      campaignId: ctx.campaign.id,
      commentId: change.commentId,
      parentId: change.parentId,
      commentCount: change.commentCount ?? ctx.idea.commentCount,
    };
    const rooms = this.campaigns.audienceRooms(ctx.campaign);
    (rooms ? io.to(rooms) : io).emit(event, payload);
  }

  private async context(actor: AuthUser, ideaId: string): Promise<Context> {
    const idea = await this.ideas.get(actor, ideaId);
    const campaign = await this.campaigns.get(actor, idea.campaignId);
    // The campaign's moderators (the policy's 'campaign.moderate': hub coordinators and up, the people who run it).
    return { idea, campaign, moderator: can(actor, 'campaign.moderate', campaignContext(campaign)) };
  }

  private async row(tx: EntityManager, id: string, lock = false): Promise<CommentRow> {
    if (typeof id !== 'string' || !UUID.test(id)) throw new CommentNotFoundError();
    const rows: CommentRow[] = await tx.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) throw new CommentNotFoundError();
    return rows[0];
  }

  private view(row: CommentRow, actor: AuthUser, ctx: Context): CommentView {
    const deleted = row.deleted_at !== null;
    // Deleted, or hidden from this reader: the comment keeps its place without its text or author.
    const masked = deleted || (row.hidden_at !== null && !ctx.moderator);
    const mine = row.author_id !== null && row.author_id === actor.id;
    const open = ctx.campaign.status === 'open';
    return {
      id: row.id,
      ideaId: row.idea_id,
      parentId: row.parent_id,
      authorId: masked || row.anonymous ? null : row.author_id,
      anonymous: row.anonymous,
      // On an anonymous idea only an anonymous comment may say "the author" (a signed comment of theirs,
      // e.g. one moved here by a merge, must not tie their name to the idea).
      isIdeaAuthor: !masked && row.author_id !== null && row.author_id === ctx.idea.authorId && (!ctx.idea.anonymous || row.anonymous),
      isMine: mine,
      body: masked ? null : row.body,
      bodyHtml: masked ? null : row.body_html,
      createdAt: row.created_at,
      editedAt: masked ? null : row.edited_at,
      deleted,
      hidden: row.hidden_at !== null,
      viewerCanEdit: !masked && mine && open,
      viewerCanDelete: !masked && (mine || ctx.moderator),
      viewerCanModerate: !deleted && ctx.moderator,
      replies: [],
    };
  }
}

/** A comment's text: a string of 1 to bodyMax characters once trimmed. */
function validateBody(body: unknown): string {
  if (typeof body !== 'string') throw new BadInputError('A comment needs text.', { field: 'body' });
  const text = body.trim();
  if (text.length < 1 || text.length > COMMENT_LIMITS.bodyMax) throw new BadInputError(`A comment has 1 to ${COMMENT_LIMITS.bodyMax} characters.`, { field: 'body' });
  return text;
}

/** Discussions happen while the campaign is open: before, there is nothing to discuss; after, its record is kept as it was. */
function assertWritable(campaign: CampaignEntity): void {
  if (campaign.status === 'upcoming') throw new CampaignNotOpenError();
  if (campaign.status === 'closed') throw new CampaignClosedError();
}
