import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STORY_BANDS_SQL } from './1766100000000-signals-ingest-repairs';

/**
 * Stories are no longer looked up by their bands. With the feeds' threshold of 16 bits a band is 3 or 4
 * bits, so a batch of items asked for nearly every one of the 240 band values: the GIN lookup read every
 * posting list to find what was, in effect, every story of the window, and each story update (a copy
 * added moves last_seen_at, an indexed column) added its 17 bands to the GIN index again. The window's
 * stories are now read through signal_stories_last_seen_idx and checked by distance (ingest/stories.ts);
 * the bands are still computed in the code, for the advisory locks of batches that start stories.
 */
export class SignalStoriesNoBands1766500000000 implements MigrationInterface {
  name = 'SignalStoriesNoBands1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX signal_stories_bands_idx`);
    await q.query(`ALTER TABLE signal_stories DROP COLUMN bands`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE signal_stories ADD COLUMN bands integer[] NOT NULL DEFAULT '{}'`);
    await q.query(STORY_BANDS_SQL);
    await q.query(`ALTER TABLE signal_stories ALTER COLUMN bands DROP DEFAULT`);
    await q.query(`CREATE INDEX signal_stories_bands_idx ON signal_stories USING gin (bands)`);
  }
}
