import { Reliability } from '../sources/source.entity';
import { agreementByClaim, CredibilityInput, Grade, reasonMemo, suggestCredibility } from './credibility';
import { independenceOf, SourceFacts } from './independence';

/**
 * Claim c1 is the hospital's "about 30" fatalities. The others: AFP (independent), JNIM and the army
 * (parties to the conflict on two sides), the spokesman (the army's side), a witness of unknown stake.
 */
const SOURCES: SourceFacts[] = [
  { id: 'hospital', name: 'Gabriel Touré hospital', aliases: ['the hospital'], stake: 'independent', side: null },
  { id: 'afp', name: 'AFP correspondent', aliases: ['AFP'], stake: 'independent', side: null },
  { id: 'reuters', name: 'Reuters', aliases: [], stake: 'independent', side: null },
  { id: 'jnim', name: 'JNIM', aliases: [], stake: 'party_to_conflict', side: null },
  { id: 'army', name: 'General Oumar Diarra', aliases: ['the army'], stake: 'party_to_conflict', side: 'Mali' },
  { id: 'spokesman', name: 'Government spokesman', aliases: ['the spokesman'], stake: 'official', side: 'Mali' },
  { id: 'witness', name: 'A witness', aliases: [], stake: 'unknown', side: null },
];
const independence = independenceOf(SOURCES, []);

type Contradiction = CredibilityInput['contradictions'][number];
type Corroboration = CredibilityInput['corroborations'][number];
type Compatible = CredibilityInput['compatible'][number];

const side = (value: string | null, sources: string[], statedAt: string | null = null) =>
  ({ value, claimIds: sources.map((s) => (s === 'hospital' ? 'c1' : `claim-${s}`)), sourceIds: sources, statedAt, timeScope: null });

/** Claim c1 held by another claimant than the hospital. */
const mine = (source: string) => ({ value: 'about 30', claimIds: ['c1'], sourceIds: [source], statedAt: null, timeScope: null });

/** A contradiction with the hospital's claim on side A and the given sources on side B. */
function against(sources: string[], overrides: Partial<Contradiction> = {}): Contradiction {
  return {
    kind: 'quantity_mismatch', severity: 'high', status: 'open', attribute: 'fatalities', subject: null, explanation: 'the figures do not overlap',
    sideA: side('about 30', ['hospital']), sideB: side('at least 70', sources), ...overrides,
  };
}

/** The hospital's "about 30" corroborated by the given sources holding `value`. */
function corroborated(sources: string[], value: string | null = '30', vague = false): Corroboration {
  const by = side(value, sources);
  return { attribute: 'fatalities', subject: null, value: 'about 30', corroboratingValue: value, corroborated: side('about 30', ['hospital']), corroborating: by, vague };
}

function compatible(sources: string[], otherValue: string, why: Compatible['why']): Compatible {
  const other = side(otherValue, sources);
  return { attribute: 'fatalities', subject: null, value: 'about 30', claimIds: ['c1'], sourceIds: ['hospital'], otherValue, otherClaimIds: other.claimIds, otherSourceIds: sources, why };
}

function grade(overrides: Partial<CredibilityInput>) {
  return suggestCredibility({ claimId: 'c1', claimantId: 'hospital', reliability: 'F', hasFacets: true, corroborations: [], compatible: [], contradictions: [], independence, ...overrides });
}

