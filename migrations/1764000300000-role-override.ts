import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One source of truth for roles: when an administrator changes a person's role in Ruche, the change
 * is kept as an override that later IdP sign-ins do not undo (they keep refreshing name, email and
 * department). NULL: the role follows the IdP's groups.
 */
export class RoleOverride1764000300000 implements MigrationInterface {
  name = 'RoleOverride1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN role_set_by_admin_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS role_set_by_admin_at`);
  }
}
