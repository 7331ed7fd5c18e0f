import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import {
  can,
  HIVEMIND_LIMITS,
  nextStage,
  REVIEW_LIMITS,
  stageDecision,
  summariseReviews,
  weightedScore,
  type CriterionAnswer,
  type PolicyContext,
  type ReviewSummaryMaths,
} from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey, type RequestLoaders } from '../../core/graphql/loaders';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { campaignContext, CampaignsService, campaignVisibleSql, paramList, StageNotFoundError, StagesService, UUID, type CampaignEntity, type CampaignStageEntity } from '../campaigns';
import { IdeasService, ON_BOARD, readIdeas, type IdeaView } from '../ideas';
import { ReviewStageClosedError } from './reviews.errors';
import { readScorecards, ScorecardsService, type Criterion, type Scorecard } from './scorecards.service';

export interface ReviewRecord {
  id: string;
  ideaId: string;
  stageId: string;
  reviewerId: string;
  note: string;
  answers: CriterionAnswer[];
  weightedScore: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AnswerInput {
  criterionId: string;
  score?: number | null;
  amount?: number | null;
  notApplicable?: boolean | null;
}

export interface ReviewSummary extends Omit<ReviewSummaryMaths, 'criteria'> {
  stageId: string;
  assignedCount: number;
  assignedIn: number;
  scaleMax: number;
  criteria: (ReviewSummaryMaths['criteria'][number] & { criterion: Criterion })[];
}

/** What a person may do with the reviews of an idea at a stage. */
export interface ReviewAccess {
  campaign: CampaignEntity;
  scorecard: Scorecard;
  reviewerIds: string[];
  context: PolicyContext;
  canReview: boolean;
  canRead: boolean;
}

/** Reviews and their answers, by (idea, stage) pairs, oldest first. */
async function readReviews(db: EntityManager | DataSource, pairs: readonly { ideaId: string; stageId: string }[], criteria: Map<string, Criterion[]>): Promise<ReviewRecord[]> {
  if (pairs.length === 0) return [];
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT r.*, coalesce(json_agg(json_build_object('criterionId', s.criterion_id, 'score', s.score, 'amount', s.amount, 'notApplicable', s.not_applicable))
                          FILTER (WHERE s.review_id IS NOT NULL), '[]') AS answers
       FROM idea_reviews r
       JOIN unnest($1::uuid[], $2::uuid[]) AS p(idea_id, stage_id) ON p.idea_id = r.idea_id AND p.stage_id = r.stage_id
       LEFT JOIN idea_review_scores s ON s.review_id = r.id
      GROUP BY r.id ORDER BY r.created_at, r.id`,
    [pairs.map((p) => p.ideaId), pairs.map((p) => p.stageId)],
  );
  return rows.map((r) => {
    const answers = (r.answers as { criterionId: string; score: number | null; amount: string | number | null; notApplicable: boolean }[]).map((a) => ({
      criterionId: a.criterionId,
      score: a.score,
      amount: a.amount === null ? null : Number(a.amount),
      notApplicable: a.notApplicable,
    }));
    return {
      id: r.id as string,
      ideaId: r.idea_id as string,
      stageId: r.stage_id as string,
      reviewerId: r.reviewer_id as string,
      note: r.note as string,
      answers,
      weightedScore: weightedScore(criteria.get(r.stage_id as string) ?? [], answers),
      createdAt: r.created_at as Date,
      updatedAt: r.updated_at as Date,
    };
  });
}

/**
 * Reviews of ideas at scorecard stages: writing one (with the stage rule that moves an idea on when
 * every assigned review is in), reading them (only the stage's reviewers and the campaign's runners,
 * never the idea's author: 'review.read'), the aggregate, and review queues.
 */
@Injectable()
export class ReviewsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly ideas: IdeasService,
    private readonly scorecards: ScorecardsService,
    private readonly stages: StagesService,
  ) {}

  /**
   * Pipeline editing lives in the campaigns module, which cannot use the ideas module; this module uses
   * both, so it tells a stage removal to move each idea through IdeasService.applyStageMove (audit,
   * socket event, followers told, votes back from a declined stage) like any other move.
   */
  onModuleInit(): void {
    this.stages.setIdeaMover(async (tx, move) => {
      const after: (() => void)[] = [];
      for (const ideaId of move.ideaIds) {
        after.push(await this.ideas.applyStageMove(tx, { actorId: move.actorId, ideaId, fromStageId: move.from.id, campaign: move.campaign, stage: move.to, rule: 'campaign.stage.remove' }));
      }
      return () => after.forEach((f) => f());
    });
  }

  /** Reviews of an idea at a stage, keyed `ideaId|stageId`. */
  readonly reviewsAt = new LoaderKey<string, ReviewRecord[]>('reviews.reviewsAt', () =>
    new DataLoader(async (keys) => {
      const pairs = keys.map((k) => {
        const [ideaId, stageId] = k.split('|');
        return { ideaId, stageId };
      });
      const cards = await readScorecards(this.ds, [...new Set(pairs.map((p) => p.stageId))]);
      const criteria = new Map([...cards].map(([id, c]) => [id, c.criteria]));
      const reviews = await readReviews(this.ds, pairs, criteria);
      return keys.map((k) => reviews.filter((r) => `${r.ideaId}|${r.stageId}` === k));
    }),
  );

  /** The stage whose reviews an idea's fields show: the one asked for, else its current stage if it has a scorecard. */
  async access(actor: AuthUser, idea: IdeaView, loaders: RequestLoaders, stageId?: string | null): Promise<ReviewAccess | null> {
    const id = stageId ?? idea.stageId;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    // In one tick, so that a board's ideas share each loader's batch.
    const [scorecard, campaign, reviewerIds] = await Promise.all([
      loaders.get(this.scorecards.byStage).load(id),
      loaders.get(this.campaigns.byIdUnchecked).load(idea.campaignId),
      loaders.get(this.scorecards.reviewerIds).load(id),
    ]);
    if (!scorecard || scorecard.campaignId !== idea.campaignId || !campaign) return null;
    const context = reviewContext(campaign, scorecard, reviewerIds, idea.authorId, actor.id);
    return {
      campaign,
      scorecard,
      reviewerIds,
      context,
      // Reviewing is only for the idea's current stage.
      canReview: id === idea.stageId && !idea.mergedIntoId && can(actor, 'idea.review', context),
      canRead: can(actor, 'review.read', context),
    };
  }

  /** The stage of each idea's latest reviews, for when its current stage has no scorecard (after it moved on). */
  readonly lastReviewedStage = new LoaderKey<string, string | null>('reviews.lastReviewedStage', () =>
    new DataLoader(async (ideaIds) => {
      const rows: { idea_id: string; stage_id: string }[] = await this.ds.query(
        `SELECT DISTINCT ON (idea_id) idea_id, stage_id FROM idea_reviews WHERE idea_id = ANY($1::uuid[]) ORDER BY idea_id, updated_at DESC`,
        [[...ideaIds]],
      );
      const by = new Map(rows.map((r) => [r.idea_id, r.stage_id]));
      return ideaIds.map((id) => by.get(id) ?? null);
    }),
  );

  /** The aggregate of an idea's reviews at a stage, for those who may read them; null for anyone else. */
  async summary(actor: AuthUser, idea: IdeaView, loaders: RequestLoaders, stageId?: string | null): Promise<ReviewSummary | null> {
    const access = await this.access(actor, idea, loaders, stageId ?? (await this.currentOrLastStage(idea, loaders)));
    if (!access?.canRead) return null;
    const reviews = await loaders.get(this.reviewsAt).load(`${idea.id}|${access.scorecard.stageId}`);
    return summaryOf(access.scorecard, access.reviewerIds, reviews);
  }

  /** All reviews of an idea at a stage (notes included), for those who may read them; [] for anyone else. */
  async list(actor: AuthUser, idea: IdeaView, loaders: RequestLoaders, stageId?: string | null): Promise<ReviewRecord[]> {
    const access = await this.access(actor, idea, loaders, stageId ?? (await this.currentOrLastStage(idea, loaders)));
    if (!access?.canRead) return [];
    return loaders.get(this.reviewsAt).load(`${idea.id}|${access.scorecard.stageId}`);
  }

  /** Your own review of the idea at its current stage (null if none, or if the stage has no scorecard). */
  async mine(actor: AuthUser, idea: IdeaView, loaders: RequestLoaders): Promise<ReviewRecord | null> {
    const card = await loaders.get(this.scorecards.byStage).load(idea.stageId);
    if (!card) return null;
    const reviews = await loaders.get(this.reviewsAt).load(`${idea.id}|${idea.stageId}`);
    return reviews.find((r) => r.reviewerId === actor.id) ?? null;
  }

  private async currentOrLastStage(idea: IdeaView, loaders: RequestLoaders): Promise<string | null> {
    if (await loaders.get(this.scorecards.byStage).load(idea.stageId)) return idea.stageId;
    return loaders.get(this.lastReviewedStage).load(idea.id);
  }

  /**
   * Writes (or rewrites) the person's review of an idea at `stageId`, which must be the idea's current
   * stage and carry a scorecard (else REVIEW_STAGE_CLOSED). The idea row is locked first, so reviews of
   * one idea are serialised: when the last assigned review arrives — however many arrive at once —
   * exactly one transaction sees them all and applies the stage rule, moving the idea through the ideas
   * module's own stage-change path (audit, socket event) in the same transaction.
   */
  async submit(actor: AuthUser, ideaId: string, input: { stageId: string; answers: AnswerInput[]; note?: string | null }): Promise<{ review: ReviewRecord; idea: IdeaView; movedTo: CampaignStageEntity | null }> {
    const idea = await this.ideas.get(actor, ideaId);
    if (typeof input.stageId !== 'string' || !UUID.test(input.stageId)) throw new StageNotFoundError();
    const note = input.note ?? '';
    if (typeof note !== 'string' || note.length > REVIEW_LIMITS.noteMax) throw new BadInputError(`The note has ${REVIEW_LIMITS.noteMax} characters at most.`, { field: 'note' });
    const campaign = await this.campaigns.get(actor, idea.campaignId);

    const outcome = await this.ds.transaction(async (tx) => {
      const [row]: { stage_id: string; author_id: string | null; merged_into_id: string | null; hidden_at: Date | null }[] = await tx.query(
        `SELECT stage_id, author_id, merged_into_id, hidden_at FROM ideas WHERE id = $1 FOR UPDATE`,
        [idea.id],
      );
      if (!row || row.stage_id !== input.stageId || row.merged_into_id || row.hidden_at) throw new ReviewStageClosedError();
      const card = (await readScorecards(tx, [row.stage_id], 'FOR SHARE')).get(row.stage_id);
      if (!card) throw new ReviewStageClosedError();
      const reviewerIds = await this.activeReviewers(tx, card.stageId);
      authorize(actor, 'idea.review', reviewContext(campaign, card, reviewerIds, row.author_id, actor.id), 'You are not a reviewer of this idea at this stage.');
      // The rule waits only for assigned reviewers who can still see the campaign (its audience may have changed since).
      const people = await this.scorecards.actors(reviewerIds, tx);
      const eligible = reviewerIds.filter((id) => can(people.get(id), 'campaign.view', campaignContext(campaign)));
      const answers = validateAnswers(card, input.answers);

      const [review]: { id: string }[] = await tx.query(
        `INSERT INTO idea_reviews (idea_id, stage_id, campaign_id, reviewer_id, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (idea_id, stage_id, reviewer_id) DO UPDATE SET note = EXCLUDED.note, updated_at = now()
         RETURNING id`,
        [idea.id, card.stageId, campaign.id, actor.id, note],
      );
      await tx.query(`DELETE FROM idea_review_scores WHERE review_id = $1`, [review.id]);
      await tx.query(
        `INSERT INTO idea_review_scores (review_id, criterion_id, score, amount, not_applicable)
         SELECT $1, unnest($2::uuid[]), unnest($3::smallint[]), unnest($4::numeric[]), unnest($5::boolean[])`,
        [review.id, answers.map((a) => a.criterionId), answers.map((a) => a.score), answers.map((a) => a.amount), answers.map((a) => a.notApplicable)],
      );

      // The stage rule, on every review now in (this one included).
      const all = await readReviews(tx, [{ ideaId: idea.id, stageId: card.stageId }], new Map([[card.stageId, card.criteria]]));
      const summary = summaryOf(card, eligible, all);
      const decision = stageDecision(card, summary.assignedCount, summary.assignedIn, summary.weightedMean);
      let movedTo: CampaignStageEntity | null = null;
      let afterCommit = () => {};
      if (decision === 'advance' || decision === 'decline') {
        const stages = await this.campaigns.stagesOf(campaign.id, tx);
        const current = stages.find((s) => s.id === card.stageId)!;
        movedTo = decision === 'advance' ? nextStage(stages, current) : (stages.find((s) => s.kind === 'declined') ?? null);
        if (movedTo) {
          afterCommit = await this.ideas.applyStageMove(tx, { actorId: null, ideaId: idea.id, fromStageId: card.stageId, campaign, stage: movedTo, rule: `reviews.${decision}` });
        }
      }
      return { review: all.find((r) => r.id === review.id)!, movedTo, afterCommit };
    });
    outcome.afterCommit();
    return { review: outcome.review, idea: await this.ideas.get(actor, idea.id), movedTo: outcome.movedTo };
  }

  /**
   * Ideas awaiting the person's review: at a stage they are assigned to, in a campaign they see, on
   * the board, not their own, not yet reviewed by them there. Oldest first, keyset-paged; with the
   * count per campaign.
   */
  async assignedToMe(actor: AuthUser, first = 20, after?: string): Promise<{ nodes: IdeaView[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; byCampaign: { campaign: CampaignEntity; pending: number }[] }> {
    if (!Number.isInteger(first) || first < 1 || first > HIVEMIND_LIMITS.pageSizeMax) throw new BadInputError(`"first" must be between 1 and ${HIVEMIND_LIMITS.pageSizeMax}.`, { field: 'first' });
    const { params, param } = paramList();
    const me = param(actor.id);
    const where = `sr.user_id = ${me}::uuid AND ${ON_BOARD} AND (i.author_id IS NULL OR i.author_id <> ${me}::uuid) AND ${campaignVisibleSql(actor, 'c', param)}
      AND NOT EXISTS (SELECT 1 FROM idea_reviews r WHERE r.idea_id = i.id AND r.stage_id = i.stage_id AND r.reviewer_id = ${me}::uuid)`;
    const from = `FROM stage_reviewers sr JOIN ideas i ON i.stage_id = sr.stage_id JOIN campaigns c ON c.id = i.campaign_id`;
    const filterParams = [...params];
    let keyset = '';
    if (after) {
      const cursor = decodeCursor(after, 2);
      if (!cursor || !/^\d{1,18}$/.test(cursor[0]) || !UUID.test(cursor[1])) throw new BadInputError('Invalid cursor.', { field: 'after' });
      keyset = ` AND (i.created_at, i.id) > ('epoch'::timestamptz + ${param(cursor[0])}::bigint * interval '1 microsecond', ${param(cursor[1])}::uuid)`;
    }
    const rows: { id: string; key: string }[] = await this.ds.query(
      `SELECT i.id, (extract(epoch FROM i.created_at) * 1000000)::bigint::text AS key ${from} WHERE ${where}${keyset} ORDER BY i.created_at, i.id LIMIT ${param(first + 1)}`,
      params,
    );
    const counts: { campaign_id: string; n: number }[] = await this.ds.query(`SELECT i.campaign_id, count(*)::int AS n ${from} WHERE ${where} GROUP BY i.campaign_id`, filterParams);
    const page = rows.slice(0, first);
    const nodes = await this.inOrder(page.map((r) => r.id), actor);
    const byCampaign = await Promise.all(counts.map(async (c) => ({ campaign: await this.campaigns.get(actor, c.campaign_id), pending: c.n })));
    const last = page[page.length - 1];
    return {
      nodes,
      totalCount: counts.reduce((s, c) => s + c.n, 0),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.key, last.id]) : null },
      byCampaign: byCampaign.sort((a, b) => a.campaign.title.localeCompare(b.campaign.title)),
    };
  }

  /**
   * The review page of a campaign: the ideas at its scorecard stages that the person reviews (assigned,
   * or as a volunteer where the scorecard takes them) or, running the campaign, all of them. In
   * pipeline order, then oldest first; the first 200.
   */
  async campaignQueue(actor: AuthUser, campaignId: string): Promise<IdeaView[]> {
    const campaign = await this.campaigns.get(actor, campaignId);
    const runs = this.campaigns.canRun(actor, campaign);
    const stages = await this.campaigns.stagesOf(campaign.id);
    const cards = await readScorecards(this.ds, stages.map((s) => s.id));
    const open: string[] = [];
    for (const stage of stages) {
      const card = cards.get(stage.id);
      if (!card) continue;
      const reviewerIds = await this.activeReviewers(this.ds.manager, stage.id);
      // Authorship is checked per idea below; here: may this person review or read at this stage at all?
      const context = reviewContext(campaign, card, reviewerIds, null, actor.id);
      if (runs || can(actor, 'idea.review', context)) open.push(stage.id);
    }
    if (open.length === 0) return [];
    const rows: { id: string }[] = await this.ds.query(
      `SELECT i.id FROM ideas i JOIN campaign_stages s ON s.id = i.stage_id
        WHERE i.stage_id = ANY($1::uuid[]) AND ${ON_BOARD} AND (i.author_id IS NULL OR i.author_id <> $2::uuid)
        ORDER BY s.position, i.created_at, i.id LIMIT 200`,
      [open, actor.id],
    );
    return this.inOrder(rows.map((r) => r.id), actor);
  }

  /** Ideas by id in one read, in the order given: the queries above already kept only visible ideas on the board. */
  private async inOrder(ids: string[], actor: AuthUser): Promise<IdeaView[]> {
    const ideas = await readIdeas(this.ds.manager, ids, actor.id);
    return ids.map((id) => ideas.get(id)).filter((i): i is IdeaView => i !== undefined);
  }

  private async activeReviewers(db: EntityManager, stageId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(
      `SELECT sr.user_id FROM stage_reviewers sr JOIN users u ON u.id = sr.user_id WHERE sr.stage_id = $1 AND u.deactivated_at IS NULL`,
      [stageId],
    );
    return rows.map((r) => r.user_id);
  }
}

/**
 * The policy context of reviews at a stage: the campaign (for 'campaign.run'), the idea's author
 * (`authorId` null: checking a stage, not an idea), whether the person is assigned, volunteers.
 */
export function reviewContext(campaign: CampaignEntity, card: Scorecard, reviewerIds: readonly string[], authorId: string | null, actorId: string): PolicyContext {
  return {
    departmentId: campaign.departmentId,
    createdBy: campaign.createdBy,
    authorId,
    reviewAssigned: reviewerIds.includes(actorId),
    reviewVolunteers: card.allowVolunteers,
  };
}

function summaryOf(card: Scorecard, reviewerIds: readonly string[], reviews: readonly ReviewRecord[]): ReviewSummary {
  const maths = summariseReviews(card.criteria, reviews.map((r) => r.answers));
  const assigned = new Set(reviewerIds);
  const byId = new Map(card.criteria.map((c) => [c.id, c]));
  return {
    ...maths,
    stageId: card.stageId,
    assignedCount: assigned.size,
    assignedIn: reviews.filter((r) => assigned.has(r.reviewerId)).length,
    scaleMax: card.scaleMax,
    criteria: maths.criteria.map((c) => ({ ...c, criterion: byId.get(c.criterionId)! })),
  };
}

/** Every criterion of the scorecard answered once: a score on its scale, an amount (estimates), or N/A. */
export function validateAnswers(card: Scorecard, answers: AnswerInput[]): CriterionAnswer[] {
  if (!Array.isArray(answers) || answers.length !== card.criteria.length) throw new BadInputError('Answer every criterion (a score, or not applicable).', { field: 'answers' });
  const byId = new Map(answers.map((a) => [a?.criterionId, a]));
  if (byId.size !== answers.length) throw new BadInputError('Each criterion once.', { field: 'answers' });
  return card.criteria.map((c) => {
    const a = byId.get(c.id);
    if (!a) throw new BadInputError('Answer every criterion of this scorecard.', { field: 'answers' });
    const notApplicable = a.notApplicable === true;
    const score = a.score ?? null;
    const amount = a.amount ?? null;
    if (notApplicable) {
      if (score !== null || amount !== null) throw new BadInputError('“Not applicable” takes no score.', { field: 'answers' });
      return { criterionId: c.id, score: null, amount: null, notApplicable: true };
    }
    if (c.kind === 'score') {
      if (amount !== null || typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > card.scaleMax) {
        throw new BadInputError(`A score is a whole number from 1 to ${card.scaleMax}.`, { field: 'answers', criterionId: c.id });
      }
      return { criterionId: c.id, score, amount: null, notApplicable: false };
    }
    if (score !== null || typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) > REVIEW_LIMITS.amountAbsMax) {
      throw new BadInputError('An estimate is an amount.', { field: 'answers', criterionId: c.id });
    }
    return { criterionId: c.id, score: null, amount: Math.round(amount * 100) / 100, notApplicable: false };
  });
}
