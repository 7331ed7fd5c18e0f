import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hivemind pairwise mode: the answers people give to "which of these two ideas?" and the one pair each
 * person has been issued and not yet answered in a campaign.
 *
 * A pair is stored in canonical order (idea_a < idea_b) and its outcome refers to that order ('a': idea_a
 * preferred, 'b': idea_b, 'none': no preference, 'skip': shown but not compared), so that "this person
 * has seen this pair" is one unique key whichever side each idea was shown on.
 */
export class Pairwise1764005000000 implements MigrationInterface {
  name = 'Pairwise1764005000000';

  async up(q: QueryRunner): Promise<void> {
    // token: the issued pair's token, kept so that a replayed answer finds the answer it already made.
    await q.query(`
      CREATE TABLE pairwise_answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        idea_a uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        idea_b uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        outcome text NOT NULL CHECK (outcome IN ('a', 'b', 'none', 'skip')),
        token uuid NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (idea_a < idea_b),
        CONSTRAINT pairwise_answers_once UNIQUE (user_id, idea_a, idea_b)
      )`);
    // The ranking's tallies and the pair choice's counts read a campaign's answers by this index alone.
    await q.query(`CREATE INDEX pairwise_answers_campaign ON pairwise_answers (campaign_id, idea_a, idea_b) INCLUDE (outcome, user_id, created_at)`);
    await q.query(`CREATE INDEX pairwise_answers_user ON pairwise_answers (user_id, campaign_id)`);

    // At most one pair per person and campaign is out at a time: a reload shows it again until it
    // expires; answering needs its token. shown_first is the idea the person sees as "a".
    await q.query(`
      CREATE TABLE pairwise_issued (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        idea_a uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        idea_b uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        shown_first uuid NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, user_id),
        CHECK (idea_a < idea_b),
        CHECK (shown_first IN (idea_a, idea_b))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS pairwise_issued`);
    await q.query(`DROP TABLE IF EXISTS pairwise_answers`);
  }
}
