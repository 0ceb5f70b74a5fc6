import { ClaimsService } from '../../src/claims/claims.service';
import { EventsService } from '../../src/events/events.service';
import { SourcesService } from '../../src/sources/sources.service';
import { BenchApp, Figure, median, time } from './bench-kit';

const PARTIES = 50;
const CLAIMS = 500;
const SIDES = ['Government', 'Armed group', 'Militia', 'Opposition', 'Independent'];

/**
 * The desk's board for one event with 50 parties and 500 claims, as a browser asks for it (the session
 * cookie, the whole page), against the JSON report of the same event that the board is built from: the
 * ratio is what building and writing the page adds.
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
  await page(board, { cookie });
  const bytes = await page(board, { cookie });
  const value = median(await time(7, () => page(board, { cookie })));
  const sides = median(await time(7, () => page(`/desk/events/${event.id}`, { cookie })));
  const baseline = median(await time(7, () => page(`/events/${event.id}/report?format=json`, { authorization: `Bearer ${adminKey}` })));
  return [{
    name: `desk board page, ${PARTIES} parties x ${CLAIMS} claims`, value, unit: 'ms',
    baselineName: 'JSON report of the same event', baseline, ratio: value / baseline, target: '< 300 ms', met: value < 300,
    extra: { pageBytes: bytes, collapsedBySideMs: Math.round(sides) },
  }];
}
