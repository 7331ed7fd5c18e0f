import type { MigrationInterface, QueryRunner } from 'typeorm';
import { castVoteV2 } from './1767100000000-cast-vote-fewer-statements';

/**
 * ruche_cast_votes: the votes of a batch cast in one call, so in one statement and one transaction, in
 * their order; it replaces ruche_cast_vote (one vote a call). Same rules and answers per vote as
 * 1767100000000's function, one row each (`ord`: the vote's number in the batch).
 *
 * Why: a statement and its commit cost PostgreSQL more than the vote itself. Measured on one connection
 * (bench/hivemind-cast.mjs), PostgreSQL's CPU per vote falls by about half from single votes to batches
 * of eight. VotesService gathers the votes that arrive while a batch is running into the next one.
 *
 * Locks: a batch takes every lock its votes need before casting any, in the order one vote takes its own
 * and every other writer of these rows follows — the voters' budget rows (by campaign, then person;
 * created on first use), then the ideas' rows (key share, as a vote's foreign key check takes them), then
 * their tally rows (by idea) — so that a batch waits on a retraction, a merge or another batch rather
 * than deadlocking with it. Some changes lock an idea's row before its voters' budget rows, against that
 * order (a decline by the reviews' rule or a stage's removal locks the ideas, then refunds their votes): a
 * batch of more than one vote therefore takes the ideas' rows without waiting (`p_wait` false) and fails
 * with lock_not_available (SQLSTATE 55P03) when one is taken; the server then casts those votes one by
 * one, each waiting as a single vote always has (a single vote holds one budget row, which such a change
 * locks only when that person had voted on the idea being changed; undone by PostgreSQL to break that
 * deadlock, the vote runs again).
 *
 * Its statements keep one plan each (plan_cache_mode = force_generic_plan): those that read the batch's
 * arrays would otherwise be planned again on every call, their plan depending on the arrays' length, which
 * cost a batch of one vote more than its votes (bench/hivemind-cast.mjs).
 *
 * A vote whose idea is no longer on the board once its tally row is locked (hidden or merged away while
 * the batch waited) is not cast and answers `gone`: no unit is spent and no vote row written (1767000000000
 * undid such a vote by an error, which would now undo the whole batch).
 */
