import { partiesWithVoices, reportVoices, sideVoices } from './voices';

const NAMES: Record<string, string> = { army: 'Malian army', jnim: 'JNIM', afp: 'AFP' };
const name = (id: string) => NAMES[id] ?? id;
const voices = reportVoices([
  { sourceId: 'army', claims: [{ id: 'c1', voicedBy: 'Army spokesman Idris Bako' }, { id: 'c2', voicedBy: 'Defence minister Amina Sule' }, { id: 'c3', voicedBy: 'Army spokesman Idris Bako' }] },
  { sourceId: 'jnim', claims: [{ id: 'c4', voicedBy: null }] },
  { sourceId: 'afp', claims: [{ id: 'c5', voicedBy: '' }] },
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

  it('names three voices of a party and counts the rest, so that a cell stays short however many authors stand behind a side', () => {
    const many = reportVoices([{ sourceId: 'army', claims: Array.from({ length: 2000 }, (_, i) => ({ id: `m${i}`, voicedBy: `Author ${i % 500}` })) }]);
    const side = { claimIds: Array.from({ length: 2000 }, (_, i) => `m${i}`), sourceIds: ['army'] };
    expect(partiesWithVoices(side, many, name)).toBe('Malian army (voiced by Author 0; Author 1; Author 2; and 497 more)');
    expect(sideVoices(side, many, name)).toBe('Malian army: Author 0; Malian army: Author 1; Malian army: Author 2; Malian army: and 497 more');
  });

  it('reads a report\'s voices under the claimant each claim is listed by', () => {
    const fromReport = reportVoices([{ sourceId: 'army', claims: [{ id: 'c1', voicedBy: 'Army spokesman Idris Bako' }, { id: 'c9', voicedBy: null }] }]);
    expect([...fromReport]).toEqual([['c1', { sourceId: 'army', voicedBy: 'Army spokesman Idris Bako' }]]);
  });
});
