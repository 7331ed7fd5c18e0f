import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live signal stream's order: each item records the id of the transaction that stored it
 * (`stream_xid`, PostgreSQL's 64-bit xid8). The stream reads items in (stream_xid, id) order and only
 * those whose transaction is older than every transaction still running (pg_snapshot_xmin of the
 * current snapshot): nothing can commit later with a smaller key, so a position in the stream never
 * has anything inserted before it. A client resuming after an item then gets exactly what it missed,
 * with no gap and no duplicate, on any instance — which neither received_at (a transaction's start
 * time, committed out of order) nor a sequence (numbers taken before commit) can promise.
 *
 * Adding the column rewrites the existing partitions once (a volatile default); new rows take it from
 * the default, so the ingest's INSERT does not name it.
 */
export class SignalsStream1765500000000 implements MigrationInterface {
  name = 'SignalsStream1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE signal_items ADD COLUMN stream_xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX signal_items_stream_idx ON signal_items (stream_xid, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS signal_items_stream_idx`);
    await q.query(`ALTER TABLE signal_items DROP COLUMN IF EXISTS stream_xid`);
  }
}
