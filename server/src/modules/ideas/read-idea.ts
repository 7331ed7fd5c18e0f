import type { EntityManager } from 'typeorm';
import type { IdeaView } from './idea.entity';
import { IDEA_SELECT, ideaFromRow } from './ideas.service';

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
  const rows: Record<string, unknown>[] = await tx.query(`${IDEA_SELECT('$2')} WHERE i.id = ANY($1::uuid[])`, [ids, viewerId]);
  return new Map(rows.map((r) => [r.id as string, ideaFromRow(r, viewerId)]));
}
