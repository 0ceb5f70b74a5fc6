import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError, ErrorCode } from '../common/app-error';

/** How long a job runs before it lets the event loop answer others (/health, small requests). */
export const SLICE_MS = 20;

/**
 * A long job run in slices on the request thread: between slices the event loop answers other
 * requests, and past its time limit the job is stopped with 503 (what it built is dropped, and it
 * writes nothing). `setting` names the limit's environment variable in the message.
 */
export class TimeSlices {
  private readonly deadline: number;
  private sliceStart = performance.now();

  constructor(
    private readonly limitMs: number,
    private readonly what: string,
    private readonly setting: string,
  ) {
    this.deadline = performance.now() + limitMs;
  }

  /** Call often: it yields when the slice is used up, and throws 503 past the time limit. */
  async tick(): Promise<void> {
    const now = performance.now();
    if (now - this.sliceStart < SLICE_MS) return;
    if (now > this.deadline) throw this.overTime();
    await nextTurn();
    this.sliceStart = performance.now();
    if (this.sliceStart > this.deadline) throw this.overTime();
  }

  /** Runs a step-by-step job (a generator that yields between steps) to its end, in slices. */
  async run<T>(steps: Generator<void, T>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await this.tick();
    }
  }

  private overTime(): AppError {
    return new AppError(ErrorCode.Unavailable,
      `The ${this.what} took longer than its time limit of ${this.limitMs} ms (${this.setting}) and was stopped; nothing was kept. Try again later, or ask an administrator to raise ${this.setting}.`);
  }
}

/** A step-by-step job (a generator that yields between steps) run to its end in one go: for callers with nothing else to serve. */
export function inOneGo<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A step-by-step job run to its end, calling `pause` (a report's `TimeSlices.tick`) between steps; in one go without it. */
export async function pausing<T>(steps: Generator<void, T>, pause?: () => Promise<void>): Promise<T> {
  if (!pause) return inOneGo(steps);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
