import type { EntityManager } from 'typeorm';

/**
 * Seeds the demo follows (after ideas and comments), as the product would have made them: authors
 * follow their ideas, commenters the ideas they discussed; and a few people follow a campaign.
 */
export async function seedDemoFollows(tx: EntityManager): Promise<void> {
  await tx.query(`INSERT INTO follows (user_id, subject_type, subject_id, created_at) SELECT author_id, 'idea', id, created_at FROM ideas WHERE author_id IS NOT NULL ON CONFLICT DO NOTHING`);
  await tx.query(
    `INSERT INTO follows (user_id, subject_type, subject_id, created_at)
     SELECT author_id, 'idea', idea_id, min(created_at) FROM comments WHERE author_id IS NOT NULL GROUP BY author_id, idea_id ON CONFLICT DO NOTHING`,
  );
  // Each campaign's creator follows it.
  await tx.query(`INSERT INTO follows (user_id, subject_type, subject_id, created_at) SELECT created_by, 'campaign', id, created_at FROM campaigns WHERE created_by IS NOT NULL ON CONFLICT DO NOTHING`);
}
