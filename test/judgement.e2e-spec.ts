import { parse } from 'csv-parse/sync';
import { claimBody, create, eventBody, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/** Issue 14's acceptance, through the API: judgements that never overstate, and time on every side. */
describe('judgement: corroboration, credibility and time', () => {
  let t: TestApp;
  const get = async (path: string) => (await t.http().get(path).set(bearer(t.keys.viewer)).expect(200)).body;
  const claim = (sourceId: string, eventId: string, facets: object[], extra: object = {}) =>
    create(t, '/claims', claimBody(sourceId, { eventId, facets: facets as never, ...extra }));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('"about 30" from a hospital and "enormous" from JNIM: compatible, no corroboration, and the hospital not graded 1 or 2 on that strength', async () => {
    const event = await create(t, '/events', eventBody());
    const hospital = await create(t, '/sources', sourceBody({ name: 'Gabriel Touré hospital', reliability: 'C' }));
    const jnim = await create(t, '/sources', sourceBody({ name: 'JNIM', kind: 'armed_group', stake: 'party_to_conflict', reliability: 'D' }));
    const counted = await claim(hospital.id, event.id, [{ attribute: 'fatalities', value: 'about 30' }]);
    await claim(jnim.id, event.id, [{ attribute: 'fatalities', value: 'enormous' }]);

    const agreement = await get(`/events/${event.id}/corroborations`);
    expect(agreement.items).toEqual([]);
    expect(agreement.compatible.map((c: any) => [c.attribute, c.why, [c.value, c.otherValue].sort(), [...c.sourceIds, ...c.otherSourceIds].sort()]))
      .toEqual([['fatalities', 'vague', ['about 30', 'enormous'], [hospital.id, jnim.id].sort()]]);
    const grade = await get(`/claims/${counted.id}/credibility`);
    expect(grade.suggested).toBe(3);
    expect(grade.reasons).toEqual([
      'fatalities about 30 is compatible with JNIM (enormous), not corroborated by it: vague words never corroborate a figure',
      "neither confirmed nor contradicted by an independent source; the claimant's reliability is C",
    ]);
    // The figures come from the number, never from the vague word.
    await claim(jnim.id, event.id, [{ attribute: 'fatalities', value: 'at least 70' }]);
    const [dispute] = (await get(`/events/${event.id}/disputes`)).items;
    expect(dispute.figures).toEqual({ conservative: 24, median: 50, highest: 70, highestOpen: true });
    expect(dispute.positions.map((p: any) => [p.value, p.vague])).toEqual(expect.arrayContaining([['enormous', true], ['about 30', false], ['at least 70', false]]));
  });

  it('the army chief and the government spokesman of one side do not corroborate each other', async () => {
    const event = await create(t, '/events', eventBody());
    const army = await create(t, '/sources', sourceBody({ name: 'General Oumar Diarra', aliases: ['army chief of staff'], kind: 'military', stake: 'party_to_conflict', side: 'Malian government', reliability: 'D' }));
    const spokesman = await create(t, '/sources', sourceBody({ name: 'Government spokesman', kind: 'government', stake: 'official', side: ' Malian  government', reliability: 'D' }));
    expect(spokesman.side).toBe('Malian  government');
    const said = await claim(army.id, event.id, [{ attribute: 'outcome', value: 'repelled' }]);
    await claim(spokesman.id, event.id, [{ attribute: 'outcome', value: 'Repelled' }]);

    const agreement = await get(`/events/${event.id}/corroborations`);
    expect(agreement.items).toEqual([]);
    expect(agreement.compatible).toEqual([expect.objectContaining({ why: 'not_independent', sourceIds: [army.id, spokesman.id].sort() })]);
    const grade = await get(`/claims/${said.id}/credibility`);
    expect(grade.suggested).toBe(6);
    expect(grade.reasons[0]).toBe('outcome repelled is also asserted by Government spokesman (repelled), not independent: army chief of staff and Government spokesman both speak for Malian government');

    // Another side on the spokesman: now they are independent, and agree.
    await t.http().patch(`/sources/${spokesman.id}`).set(bearer(t.keys.editor)).send({ side: 'Transitional council' }).expect(200);
    expect((await get(`/sources/${spokesman.id}`)).side).toBe('Transitional council');
    expect((await get(`/events/${event.id}/corroborations`)).items.map((c: any) => c.sourceIds)).toEqual([[army.id, spokesman.id].sort()]);
    expect((await get(`/claims/${said.id}/credibility`)).suggested).toBe(1);
  });

  it('a source of unknown stake never raises a grade', async () => {
    const event = await create(t, '/events', eventBody());
    const afp = await create(t, '/sources', sourceBody({ name: 'AFP', kind: 'news_agency', reliability: 'C' }));
    const counted = await claim(afp.id, event.id, [{ attribute: 'captured', value: 20 }]);
    const before = await get(`/claims/${counted.id}/credibility`);
    const unknown = await create(t, '/sources', { name: 'Somebody on social media', kind: 'social_account' });
    expect(unknown.stake).toBe('unknown');
    await claim(unknown.id, event.id, [{ attribute: 'captured', value: 20 }]);
    const after = await get(`/claims/${counted.id}/credibility`);
    expect([before.suggested, after.suggested]).toEqual([3, 3]);
    expect(after.reasons[0]).toBe('captured 20 is also asserted by Somebody on social media (20), not independent: the stake of Somebody on social media is unknown');
    expect((await get(`/events/${event.id}/corroborations`)).items).toEqual([]);
  });

  it('reasons name every source, also sources created in the same request and after a first reading', async () => {
    const event = await create(t, '/events', eventBody());
    const afp = await create(t, '/sources', sourceBody({ name: 'AFP correspondent', aliases: ['AFP'], kind: 'news_agency' }));
    const first = await claim(afp.id, event.id, [{ attribute: 'targets', value: ['airport'] }]);
    expect((await get(`/claims/${first.id}/credibility`)).reasons).toEqual(["neither confirmed nor contradicted by an independent source; the claimant's reliability is C"]);

    // Two new sources in one request (from an article), read after the credibility was read once.
    const text = 'A police officer said the airport was attacked. A local radio station reported the airport came under fire.';
    const document = await create(t, '/documents', { title: 'Airport attack', language: 'en', text });
    await t.http().post(`/documents/${document.id}/claims`).set(bearer(t.keys.editor)).send({
      eventId: event.id, createSources: true,
      candidates: [
        { suggestedSource: { name: 'Police officer', kind: 'police', stake: 'unknown', side: 'Police officer' }, text: 'The airport was attacked', facets: [{ attribute: 'targets', value: ['airport'] }] },
        { suggestedSource: { name: 'Local radio station', kind: 'media', stake: 'unknown', side: 'Local radio station' }, text: 'The airport came under fire', facets: [{ attribute: 'targets', value: ['airport'] }] },
      ],
    }).expect(201);
    // And one independent source, created after the first reading.
    const reuters = await create(t, '/sources', sourceBody({ name: 'Reuters', kind: 'news_agency' }));
    await claim(reuters.id, event.id, [{ attribute: 'targets', value: ['airport'] }]);

    const { reasons } = await get(`/claims/${first.id}/credibility`);
    expect(reasons).toEqual([
      'targets airport is corroborated by Reuters (airport)',
      'targets airport is also asserted by Police officer (airport), not independent: the stake of Police officer is unknown',
      'targets airport is also asserted by Local radio station (airport), not independent: the stake of Local radio station is unknown',
    ]);
    expect(reasons.join(' ')).not.toMatch(/by ,|undefined|\(\)/);
  });

  it('"at least 70" and "at least 77" from one source against "about 30": one contradiction', async () => {
    const event = await create(t, '/events', eventBody());
    const hospital = await create(t, '/sources', sourceBody({ name: 'Hospital' }));
    const jnim = await create(t, '/sources', sourceBody({ name: 'JNIM', kind: 'armed_group', stake: 'party_to_conflict' }));
    const counted = await claim(hospital.id, event.id, [{ attribute: 'fatalities', value: 'about 30' }]);
    const seventy = await claim(jnim.id, event.id, [{ attribute: 'fatalities', value: 'at least 70' }]);
    const seventySeven = await claim(jnim.id, event.id, [{ attribute: 'fatalities', value: 'at least 77' }]);
    const { items } = await get(`/events/${event.id}/contradictions`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'quantity_mismatch', severity: 'medium', claimAId: counted.id, claimBId: seventy.id,
      sideA: { value: 'about 30 (24-36)', claimIds: [counted.id], sourceIds: [hospital.id] },
      sideB: { value: 'at least 70, at least 77', claimIds: [seventy.id, seventySeven.id], sourceIds: [jnim.id] },
    });
    expect((await get(`/claims/${counted.id}/credibility`)).reasons).toEqual([
      'contradicted (quantity_mismatch, medium) by JNIM (at least 70, at least 77): Hospital puts the fatalities at about 30 (24-36); JNIM puts it at at least 70, at least 77; the figures do not overlap',
    ]);
  });

  it('"under control" said at 10:00 against fighting from 05:00 to 15:00 said at 16:00: a revision in time, low, with both times in the API, the report and the CSV', async () => {
    const event = await create(t, '/events', eventBody());
    const army = await create(t, '/sources', sourceBody({ name: 'General Oumar Diarra', aliases: ['the army'], kind: 'military', stake: 'party_to_conflict', side: 'Malian government' }));
    const afp = await create(t, '/sources', sourceBody({ name: 'AFP', kind: 'news_agency' }));
    const control = await claim(army.id, event.id, [{ attribute: 'situation', value: 'under_control' }], { statedAt: '2024-09-17T10:00:00Z' });
    const fighting = await claim(afp.id, event.id,
      [{ attribute: 'situation', value: 'fighting_ongoing', timeScope: { from: '2024-09-17T05:00:00Z', to: '2024-09-17T15:00:00Z' } }], { statedAt: '2024-09-17T16:00:00Z' });

    const { items } = await get(`/events/${event.id}/contradictions`);
    expect(items).toHaveLength(1);
    const [revision] = items;
    expect(revision).toMatchObject({
      kind: 'revision_in_time', severity: 'low', detectedBy: 'rule:revision_in_time',
      sideA: { value: 'under_control', claimIds: [control.id], statedAt: '2024-09-17T10:00:00.000Z', timeScope: null },
      sideB: { value: 'fighting_ongoing', claimIds: [fighting.id], statedAt: '2024-09-17T16:00:00.000Z', timeScope: { from: '2024-09-17T05:00:00.000Z', to: '2024-09-17T15:00:00.000Z' } },
    });
    expect(revision.explanation).toBe('the army said at 2024-09-17 10:00 UTC the situation was under control; AFP said at 2024-09-17 16:00 UTC it was fighting ongoing: '
      + 'a later statement on a situation that can change, a revision in time rather than a flat contradiction');
    expect((await get(`/claims/${control.id}/credibility`)).reasons[0]).toBe('revised in time, not contradicted: AFP gives situation fighting ongoing (said 2024-09-17 16:00 UTC) against under control (said 2024-09-17 10:00 UTC); the situation may have changed between the statements');

    const report = await get(`/events/${event.id}/report?format=json`);
    expect(report.contradictions[0]).toMatchObject({ kind: 'revision_in_time', sideA: { statedAt: '2024-09-17T10:00:00.000Z' }, sideB: { statedAt: '2024-09-17T16:00:00.000Z' } });
    expect(report.sources.find((s: any) => s.id === army.id).side).toBe('Malian government');
    const markdown = (await t.http().get(`/events/${event.id}/report?format=markdown`).set(bearer(t.keys.viewer)).expect(200)).text;
    expect(markdown).toContain('(said 2024-09-17 16:00 UTC; covering 2024-09-17 05:00 UTC to 15:00 UTC)');
    const csv = (await t.http().get(`/events/${event.id}/report?format=csv`).set(bearer(t.keys.viewer)).expect(200)).text;
    const [row] = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(row).toMatchObject({
      kind: 'revision_in_time', severity: 'low', side_a_stated_at: '2024-09-17T10:00:00.000Z', side_a_time_scope: '',
      side_b_stated_at: '2024-09-17T16:00:00.000Z', side_b_time_scope: '2024-09-17T05:00:00.000Z/2024-09-17T15:00:00.000Z',
    });

    // Said at one time, the two accounts contradict outright; moved apart again, a revision once more.
    await t.http().patch(`/claims/${control.id}`).set(bearer(t.keys.editor)).send({ statedAt: '2024-09-17T16:00:00Z' }).expect(200);
    expect((await get(`/events/${event.id}/contradictions`)).items.map((c: any) => [c.kind, c.severity])).toEqual([['category_conflict', 'high']]);
    await t.http().patch(`/claims/${control.id}`).set(bearer(t.keys.editor)).send({ statedAt: '2024-09-17T10:00:00Z' }).expect(200);
    expect((await get(`/events/${event.id}/contradictions`)).items.map((c: any) => [c.kind, c.severity])).toEqual([['revision_in_time', 'low']]);
  });

  it('a camp\'s rising toll is an update, not a contradiction; a source\'s earlier figure gives way to its later one; an outsider\'s figure still contradicts', async () => {
    const event = await create(t, '/events', eventBody());
    const party = (name: string) => create(t, '/sources', sourceBody({ name, kind: 'armed_group', stake: 'party_to_conflict', side: 'Northern Front' }));
    const ministry = await party('Northern Front health office');
    const front = await party('Northern Front');
    const hospital = await create(t, '/sources', sourceBody({ name: 'Central hospital', stake: 'independent' }));
    const at = (hour: number) => ({ statedAt: `2024-09-17T${String(hour).padStart(2, '0')}:00:00Z` });
    await claim(ministry.id, event.id, [{ attribute: 'fatalities', value: 82 }], at(9));
    await claim(front.id, event.id, [{ attribute: 'fatalities', value: 91 }], at(15));
    expect((await get(`/events/${event.id}/contradictions`)).items).toEqual([]);

    const early = await claim(hospital.id, event.id, [{ attribute: 'fatalities', value: 59 }], at(8));
    const later = await claim(hospital.id, event.id, [{ attribute: 'fatalities', value: 'between 85 and 88' }], at(16));
    const { items } = await get(`/events/${event.id}/contradictions`);
    // The hospital's 59 gave way to its own later count: only that count stands against each of the camp's figures.
    expect(items.map((c: any) => [c.kind, c.sideA.value, c.sideB.value].sort()).sort()).toEqual([
      ['82', 'between 85 and 88 (85-88)', 'quantity_mismatch'], ['91', 'between 85 and 88 (85-88)', 'quantity_mismatch'],
    ]);
    expect(items.flatMap((c: any) => [...c.sideA.claimIds, ...c.sideB.claimIds])).not.toContain(early.id);
    expect(items.flatMap((c: any) => [...c.sideA.claimIds, ...c.sideB.claimIds])).toContain(later.id);
    // What was stored claim by claim is what a recomputation from the facets finds.
    const check = await t.http().post(`/events/${event.id}/recompute`).set(bearer(t.adminKey)).expect(200);
    expect(check.body).toMatchObject({ eventId: event.id, holdings: { missing: [], extra: [] }, contradictions: [] });
  });
  it('perpetrators naming two bodies of one camp are one accusation; put one on another side and they conflict', async () => {
    const event = await create(t, '/events', eventBody());
    const party = (name: string, side: string, kind: 'military' | 'government' | 'armed_group' = 'military') => create(t, '/sources', sourceBody({ name, kind, stake: 'party_to_conflict', side }));
    const army = await party('Norland army', 'Norland');
    const government = await party('Norland government', 'Norland', 'government');
    const front = await party('Karsa Front', 'Karsa Front', 'armed_group');
    const monitor = await create(t, '/sources', sourceBody({ name: 'Border Monitor', kind: 'ngo', stake: 'independent' }));
    await claim(front.id, event.id, [{ attribute: 'perpetrator', value: 'Norland army' }]);
    await claim(monitor.id, event.id, [{ attribute: 'perpetrator', value: 'Norland government' }]);
    await claim(government.id, event.id, [{ attribute: 'perpetrator', value: 'Karsa Front' }]);
    const board = async () => (await get(`/events/${event.id}/contradictions`)).items.map((c: any) => [c.kind, [c.sideA.value, c.sideB.value].sort()]).sort();
    // The army and the government are Norland's: only the Front stands against each of them.
    expect(await board()).toEqual([
      ['category_conflict', ['Karsa Front', 'Norland army']],
      ['category_conflict', ['Karsa Front', 'Norland government']],
    ]);
    // Compatible, not corroborating: the Front names the army, the monitor the government.
    const agreement = await get(`/events/${event.id}/corroborations`);
    expect(agreement.items).toEqual([]);
    expect(agreement.compatible.map((c: any) => [c.why, [c.value, c.otherValue].sort()])).toEqual([['one_camp', ['Norland army', 'Norland government']]]);
    // The army put on a side of its own: naming it and naming the government are two accusations.
    await t.http().patch(`/sources/${army.id}`).set(bearer(t.keys.editor)).send({ side: 'Norland army' }).expect(200);
    expect(await board()).toEqual([
      ['category_conflict', ['Karsa Front', 'Norland army']],
      ['category_conflict', ['Karsa Front', 'Norland government']],
      ['category_conflict', ['Norland army', 'Norland government']],
    ]);
    const check = await t.http().post(`/events/${event.id}/recompute`).set(bearer(t.adminKey)).expect(200);
    expect(check.body).toMatchObject({ eventId: event.id, holdings: { missing: [], extra: [] }, contradictions: [] });
  });
});
