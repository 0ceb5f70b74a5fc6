import { canonicalValue, EMPTY_VOCABULARY, isBroader, oneCamp, related, setElements, termKey, Vocabulary } from './canonical';

const JNIM = 'src-jnim';
/** JNIM by its names; "jihadists" broader than JNIM; "militants" broader than "jihadists"; "repulsed" = "repelled" on outcome only. */
const vocabulary: Vocabulary = {
  sources: new Map([['jnim', JNIM], ['gsim', JNIM], ['jamaat nusrat al islam wal muslimin', JNIM]]),
  equivalents: new Map([['outcome|repulsed', 'repelled'], ['|beaten back', 'repulsed']]),
  narrower: new Map([['t:militants', new Set(['t:jihadists'])], ['t:jihadists', new Set([`src:${JNIM}`])]]),
};

describe('termKey', () => {
  it.each([
    ['a plain term, folded', 'outcome', '  Under   Control ', 't:under control'],
    ['accents and apostrophes', 'outcome', "Succès d'opération", 't:succes doperation'],
    ['a source name', 'perpetrator', 'JNIM', `src:${JNIM}`],
    ['a source alias, written differently', 'perpetrator', "Jama'at Nusrat al-Islam wal-Muslimin", `src:${JNIM}`],
    ['an equivalent on its attribute', 'outcome', 'Repulsed', 't:repelled'],
    ['an equivalent of another attribute does not apply', 'situation', 'repulsed', 't:repulsed'],
    ['an equivalent on every attribute, then one on this attribute', 'outcome', 'beaten back', 't:repelled'],
    ['an equivalent on every attribute, elsewhere', 'situation', 'beaten back', 't:repulsed'],
  ])('%s', (_, attribute, term, key) => {
    expect(termKey(vocabulary, attribute, term)).toBe(key);
  });

  it('stops on a loop of equivalents', () => {
    const looping: Vocabulary = { ...EMPTY_VOCABULARY, equivalents: new Map([['|a', 'b'], ['|b', 'a']]) };
    expect(['t:a', 't:b']).toContain(termKey(looping, 'x', 'a'));
  });
});

describe('isBroader and related', () => {
  it.each([
    ['militants', 't:militants', 't:jihadists', true, true],
    ['through a chain', 't:militants', `src:${JNIM}`, true, true],
    ['not the other way', 't:jihadists', 't:militants', false, true],
    ['a term is not broader than itself', 't:jihadists', 't:jihadists', false, true],
    ['unrelated', 't:militants', 't:army', false, false],
  ])('%s', (_, broad, narrow, broader, isRelated) => {
    expect(isBroader(vocabulary, broad, narrow)).toBe(broader);
    expect(related(vocabulary, broad, narrow)).toBe(isRelated);
    expect(related(vocabulary, narrow, broad)).toBe(isRelated);
  });

  it('ends on a cycle of broader terms', () => {
    const cycle: Vocabulary = { ...EMPTY_VOCABULARY, narrower: new Map([['t:a', new Set(['t:b'])], ['t:b', new Set(['t:a'])]]) };
    expect(isBroader(cycle, 't:a', 't:c')).toBe(false);
  });
});

describe('canonicalValue', () => {
  it.each([
    ['an exact number', 'quantity', 203, { valueKey: 'q:203:203', valueText: '203', rangeMin: 203, rangeMax: 203 }],
    ['words, kept as written', 'quantity', ' about 20 ', { valueKey: 'q:16:24', valueText: 'about 20', rangeMin: 16, rangeMax: 24 }],
    ['an open range', 'quantity', 'at least 500', { valueKey: 'q:500:open', valueText: 'at least 500', rangeMin: 500, rangeMax: null }],
    ['a range object', 'quantity', { min: 100, max: 300 }, { valueKey: 'q:100:300', valueText: '100-300', rangeMin: 100, rangeMax: 300 }],
    ['a fractional bound, to three places', 'quantity', 'about 7', { valueKey: 'q:5.6:8.4', valueText: 'about 7', rangeMin: 5.6, rangeMax: 8.4 }],
    ['a category, by its source', 'category', ' GSIM ', { valueKey: `src:${JNIM}`, valueText: 'GSIM', rangeMin: null, rangeMax: null }],
    ['true', 'boolean', true, { valueKey: 'b:true', valueText: 'true', rangeMin: null, rangeMax: null }],
    ['false', 'boolean', false, { valueKey: 'b:false', valueText: 'false', rangeMin: null, rangeMax: null }],
  ] as const)('%s', (_, kind, value, expected) => {
    const canonical = canonicalValue(kind, 'perpetrator', value as never, vocabulary);
    expect({ ...canonical, rangeMin: canonical.rangeMin === null ? null : Number(canonical.rangeMin.toFixed(6)), rangeMax: canonical.rangeMax === null ? null : Number(canonical.rangeMax.toFixed(6)) }).toEqual(expected);
  });

  it('refuses a quantity it cannot read', () => {
    expect(() => canonicalValue('quantity', 'fatalities', 'a great many, perhaps', EMPTY_VOCABULARY)).toThrow(/unreadable quantity/);
  });

  it('gives a set one key whatever the order, spelling or repeats of its elements, and keeps the first words of each', () => {
    const a = canonicalValue('set', 'targets', ['Military airport', 'gendarmerie school', 'military  airport'], EMPTY_VOCABULARY);
    const b = canonicalValue('set', 'targets', ['Gendarmerie School', 'MILITARY AIRPORT'], EMPTY_VOCABULARY);
    expect(a.valueKey).toBe(b.valueKey);
    expect(a.valueKey).toMatch(/^s:[0-9a-f]{40}$/);
    expect(setElements(a.valueText)).toEqual([{ key: 't:gendarmerie school', text: 'gendarmerie school' }, { key: 't:military airport', text: 'Military airport' }]);
    expect(canonicalValue('set', 'targets', ['military airport'], EMPTY_VOCABULARY).valueKey).not.toBe(a.valueKey);
  });

  it('reads set elements through the vocabulary: a source named by two aliases is one element', () => {
    const set = canonicalValue('set', 'perpetrators', ['JNIM', 'GSIM'], vocabulary);
    expect(setElements(set.valueText)).toEqual([{ key: `src:${JNIM}`, text: 'JNIM' }]);
  });
});

describe('oneCamp', () => {
  const camps: Vocabulary = { ...EMPTY_VOCABULARY, camps: new Map([['army', 'side:norland'], ['gov', 'side:norland'], ['front', 'src:front'], ['ngo', 'src:ngo']]) };

  it.each([
    ['two sources on one side', 'src:army', 'src:gov', true],
    ['sources on two sides', 'src:army', 'src:front', false],
    ['a source without a side is its own camp', 'src:ngo', 'src:front', false],
    ['a term is no source', 't:army', 'src:gov', false],
    ['a source the vocabulary has no camp for', 'src:army', 'src:unknown', false],
  ])('%s', (_, a, b, same) => {
    expect(oneCamp(camps, a, b)).toBe(same);
    // Broader terms are another matter: one camp is not "related", so set rules (exclusive lists, omissions) keep the elements apart.
    expect(related(camps, a, b)).toBe(a === b);
  });

  it('without camps, nothing is one camp', () => {
    expect(oneCamp(EMPTY_VOCABULARY, 'src:army', 'src:gov')).toBe(false);
  });
});
