import fc from 'fast-check';
import { Actor } from '../src/auth/access.decorator';
import { ClaimsService } from '../src/claims/claims.service';
import { FacetDto } from '../src/claims/dto/create-claim.dto';
import { Contradiction } from '../src/contradictions/contradiction.entity';
import { DetectionService } from '../src/contradictions/detection.service';
import { WriteQueue } from '../src/database/write-queue';
import { EventsService } from '../src/events/events.service';
import { SourcesService } from '../src/sources/sources.service';
import { startTestApp, TestApp } from './harness';

/** What a person sees of the stored contradictions, without ids and times. */
async function snapshot(t: TestApp, eventId: string) {
  const rows = await t.dataSource.getRepository(Contradiction).find({ where: { eventId } });
  return rows
    .map((c) => ({ identity: c.identity, kind: c.kind, severity: c.severity, fingerprint: c.fingerprint, status: c.status, a: c.sideA.sourceIds, b: c.sideB.sourceIds }))
    .sort((x, y) => (x.identity < y.identity ? -1 : 1));
}

const facet = fc.oneof(
  fc.record({ attribute: fc.constant('fatalities'), value: fc.constantFrom<FacetDto['value']>('none', 'about 20', 'several', 'at least 500', 'enormous', 12) }),
  fc.record({ attribute: fc.constant('outcome'), value: fc.constantFrom('success', 'repelled', 'foiled'), polarity: fc.constantFrom<'asserted' | 'denied'>('asserted', 'denied') }),
  fc.record({ attribute: fc.constant('targets'), value: fc.uniqueArray(fc.constantFrom('airport', 'school', 'barracks'), { minLength: 1, maxLength: 2 }), exclusive: fc.boolean() }),
  fc.record({ attribute: fc.constant('attacked'), subject: fc.constant('airport'), value: fc.boolean() }),
);
const operation = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('create' as const), source: fc.nat(3), facets: fc.array(facet, { minLength: 1, maxLength: 3 }) }), weight: 4 },
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), facets: fc.array(facet, { minLength: 0, maxLength: 3 }) }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
);

describe('detection: incremental runs equal a full recomputation', () => {
  let t: TestApp;
  let actor: Actor;
  let sources: string[];
  beforeAll(async () => {
    t = await startTestApp();
    actor = t.admin;
    const service = t.app.get(SourcesService);
    sources = [];
    for (const [name, stake] of [['JNIM', 'party_to_conflict'], ['Army', 'party_to_conflict'], ['AFP', 'independent'], ['State TV', 'official']] as const) {
      sources.push((await service.create({ name, kind: 'other', stake }, actor)).id);
    }
  });
  afterAll(() => t.close());

  it('stores after every sequence of changes what a full recomputation finds, in any arrival order', async () => {
    const claims = t.app.get(ClaimsService);
    const events = t.app.get(EventsService);
    let found = 0;
    await fc.assert(fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 14 }), async (operations) => {
      const event = await events.create({ title: 'Property event', type: 'battles' }, actor);
      const live: Array<{ id: string; source: string; facets: FacetDto[] }> = [];
      for (const step of operations) {
        if (step.op === 'create') {
          const claim = await claims.create({ sourceId: sources[step.source], eventId: event.id, text: 'generated', facets: step.facets }, actor);
          live.push({ id: claim.id, source: sources[step.source], facets: step.facets });
        } else if (live.length) {
          const index = step.pick % live.length;
          if (step.op === 'update') {
            await claims.update(live[index].id, { facets: step.facets }, actor);
            live[index].facets = step.facets;
          } else {
            await claims.remove(live[index].id, actor);
            live.splice(index, 1);
          }
        }
      }
      const incremental = await snapshot(t, event.id);
      found += incremental.length;
      const changes = await t.app.get(WriteQueue).transaction((m) => t.app.get(DetectionService).recomputeEvent(m, event.id, actor));
      expect(changes).toEqual([]);
      expect(await snapshot(t, event.id)).toEqual(incremental);

      const reversed = await events.create({ title: 'Same claims, reverse order', type: 'battles' }, actor);
      for (const claim of [...live].reverse()) await claims.create({ sourceId: claim.source, eventId: reversed.id, text: 'again', facets: claim.facets }, actor);
      const strip = (rows: Awaited<ReturnType<typeof snapshot>>) => rows.map(({ identity, kind, severity, fingerprint }) => ({ identity, kind, severity, fingerprint }));
      expect(strip(await snapshot(t, reversed.id))).toEqual(strip(incremental));
    }), { numRuns: 25 });
    // The generated cases do conflict: the property is not passing on empty results.
    expect(found).toBeGreaterThan(25);
  });
});