export const castVotes = `
  CREATE FUNCTION ruche_cast_votes(p_ords bigint[], p_ideas uuid[], p_users uuid[], p_campaigns uuid[], p_values smallint[], p_budgets integer[], p_wait boolean)
  RETURNS TABLE (ord bigint, up_votes integer, down_votes integer, used integer, changed boolean, over_budget boolean, gone boolean)
  LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan
  AS $$
  DECLARE
    v_on_board uuid[];
    v_existing smallint;
    v_unit boolean;
    v_value smallint;
  BEGIN
    IF EXISTS (SELECT FROM unnest(p_values) v WHERE v IS DISTINCT FROM -1 AND v IS DISTINCT FROM 1) THEN
      RAISE EXCEPTION 'a vote is 1 or -1' USING ERRCODE = '22023';
    END IF;
    -- Every lock of the batch first, in order: budget rows (created on first use; ON CONFLICT DO UPDATE
    -- locks the existing rows even when its WHERE lets none be written), ideas, tallies.
    INSERT INTO campaign_vote_budgets AS b (campaign_id, user_id)
    SELECT DISTINCT r.c, r.u FROM unnest(p_campaigns, p_users) AS r(c, u) ORDER BY r.c, r.u
        ON CONFLICT (campaign_id, user_id) DO UPDATE SET used = b.used WHERE false;
    IF p_wait THEN
      PERFORM FROM ideas i WHERE i.id = ANY(p_ideas) ORDER BY i.id FOR KEY SHARE;
    ELSE
      PERFORM FROM ideas i WHERE i.id = ANY(p_ideas) ORDER BY i.id FOR KEY SHARE NOWAIT;
    END IF;
    SELECT coalesce(array_agg(l.idea_id) FILTER (WHERE l.on_board), '{}') INTO v_on_board
      FROM (SELECT t.idea_id, t.on_board FROM idea_tallies t WHERE t.idea_id = ANY(p_ideas) ORDER BY t.idea_id FOR UPDATE) l;
    FOR k IN 1 .. coalesce(cardinality(p_ideas), 0) LOOP
      ord := p_ords[k];
      up_votes := NULL;
      down_votes := NULL;
      used := NULL;
      changed := false;
      over_budget := false;
      gone := NOT (p_ideas[k] = ANY(v_on_board));
      IF gone THEN
        RETURN NEXT;
        CONTINUE;
      END IF;
      v_value := p_values[k];
      v_existing := 0;
      UPDATE campaign_vote_budgets b SET used = b.used + 1
       WHERE b.campaign_id = p_campaigns[k] AND b.user_id = p_users[k] AND (p_budgets[k] IS NULL OR b.used < p_budgets[k])
      RETURNING b.used INTO used;
      v_unit := FOUND;
      IF v_unit THEN
        INSERT INTO idea_votes (idea_id, user_id, campaign_id, value) VALUES (p_ideas[k], p_users[k], p_campaigns[k], v_value)
          ON CONFLICT (idea_id, user_id) DO NOTHING;
        IF NOT FOUND THEN
          -- They had voted on this idea: no new unit is spent, and that vote turns or stays.
          UPDATE campaign_vote_budgets b SET used = b.used - 1 WHERE b.campaign_id = p_campaigns[k] AND b.user_id = p_users[k];
          used := used - 1;
          UPDATE idea_votes v SET value = v_value, updated_at = now() WHERE v.idea_id = p_ideas[k] AND v.user_id = p_users[k] AND v.value <> v_value;
          v_existing := CASE WHEN FOUND THEN -v_value ELSE v_value END;
        END IF;
      ELSE
        -- No unit left: only a vote already cast on this idea may turn (or stay).
        SELECT b.used INTO used FROM campaign_vote_budgets b WHERE b.campaign_id = p_campaigns[k] AND b.user_id = p_users[k];
        UPDATE idea_votes v SET value = v_value, updated_at = now() WHERE v.idea_id = p_ideas[k] AND v.user_id = p_users[k] AND v.value <> v_value;
        IF FOUND THEN
          v_existing := -v_value;
        ELSE
          PERFORM FROM idea_votes v WHERE v.idea_id = p_ideas[k] AND v.user_id = p_users[k];
          IF NOT FOUND THEN
            over_budget := true;
            RETURN NEXT;
            CONTINUE;
          END IF;
          v_existing := v_value;
        END IF;
      END IF;
      IF v_existing = v_value THEN
        SELECT t.up_votes, t.down_votes INTO up_votes, down_votes FROM idea_tallies t WHERE t.idea_id = p_ideas[k];
      ELSE
        -- A new vote adds one on its side; a changed vote moves one from the other side.
        UPDATE idea_tallies t
           SET up_votes = t.up_votes + (CASE WHEN v_value = 1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = 1 THEN 1 ELSE 0 END),
               down_votes = t.down_votes + (CASE WHEN v_value = -1 THEN 1 ELSE 0 END) - (CASE WHEN v_existing = -1 THEN 1 ELSE 0 END),
               last_activity_at = now()
         WHERE t.idea_id = p_ideas[k]
        RETURNING t.up_votes, t.down_votes INTO up_votes, down_votes;
        changed := true;
      END IF;
      RETURN NEXT;
    END LOOP;
  END
  $$`;

export class CastVotesInBatches1767200000000 implements MigrationInterface {
  name = 'CastVotesInBatches1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(castVotes);
    await q.query(`DROP FUNCTION ruche_cast_vote(uuid, uuid, uuid, smallint, integer)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(castVoteV2);
    await q.query(`DROP FUNCTION ruche_cast_votes(bigint[], uuid[], uuid[], uuid[], smallint[], integer[], boolean)`);
  }
}
