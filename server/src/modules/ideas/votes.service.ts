import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { VOTE_VALUES, type IdeaVotesPayload, type VoteValue } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { CAMPAIGN_COLUMNS, campaignContext, campaignFromRow, CampaignsService, campaignVisibleSql, paramList, UUID, type CampaignEntity } from '../campaigns';
import type { IdeaView } from './idea.entity';
import { IdeaNotFoundError, VoteBudgetExceededError } from './ideas.errors';
import { assertOpen, IdeasService } from './ideas.service';

export interface VoteOutcome {
  idea: IdeaView;
  /** Votes left in the campaign's budget; null when it has none. */
  remainingVotes: number | null;
}

interface Counted {
  campaign: CampaignEntity;
  up: number;
  down: number;
  used: number;
  changed: boolean;
}

/**
 * Votes: one per person per idea, up or down, changeable and retractable while the campaign is open,
 * for its audience, within its budget. Every vote (one statement: ruche_cast_vote, in PostgreSQL) and
 * retraction (a transaction here) is atomic and
 *  1. locks the voter's budget row for the campaign (created on first use: INSERT … ON CONFLICT DO
 *     NOTHING, then SELECT … FOR UPDATE) — one person's votes in a campaign run one after another, so
 *     two fast votes on two ideas cannot both spend the last unit of a budget, and two on one idea
 *     cannot both insert;
 *  2. changes the vote row and the idea's counters by increments (`up_votes = up_votes + $n`) —
 *     different people's votes on one idea wait only on that idea's row, and none is lost.
 * Locks are always taken budget row first, then idea row, so two transactions cannot deadlock.
 * `used` counts every vote cast in the campaign (even without a budget), so a budget set later is right.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly ideas: IdeasService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Votes left for a person in each campaign, keyed `userId|campaignId`; null: no budget. */
  readonly remainingVotes = new LoaderKey<string, number | null>('votes.remaining', () =>
    new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows: { user_id: string; campaign_id: string; remaining: number | null }[] = await this.ds.query(
        `SELECT k.user_id, k.campaign_id, CASE WHEN c.vote_budget IS NULL THEN NULL ELSE greatest(c.vote_budget - coalesce(b.used, 0), 0) END AS remaining
           FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, campaign_id)
           JOIN campaigns c ON c.id = k.campaign_id
           LEFT JOIN campaign_vote_budgets b ON b.campaign_id = k.campaign_id AND b.user_id = k.user_id`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const byKey = new Map(rows.map((r) => [`${r.user_id}|${r.campaign_id}`, r.remaining]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  );

  async vote(actor: AuthUser, ideaId: string, value: VoteValue): Promise<VoteOutcome> {
    if (!VOTE_VALUES.includes(value)) throw new BadInputError('A vote is up or down.', { field: 'value' });
    const wanted = value === 'up' ? 1 : -1;
    const campaign = await this.checkVoter(this.ds.manager, actor, ideaId);
    // One statement, atomic on its own: the budget lock, the vote and the counters (ruche_cast_vote,
    // migrations/1764007000000-cast-vote.ts, does what a transaction of nine statements did).
    const [r]: { up_votes: number | null; down_votes: number | null; used: number; changed: boolean; over_budget: boolean }[] = await this.ds.query(
      `SELECT * FROM ruche_cast_vote($1, $2, $3, $4::smallint, $5)`,
      [ideaId, actor.id, campaign.id, wanted, campaign.voteBudget],
    );
    if (r.over_budget) throw new VoteBudgetExceededError(campaign.voteBudget ?? 0);
    return this.finish(actor, ideaId, { campaign, up: r.up_votes ?? 0, down: r.down_votes ?? 0, used: r.used, changed: r.changed });
  }

  /** Takes a vote back (its budget unit returns). Without a vote, nothing changes. */
  async retract(actor: AuthUser, ideaId: string): Promise<VoteOutcome> {
    const counted = await this.ds.transaction(async (tx) => {
      const { campaign, used } = await this.lockForVote(tx, actor, ideaId);
      const existing = await this.currentVote(tx, ideaId, actor.id);
      if (existing === 0) return { ...(await this.counts(tx, ideaId)), campaign, used, changed: false };
      // A vote already given back (its idea declined or hidden: refunds.ts) has no budget unit left to return.
      const [deleted]: [{ refunded_at: Date | null }[], number] = await tx.query(`DELETE FROM idea_votes WHERE idea_id = $1 AND user_id = $2 RETURNING refunded_at`, [ideaId, actor.id]);
      const unit = deleted[0]?.refunded_at ? 0 : 1;
      await tx.query(`UPDATE campaign_vote_budgets SET used = greatest(used - $3, 0) WHERE campaign_id = $1 AND user_id = $2`, [campaign.id, actor.id, unit]);
      const counts = await this.bump(tx, ideaId, existing === 1 ? -1 : 0, existing === -1 ? -1 : 0);
      return { ...counts, campaign, used: Math.max(used - unit, 0), changed: true };
    });
    return this.finish(actor, ideaId, counted);
  }

  /** checkVoter, then the voter's budget row locked (created on first use) for a retraction. */
  private async lockForVote(tx: EntityManager, actor: AuthUser, ideaId: string): Promise<{ campaign: CampaignEntity; used: number }> {
    const campaign = await this.checkVoter(tx, actor, ideaId);
    await tx.query(`INSERT INTO campaign_vote_budgets (campaign_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [campaign.id, actor.id]);
    const [budget]: { used: number }[] = await tx.query(`SELECT used FROM campaign_vote_budgets WHERE campaign_id = $1 AND user_id = $2 FOR UPDATE`, [campaign.id, actor.id]);
    return { campaign, used: budget.used };
  }

  /**
   * Checks that the idea is visible and on the board (else IDEA_NOT_FOUND), that its campaign is open
   * (CAMPAIGN_NOT_OPEN, CAMPAIGN_CLOSED) and that the voter is in its audience (FORBIDDEN).
   */
  private async checkVoter(tx: EntityManager, actor: AuthUser, ideaId: string): Promise<CampaignEntity> {
    if (typeof ideaId !== 'string' || !UUID.test(ideaId)) throw new IdeaNotFoundError();
    const { params, param } = paramList();
    const idParam = param(ideaId);
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT ${CAMPAIGN_COLUMNS('c')}, i.hidden_at AS idea_hidden_at, i.merged_into_id AS idea_merged_into_id
         FROM ideas i JOIN campaigns c ON c.id = i.campaign_id
        WHERE i.id = ${idParam} AND ${campaignVisibleSql(actor, 'c', param)}`,
      params,
    );
    const row = rows[0];
    if (!row || row.idea_hidden_at || row.idea_merged_into_id) throw new IdeaNotFoundError();
    const campaign = campaignFromRow(row);
    assertOpen(campaign);
    authorize(actor, 'campaign.participate', campaignContext(campaign), 'Only the people this campaign asks may vote in it.');
    return campaign;
  }

  private async currentVote(tx: EntityManager, ideaId: string, userId: string): Promise<-1 | 0 | 1> {
    const rows: { value: number }[] = await tx.query(`SELECT value FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [ideaId, userId]);
    return (rows[0]?.value ?? 0) as -1 | 0 | 1;
  }

  private async bump(tx: EntityManager, ideaId: string, up: number, down: number): Promise<{ up: number; down: number }> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows]: [{ up_votes: number; down_votes: number }[], number] = await tx.query(
      `UPDATE ideas SET up_votes = up_votes + $2, down_votes = down_votes + $3, last_activity_at = now() WHERE id = $1 RETURNING up_votes, down_votes`,
      [ideaId, up, down],
    );
    return { up: rows[0].up_votes, down: rows[0].down_votes };
  }

  private async counts(tx: EntityManager, ideaId: string): Promise<{ up: number; down: number }> {
    const [row]: { up_votes: number; down_votes: number }[] = await tx.query(`SELECT up_votes, down_votes FROM ideas WHERE id = $1`, [ideaId]);
    return { up: row.up_votes, down: row.down_votes };
  }

  /** After commit: tells the sockets allowed to know, then reads the idea back as the voter sees it. */
  private async finish(actor: AuthUser, ideaId: string, counted: Counted): Promise<VoteOutcome> {
    if (counted.changed) this.announce(ideaId, counted);
    const idea = await this.ideas.get(actor, ideaId);
    const budget = counted.campaign.voteBudget;
    return { idea, remainingVotes: budget === null ? null : Math.max(budget - counted.used, 0) };
  }

  /**
   * `idea:votes` to the campaign's audience only (a broadcast when it is for everyone). When the
   * campaign hides counts until people vote, the payload carries none: each page asks again and the
   * server answers per person. No payload ever names a voter or an author.
   */
  private announce(ideaId: string, { campaign, up, down }: Counted): void {
    const io = this.realtime.server;
    if (!io) return;
    const payload: IdeaVotesPayload =
      campaign.hideCountsUntilVoted && campaign.status !== 'closed'
        ? { ideaId, campaignId: campaign.id, countsHidden: true }
        : { ideaId, campaignId: campaign.id, countsHidden: false, up, down };
    const rooms = this.campaigns.audienceRooms(campaign);
    (rooms ? io.to(rooms) : io).emit('idea:votes', payload);
  }
}
