import { CreateSourceDto } from './dto/create-source.dto';
import { cleanAliases, sourceRow } from './source-row';

const ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
const NOW = '2024-09-17T05:00:00.000Z';
const stamps = { id: ID, createdAt: NOW, updatedAt: NOW };

describe('sourceRow', () => {
  it.each<[string, CreateSourceDto, object]>([
    ['takes a stake of unknown and a reliability of F when none is given', { name: 'AFP', kind: 'news_agency' },
      { name: 'AFP', aliases: [], kind: 'news_agency', stake: 'unknown', reliability: 'F', side: null, description: null, url: null, sameAs: [], mergedInto: null }],
    ['keeps what is given, the name and side trimmed', { name: '  FAMa ', kind: 'military', stake: 'party_to_conflict', reliability: 'B', side: ' Malian government ', description: 'Malian army', url: 'https://fama.ml' },
      { name: 'FAMa', aliases: [], kind: 'military', stake: 'party_to_conflict', reliability: 'B', side: 'Malian government', description: 'Malian army', url: 'https://fama.ml', sameAs: [], mergedInto: null }],
    ['takes a blank side as none', { name: 'AFP', kind: 'news_agency', side: '   ' },
      { name: 'AFP', aliases: [], kind: 'news_agency', stake: 'unknown', reliability: 'F', side: null, description: null, url: null, sameAs: [], mergedInto: null }],
    ['cleans the aliases', { name: 'JNIM', kind: 'armed_group', aliases: [' GSIM', 'GSIM', '  ', 'Nusrat'] },
      { name: 'JNIM', aliases: ['GSIM', 'Nusrat'], kind: 'armed_group', stake: 'unknown', reliability: 'F', side: null, description: null, url: null, sameAs: [], mergedInto: null }],
    ['keeps sameAs once each', { name: 'AFP', kind: 'news_agency', sameAs: ['https://www.wikidata.org/wiki/Q40464', 'https://www.wikidata.org/wiki/Q40464'] },
      { name: 'AFP', aliases: [], kind: 'news_agency', stake: 'unknown', reliability: 'F', side: null, description: null, url: null, sameAs: ['https://www.wikidata.org/wiki/Q40464'], mergedInto: null }],
  ])('%s', (_, input, expected) => {
    expect(sourceRow(input, ID, NOW)).toEqual({ ...expected, ...stamps });
  });
});

describe('cleanAliases', () => {
  it.each([
    [undefined, []],
    [[], []],
    [['a', ' a ', 'b', ''], ['a', 'b']],
    [['B', 'b'], ['B', 'b']],
  ])('%j -> %j', (aliases, expected) => {
    expect(cleanAliases(aliases)).toEqual(expected);
  });
});
