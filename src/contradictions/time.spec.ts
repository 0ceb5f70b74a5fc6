import fc from 'fast-check';
import { Holding } from './positions';
import { isStateOfAffairs, risingToll, scopeText, supersededTolls, timeRelation, timeText } from './time';

const T = (hour: number) => `2024-09-17T${String(hour).padStart(2, '0')}:00:00.000Z`;

function holding(scope: [number | null, number | null] | null, said: number | null): Holding {
  return {
    claimantId: 'x', valueKey: 't:x', valueText: 'x', polarity: 'asserted', exclusive: false, rangeMin: null, rangeMax: null, firstClaimId: '1',
    timeFrom: scope?.[0] != null ? T(scope[0]) : null, timeTo: scope?.[1] != null ? T(scope[1]) : null,
    statedFrom: said === null ? null : T(said), statedTo: said === null ? null : T(said),
  };
}

describe('timeRelation', () => {
  it.each<[string, Holding, Holding, boolean, string]>([
    ['no scope, no statement time: the whole event', holding(null, null), holding(null, null), true, 'overlap'],
    ['a state said at 10:00 and at 16:00', holding(null, 10), holding([5, 15], 16), true, 'revision_in_time'],
    ['a state said at one time', holding(null, 10), holding([5, 15], 10), true, 'overlap'],
    ['a state, one without a statement time: the scopes decide', holding(null, null), holding([5, 15], 16), true, 'overlap'],
    ['a state, both scoped: the scopes decide, overlapping', holding([9, 10], 10), holding([5, 15], 16), true, 'overlap'],
    ['a state, both scoped: the scopes decide, apart', holding([16, null], 16), holding([5, 15], 16), true, 'apart'],
    ['not a state: statement times do not count', holding(null, 10), holding([5, 15], 16), false, 'overlap'],
    ['not a state, scopes apart', holding([1, 2], null), holding([5, 15], null), false, 'apart'],
  ])('%s', (_, a, b, state, expected) => {
    expect(timeRelation(a, b, state)).toBe(expected);
    expect(timeRelation(b, a, state)).toBe(expected);
  });
});

describe('isStateOfAffairs', () => {
  it.each<[string, string[], boolean]>([
    ['situation', ['t:under control', 't:fighting ongoing'], true],
    ['outcome', ['t:ongoing', 't:repelled'], true],
    ['outcome', ['t:success', 't:repelled'], false],
    ['fatalities', ['q:30:30', 'q:70:open'], false],
  ])('%s %j: %s', (attribute, keys, expected) => {
    expect(isStateOfAffairs(attribute, keys)).toBe(expected);
  });
});

describe('time in words', () => {
  it.each<[string, string]>([[T(10), '2024-09-17 10:00 UTC'], ['2024-09-17T00:00:00.000Z', '2024-09-17']])('%s reads %s', (iso, text) => {
    expect(timeText(iso)).toBe(text);
  });
  it.each<[string | null, string | null, string]>([
    [T(5), T(15), '2024-09-17 05:00 UTC to 15:00 UTC'], [T(5), null, 'from 2024-09-17 05:00 UTC'], [null, T(15), 'until 2024-09-17 15:00 UTC'], [null, null, ''],
    [T(5), '2024-09-18T02:00:00.000Z', '2024-09-17 05:00 UTC to 2024-09-18 02:00 UTC'],
  ])('%s to %s reads %s', (from, to, text) => {
    expect(scopeText(from, to)).toBe(text);
  });
});

/** A toll of `by`: [min, max] said at `said` (an hour of 2024-09-17), asserted unless `denied`. */
function toll(by: string, min: number, max: number | null, said: number | null, denied = false): Holding {
  return {
    claimantId: by, valueKey: `q:${min}-${max}`, valueText: `${min}-${max}`, polarity: denied ? 'denied' : 'asserted', exclusive: false, rangeMin: min, rangeMax: max,
    firstClaimId: `${by}${said}`, timeFrom: null, timeTo: null, statedFrom: said === null ? null : T(said), statedTo: said === null ? null : T(said),
  };
}

