import { DataSource } from 'typeorm';
import { ClaimsService } from '../../src/claims/claims.service';
import { EventsService } from '../../src/events/events.service';
import { SourcesService } from '../../src/sources/sources.service';
import { performance } from 'node:perf_hooks';
import { BenchApp, Figure, median, time } from './bench-kit';

const PARTIES = 50;
const CLAIMS = 500;
const SIDES = ['Government', 'Armed group', 'Militia', 'Opposition', 'Independent'];

/**
 * The desk's board for one event with 50 parties and 500 claims, as a browser asks for it (the session
 * cookie, the whole page), against the JSON report of the same event. Both are measured as a reader gets
 * them after a write to the event (a triage, a new claim): every write raises the event's revision, so
 * the analysis cache (src/analysis) holds nothing for it and the page is built from the database. The
 * page at an unchanged revision (answered from the cache) is in `extra`.
 */
export async function boardBench(bench: BenchApp): Promise<Figure[]> {
  const { app, admin, adminKey } = bench;
  const sources = app.get(SourcesService);
  const claims = app.get(ClaimsService);
  const event = await app.get(EventsService).create({ title: 'Board bench event', type: 'battles', startsAt: '2024-09-17' }, admin);
  const parties = [];
  for (let i = 0; i < PARTIES; i++) {
    parties.push(await sources.create({ name: `Party ${i}`, kind: 'media', stake: i % 5 === 4 ? 'independent' : 'party_to_conflict', side: SIDES[i % SIDES.length] }, admin));
  }
  const outcomes = ['success', 'repelled', 'ongoing'];
  const targets = [['military airport'], ['gendarmerie school'], ['military airport', 'gendarmerie school']];
  for (let i = 0; i < CLAIMS; i++) {
    await claims.create({
      sourceId: parties[i % PARTIES].id, eventId: event.id, text: `Bench claim ${i}`,
      facets: [
        { attribute: 'outcome', value: outcomes[i % 3] },
        { attribute: 'fatalities', value: String(10 * (i % 7) + 1) },
        { attribute: 'targets', value: targets[i % 3] },
      ],
    }, admin);
  }
  const signIn = await app.inject({ method: 'POST', url: '/desk/sign-in', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `key=${adminKey}&next=%2Fdesk` });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0];
  const page = async (url: string, headers: Record<string, string>) => {
    const response = await app.inject({ method: 'GET', url, headers });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    return response.body.length;
  };
  const board = `/desk/events/${event.id}?view=parties`;
  // What every write does to the event, and nothing else: the next reader finds nothing cached.
  const dataSource = app.get(DataSource);
  const write = () => dataSource.query('UPDATE events SET revision = revision + 1 WHERE id = ?', [event.id]);
  const afterWrite = (url: string, headers: Record<string, string>) => async () => {
    await write();
    const start = performance.now();
    await page(url, headers);
    return performance.now() - start;
  };
  const cold = async (runs: number, load: () => Promise<number>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await load());
    return median(times);
  };
  await page(board, { cookie });
  const bytes = await page(board, { cookie });
  const report = `/events/${event.id}/report?format=json`;
  const bearer = { authorization: `Bearer ${adminKey}` };
  const value = await cold(7, afterWrite(board, { cookie }));
  const sides = await cold(7, afterWrite(`/desk/events/${event.id}`, { cookie }));
  const baseline = await cold(7, afterWrite(report, bearer));
  const cached = median(await time(7, () => page(board, { cookie })));
  const cachedReport = median(await time(7, () => page(report, bearer)));
  return [{
    name: `desk board page after a write, ${PARTIES} parties x ${CLAIMS} claims`, value, unit: 'ms',
    baselineName: 'JSON report of the same event after a write', baseline, ratio: value / baseline, target: '< 300 ms', met: value < 300,
    extra: { pageBytes: bytes, collapsedBySideMs: Math.round(sides), unchangedRevisionMs: Math.round(cached), unchangedRevisionReportMs: Math.round(cachedReport) },
  }];
}
