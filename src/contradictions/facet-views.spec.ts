import { presentFacet } from '../claims/claim-view';
import { Facet } from '../claims/facet.entity';
import { FACETS_IN_KEY_ORDER, facetViewsOf } from './contradiction-views';

/** JSON with every object's keys sorted: what a report writes. */
const sorted = (value: unknown): unknown => (Array.isArray(value) ? value.map(sorted)
  : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])])) : value);

const facet = (claimId: string, value: Facet['value'], extra: Partial<Facet> = {}): Facet => ({
  id: `${claimId}-${JSON.stringify(value)}`, claimId, eventId: 'e1', claimantId: 's1', ordinal: 0, attribute: 'fatalities', subject: null, subjectKey: '',
  value, valueKey: 'k', valueText: 't', rangeMin: null, rangeMax: null, polarity: 'asserted', exclusive: false, timeFrom: null, timeTo: null, ...extra,
}) as Facet;

describe('facetViewsOf: the views of a reading, keys in sorted order', () => {
  it.each<[string, Facet]>([
    ['a range given max first', facet('c1', { max: 30, min: 20 } as Facet['value'])],
    ['a range without a maximum', facet('c1', { min: 20 })],
    ['a list, a subject and a time scope', facet('c2', ['school', 'airport'], { attribute: 'targets', subject: 'the <b>base</b>', subjectKey: 'base', timeFrom: '2024-09-17', timeTo: null, exclusive: true, polarity: 'denied' })],
    ['a word', facet('c3', 'repelled')],
  ])('%s: the same JSON as the view with sorted keys, and the list marked', async (_, f) => {
    const views = await facetViewsOf([f], async () => undefined);
    const list = views.get(f.claimId)!;
    expect(JSON.stringify(list)).toBe(JSON.stringify(sorted([presentFacet(f)])));
    expect(FACETS_IN_KEY_ORDER.has(list)).toBe(true);
  });
});
