import { claimBody, create, eventBody, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/** Read for an event, extraction takes "the one army" among the event's claimants, not among every army of the desk. */
describe('extraction read for an event', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('resolves a bare "the army" and counted soldiers to the event\'s military only when given the event', async () => {
    const ours = await create(t, '/sources', sourceBody({ name: 'Ruritanian army', kind: 'military', stake: 'party_to_conflict' }));
    await create(t, '/sources', sourceBody({ name: 'Bordurian army', kind: 'military', stake: 'party_to_conflict' }));
    const event = await create(t, '/events', eventBody({ title: 'Ambush near Zenda' }));
    await create(t, '/claims', claimBody(ours.id, { eventId: event.id }));
    const document = await create(t, '/documents', { title: 'Ambush', language: 'en', text: 'The army said the convoy had been ambushed. Relief Watch said 12 soldiers were killed.' });
    const extract = (body: object) => t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send(body).expect(200);

    const army = (items: any[]) => items.find((c) => /army/i.test(c.speaker))?.sourceId ?? null;
    const soldiers = (items: any[]) => items.flatMap((c) => c.facets).find((f: any) => f.attribute === 'combatant_fatalities')?.subject;

    // The desk knows two armies: "the army" names neither, the soldiers stay soldiers.
    const desk = (await extract({})).body.items as any[];
    expect(army(desk)).toBeNull();
    expect(soldiers(desk)).toBe('soldiers');

    const scoped = (await extract({ eventId: event.id })).body.items as any[];
    expect(army(scoped)).toBe(ours.id);
    expect(soldiers(scoped)).toBe('Ruritanian army');
    // The stored result is kept per event: read again without it, the desk-wide answer comes back.
    expect(army((await extract({})).body.items)).toBeNull();
    expect(army((await extract({ eventId: event.id })).body.items)).toBe(ours.id);
  });

  it('reads with no body at all, and refuses an eventId that is no event\'s id, naming the field', async () => {
    const document = await create(t, '/documents', { title: 'Short', language: 'en', text: 'The army said the convoy had been ambushed.' });
    await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).expect(200);
    const malformed = await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor)).send({ eventId: 'nope' }).expect(400);
    expect(malformed.body.details).toContainEqual(expect.objectContaining({ path: 'eventId' }));
    const unknown = await t.http().post(`/documents/${document.id}/extract`).set(bearer(t.keys.editor))
      .send({ eventId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(unknown.body.details).toEqual([{ path: 'eventId', message: 'no event with this id' }]);
  });
});
