import { claimBody, create, eventBody, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/**
 * Issue 13's false contradictions, through the API: what a fact-checker would not flag is not on the
 * board (README, Judgement rules 4): actors one statement names together, and a figure denied beside
 * the denier's own figure.
 */
describe('judgement: one disagreement, once', () => {
  let t: TestApp;
  const get = async (path: string) => (await t.http().get(path).set(bearer(t.keys.viewer)).expect(200)).body;
  const claim = (sourceId: string, eventId: string, facets: object[]) => create(t, '/claims', claimBody(sourceId, { eventId, facets: facets as never }));
  const party = (name: string, side: string) => create(t, '/sources', sourceBody({ name, kind: 'military', stake: 'party_to_conflict', side }));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('two actors named in one statement are not set against each other: the two accounts make one contradiction', async () => {
    const event = await create(t, '/events', eventBody({ title: 'Shelling of displaced people\'s camps in Mugunga' }));
    const [fardc, kinshasa, m23, kigali] = [await party('FARDC', 'DRC'), await party('DRC government', 'DRC'), await party('M23', 'M23'), await party('Rwandan government', 'M23')];
    // The two other actors are known sources too: their names are what the perpetrators compare by.
    await party('Rwanda Defence Force', 'M23');
    await party('FDLR', 'DRC');
    // "The Rwandan army and its M23 auxiliaries bombed the camps"; "the blame lay with the Congolese army and the FDLR".
    await claim(fardc.id, event.id, [{ attribute: 'perpetrator', value: 'Rwanda Defence Force' }, { attribute: 'perpetrator', value: 'M23' }]);
    await claim(kinshasa.id, event.id, [{ attribute: 'perpetrator', value: 'Rwanda Defence Force' }]);
    await claim(m23.id, event.id, [{ attribute: 'perpetrator', value: 'FARDC' }]);
    await claim(kigali.id, event.id, [{ attribute: 'perpetrator', value: 'FARDC' }, { attribute: 'perpetrator', value: 'FDLR' }]);

    const board = (await get(`/events/${event.id}/contradictions`)).items.filter((c: any) => c.kind !== 'omission');
    expect(board.map((c: any) => [c.attribute, c.kind, [c.sideA.sourceIds, c.sideB.sourceIds].map((ids: string[]) => [...ids].sort()).sort()])).toEqual([
      ['perpetrator', 'category_conflict', [[fardc.id, kinshasa.id].sort(), [m23.id, kigali.id].sort()].sort()],
    ]);
    const compatible = (await get(`/events/${event.id}/corroborations`)).compatible.filter((c: any) => c.why === 'together');
    expect(compatible.map((c: any) => [c.value, c.otherValue].sort())).toEqual(expect.arrayContaining([['M23', 'Rwanda Defence Force'], ['FARDC', 'FDLR']]));
  });

  it('a figure denied beside the denier\'s own figure is one quantity conflict, not a negation too', async () => {
    const event = await create(t, '/events', eventBody({ title: 'Attempted escape from Makala prison' }));
    const government = await create(t, '/sources', sourceBody({ name: 'Congolese government', kind: 'government', stake: 'official' }));
    const foundation = await create(t, '/sources', sourceBody({ name: 'Bill Clinton Peace Foundation', kind: 'ngo' }));
    const wire = await create(t, '/sources', sourceBody({ name: 'Wire stringer', kind: 'media' }));
    await claim(government.id, event.id, [{ attribute: 'fatalities', value: 129 }]);
    // "More than 200 people were killed, disputing the government's toll of 129."
    await claim(foundation.id, event.id, [{ attribute: 'fatalities', value: 'more than 200' }, { attribute: 'fatalities', value: 129, polarity: 'denied' }]);
    const kinds = async () => (await get(`/events/${event.id}/contradictions`)).items.map((c: any) => `${c.kind}:${c.severity}`).sort();
    expect(await kinds()).toEqual(['quantity_mismatch:medium']);

    // A denial from a source that gives no figure of its own still stands beside the conflict.
    await claim(wire.id, event.id, [{ attribute: 'fatalities', value: 129, polarity: 'denied' }]);
    expect(await kinds()).toEqual(['negation:high', 'quantity_mismatch:medium']);
  });
});
