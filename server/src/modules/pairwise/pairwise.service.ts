import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canonicalPair,
  choosePair,
  competitionRanks,
  countSummary,
  fitBradleyTerry,
  PAIRWISE_LIMITS,
  PAIRWISE_OUTCOMES,
  pairKey,
  pairwiseScore,
  type BradleyTerryRating,
  type PairTally,
  type PairwiseOutcome,
} from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { campaignContext, CampaignClosedError, CampaignNotOpenError, CampaignsService, UUID, type CampaignEntity } from '../campaigns';
import { IdeasService, type IdeaView } from '../ideas';
import { PairExpiredError, PairNotIssuedError } from './pairwise.errors';

/** Where a person stands in a campaign's pairwise mode. */
export interface PairwiseProgress {
  campaignId: string;
  /** Pairs answered with a preference or "no preference". */
  answered: number;
  skipped: number;
  /** Pairs this person can be shown at all: every two ideas on the board that are not theirs. */
  totalPairs: number;
  /** Pairs not yet seen (answered or skipped). */
  remaining: number;
  /** The campaign is open and this person is in its audience. */
  canAnswer: boolean;
  /** Whether the ranking shows its rows to this person now (see ranking()). */
  rankingVisible: boolean;
}

export interface IssuedPair {
  token: string;
  a: IdeaView;
  b: IdeaView;
  expiresAt: Date;
  progress: PairwiseProgress;
}

export interface AnswerResult {
  /** The token had already been answered: nothing changed. */
  replayed: boolean;
  progress: PairwiseProgress;
}

export interface RankingRow {
  idea: IdeaView;
  rank: number;
  score: number;
  low: number;
  high: number;
  comparisons: number;
  wins: number;
  ties: number;
}

export interface PairwiseRanking {
  campaignId: string;
  /** The campaign hides counts until people vote and this person has not compared enough pairs yet: no rows. */
  hidden: boolean;
  rows: RankingRow[];
  participation: {
    participants: number;
    answers: number;
    comparisons: number;
    comparisonsPerIdea: { min: number; median: number; max: number };
  };
}

/** An idea on the board as pair choice sees it: its id and (for excluding one's own) its author. */
type BoardMember = { id: string; authorId: string | null };

interface CachedFit {
  key: string;
  ratings: Map<string, BradleyTerryRating>;
}

/** How many campaigns' fitted rankings one instance keeps. */
const CACHE_SIZE = 100;

/**
 * Pairwise mode: which two ideas a person compares next, their answers, and the campaign's
 * Bradley-Terry ranking (shared/src/pairwise.ts has the maths and its reasons).
 *
 * Decisions:
 * - A person is never shown their own ideas (named or anonymous): judging one's own idea is not a
 *   comparison. Nothing in the API reveals this to anyone else — the exclusion shows only in the
 *   person's own pair count, which only they see — so authorship of an anonymous idea does not leak.
 * - Only ideas on the board (not hidden, not merged) are paired and ranked; answers about an idea that
 *   later leaves the board stay stored but no longer count.
 * - The ranking is fitted on demand and cached per campaign in this instance, keyed by the number and
 *   latest time of the campaign's answers and by the set of ideas on its board: a read after no change
 *   costs three small statements and no fit, a new answer (on any instance) invalidates it.
 */
