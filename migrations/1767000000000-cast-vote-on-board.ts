import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SQLSTATE of a vote whose idea left the board (merged away, hidden) while the vote waited for it (votes.service.ts). */
const VOTE_IDEA_GONE = 'RU001';

/**
 * ruche_cast_vote with its idea's board presence checked again under the lock of its tally row, or
 * with a guard (`AND t.on_board`) kept from 1766800000000's version.
 *
 * Why: the vote statement checks that its idea is on the board in its snapshot, before the cast. A vote
 * that arrived during a merge waited on the merge's locks (its voter's budget, or the idea's row, which
 * the new vote's key check needs) and then went on: it was cast on the idea just merged away, where no
 * board shows it and the merge's recount had already been taken. The same held for a vote arriving as a
 * moderator hid the idea, after its votes' budget units had been given back. The tally UPDATE now only
 * matches a row on the board, which PostgreSQL checks on the row's latest version after any wait; when
 * it matches none, the function raises VOTE_IDEA_GONE and the whole vote (its row, its budget unit)
 * is undone. The server answers IDEA_NOT_FOUND, as for a vote on such an idea. Nothing else costs more:
 * the condition is on the row the UPDATE writes anyway.
 */
export class CastVoteOnBoard1767000000000 implements MigrationInterface {
  name = 'CastVoteOnBoard1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(castVote(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(castVote(false));
  }
}

const castVote = (onBoard: boolean) => `
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
      SELECT t.up_votes, t.down_votes INTO v_up, v_down FROM idea_tallies t WHERE t.idea_id = p_idea;
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
    UPDATE idea_tallies t
       SET up_votes = t.up_votes + (CASE WHEN p_value = 1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = 1 THEN 1 ELSE 0 END),
           down_votes = t.down_votes + (CASE WHEN p_value = -1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = -1 THEN 1 ELSE 0 END),
           last_activity_at = now()
     WHERE t.idea_id = p_idea${onBoard ? ' AND t.on_board' : ''}
    RETURNING t.up_votes, t.down_votes INTO v_up, v_down;${
      onBoard
        ? `
    IF NOT FOUND THEN
      RAISE EXCEPTION 'idea % is no longer on the board', p_idea USING ERRCODE = '${VOTE_IDEA_GONE}';
    END IF;`
        : ''
    }
    RETURN QUERY SELECT v_up, v_down, v_used, true, false;
  END
  $$`;
