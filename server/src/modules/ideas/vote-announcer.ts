import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VOTE_EVENTS_FLUSH_MS, type IdeaVotesPayload } from '@ruche/shared';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { preparedQuery } from '../../core/database/prepared-query';

/** At most this many ideas per `idea:votes` message (a longer batch goes out in several). */
const MAX_BATCH = 500;

interface PendingGroup {
  rooms: string[] | undefined;
  /** The latest counts per idea, in the order the ideas last changed. */
  ideas: Map<string, IdeaVotesPayload>;
}

/**
 * Sends `idea:votes` in batches: the latest counts of every idea whose votes changed in the last
 * VOTE_EVENTS_FLUSH_MS, one message per audience. A busy campaign then costs browsers and the socket.io
 * adapter (one PostgreSQL NOTIFY per message when instances share the stream) a message per
 * moment rather than one per vote, and a counter that moved ten times shows its last value once.
 * Each instance batches its own votes; nothing is stored, so a stop loses at most one moment's live
 * update, never a vote.
 *
 * The counts sent are read when the batch leaves, not taken from the votes: two votes on one idea commit
 * one after the other, but their requests may reach `announce` in the other order, and the batch would
 * then end on the older counts (test/api/ideas.e2e.ts, "live counts in a burst"). Every vote in a batch
 * committed before it was queued, so the read sees at least what each of them wrote. One statement per
 * batch, whatever the number of votes in it.
 */
@Injectable()
export class VoteAnnouncer implements OnModuleDestroy {
  private readonly pending = new Map<string, PendingGroup>();
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly realtime: RealtimeService,
    private readonly ds: DataSource,
  ) {}

  /** Queues an idea's counts for its campaign's audience rooms (undefined: everyone). */
  announce(rooms: string[] | undefined, payload: IdeaVotesPayload): void {
    const key = rooms ? [...rooms].sort().join(' ') : '*';
    let group = this.pending.get(key);
    if (!group) this.pending.set(key, (group = { rooms, ideas: new Map() }));
    group.ideas.delete(payload.ideaId);
    group.ideas.set(payload.ideaId, payload);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), VOTE_EVENTS_FLUSH_MS);
      this.timer.unref();
    }
  }

  /**
   * Sends what is queued now, with the counts as they are now. Batches leave one after another, so a
   * later batch never reads before an earlier one and is never overtaken by it.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const groups = [...this.pending.values()];
    this.pending.clear();
    this.sending = this.sending.then(() => this.send(groups)).catch(() => undefined);
    return this.sending;
  }

  private async send(groups: PendingGroup[]): Promise<void> {
    const io = this.realtime.server;
    if (!io || groups.length === 0) return;
    const shown = groups.flatMap((g) => [...g.ideas.values()].filter((p) => !p.countsHidden).map((p) => p.ideaId));
    if (shown.length > 0) {
      try {
        const rows = await preparedQuery<{ id: string; up_votes: number; down_votes: number }>(this.ds, `SELECT idea_id AS id, up_votes, down_votes FROM idea_tallies WHERE idea_id = ANY($1::uuid[])`, [shown]);
        const now = new Map(rows.map((r) => [r.id, r]));
        for (const group of groups) {
          for (const [id, payload] of group.ideas) {
            const row = now.get(id);
            if (row && !payload.countsHidden) group.ideas.set(id, { ...payload, up: row.up_votes, down: row.down_votes });
          }
        }
      } catch {
        // The database is away: the counts the votes returned are the best there is.
      }
    }
    for (const group of groups) {
      const batch = [...group.ideas.values()];
      for (let i = 0; i < batch.length; i += MAX_BATCH) (group.rooms ? io.to(group.rooms) : io).emit('idea:votes', batch.slice(i, i + MAX_BATCH));
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.flush();
  }
}
