import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { canonicalValue, EMPTY_VOCABULARY } from '../../src/claims/canonical';
import { newId } from '../../src/common/ids';
import { BenchApp, Figure, insertRows } from './bench-kit';
import { sqlitePragmas } from '../../src/database/data-source-options';

const CLAIMS = 100_000;
const SOURCES = 500;
const EVENTS = 100;
const FATALITIES = ['about 20', 'dozens', 'none', 12, 'at least 500'];
const OUTCOMES = ['success', 'repelled', 'foiled', 'partial'];

function bundle(tag: string) {
  return {
    sources: Array.from({ length: SOURCES }, (_, i) => ({ clientId: `${tag}-s${i}`, name: `Import bench source ${tag} ${i}`, kind: 'media', stake: i < 5 ? 'party_to_conflict' : 'independent' })),
    events: Array.from({ length: EVENTS }, (_, i) => ({ clientId: `${tag}-e${i}`, title: `Import bench event ${tag} ${i}`, type: 'battles' })),
    claims: Array.from({ length: CLAIMS }, (_, i) => ({
      clientId: `${tag}-c${i}`, sourceId: `${tag}-s${i % SOURCES}`, eventId: `${tag}-e${i % EVENTS}`, text: `Bench claim number ${i} about the attack`,
      facets: [{ attribute: 'fatalities', value: FATALITIES[i % FATALITIES.length] }, { attribute: 'outcome', value: OUTCOMES[(i >> 3) % OUTCOMES.length] }],
    })),
  };
}

/** The same rows through the raw driver: multi-row inserts in chunks, in one transaction. */
function rawInsert(file: string, data: ReturnType<typeof bundle>): void {
  const db = new Database(file);
  sqlitePragmas(db); // the app's pragmas: both pay the same for a commit
  const now = new Date().toISOString();
  const sources = data.sources.map((s) => [newId(), s.name, '[]', s.kind, s.stake, 'F', null, null, now, now]);
  const events = data.events.map((e) => [newId(), e.title, e.type, null, null, 'day', now, now]);
  const claims: unknown[][] = [];
  const facets: unknown[][] = [];
  data.claims.forEach((c, i) => {
    const id = newId();
    const sourceId = sources[i % SOURCES][0];
    const eventId = events[i % EVENTS][0];
    claims.push([id, sourceId, eventId, c.text, 1, 'unreviewed', now, now]);
    c.facets.forEach((f, ordinal) => {
      const kind = f.attribute === 'fatalities' ? 'quantity' : 'category';
      const v = canonicalValue(kind, f.attribute, f.value, EMPTY_VOCABULARY);
      facets.push([randomUUID(), id, eventId, sourceId, ordinal, f.attribute, '', JSON.stringify(f.value), v.valueKey, v.valueText, v.rangeMin, v.rangeMax, 'asserted', 0]);
    });
  });
  db.transaction(() => {
    insertRows(db, 'INSERT INTO sources (id, name, aliases, kind, stake, reliability, description, url, createdAt, updatedAt)', 10, sources);
    insertRows(db, 'INSERT INTO events (id, title, type, startsAt, endsAt, timePrecision, createdAt, updatedAt)', 8, events);
    insertRows(db, 'INSERT INTO claims (id, sourceId, eventId, text, version, status, createdAt, updatedAt)', 8, claims);
    insertRows(db, 'INSERT INTO claim_facets (id, claimId, eventId, claimantId, ordinal, attribute, subjectKey, value, valueKey, valueText, rangeMin, rangeMax, polarity, exclusive)', 14, facets);
  })();
  db.close();
}

export async function importBench(bench: BenchApp): Promise<Figure[]> {
  const raw = bundle('raw');
  const rawStart = performance.now();
  rawInsert(bench.file, raw);
  const rawMs = performance.now() - rawStart;

  const body = JSON.stringify(bundle('api'));
  await bench.app.listen({ port: 0, host: '127.0.0.1' });
  const url = await bench.app.getUrl();
  const start = performance.now();
  const response = await fetch(`${url}/imports`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bench.adminKey}` }, body });
  const answer = (await response.json()) as { created?: { claims: number } };
  const apiMs = performance.now() - start;
  if (response.status !== 201 || answer.created?.claims !== CLAIMS) throw new Error(`import answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);

  const rate = (ms: number) => CLAIMS / (ms / 1000);
  return [{
    name: 'import: 100,000 claims (two facets each) through POST /imports', value: rate(apiMs), unit: 'claims/s',
    baselineName: 'raw driver, multi-row inserts of the same rows', baseline: rate(rawMs), ratio: rate(apiMs) / rate(rawMs),
    target: '>= 0.3 of raw', met: rate(apiMs) / rate(rawMs) >= 0.3,
    extra: { apiMs: Math.round(apiMs), rawMs: Math.round(rawMs), bodyMb: Math.round(body.length / 1024 / 1024), note: 'the API also validates, audits, keeps client ids and runs detection' },
  }];
}
