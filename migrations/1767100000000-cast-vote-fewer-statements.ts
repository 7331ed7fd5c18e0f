import type { MigrationInterface, QueryRunner } from 'typeorm';
import { castVote } from './1766800000000-idea-tallies';
import { VOTE_IDEA_GONE } from './1767000000000-cast-vote-on-board';

/**
 * ruche_cast_vote in three statements for a new vote instead of six: same rules, same lock order
 * (the voter's budget row, then the idea's tally row), same answers.
 *
 * A new vote within its budget — nearly every vote — now
 *  1. counts itself in the voter's budget row, which takes that row's lock (an UPDATE … RETURNING in
 *     place of a SELECT … FOR UPDATE followed later by the UPDATE);
 *  2. inserts its row with ON CONFLICT DO NOTHING, which says whether the person had voted on the idea
 *     (in place of a SELECT of their vote before a plain INSERT);
 *  3. moves the idea's tallies (unchanged: only a row on the board, else VOTE_IDEA_GONE).
 * A person who had voted on the idea gets the unit back at once and their vote turns by an UPDATE that
 * matches only a vote the other way (a vote is 1 or -1, so whether it matched says what it was; none
 * matched: the same vote again, which changes nothing). A person with no budget row yet (a first vote in
 * the campaign) or no unit left locks the row as it is (creating it on first use); then only a vote
 * already cast on the idea may turn, or a unit is counted if one is left.
 *
 * The answer is one row of OUT parameters instead of a set (RETURNS TABLE): no `RETURN QUERY` statement
 * and no tuple store per call. Callers read it as before (`CROSS JOIN LATERAL ruche_cast_vote(…) r`).
 *
 * bench/hivemind-cast.mjs measures PostgreSQL's CPU per vote against the version before (figures in the
 * commit that brought this).
 */
export const castVoteV2 = `
  CREATE FUNCTION ruche_cast_vote(p_idea uuid, p_user uuid, p_campaign uuid, p_value smallint, p_budget integer,
    OUT up_votes integer, OUT down_votes integer, OUT used integer, OUT changed boolean, OUT over_budget boolean)
  LANGUAGE plpgsql
  AS $$
  DECLARE
    v_existing smallint := 0;
    v_unit boolean;
  BEGIN
    IF p_value NOT IN (-1, 1) THEN
      RAISE EXCEPTION 'a vote is 1 or -1' USING ERRCODE = '22023';
    END IF;
    changed := false;
    over_budget := false;
    -- The budget row first (every vote of this person in this campaign waits here), counting the vote.
    UPDATE campaign_vote_budgets b SET used = b.used + 1
     WHERE b.campaign_id = p_campaign AND b.user_id = p_user AND (p_budget IS NULL OR b.used < p_budget)
    RETURNING b.used INTO used;
    v_unit := FOUND;
    IF NOT v_unit THEN
      -- No row yet (a first vote in the campaign) or no unit left: lock the row as it is.
      INSERT INTO campaign_vote_budgets AS b (campaign_id, user_id) VALUES (p_campaign, p_user) ON CONFLICT DO NOTHING;
      SELECT b.used INTO used FROM campaign_vote_budgets b WHERE b.campaign_id = p_campaign AND b.user_id = p_user FOR UPDATE;
      IF p_budget IS NULL OR used < p_budget THEN
        UPDATE campaign_vote_budgets b SET used = b.used + 1 WHERE b.campaign_id = p_campaign AND b.user_id = p_user;
        used := used + 1;
        v_unit := true;
      END IF;
    END IF;
    IF v_unit THEN
      INSERT INTO idea_votes (idea_id, user_id, campaign_id, value) VALUES (p_idea, p_user, p_campaign, p_value)
        ON CONFLICT (idea_id, user_id) DO NOTHING;
      IF NOT FOUND THEN
        -- They had voted on this idea: no new unit is spent, and that vote turns or stays.
        UPDATE campaign_vote_budgets b SET used = b.used - 1 WHERE b.campaign_id = p_campaign AND b.user_id = p_user;
        used := used - 1;
        UPDATE idea_votes v SET value = p_value, updated_at = now() WHERE v.idea_id = p_idea AND v.user_id = p_user AND v.value <> p_value;
        v_existing := CASE WHEN FOUND THEN -p_value ELSE p_value END;
      END IF;
    ELSE
      -- No unit left: only a vote already cast on this idea may turn (or stay).
      UPDATE idea_votes v SET value = p_value, updated_at = now() WHERE v.idea_id = p_idea AND v.user_id = p_user AND v.value <> p_value;
      IF FOUND THEN
        v_existing := -p_value;
      ELSE
        PERFORM FROM idea_votes v WHERE v.idea_id = p_idea AND v.user_id = p_user;
        IF NOT FOUND THEN
          over_budget := true;
          RETURN;
        END IF;
        v_existing := p_value;
      END IF;
    END IF;
    IF v_existing = p_value THEN
      SELECT t.up_votes, t.down_votes INTO up_votes, down_votes FROM idea_tallies t WHERE t.idea_id = p_idea;
      RETURN;
    END IF;
    -- A new vote adds one on its side; a changed vote moves one from the other side.
    UPDATE idea_tallies t
       SET up_votes = t.up_votes + (CASE WHEN p_value = 1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = 1 THEN 1 ELSE 0 END),
           down_votes = t.down_votes + (CASE WHEN p_value = -1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = -1 THEN 1 ELSE 0 END),
           last_activity_at = now()
     WHERE t.idea_id = p_idea AND t.on_board
    RETURNING t.up_votes, t.down_votes INTO up_votes, down_votes;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'idea % is no longer on the board', p_idea USING ERRCODE = '${VOTE_IDEA_GONE}';
    END IF;
    changed := true;
  END
  $$`;

const DROP = `DROP FUNCTION ruche_cast_vote(uuid, uuid, uuid, smallint, integer)`;

export class CastVoteFewerStatements1767100000000 implements MigrationInterface {
  name = 'CastVoteFewerStatements1767100000000';

  async up(q: QueryRunner): Promise<void> {
    // A set-returning function cannot become a single-row one in place.
    await q.query(DROP);
    await q.query(castVoteV2);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(DROP);
    await q.query(castVote('idea_tallies', 'idea_id', VOTE_IDEA_GONE));
  }
}
