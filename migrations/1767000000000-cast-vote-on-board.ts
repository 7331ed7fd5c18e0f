import type { MigrationInterface, QueryRunner } from 'typeorm';
import { castVote } from './1766800000000-idea-tallies';

/** SQLSTATE of a vote whose idea left the board (merged away, hidden) while the vote waited for it (votes.service.ts). */
export const VOTE_IDEA_GONE = 'RU001';

/**
 * ruche_cast_vote checks again that its idea is on the board, on the tally row it writes (otherwise
 * 1766800000000's version).
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
    await q.query(castVote('idea_tallies', 'idea_id', VOTE_IDEA_GONE));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(castVote('idea_tallies', 'idea_id'));
  }
}
