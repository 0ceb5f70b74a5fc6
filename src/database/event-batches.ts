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
 *
 * After a batch, the next one waits up to `lingerMs` for as many jobs as were in flight (the batch and
 * those that waited for it): the writers the batch just answered send their next claims a moment later,
 * and without the wait every other batch would go with only the ones that were waiting, halving the
 * batches (each pays the event's lock once, whatever its size). It goes at once when they are there, so a
 * lone writer waits for nothing.
 */
export class EventBatches<J, R> {
  private readonly waiting = new Map<string, Array<Waiting<J, R>>>();
  private readonly running = new Set<string>();
  /** Per event, while lingering: how many jobs to wait for, and the wake-up. */
  private readonly lingering = new Map<string, { wanted: number; wake: () => void }>();

  constructor(
    private readonly run: (eventId: string, jobs: J[]) => Promise<Array<Outcome<R>>>,
    private readonly maxBatch = 50,
    private readonly lingerMs = 0,
  ) {}

  submit(eventId: string, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(eventId) ?? [];
      queue.push({ job, resolve, reject });
      this.waiting.set(eventId, queue);
      const linger = this.lingering.get(eventId);
      if (linger && queue.length >= linger.wanted) linger.wake();
      if (!this.running.has(eventId)) void this.drain(eventId);
    });
  }

  private async drain(eventId: string): Promise<void> {
    this.running.add(eventId);
    try {
      for (let queue = this.waiting.get(eventId); queue?.length; queue = this.waiting.get(eventId)) {
        const batch = queue.splice(0, this.maxBatch);
        if (!queue.length) this.waiting.delete(eventId);
        let inFlight = batch.length;
        try {
          const outcomes = await this.run(eventId, batch.map((w) => w.job));
          inFlight += this.waiting.get(eventId)?.length ?? 0;
          batch.forEach((w, i) => {
            const outcome = outcomes[i];
            if (outcome && 'ok' in outcome) w.resolve(outcome.ok);
            else w.reject(outcome ? outcome.error : new Error('no outcome for a batched write'));
          });
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
        await this.linger(eventId, Math.min(this.maxBatch, inFlight));
      }
    } finally {
      this.running.delete(eventId);
    }
  }

  /** Waits until `wanted` jobs wait on the event, or `lingerMs` passed. */
  private async linger(eventId: string, wanted: number): Promise<void> {
    if (this.lingerMs <= 0 || (this.waiting.get(eventId)?.length ?? 0) >= wanted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => wake(), this.lingerMs);
      const wake = () => {
        clearTimeout(timer);
        this.lingering.delete(eventId);
        resolve();
      };
      this.lingering.set(eventId, { wanted, wake });
    });
  }
}
