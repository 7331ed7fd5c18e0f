import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, CURATION_LIMITS, FLAG_REASONS, type FlagReason, type ServerToClientEvents } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError, ForbiddenError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AuditService } from '../audit';
import { CAMPAIGN_COLUMNS, campaignContext, campaignFromRow, CampaignsService, campaignVisibleSql, paramList, UUID, type CampaignEntity } from '../campaigns';
import { IdeaNotFoundError, IdeasService, lockVoterBudgets, readIdea, readIdeas, refundIdeaVotes, type IdeaView } from '../ideas';
import { NotificationsService } from '../notifications';
import { campaignModeratedSql } from './moderation.sql';

export const QUEUE_STATUSES = ['flagged', 'hidden', 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export interface QueueItem {
  idea: IdeaView;
  campaign: CampaignEntity;
  openFlags: number;
  reasons: { reason: FlagReason; count: number }[];
  lastFlaggedAt: Date | null;
}

export interface QueuePage {
  nodes: QueueItem[];
  totalCount: number;
}

/** One line of text from a person: trimmed, no control characters but line breaks, within `max`. */
export function cleanText(value: unknown, field: string, min: number, max: number): string {
  if (typeof value !== 'string') throw new BadInputError('Invalid text.', { field });
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (text.length < min || text.length > max || /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw new BadInputError(min > 0 ? `Write ${min} to ${max} characters.` : `At most ${max} characters.`, { field });
  }
  return text;
}

/**
 * Moderation of Hivemind ideas: anyone who sees an idea may flag it (one flag per person, with a
 * reason); the campaign's moderators ('campaign.moderate') hide and restore ideas, dismiss flags and
 * read their queue; administrators ('idea.revealAuthor') may look behind an idea's anonymity. Every
 * moderator action writes an audit entry in its own transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly ideas: IdeasService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  canModerate(actor: AuthUser | undefined, campaign: CampaignEntity): boolean {
    return can(actor, 'campaign.moderate', campaignContext(campaign));
  }

  /** Open flags per idea (moderators' view). */
  readonly openFlagCount = new LoaderKey<string, number>('moderation.openFlags', () =>
    new DataLoader(async (ids) => {
      const rows: { idea_id: string; n: number }[] = await this.ds.query(
        `SELECT idea_id, count(*)::int AS n FROM idea_flags WHERE idea_id = ANY($1::uuid[]) AND resolved_at IS NULL GROUP BY idea_id`,
        [[...ids]],
      );
      const counts = new Map(rows.map((r) => [r.idea_id, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  );

  /** The viewer's own open flag per idea: key `${userId}|${ideaId}`. */
  readonly myFlag = new LoaderKey<string, FlagReason | null>('moderation.myFlag', () =>
    new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows: { user_id: string; idea_id: string; reason: FlagReason }[] = await this.ds.query(
        `SELECT f.user_id, f.idea_id, f.reason FROM idea_flags f JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, idea_id) ON f.user_id = k.user_id AND f.idea_id = k.idea_id
          WHERE f.resolved_at IS NULL`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const byKey = new Map(rows.map((r) => [`${r.user_id}|${r.idea_id}`, r.reason]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  );

  /**
   * An idea a moderator acts on, hidden ones included, with its campaign: IDEA_NOT_FOUND when its
   * campaign is invisible to them (or the id is garbage), FORBIDDEN when they see it but may not
   * moderate it — except a hidden idea, which does not exist for them either.
   */
  async forModeration(actor: AuthUser, ideaId: string, tx: EntityManager = this.ds.manager): Promise<{ idea: IdeaView; campaign: CampaignEntity }> {
    if (typeof ideaId !== 'string' || !UUID.test(ideaId)) throw new IdeaNotFoundError();
    const { params, param } = paramList();
    const idParam = param(ideaId);
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT ${CAMPAIGN_COLUMNS('c')}, i.hidden_at AS idea_hidden_at FROM ideas i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = ${idParam} AND ${campaignVisibleSql(actor, 'c', param)}`,
      params,
    );
    if (!rows[0]) throw new IdeaNotFoundError();
    const campaign = campaignFromRow(rows[0]);
    if (!this.canModerate(actor, campaign)) {
      if (rows[0].idea_hidden_at) throw new IdeaNotFoundError();
      throw new ForbiddenError('Only the moderators of this campaign may do this.');
    }
    const idea = await readIdea(tx, ideaId, actor.id);
    if (!idea) throw new IdeaNotFoundError();
    return { idea, campaign };
  }

  /** Flags an idea the person sees (one flag per person: flagging again changes the reason and note). */
  async flag(actor: AuthUser, ideaId: string, reason: FlagReason, note: string | null | undefined): Promise<IdeaView> {
    if (!FLAG_REASONS.includes(reason)) throw new BadInputError('Unknown reason.', { field: 'reason' });
    const text = note === null || note === undefined ? '' : cleanText(note, 'note', 0, CURATION_LIMITS.flagNoteMax);
    const idea = await this.ideas.get(actor, ideaId);
    if (idea.mergedIntoId) throw new IdeaNotFoundError();
    await this.ds.query(
      `INSERT INTO idea_flags (idea_id, user_id, reason, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (idea_id, user_id) DO UPDATE SET reason = EXCLUDED.reason, note = EXCLUDED.note,
         created_at = CASE WHEN idea_flags.resolved_at IS NULL THEN idea_flags.created_at ELSE now() END, resolved_at = NULL`,
      [idea.id, actor.id, reason, text],
    );
    return idea;
  }

  /** Takes one's own flag back. */
  async unflag(actor: AuthUser, ideaId: string): Promise<IdeaView> {
    const idea = await this.ideas.get(actor, ideaId);
    await this.ds.query(`DELETE FROM idea_flags WHERE idea_id = $1 AND user_id = $2`, [idea.id, actor.id]);
    return idea;
  }

  /**
   * Takes an idea off its board: it vanishes from boards, counts, suggestions and votes for everyone
   * but moderators, its budget votes come back to their voters (told by 'vote.refunded'), its open
   * flags stay for the record. Hiding a hidden idea changes nothing (no second audit entry).
   */
  async hide(actor: AuthUser, ideaId: string, reason: string): Promise<IdeaView> {
    const why = cleanText(reason, 'reason', CURATION_LIMITS.reasonMin, CURATION_LIMITS.reasonMax);
    const { campaign } = await this.forModeration(actor, ideaId);
    const sent = await this.ds.transaction(async (tx) => {
      // The voters' budget rows before the idea's row, as votes and merges take them (lockVoterBudgets).
      await lockVoterBudgets(tx, ideaId, campaign);
      const [row]: { hidden_at: Date | null; title: string }[] = await tx.query(`SELECT hidden_at, title FROM ideas WHERE id = $1 FOR UPDATE`, [ideaId]);
      if (row.hidden_at) return null;
      await tx.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [ideaId]);
      const refunded = await refundIdeaVotes(tx, ideaId, campaign);
      const [{ n }]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM idea_flags WHERE idea_id = $1 AND resolved_at IS NULL`, [ideaId]);
      await this.audit.record({ actorId: actor.id, action: 'idea.hide', target: { type: 'idea', id: ideaId }, data: { reason: why, openFlags: n, refundedVotes: refunded.length } }, tx);
      return this.notifications.notify(refunded, 'vote.refunded', { ideaId, ideaTitle: row.title, campaignId: campaign.id, votes: 1, reason: 'hidden' }, { actorId: actor.id, subject: { type: 'idea', id: ideaId }, manager: tx });
    });
    if (sent) {
      void sent.publish();
      this.emit(campaign, 'idea:hidden', { ideaId, campaignId: campaign.id });
    }
    return (await readIdea(this.ds.manager, ideaId, actor.id))!;
  }

  /** Puts a hidden idea back on its board and closes its open flags. Votes given back stay given back. */
  async restore(actor: AuthUser, ideaId: string): Promise<IdeaView> {
    const { campaign } = await this.forModeration(actor, ideaId);
    const changed = await this.ds.transaction(async (tx) => {
      const [row]: { hidden_at: Date | null }[] = await tx.query(`SELECT hidden_at FROM ideas WHERE id = $1 FOR UPDATE`, [ideaId]);
      if (!row.hidden_at) return false;
      await tx.query(`UPDATE ideas SET hidden_at = NULL WHERE id = $1`, [ideaId]);
      const [closed]: [unknown[], number] = await tx.query(`UPDATE idea_flags SET resolved_at = now() WHERE idea_id = $1 AND resolved_at IS NULL RETURNING 1`, [ideaId]);
      await this.audit.record({ actorId: actor.id, action: 'idea.restore', target: { type: 'idea', id: ideaId }, data: { closedFlags: closed.length } }, tx);
      return true;
    });
    if (changed) this.emit(campaign, 'idea:restored', { ideaId, campaignId: campaign.id });
    return (await readIdea(this.ds.manager, ideaId, actor.id))!;
  }

  /** Closes an idea's open flags without hiding it (the flags were unfounded). */
  async dismissFlags(actor: AuthUser, ideaId: string): Promise<IdeaView> {
    await this.forModeration(actor, ideaId);
    await this.ds.transaction(async (tx) => {
      const [closed]: [unknown[], number] = await tx.query(`UPDATE idea_flags SET resolved_at = now() WHERE idea_id = $1 AND resolved_at IS NULL RETURNING 1`, [ideaId]);
      if (closed.length > 0) await this.audit.record({ actorId: actor.id, action: 'idea.flags_dismissed', target: { type: 'idea', id: ideaId }, data: { closedFlags: closed.length } }, tx);
    });
    return (await readIdea(this.ds.manager, ideaId, actor.id))!;
  }

  /**
   * The moderation queue: ideas with open flags (not hidden), hidden ideas, or both, of one campaign or
   * of every campaign the person may moderate; most recent event first (last flag or hiding).
   */
  async queue(actor: AuthUser, query: { campaignId?: string | null; status?: QueueStatus | null; first?: number | null }): Promise<QueuePage> {
    const first = query.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > CURATION_LIMITS.queuePageMax) throw new BadInputError(`"first" must be between 1 and ${CURATION_LIMITS.queuePageMax}.`, { field: 'first' });
    const status = query.status ?? 'all';
    if (!QUEUE_STATUSES.includes(status)) throw new BadInputError('Unknown status.', { field: 'status' });
    const { params, param } = paramList();
    const where = [campaignVisibleSql(actor, 'c', param), campaignModeratedSql(actor, 'c', param), 'i.merged_into_id IS NULL'];
    if (query.campaignId) {
      const campaign = await this.campaigns.get(actor, query.campaignId);
      authorize(actor, 'campaign.moderate', campaignContext(campaign), 'Only the moderators of this campaign may read its queue.');
      where.push(`i.campaign_id = ${param(campaign.id)}::uuid`);
    } else if (!can(actor, 'campaign.moderate', { departmentId: actor.departmentId, createdBy: null }) && !(await this.runsAnyCampaign(actor))) {
      throw new ForbiddenError('Only moderators have a moderation queue.');
    }
    const flagged = `(i.hidden_at IS NULL AND f.open_flags > 0)`;
    const hidden = `(i.hidden_at IS NOT NULL)`;
    where.push(status === 'flagged' ? flagged : status === 'hidden' ? hidden : `(${flagged} OR ${hidden})`);
    // Only candidates are read: ideas with open flags (partial index idea_flags_open) and hidden ideas
    // (partial index ideas_hidden), never the whole ideas table, however many ideas the campaigns hold.
    const candidates: string[] = [];
    if (status !== 'hidden') candidates.push(`SELECT idea_id AS id FROM idea_flags WHERE resolved_at IS NULL`);
    if (status !== 'flagged') candidates.push(`SELECT id FROM ideas WHERE hidden_at IS NOT NULL`);
    const from = `FROM (${candidates.join(' UNION ')}) k
      JOIN ideas i ON i.id = k.id
      JOIN campaigns c ON c.id = i.campaign_id
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS open_flags, max(created_at) AS last_flagged_at,
               coalesce(json_agg(json_build_object('reason', reason)) , '[]') AS flags
          FROM idea_flags WHERE idea_id = i.id AND resolved_at IS NULL) f ON TRUE
      WHERE ${where.join(' AND ')}`;
    const countParams = [...params];
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT i.id AS queue_idea_id, f.open_flags, f.last_flagged_at, f.flags, ${CAMPAIGN_COLUMNS('c')}
         ${from}
        ORDER BY greatest(i.hidden_at, f.last_flagged_at) DESC NULLS LAST, i.id DESC
        LIMIT ${param(first)}`,
      params,
    );
    const [{ count }] = await this.ds.query(`SELECT count(*)::int AS count ${from}`, countParams);
    const ideas = await readIdeas(this.ds.manager, rows.map((r) => r.queue_idea_id as string), actor.id);
    const nodes: QueueItem[] = [];
    for (const row of rows) {
      const idea = ideas.get(row.queue_idea_id as string);
      if (!idea) continue;
      const tally = new Map<FlagReason, number>();
      for (const f of row.flags as { reason: FlagReason | null }[]) if (f.reason) tally.set(f.reason, (tally.get(f.reason) ?? 0) + 1);
      nodes.push({
        idea,
        campaign: campaignFromRow(row),
        openFlags: row.open_flags as number,
        reasons: [...tally].map(([reason, n]) => ({ reason, count: n })).sort((a, b) => b.count - a.count),
        lastFlaggedAt: (row.last_flagged_at as Date | null) ?? null,
      });
    }
    return { nodes, totalCount: count };
  }

  /** Whether the person runs at least one campaign (creator, or representative of an owning department). */
  async runsAnyCampaign(actor: AuthUser): Promise<boolean> {
    const { params, param } = paramList();
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM campaigns c WHERE ${campaignModeratedSql(actor, 'c', param)} LIMIT 1`, params);
    return rows.length > 0;
  }

  /**
   * Who wrote an idea, for abuse moderation ('idea.revealAuthor'): the reason is required and the look
   * is audited in the same transaction as the read, anonymous idea or not. Null when the author's
   * account is gone.
   */
  async revealAuthor(actor: AuthUser, ideaId: string, reason: string): Promise<string | null> {
    authorize(actor, 'idea.revealAuthor', {}, 'Only administrators may see who wrote an anonymous idea.');
    const why = cleanText(reason, 'reason', CURATION_LIMITS.reasonMin, CURATION_LIMITS.reasonMax);
    if (typeof ideaId !== 'string' || !UUID.test(ideaId)) throw new IdeaNotFoundError();
    return this.ds.transaction(async (tx) => {
      const [row]: { author_id: string | null; anonymous: boolean }[] = await tx.query(`SELECT author_id, anonymous FROM ideas WHERE id = $1`, [ideaId]);
      if (!row) throw new IdeaNotFoundError();
      await this.audit.record({ actorId: actor.id, action: 'idea.reveal_author', target: { type: 'idea', id: ideaId }, data: { reason: why, anonymous: row.anonymous } }, tx);
      return row.author_id;
    });
  }

  /** A socket event to the campaign's audience rooms (a broadcast for everyone-campaigns). */
  emit<E extends 'idea:hidden' | 'idea:restored' | 'idea:merged'>(campaign: CampaignEntity, event: E, payload: Parameters<ServerToClientEvents[E]>[0]): void {
    const io = this.realtime.server;
    if (!io) return;
    const rooms = this.campaigns.audienceRooms(campaign);
    const target = rooms ? io.to(rooms) : io;
    (target.emit as (e: string, p: unknown) => void)(event, payload);
  }
}
