import { candidateVoice } from './candidate-voice';

const ARMY = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
const POLICE = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6b';

describe('candidateVoice', () => {
  it.each([
    ['the claimant extraction found is kept: its spokesman voiced it', { sourceId: ARMY, extractedSourceId: ARMY, role: ' Army spokesman Idris Bako ' }, 'Army spokesman Idris Bako'],
    ['another known claimant is chosen: the role was the army\'s voice, so it is dropped', { sourceId: POLICE, extractedSourceId: ARMY, role: 'Army spokesman Idris Bako' }, undefined],
    ['a claimant chosen where extraction found none: no role to keep', { sourceId: POLICE, extractedSourceId: '', role: '' }, undefined],
    ['a new source: its role becomes its description instead', { sourceId: 'new', extractedSourceId: '', role: 'Army spokesman Idris Bako' }, undefined],
    ['no claimant chosen yet', { sourceId: '', extractedSourceId: ARMY, role: 'Army spokesman Idris Bako' }, undefined],
    ['the claimant kept, no role found', { sourceId: ARMY, extractedSourceId: ARMY, role: '  ' }, undefined],
  ])('%s', (_, draft, voice) => {
    expect(candidateVoice(draft)).toBe(voice);
  });
});