describe('suggestCredibility: every grade', () => {
  it.each<[Grade, string, Partial<CredibilityInput>]>([
    [1, 'corroborated by an independent source, in figures, not contradicted', { corroborations: [corroborated(['afp'])] }],
    [1, 'corroborated by an adversary (an admission against interest)', { claimantId: 'jnim', corroborations: [{ ...corroborated(['army']), corroborated: mine('jnim') }] }],
    [1, 'corroborated, and met only with silence', { corroborations: [corroborated(['afp'])], contradictions: [against(['army'], { kind: 'omission', severity: 'low' })] }],
    [1, 'corroborated, and only revised in time', { corroborations: [corroborated(['afp'])], contradictions: [against(['army'], { kind: 'revision_in_time', severity: 'low' })] }],
    [1, 'corroborated; the contradiction was dismissed', { corroborations: [corroborated(['afp'])], contradictions: [against(['jnim'], { status: 'dismissed' })] }],
    [2, 'corroborated in vague words only', { corroborations: [corroborated(['afp'], 'enormous', true)] }],
    [2, 'neither confirmed nor contradicted, claimant graded A', { reliability: 'A' }],
    [2, 'neither confirmed nor contradicted, claimant graded B', { reliability: 'B' }],
    [3, 'corroborated and contradicted', { corroborations: [corroborated(['afp'])], contradictions: [against(['jnim'])] }],
    [3, 'corroborated in vague words and contradicted', { corroborations: [corroborated(['afp'], 'enormous', true)], contradictions: [against(['jnim'])] }],
    [3, 'neither confirmed nor contradicted, claimant graded C', { reliability: 'C' }],
    [3, 'only compatible with vague words, claimant graded C', { reliability: 'C', compatible: [compatible(['jnim'], 'enormous', 'vague')] }],
    [4, 'contradicted by one source', { reliability: 'A', contradictions: [against(['jnim'])] }],
    [4, 'contradicted by one source, a confirmed contradiction', { contradictions: [against(['jnim'], { status: 'confirmed' })] }],
    [4, 'contradicted by two sources of one side', { contradictions: [against(['army', 'spokesman'])] }],
    [4, 'contradicted by a source and one of unknown stake', { contradictions: [against(['jnim', 'witness'])] }],
    [5, 'contradicted by a side two independent sources hold', { reliability: 'A', contradictions: [against(['jnim', 'afp'])] }],
    [5, 'contradicted from side A by two independent sources', {
      contradictions: [against([], { sideA: side('at least 70', ['jnim', 'afp']), sideB: side('about 30', ['hospital']) })],
    }],
    [6, 'no facets', { reliability: 'A', hasFacets: false, corroborations: [corroborated(['afp'])] }],
    [6, 'agreeing only with a source of unknown stake', { corroborations: [corroborated(['witness'])] }],
    [6, 'agreeing only with a source of its own side', { claimantId: 'army', corroborations: [{ ...corroborated(['spokesman']), corroborated: mine('army') }] }],
    ...(['D', 'E', 'F'] as Reliability[]).map((reliability): [Grade, string, Partial<CredibilityInput>] => [6, `neither confirmed nor contradicted, claimant graded ${reliability}`, { reliability }]),
  ])('%i when %s', (expected, _, input) => {
    expect(grade(input).suggested).toBe(expected);
  });

  it('never raises a grade on a source of unknown stake', () => {
    for (const reliability of ['A', 'C', 'F'] as Reliability[]) {
      expect(grade({ reliability, corroborations: [corroborated(['witness'])] }).suggested).toBe(grade({ reliability }).suggested);
    }
  });
});

describe('suggestCredibility: reasons name every source and value', () => {
  it('names who corroborates it with what, and an admission against interest as such', () => {
    expect(grade({ corroborations: [corroborated(['afp', 'reuters'])] }).reasons).toEqual(['fatalities about 30 is corroborated by AFP (30) and Reuters (30)']);
    expect(grade({ claimantId: 'jnim', corroborations: [{ ...corroborated(['army']), corroborated: mine('jnim') }] }).reasons[0])
      .toBe('fatalities about 30 is corroborated by the army (30), an admission against interest: the army is a party to the conflict on the other side, the strongest corroboration');
    expect(grade({ corroborations: [corroborated(['afp'], 'enormous', true)] }).reasons[0]).toBe('fatalities about 30 is corroborated by AFP (enormous); in vague words only, so it does not confirm it');
  });

  it('names agreement that does not count, and why', () => {
    expect(grade({ claimantId: 'army', corroborations: [{ ...corroborated(['spokesman']), corroborated: mine('army') }] }).reasons[0])
      .toBe('fatalities about 30 is also asserted by the spokesman (30), not independent: the army and the spokesman both speak for Mali');
    expect(grade({ compatible: [compatible(['jnim'], 'enormous', 'vague')] }).reasons[0])
      .toBe('fatalities about 30 is compatible with JNIM (enormous), not corroborated by it: vague words never corroborate a figure');
  });

  it('names every source of a contradiction, of a silence and of a revision in time', () => {
    const { reasons } = grade({
      contradictions: [
        against(['jnim', 'afp', 'reuters']),
        against([], { kind: 'omission', severity: 'low', sideA: side('military airport', ['hospital', 'afp']), sideB: side(null, ['army', 'jnim']) }),
        against(['army'], { kind: 'revision_in_time', severity: 'low', sideA: side('about 30', ['hospital'], '2024-09-17T10:00:00.000Z'), sideB: side('about 50', ['army'], '2024-09-17T16:00:00.000Z') }),
      ],
    });
    expect(reasons).toEqual([
      'contradicted (quantity_mismatch, high) by JNIM (at least 70), AFP (at least 70) and Reuters (at least 70): the figures do not overlap',
      'not contradicted but met with silence: the army and JNIM say nothing of military airport (fatalities), which the hospital and AFP assert',
      'revised in time, not contradicted: the army gives fatalities about 50 (said 2024-09-17 16:00 UTC) against about 30 (said 2024-09-17 10:00 UTC); the situation may have changed between the statements',
    ]);
  });
});

