import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { canonicalValue, EMPTY_VOCABULARY } from '../../src/claims/canonical';
import { ClaimsService } from '../../src/claims/claims.service';
import { FacetValue } from '../../src/common/columns';
import { newId } from '../../src/common/ids';
import { DetectionService } from '../../src/contradictions/detection.service';
import { WriteQueue } from '../../src/database/write-queue';
import { BenchApp, Figure, insertRows, median, seedSources, time } from './bench-kit';

/** About five positions per attribute: the values claims are drawn from. */
const POSITIONS: Record<string, FacetValue[]> = {
  fatalities: ['none', 'about 20', 'several', 'at least 500', 'between 100 and 300'],
  outcome: ['success', 'partial', 'repelled', 'foiled', 'ongoing'],
  targets: [['airport'], ['school'], ['airport', 'school'], ['barracks'], ['palace', 'airport']],
};
const SOURCES = 500;
const PARTIES = 10;

/** Fills one event with `claims` claims of three facets each from 500 sources, straight through the driver. */
export function seedEvent(file: string, claims: number, sourceIds: string[]): string {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const eventId = newId();
  const now = new Date().toISOString();
  const kinds = { fatalities: 'quantity', outcome: 'category', targets: 'set' } as const;
  db.transaction(() => {
    db.prepare('INSERT INTO events (id, title, type, timePrecision, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(eventId, `Bench ${claims}`, 'battles', 'day', now, now);
    const claimRows: unknown[][] = [];
    const facetRows: unknown[][] = [];
    for (let i = 0; i < claims; i++) {
      const claimId = newId();
      const sourceId = sourceIds[(i * 7919) % sourceIds.length];
      claimRows.push([claimId, sourceId, eventId, `bench claim ${i}`, 1, 'unreviewed', now, now]);
      Object.entries(POSITIONS).forEach(([attribute, values], ordinal) => {
        // Each source keeps to one or two positions per attribute, as real parties do.
        const value = values[(sourceIds.indexOf(sourceId) + (i % 2) * ordinal) % values.length];
        const c = canonicalValue(kinds[attribute as keyof typeof kinds], attribute, value, EMPTY_VOCABULARY);
        facetRows.push([randomUUID(), claimId, eventId, sourceId, ordinal, attribute, '', JSON.stringify(value), c.valueKey, c.valueText, c.rangeMin, c.rangeMax, 'asserted', 0]);
      });
    }
    insertRows(db, 'INSERT INTO claims (id, sourceId, eventId, text, version, status, createdAt, updatedAt)', 8, claimRows);
    insertRows(db, 'INSERT INTO claim_facets (id, claimId, eventId, claimantId, ordinal, attribute, subjectKey, value, valueKey, valueText, rangeMin, rangeMax, polarity, exclusive)', 14, facetRows);
  })();
  db.close();
  return eventId;
}

export async function detectionBench(bench: BenchApp): Promise<Figure[]> {
  const { app, file } = bench;
  const db = new Database(file);
  const now = new Date().toISOString();
  const sourceIds = seedSources(db, SOURCES, PARTIES, 'Bench source');
  db.close();

  const detection = app.get(DetectionService);
  const writes = app.get(WriteQueue);
  const figures: Figure[] = [];
  const raw = new Database(file, { readonly: true });
  const scan = raw.prepare('SELECT claimId, claimantId, attribute, subjectKey, valueKey, valueText, polarity FROM claim_facets WHERE eventId = ?');
  let tenThousand = '';
  for (const claims of [1000, 10_000, 50_000]) {
    const eventId = seedEvent(file, claims, sourceIds);
    if (claims === 10_000) tenThousand = eventId;
    const baseline = median(await time(5, async () => void scan.all(eventId)));
    const first = (await time(1, () => writes.transaction((m) => detection.recomputeEvent(m, eventId, null))))[0];
    const again = median(await time(3, () => writes.transaction((m) => detection.recomputeEvent(m, eventId, null))));
    const [{ count }] = raw.prepare('SELECT COUNT(*) AS count FROM contradictions WHERE eventId = ?').all(eventId) as Array<{ count: number }>;
    figures.push({
      name: `detection: full recomputation, ${claims.toLocaleString('en')} claims`,
      value: again, unit: 'ms', baselineName: 'raw driver reading the same facets', baseline, ratio: again / baseline,
      target: claims === 10_000 ? '< 1000 ms' : undefined, met: claims === 10_000 ? again < 1000 : undefined,
      extra: { firstRunMs: first, storedContradictions: count, facets: claims * 3 },
    });
  }
  const small = figures[1].value;
  const large = figures[2].value;
  const nLogN = (50_000 * Math.log(50_000)) / (10_000 * Math.log(10_000));
  figures.push({
    name: 'detection: growth from 10,000 to 50,000 claims', value: large / small, unit: 'x', baselineName: 'n log n growth', baseline: nLogN,
    ratio: large / small / nLogN, target: '<= n log n', met: large / small <= nLogN * 1.15,
  });

  const claimsService = app.get(ClaimsService);
  const actor = bench.admin;
  const rawWrite = new Database(file);
  const insertClaim = rawWrite.prepare('INSERT INTO claims (id, sourceId, eventId, text, version, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?, ?)');
  const deleteClaim = rawWrite.prepare('DELETE FROM claims WHERE id = ?');
  const baseline = median(await time(20, async () => {
    const id = newId();
    rawWrite.transaction(() => insertClaim.run(id, sourceIds[3], tenThousand, 'raw', 'unreviewed', now, now))();
    deleteClaim.run(id);
  }));
  rawWrite.close();
  let i = 0;
  const added = median(await time(20, async () => {
    i += 1;
    await claimsService.create({
      sourceId: sourceIds[(i * 13) % SOURCES], eventId: tenThousand, text: `added ${i}`,
      facets: Object.entries(POSITIONS).map(([attribute, values]) => ({ attribute, value: values[i % values.length] })),
    }, actor);
  }));
  figures.push({
    name: 'detection: add one claim to the 10,000-claim event (create + detect)', value: added, unit: 'ms',
    baselineName: 'raw driver inserting one claim row', baseline, ratio: added / baseline, target: '< 20 ms', met: added < 20,
  });
  raw.close();
  return figures;
}
