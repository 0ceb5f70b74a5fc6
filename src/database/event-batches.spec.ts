import { EventBatches, Outcome } from './event-batches';

// The batches time themselves with perf_hooks' clock: this one reads the global clock, which Jest fakes.
jest.mock('node:perf_hooks', () => ({ performance: { now: () => globalThis.performance.now() } }));

describe('EventBatches', () => {
  it('runs a lone job at once, and gathers the jobs that arrive meanwhile into the next batch, per event', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const runner = new EventBatches<string, string>(async (eventId, jobs) => {
      batches.push(jobs.map((j) => `${eventId}:${j}`));
      if (batches.length === 1) await gate;
      return jobs.map((j) => ({ ok: j.toUpperCase() }));
    });
    const first = runner.submit('e1', 'a');
    const rest = ['b', 'c', 'd'].map((j) => runner.submit('e1', j));
    const other = runner.submit('e2', 'x');
    release();
    expect(await Promise.all([first, ...rest, other])).toEqual(['A', 'B', 'C', 'D', 'X']);
    expect(batches).toEqual([['e1:a'], ['e2:x'], ['e1:b', 'e1:c', 'e1:d']]);
  });

  it("gives a job its own error and the others their results, and everyone the batch's error when the batch fails", async () => {
    const runner = new EventBatches<number, number>(async (_e, jobs): Promise<Array<Outcome<number>>> => {
      if (jobs.includes(13)) throw new Error('batch failed');
      return jobs.map((j) => (j < 0 ? { error: new Error(`bad ${j}`) } : { ok: j * 2 }));
    });
    const answers = await Promise.allSettled([runner.submit('e', 1), runner.submit('e', -1), runner.submit('e', 2)]);
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : (a.reason as Error).message))).toEqual([2, 'bad -1', 4]);
    const failed = await Promise.allSettled([runner.submit('e', 1), runner.submit('e', 13)]);
    expect(failed.map((a) => a.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('keeps a batch within the bound', async () => {
    const sizes: number[] = [];
    const runner = new EventBatches<number, number>(async (_e, jobs) => {
      sizes.push(jobs.length);
      await new Promise((r) => setTimeout(r, 1));
      return jobs.map((j) => ({ ok: j }));
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((j) => runner.submit('e', j)));
    expect(sizes).toEqual([1, 2, 2]);
  });

  // On Jest's clock (setTimeout and performance.now), so a loaded machine cannot move job 3 out of the wait.
  it('on a busy event, waits up to maxLingerMs (as long as the last batch took) for more jobs; a lone job goes at once', async () => {
    jest.useFakeTimers();
    try {
      const batches: number[][] = [];
      const runner = new EventBatches<number, number>(async (_e, jobs) => {
        batches.push(jobs);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return jobs.map((j) => ({ ok: j }));
      }, 50, 200);
      // No wait before a lone job: its batch starts within submit itself, before any timer could run.
      const lone = runner.submit('e', 0);
      expect(batches).toEqual([[0]]);
      await jest.advanceTimersByTimeAsync(100);
      await lone;
      const first = runner.submit('e', 1);
      const second = runner.submit('e', 2); // came while 1 ran: the event is busy
      setTimeout(() => void runner.submit('e', 3), 150); // after 1's batch ended (100 ms), within the wait (as long: 100 ms)
      await jest.advanceTimersByTimeAsync(400);
      await Promise.all([first, second]);
      expect(batches).toEqual([[0], [1], [2, 3]]);
    } finally {
      jest.useRealTimers();
    }
  });
});
