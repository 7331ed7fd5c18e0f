import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { csvRow, SMALL_DEPARTMENT_K } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { NotFoundError } from '../../core/errors/domain-error';
import { RequestLoaders } from '../../core/graphql/loaders';
import { CampaignsService, type CampaignEntity } from '../campaigns';
import { readIdeas } from '../ideas';
import { ReviewsService } from '../reviews';
import { ModerationService } from './moderation.service';

/** Rows read per statement while streaming: memory stays flat whatever the campaign's size. */
const CHUNK = 500;

export const EXPORT_PARTS = ['ideas', 'votes'] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

/**
 * A campaign's ideas, scores and votes as CSV, for the people who run or moderate it.
 *
 * `ideas`: one row per idea — id, title, stage, status (on board / hidden / merged, and into what),
 * tags, created, author (empty when anonymous: anonymity holds in exports too), up, down, the Wilson
 * lower bound the "top" order uses, comments, and the review score: the weighted mean of the reviews at
 * the idea's current (or last reviewed) scorecard stage, as ReviewsService.summary gives it to this
 * person — empty where they may not read the reviews (never their own idea's) or there are none.
 *
 * `votes`: votes per idea and department (up, down), never who voted what: a per-person export would
 * let a runner read each colleague's ballot, which the product never shows anyone. Departments with
 * fewer than SMALL_DEPARTMENT_K members are left out (their voters would be nearly named); their votes
 * still count in the ideas part.
 *
 * Cells go through csvCell (quoting, and a leading ' before = + - @ so no cell runs as a formula).
 * The text starts with a UTF-8 BOM so Excel reads accents right.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly moderation: ModerationService,
    private readonly reviews: ReviewsService,
  ) {}

  /** The campaign, if the person may export it; otherwise NOT_FOUND (an export page that is not theirs does not exist). */
  async campaignFor(actor: AuthUser, campaignId: string): Promise<CampaignEntity> {
    let campaign: CampaignEntity;
    try {
      campaign = await this.campaigns.get(actor, campaignId);
    } catch {
      throw new NotFoundError('CAMPAIGN_NOT_FOUND', 'This campaign does not exist.');
    }
    if (!this.campaigns.canRun(actor, campaign) && !this.moderation.canModerate(actor, campaign)) throw new NotFoundError('CAMPAIGN_NOT_FOUND', 'This campaign does not exist.');
    return campaign;
  }

  /** The CSV text, chunk by chunk. */
  async *lines(actor: AuthUser, campaign: CampaignEntity, part: ExportPart): AsyncGenerator<string> {
    yield '\ufeff';
    const fr = actor.locale === 'fr';
    if (part === 'votes') {
      yield* this.voteLines(campaign, fr);
      return;
    }
    yield csvRow(['id', 'title', 'stage', 'status', 'merged_into', 'tags', 'created_at', 'author', 'up', 'down', 'wilson_score', 'comments', 'review_score']);
    const loaders = new RequestLoaders();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Record<string, unknown>[] = await this.ds.query(
        `SELECT i.id, i.title, s.name_fr, s.name_en, i.hidden_at, i.merged_into_id, i.tags, i.created_at, i.anonymous,
                CASE WHEN i.anonymous THEN NULL ELSE u.display_name END AS author, t.up_votes, t.down_votes, t.top_score, t.comment_count
           FROM ideas i
           JOIN idea_tallies t ON t.idea_id = i.id
           JOIN campaign_stages s ON s.id = i.stage_id
           LEFT JOIN users u ON u.id = i.author_id
          WHERE i.campaign_id = $1 AND i.id > $2
          ORDER BY i.id LIMIT ${CHUNK}`,
        [campaign.id, after],
      );
      if (rows.length === 0) return;
      const scores = await this.reviewScores(actor, rows.map((r) => r.id as string), loaders);
      let text = '';
      for (const r of rows) {
        const status = r.merged_into_id ? 'merged' : r.hidden_at ? 'hidden' : 'on_board';
        text += csvRow([
          r.id as string,
          r.title as string,
          (fr ? r.name_fr : r.name_en) as string,
          status,
          (r.merged_into_id as string | null) ?? '',
          (r.tags as string[]).join('; '),
          new Date(r.created_at as Date).toISOString(),
          (r.author as string | null) ?? '',
          r.up_votes as number,
          r.down_votes as number,
          Math.round((r.top_score as number) * 1e6) / 1e6,
          r.comment_count as number,
          scores.get(r.id as string) ?? null,
        ]);
      }
      yield text;
      after = rows[rows.length - 1].id as string;
      if (rows.length < CHUNK) return;
    }
  }

  /** Review scores of these ideas as this person may read them (ReviewsService.summary), rounded to 3 decimals. */
  private async reviewScores(actor: AuthUser, ids: string[], loaders: RequestLoaders): Promise<Map<string, number>> {
    const ideas = await readIdeas(this.ds.manager, ids, actor.id);
    const scores = new Map<string, number>();
    await Promise.all(
      [...ideas.values()].map(async (idea) => {
        const summary = await this.reviews.summary(actor, idea, loaders);
        if (summary?.weightedMean !== null && summary?.weightedMean !== undefined) scores.set(idea.id, Math.round(summary.weightedMean * 1000) / 1000);
      }),
    );
    return scores;
  }

  private async *voteLines(campaign: CampaignEntity, fr: boolean): AsyncGenerator<string> {
    yield csvRow(['idea_id', 'title', 'department', 'up', 'down']);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ideas: { id: string; title: string }[] = await this.ds.query(`SELECT id, title FROM ideas WHERE campaign_id = $1 AND id > $2 ORDER BY id LIMIT ${CHUNK}`, [campaign.id, after]);
      if (ideas.length === 0) return;
      const rows: { idea_id: string; department: string; up: number; down: number }[] = await this.ds.query(
        `WITH sizes AS (SELECT department_id, count(*) AS members FROM users WHERE deactivated_at IS NULL GROUP BY department_id)
         SELECT v.idea_id, ${fr ? 'd.name_fr' : 'd.name_en'} AS department, count(*) FILTER (WHERE v.value = 1)::int AS up, count(*) FILTER (WHERE v.value = -1)::int AS down
           FROM idea_votes v
           JOIN users u ON u.id = v.user_id
           JOIN departments d ON d.id = u.department_id
           JOIN sizes s ON s.department_id = d.id
          WHERE v.idea_id = ANY($1::uuid[]) AND s.members >= $2
          GROUP BY v.idea_id, department
          ORDER BY v.idea_id, department`,
        [ideas.map((i) => i.id), SMALL_DEPARTMENT_K],
      );
      const titles = new Map(ideas.map((i) => [i.id, i.title]));
      yield rows.map((r) => csvRow([r.idea_id, titles.get(r.idea_id) ?? '', r.department, r.up, r.down])).join('');
      after = ideas[ideas.length - 1].id;
      if (ideas.length < CHUNK) return;
    }
  }
}
