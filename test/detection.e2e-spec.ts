import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { claimBody, create, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

describe('detection on the Bamako demo case', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  const get = async (path: string) => (await t.http().get(path).set(bearer(t.keys.viewer)).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
  });
  afterAll(() => t.close());

  it('finds the outcome conflict between JNIM and the army chief, high, explained by name and value', async () => {
    const { items } = await get(`/events/${demo.event.id}/contradictions`);
    const outcome = items.find((c: any) => c.attribute === 'outcome');
    expect(outcome).toMatchObject({ kind: 'category_conflict', severity: 'high', status: 'open', detectedBy: 'rule:category_conflict' });
    const sides = [outcome.sideA, outcome.sideB];
    expect(sides).toEqual(expect.arrayContaining([
      { value: 'success', claimIds: [demo.claims[0].id], sourceIds: [demo.sources.jnim.id], statedAt: null, timeScope: null },
      { value: 'repelled', claimIds: [demo.claims[2].id], sourceIds: [demo.sources.armyChief.id], statedAt: null, timeScope: null },
    ]));
    expect([outcome.claimAId, outcome.claimBId].sort()).toEqual([demo.claims[0].id, demo.claims[2].id].sort());
    expect(outcome.explanation).toMatch(/JNIM says the outcome was success/);
    expect(outcome.explanation).toMatch(/army chief of staff says it was repelled/);
  });

  it("flags the army's silence on the airport as a low omission", async () => {
    const { items } = await get(`/events/${demo.event.id}/contradictions`);
    const omission = items.find((c: any) => c.kind === 'omission' && c.attribute === 'targets');
    expect(omission).toMatchObject({ severity: 'low', sideA: { value: 'military airport' } });
    expect(omission.sideA.sourceIds.sort()).toEqual([demo.sources.jnim.id, demo.sources.afp.id].sort());
    expect(omission.sideB.sourceIds).toEqual([demo.sources.armyChief.id]);
    expect(omission.sideB.claimIds).toEqual(demo.claims.slice(1, 4).map((c) => c.id));
    expect(omission.explanation).toBe('army chief of staff says nothing of military airport among the targets, which JNIM and AFP assert');
  });

  it("has the army chief concede JNIM's gendarmerie school target (an admission against interest), AFP not corroborate the JNIM statement it conveys, and nobody confirm the aircraft", async () => {
    const { items, compatible } = await get(`/events/${demo.event.id}/corroborations`);
    expect(items.map((c: any) => [c.attribute, c.value])).toEqual([['targets', 'gendarmerie school']]);
    expect(items[0]).toMatchObject({
      sourceIds: [demo.sources.jnim.id, demo.sources.armyChief.id].sort(), claimIds: [demo.claims[0].id, demo.claims[3].id].sort(),
      corroboratingValue: null, vague: false, admissionsAgainstInterest: [demo.sources.jnim.id, demo.sources.armyChief.id].sort(),
    });
    // AFP relays JNIM's statement in its wire: the two agree on the airport but are not independent.
    expect(compatible).toEqual([expect.objectContaining({
      attribute: 'targets', value: 'military airport', why: 'not_independent', sourceIds: [demo.sources.jnim.id, demo.sources.afp.id].sort(),
    })]);
  });

  it('lists the contested attributes with their positions', async () => {
    const { items } = await get(`/events/${demo.event.id}/disputes`);
    const outcome = items.find((d: any) => d.attribute === 'outcome');
    expect(outcome.positions.map((p: any) => [p.value, p.sourceIds])).toEqual(expect.arrayContaining([
      ['success', [demo.sources.jnim.id]], ['repelled', [demo.sources.armyChief.id]],
    ]));
  });

  it('suggests a credibility grade with reasons', async () => {
    const afp = await get(`/claims/${demo.claims[4].id}/credibility`);
    expect(afp.suggested).toBe(4);
    expect(afp.reasons).toEqual([
      'targets military airport is also asserted by JNIM (military airport), not independent: AFP conveys claims of JNIM on this event',
      'not contradicted but met with silence: army chief of staff says nothing of military airport (targets), which JNIM and AFP assert',
      'contradicted (category_conflict, high) by army chief of staff (under control): army chief of staff says the situation was under control; AFP says it was fighting ongoing',
    ]);
    const army = await get(`/claims/${demo.claims[3].id}/credibility`);
    expect(army.suggested).toBe(1);
    expect(army.reasons[0]).toBe('targets gendarmerie school is corroborated by JNIM (gendarmerie school), an admission against interest: JNIM is a party to the conflict on the other side, the strongest corroboration');
    const stateTv = await get(`/claims/${demo.claims[5].id}/credibility`);
    expect(stateTv.suggested).toBe(3);
    expect(stateTv.reasons.join(" ")).toMatch(/reliability is C/);
  });

  it('keeps triage through a recomputation and reopens it when the sources it rests on change', async () => {
    const { items } = await get(`/events/${demo.event.id}/contradictions`);
    const outcome = items.find((c: any) => c.attribute === 'outcome');
    await t.http().patch(`/contradictions/${outcome.id}`).set(bearer(t.keys.viewer)).send({ status: 'dismissed' }).expect(403);
    const dismissed = await t.http().patch(`/contradictions/${outcome.id}`).set(bearer(t.keys.reviewer))
      .send({ status: 'dismissed', note: 'the army statement predates the end of the fighting' }).expect(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', note: 'the army statement predates the end of the fighting' });

    // A claim that changes nothing the contradiction rests on, and a full recomputation: still dismissed.
    await create(t, '/claims', claimBody(demo.sources.stateTv.id, { eventId: demo.event.id, facets: [{ attribute: 'captured', value: 20 }] }));
    const { DetectionService } = await import('../src/contradictions/detection.service');
    const { WriteQueue } = await import('../src/database/write-queue');
    await t.app.get(WriteQueue).transaction((manager) => t.app.get(DetectionService).recomputeEvent(manager, demo.event.id, t.admin));
    expect((await get(`/contradictions/${outcome.id}`)).status).toBe('dismissed');
    expect((await get(`/events/${demo.event.id}/contradictions?status=dismissed`)).items.map((c: any) => c.id)).toEqual([outcome.id]);

    // A new source joins the army's side: the ground moved, so it reopens, with an audit entry saying why.
    const ministry = await create(t, '/sources', sourceBody({ name: 'Ministry of Defence', kind: 'government', stake: 'party_to_conflict' }));
    await create(t, '/claims', claimBody(ministry.id, { eventId: demo.event.id, facets: [{ attribute: 'outcome', value: 'Repelled' }] }));
    const reopened = await get(`/contradictions/${outcome.id}`);
    expect(reopened.status).toBe('open');
    expect(reopened.sideB.sourceIds.length + reopened.sideA.sourceIds.length).toBe(3);
    const audit = await get(`/audit?entity=contradiction&entityId=${outcome.id}`);
    expect(audit.items.at(-1).after.reopenedBecause).toBe('the facets it rests on changed');
  });

  it('records a contradiction found by hand and leaves it through recomputation', async () => {
    const made = await t.http().post(`/events/${demo.event.id}/contradictions`).set(bearer(t.keys.editor)).send({
      claimAId: demo.claims[5].id, claimBId: demo.claims[2].id, attribute: 'captured', severity: 'medium',
      explanation: 'State television shows prisoners; the army chief says the attackers were neutralized',
    }).expect(201);
    expect(made.body).toMatchObject({ detectedBy: `person:${(await get('/audit?entity=contradiction')).items.at(-1).actorId}`, status: 'open' });
    expect(made.body.sideA.claimIds).toEqual([demo.claims[5].id]);
    await create(t, '/claims', claimBody(demo.sources.afp.id, { eventId: demo.event.id, facets: [{ attribute: 'captured', value: 'about 20' }] }));
    expect((await get(`/contradictions/${made.body.id}`)).detectedBy).toMatch(/^person:/);
  });
});