describe('agreementByClaim: a claim graded from its own lists as from the event\'s', () => {
  const onB = (sources: string[]): Contradiction => ({ ...against(sources), sideA: side('at least 70', sources), sideB: side('about 30', ['hospital']) });
  const others = { ...corroborated(['afp']), corroborated: side('about 30', ['jnim']) };
  it.each<[string, Partial<CredibilityInput>]>([
    ['corroborated and contradicted, on side A', { corroborations: [corroborated(['afp']), others], contradictions: [against(['army', 'jnim'])] }],
    ['contradicted on side B by two independent sources', { contradictions: [onB(['afp', 'reuters'])] }],
    ['dismissed, silence and revision', { contradictions: [against(['jnim'], { status: 'dismissed' }), against(['army'], { kind: 'omission', severity: 'low' }), onB(['afp'])] }],
    ['nothing of its own', { corroborations: [others] }],
  ])('%s', (_, lists) => {
    const whole = grade(lists);
    const own = agreementByClaim({ corroborations: lists.corroborations ?? [], compatible: lists.compatible ?? [], contradictions: lists.contradictions ?? [] }).get('c1');
    expect(grade({ ...lists, ...(own ?? { corroborations: [], compatible: [], contradictions: [] }) })).toEqual(whole);
    expect(whole.reasons.length).toBeGreaterThan(0);
  });
});

describe('agreementByClaim with one memo: claims that met the same items share one agreement and one list of reasons', () => {
  it('words each claim as from the event\'s lists, whichever value of a compatible pair and side of a contradiction it holds', () => {
    // The hospital's c1 and c2 hold "about 30"; its c3 holds the other value of the compatible pair and is on side B.
    const pair: Compatible = { ...compatible(['afp'], 'dozens', 'vague'), claimIds: ['c1', 'c2'], otherClaimIds: ['claim-afp', 'c3'], otherSourceIds: ['afp', 'hospital'] };
    const contradiction = { ...against(['army']), sideA: { ...side('about 30', ['hospital']), claimIds: ['c1', 'c2'] }, sideB: { ...side('at least 70', ['army', 'hospital']), claimIds: ['claim-army', 'c3'] } };
    const lists = { corroborations: [{ ...corroborated(['afp']), corroborated: { ...side('about 30', ['hospital']), claimIds: ['c1', 'c2'] } }], compatible: [pair], contradictions: [contradiction] };
    const byClaim = agreementByClaim(lists);
    const memo = reasonMemo();
    const graded = ['c1', 'c2', 'c3'].map((claimId) => {
      const whole = grade({ ...lists, claimId });
      const shared = grade({ ...lists, ...byClaim.get(claimId)!, claimId, memo });
      expect(shared).toEqual(whole);
      return shared;
    });
    expect(byClaim.get('c2')).toBe(byClaim.get('c1'));
    expect(graded[1].reasons).toBe(graded[0].reasons);
    expect(byClaim.get('c3')).not.toBe(byClaim.get('c1'));
    expect(graded[2].reasons).not.toEqual(graded[0].reasons);
  });
});
