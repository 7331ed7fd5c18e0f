import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingest speed: `signal_items_id_idx` (id) repeated the leading column of the primary key (id,
 * received_at), which finds an item by its id as well; every stored item paid one more index entry for
 * it (one of six) and nothing read it.
 */
export class SignalsIngestSpeed1766200000000 implements MigrationInterface {
  name = 'SignalsIngestSpeed1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS signal_items_id_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS signal_items_id_idx ON signal_items (id)`);
  }
}
