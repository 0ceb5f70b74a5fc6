import { claimBody, create, eventBody, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

// Two attributes disputed with the same values by the same parties: each is its own contradiction.
describe('contradictions of different attributes with the same values', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const contradictions = async (eventId: string) =>
    (await t.http().get(`/events/${eventId}/contradictions`).set(bearer(t.keys.viewer)).expect(200)).body.items as any[];

  it('stores one per attribute, whether the claims come one by one or together', async () => {
    const event = await create(t, '/events', eventBody());
    const a = await create(t, '/sources', sourceBody({ stake: 'party_to_conflict' }));
    const b = await create(t, '/sources', sourceBody({ stake: 'party_to_conflict' }));
    // One claim each first: a fatalities mismatch.
    await create(t, '/claims', claimBody(a.id, { eventId: event.id, facets: [{ attribute: 'fatalities', value: '20' }] }));
    await create(t, '/claims', claimBody(b.id, { eventId: event.id, facets: [{ attribute: 'fatalities', value: '300' }] }));
    // Then the same figures for the wounded, and for the captured with both facets on one claim each.
    await create(t, '/claims', claimBody(a.id, { eventId: event.id, facets: [{ attribute: 'injuries', value: '20' }, { attribute: 'captured', value: '20' }] }));
    await create(t, '/claims', claimBody(b.id, { eventId: event.id, facets: [{ attribute: 'injuries', value: '300' }, { attribute: 'captured', value: '300' }] }));
    const items = await contradictions(event.id);
    expect(items.filter((c) => c.kind === 'quantity_mismatch').map((c) => c.attribute).sort()).toEqual(['captured', 'fatalities', 'injuries']);
  });

  it('keeps omissions of two boolean attributes apart', async () => {
    const event = await create(t, '/events', eventBody());
    const a = await create(t, '/sources', sourceBody({ stake: 'party_to_conflict' }));
    const b = await create(t, '/sources', sourceBody({ stake: 'party_to_conflict' }));
    const booleans = ((await t.http().get('/attributes').set(bearer(t.keys.viewer)).expect(200)).body.items as any[])
      .filter((x) => x.kind === 'boolean').map((x) => x.name).slice(0, 2);
    expect(booleans).toHaveLength(2);
    await create(t, '/claims', claimBody(b.id, { eventId: event.id, facets: [{ attribute: 'fatalities', value: '5' }] }));
    for (const name of booleans) await create(t, '/claims', claimBody(a.id, { eventId: event.id, facets: [{ attribute: name, value: true }] }));
    const omissions = (await contradictions(event.id)).filter((c) => c.kind === 'omission');
    expect(omissions.map((c) => c.attribute).sort()).toEqual([...booleans].sort());
  });
});
