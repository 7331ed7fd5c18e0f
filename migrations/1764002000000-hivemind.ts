import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hivemind: campaigns (with their audience and pipeline of stages), ideas, votes and vote budgets.
 *
 * Board orders are stored generated columns (top_score, hot_score, controversy_score) computed by the
 * IMMUTABLE functions below from the vote counters and the creation date — the same formulas as
 * shared/src/ranking.ts —, each with a partial index per campaign, so that "the 50 hottest ideas of a
 * campaign" is an index range read whatever the number of ideas. Hot decays through the creation date
 * (Reddit's formula), so it never needs recomputing as time passes.
 */
export class Hivemind1764002000000 implements MigrationInterface {
  name = 'Hivemind1764002000000';

  async up(q: QueryRunner): Promise<void> {
    // Lower bound of the 95 % Wilson score interval (ranking.ts: wilsonLowerBound).
    await q.query(`
      CREATE FUNCTION ruche_wilson_lower(up integer, down integer) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT CASE WHEN up + down <= 0 THEN 0::float8 ELSE (
          (up::float8 / (up + down)) + 3.841458820694124 / (2 * (up + down))
          - 1.959963984540054 * sqrt(((up::float8 / (up + down)) * (1 - up::float8 / (up + down)) + 3.841458820694124 / (4 * (up + down))) / (up + down))
        ) / (1 + 3.841458820694124 / (up + down)) END
      $$`);
    // Reddit's hot (ranking.ts: hotScore): sign(s)·log10(max(|s|,1)) + (created − 2025-01-01) / 4 days.
    // extract(epoch …) of a timestamptz does not depend on the time zone, so IMMUTABLE holds.
    await q.query(`
      CREATE FUNCTION ruche_hot(up integer, down integer, created timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT sign(up - down)::float8 * log(greatest(abs(up - down), 1)::float8)
               + (extract(epoch FROM created)::float8 - 1735689600) / 345600
      $$`);
    // Reddit's controversy (ranking.ts: controversyScore).
    await q.query(`
      CREATE FUNCTION ruche_controversy(up integer, down integer) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT CASE WHEN up <= 0 OR down <= 0 THEN 0::float8
                    ELSE power((up + down)::float8, CASE WHEN up > down THEN down::float8 / up ELSE up::float8 / down END) END
      $$`);

    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        description_html text NOT NULL DEFAULT '',
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        audience text NOT NULL DEFAULT 'everyone' CHECK (audience IN ('everyone', 'departments')),
        vote_budget integer CHECK (vote_budget IS NULL OR vote_budget BETWEEN 1 AND 1000),
        hide_counts_until_voted boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX campaigns_listing ON campaigns (opens_at DESC, id DESC)`);
    await q.query(`CREATE INDEX campaigns_department ON campaigns (department_id)`);

    await q.query(`
      CREATE TABLE campaign_departments (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
        PRIMARY KEY (campaign_id, department_id)
      )`);
    await q.query(`CREATE INDEX campaign_departments_department ON campaign_departments (department_id)`);

    // Positions are unique per campaign but deferrable, so that a later reorder can swap two in one statement.
    await q.query(`
      CREATE TABLE campaign_stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
        name_fr text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 60),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 60),
        kind text NOT NULL CHECK (kind IN ('submitted', 'review', 'selected', 'in_progress', 'done', 'declined')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, key),
        UNIQUE (campaign_id, id),
        CONSTRAINT campaign_stages_position UNIQUE (campaign_id, position) DEFERRABLE INITIALLY IMMEDIATE
      )`);

    // author_id is kept when the idea is anonymous, for abuse moderation only; the API never shows it.
    // stage_id references a stage of the same campaign (composite key).
    await q.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        anonymous boolean NOT NULL DEFAULT false,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 10000),
        body_html text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 10),
        stage_id uuid NOT NULL,
        up_votes integer NOT NULL DEFAULT 0 CHECK (up_votes >= 0),
        down_votes integer NOT NULL DEFAULT 0 CHECK (down_votes >= 0),
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        hidden_at timestamptz,
        merged_into_id uuid REFERENCES ideas (id) ON DELETE SET NULL,
        top_score double precision GENERATED ALWAYS AS (ruche_wilson_lower(up_votes, down_votes)) STORED,
        hot_score double precision GENERATED ALWAYS AS (ruche_hot(up_votes, down_votes, created_at)) STORED,
        controversy_score double precision GENERATED ALWAYS AS (ruche_controversy(up_votes, down_votes)) STORED,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('french', ruche_fold(title)), 'A') || setweight(to_tsvector('english', ruche_fold(title)), 'A') ||
          setweight(to_tsvector('french', ruche_fold(body)), 'B') || setweight(to_tsvector('english', ruche_fold(body)), 'B')
        ) STORED,
        FOREIGN KEY (campaign_id, stage_id) REFERENCES campaign_stages (campaign_id, id) ON DELETE RESTRICT,
        CHECK (merged_into_id IS NULL OR merged_into_id <> id)
      )`);
    // Board orders: ideas on the board (not hidden, not merged away), per campaign, in each sort's order.
    const board = `WHERE hidden_at IS NULL AND merged_into_id IS NULL`;
    await q.query(`CREATE INDEX ideas_board_hot ON ideas (campaign_id, hot_score DESC, id DESC) ${board}`);
    await q.query(`CREATE INDEX ideas_board_top ON ideas (campaign_id, top_score DESC, id DESC) ${board}`);
    await q.query(`CREATE INDEX ideas_board_new ON ideas (campaign_id, created_at DESC, id DESC) ${board}`);
    await q.query(`CREATE INDEX ideas_board_controversial ON ideas (campaign_id, controversy_score DESC, id DESC) ${board}`);
    await q.query(`CREATE INDEX ideas_board_discussed ON ideas (campaign_id, comment_count DESC, id DESC) ${board}`);
    await q.query(`CREATE INDEX ideas_author ON ideas (author_id)`);
    await q.query(`CREATE INDEX ideas_stage ON ideas (stage_id)`);
    await q.query(`CREATE INDEX ideas_merged_into ON ideas (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    // Similar-idea suggestions: stemmed full text in both languages, and trigrams on the folded title.
    await q.query(`CREATE INDEX ideas_search ON ideas USING gin (search)`);
    await q.query(`CREATE INDEX ideas_title_trgm ON ideas USING gin ((ruche_fold(title)) gin_trgm_ops)`);

    // campaign_id is repeated from the idea so that a person's votes in a campaign are one index read.
    await q.query(`
      CREATE TABLE idea_votes (
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        value smallint NOT NULL CHECK (value IN (-1, 1)),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id)
      )`);
    await q.query(`CREATE INDEX idea_votes_user_campaign ON idea_votes (user_id, campaign_id)`);

    // One row per person and campaign: the votes they have cast there. A vote locks this row (FOR
    // UPDATE), which serialises one person's votes in a campaign, so a budget cannot be overspent.
    await q.query(`
      CREATE TABLE campaign_vote_budgets (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        used integer NOT NULL DEFAULT 0 CHECK (used >= 0),
        PRIMARY KEY (campaign_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['campaign_vote_budgets', 'idea_votes', 'ideas', 'campaign_stages', 'campaign_departments', 'campaigns']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const fn of ['ruche_controversy(integer, integer)', 'ruche_hot(integer, integer, timestamptz)', 'ruche_wilson_lower(integer, integer)']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}
