/** One lane: the batch running, if any, and the items that arrived since it started. */
interface Lane<T, R> {
  waiting: { item: T; done: (result: R) => void; fail: (error: unknown) => void }[];
}

/**
 * Natural batching ("smart batching"): per lane, one batch runs at a time, and the items that arrive
 * while it runs go together in the next one. An item that finds its lane idle starts at once, alone, so
 * nothing waits on a timer and a quiet server answers as fast as without batching; under load, batches
 * grow with the load (at most `max` items each), and the per-batch costs (a round trip, a statement, a
 * commit) are shared. Lanes run independently of one another (a lane per statement shape, say).
 *
 * `run` answers one result per item, in order; when it throws, every item of that batch fails with the
 * error (a runner that wants items to fail alone catches and retries them itself). Nothing is stored:
 * items waiting when the process stops are lost with their requests, which have not been answered.
 */
export class NaturalBatches<T, R> {
  private readonly lanes = new Map<string, Lane<T, R>>();

  constructor(
    private readonly run: (lane: string, items: T[]) => Promise<R[]>,
    private readonly max: number,
  ) {}

  /** Resolves with the item's result once the batch it joined has run. */
  add(lane: string, item: T): Promise<R> {
    return new Promise<R>((done, fail) => {
      const running = this.lanes.get(lane);
      if (running) running.waiting.push({ item, done, fail });
      else {
        const fresh: Lane<T, R> = { waiting: [{ item, done, fail }] };
        this.lanes.set(lane, fresh);
        void this.drain(lane, fresh);
      }
    });
  }

  private async drain(name: string, lane: Lane<T, R>): Promise<void> {
    while (lane.waiting.length > 0) {
      const batch = lane.waiting.splice(0, this.max);
      try {
        const results = await this.run(name, batch.map((w) => w.item));
        if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${results.length} results`);
        batch.forEach((w, i) => w.done(results[i]));
      } catch (e) {
        for (const w of batch) w.fail(e);
      }
    }
    this.lanes.delete(name);
  }
}
