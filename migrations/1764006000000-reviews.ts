import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews (Hivemind): a stage of a campaign's pipeline may carry a scorecard — weighted criteria on one
 * scale, reviewers assigned by the campaign's runners, and a rule that moves an idea on (or declines it)
 * once every assigned review is in. Reviews belong to an idea *at a stage*: they stay when the idea
 * moves on (history, summaries) and can no longer be edited then.
 *
 * campaign_id is repeated on the rows (with composite foreign keys to the stage's campaign) so that a
 * campaign's review queue is one index read and a row can never point at another campaign's stage.
 */
export class Reviews1764006000000 implements MigrationInterface {
  name = 'Reviews1764006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stage_scorecards (
        stage_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        scale_max smallint NOT NULL CHECK (scale_max BETWEEN 2 AND 10),
        auto_advance boolean NOT NULL DEFAULT false,
        advance_threshold numeric(5, 2),
        decline_threshold numeric(5, 2),
        allow_volunteers boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (campaign_id, stage_id) REFERENCES campaign_stages (campaign_id, id) ON DELETE CASCADE,
        UNIQUE (campaign_id, stage_id),
        CHECK (advance_threshold IS NULL OR advance_threshold BETWEEN 1 AND scale_max),
        CHECK (decline_threshold IS NULL OR decline_threshold BETWEEN 1 AND scale_max),
        CHECK (advance_threshold IS NULL OR decline_threshold IS NULL OR decline_threshold < advance_threshold),
        CHECK (NOT auto_advance OR advance_threshold IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX stage_scorecards_campaign ON stage_scorecards (campaign_id)`);

    // kind 'score': scored 1..scale_max, weighted (weight > 0). kind 'estimate': an amount in a currency
    // (an ROI estimate), shown beside the score but never weighted into it (weight NULL).
    await q.query(`
      CREATE TABLE review_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        stage_id uuid NOT NULL REFERENCES stage_scorecards (stage_id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('score', 'estimate')),
        label_fr text NOT NULL CHECK (length(label_fr) BETWEEN 1 AND 80),
        label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 80),
        description_fr text NOT NULL DEFAULT '' CHECK (length(description_fr) <= 500),
        description_en text NOT NULL DEFAULT '' CHECK (length(description_en) <= 500),
        weight numeric(6, 2) CHECK (weight IS NULL OR (weight > 0 AND weight <= 100)),
        currency text CHECK (currency IS NULL OR currency ~ '^[A-Z]{3}$'),
        CHECK ((kind = 'score' AND weight IS NOT NULL AND currency IS NULL) OR (kind = 'estimate' AND weight IS NULL AND currency IS NOT NULL)),
        CONSTRAINT review_criteria_position UNIQUE (stage_id, position) DEFERRABLE INITIALLY IMMEDIATE
      )`);

    await q.query(`
      CREATE TABLE stage_reviewers (
        stage_id uuid NOT NULL REFERENCES stage_scorecards (stage_id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stage_id, user_id)
      )`);
    await q.query(`CREATE INDEX stage_reviewers_user ON stage_reviewers (user_id)`);

    // One review per reviewer, idea and stage. The note is private: reviewers of the stage, the
    // campaign's runners; never the idea's author (the service enforces it on every read).
    await q.query(`
      CREATE TABLE idea_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        stage_id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (campaign_id, stage_id) REFERENCES campaign_stages (campaign_id, id) ON DELETE CASCADE,
        UNIQUE (idea_id, stage_id, reviewer_id)
      )`);
    await q.query(`CREATE INDEX idea_reviews_reviewer ON idea_reviews (reviewer_id, stage_id)`);
    await q.query(`CREATE INDEX idea_reviews_stage ON idea_reviews (stage_id, idea_id)`);

    // A score per criterion: a value on the scale, an amount (estimate criteria), or "not applicable"
    // (neither), which the weighted mean leaves out, renormalising the other weights.
    await q.query(`
      CREATE TABLE idea_review_scores (
        review_id uuid NOT NULL REFERENCES idea_reviews (id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES review_criteria (id) ON DELETE CASCADE,
        score smallint CHECK (score IS NULL OR score BETWEEN 1 AND 10),
        amount numeric(15, 2),
        not_applicable boolean NOT NULL DEFAULT false,
        PRIMARY KEY (review_id, criterion_id),
        CHECK (num_nonnulls(score, amount) + not_applicable::int = 1)
      )`);
    await q.query(`CREATE INDEX idea_review_scores_criterion ON idea_review_scores (criterion_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['idea_review_scores', 'idea_reviews', 'stage_reviewers', 'review_criteria', 'stage_scorecards']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
