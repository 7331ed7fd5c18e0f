import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hivemind curation: flags on ideas (one per person), typed links between ideas (target typed for
 * later pillars), votes given back (refunded_at: the budget unit returned when the idea was declined,
 * hidden or merged away, so it is never returned twice), and the closing reminders already sent (one
 * row per campaign and kind claims the reminder, so two instances or a restart never send it twice).
 */
export class Curation1764004000000 implements MigrationInterface {
  name = 'Curation1764004000000';

  async up(q: QueryRunner): Promise<void> {
    // resolved_at: a moderator restored or dismissed; flagging again opens the flag again.
    await q.query(`
      CREATE TABLE idea_flags (
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('spam', 'offensive', 'off_topic', 'duplicate', 'personal_data', 'other')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        PRIMARY KEY (idea_id, user_id)
      )`);
    await q.query(`CREATE INDEX idea_flags_open ON idea_flags (idea_id) WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX ideas_hidden ON ideas (campaign_id, hidden_at DESC) WHERE hidden_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE idea_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        target_type text NOT NULL DEFAULT 'idea' CHECK (target_type IN ('idea')),
        target_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('duplicates', 'builds_on', 'answers')),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (from_idea_id, target_type, target_id, kind),
        CHECK (NOT (target_type = 'idea' AND target_id = from_idea_id))
      )`);
    await q.query(`CREATE INDEX idea_links_target ON idea_links (target_type, target_id)`);

    await q.query(`ALTER TABLE idea_votes ADD COLUMN refunded_at timestamptz`);

    await q.query(`
      CREATE TABLE campaign_reminders (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('closing_soon')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        recipients integer NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS campaign_reminders`);
    await q.query(`ALTER TABLE idea_votes DROP COLUMN IF EXISTS refunded_at`);
    await q.query(`DROP TABLE IF EXISTS idea_links`);
    await q.query(`DROP INDEX IF EXISTS ideas_hidden`);
    await q.query(`DROP TABLE IF EXISTS idea_flags`);
  }
}
