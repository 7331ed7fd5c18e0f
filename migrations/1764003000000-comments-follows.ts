import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hivemind discussion: comments on ideas (one level of replies under a thread root, markdown kept as
 * written and as sanitised HTML, soft deletion that keeps a thread's shape, moderator hiding), their
 * edit history, and follows of ideas and campaigns (who hears about new comments and stage changes).
 */
export class CommentsFollows1764003000000 implements MigrationInterface {
  name = 'CommentsFollows1764003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        -- The thread root this comment answers (null: it is a root). A reply to a reply is stored under
        -- the root, so threads are one level deep whatever people click.
        parent_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        -- Written by the idea's author while the idea is anonymous: shown as "the author (anonymous)".
        anonymous boolean NOT NULL DEFAULT false,
        body text NOT NULL CHECK (length(body) <= 5000),
        body_html text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        hidden_at timestamptz,
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    // An idea's threads, oldest first (keyset on created_at, id), and each thread's replies.
    await q.query(`CREATE INDEX comments_idea_roots ON comments (idea_id, created_at, id) WHERE parent_id IS NULL`);
    await q.query(`CREATE INDEX comments_parent ON comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX comments_author ON comments (author_id)`);
    await q.query(`
      CREATE TABLE comment_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
        body text NOT NULL,
        body_html text NOT NULL,
        -- When this version was written, and when an edit replaced it.
        written_at timestamptz NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX comment_revisions_comment ON comment_revisions (comment_id, replaced_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE follows (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('idea', 'campaign')),
        subject_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, subject_type, subject_id)
      )`);
    // Followers of a subject (notifications, counts).
    await q.query(`CREATE INDEX follows_subject ON follows (subject_type, subject_id, user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE follows`);
    await q.query(`DROP TABLE comment_revisions`);
    await q.query(`DROP TABLE comments`);
  }
}
