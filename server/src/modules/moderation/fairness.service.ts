import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOSING_REMINDER_HOURS } from '@ruche/shared';
import { JobsService } from '../../core/jobs/jobs.service';
import { IdeasService, refundIdeaVotes, type StageMoveEvent } from '../ideas';
import { MAX_RECIPIENTS, NotificationsService, type NotifyResult } from '../notifications';

/** How often the closing reminders job looks for campaigns entering their last CLOSING_REMINDER_HOURS. */
export const CLOSING_REMINDERS_EVERY_SECONDS = 900;

/**
 * Budgets that stay fair:
 *  - a vote comes back when its idea is declined (moved to a stage of kind `declined`, by a runner or
 *    by a rule: IdeasService's stage-move listeners run inside the move's transaction), as when it is
 *    hidden or merged away (ModerationService, MergeService); the voters are told ('vote.refunded').
 *    Closing a campaign ends voting but gives nothing back: the votes counted;
 *  - the job `hivemind.closing_reminders` tells the people of a campaign's audience who still have
 *    votes to spend, once per campaign, CLOSING_REMINDER_HOURS before it closes
 *    ('campaign.closing_soon'). The claim is a row in campaign_reminders inserted in the same
 *    transaction as the notifications: two instances, a retried run or a restart send it once.
 */
@Injectable()
export class FairnessService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly ideas: IdeasService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.ideas.onStageMove((tx, move) => this.refundOnDecline(tx, move));
    this.jobs.register({ name: 'hivemind.closing_reminders', everySeconds: CLOSING_REMINDERS_EVERY_SECONDS, run: () => this.sendClosingReminders().then(() => undefined) });
  }

  /** Declined: each budget vote on the idea comes back once; its voters are told after commit. */
  async refundOnDecline(tx: EntityManager, move: StageMoveEvent): Promise<(() => void) | void> {
    if (move.stage.kind !== 'declined') return;
    const voters = await refundIdeaVotes(tx, move.ideaId, move.campaign);
    if (voters.length === 0) return;
    const [idea]: { title: string }[] = await tx.query(`SELECT title FROM ideas WHERE id = $1`, [move.ideaId]);
    const sent = await this.notifications.notify(
      voters,
      'vote.refunded',
      { ideaId: move.ideaId, ideaTitle: idea.title, campaignId: move.campaign.id, votes: 1, reason: 'declined' },
      { actorId: move.actorId ?? undefined, subject: { type: 'idea', id: move.ideaId }, manager: tx },
    );
    return () => void sent.publish();
  }

  /**
   * One pass of the reminders job: every open campaign with a vote budget that closes within
   * CLOSING_REMINDER_HOURS and has not been reminded yet. Returns how many people were told per campaign.
   */
  async sendClosingReminders(): Promise<Map<string, number>> {
    const due: { id: string; title: string; closes_at: Date }[] = await this.ds.query(
      `SELECT c.id, c.title, c.closes_at FROM campaigns c
        WHERE c.vote_budget IS NOT NULL AND now() >= c.opens_at AND now() < c.closes_at
          AND c.closes_at <= now() + make_interval(hours => $1)
          AND NOT EXISTS (SELECT 1 FROM campaign_reminders r WHERE r.campaign_id = c.id AND r.kind = 'closing_soon')
        ORDER BY c.closes_at, c.id`,
      [CLOSING_REMINDER_HOURS],
    );
    const told = new Map<string, number>();
    for (const campaign of due) {
      const sent = await this.ds.transaction(async (tx) => {
        // The claim: a second run (here or on another instance) finds the row and sends nothing.
        const [claimed]: [unknown[], number] = await tx.query(
          `INSERT INTO campaign_reminders (campaign_id, kind) VALUES ($1, 'closing_soon') ON CONFLICT DO NOTHING RETURNING 1`,
          [campaign.id],
        );
        if (claimed.length === 0) return null;
        // The audience (not everyone who may see it: the hub and administrators see, but do not vote),
        // active, with votes left.
        const people: { id: string }[] = await tx.query(
          `SELECT u.id FROM users u
             JOIN campaigns c ON c.id = $1
             LEFT JOIN campaign_vote_budgets b ON b.campaign_id = c.id AND b.user_id = u.id
            WHERE u.deactivated_at IS NULL AND coalesce(b.used, 0) < c.vote_budget
              AND (c.audience = 'everyone' OR u.department_id = c.department_id
                   OR u.department_id IN (SELECT cd.department_id FROM campaign_departments cd WHERE cd.campaign_id = c.id))
            ORDER BY u.id`,
          [campaign.id],
        );
        const results: NotifyResult[] = [];
        let count = 0;
        for (let i = 0; i < people.length; i += MAX_RECIPIENTS) {
          const result = await this.notifications.notify(
            people.slice(i, i + MAX_RECIPIENTS).map((p) => p.id),
            'campaign.closing_soon',
            { campaignId: campaign.id, campaignTitle: campaign.title, closesAt: new Date(campaign.closes_at).toISOString() },
            { subject: { type: 'campaign', id: campaign.id }, manager: tx },
          );
          count += result.recipients.length;
          results.push(result);
        }
        await tx.query(`UPDATE campaign_reminders SET recipients = $2 WHERE campaign_id = $1 AND kind = 'closing_soon'`, [campaign.id, count]);
        return { results, count };
      });
      if (!sent) continue;
      told.set(campaign.id, sent.count);
      for (const r of sent.results) void r.publish();
    }
    return told;
  }
}
