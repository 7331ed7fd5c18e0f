import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { VOTE_VALUES, type IdeaVotesPayload, type VoteValue } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { CAMPAIGN_RULE_COLUMNS, campaignContext, campaignParticipantSql, campaignRulesFromRow, CampaignsService, campaignVisibleSql, paramList, UUID, type CampaignRules } from '../campaigns';
import type { IdeaView } from './idea.entity';
import { IdeaNotFoundError, VoteBudgetExceededError } from './ideas.errors';
import { VoteAnnouncer } from './vote-announcer';
import { assertOpen, IDEA_COUNT_COLUMNS, ideaColumn, ideaColumnsFor, ideaFromRow, IdeasService, ON_BOARD, TALLY_COLUMNS } from './ideas.service';
import { NaturalBatches } from '../../core/database/natural-batches';
import { preparedQuery } from '../../core/database/prepared-query';
import { ROOT_LOGGER } from '../../core/logging/logging.module';

export interface VoteOutcome {
  idea: IdeaView;
  /** Votes left in the campaign's budget; null when it has none. */
  remainingVotes: number | null;
}

interface Counted {
  campaign: CampaignRules;
  up: number;
  down: number;
  used: number;
  changed: boolean;
}

/** A shape of the vote statement: its text, and the idea columns it answers, each with its name in the row (`idea__<column>`). */
interface VoteStatement {
  text: string;
  columns: readonly (readonly [column: string, name: string])[];
}

/** One vote waiting for its batch: its statement's shape and its values ($1…$n of one vote). */
interface VoteRequest {
  statement: VoteStatement;
  values: readonly unknown[];
}

/** A vote's outcome from its batch: its row (undefined: its idea is not visible to the voter), or its error. */
type VoteResult = { row: Record<string, unknown> | undefined } | { error: unknown };

/** At most this many votes per batch (a batch holds its votes' locks until it commits). */
const MAX_VOTE_BATCH = 64;

/**
 * A batch of votes running longer than this (waiting on a lock: a moderator's change) lets the votes
 * that arrive meanwhile go in another batch beside it, at most VOTE_BATCHES_AT_ONCE in all; a batch
 * takes a few milliseconds otherwise.
 */
const VOTE_BATCH_STALLED_MS = 100;
const VOTE_BATCHES_AT_ONCE = 4;

/** SQLSTATE of a batch that found one of its ideas locked by a moderator's change (migration 1767200000000: lock_not_available). */
const VOTE_BATCH_BLOCKED = '55P03';

/**
 * SQLSTATE of a transaction PostgreSQL undid to break a deadlock. Votes take their locks in the order
 * every writer follows, but a decline by the reviews' rule or a stage's removal locks an idea before its
 * voters' budget rows: a voter turning their vote on that idea at that moment meets it the other way.
 */
const DEADLOCK_DETECTED = '40P01';

/** A vote undone by a deadlock runs again, at most this many times in all. */
const VOTE_ATTEMPTS = 3;

/**
 * Idea columns of a vote's answer that the request itself gives (VotesService.vote fills them): its id,
 * its campaign (the row's), the voter's vote (the one cast) and counts hidden (never from the voter who
 * just voted). Every column the statement sends costs PostgreSQL to send and the driver to parse.
 */
const FROM_REQUEST = new Set(['id', 'campaign_id', 'my_vote', 'counts_hidden']);

/** Vote statements by shape (who votes, which columns the answer asks). */
const voteStatements = new Map<string, VoteStatement>();

