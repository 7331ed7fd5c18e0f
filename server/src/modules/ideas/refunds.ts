import type { EntityManager } from 'typeorm';

/**
 * Locks the budget rows of an idea's voters whose unit has not come back yet, in user order: what
 * refundIdeaVotes will write. A change that locks the idea's row (hide) takes these first, as a vote and a
 * merge do — budget rows, then ideas, then tallies — so that a vote (or a batch of votes) holding one of
 * these budget rows and waiting on the idea cannot deadlock with it.
 */
export async function lockVoterBudgets(tx: EntityManager, ideaId: string, campaign: { id: string; voteBudget: number | null }): Promise<void> {
  if (campaign.voteBudget === null) return;
  await tx.query(
    `SELECT 1 FROM campaign_vote_budgets
      WHERE campaign_id = $2 AND user_id IN (SELECT user_id FROM idea_votes WHERE idea_id = $1 AND refunded_at IS NULL)
      ORDER BY user_id FOR UPDATE`,
    [ideaId, campaign.id],
  );
}

/**
 * Gives back the budget units of every vote on an idea that has not been given back yet: the idea was
 * declined, hidden by a moderator or merged away, and the voters should be able to spend those votes
 * elsewhere. The votes themselves stay (the idea's counts are its history; a hidden idea may come back
 * with them), marked `refunded_at` so that a unit is never returned twice — neither by a second
 * decline, nor when the voter later retracts that vote (VotesService.retract reads the mark).
 *
 * Lock order as a vote's: the voters' budget rows first (lockVoterBudgets, in user order; again here for
 * a caller that could not take them before the idea's row), then the vote rows. Only campaigns with a
 * budget have units to give back: elsewhere nothing is marked and nobody is told. Returns the voters
 * whose unit came back.
 */
export async function refundIdeaVotes(tx: EntityManager, ideaId: string, campaign: { id: string; voteBudget: number | null }): Promise<string[]> {
  if (campaign.voteBudget === null) return [];
  await lockVoterBudgets(tx, ideaId, campaign);
  const [refunded]: [{ user_id: string }[], number] = await tx.query(
    `UPDATE idea_votes SET refunded_at = now() WHERE idea_id = $1 AND refunded_at IS NULL RETURNING user_id`,
    [ideaId],
  );
  const voters = refunded.map((r) => r.user_id);
  if (voters.length > 0) {
    await tx.query(`UPDATE campaign_vote_budgets SET used = greatest(used - 1, 0) WHERE campaign_id = $1 AND user_id = ANY($2::uuid[])`, [campaign.id, voters]);
  }
  return voters;
}
