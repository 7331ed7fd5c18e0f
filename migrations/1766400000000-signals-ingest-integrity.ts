import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The foreign keys of the ingest's hot tables, as 1765000000000-signals.ts declared them (all ON DELETE CASCADE). */
const KEYS: readonly { table: string; column: string; parent: string }[] = [
  { table: 'signal_item_keys', column: 'source_id', parent: 'signal_sources' },
  { table: 'signal_items', column: 'source_id', parent: 'signal_sources' },
  { table: 'signal_item_terms', column: 'source_id', parent: 'signal_sources' },
  { table: 'signal_item_terms', column: 'term_id', parent: 'signal_watch_terms' },
  { table: 'signal_term_minutes', column: 'term_id', parent: 'signal_watch_terms' },
  { table: 'signal_term_days', column: 'term_id', parent: 'signal_watch_terms' },
  { table: 'signal_term_distinct', column: 'term_id', parent: 'signal_watch_terms' },
];

/**
 * The ingest's integrity without per-row foreign keys. Each row a batch stores checked its source and
 * watch term through a foreign key: a lookup and a KEY SHARE row lock per row (per match, twice), the
 * same source row locked by every concurrent batch — about a fifth of PostgreSQL's CPU per stored item
 * (bench/signals.mjs: 220 → 174 µs, 4,306 → 4,902 items/s with them dropped). Now:
 * - a batch locks its source and the terms it matched FOR KEY SHARE once (storeBatch): a source or term
 *   being deleted waits for the batch to commit, and a batch that comes after a deletion stores nothing
 *   for the source (SIGNAL_SOURCE_NOT_FOUND) or no match of the term;
 * - deleting sources or terms deletes their rows, as ON DELETE CASCADE did, by statement-level triggers
 *   (also when a watchlist's deletion cascades to its terms).
 */
export class SignalsIngestIntegrity1766400000000 implements MigrationInterface {
  name = 'SignalsIngestIntegrity1766400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const k of KEYS) await q.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${k.table}_${k.column}_fkey`);
    await q.query(`
      CREATE FUNCTION ruche_signal_sources_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM signal_item_terms WHERE source_id IN (SELECT id FROM gone);
        DELETE FROM signal_items WHERE source_id IN (SELECT id FROM gone);
        DELETE FROM signal_item_keys WHERE source_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER signal_sources_deleted AFTER DELETE ON signal_sources REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION ruche_signal_sources_deleted()`);
    await q.query(`
      CREATE FUNCTION ruche_signal_watch_terms_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM signal_item_terms WHERE term_id IN (SELECT id FROM gone);
        DELETE FROM signal_term_minutes WHERE term_id IN (SELECT id FROM gone);
        DELETE FROM signal_term_days WHERE term_id IN (SELECT id FROM gone);
        DELETE FROM signal_term_distinct WHERE term_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER signal_watch_terms_deleted AFTER DELETE ON signal_watch_terms REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION ruche_signal_watch_terms_deleted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS signal_watch_terms_deleted ON signal_watch_terms`);
    await q.query(`DROP FUNCTION IF EXISTS ruche_signal_watch_terms_deleted()`);
    await q.query(`DROP TRIGGER IF EXISTS signal_sources_deleted ON signal_sources`);
    await q.query(`DROP FUNCTION IF EXISTS ruche_signal_sources_deleted()`);
    for (const k of KEYS) {
      await q.query(`ALTER TABLE ${k.table} ADD CONSTRAINT ${k.table}_${k.column}_fkey FOREIGN KEY (${k.column}) REFERENCES ${k.parent}(id) ON DELETE CASCADE`);
    }
  }
}
