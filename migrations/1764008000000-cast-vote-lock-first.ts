import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ruche_cast_vote locks the voter's budget row first as before, but tries the lock before the insert:
 * after a person's first vote in a campaign the row exists, and an INSERT … ON CONFLICT DO NOTHING that
 * always conflicts was a wasted statement (a speculative insertion) on every later vote. The first vote
 * still creates the row (two first votes at once: one inserts, both then lock it). Same rules and lock
 * order as 1764007000000-cast-vote.ts.
 */
export class CastVoteLockFirst1764008000000 implements MigrationInterface {
  name = 'CastVoteLockFirst1764008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
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
          SELECT i.up_votes, i.down_votes INTO v_up, v_down FROM ideas i WHERE i.id = p_idea;
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
        UPDATE ideas i
           SET up_votes = i.up_votes + (CASE WHEN p_value = 1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = 1 THEN 1 ELSE 0 END),
               down_votes = i.down_votes + (CASE WHEN p_value = -1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = -1 THEN 1 ELSE 0 END),
               last_activity_at = now()
         WHERE i.id = p_idea
        RETURNING i.up_votes, i.down_votes INTO v_up, v_down;
        RETURN QUERY SELECT v_up, v_down, v_used, true, false;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
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
        INSERT INTO campaign_vote_budgets AS b (campaign_id, user_id) VALUES (p_campaign, p_user) ON CONFLICT DO NOTHING;
        SELECT b.used INTO v_used FROM campaign_vote_budgets b WHERE b.campaign_id = p_campaign AND b.user_id = p_user FOR UPDATE;
        SELECT v.value INTO v_existing FROM idea_votes v WHERE v.idea_id = p_idea AND v.user_id = p_user;
        v_existing := coalesce(v_existing, 0);
        IF v_existing = p_value THEN
          SELECT i.up_votes, i.down_votes INTO v_up, v_down FROM ideas i WHERE i.id = p_idea;
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
        UPDATE ideas i
           SET up_votes = i.up_votes + (CASE WHEN p_value = 1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = 1 THEN 1 ELSE 0 END),
               down_votes = i.down_votes + (CASE WHEN p_value = -1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = -1 THEN 1 ELSE 0 END),
               last_activity_at = now()
         WHERE i.id = p_idea
        RETURNING i.up_votes, i.down_votes INTO v_up, v_down;
        RETURN QUERY SELECT v_up, v_down, v_used, true, false;
      END
      $$`);
  }
}
