import type { EntityManager } from 'typeorm';

/**
 * Seeds the demo follows (after every demo idea and comment), as the product would have made them:
 * authors follow their ideas, commenters the ideas they discussed (a merged idea's followers follow the
 * idea that absorbed it); each campaign's creator follows it.
 */
export async function seedDemoFollows(tx: EntityManager): Promise<void> {
  await tx.query(`INSERT INTO follows (user_id, subject_type, subject_id, created_at) SELECT author_id, 'idea', coalesce(merged_into_id, id), created_at FROM ideas WHERE author_id IS NOT NULL ON CONFLICT DO NOTHING`);
  await tx.query(
    `INSERT INTO follows (user_id, subject_type, subject_id, created_at)
     SELECT c.author_id, 'idea', coalesce(i.merged_into_id, i.id), min(c.created_at)
       FROM comments c JOIN ideas i ON i.id = c.idea_id WHERE c.author_id IS NOT NULL GROUP BY 1, 3 ON CONFLICT DO NOTHING`,
  );
  // Each campaign's creator follows it.
  await tx.query(`INSERT INTO follows (user_id, subject_type, subject_id, created_at) SELECT created_by, 'campaign', id, created_at FROM campaigns WHERE created_by IS NOT NULL ON CONFLICT DO NOTHING`);
}
