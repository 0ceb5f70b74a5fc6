/** How long a loop over a user's records may hold the event loop before it lets other requests (and /health) in. */
export const SLICE_MS = 20;

/**
 * Lets a long loop share the process: `await pacer.breathe()` in the loop gives the event loop a turn
 * once `SLICE_MS` of work has passed, so one large import never stops every other request meanwhile.
 */
export class Pacer {
  private last = performance.now();

  async breathe(): Promise<void> {
    if (performance.now() - this.last < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
