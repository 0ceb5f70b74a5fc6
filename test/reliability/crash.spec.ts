import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { api, startServer } from '../child-server';

/**
 * A server takes imports and reviews in a loop and is killed with SIGKILL at random moments. After each
 * restart the database is whole, every answered import and review is there in full, and no import is
 * there in part.
 */
/** What the checks must have seen before the test ends, and how long it may take to see it. */
const MIN_KILLS = 20;
const MIN_IMPORTS = 21;
const MIN_REVIEWS = 1;
/** Requests in flight at once: enough to be mid-write at the kill, few enough that a loaded server answers some. */
const MAX_IN_FLIGHT = 8;
const BOUND_MS = 20 * 60_000; // on an idle 2-core machine it takes about 3 minutes; a shared one can be many times slower

describe('crash: SIGKILL at random moments', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-crash-'));
  const file = join(folder, 'crash.sqlite');
  const token = `crash_${randomBytes(12).toString('hex')}`;
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loses nothing acknowledged over 20 kills, and leaves no import in part', async () => {
    const env = { DATABASE_URL: `sqlite:${file}`, CROSSCHECK_ADMIN_TOKEN: token };
    const acknowledgedImports: string[] = [];
    const attemptedImports: Array<{ tag: string; claims: number }> = [];
    const acknowledgedReviews: string[] = [];
    let claimIds: Array<{ id: string; version: number }> = [];
    let eventId = '';
    let kills = 0;
    const acknowledged = () => acknowledgedImports.length + acknowledgedReviews.length;
    // What the checks need to have seen; the rounds go on until they have it, within the bound. Nothing
    // here depends on how fast the machine is, only on how long it may take.
    const enough = () => kills >= MIN_KILLS && acknowledgedImports.length >= MIN_IMPORTS && acknowledgedReviews.length >= MIN_REVIEWS;
    const deadline = Date.now() + BOUND_MS;

    for (let round = 0; !enough(); round++) {
      if (Date.now() > deadline) {
        throw new Error(`within ${BOUND_MS / 1000} s: ${kills} kills, ${acknowledgedImports.length} imports and ${acknowledgedReviews.length} reviews acknowledged (all found whole); the test needs ${MIN_KILLS}, ${MIN_IMPORTS} and ${MIN_REVIEWS}`);
      }
      const server = await startServer(env);
      const call = api(server.url, token);
      if (!claimIds.length) {
        const seed = await call('POST', '/imports', {
          sources: [{ clientId: 'crash-src', name: 'Crash source', kind: 'media' }],
          events: [{ clientId: 'crash-event', title: 'Crash event', type: 'battles' }],
          claims: Array.from({ length: 60 }, (_, i) => ({ clientId: `crash-claim-${i}`, sourceId: 'crash-src', eventId: 'crash-event', text: `claim ${i}` })),
        });
        expect(seed.status).toBe(201);
        claimIds = Object.values(seed.body.ids.claims as Record<string, string>).map((id) => ({ id, version: 1 }));
        eventId = seed.body.ids.events['crash-event'];
      }
      // The kill comes at a random moment after this round has an acknowledged import (and, while the
      // test has seen too few, an acknowledged review), or after the wait for them runs out, so every
      // round can add to what is checked however slow the machine. At most a few requests are in
      // flight, so a loaded server still gets to the reviews behind the imports.
      const importsBefore = acknowledgedImports.length;
      const reviewsBefore = acknowledgedReviews.length;
      const ready = () => acknowledgedImports.length > importsBefore && (acknowledgedReviews.length >= MIN_REVIEWS || acknowledgedReviews.length > reviewsBefore);
      const waitBound = Date.now() + 30_000;
      let killAt = Number.POSITIVE_INFINITY;
      const work: Array<Promise<unknown>> = [];
      let inFlight = 0;
      const track = (request: Promise<unknown>) => {
        inFlight += 1;
        work.push(request.finally(() => (inFlight -= 1)));
      };
      let n = 0;
      while (Date.now() < killAt) {
        if (killAt === Number.POSITIVE_INFINITY && (ready() || Date.now() > waitBound)) killAt = Date.now() + Math.floor(Math.random() * 400);
        if (inFlight >= MAX_IN_FLIGHT) {
          await new Promise((r) => setTimeout(r, 5));
          continue;
        }
        const tag = `r${round}-${n++}`;
        const claims = 5 + (n % 20);
        attemptedImports.push({ tag, claims });
        track(call('POST', '/imports', {
          sources: [{ clientId: `${tag}-src`, name: `Source ${tag}`, kind: 'witness' }],
          claims: Array.from({ length: claims }, (_, i) => ({ clientId: `${tag}-c${i}`, sourceId: `${tag}-src`, eventId, text: `${tag} ${i}`, facets: [{ attribute: 'fatalities', value: i }] })),
        }).then((r) => r.status === 201 && acknowledgedImports.push(tag)).catch(() => undefined));
        const target = claimIds[n % claimIds.length];
        track(call('GET', `/claims/${target.id}`).then(async (current) => {
          if (current.status !== 200) return;
          const review = await call('POST', `/claims/${target.id}/reviews`, { verdict: 'verified', rationale: `checked in round ${round}`, version: current.body.version });
          if (review.status === 201) acknowledgedReviews.push(review.body.id);
        }).catch(() => undefined)); // a request cut by the kill is not acknowledged
        await new Promise((r) => setTimeout(r, 5));
      }
      await server.stop('SIGKILL');
      expect(server.child.signalCode).toBe('SIGKILL');
      kills += 1;
      await Promise.allSettled(work);

      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const tag of acknowledgedImports) {
          const [{ count }] = db.prepare("SELECT COUNT(*) AS count FROM import_records WHERE kind = 'claim' AND clientId LIKE ?").all(`${tag}-c%`) as Array<{ count: number }>;
          expect({ tag, count }).toEqual({ tag, count: attemptedImports.find((a) => a.tag === tag)!.claims });
        }
        for (const { tag, claims } of attemptedImports) {
          const [{ count }] = db.prepare('SELECT COUNT(*) AS count FROM claims WHERE text LIKE ?').all(`${tag} %`) as Array<{ count: number }>;
          expect([0, claims]).toContain(count);
        }
        for (const id of acknowledgedReviews) {
          expect(db.prepare('SELECT id FROM reviews WHERE id = ?').get(id)).toBeTruthy();
        }
      } finally {
        db.close();
      }
    }
    process.stdout.write(`crash: ${kills} kills, ${acknowledgedImports.length} imports and ${acknowledgedReviews.length} reviews acknowledged, all found whole\n`);
  }, BOUND_MS + 120_000);
});
