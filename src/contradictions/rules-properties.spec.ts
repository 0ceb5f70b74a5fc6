import fc from 'fast-check';
import { inOneGo } from '../analysis/time-slices';
import { FacetValue } from '../common/columns';
import { context, group, Said } from '../../test/detection-groups';
import { Group } from './positions';
import { detectGroup, detectionSteps } from './rules';

/** What detection must always do, whatever the claims: order-free, symmetric, one position for many repeats. */

describe('detectGroup: what must always hold', () => {
  const claimants = ['jnim', 'army', 'afp', 'tv', 'intel'];
  const values: Record<string, fc.Arbitrary<FacetValue>> = {
    fatalities: fc.oneof(fc.constantFrom('none', 'about 20', 'several', 'dozens', 'at least 500', 'at least 10', 'at least 70', 'at least 77', 'enormous', 'between 100 and 300'), fc.integer({ min: 0, max: 600 })),
    outcome: fc.constantFrom('success', 'partial', 'repelled', 'foiled'),
    targets: fc.uniqueArray(fc.constantFrom('airport', 'school', 'barracks', 'palace'), { minLength: 1, maxLength: 3 }),
    occurred: fc.boolean(),
  };
  const saidList = (attribute: string) => fc.array(fc.record({
    by: fc.constantFrom(...claimants),
    value: values[attribute],
    polarity: fc.constantFrom<'asserted' | 'denied'>('asserted', 'asserted', 'denied'),
    exclusive: attribute === 'targets' ? fc.boolean() : fc.constant(false),
  }), { minLength: 1, maxLength: 12 }).map((list) => list.map((s, i) => ({ ...s, id: `c${String(i).padStart(3, '0')}` })));
  const results = (g: Group, parties: string[]) => {
    const r = detectGroup(g, context(parties));
    return { contradictions: r.contradictions.map((c) => ({ ...c })), revisions: r.revisions };
  };

  it('a value said in two wordings ("none", 0) is worded as its earliest claim says it, whatever the order (found by the property below)', () => {
    const said: Said[] = [
      { id: 'c000', by: 'jnim', value: 'none' }, { id: 'c001', by: 'jnim', value: 0 }, { id: 'c002', by: 'jnim', value: 'none' },
      { id: 'c003', by: 'jnim', value: 0, polarity: 'denied' }, { id: 'c004', by: 'jnim', value: 'none' },
    ];
    const reordered = [said[2], said[0], said[1], said[3], said[4]];
    expect(results(group('fatalities', reordered), []).revisions).toEqual([{ claimantId: 'jnim', values: ['none', 'not 0'] }]);
    expect(results(group('fatalities', said), []).revisions).toEqual([{ claimantId: 'jnim', values: ['none', 'not 0'] }]);
  });

  for (const attribute of Object.keys(values)) {
    it(`${attribute}: the result does not depend on the order claims arrive in`, () => {
      fc.assert(fc.property(saidList(attribute), fc.integer(), fc.subarray(claimants), (said, seed, parties) => {
        const shuffled = [...said].sort((a, b) => ((a.id.charCodeAt(3) * 31 + seed) % 7) - ((b.id.charCodeAt(3) * 31 + seed) % 7));
        expect(results(group(attribute, shuffled), parties)).toEqual(results(group(attribute, said), parties));
      }), { numRuns: 200 });
    });

    it(`${attribute}: detection is symmetric: if A contradicts B, B contradicts A, with the same record`, () => {
      fc.assert(fc.property(values[attribute], values[attribute], fc.constantFrom<'asserted' | 'denied'>('asserted', 'denied'), (a, b, polarity) => {
        const forward = results(group(attribute, [{ id: 'c1', by: 'jnim', value: a }, { id: 'c2', by: 'army', value: b, polarity }]), []);
        const backward = results(group(attribute, [{ id: 'c2', by: 'army', value: b, polarity }, { id: 'c1', by: 'jnim', value: a }]), []);
        expect(backward).toEqual(forward);
        const swapped = results(group(attribute, [{ id: 'c1', by: 'army', value: b, polarity }, { id: 'c2', by: 'jnim', value: a }]), []);
        expect(swapped.contradictions.map((c) => c.kind)).toEqual(forward.contradictions.map((c) => c.kind));
      }), { numRuns: 200 });
    });

    it(`${attribute}: a dispute's revisions only (detectionSteps with revisionsOnly) are the revisions detection finds`, () => {
      fc.assert(fc.property(saidList(attribute), fc.subarray(claimants), (said, parties) => {
        const full = results(group(attribute, said), parties).revisions;
        expect(inOneGo(detectionSteps(group(attribute, said), context(parties), true)).revisions).toEqual(full);
      }), { numRuns: 200 });
    });

    it(`${attribute}: many claims of one value make one position, not pairs`, () => {
      fc.assert(fc.property(saidList(attribute), (said) => {
        const repeated = said.flatMap((s, i) => [s, { ...s, id: `${s.id}-again-${i}` }]);
        expect(results(group(attribute, repeated), ['jnim', 'army']).contradictions.map((c) => c.identity))
          .toEqual(results(group(attribute, said), ['jnim', 'army']).contradictions.map((c) => c.identity));
      }), { numRuns: 100 });
    });
  }
});
