import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follows: which campaigns' openings were announced to their followers ('campaign.opened'). The row is
 * the job's claim, so an opening is announced once, whichever instance runs the job first.
 */
export class CampaignOpenNotices1764003100000 implements MigrationInterface {
  name = 'CampaignOpenNotices1764003100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign_open_notices (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
        notified_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_open_notices`);
  }
}
