import fc from 'fast-check';
import { inOneGo } from '../analysis/time-slices';
import { AttributeKind } from '../attributes/attribute.entity';
import { canonicalValue, EMPTY_VOCABULARY, termKey, Vocabulary } from '../claims/canonical';
import { FacetValue } from '../common/columns';
import { corroborateGroup } from './corroboration';
import { EventContext } from './findings';
import { independenceOf, SourceFacts } from './independence';
import { Group, Holding } from './positions';
import { detectGroup, detectionSteps } from './rules';

/** A claim as a test writes it: who says it, and one facet. */
interface Said {
  id: string;
  by: string;
  value: FacetValue;
  polarity?: 'asserted' | 'denied';
  exclusive?: boolean;
  scope?: [string | null, string | null];
  /** When it was said. */
  at?: string;
}

const KINDS: Record<string, AttributeKind> = { fatalities: 'quantity', outcome: 'category', perpetrator: 'category', targets: 'set', occurred: 'boolean', situation: 'category' };

function jnimVocabulary(): Vocabulary {
  const vocabulary: Vocabulary = { sources: new Map(), equivalents: new Map(), narrower: new Map() };
  for (const name of ['jnim', 'gsim', 'jamaat nusrat al islam wal muslimin']) vocabulary.sources.set(name, 'source-jnim');
  vocabulary.narrower.set(termKey(vocabulary, 'perpetrator', 'jihadists'), new Set([termKey(vocabulary, 'perpetrator', 'JNIM')]));
  return vocabulary;
}

function group(attribute: string, said: Said[], vocabulary: Vocabulary = EMPTY_VOCABULARY): Group {
  const kind = KINDS[attribute];
  return {
    attribute, kind, subject: null, subjectKey: '',
    holdings: said.map((s): Holding => ({
      claimantId: s.by, firstClaimId: s.id, polarity: s.polarity ?? 'asserted', exclusive: s.exclusive ?? false,
      timeFrom: s.scope?.[0] ?? null, timeTo: s.scope?.[1] ?? null, statedFrom: s.at ?? null, statedTo: s.at ?? null,
      ...canonicalValue(kind, attribute, s.value, vocabulary),
    })),
  };
}

function context(parties: string[] = [], vocabulary: Vocabulary = EMPTY_VOCABULARY, sides: Record<string, string> = {}): EventContext {
  return {
    vocabulary, parties: new Map(parties.map((p) => [p, `first-${p}`])), sides: new Map(Object.entries(sides)),
    names: new Map([['jnim', 'JNIM'], ['army', 'the army'], ['afp', 'AFP'], ['hospital', 'the hospital'], ['spokesman', 'the spokesman']]),
  };
}

/** Every source independent of every other, but the ones named. */
function independence(stakes: Record<string, SourceFacts['stake']> = {}) {
  const ids = ['jnim', 'army', 'afp', 'tv', 'intel', 'hospital'];
  return independenceOf(ids.map((id) => ({ id, name: id, aliases: [], stake: stakes[id] ?? 'independent', side: null })), []);
}

const kinds = (g: Group, c = context()) => detectGroup(g, c).contradictions.map((d) => `${d.kind}:${d.severity}`);

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

describe('detectGroup: time', () => {
  const army: Said = { id: '1', by: 'army', value: 'under_control', at: '2024-09-17T10:00:00.000Z' };
  const afp: Said = { id: '2', by: 'afp', value: 'fighting_ongoing', scope: ['2024-09-17T05:00:00.000Z', '2024-09-17T15:00:00.000Z'], at: '2024-09-17T16:00:00.000Z' };

  it('reads a later statement on a changed situation as a revision in time, low, earlier statement first', () => {
    const [c] = detectGroup(group('situation', [afp, army]), context()).contradictions;
    expect([c.kind, c.severity, c.sideA.value, c.sideB.value]).toEqual(['revision_in_time', 'low', 'under_control', 'fighting_ongoing']);
    expect(c.explanation).toBe('the army said at 2024-09-17 10:00 UTC the situation was under control; AFP said at 2024-09-17 16:00 UTC it was fighting ongoing: '
      + 'a later statement on a situation that can change, a revision in time rather than a flat contradiction');
  });

  it.each<[string, Said, Said, string[]]>([
    ['said at one time', army, { ...afp, at: army.at }, ['category_conflict:high']],
    ['one without a statement time (the whole event)', { ...army, at: undefined }, afp, ['category_conflict:high']],
    ['both with time scopes that overlap', { ...army, scope: ['2024-09-17T09:00:00.000Z', '2024-09-17T10:00:00.000Z'] }, afp, ['category_conflict:high']],
    ['both with time scopes apart', { ...army, scope: ['2024-09-17T16:00:00.000Z', null] }, afp, []],
    ['outcome ongoing said at different times', { ...army, value: 'ongoing' }, { ...afp, value: 'repelled', scope: undefined }, ['revision_in_time:low']],
    ['outcomes that are final, said at different times', { ...army, value: 'success' }, { ...afp, value: 'repelled', scope: undefined }, ['category_conflict:high']],
  ])('%s', (_, a, b, expected) => {
    const attribute = a.value === 'under_control' ? 'situation' : 'outcome';
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

  it.each<[string, Said[], number]>([
    ['without statement times', [{ id: '1', by: 'hospital', value: 59 }, { id: '2', by: 'hospital', value: 100 }, { id: '3', by: 'afp', value: 84 }], 2],
    ['the later figure compatible with the earlier', [{ id: '1', by: 'hospital', value: 'at least 50', at: monday }, { id: '2', by: 'hospital', value: 100, at: tuesday }, { id: '3', by: 'afp', value: 84, at: tuesday }], 1],
    ['when the later is "none" (no count)', [{ id: '1', by: 'hospital', value: 59, at: monday }, { id: '2', by: 'hospital', value: 'none', at: tuesday }, { id: '3', by: 'afp', value: 84, at: tuesday }], 2],
    ['not a toll', [{ id: '1', by: 'hospital', value: 'success', at: monday }, { id: '2', by: 'hospital', value: 'repelled', at: tuesday }, { id: '3', by: 'afp', value: 'partial', at: tuesday }], 2],
  ])('compares every figure of a source %s', (_, said, count) => {
    const attribute = typeof said[0].value === 'string' && !/\d/.test(said[0].value) ? 'outcome' : 'fatalities';
    expect(detectGroup(group(attribute, said), context()).contradictions).toHaveLength(count);
  });

  it('lists one source that changed its account over time as a revision of its own', () => {
    const result = detectGroup(group('situation', [army, { ...afp, by: 'army' }]), context());
    expect(result.contradictions).toEqual([]);
    expect(result.revisions).toEqual([{ claimantId: 'army', values: ['fighting_ongoing', 'under_control'] }]);
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