describe('risingToll', () => {
  it.each<[string, string, Holding, Holding, boolean, boolean]>([
    ['82 then 91, one side', 'fatalities', toll('a', 82, 82, 9), toll('b', 91, 91, 15), true, true],
    ['the same, not one side', 'fatalities', toll('a', 82, 82, 9), toll('b', 91, 91, 15), false, false],
    ['not a toll', 'captured', toll('a', 82, 82, 9), toll('b', 91, 91, 15), true, false],
    ['falling', 'fatalities', toll('a', 91, 91, 9), toll('b', 82, 82, 15), true, false],
    ['said at one time', 'fatalities', toll('a', 82, 82, 9), toll('b', 91, 91, 9), true, false],
    ['no statement time', 'fatalities', toll('a', 82, 82, null), toll('b', 91, 91, 15), true, false],
    ['three times as high', 'fatalities', toll('a', 30, 30, 9), toll('b', 90, 90, 15), true, false],
    ['a ceiling first', 'fatalities', toll('a', 0, 50, 9), toll('b', 60, 60, 15), true, false],
    ['a denial', 'fatalities', toll('a', 82, 82, 9, true), toll('b', 91, 91, 15), true, false],
    ['one source', 'fatalities', toll('a', 82, 82, 9), toll('a', 91, 91, 15), true, false],
  ])('%s', (_, attribute, a, b, oneSide, expected) => {
    expect(risingToll(attribute, a, b, oneSide)).toBe(expected);
    expect(risingToll(attribute, b, a, oneSide)).toBe(expected);
  });
});

describe('supersededTolls', () => {
  const earlier = toll('h', 59, 59, 9);
  it.each<[string, string, Holding[], Holding[]]>([
    ['59, then 100 of the same source', 'fatalities', [earlier, toll('h', 100, 100, 15)], [earlier]],
    ['100 of another source', 'fatalities', [earlier, toll('x', 100, 100, 15)], []],
    ['a later figure that overlaps', 'fatalities', [earlier, toll('h', 50, null, 15)], []],
    ['a later "none"', 'fatalities', [earlier, toll('h', 0, 0, 15)], []],
    ['said at one time', 'fatalities', [earlier, toll('h', 100, 100, 9)], []],
    ['not a toll', 'captured', [earlier, toll('h', 100, 100, 15)], []],
  ])('%s', (_, attribute, holdings, expected) => {
    expect([...supersededTolls(attribute, holdings)]).toEqual(expected);
  });
});

describe('supersededTolls, against the rule read pair by pair', () => {
  /** The rule as written: a figure with a count of its own source said after it, asserted, not "none", lying apart. */
  const pairwise = (holdings: Holding[]) => holdings.filter((h) => h.statedTo !== null && h.polarity !== 'denied' && holdings.some((g) => g.claimantId === h.claimantId
    && g !== h && g.polarity === 'asserted' && (g.rangeMin ?? 0) > 0 && g.statedFrom !== null && h.statedTo! < g.statedFrom
    && h.rangeMin !== null && g.rangeMin !== null && ((h.rangeMax !== null && h.rangeMax < g.rangeMin) || (g.rangeMax !== null && g.rangeMax < h.rangeMin))));

  it('finds the same figures, whatever the sources, times, ranges and denials', () => {
    const holdingArb = fc.record({
      by: fc.constantFrom('a', 'b', 'c'), min: fc.integer({ min: 0, max: 40 }), width: fc.option(fc.integer({ min: 0, max: 20 })),
      from: fc.option(fc.integer({ min: 0, max: 20 })), span: fc.integer({ min: 0, max: 3 }), denied: fc.boolean(),
    }).map(({ by, min, width, from, span, denied }) => ({
      ...toll(by, min, width === null ? null : min + width, from, denied),
      statedTo: from === null ? null : T(Math.min(23, from + span)),
    }));
    fc.assert(fc.property(fc.array(holdingArb, { maxLength: 12 }), (holdings) => {
      expect([...supersededTolls('fatalities', holdings)].sort(byId)).toEqual(pairwise(holdings).sort(byId));
    }), { numRuns: 500 });
  });

  const byId = (a: Holding, b: Holding) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
});
