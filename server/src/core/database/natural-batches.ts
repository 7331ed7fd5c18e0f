/** One lane: its batches running (`active`: those not stalled), and the items waiting for a batch. */
interface Lane<T, R> {
  running: number;
  active: number;
  waiting: { item: T; done: (result: R) => void; fail: (error: unknown) => void }[];
}

export interface NaturalBatchesOptions {
  /** At most this many items per batch. */
  max: number;
  /**
   * A batch running longer than this (waiting on a lock, say) stops holding up its lane: the items that
   * arrive meanwhile go in another batch beside it. Unset: a lane runs one batch at a time, always.
   */
  stalledMs?: number;
  /** With `stalledMs`: at most this many batches of a lane at once, stalled ones included (default 4). */
  maxRunning?: number;
}

/**
 * Natural batching ("smart batching"): per lane, one batch runs at a time, and the items that arrive
 * while it runs go together in the next one. An item that finds its lane idle starts at once, alone, so
 * nothing waits on a timer and a quiet server answers as fast as without batching; under load, batches
 * grow with the load (at most `max` items each), and the per-batch costs (a round trip, a statement, a
 * commit) are shared. One batch at a time keeps batches large: several at once would split the same
 * items into smaller batches (votes: a third fewer a second with four at once). A batch that stalls
 * (`stalledMs`) lets another start beside it, so that only its own items wait with it; the lane goes
 * back to one batch at a time as they finish. Lanes run independently of one another (a lane per
 * statement shape, say).
 *
 * `run` answers one result per item, in order; when it throws, every item of that batch fails with the
 * error (a runner that wants items to fail alone catches and retries them itself). Nothing is stored:
 * items waiting when the process stops are lost with their requests, which have not been answered.
 */
export class NaturalBatches<T, R> {
  private readonly lanes = new Map<string, Lane<T, R>>();

  constructor(
    private readonly run: (lane: string, items: T[]) => Promise<R[]>,
    private readonly options: NaturalBatchesOptions,
  ) {}

  /** Resolves with the item's result once the batch it joined has run. */
  add(lane: string, item: T): Promise<R> {
    return new Promise<R>((done, fail) => {
      let state = this.lanes.get(lane);
      if (!state) this.lanes.set(lane, (state = { running: 0, active: 0, waiting: [] }));
      state.waiting.push({ item, done, fail });
      this.startIfFree(lane, state);
    });
  }

  private startIfFree(name: string, lane: Lane<T, R>): void {
    if (lane.waiting.length > 0 && lane.active === 0 && lane.running < (this.options.maxRunning ?? 4)) void this.drain(name, lane);
  }

  /** Runs batches while items wait, unless another batch of the lane is running unstalled. */
  private async drain(name: string, lane: Lane<T, R>): Promise<void> {
    lane.running++;
    lane.active++;
    while (lane.waiting.length > 0 && lane.active === 1) {
      const batch = lane.waiting.splice(0, this.options.max);
      let stalled = false;
      const timer =
        this.options.stalledMs === undefined
          ? undefined
          : setTimeout(() => {
              stalled = true;
              lane.active--;
              this.startIfFree(name, lane);
            }, this.options.stalledMs);
      timer?.unref();
      try {
        const results = await this.run(name, batch.map((w) => w.item));
        if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${results.length} results`);
        batch.forEach((w, i) => w.done(results[i]));
      } catch (e) {
        for (const w of batch) w.fail(e);
      } finally {
        clearTimeout(timer);
        if (stalled) lane.active++;
      }
    }
    lane.running--;
    lane.active--;
    if (lane.running === 0) this.lanes.delete(name);
  }
}
