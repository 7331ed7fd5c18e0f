import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Periodic background jobs; one row per job, claimed atomically so one instance runs each due job. */
export class ScheduledJobs1764000200000 implements MigrationInterface {
  name = 'ScheduledJobs1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheduled_jobs (
        name text PRIMARY KEY,
        interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
        next_run_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_started_at timestamptz,
        last_finished_at timestamptz,
        last_error text,
        run_count bigint NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS scheduled_jobs`);
  }
}
