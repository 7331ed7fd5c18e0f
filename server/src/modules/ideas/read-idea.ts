import type { EntityManager } from 'typeorm';
import type { IdeaView } from './idea.entity';
import { ideaFromRow } from './ideas.service';

/**
 * An idea as `viewerId` would see its row (their vote, hidden counts), hidden and merged ones
 * included and without any visibility check: for moderators' tools, which check their rights first
 * (ModerationService.forModeration), and for work done on behalf of an action already checked.
 */
export async function readIdea(tx: EntityManager, id: string, viewerId: string): Promise<IdeaView | null> {
  return (await readIdeas(tx, [id], viewerId)).get(id) ?? null;
}

/** Several ideas at once (see readIdea), by id. */
export async function readIdeas(tx: EntityManager, ids: readonly string[], viewerId: string): Promise<Map<string, IdeaView>> {
  const rows: Record<string, unknown>[] = await tx.query(
    `SELECT i.id, i.campaign_id, i.author_id, i.anonymous, i.title, i.body, i.body_html, i.tags, i.stage_id, i.up_votes, i.down_votes,
            i.comment_count, i.last_activity_at, i.created_at, i.updated_at, i.hidden_at, i.merged_into_id, i.top_score, i.hot_score,
            i.controversy_score, coalesce(v.value, 0)::int AS my_vote,
            (c.hide_counts_until_voted AND now() < c.closes_at AND v.value IS NULL) AS counts_hidden
       FROM ideas i
       JOIN campaigns c ON c.id = i.campaign_id
       LEFT JOIN idea_votes v ON v.idea_id = i.id AND v.user_id = $2::uuid
      WHERE i.id = ANY($1::uuid[])`,
    [ids, viewerId],
  );
  return new Map(rows.map((r) => [r.id as string, ideaFromRow(r, viewerId)]));
}