/**
 * The vote statement (VotesService.vote) for a shape: a batch of votes, each given as the values of
 * `$1`…`$n` (`n`: how many; the idea, the voter and the vote are `idea`, `voter` and `vote`, the rest are
 * the voter's in `participant` and `visible`) and passed as one text array per value, every use of a
 * value cast to its type in the SQL (each array is read through a sub-select, so that the planner cannot
 * see the batch's size: one plan then serves every batch, where a plan for each size would be made again
 * on every call); `$n+1`: whether the batch waits on locked ideas (ruche_cast_votes'
 * p_wait). One row per vote whose idea the voter may see, `ord` its number in the batch (from 1), with
 * the campaign's rules (CAMPAIGN_RULE_COLUMNS), whether the idea is on the board, the cast's outcome and
 * the idea columns asked: nothing more, since every column costs PostgreSQL to send and the driver to parse.
 *
 * The votes the checks let through (idea on the board, campaign open, voter in its audience:
 * campaignParticipantSql, the SQL half of 'campaign.participate') are cast by one call of
 * ruche_cast_votes, in their order. A vote that returns has been cast (every other outcome is refused:
 * mayVote, the budget's error, `gone`), so the idea's counters and scores are the cast's (read under its
 * lock), the voter's vote is this one and the counts are not hidden from them; other columns are read
 * from the idea and its tallies only when asked. The scores are those ruche_idea_tally_scores stores
 * (the same definitions). `columns` are those the statement answers: the asked ones but FROM_REQUEST.
 */
function voteStatement(values: number, idea: string, voter: string, vote: string, participant: string, visible: string, columns: readonly string[]): string {
  const fromCast: Record<string, string> = {
    up_votes: 'cv.up_votes',
    down_votes: 'cv.down_votes',
    top_score: 'ruche_wilson_lower(cv.up_votes, cv.down_votes)',
    hot_score: 'ruche_hot(cv.up_votes, cv.down_votes, t.created_at)',
    controversy_score: 'ruche_controversy(cv.up_votes, cv.down_votes)',
    last_activity_at: 'CASE WHEN cv.changed THEN now() ELSE t.last_activity_at END',
  };
  const ideaColumns = columns.map((c) => `${fromCast[c] ?? ideaColumn(c)} AS idea__${c}`);
  // The rows read only for columns the cast does not answer (hot's age and last activity are the tallies').
  const read = columns.filter((c) => !(c in fromCast));
  const joins = [
    ...(read.some((c) => !TALLY_COLUMNS.has(c)) ? [`JOIN ideas i ON i.id = ${idea}::uuid`] : []),
    ...(read.some((c) => TALLY_COLUMNS.has(c)) || columns.includes('hot_score') || columns.includes('last_activity_at') ? [`JOIN idea_tallies t ON t.idea_id = ${idea}::uuid`] : []),
  ];
  // One vote's values are columns of `b` (p1…pn): `$k` of one vote is `b.pk` of its row.
  const perVote = (sql: string) => sql.replace(/\$(\d+)/g, 'b.p$1');
  const names = Array.from({ length: values }, (_, k) => `p${k + 1}`);
  // The comment first: pg_stat_activity shows a statement's first kilobyte.
  return `/* votes: ruche_cast_votes */ WITH req AS MATERIALIZED (
         SELECT * FROM unnest(${names.map((_, k) => `(SELECT $${k + 1}::text[])`).join(', ')}) WITH ORDINALITY AS b(${names.join(', ')}, ord)
       ), target AS MATERIALIZED (
         SELECT b.ord, g.* FROM req b CROSS JOIN LATERAL (
           SELECT ${CAMPAIGN_RULE_COLUMNS('c')}, (${ON_BOARD}) AS idea_on_board,
                  ${perVote(participant)} AS may_participate
             FROM ideas i JOIN campaigns c ON c.id = i.campaign_id
            WHERE i.id = ${perVote(idea)}::uuid AND ${perVote(visible)}
         ) g
       ), cast_vote AS MATERIALIZED (
         SELECT r.* FROM (
           SELECT array_agg(b.ord ORDER BY b.ord) AS ords, array_agg(${perVote(idea)}::uuid ORDER BY b.ord) AS ideas,
                  array_agg(${perVote(voter)}::uuid ORDER BY b.ord) AS voters, array_agg(g.id ORDER BY b.ord) AS campaigns,
                  array_agg(${perVote(vote)}::smallint ORDER BY b.ord) AS vals, array_agg(g.vote_budget ORDER BY b.ord) AS budgets
             FROM req b JOIN target g ON g.ord = b.ord
            WHERE g.idea_on_board AND g.status = 'open' AND g.may_participate
         ) a CROSS JOIN LATERAL ruche_cast_votes(a.ords, a.ideas, a.voters, a.campaigns, a.vals, a.budgets, $${values + 1}::boolean) r
       )
       SELECT ${['g.*', 'cv.used AS cast_used', 'cv.changed AS cast_changed', 'cv.over_budget AS cast_over_budget', 'cv.gone AS cast_gone', ...ideaColumns].join(', ')}
         FROM req b
         JOIN target g ON g.ord = b.ord
         LEFT JOIN cast_vote cv ON cv.ord = b.ord
         ${joins.map(perVote).join('\n         ')}`;
}

