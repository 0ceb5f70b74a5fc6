import { performance } from 'node:perf_hooks';

/** What became of one job of a batch: its result, or its own error (the others go on). */
export type Outcome<R> = { ok: R } | { error: unknown };

interface Waiting<J, R> {
  job: J;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit per event. Writes on one event run one after the other (the event's lock); while one
 * runs, the next ones wait here, and when it ends they go together, in one transaction that takes the
 * event's lock once and runs detection once over all their groups. A lone write goes at once, as a batch
 * of one. `run` answers one outcome per job, in order; when it throws (the transaction failed as a whole,
 * say 503 after its retries), every job of the batch gets that error.
 */
export class EventBatches<J, R> {
  private readonly waiting = new Map<string, Array<Waiting<J, R>>>();
  private readonly running = new Set<string>();

  constructor(
    private readonly run: (eventId: string, jobs: J[]) => Promise<Array<Outcome<R>>>,
    private readonly maxBatch = 50,
    private readonly maxLingerMs = 0,
  ) {}

  submit(eventId: string, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(eventId) ?? [];
      queue.push({ job, resolve, reject });
      this.waiting.set(eventId, queue);
      if (!this.running.has(eventId)) void this.drain(eventId);
    });
  }

  private async drain(eventId: string): Promise<void> {
    this.running.add(eventId);
    try {
      let took = 0;
      for (let queue = this.waiting.get(eventId); queue?.length; queue = this.waiting.get(eventId)) {
        // A busy event (jobs came while the last batch ran): wait as long as that batch took, within
        // the bound, so that more go together (fewer transactions); a lone job goes at once.
        if (took > 0 && this.maxLingerMs > 0 && queue.length < this.maxBatch) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(this.maxLingerMs, took)));
          queue = this.waiting.get(eventId) ?? queue;
        }
        const batch = queue.splice(0, this.maxBatch);
        const started = performance.now();
        if (!queue.length) this.waiting.delete(eventId);
        try {
          const outcomes = await this.run(eventId, batch.map((w) => w.job));
          batch.forEach((w, i) => {
            const outcome = outcomes[i];
            if (outcome && 'ok' in outcome) w.resolve(outcome.ok);
            else w.reject(outcome ? outcome.error : new Error('no outcome for a batched write'));
          });
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
        took = performance.now() - started;
      }
    } finally {
      this.running.delete(eventId);
    }
  }
}
