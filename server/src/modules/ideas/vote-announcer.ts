import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { VOTE_EVENTS_FLUSH_MS, type IdeaVotesPayload } from '@ruche/shared';
import { RealtimeService } from '../../core/realtime/realtime.service';

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
 */
@Injectable()
export class VoteAnnouncer implements OnModuleDestroy {
  private readonly pending = new Map<string, PendingGroup>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly realtime: RealtimeService) {}

  /** Queues an idea's counts for its campaign's audience rooms (undefined: everyone). */
  announce(rooms: string[] | undefined, payload: IdeaVotesPayload): void {
    const key = rooms ? [...rooms].sort().join(' ') : '*';
    let group = this.pending.get(key);
    if (!group) this.pending.set(key, (group = { rooms, ideas: new Map() }));
    group.ideas.delete(payload.ideaId);
    group.ideas.set(payload.ideaId, payload);
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), VOTE_EVENTS_FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Sends what is queued now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const groups = [...this.pending.values()];
    this.pending.clear();
    const io = this.realtime.server;
    if (!io) return;
    for (const group of groups) {
      const batch = [...group.ideas.values()];
      for (let i = 0; i < batch.length; i += MAX_BATCH) (group.rooms ? io.to(group.rooms) : io).emit('idea:votes', batch.slice(i, i + MAX_BATCH));
    }
  }

  onModuleDestroy(): void {
    this.flush();
  }
}
