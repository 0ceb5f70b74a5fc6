import { fts5Query, MAX_TERMS, searchTerms, tsQuery } from './search-terms';

describe('search terms', () => {
  it('keeps the words, lower-cased, without repeats', () => {
    expect(searchTerms('Rocket launchers')).toEqual(['rocket', 'launchers']);
    expect(searchTerms("Jama'at JNIM jnim")).toEqual(['jama', 'at', 'jnim']);
    expect(searchTerms('Gendarmerie école 20')).toEqual(['gendarmerie', 'école', '20']);
  });

  it('drops whatever the index could read as its own syntax', () => {
    expect(searchTerms('"a" OR b* NEAR(c) & !d | e:*')).toEqual(['a', 'or', 'b', 'near', 'c', 'd', 'e']);
    expect(searchTerms('*** ()')).toEqual([]);
    expect(fts5Query(['or', 'b'])).toBe('"or"* "b"*');
    expect(tsQuery(['rocket', 'launchers'])).toBe('rocket:* & launchers:*');
  });

  it('asks for a bounded number of words', () => {
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });
});