/**
 * The checks of a vote on the row of its idea and campaign (undefined: not visible to `actor`): the idea
 * is on the board (else IDEA_NOT_FOUND), its campaign open (CAMPAIGN_NOT_OPEN, CAMPAIGN_CLOSED) and the
 * voter in its audience (FORBIDDEN).
 */
function mayVote(actor: AuthUser, row: Record<string, unknown> | undefined): CampaignRules {
  if (!row || !row.idea_on_board) throw new IdeaNotFoundError();
  const campaign = campaignRulesFromRow(row);
  assertOpen(campaign);
  authorize(actor, 'campaign.participate', campaignContext(campaign), 'Only the people this campaign asks may vote in it.');
  return campaign;
}

/**
 * Votes: one per person per idea, up or down, changeable and retractable while the campaign is open,
 * for its audience, within its budget. Every vote (one statement: ruche_cast_votes, in PostgreSQL, with
 * the votes batched beside it) and retraction (a transaction here) is atomic and
 *  1. locks the voter's budget row for the campaign (created on first use) — one person's votes in a
 *     campaign run one after another, so two fast votes on two ideas cannot both spend the last unit of
 *     a budget, and two on one idea cannot both insert;
 *  2. changes the vote row and the idea's counters (its idea_tallies row) by increments (`up_votes = up_votes + $n`) —
 *     different people's votes on one idea wait only on that idea's row, and none is lost.
 * Locks are always taken budget rows first (a batch: all of them, by campaign and person), then the
 * ideas' rows (key share), then their tally rows (by idea), so two transactions cannot deadlock; a batch
 * does not wait on an idea locked by a moderator's change (castBatch).
 * `used` counts every vote cast in the campaign (even without a budget), so a budget set later is right.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly ideas: IdeasService,
    private readonly announcer: VoteAnnouncer,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'votes' });
  }

  private readonly logger: Logger;

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

  /** Votes waiting for their batch, a lane per statement shape (castBatch). */
  private readonly batches = new NaturalBatches<VoteRequest, VoteResult>((_, votes) => this.castBatch(votes), {
    max: MAX_VOTE_BATCH,
    stalledMs: VOTE_BATCH_STALLED_MS,
    maxRunning: VOTE_BATCHES_AT_ONCE,
  });

  /**
   * A vote: the checks of checkVoter and the cast in one statement, which also reads the idea back as
   * the voter now sees it, run in a batch with the votes of the same shape that arrived meanwhile (one
   * statement and one commit for all: see castBatch). The statement casts only when the idea is on the
   * board, its campaign open and the voter in its audience (campaignParticipantSql, the SQL half of
   * 'campaign.participate'); otherwise it casts nothing and the row says why, for the same errors as
   * checkVoter. Its snapshot predates the cast, so the idea's counters, scores and the voter's vote
   * come from the cast (the scores by the functions of the stored columns).
   */
  async vote(actor: AuthUser, ideaId: string, value: VoteValue, fields?: ReadonlySet<string>): Promise<VoteOutcome> {
    if (!VOTE_VALUES.includes(value)) throw new BadInputError('A vote is up or down.', { field: 'value' });
    if (typeof ideaId !== 'string' || !UUID.test(ideaId)) throw new IdeaNotFoundError();
    const wanted = value === 'up' ? 1 : -1;
    const { params, param } = paramList();
    const idea = param(ideaId);
    const voter = param(actor.id);
    const vote = param(wanted);
    const participant = campaignParticipantSql(actor, 'c', param);
    const visible = campaignVisibleSql(actor, 'c', param);
    // The counters go out live to the campaign's audience (announce) whatever the voter asked.
    const columns = ideaColumnsFor(fields, IDEA_COUNT_COLUMNS);
    // The statement's text depends only on these parts: built once per shape, so the hot path neither
    // rebuilds three kilobytes of SQL nor hashes a new string to find its prepared name.
    const key = `${participant}|${visible}|${columns.join(',')}`;
    let statement = voteStatements.get(key);
    if (!statement) {
      const answered = columns.filter((c) => !FROM_REQUEST.has(c));
      statement = { text: voteStatement(params.length, idea, voter, vote, participant, visible, answered), columns: answered.map((c) => [c, `idea__${c}`] as const) };
      if (voteStatements.size < 64) voteStatements.set(key, statement);
    }
    const cast = await this.batches.add(statement.text, { statement, values: params });
    if ('error' in cast) throw cast.error;
    const campaign = mayVote(actor, cast.row);
    const row = cast.row!; // mayVote refused a vote without one
    // The idea left the board (merged away, hidden) while the vote waited on it: not cast, as for such an idea.
    if (row.cast_gone) throw new IdeaNotFoundError();
    // The policy passed in TypeScript, so the statement's SQL half must have let the vote through.
    if (row.cast_used === null || row.cast_used === undefined) throw new Error('campaignParticipantSql and the campaign.participate rule disagree');
    if (row.cast_over_budget) throw new VoteBudgetExceededError(campaign.voteBudget ?? 0);
    const ideaRow: Record<string, unknown> = { id: ideaId, campaign_id: campaign.id, my_vote: wanted, counts_hidden: false };
    for (const [column, name] of statement.columns) ideaRow[column] = row[name];
    const view = ideaFromRow(ideaRow, actor.id);
    if (row.cast_changed) this.announce(ideaId, { campaign, up: view.upVotes, down: view.downVotes, used: row.cast_used as number, changed: true });
    const budget = campaign.voteBudget;
    return { idea: view, remainingVotes: budget === null ? null : Math.max(budget - (row.cast_used as number), 0) };
  }

  /**
   * Runs a batch of votes of one shape: one statement, one transaction, the votes cast in their order
   * (ruche_cast_votes takes all their locks first, in the order every writer of those rows follows).
   * Answers each vote's row (undefined: its idea is not visible to the voter) or error. A batch of
   * several votes does not wait on an idea whose row a change has locked (some lock it before its voters'
   * budget rows, which the batch may hold: a decline by the reviews' rule or a stage's removal refunds
   * votes after locking the ideas); it then fails whole, undone, and its votes run again one by one, each
   * waiting as a single vote does. Likewise any other failure of a batch of several: each vote then gets
   * its own answer or error.
   */
  private async castBatch(votes: VoteRequest[]): Promise<VoteResult[]> {
    // One shape: the same statement, and as many values per vote.
    const { statement, values: first } = votes[0];
    const run = async (batch: VoteRequest[], wait: boolean): Promise<VoteResult[]> => {
      const values: unknown[] = first.map((_, k) => batch.map((v) => v.values[k]));
      values.push(wait);
      const rows = await preparedQuery(this.ds, statement.text, values);
      const byOrd = new Map(rows.map((r) => [Number(r.ord), r]));
      return batch.map((_, i) => ({ row: byOrd.get(i + 1) }));
    };
    // A vote alone, waiting on locks; chosen as a deadlock's victim (it was undone whole), it runs again.
    const alone = async (vote: VoteRequest): Promise<VoteResult> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await run([vote], true))[0];
        } catch (error) {
          if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt === VOTE_ATTEMPTS) return { error };
        }
      }
    };
    if (votes.length === 1) return [await alone(votes[0])];
    try {
      return await run(votes, false);
    } catch (e) {
      if ((e as { code?: string }).code !== VOTE_BATCH_BLOCKED) this.logger.warn({ err: e, votes: votes.length }, 'a batch of votes failed; casting them one by one');
      const results: VoteResult[] = [];
      for (const vote of votes) results.push(await alone(vote));
      return results;
    }
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
  private async lockForVote(tx: EntityManager, actor: AuthUser, ideaId: string): Promise<{ campaign: CampaignRules; used: number }> {
    const campaign = await this.checkVoter(tx, actor, ideaId);
    await tx.query(`INSERT INTO campaign_vote_budgets (campaign_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [campaign.id, actor.id]);
    const [budget]: { used: number }[] = await tx.query(`SELECT used FROM campaign_vote_budgets WHERE campaign_id = $1 AND user_id = $2 FOR UPDATE`, [campaign.id, actor.id]);
    return { campaign, used: budget.used };
  }

  /**
   * Checks that the idea is visible and on the board (else IDEA_NOT_FOUND), that its campaign is open
   * (CAMPAIGN_NOT_OPEN, CAMPAIGN_CLOSED) and that the voter is in its audience (FORBIDDEN).
   */
  private async checkVoter(tx: EntityManager, actor: AuthUser, ideaId: string): Promise<CampaignRules> {
    if (typeof ideaId !== 'string' || !UUID.test(ideaId)) throw new IdeaNotFoundError();
    const { params, param } = paramList();
    const idParam = param(ideaId);
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT ${CAMPAIGN_RULE_COLUMNS('c')}, (${ON_BOARD}) AS idea_on_board
         FROM ideas i JOIN campaigns c ON c.id = i.campaign_id
        WHERE i.id = ${idParam} AND ${campaignVisibleSql(actor, 'c', param)}`,
      params,
    );
    return mayVote(actor, rows[0]);
  }

  private async currentVote(tx: EntityManager, ideaId: string, userId: string): Promise<-1 | 0 | 1> {
    const rows: { value: number }[] = await tx.query(`SELECT value FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [ideaId, userId]);
    return (rows[0]?.value ?? 0) as -1 | 0 | 1;
  }

  private async bump(tx: EntityManager, ideaId: string, up: number, down: number): Promise<{ up: number; down: number }> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows]: [{ up_votes: number; down_votes: number }[], number] = await tx.query(
      `UPDATE idea_tallies SET up_votes = up_votes + $2, down_votes = down_votes + $3, last_activity_at = now() WHERE idea_id = $1 RETURNING up_votes, down_votes`,
      [ideaId, up, down],
    );
    return { up: rows[0].up_votes, down: rows[0].down_votes };
  }

  private async counts(tx: EntityManager, ideaId: string): Promise<{ up: number; down: number }> {
    const [row]: { up_votes: number; down_votes: number }[] = await tx.query(`SELECT up_votes, down_votes FROM idea_tallies WHERE idea_id = $1`, [ideaId]);
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
   * `idea:votes` to the campaign's audience only (a broadcast when it is for everyone), batched by
   * VoteAnnouncer. When the campaign hides counts until people vote, the payload carries none: each
   * page asks again and the server answers per person. No payload ever names a voter or an author.
   */
  private announce(ideaId: string, { campaign, up, down }: Counted): void {
    const payload: IdeaVotesPayload =
      campaign.hideCountsUntilVoted && campaign.status !== 'closed'
        ? { ideaId, campaignId: campaign.id, countsHidden: true }
        : { ideaId, campaignId: campaign.id, countsHidden: false, up, down };
    this.announcer.announce(this.campaigns.audienceRooms(campaign), payload);
  }
}
