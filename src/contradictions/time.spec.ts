import { Holding } from './positions';
import { isStateOfAffairs, scopeText, timeRelation, timeText } from './time';

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
