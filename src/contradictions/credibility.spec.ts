import { Reliability } from '../sources/source.entity';
import { CredibilityInput, Grade, suggestCredibility } from './credibility';

const names = new Map([['hospital', 'the hospital'], ['afp', 'AFP'], ['jnim', 'JNIM'], ['army', 'the army'], ['tv', 'state television']]);

type Contradiction = CredibilityInput['contradictions'][number];
type Corroboration = CredibilityInput['corroborations'][number];

/** A contradiction with claim c1 (the hospital's) on side A, and the given sources on side B. */
function against(sources: string[], overrides: Partial<Contradiction> = {}): Contradiction {
  return {
    kind: 'quantity_mismatch', severity: 'high', status: 'open', explanation: 'the figures do not overlap',
    sideA: { value: 'about 30', claimIds: ['c1'], sourceIds: ['hospital'] },
    sideB: { value: 'at least 70', claimIds: sources.map((s) => `claim-${s}`), sourceIds: sources },
    ...overrides,
  };
}

function agreeing(sources: string[]): Corroboration {
  return { attribute: 'fatalities', value: 'about 30', claimIds: ['c1', ...sources.map((s) => `claim-${s}`)], sourceIds: ['hospital', ...sources].sort() };
}

function grade(overrides: Partial<CredibilityInput>) {
  return suggestCredibility({ claimId: 'c1', claimantId: 'hospital', reliability: 'F', hasFacets: true, corroborations: [], contradictions: [], names, ...overrides });
}

describe('suggestCredibility: every grade', () => {
  it.each<[Grade, string, Partial<CredibilityInput>]>([
    [1, 'corroborated and not contradicted', { corroborations: [agreeing(['afp'])] }],
    [1, 'corroborated, and met only with silence', { corroborations: [agreeing(['afp'])], contradictions: [against(['army'], { kind: 'omission', severity: 'low' })] }],
    [1, 'corroborated; the contradiction was dismissed', { corroborations: [agreeing(['afp'])], contradictions: [against(['jnim'], { status: 'dismissed' })] }],
    [2, 'neither confirmed nor contradicted, claimant graded A', { reliability: 'A' }],
    [2, 'neither confirmed nor contradicted, claimant graded B', { reliability: 'B' }],
    [3, 'corroborated and contradicted', { corroborations: [agreeing(['afp'])], contradictions: [against(['jnim'])] }],
    [3, 'neither confirmed nor contradicted, claimant graded C', { reliability: 'C' }],
    [4, 'contradicted by one source', { reliability: 'A', contradictions: [against(['jnim'])] }],
    [4, 'contradicted by one source, a confirmed contradiction', { contradictions: [against(['jnim'], { status: 'confirmed' })] }],
    [5, 'contradicted by a side two sources hold', { reliability: 'A', contradictions: [against(['jnim', 'tv'])] }],
    [5, 'contradicted from side A by a side two sources hold', { contradictions: [against(['jnim', 'tv'], { sideA: { value: 'x', claimIds: ['claim-jnim', 'claim-tv'], sourceIds: ['jnim', 'tv'] }, sideB: { value: 'y', claimIds: ['c1'], sourceIds: ['hospital'] } })] }],
    [6, 'no facets', { reliability: 'A', hasFacets: false, corroborations: [agreeing(['afp'])] }],
    ...(['D', 'E', 'F'] as Reliability[]).map((reliability): [Grade, string, Partial<CredibilityInput>] => [6, `neither confirmed nor contradicted, claimant graded ${reliability}`, { reliability }]),
  ])('%i when %s', (expected, _, input) => {
    expect(grade(input).suggested).toBe(expected);
  });
});

describe('suggestCredibility: the reasons', () => {
  it('names who else asserts it, what contradicts it and what meets it with silence', () => {
    const { reasons } = grade({
      corroborations: [agreeing(['afp'])],
      contradictions: [against(['jnim']), against(['army'], { kind: 'omission', severity: 'low', explanation: 'the army says nothing of it' })],
    });
    expect(reasons).toEqual([
      'fatalities about 30 is also asserted by AFP',
      'not contradicted but met with silence: the army says nothing of it',
      'contradicted (quantity_mismatch, high): the figures do not overlap',
    ]);
  });

  it('says why a claim nobody confirms or contradicts gets its grade', () => {
    expect(grade({ reliability: 'B' }).reasons).toEqual(["neither confirmed nor contradicted by another source; the claimant's reliability is B"]);
    expect(grade({ hasFacets: false }).reasons).toEqual(['no facets to compare with other claims']);
  });
});
