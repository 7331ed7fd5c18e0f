import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, FOLLOW_SUBJECTS, type Actor, type FollowSubject, type Locale, type NotificationKind, type NotificationPayloads } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { JobsService } from '../../core/jobs/jobs.service';
import { CAMPAIGN_COLUMNS, campaignContext, campaignFromRow, CampaignsService, type CampaignEntity } from '../campaigns';
import { IdeaMergeHooks, IdeasService, type IdeaView, type StageMoveEvent } from '../ideas';
import { MAX_RECIPIENTS, NotificationsService, type NotifyResult } from '../notifications';

export interface FollowState {
  subjectType: FollowSubject;
  subjectId: string;
  following: boolean;
  followerCount: number;
}

/** A person who may read something now, with the language their notifications speak. */
export interface Reader {
  id: string;
  locale: Locale;
}

/** What notifyIdeaFollowers needs to know about the comment. */
export interface CommentNotice {
  idea: IdeaView;
  campaign: CampaignEntity;
  commentId: string;
  actorId: string;
  /** Null when the comment is anonymous (the anonymous idea's author commenting on it). */
  actorName: string | null;
  /** People told otherwise (mentioned): they get one notification, not two. */
  except: readonly string[];
}

/**
 * Follows of ideas and campaigns, and the notifications followers get: new comments (through the
 * comments module) and stage changes (listening to IdeasService.onStageMove, so the ideas module does
 * not depend on this one). Nobody is ever told about something they may no longer see: each recipient
 * is checked against the campaign's audience (the 'campaign.view' rule) when the event happens.
 */
