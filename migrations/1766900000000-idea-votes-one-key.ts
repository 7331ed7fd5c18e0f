import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vote's idea and campaign are checked by one foreign key, (idea_id, campaign_id) → ideas (id,
 * campaign_id), instead of one to ideas and one to campaigns.
 *
 * Why: each foreign key check of a new vote locks the row it finds (FOR KEY SHARE) until the vote
 * commits. The campaign's row was locked by every vote cast in the campaign, so votes of different people
 * at once shared its lock, which PostgreSQL records as a multixact written into that row; the campaign
 * check was also a query of its own per vote. One key check now does both, and is stricter: a vote's
 * campaign must be its idea's campaign, which only the code ensured before. Deleting a campaign still
 * deletes its votes (campaign → ideas → votes, each ON DELETE CASCADE).
 */
export class IdeaVotesOneKey1766900000000 implements MigrationInterface {
  name = 'IdeaVotesOneKey1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ideas ADD CONSTRAINT ideas_id_campaign UNIQUE (id, campaign_id)`);
    await q.query(`
      ALTER TABLE idea_votes
        DROP CONSTRAINT idea_votes_idea_id_fkey,
        DROP CONSTRAINT idea_votes_campaign_id_fkey,
        ADD CONSTRAINT idea_votes_idea_campaign_fkey FOREIGN KEY (idea_id, campaign_id) REFERENCES ideas (id, campaign_id) ON UPDATE CASCADE ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE idea_votes
        DROP CONSTRAINT idea_votes_idea_campaign_fkey,
        ADD CONSTRAINT idea_votes_idea_id_fkey FOREIGN KEY (idea_id) REFERENCES ideas (id) ON DELETE CASCADE,
        ADD CONSTRAINT idea_votes_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE ideas DROP CONSTRAINT ideas_id_campaign`);
  }
}
