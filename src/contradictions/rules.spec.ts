import { EMPTY_VOCABULARY, Vocabulary } from '../claims/canonical';
import { FacetValue } from '../common/columns';
import { context, group, independence, jnimVocabulary, kinds, Said } from '../../test/detection-groups';
import { corroborateGroup } from './corroboration';
import { Group } from './positions';
import { detectGroup } from './rules';

/** The contradiction rules of one group, by kind of value; time is in rules-time.spec.ts, the properties in rules-properties.spec.ts. */

describe('detectGroup: the rules', () => {
  it.each<[string, string, Said[], string[]]>([
    ['quantities that do not overlap', 'fatalities', [{ id: '1', by: 'jnim', value: 'at least 500' }, { id: '2', by: 'army', value: 'between 100 and 300' }], ['quantity_mismatch:medium']],
    ['none against about 20', 'fatalities', [{ id: '1', by: 'army', value: 'no casualties' }, { id: '2', by: 'afp', value: 'about 20' }], ['quantity_mismatch:high']],
    ['13 against 12', 'fatalities', [{ id: '1', by: 'army', value: 12 }, { id: '2', by: 'afp', value: 13 }], ['quantity_mismatch:low']],
    ['enormous against several', 'fatalities', [{ id: '1', by: 'jnim', value: 'enormous' }, { id: '2', by: 'army', value: 'several' }], ['quantity_mismatch:low']],
    ['dozens against 200', 'fatalities', [{ id: '1', by: 'jnim', value: 'dozens' }, { id: '2', by: 'army', value: 200 }], ['quantity_mismatch:medium']],
    ['heavy against 5', 'fatalities', [{ id: '1', by: 'jnim', value: 'heavy' }, { id: '2', by: 'army', value: 5 }], ['quantity_mismatch:medium']],
    ['different outcomes', 'outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'army', value: 'repelled' }], ['category_conflict:high']],
    ['an assertion and its denial', 'outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'army', value: 'success', polarity: 'denied' }], ['negation:high']],
    ['occurred against did not', 'occurred', [{ id: '1', by: 'jnim', value: true }, { id: '2', by: 'army', value: false }], ['negation:high']],
    ['an exclusive target list against another target', 'targets', [{ id: '1', by: 'army', value: ['school'], exclusive: true }, { id: '2', by: 'jnim', value: ['airport', 'school'] }], ['exclusive_set_conflict:medium']],
    ['overlapping time scopes that conflict', 'situation', [
      { id: '1', by: 'army', value: 'under_control', scope: ['2024-09-17T09:00:00Z', '2024-09-17T10:00:00Z'] },
      { id: '2', by: 'afp', value: 'fighting_ongoing', scope: ['2024-09-17T05:00:00Z', '2024-09-17T15:00:00Z'] }], ['category_conflict:high']],
    ['a denial said with another value, once (the category conflict)', 'outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'army', value: 'success', polarity: 'denied' }, { id: '3', by: 'army', value: 'repelled' }], ['category_conflict:high']],
    ['a denial by a source that asserts nothing else, beside a conflict', 'outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'afp', value: 'success', polarity: 'denied' }, { id: '3', by: 'army', value: 'repelled' }], ['category_conflict:high', 'negation:high']],
  ])('flags %s', (_, attribute, said, expected) => {
    expect(kinds(group(attribute, said))).toEqual(expected);
  });

  it.each<[string, FacetValue, FacetValue]>([
    ['several injured against ten', 'several', 10],
    ['scores against at least 200', 'scores', 'at least 200'],
    ['dozens against 21', 'dozens', 21],
    ['light against 12', 'light', 12],
  ])('does not flag a vague word against a figure close by: %s', (_, vague, figure) => {
    expect(kinds(group('fatalities', [{ id: '1', by: 'jnim', value: vague }, { id: '2', by: 'army', value: figure }]))).toEqual([]);
  });

  it.each<[string, string, Said[], Vocabulary]>([
    ['"about 20" against "20"', 'fatalities', [{ id: '1', by: 'tv', value: 'about 20' }, { id: '2', by: 'afp', value: 20 }], EMPTY_VOCABULARY],
    ['"dozens" against "at least 30"', 'fatalities', [{ id: '1', by: 'tv', value: 'dozens' }, { id: '2', by: 'afp', value: 'at least 30' }], EMPTY_VOCABULARY],
    ['"JNIM" against its full name', 'perpetrator', [{ id: '1', by: 'army', value: 'JNIM' }, { id: '2', by: 'afp', value: "Jama'at Nusrat al-Islam wal-Muslimin" }], jnimVocabulary()],
    ['"GSIM" against "jnim"', 'perpetrator', [{ id: '1', by: 'army', value: 'GSIM' }, { id: '2', by: 'afp', value: 'jnim' }], jnimVocabulary()],
    ['a broader term against a narrower one', 'perpetrator', [{ id: '1', by: 'army', value: 'jihadists' }, { id: '2', by: 'afp', value: 'JNIM' }], jnimVocabulary()],
    ['two non-exclusive target sets that differ', 'targets', [{ id: '1', by: 'jnim', value: ['airport', 'school'] }, { id: '2', by: 'afp', value: ['airport'] }], EMPTY_VOCABULARY],
    ['case and spacing', 'outcome', [{ id: '1', by: 'jnim', value: 'Repelled' }, { id: '2', by: 'afp', value: ' repelled ' }], EMPTY_VOCABULARY],
    ['time scopes that do not overlap', 'situation', [
      { id: '1', by: 'army', value: 'calm', scope: ['2024-09-17T16:00:00Z', null] },
      { id: '2', by: 'afp', value: 'fighting_ongoing', scope: ['2024-09-17T05:00:00Z', '2024-09-17T15:00:00Z'] }], EMPTY_VOCABULARY],
  ])('does not flag %s', (_, attribute, said, vocabulary) => {
    expect(kinds(group(attribute, said, vocabulary), context([], vocabulary))).toEqual([]);
  });

  it('does not flag two claims of the same source: it lists a revision', () => {
    const result = detectGroup(group('fatalities', [{ id: '1', by: 'army', value: 'none' }, { id: '2', by: 'army', value: 'about 20' }]), context());
    expect(result.contradictions).toEqual([]);
    expect(result.revisions).toEqual([{ claimantId: 'army', values: ['about 20', 'none'] }]);
  });

  it('does not compare quantities on different subjects (they are different groups)', () => {
    const aircraft = group('fatalities', [{ id: '1', by: 'jnim', value: 'several' }]);
    const vehicles = group('fatalities', [{ id: '2', by: 'army', value: 'none' }]);
    expect([...kinds({ ...aircraft, subject: 'aircraft', subjectKey: 'aircraft' }), ...kinds({ ...vehicles, subject: 'vehicles', subjectKey: 'vehicles' })]).toEqual([]);
  });

  it('flags the silence of a party to the conflict, and only of a party', () => {
    const said: Said[] = [{ id: '1', by: 'jnim', value: ['airport', 'school'] }, { id: '2', by: 'army', value: ['school'] }, { id: '3', by: 'afp', value: ['airport'] }];
    const [omission] = detectGroup(group('targets', said), context(['jnim', 'army'])).contradictions;
    expect(omission).toMatchObject({ kind: 'omission', severity: 'low', sideA: { value: 'airport', sourceIds: ['afp', 'jnim'] }, sideB: { value: null, sourceIds: ['army'] } });
    expect(omission.explanation).toBe('the army says nothing of airport among the targets, which AFP and JNIM assert');
    expect(kinds(group('targets', said), context([]))).toEqual([]);
  });

  it('names both claimants and both values', () => {
    const [c] = detectGroup(group('outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'army', value: 'repelled' }]), context()).contradictions;
    expect(c.explanation).toBe('JNIM says the outcome was success; the army says it was repelled');
    const [q] = detectGroup(group('fatalities', [{ id: '1', by: 'army', value: 'none' }, { id: '2', by: 'afp', value: 'about 20' }]), context()).contradictions;
    expect(q.explanation).toBe('the army puts the fatalities at none (0); AFP puts it at about 20 (16-24); the figures do not overlap');
  });

  it('says in words that a happening took place and that another denies it', () => {
    const said: Said[] = [{ id: '1', by: 'army', value: true }, { id: '2', by: 'jnim', value: true, polarity: 'denied' }];
    const [n] = detectGroup({ ...group('occurred', said), subject: 'exchange of fire', subjectKey: 'exchange of fire' }, context()).contradictions;
    expect(n.explanation).toBe('the army says the exchange of fire took place; JNIM denies it');
    const [p] = detectGroup(group('outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'army', value: 'success', polarity: 'denied' }]), context()).contradictions;
    expect(p.explanation).toBe('JNIM says the outcome: success; the army denies it');
  });

  it('finds corroboration between independent sources only', () => {
    const said: Said[] = [{ id: '1', by: 'jnim', value: ['airport', 'school'] }, { id: '2', by: 'afp', value: ['airport'] }, { id: '3', by: 'jnim', value: ['barracks'] }];
    const agreeing = (g: Group) => corroborateGroup(g, independence(), EMPTY_VOCABULARY).corroborations;
    expect(agreeing(group('targets', said)).map((c) => [c.value, c.pair])).toEqual([['airport', ['afp', 'jnim']]]);
    // The figure corroborates the approximation; the approximation, less precise, does not corroborate the figure.
    expect(agreeing(group('fatalities', [{ id: '1', by: 'tv', value: 'about 20' }, { id: '2', by: 'afp', value: 20 }])).map((c) => [c.value, c.corroboratingValue, c.pair]))
      .toEqual([['about 20', '20', ['tv', 'afp']]]);
    expect(agreeing(group('outcome', [{ id: '1', by: 'jnim', value: 'success' }, { id: '2', by: 'jnim', value: 'success' }]))).toEqual([]);
  });
});

describe('detectGroup: a denied figure', () => {
  it('keeps the denial of a figure beside the denier\'s own figure: the negation is high, the quantity conflict may be graded lower', () => {
    // "More than 200 were killed, disputing the government's toll of 129".
    const said: Said[] = [{ id: '1', by: 'army', value: 129 }, { id: '2', by: 'afp', value: 129, polarity: 'denied' }, { id: '3', by: 'afp', value: 'more than 200' }];
    expect(kinds(group('fatalities', said)).sort()).toEqual(['negation:high', 'quantity_mismatch:medium']);
  });
});

describe('detectGroup: one source, one side', () => {
  const hospital: Said = { id: '1', by: 'hospital', value: 'about 30' };

  it('makes one contradiction of two compatible figures of one source against another', () => {
    const found = detectGroup(group('fatalities', [hospital, { id: '2', by: 'jnim', value: 'at least 70' }, { id: '3', by: 'jnim', value: 'at least 77' }]), context()).contradictions;
    expect(found.map((c) => [c.kind, c.severity, c.sideA.value, c.sideB.value])).toEqual([['quantity_mismatch', 'medium', 'about 30 (24-36)', 'at least 70, at least 77']]);
    expect(found[0].sideB.sourceIds).toEqual(['jnim']);
    expect(found[0].explanation).toBe('the hospital puts the fatalities at about 30 (24-36); JNIM puts it at at least 70, at least 77; the figures do not overlap');
  });

  it('keeps the identity it had with one figure when a compatible second joins the side', () => {
    const one = detectGroup(group('fatalities', [hospital, { id: '2', by: 'jnim', value: 'at least 70' }]), context()).contradictions;
    const two = detectGroup(group('fatalities', [hospital, { id: '2', by: 'jnim', value: 'at least 70' }, { id: '3', by: 'jnim', value: 'at least 77' }]), context()).contradictions;
    expect(two.map((c) => c.identity)).toEqual(one.map((c) => c.identity));
    expect(two[0].fingerprint).not.toBe(one[0].fingerprint);
  });

  it('keeps two contradictions when the two figures are of two sources', () => {
    const found = detectGroup(group('fatalities', [hospital, { id: '2', by: 'jnim', value: 'at least 70' }, { id: '3', by: 'army', value: 'at least 77' }]), context()).contradictions;
    expect(found.map((c) => c.kind)).toEqual(['quantity_mismatch', 'quantity_mismatch']);
  });

  it('does not join a chain through shared sources that would put two conflicting figures on one side', () => {
    // jnim holds 10-40 and 35-60 (compatible), army holds 35-60 and 55-90 (compatible), but 10-40 and 55-90 conflict.
    const said: Said[] = [
      { id: '1', by: 'jnim', value: 'between 10 and 40' }, { id: '2', by: 'jnim', value: 'between 35 and 60' },
      { id: '3', by: 'army', value: 'between 35 and 60' }, { id: '4', by: 'army', value: 'between 55 and 90' },
    ];
    const found = detectGroup(group('fatalities', said), context()).contradictions;
    expect(found.map((c) => [c.sideA.value, c.sideB.value])).toEqual([['between 10 and 40 (10-40)', 'between 55 and 90 (55-90)']]);
  });
});

describe('detectGroup: omission', () => {
  const said: Said[] = [{ id: '1', by: 'jnim', value: ['airport', 'school'] }, { id: '2', by: 'army', value: ['school'] }, { id: '3', by: 'intel', value: ['rocket launchers'] }];
  const omissions = (parties: string[], sides: Record<string, string> = {}) =>
    detectGroup(group('targets', said), context(parties, EMPTY_VOCABULARY, sides)).contradictions.filter((c) => c.kind === 'omission').map((c) => [c.sideA.value, c.sideB.sourceIds]);

  it.each<[string, string[], Record<string, string>, Array<[string, string[]]>]>([
    ['a party silent on what a party of another side asserts', ['jnim', 'army'], {}, [['airport', ['army']]]],
    ['not on what only a source outside the conflict asserts (rocket launchers)', ['jnim', 'army'], {}, [['airport', ['army']]]],
    ['not a party silent on what its own side asserts', ['jnim', 'army'], { jnim: 'mali', army: 'mali' }, []],
    ['nobody silent when no party speaks', [], {}, []],
  ])('%s', (_, parties, sides, expected) => {
    expect(omissions(parties, sides)).toEqual(expected);
  });
});
