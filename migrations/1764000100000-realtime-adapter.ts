import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Large socket.io broadcasts between instances travel through this table (@socket.io/postgres-adapter). */
export class RealtimeAdapter1764000100000 implements MigrationInterface {
  name = 'RealtimeAdapter1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS socket_io_attachments`);
  }
}
