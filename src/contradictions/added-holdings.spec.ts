import { Facet } from '../claims/facet.entity';
import { AddedClaim, mergeHoldings } from './added-holdings';
import { FacetHolding } from './facet-holding.entity';
import { sameHoldings } from './holdings-after-lock';

const facet = (claimId: string, claimantId: string, attribute: string, valueKey: string): Facet =>
  ({ claimId, claimantId, attribute, subjectKey: '', valueKey, polarity: 'asserted', exclusive: false, timeFrom: null, timeTo: null }) as unknown as Facet;
const claim = (id: string, sourceId: string, statedAt: string | null, facets: Array<[string, string]>): AddedClaim =>
  ({ claim: { id, sourceId, statedAt }, facets: facets.map(([attribute, valueKey]) => facet(id, sourceId, attribute, valueKey)) });
const stored = (over: Partial<FacetHolding>): FacetHolding => ({
  id: 'h-old', eventId: 'e', attribute: 'fatalities', subjectKey: '', claimantId: 's1', valueKey: 'q:12', polarity: 'asserted', exclusive: false,
  timeFrom: null, timeTo: null, statedFrom: null, statedTo: null, firstClaimId: 'c0', claims: 2, ...over,
});

/**
 * mergeHoldings is the rule both paths follow (the JS merge, and on PostgreSQL the statements that
 * merge or only count in SQL): what a new facet does to its claimant's holding, and whether detection sees it.
 */
describe('mergeHoldings: new claims added to the stored holdings', () => {
  const cases: Array<[string, AddedClaim[], FacetHolding[], { claims: number[]; first: string[]; stated: Array<[string | null, string | null]>; visible: boolean }]> = [
    ['a new value makes a new holding, which detection sees', [claim('c5', 's1', null, [['fatalities', 'q:20']])], [stored({})],
      { claims: [1], first: ['c5'], stated: [[null, null]], visible: true }],
    ['a value held already counts one more claim, which detection does not see', [claim('c5', 's1', null, [['fatalities', 'q:12']])], [stored({})],
      { claims: [3], first: ['c0'], stated: [[null, null]], visible: false }],
    ['two claims of the batch on one holding count two', [claim('c5', 's1', null, [['fatalities', 'q:12']]), claim('c6', 's1', null, [['fatalities', 'q:12']])], [stored({})],
      { claims: [4], first: ['c0'], stated: [[null, null]], visible: false }],
    ['an earlier claim than the stored first one is seen', [claim('a1', 's1', null, [['fatalities', 'q:12']])], [stored({})],
      { claims: [3], first: ['a1'], stated: [[null, null]], visible: true }],
    ['a state of affairs widens its statement times, which is seen', [claim('c5', 's1', '2024-09-18T00:00:00Z', [['outcome', 'v:won']])],
      [stored({ attribute: 'outcome', valueKey: 'v:won', statedFrom: '2024-09-17T00:00:00Z', statedTo: '2024-09-17T00:00:00Z' })],
      { claims: [3], first: ['c0'], stated: [['2024-09-17T00:00:00Z', '2024-09-18T00:00:00Z']], visible: true }],
    ['a state of affairs said within its times is not seen', [claim('c5', 's1', '2024-09-17T00:00:00Z', [['outcome', 'v:won']])],
      [stored({ attribute: 'outcome', valueKey: 'v:won', statedFrom: '2024-09-17T00:00:00Z', statedTo: '2024-09-17T00:00:00Z' })],
      { claims: [3], first: ['c0'], stated: [['2024-09-17T00:00:00Z', '2024-09-17T00:00:00Z']], visible: false }],
    ['a claim that does not say when leaves a state of affairs without times, which is seen', [claim('c5', 's1', null, [['outcome', 'v:won']])],
      [stored({ attribute: 'outcome', valueKey: 'v:won', statedFrom: '2024-09-17T00:00:00Z', statedTo: '2024-09-17T00:00:00Z' })],
      { claims: [3], first: ['c0'], stated: [[null, null]], visible: true }],
    ['a stored state of affairs without times stays without', [claim('c5', 's1', '2024-09-18T00:00:00Z', [['outcome', 'v:won']])],
      [stored({ attribute: 'outcome', valueKey: 'v:won' })],
      { claims: [3], first: ['c0'], stated: [[null, null]], visible: false }],
    ['another claimant\'s holding is not joined', [claim('c5', 's2', null, [['fatalities', 'q:12']])], [stored({})],
      { claims: [1], first: ['c5'], stated: [[null, null]], visible: true }],
  ];

  it.each(cases)('%s', (_name, added, held, expected) => {
    const merged = mergeHoldings('e', added, held, () => 'h-new');
    expect(merged.written.map((h) => h.claims)).toEqual(expected.claims);
    expect(merged.written.map((h) => h.firstClaimId)).toEqual(expected.first);
    expect(merged.written.map((h) => [h.statedFrom, h.statedTo])).toEqual(expected.stated);
    expect(merged.groups.length > 0).toBe(expected.visible);
    expect(merged.replaced).toEqual(held.filter((h) => merged.written.some((w) => w.claimantId === h.claimantId && w.valueKey === h.valueKey)));
  });
});

describe('sameHoldings: the SQL merge checked against the JS one', () => {
  const a = stored({ id: 'x' });
  it.each([
    ['the same rows in another order', [a, stored({ id: 'y', valueKey: 'q:20' })], [stored({ id: 'y', valueKey: 'q:20' }), a], true],
    ['undefined and null alike', [{ ...a, timeFrom: undefined as unknown as null }], [a], true],
    ['a count differs', [a], [{ ...a, claims: 3 }], false],
    ['a row more', [a], [a, stored({ id: 'y' })], false],
    ['two rows with one id', [a, stored({ id: 'z' })], [a, a], false],
  ])('%s', (_name, left, right, same) => {
    expect(sameHoldings(left as FacetHolding[], right as FacetHolding[])).toBe(same);
  });
});
