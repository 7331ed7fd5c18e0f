import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IdeaVotesPayload } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { AuditService } from '../audit';
import { campaignContext, CampaignsService, UUID } from '../campaigns';
import { IdeaMergeHooks, IdeaNotFoundError, readIdea, VoteAnnouncer, type IdeaView } from '../ideas';
import { NotificationsService } from '../notifications';
import { MergeNotAllowedError } from './moderation.errors';
import { ModerationService } from './moderation.service';

export interface MergeOutcome {
  target: IdeaView;
  /** Votes that moved from the source to the target. */
  movedVotes: number;
  /** Votes on the source dropped because their voter had also voted on the target (who keeps that one). */
  mergedVotes: number;
  /** Budget units given back: the dropped votes that still held one. */
  refundedVotes: number;
}

/**
 * Merges a duplicate idea (the source) into another of the same campaign (the target), for the
 * campaign's moderators and runners ('campaign.moderate'). In one transaction:
 *  - lock order as a vote's: the voters' budget rows first (user order), then both ideas in id order,
 *    so that concurrent votes, merges and refunds wait rather than deadlock, and two merges of the same
 *    pair cannot both pass the "not merged yet" check;
 *  - votes move without double counting: a person who voted on both keeps the target's vote, the
 *    source's is dropped and its budget unit comes back (unless already given back); the others move;
 *    both ideas' counters are recounted from the votes;
 *  - the source keeps `merged_into_id` (its page redirects), a `duplicates` link to the target;
 *  - the modules hanging rows off ideas (comments, follows) move theirs through IdeaMergeHooks;
 *  - the source's voters and author are told ('idea.merged': N votes moved, M merged); voters whose
 *    unit came back get 'vote.refunded' too; an audit entry records it all.
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly moderation: ModerationService,
    private readonly hooks: IdeaMergeHooks,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly votes: VoteAnnouncer,
  ) {}

  async merge(actor: AuthUser, sourceId: string, targetId: string): Promise<MergeOutcome> {
    if (typeof sourceId !== 'string' || !UUID.test(sourceId) || typeof targetId !== 'string' || !UUID.test(targetId)) throw new IdeaNotFoundError();
    if (sourceId.toLowerCase() === targetId.toLowerCase()) throw new MergeNotAllowedError('An idea cannot be merged into itself.');
    const { campaign } = await this.moderation.forModeration(actor, sourceId);
    const target = await this.moderation.forModeration(actor, targetId);
    if (target.campaign.id !== campaign.id) throw new MergeNotAllowedError('Only ideas of the same campaign can be merged.');
    authorize(actor, 'campaign.moderate', campaignContext(campaign), 'Only the moderators of this campaign may merge its ideas.');

    const done = await this.ds.transaction(async (tx) => {
      await tx.query(
        `SELECT 1 FROM campaign_vote_budgets
          WHERE campaign_id = $1 AND user_id IN (SELECT user_id FROM idea_votes WHERE idea_id = ANY($2::uuid[]))
          ORDER BY user_id FOR UPDATE`,
        [campaign.id, [sourceId, targetId]],
      );
      const locked: { id: string; title: string; merged_into_id: string | null; hidden_at: Date | null; author_id: string | null }[] = await tx.query(
        `SELECT id, title, merged_into_id, hidden_at, author_id FROM ideas WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[sourceId, targetId]],
      );
      const source = locked.find((r) => r.id === sourceId)!;
      const into = locked.find((r) => r.id === targetId)!;
      if (source.merged_into_id) throw new MergeNotAllowedError('This idea has already been merged.');
      if (into.merged_into_id) throw new MergeNotAllowedError('The target idea has itself been merged into another.');
      if (into.hidden_at) throw new MergeNotAllowedError('An idea cannot be merged into a hidden idea.');

      // Voters of both: the target's vote stays, the source's goes (its unit back if it still held one).
      const [dropped]: [{ user_id: string; refunded_at: Date | null }[], number] = await tx.query(
        `DELETE FROM idea_votes s USING idea_votes t
          WHERE s.idea_id = $1 AND t.idea_id = $2 AND t.user_id = s.user_id
          RETURNING s.user_id, s.refunded_at`,
        [sourceId, targetId],
      );
      const refunded = campaign.voteBudget === null ? [] : dropped.filter((d) => !d.refunded_at).map((d) => d.user_id);
      if (refunded.length > 0) {
        await tx.query(`UPDATE campaign_vote_budgets SET used = greatest(used - 1, 0) WHERE campaign_id = $1 AND user_id = ANY($2::uuid[])`, [campaign.id, refunded]);
      }
      const [moved]: [{ user_id: string }[], number] = await tx.query(`UPDATE idea_votes SET idea_id = $2, updated_at = now() WHERE idea_id = $1 RETURNING user_id`, [sourceId, targetId]);
      await tx.query(`UPDATE ideas SET merged_into_id = CASE WHEN id = $1 THEN $2::uuid ELSE merged_into_id END, updated_at = now() WHERE id = ANY($3::uuid[])`, [
        sourceId,
        targetId,
        [sourceId, targetId],
      ]);
      // Both ideas' counters counted again from their votes: the rows locked above (their voters' budgets, the
      // ideas, on which a new vote's key check waits) hold off other votes on them until commit.
      const [counts]: [{ id: string; up_votes: number; down_votes: number }[], number] = await tx.query(
        `UPDATE idea_tallies t SET up_votes = coalesce(v.up, 0), down_votes = coalesce(v.down, 0), last_activity_at = now()
           FROM (SELECT x.id, count(*) FILTER (WHERE iv.value = 1)::int AS up, count(*) FILTER (WHERE iv.value = -1)::int AS down
                   FROM unnest($1::uuid[]) AS x(id) LEFT JOIN idea_votes iv ON iv.idea_id = x.id GROUP BY x.id) v
          WHERE t.idea_id = v.id
          RETURNING t.idea_id AS id, t.up_votes, t.down_votes`,
        [[sourceId, targetId]],
      );
      await tx.query(
        `INSERT INTO idea_links (from_idea_id, target_type, target_id, kind, created_by) VALUES ($1, 'idea', $2, 'duplicates', $3) ON CONFLICT DO NOTHING`,
        [sourceId, targetId, actor.id],
      );
      const after = await this.hooks.run(tx, { sourceId, targetId, campaignId: campaign.id, actorId: actor.id });
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'idea.merge',
          target: { type: 'idea', id: sourceId },
          data: { into: targetId, movedVotes: moved.length, mergedVotes: dropped.length, refundedVotes: refunded.length, moved: this.hooks.names },
        },
        tx,
      );
      const ref = { ideaId: sourceId, ideaTitle: source.title, campaignId: campaign.id };
      const told = [...moved.map((m) => m.user_id), ...dropped.map((d) => d.user_id), ...(source.author_id ? [source.author_id] : [])];
      const options = { actorId: actor.id, subject: { type: 'idea', id: sourceId }, manager: tx };
      const sent = [
        await this.notifications.notify(told, 'idea.merged', { ...ref, intoIdeaId: targetId, intoIdeaTitle: into.title, movedVotes: moved.length, mergedVotes: dropped.length }, options),
        await this.notifications.notify(refunded, 'vote.refunded', { ...ref, votes: 1, reason: 'merged' }, options),
      ];
      const targetCounts = counts.find((c) => c.id === targetId)!;
      return { sent, after, movedVotes: moved.length, mergedVotes: dropped.length, refundedVotes: refunded.length, up: targetCounts.up_votes, down: targetCounts.down_votes };
    });

    for (const s of done.sent) void s.publish();
    for (const then of done.after) then();
    this.moderation.emit(campaign, 'idea:merged', { ideaId: sourceId, campaignId: campaign.id, intoIdeaId: targetId });
    const payload: IdeaVotesPayload =
      campaign.hideCountsUntilVoted && campaign.status !== 'closed'
        ? { ideaId: targetId, campaignId: campaign.id, countsHidden: true }
        : { ideaId: targetId, campaignId: campaign.id, countsHidden: false, up: done.up, down: done.down };
    this.votes.announce(this.campaigns.audienceRooms(campaign), payload);
    return { target: (await readIdea(this.ds.manager, targetId, actor.id))!, movedVotes: done.movedVotes, mergedVotes: done.mergedVotes, refundedVotes: done.refundedVotes };
  }
}
