import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Late items re-judge their minutes (alerts/alert-detection.service.ts): each rule remembers up to which
 * storing transaction it has looked for items published in minutes it had already judged
 * (`late_xmin`, a snapshot's xmin as signal_items.stream_xid counts them; null: not looked yet, the
 * next run starts from its own snapshot).
 */
export class AlertsLateItems1766300000000 implements MigrationInterface {
  name = 'AlertsLateItems1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE alert_rule_states ADD COLUMN late_xmin xid8`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE alert_rule_states DROP COLUMN IF EXISTS late_xmin`);
  }
}