@Injectable()
export class PairwiseService {
  private readonly cache = new Map<string, CachedFit>();
  /** Ranking fits run by this instance (tests count them: a cached read must not refit). */
  fitCount = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly ideas: IdeasService,
  ) {}

  /**
   * The pair this person should compare next in a campaign, or null when they have seen every pair.
   * While an issued pair is live and both its ideas are still on the board, the same pair (same token)
   * comes back, so a reload does not draw a new one.
   */
  async nextPair(actor: AuthUser, campaignId: string): Promise<IssuedPair | null> {
    const campaign = await this.participating(actor, campaignId);
    const board = await this.ideas.boardMembers(campaign.id);
    const eligible = new Set(board.filter((i) => i.authorId !== actor.id).map((i) => i.id));

    const issued = await this.ds.transaction(async (tx) => {
      // One person's draws in one campaign run one at a time (two tabs asking at once get the same pair).
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`pairwise:${campaign.id}:${actor.id}`]);
      const [current]: { token: string; idea_a: string; idea_b: string; shown_first: string; expires_at: Date; live: boolean }[] = await tx.query(
        `SELECT token, idea_a, idea_b, shown_first, expires_at, expires_at > now() AS live FROM pairwise_issued WHERE campaign_id = $1 AND user_id = $2`,
        [campaign.id, actor.id],
      );
      if (current?.live && eligible.has(current.idea_a) && eligible.has(current.idea_b)) {
        const second = current.shown_first === current.idea_a ? current.idea_b : current.idea_a;
        return { token: current.token, first: current.shown_first, second, expiresAt: current.expires_at };
      }
      // How often each idea has been shown: every answer (skips included) and every live pair issued to others.
      const counted: { idea: string; n: number }[] = await tx.query(
        `SELECT idea, count(*)::int AS n FROM (
           SELECT idea_a AS idea FROM pairwise_answers WHERE campaign_id = $1
           UNION ALL SELECT idea_b FROM pairwise_answers WHERE campaign_id = $1
           UNION ALL SELECT idea_a FROM pairwise_issued WHERE campaign_id = $1 AND user_id <> $2 AND expires_at > now()
           UNION ALL SELECT idea_b FROM pairwise_issued WHERE campaign_id = $1 AND user_id <> $2 AND expires_at > now()
         ) shown GROUP BY idea`,
        [campaign.id, actor.id],
      );
      const seen = await this.seenPairs(tx, actor.id, campaign.id);
      const pair = choosePair([...eligible], new Map(counted.map((r) => [r.idea, r.n])), new Set(seen.map((r) => pairKey(r.idea_a, r.idea_b))));
      if (!pair) {
        await tx.query(`DELETE FROM pairwise_issued WHERE campaign_id = $1 AND user_id = $2`, [campaign.id, actor.id]);
        return null;
      }
      const [a, b] = canonicalPair(pair[0], pair[1]);
      // Which idea is shown first is drawn too, so that position favours no one.
      const first = Math.random() < 0.5 ? a : b;
      const [row]: { token: string; expires_at: Date }[] = await tx.query(
        `INSERT INTO pairwise_issued (campaign_id, user_id, idea_a, idea_b, shown_first, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 minute')
         ON CONFLICT (campaign_id, user_id) DO UPDATE
           SET token = gen_random_uuid(), idea_a = EXCLUDED.idea_a, idea_b = EXCLUDED.idea_b, shown_first = EXCLUDED.shown_first,
               issued_at = now(), expires_at = EXCLUDED.expires_at
         RETURNING token, expires_at`,
        [campaign.id, actor.id, a, b, first, PAIRWISE_LIMITS.issuedPairMinutes],
      );
      return { token: row.token, first, second: first === a ? b : a, expiresAt: row.expires_at };
    });
    if (!issued) return null;
    const [a, b] = await Promise.all([this.ideas.get(actor, issued.first), this.ideas.get(actor, issued.second)]);
    return { token: issued.token, a, b, expiresAt: issued.expiresAt, progress: await this.progressOf(actor, campaign, board) };
  }

  /**
   * Records this person's answer to the pair issued to them under `token`. `a` / `b` name the idea shown
   * as a / b. A token that is not theirs is PAIRWISE_PAIR_NOT_ISSUED; a replay of a token already
   * answered changes nothing and says so (`replayed`), whatever outcome it carries; two answers with the
   * same token at once record one (the issued row is deleted by exactly one of them).
   */
  async answer(actor: AuthUser, token: string, outcome: PairwiseOutcome): Promise<AnswerResult> {
    if (!PAIRWISE_OUTCOMES.includes(outcome)) throw new BadInputError('Unknown outcome.', { field: 'outcome' });
    if (typeof token !== 'string' || !UUID.test(token)) throw new PairNotIssuedError();
    const done = await this.ds.transaction(async (tx) => {
      const [issued]: { campaign_id: string; idea_a: string; idea_b: string; shown_first: string; live: boolean }[] = (
        await tx.query(`DELETE FROM pairwise_issued WHERE token = $1 AND user_id = $2 RETURNING campaign_id, idea_a, idea_b, shown_first, expires_at > now() AS live`, [token, actor.id])
      )[0];
      if (!issued) {
        const [answered]: { campaign_id: string }[] = await tx.query(`SELECT campaign_id FROM pairwise_answers WHERE token = $1 AND user_id = $2`, [token, actor.id]);
        if (!answered) throw new PairNotIssuedError();
        return { campaignId: answered.campaign_id, replayed: true };
      }
      // Thrown below, the transaction rolls back: the issued pair stays, and the next draw replaces it.
      const campaign = await this.participating(actor, issued.campaign_id, tx);
      if (!issued.live) throw new PairExpiredError();
      for (const id of [issued.idea_a, issued.idea_b]) {
        const idea = await this.ideas.get(actor, id, tx).catch(() => null);
        if (!idea || idea.hiddenAt || idea.mergedIntoId) throw new PairExpiredError();
      }
      // Stored against the canonical order: 'a' means idea_a preferred.
      const stored = outcome === 'a' || outcome === 'b' ? ((outcome === 'a') === (issued.shown_first === issued.idea_a) ? 'a' : 'b') : outcome;
      const inserted: unknown[] = await tx.query(
        `INSERT INTO pairwise_answers (campaign_id, user_id, idea_a, idea_b, outcome, token) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (user_id, idea_a, idea_b) DO NOTHING RETURNING id`,
        [campaign.id, actor.id, issued.idea_a, issued.idea_b, stored, token],
      );
      return { campaignId: campaign.id, replayed: inserted.length === 0 };
    });
    const campaign = await this.campaigns.get(actor, done.campaignId);
    return { replayed: done.replayed, progress: await this.progressOf(actor, campaign, await this.ideas.boardMembers(campaign.id)) };
  }

  async progress(actor: AuthUser, campaignId: string): Promise<PairwiseProgress> {
    const campaign = await this.campaigns.get(actor, campaignId);
    return this.progressOf(actor, campaign, await this.ideas.boardMembers(campaign.id));
  }

  /**
   * The campaign's ranking: every idea on its board with its Bradley-Terry score (0–100: the chance it
   * is preferred to the campaign's average idea), its 95 % interval, and the comparisons behind it.
   * Visible to whoever sees the board. While the campaign hides counts until people vote (and is not
   * closed), the rows are withheld from a participant until they have answered
   * PAIRWISE_LIMITS.revealRankingAfter pairs (or every pair they can be shown), so that they judge
   * before they see the crowd; the people who run the campaign always see them; participation figures
   * (how many people, answers, comparisons) are always shown.
   */
  async ranking(actor: AuthUser, campaignId: string): Promise<PairwiseRanking> {
    const campaign = await this.campaigns.get(actor, campaignId);
    const board = await this.ideas.listOnBoard(actor, campaign.id);
    const [stats]: { answers: number; compared: number; participants: number; last: string }[] = await this.ds.query(
      `SELECT count(*)::int AS answers, count(*) FILTER (WHERE outcome <> 'skip')::int AS compared, count(DISTINCT user_id)::int AS participants,
              coalesce(max(created_at)::text, '') AS last
         FROM pairwise_answers WHERE campaign_id = $1`,
      [campaign.id],
    );
    const ratings = await this.fitted(campaign.id, board, `${stats.answers}|${stats.last}`);
    const participation = {
      participants: stats.participants,
      answers: stats.answers,
      comparisons: stats.compared,
      comparisonsPerIdea: countSummary(board.map((i) => ratings.get(i.id)?.comparisons ?? 0)),
    };
    if (!(await this.rankingVisible(actor, campaign, board))) return { campaignId: campaign.id, hidden: true, rows: [], participation };

    const scored = board
      .map((idea) => {
        const r = ratings.get(idea.id)!;
        return { idea, score: pairwiseScore(r.theta), low: pairwiseScore(r.low), high: pairwiseScore(r.high), comparisons: r.comparisons, wins: r.wins, ties: r.ties };
      })
      // Equal scores (to the millionth) share a rank; then more comparisons, then the older idea, first.
      .sort((x, y) => round(y.score) - round(x.score) || y.comparisons - x.comparisons || x.idea.createdAt.getTime() - y.idea.createdAt.getTime() || (x.idea.id < y.idea.id ? -1 : 1));
    const ranks = competitionRanks(scored.map((s) => round(s.score)));
    return { campaignId: campaign.id, hidden: false, rows: scored.map((s, i) => ({ ...s, rank: ranks[i] })), participation };
  }

  /** The campaign, visible to this person, open, and asking them (else CAMPAIGN_NOT_FOUND / _NOT_OPEN / _CLOSED / FORBIDDEN). */
  private async participating(actor: AuthUser, campaignId: string, tx?: EntityManager): Promise<CampaignEntity> {
    const campaign = await this.campaigns.get(actor, campaignId, tx);
    if (campaign.status === 'upcoming') throw new CampaignNotOpenError();
    if (campaign.status === 'closed') throw new CampaignClosedError();
    authorize(actor, 'campaign.participate', campaignContext(campaign), 'Only the people this campaign asks may compare its ideas.');
    return campaign;
  }

  private seenPairs(tx: EntityManager, userId: string, campaignId: string): Promise<{ idea_a: string; idea_b: string; outcome: PairwiseOutcome }[]> {
    return tx.query(`SELECT idea_a, idea_b, outcome FROM pairwise_answers WHERE user_id = $1 AND campaign_id = $2`, [userId, campaignId]);
  }

  private async progressOf(actor: AuthUser, campaign: CampaignEntity, board: BoardMember[]): Promise<PairwiseProgress> {
    const eligible = new Set(board.filter((i) => i.authorId !== actor.id).map((i) => i.id));
    const seen = (await this.seenPairs(this.ds.manager, actor.id, campaign.id)).filter((r) => eligible.has(r.idea_a) && eligible.has(r.idea_b));
    const skipped = seen.filter((r) => r.outcome === 'skip').length;
    const totalPairs = (eligible.size * (eligible.size - 1)) / 2;
    const canAnswer = campaign.status === 'open' && this.campaigns.canParticipate(actor, campaign);
    const answered = seen.length - skipped;
    return {
      campaignId: campaign.id,
      answered,
      skipped,
      totalPairs,
      remaining: totalPairs - seen.length,
      canAnswer,
      rankingVisible: this.revealed(actor, campaign, seen.length, totalPairs),
    };
  }

  private async rankingVisible(actor: AuthUser, campaign: CampaignEntity, board: BoardMember[]): Promise<boolean> {
    if (!campaign.hideCountsUntilVoted || campaign.status === 'closed' || this.campaigns.canRun(actor, campaign)) return true;
    return (await this.progressOf(actor, campaign, board)).rankingVisible;
  }

  private revealed(actor: AuthUser, campaign: CampaignEntity, seen: number, totalPairs: number): boolean {
    if (!campaign.hideCountsUntilVoted || campaign.status === 'closed' || this.campaigns.canRun(actor, campaign)) return true;
    return totalPairs > 0 && seen >= Math.min(PAIRWISE_LIMITS.revealRankingAfter, totalPairs);
  }

  /** The campaign's ratings for the ideas on its board, from the cache when neither the answers nor the board changed. */
  private async fitted(campaignId: string, board: IdeaView[], answersKey: string): Promise<Map<string, BradleyTerryRating>> {
    const ids = board.map((i) => i.id).sort();
    const key = `${answersKey}|${createHash('sha256').update(ids.join(',')).digest('base64')}`;
    const cached = this.cache.get(campaignId);
    if (cached?.key === key) {
      // Most recently used last: the first entry is the one to drop when full.
      this.cache.delete(campaignId);
      this.cache.set(campaignId, cached);
      return cached.ratings;
    }
    const rows: { idea_a: string; idea_b: string; a: number; b: number; ties: number }[] = await this.ds.query(
      `SELECT idea_a, idea_b, count(*) FILTER (WHERE outcome = 'a')::int AS a, count(*) FILTER (WHERE outcome = 'b')::int AS b,
              count(*) FILTER (WHERE outcome = 'none')::int AS ties
         FROM pairwise_answers WHERE campaign_id = $1 AND outcome <> 'skip' GROUP BY idea_a, idea_b`,
      [campaignId],
    );
    const tallies: PairTally[] = rows.map((r) => ({ a: r.idea_a, b: r.idea_b, aWins: r.a, bWins: r.b, ties: r.ties }));
    const fit = fitBradleyTerry(ids, tallies);
    this.fitCount++;
    const ratings = new Map(fit.ratings.map((r) => [r.id, r]));
    this.cache.delete(campaignId);
    this.cache.set(campaignId, { key, ratings });
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return ratings;
  }
}

function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