@Injectable()
export class FollowsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly ideas: IdeasService,
    private readonly campaigns: CampaignsService,
    private readonly notifications: NotificationsService,
    private readonly mergeHooks: IdeaMergeHooks,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'follows.campaign_opened', everySeconds: 300, run: () => this.announceOpenings().then(() => undefined) });
    this.ideas.onStageMove((tx, move) => this.stageMoved(tx, move));
    // An idea's author follows it from the start (an anonymous author too: follows are never shown).
    this.ideas.onIdeaCreated((tx, idea) => this.followInTx(tx, idea.authorId, 'idea', idea.ideaId));
    // A merged idea's followers follow the idea that absorbs it.
    this.mergeHooks.onMerge('follows', async (tx, merge) => {
      await tx.query(
        `INSERT INTO follows (user_id, subject_type, subject_id, created_at)
         SELECT user_id, 'idea', $2, created_at FROM follows WHERE subject_type = 'idea' AND subject_id = $1 ON CONFLICT DO NOTHING`,
        [merge.sourceId, merge.targetId],
      );
      await tx.query(`DELETE FROM follows WHERE subject_type = 'idea' AND subject_id = $1`, [merge.sourceId]);
    });
  }

  /** Whether a person follows a subject; keys are `userId|type|subjectId`. */
  readonly isFollowing = new LoaderKey<string, boolean>('follows.isFollowing', () =>
    new DataLoader(async (keys) => {
      const parts = keys.map((k) => k.split('|'));
      const rows: { k: string }[] = await this.ds.query(
        `SELECT f.user_id || '|' || f.subject_type || '|' || f.subject_id AS k FROM follows f
           JOIN unnest($1::uuid[], $2::text[], $3::uuid[]) AS q(user_id, subject_type, subject_id)
             ON f.user_id = q.user_id AND f.subject_type = q.subject_type AND f.subject_id = q.subject_id`,
        [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
      );
      const found = new Set(rows.map((r) => r.k));
      return keys.map((k) => found.has(k));
    }),
  );

  /** Followers of each subject; keys are `type|subjectId`. */
  readonly followerCount = new LoaderKey<string, number>('follows.count', () =>
    new DataLoader(async (keys) => {
      const parts = keys.map((k) => k.split('|'));
      const rows: { k: string; n: number }[] = await this.ds.query(
        `SELECT q.subject_type || '|' || q.subject_id AS k, count(f.user_id)::int AS n
           FROM unnest($1::text[], $2::uuid[]) AS q(subject_type, subject_id)
           LEFT JOIN follows f ON f.subject_type = q.subject_type AND f.subject_id = q.subject_id
          GROUP BY q.subject_type, q.subject_id`,
        [parts.map((p) => p[0]), parts.map((p) => p[1])],
      );
      const counts = new Map(rows.map((r) => [r.k, r.n]));
      return keys.map((k) => counts.get(k) ?? 0);
    }),
  );

  async follow(actor: AuthUser, subjectType: FollowSubject, subjectId: string): Promise<FollowState> {
    await this.assertVisible(actor, subjectType, subjectId);
    await this.followInTx(this.ds.manager, actor.id, subjectType, subjectId);
    return this.state(actor.id, subjectType, subjectId);
  }

  async unfollow(actor: AuthUser, subjectType: FollowSubject, subjectId: string): Promise<FollowState> {
    await this.assertVisible(actor, subjectType, subjectId);
    await this.ds.query(`DELETE FROM follows WHERE user_id = $1 AND subject_type = $2 AND subject_id = $3`, [actor.id, subjectType, subjectId]);
    return this.state(actor.id, subjectType, subjectId);
  }

  /** Makes a person follow a subject inside the caller's transaction (idempotent): the auto-follows of authors and commenters. */
  async followInTx(tx: EntityManager, userId: string, subjectType: FollowSubject, subjectId: string): Promise<void> {
    await tx.query(`INSERT INTO follows (user_id, subject_type, subject_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, subjectType, subjectId]);
  }

  /**
   * Among `userIds`, the active people who may read `idea` of `campaign` now: the campaign's audience
   * rule ('campaign.view' in shared/src/policy.ts, evaluated for each person as the services do for a
   * request) and, for an idea a moderator hid, moderators only.
   */
  async readersAmong(tx: EntityManager, userIds: readonly string[], campaign: CampaignEntity, idea: Pick<IdeaView, 'hiddenAt' | 'mergedIntoId'> | null): Promise<Reader[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string; locale: Locale; role: Actor['role']; department_id: string | null; is_hub: boolean }[] = await tx.query(
      `SELECT u.id, u.locale, u.role, u.department_id, coalesce(d.kind = 'hub', false) AS is_hub
         FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL`,
      [[...new Set(userIds)]],
    );
    const context = campaignContext(campaign);
    return rows
      .filter((r) => {
        const actor: Actor = { id: r.id, role: r.role, departmentId: r.department_id, isHubMember: r.is_hub };
        if (!can(actor, 'campaign.view', context)) return false;
        return !idea?.hiddenAt || can(actor, 'content.moderate');
      })
      .map((r) => ({ id: r.id, locale: r.locale }));
  }

  async followers(tx: EntityManager, subjectType: FollowSubject, subjectId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(`SELECT user_id FROM follows WHERE subject_type = $1 AND subject_id = $2`, [subjectType, subjectId]);
    return rows.map((r) => r.user_id);
  }

  /** Tells an idea's followers who may still read it (not the commenter, not `except`) about a new comment, in the caller's transaction. */
  async notifyIdeaFollowers(tx: EntityManager, notice: CommentNotice): Promise<NotifyResult[]> {
    const except = new Set([notice.actorId, ...notice.except]);
    const followers = (await this.followers(tx, 'idea', notice.idea.id)).filter((id) => !except.has(id));
    const readers = await this.readersAmong(tx, followers, notice.campaign, notice.idea);
    const payload: NotificationPayloads['idea.commented'] = {
      ideaId: notice.idea.id,
      ideaTitle: notice.idea.title,
      campaignId: notice.campaign.id,
      commentId: notice.commentId,
      actorName: notice.actorName,
    };
    return this.notifyInSlices(tx, readers.map((r) => r.id), 'idea.commented', payload, { actorId: notice.actorId, actorName: notice.actorName, subject: { type: 'idea', id: notice.idea.id } });
  }

  /** A stage change: each follower of the idea who may still read it, with the stage's name in their language. */
  private async stageMoved(tx: EntityManager, move: StageMoveEvent): Promise<() => void> {
    const idea = await this.ideas.getUnchecked(move.ideaId, tx);
    if (!idea) return () => undefined;
    const followers = (await this.followers(tx, 'idea', idea.id)).filter((id) => id !== move.actorId);
    const readers = await this.readersAmong(tx, followers, move.campaign, idea);
    const sent: NotifyResult[] = [];
    for (const locale of ['fr', 'en'] as const) {
      const ids = readers.filter((r) => (r.locale === 'en' ? 'en' : 'fr') === locale).map((r) => r.id);
      const payload: NotificationPayloads['idea.stage_changed'] = {
        ideaId: idea.id,
        ideaTitle: idea.title,
        campaignId: move.campaign.id,
        stageName: locale === 'fr' ? move.stage.nameFr : move.stage.nameEn,
        stageKind: move.stage.kind,
      };
      sent.push(...(await this.notifyInSlices(tx, ids, 'idea.stage_changed', payload, { actorId: move.actorId ?? undefined, subject: { type: 'idea', id: idea.id } })));
    }
    return () => void Promise.all(sent.map((s) => s.publish()));
  }

  /**
   * One pass of the 'follows.campaign_opened' job: each campaign that opened within the last day and was
   * not announced yet tells its followers who may see it ('campaign.opened'). The claim row makes it once
   * per campaign across instances; an opening older than a day is no longer news. Returns how many were told.
   */
  async announceOpenings(): Promise<number> {
    const due: { id: string }[] = await this.ds.query(
      `SELECT c.id FROM campaigns c
        WHERE now() >= c.opens_at AND now() < c.closes_at AND c.opens_at > now() - interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM campaign_open_notices n WHERE n.campaign_id = c.id)
        ORDER BY c.opens_at, c.id`,
    );
    let told = 0;
    for (const { id } of due) {
      const sent = await this.ds.transaction(async (tx) => {
        // TypeORM answers an INSERT … RETURNING with the rows alone.
        const claimed: unknown[] = await tx.query(`INSERT INTO campaign_open_notices (campaign_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING 1`, [id]);
        if (claimed.length === 0) return [];
        const [row]: Record<string, unknown>[] = await tx.query(`SELECT ${CAMPAIGN_COLUMNS('c')} FROM campaigns c WHERE c.id = $1`, [id]);
        const campaign = campaignFromRow(row);
        const readers = await this.readersAmong(tx, await this.followers(tx, 'campaign', id), campaign, null);
        const payload: NotificationPayloads['campaign.opened'] = { campaignId: id, campaignTitle: campaign.title };
        return this.notifyInSlices(tx, readers.map((r) => r.id), 'campaign.opened', payload, { subject: { type: 'campaign', id } });
      });
      for (const s of sent) {
        await s.publish();
        told += s.recipients.length;
      }
    }
    return told;
  }

  private async notifyInSlices<K extends NotificationKind>(
    tx: EntityManager,
    recipients: string[],
    kind: K,
    payload: NotificationPayloads[K],
    from: { actorId?: string; actorName?: string | null; subject: { type: 'idea' | 'campaign'; id: string } },
  ): Promise<NotifyResult[]> {
    const results: NotifyResult[] = [];
    for (let i = 0; i < recipients.length; i += MAX_RECIPIENTS) {
      results.push(
        await this.notifications.notify(recipients.slice(i, i + MAX_RECIPIENTS), kind, payload, {
          actorId: from.actorId,
          actorAnonymous: from.actorName === null,
          subject: from.subject,
          manager: tx,
        }),
      );
    }
    return results;
  }

  private async state(userId: string, subjectType: FollowSubject, subjectId: string): Promise<FollowState> {
    const [row]: { following: boolean; n: number }[] = await this.ds.query(
      `SELECT EXISTS (SELECT 1 FROM follows WHERE user_id = $1 AND subject_type = $2 AND subject_id = $3) AS following,
              (SELECT count(*)::int FROM follows WHERE subject_type = $2 AND subject_id = $3) AS n`,
      [userId, subjectType, subjectId],
    );
    return { subjectType, subjectId, following: row.following, followerCount: row.n };
  }

  /** The subject exists for this person (IDEA_NOT_FOUND / CAMPAIGN_NOT_FOUND otherwise, as everywhere). */
  private async assertVisible(actor: AuthUser, subjectType: FollowSubject, subjectId: string): Promise<void> {
    if (!FOLLOW_SUBJECTS.includes(subjectType)) throw new BadInputError('Unknown subject type.', { field: 'subjectType' });
    if (subjectType === 'idea') await this.ideas.get(actor, subjectId);
    else await this.campaigns.get(actor, subjectId);
  }
}
