import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory search matches job titles too (UsersService.list): its trigram index must cover the
 * same expression, or PostgreSQL cannot use it for `LIKE '%…%'` and scans every user.
 */
export class UsersSearchIndex1764000400000 implements MigrationInterface {
  name = 'UsersSearchIndex1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS users_search_trgm`);
    await q.query(`CREATE INDEX users_search_trgm ON users USING gin ((ruche_fold(display_name || ' ' || email::text || ' ' || job_title)) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS users_search_trgm`);
    await q.query(`CREATE INDEX users_search_trgm ON users USING gin ((ruche_fold(display_name || ' ' || email::text)) gin_trgm_ops)`);
  }
}
