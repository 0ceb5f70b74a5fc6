import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { ClaimsService } from '../../src/claims/claims.service';
import { newId } from '../../src/common/ids';
import { DetectionService } from '../../src/contradictions/detection.service';
import { WriteQueue } from '../../src/database/write-queue';
import { AuditService } from '../../src/audit/audit.service';
import { BenchApp, Figure, median, time } from './bench-kit';
import { seedEvent } from './detection.bench';

const SOURCES = 500;
const POSITIONS: Record<string, unknown[]> = {
  fatalities: ['none', 'about 20', 'several', 'at least 500', 'between 100 and 300'],
  outcome: ['success', 'partial', 'repelled', 'foiled', 'ongoing'],
  targets: [['airport'], ['school'], ['airport', 'school'], ['barracks'], ['palace', 'airport']],
};

/** Wraps a method of an object so that the time spent in it adds up in `spent[name]`. */
function timed(target: object, method: string, name: string, spent: Record<string, number>): void {
  const original = (target as Record<string, (...args: unknown[]) => Promise<unknown>>)[method];
  (target as Record<string, unknown>)[method] = async function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      spent[name] = (spent[name] ?? 0) + performance.now() - start;
    }
  };
}

/** Issue 15: one claim added to the 10,000-claim event, with where its time goes. */
export async function addOneClaim(bench: BenchApp): Promise<Figure[]> {
  const { app, file } = bench;
  const sourceIds: string[] = [];
  const now = new Date().toISOString();
  const db = new Database(file);
  db.transaction(() => {
    for (let i = 0; i < SOURCES; i++) {
      const id = newId();
      sourceIds.push(id);
      db.prepare('INSERT INTO sources (id, name, aliases, kind, stake, reliability, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, `Writers source ${i}`, '[]', 'other', i < 10 ? 'party_to_conflict' : 'independent', 'F', now, now);
    }
  })();
  const eventId = seedEvent(file, 10_000, sourceIds);
  await app.get(WriteQueue).transaction((m) => app.get(DetectionService).recomputeEvent(m, eventId, null));
  const insertClaim = db.prepare('INSERT INTO claims (id, sourceId, eventId, text, version, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?, ?)');
  const baseline = median(await time(20, async () => {
    const id = newId();
    db.transaction(() => insertClaim.run(id, sourceIds[3], eventId, 'raw', 'unreviewed', now, now))();
    db.prepare('DELETE FROM claims WHERE id = ?').run(id);
  }));
  db.close();

  const claims = app.get(ClaimsService);
  const detection = app.get(DetectionService);
  const spent: Record<string, number> = {};
  timed(detection, 'afterClaimChange', 'detection (all)', spent);
  timed(detection, 'recompute', 'detection: recompute changed groups', spent);
  timed(detection, 'flagForReReview', 'detection: re-review flags', spent);
  timed(detection, 'context', 'detection: parties and names', spent);
  timed(app.get(AuditService), 'record', 'audit entries', spent);
  let i = 0;
  const runs = 30;
  const times = await time(runs, async () => {
    i += 1;
    await claims.create({
      sourceId: sourceIds[(i * 13) % SOURCES], eventId, text: `added ${i}`,
      facets: Object.entries(POSITIONS).map(([attribute, values]) => ({ attribute, value: values[i % values.length] })) as never,
    }, bench.admin);
  });
  const added = median(times);
  const breakdown = Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Number((v / runs).toFixed(2))]));
  return [{
    name: 'writers: add one claim to the 10,000-claim event (create + detect)', value: added, unit: 'ms',
    baselineName: 'raw driver inserting one claim row', baseline, ratio: added / baseline, target: '< 20 ms', met: added < 20,
    extra: { meanMsPerPart: breakdown, totalMeanMs: Number((times.reduce((a, b) => a + b, 0) / runs).toFixed(2)) },
  }];
}

export async function writersBench(bench: BenchApp): Promise<Figure[]> {
  return [...(await addOneClaim(bench))];
}
