import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IDEA_SCORES_SQL } from './1766600000000-idea-scores-inline';

/** The board orders that read an idea's tallies, each an index of idea_tallies (`new` stays on ideas). */
const TALLY_BOARDS = { hot: 'hot_score', top: 'top_score', controversial: 'controversy_score', discussed: 'comment_count' };

/**
 * ruche_cast_vote with the counters read and written in `tallies` (same rules and lock order as
 * 1764008000000); `onBoard`: the tally UPDATE matches only a row on the board, else raises `onBoard`'s
 * SQLSTATE (1767000000000).
 */
export const castVote = (tallies: 'idea_tallies' | 'ideas', key: 'idea_id' | 'id', onBoard?: string) => `
  CREATE OR REPLACE FUNCTION ruche_cast_vote(p_idea uuid, p_user uuid, p_campaign uuid, p_value smallint, p_budget integer)
  RETURNS TABLE (up_votes integer, down_votes integer, used integer, changed boolean, over_budget boolean)
  LANGUAGE plpgsql
  AS $$
  DECLARE
    v_used integer;
    v_existing smallint;
    v_up integer;
    v_down integer;
  BEGIN
    IF p_value NOT IN (-1, 1) THEN
      RAISE EXCEPTION 'a vote is 1 or -1' USING ERRCODE = '22023';
    END IF;
    SELECT b.used INTO v_used FROM campaign_vote_budgets b WHERE b.campaign_id = p_campaign AND b.user_id = p_user FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO campaign_vote_budgets AS b (campaign_id, user_id) VALUES (p_campaign, p_user) ON CONFLICT DO NOTHING;
      SELECT b.used INTO v_used FROM campaign_vote_budgets b WHERE b.campaign_id = p_campaign AND b.user_id = p_user FOR UPDATE;
    END IF;
    SELECT v.value INTO v_existing FROM idea_votes v WHERE v.idea_id = p_idea AND v.user_id = p_user;
    v_existing := coalesce(v_existing, 0);
    IF v_existing = p_value THEN
      SELECT t.up_votes, t.down_votes INTO v_up, v_down FROM ${tallies} t WHERE t.${key} = p_idea;
      RETURN QUERY SELECT v_up, v_down, v_used, false, false;
      RETURN;
    END IF;
    IF v_existing = 0 THEN
      IF p_budget IS NOT NULL AND v_used >= p_budget THEN
        RETURN QUERY SELECT NULL::integer, NULL::integer, v_used, false, true;
        RETURN;
      END IF;
      INSERT INTO idea_votes (idea_id, user_id, campaign_id, value) VALUES (p_idea, p_user, p_campaign, p_value);
      UPDATE campaign_vote_budgets b SET used = b.used + 1 WHERE b.campaign_id = p_campaign AND b.user_id = p_user;
      v_used := v_used + 1;
    ELSE
      UPDATE idea_votes v SET value = p_value, updated_at = now() WHERE v.idea_id = p_idea AND v.user_id = p_user;
    END IF;
    -- A new vote adds one on its side; a changed vote moves one from the other side.
    UPDATE ${tallies} t
       SET up_votes = t.up_votes + (CASE WHEN p_value = 1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = 1 THEN 1 ELSE 0 END),
           down_votes = t.down_votes + (CASE WHEN p_value = -1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = -1 THEN 1 ELSE 0 END),
           last_activity_at = now()
     WHERE t.${key} = p_idea${onBoard ? ' AND t.on_board' : ''}
    RETURNING t.up_votes, t.down_votes INTO v_up, v_down;${
      onBoard
        ? `
    IF NOT FOUND THEN
      RAISE EXCEPTION 'idea % is no longer on the board', p_idea USING ERRCODE = '${onBoard}';
    END IF;`
        : ''
    }
    RETURN QUERY SELECT v_up, v_down, v_used, true, false;
  END
  $$`;

/**
 * An idea's tallies — its vote counters, comment count, last activity and the board scores generated
 * from them — move from `ideas` to a narrow table of their own, `idea_tallies`, one row per idea.
 *
 * Why: every vote rewrote its idea's whole row (title, body, HTML, search vector), and since the scores
 * are indexed no such update is HOT, so each vote also added an entry to every one of the twelve indexes
 * of `ideas`, the full-text and trigram GIN indexes among them, and computed the trigram index's
 * expression again. A vote now rewrites a row of about a hundred bytes with five indexes (its key and the
 * four board orders that read tallies). Measured on one connection, alternated: PostgreSQL's CPU per cast
 * 891 → 708 µs, WAL about 920 → 370 bytes.
 *
 * The tallies carry copies of what their indexes and scores need from the idea — its campaign, its
 * creation time (hot's age) and whether it is on the board (not hidden, not merged) — kept by triggers
 * on `ideas`, so that no writer of ideas can forget them: a tally row is made with its idea, and follows
 * it when those columns change. The `new` order stays on `ideas` (created_at does not change with votes).
 *
 * The scores are set by a trigger on every write of a tally row, no longer generated columns: PostgreSQL
 * reads and plans a generated column's expression again at each execution of a statement that writes the
 * table, which cost a vote's UPDATE about a quarter of its CPU (one connection, alternated: 459 against
 * 362 µs per update with the trigger). Same expressions (1766600000000's), so the same values, and
 * test/api/votes.e2e.ts checks them against ruche_wilson_lower, ruche_hot and ruche_controversy.
 */
