import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification centre: one row per recipient and event, and each person's per-kind preferences
 * (a missing row means the kind's default from @ruche/shared). Kinds are text, checked by the service
 * against NOTIFICATION_KINDS, so a pillar adding a kind needs no migration.
 */
export class Notifications1764001000000 implements MigrationInterface {
  name = 'Notifications1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        subject_type text CHECK (length(subject_type) <= 100),
        subject_id uuid,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    // The list, newest first, keyset-paged on (created_at, id).
    await q.query(`CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`);
    // The unread count and the unread-only list touch only unread rows.
    await q.query(`CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL`);
    // The purge job's scan.
    await q.query(`CREATE INDEX notifications_created_idx ON notifications (created_at)`);
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        in_app boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_preferences`);
    await q.query(`DROP TABLE IF EXISTS notifications`);
  }
}
