import { partiesWithVoices, reportVoices, sideVoices, voicesOf } from './voices';

const NAMES: Record<string, string> = { army: 'Malian army', jnim: 'JNIM', afp: 'AFP' };
const name = (id: string) => NAMES[id] ?? id;
const voices = voicesOf([
  { id: 'c1', sourceId: 'army', voicedBy: 'Army spokesman Idris Bako' },
  { id: 'c2', sourceId: 'army', voicedBy: 'Defence minister Amina Sule' },
  { id: 'c3', sourceId: 'army', voicedBy: 'Army spokesman Idris Bako' },
  { id: 'c4', sourceId: 'jnim', voicedBy: null },
  { id: 'c5', sourceId: 'afp', voicedBy: '' },
]);

describe('voices of a side', () => {
  it.each([
    ['one voiced party', { claimIds: ['c1'], sourceIds: ['army'] }, 'Malian army (voiced by Army spokesman Idris Bako)', 'Malian army: Army spokesman Idris Bako'],
    ['a party voiced twice by one person, once by another', { claimIds: ['c1', 'c3', 'c2'], sourceIds: ['army'] },
      'Malian army (voiced by Army spokesman Idris Bako; Defence minister Amina Sule)', 'Malian army: Army spokesman Idris Bako; Malian army: Defence minister Amina Sule'],
    ['a voiced party beside unvoiced ones', { claimIds: ['c4', 'c1', 'c5'], sourceIds: ['jnim', 'army', 'afp'] }, 'JNIM, Malian army (voiced by Army spokesman Idris Bako), AFP', 'Malian army: Army spokesman Idris Bako'],
    ['no voice at all', { claimIds: ['c4', 'c5'], sourceIds: ['jnim', 'afp'] }, 'JNIM, AFP', ''],
    ['a silent side', { claimIds: [], sourceIds: ['army'] }, 'Malian army', ''],
  ])('%s', (_, side, parties, column) => {
    expect(partiesWithVoices(side, voices, name)).toBe(parties);
    expect(sideVoices(side, voices, name)).toBe(column);
  });

  it('reads a report\'s voices under the claimant each claim is listed by', () => {
    const fromReport = reportVoices([{ sourceId: 'army', claims: [{ id: 'c1', voicedBy: 'Army spokesman Idris Bako' }, { id: 'c9', voicedBy: null }] }]);
    expect([...fromReport]).toEqual([['c1', { sourceId: 'army', voicedBy: 'Army spokesman Idris Bako' }]]);
  });
});