export class IdeaTallies1766800000000 implements MigrationInterface {
  name = 'IdeaTallies1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idea_tallies (
        idea_id uuid PRIMARY KEY REFERENCES ideas (id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        on_board boolean NOT NULL,
        up_votes integer NOT NULL DEFAULT 0 CHECK (up_votes >= 0),
        down_votes integer NOT NULL DEFAULT 0 CHECK (down_votes >= 0),
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        top_score double precision NOT NULL,
        hot_score double precision NOT NULL,
        controversy_score double precision NOT NULL
      )`);
    // The scores, from the counters and the creation time, on every write of a row, whatever it sets.
    const row = (sql: string) => sql.replace(/\b(up_votes|down_votes|created_at)\b/g, 'NEW.$1');
    await q.query(`
      CREATE FUNCTION ruche_idea_tally_scores() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.top_score := ${row(IDEA_SCORES_SQL.top)};
        NEW.hot_score := ${row(IDEA_SCORES_SQL.hot)};
        NEW.controversy_score := ${row(IDEA_SCORES_SQL.controversy)};
        RETURN NEW;
      END
      $$`);
    await q.query(`CREATE TRIGGER idea_tallies_scores BEFORE INSERT OR UPDATE ON idea_tallies FOR EACH ROW EXECUTE FUNCTION ruche_idea_tally_scores()`);
    await q.query(`
      INSERT INTO idea_tallies (idea_id, campaign_id, created_at, on_board, up_votes, down_votes, comment_count, last_activity_at)
      SELECT id, campaign_id, created_at, hidden_at IS NULL AND merged_into_id IS NULL, up_votes, down_votes, comment_count, last_activity_at FROM ideas`);
    for (const [name, column] of Object.entries(TALLY_BOARDS)) {
      await q.query(`CREATE INDEX idea_tallies_board_${name} ON idea_tallies (campaign_id, ${column} DESC, idea_id DESC) WHERE on_board`);
    }
    await q.query(`
      CREATE FUNCTION ruche_idea_tally_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO idea_tallies AS t (idea_id, campaign_id, created_at, on_board, last_activity_at)
        VALUES (NEW.id, NEW.campaign_id, NEW.created_at, NEW.hidden_at IS NULL AND NEW.merged_into_id IS NULL, NEW.created_at)
        ON CONFLICT (idea_id) DO UPDATE SET campaign_id = excluded.campaign_id, created_at = excluded.created_at, on_board = excluded.on_board;
        RETURN NULL;
      END
      $$`);
    await q.query(`CREATE TRIGGER ideas_tally_insert AFTER INSERT ON ideas FOR EACH ROW EXECUTE FUNCTION ruche_idea_tally_sync()`);
    await q.query(`
      CREATE TRIGGER ideas_tally_update AFTER UPDATE OF campaign_id, created_at, hidden_at, merged_into_id ON ideas FOR EACH ROW
        WHEN (OLD.campaign_id IS DISTINCT FROM NEW.campaign_id OR OLD.created_at IS DISTINCT FROM NEW.created_at
              OR (OLD.hidden_at IS NULL AND OLD.merged_into_id IS NULL) IS DISTINCT FROM (NEW.hidden_at IS NULL AND NEW.merged_into_id IS NULL))
        EXECUTE FUNCTION ruche_idea_tally_sync()`);
    await q.query(castVote('idea_tallies', 'idea_id'));
    for (const name of Object.keys(TALLY_BOARDS)) await q.query(`DROP INDEX ideas_board_${name}`);
    await q.query(`
      ALTER TABLE ideas DROP COLUMN top_score, DROP COLUMN hot_score, DROP COLUMN controversy_score,
        DROP COLUMN up_votes, DROP COLUMN down_votes, DROP COLUMN comment_count, DROP COLUMN last_activity_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE ideas
        ADD COLUMN up_votes integer NOT NULL DEFAULT 0 CHECK (up_votes >= 0),
        ADD COLUMN down_votes integer NOT NULL DEFAULT 0 CHECK (down_votes >= 0),
        ADD COLUMN comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        ADD COLUMN last_activity_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      UPDATE ideas i SET up_votes = t.up_votes, down_votes = t.down_votes, comment_count = t.comment_count, last_activity_at = t.last_activity_at
        FROM idea_tallies t WHERE t.idea_id = i.id`);
    await q.query(`
      ALTER TABLE ideas
        ADD COLUMN top_score double precision GENERATED ALWAYS AS (${IDEA_SCORES_SQL.top}) STORED,
        ADD COLUMN hot_score double precision GENERATED ALWAYS AS (${IDEA_SCORES_SQL.hot}) STORED,
        ADD COLUMN controversy_score double precision GENERATED ALWAYS AS (${IDEA_SCORES_SQL.controversy}) STORED`);
    const board = `WHERE hidden_at IS NULL AND merged_into_id IS NULL`;
    for (const [name, column] of Object.entries(TALLY_BOARDS)) {
      await q.query(`CREATE INDEX ideas_board_${name} ON ideas (campaign_id, ${column} DESC, id DESC) ${board}`);
    }
    await q.query(castVote('ideas', 'id'));
    await q.query(`DROP TRIGGER ideas_tally_update ON ideas`);
    await q.query(`DROP TRIGGER ideas_tally_insert ON ideas`);
    await q.query(`DROP FUNCTION ruche_idea_tally_sync()`);
    await q.query(`DROP TABLE idea_tallies`);
    await q.query(`DROP FUNCTION ruche_idea_tally_scores()`);
  }
}
