import { NaturalBatches } from './natural-batches';

/** A runner whose batches end only when the test says so; it records each batch it was given. */
function controlledRunner() {
  const runs: { lane: string; items: number[]; finish: (results?: string[]) => void; fail: (e: Error) => void }[] = [];
  const run = (lane: string, items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      runs.push({ lane, items, finish: (results) => resolve(results ?? items.map((i) => `r${i}`)), fail: reject });
    });
  return { runs, run };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('NaturalBatches', () => {
  it('runs an item alone at once when its lane is idle, and gathers those that arrive meanwhile into the next batch', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10 });
    const first = batches.add('a', 1);
    expect(runs.map((r) => r.items)).toEqual([[1]]);
    const later = [2, 3, 4].map((i) => batches.add('a', i));
    expect(runs).toHaveLength(1);
    runs[0].finish();
    await expect(first).resolves.toBe('r1');
    await settled();
    expect(runs.map((r) => r.items)).toEqual([[1], [2, 3, 4]]);
    runs[1].finish();
    await expect(Promise.all(later)).resolves.toEqual(['r2', 'r3', 'r4']);
  });

  it('never puts more than `max` items in a batch, and keeps their order', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 3 });
    const all = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => batches.add('a', i));
    for (let n = 0; n < 4; n++) {
      await settled();
      runs[n].finish();
    }
    await expect(Promise.all(all)).resolves.toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']);
    expect(runs.map((r) => r.items)).toEqual([[1], [2, 3, 4], [5, 6, 7], [8]]);
  });

  it('runs lanes independently: a slow batch in one lane does not hold another', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10 });
    const slow = batches.add('slow', 1);
    const fast = batches.add('fast', 2);
    expect(runs.map((r) => [r.lane, r.items])).toEqual([
      ['slow', [1]],
      ['fast', [2]],
    ]);
    runs[1].finish();
    await expect(fast).resolves.toBe('r2');
    runs[0].finish();
    await expect(slow).resolves.toBe('r1');
  });

  it('fails every item of a batch that throws, and only those: the next batch runs', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10 });
    const first = batches.add('a', 1);
    const second = [2, 3].map((i) => batches.add('a', i));
    runs[0].fail(new Error('the database went away'));
    await expect(first).rejects.toThrow('the database went away');
    await settled();
    runs[1].finish();
    await expect(Promise.all(second)).resolves.toEqual(['r2', 'r3']);
  });

  it('fails a batch whose runner answers a wrong number of results instead of mismatching them', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10 });
    const first = batches.add('a', 1);
    const second = [2, 3].map((i) => batches.add('a', i).catch((e: Error) => e.message));
    runs[0].finish();
    await first;
    await settled();
    runs[1].finish(['only one']);
    await expect(Promise.all(second)).resolves.toEqual(['a batch of 2 answered 1 results', 'a batch of 2 answered 1 results']);
  });

  it('starts afresh once a lane has drained', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10 });
    const one = batches.add('a', 1);
    runs[0].finish();
    await one;
    await settled();
    const two = batches.add('a', 2);
    expect(runs.map((r) => r.items)).toEqual([[1], [2]]);
    runs[1].finish();
    await expect(two).resolves.toBe('r2');
  });

  it('lets another batch start beside one that stalls, so that only its own items wait with it, then goes back to one at a time', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10, stalledMs: 20 });
    const stuck = batches.add('a', 1);
    const queued = [2, 3].map((i) => batches.add('a', i));
    expect(runs.map((r) => r.items)).toEqual([[1]]);
    // The first batch stalls: the queued items go in a batch beside it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.map((r) => r.items)).toEqual([[1], [2, 3]]);
    const meanwhile = batches.add('a', 4);
    runs[1].finish();
    await expect(Promise.all(queued)).resolves.toEqual(['r2', 'r3']);
    await settled();
    expect(runs.map((r) => r.items)).toEqual([[1], [2, 3], [4]]);
    runs[2].finish();
    await expect(meanwhile).resolves.toBe('r4');
    runs[0].finish();
    await expect(stuck).resolves.toBe('r1');
    // Back to one batch at a time.
    const next = batches.add('a', 5);
    const after = [6, 7].map((i) => batches.add('a', i));
    expect(runs.map((r) => r.items).slice(3)).toEqual([[5]]);
    runs[3].finish();
    await next;
    await settled();
    expect(runs.map((r) => r.items).slice(3)).toEqual([[5], [6, 7]]);
    runs[4].finish();
    await expect(Promise.all(after)).resolves.toEqual(['r6', 'r7']);
  });

  it('never runs more than `maxRunning` batches of a lane, stalled or not', async () => {
    const { runs, run } = controlledRunner();
    const batches = new NaturalBatches(run, { max: 10, stalledMs: 5, maxRunning: 2 });
    const all = [batches.add('a', 1)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    all.push(batches.add('a', 2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    all.push(batches.add('a', 3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Two batches, both stalled: the third item waits.
    expect(runs.map((r) => r.items)).toEqual([[1], [2]]);
    runs[0].finish();
    await settled();
    expect(runs.map((r) => r.items)).toEqual([[1], [2], [3]]);
    runs[1].finish();
    runs[2].finish();
    await expect(Promise.all(all)).resolves.toEqual(['r1', 'r2', 'r3']);
  });
});
