import { EMPTY_VOCABULARY } from '../claims/canonical';
import { context, group, kinds, Said } from '../../test/detection-groups';
import { detectGroup } from './rules';

/** Detection over time (rule 7): revisions in time of a state of affairs, tolls rising within one camp, tolls a source superseded. */

describe('detectGroup: time', () => {
  const army: Said = { id: '1', by: 'army', value: 'under_control', at: '2024-09-17T10:00:00.000Z' };
  const afp: Said = { id: '2', by: 'afp', value: 'fighting_ongoing', scope: ['2024-09-17T05:00:00.000Z', '2024-09-17T15:00:00.000Z'], at: '2024-09-17T16:00:00.000Z' };

  it('reads a later statement on a changed situation as a revision in time, low, earlier statement first', () => {
    const [c] = detectGroup(group('situation', [afp, army]), context()).contradictions;
    expect([c.kind, c.severity, c.sideA.value, c.sideB.value]).toEqual(['revision_in_time', 'low', 'under_control', 'fighting_ongoing']);
    expect(c.explanation).toBe('the army said at 2024-09-17 10:00 UTC the situation was under control; AFP said at 2024-09-17 16:00 UTC it was fighting ongoing: '
      + 'a later statement on a situation that can change, a revision in time rather than a flat contradiction');
  });

  it('says "not" of a side that later denies the state the other side said', () => {
    const denial: Said = { id: '3', by: 'army', value: 'fighting_ongoing', polarity: 'denied', at: '2024-09-18T10:00:00.000Z' };
    const [c] = detectGroup(group('situation', [afp, denial]), context()).contradictions;
    expect([c.kind, c.sideA.value, c.sideB.value]).toEqual(['revision_in_time', 'fighting_ongoing', 'not fighting_ongoing']);
    expect(c.explanation).toBe('AFP said at 2024-09-17 16:00 UTC the situation was fighting ongoing; the army said at 2024-09-18 10:00 UTC it was not fighting ongoing: '
      + 'a later statement on a situation that can change, a revision in time rather than a flat contradiction');
  });

  it.each<[string, string, Said, Said, string[]]>([
    ['said at one time', 'situation', army, { ...afp, at: army.at }, ['category_conflict:high']],
    ['one without a statement time (the whole event)', 'situation', { ...army, at: undefined }, afp, ['category_conflict:high']],
    ['both with time scopes that overlap', 'situation', { ...army, scope: ['2024-09-17T09:00:00.000Z', '2024-09-17T10:00:00.000Z'] }, afp, ['category_conflict:high']],
    ['both with time scopes apart', 'situation', { ...army, scope: ['2024-09-17T16:00:00.000Z', null] }, afp, []],
    ['outcome ongoing said at different times', 'outcome', { ...army, value: 'ongoing' }, { ...afp, value: 'repelled', scope: undefined }, ['revision_in_time:low']],
    ['outcomes that are final, said at different times', 'outcome', { ...army, value: 'success' }, { ...afp, value: 'repelled', scope: undefined }, ['category_conflict:high']],
  ])('%s (%s)', (_, attribute, a, b, expected) => {
    expect(kinds(group(attribute, [a, b]))).toEqual(expected);
  });

  const [monday, tuesday] = ['2024-09-16T18:00:00.000Z', '2024-09-17T12:00:00.000Z'];
  const camp = ['army', 'spokesman'];
  it.each<[string, Said, Said, string[], string[]?]>([
    ['a toll rising between two statements of one camp', { id: '1', by: 'army', value: 82, at: monday }, { id: '2', by: 'spokesman', value: 91, at: tuesday }, [], camp],
    ['a toll rising from an exact count to an open one', { id: '1', by: 'army', value: 136, at: monday }, { id: '2', by: 'spokesman', value: 'at least 147', at: tuesday }, [], camp],
    ['a toll falling: the later figure is lower', { id: '1', by: 'army', value: 100, at: monday }, { id: '2', by: 'spokesman', value: 84, at: tuesday }, ['quantity_mismatch:low'], camp],
    ['two tolls said at one time', { id: '1', by: 'army', value: 59, at: tuesday }, { id: '2', by: 'spokesman', value: 100, at: tuesday }, ['quantity_mismatch:medium'], camp],
    ['one toll without a statement time', { id: '1', by: 'army', value: 59 }, { id: '2', by: 'spokesman', value: 100, at: tuesday }, ['quantity_mismatch:medium'], camp],
    ['a toll three times as high later', { id: '1', by: 'army', value: 'about 30', at: monday }, { id: '2', by: 'spokesman', value: 'at least 152', at: tuesday }, ['quantity_mismatch:high'], camp],
    ['a ceiling said first', { id: '1', by: 'army', value: 'no more than 100', at: monday }, { id: '2', by: 'spokesman', value: 'at least 200', at: tuesday }, ['quantity_mismatch:medium'], camp],
    ['none said first', { id: '1', by: 'army', value: 'none', at: monday }, { id: '2', by: 'spokesman', value: 2, at: tuesday }, ['quantity_mismatch:medium'], camp],
    ['a higher toll later from a source outside the camp', { id: '1', by: 'army', value: 'about 60', at: monday }, { id: '2', by: 'afp', value: 'at least 147', at: tuesday }, ['quantity_mismatch:medium'], camp],
    ['a higher toll later from a party on the other side', { id: '1', by: 'army', value: 21, at: monday }, { id: '2', by: 'jnim', value: 'more than 40', at: tuesday }, ['quantity_mismatch:medium'], ['army', 'jnim']],
    ['one side, but the spokesman is no party to the conflict', { id: '1', by: 'army', value: 82, at: monday }, { id: '2', by: 'spokesman', value: 91, at: tuesday }, ['quantity_mismatch:low'], ['army']],
  ])('tolls: %s', (_, a, b, expected, parties = []) => {
    const sides = { spokesman: 'army' };
    expect(kinds(group('fatalities', [a, b]), context(parties, EMPTY_VOCABULARY, sides))).toEqual(expected);
    expect(kinds(group('fatalities', [b, a]), context(parties, EMPTY_VOCABULARY, sides))).toEqual(expected);
  });

  it('does not hold a toll a source has superseded against others, and lists it as the source\'s revision', () => {
    const result = detectGroup(group('fatalities', [
      { id: '1', by: 'hospital', value: 59, at: monday }, { id: '2', by: 'hospital', value: 100, at: tuesday },
      { id: '3', by: 'afp', value: 84, at: '2024-09-19T12:00:00.000Z' }, { id: '4', by: 'army', value: 'at least 100', at: monday },
    ]), context());
    expect(result.contradictions.map((c) => [c.sideA.value, c.sideB.value].sort()).sort()).toEqual([['100', '84'], ['84', 'at least 100']]);
    expect(result.revisions).toEqual([{ claimantId: 'hospital', values: ['100', '59'] }]);
  });

  it.each<[string, string, Said[], number]>([
    ['without statement times', 'fatalities', [{ id: '1', by: 'hospital', value: 59 }, { id: '2', by: 'hospital', value: 100 }, { id: '3', by: 'afp', value: 84 }], 2],
    ['the later figure compatible with the earlier', 'fatalities', [{ id: '1', by: 'hospital', value: 'at least 50', at: monday }, { id: '2', by: 'hospital', value: 100, at: tuesday }, { id: '3', by: 'afp', value: 84, at: tuesday }], 1],
    ['when the later is "none" (no count)', 'fatalities', [{ id: '1', by: 'hospital', value: 59, at: monday }, { id: '2', by: 'hospital', value: 'none', at: tuesday }, { id: '3', by: 'afp', value: 84, at: tuesday }], 2],
    ['not a toll', 'outcome', [{ id: '1', by: 'hospital', value: 'success', at: monday }, { id: '2', by: 'hospital', value: 'repelled', at: tuesday }, { id: '3', by: 'afp', value: 'partial', at: tuesday }], 2],
  ])('compares every figure of a source %s (%s)', (_, attribute, said, count) => {
    expect(detectGroup(group(attribute, said), context()).contradictions).toHaveLength(count);
  });

  it('lists one source that changed its account over time as a revision of its own', () => {
    const result = detectGroup(group('situation', [army, { ...afp, by: 'army' }]), context());
    expect(result.contradictions).toEqual([]);
    expect(result.revisions).toEqual([{ claimantId: 'army', values: ['fighting_ongoing', 'under_control'] }]);
  });
});
