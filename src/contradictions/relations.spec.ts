import fc from 'fast-check';
import { AttributeKind } from '../attributes/attribute.entity';
import { canonicalValue, EMPTY_VOCABULARY } from '../claims/canonical';
import { FacetValue } from '../common/columns';
import { corroborateGroup, Holders } from './corroboration';
import { EventContext } from './findings';
import { independenceOf, SourceFacts } from './independence';
import { Group, Holding, onSide, positionsOf, SideMatch } from './positions';
import { relate } from './relations';
import { detectGroup } from './rules';

/**
 * Rule 3: one relation per pair. Over generated groups, no two claims of different sources are at once
 * on opposite sides of a contradiction, corroborating one another, or listed as compatible, on one
 * attribute (for sets: on one element).
 */

const KINDS: Record<string, AttributeKind> = { fatalities: 'quantity', outcome: 'category', situation: 'category', targets: 'set', occurred: 'boolean' };
const VALUES: Record<string, fc.Arbitrary<FacetValue>> = {
  fatalities: fc.constantFrom<FacetValue>('about 30', 30, 25, 36, 'at least 70', 'at least 77', 'at least 10', 'enormous', 'several', 'dozens', 'between 20 and 40', 'between 10 and 50', 'none', 'up to 10', 'light'),
  outcome: fc.constantFrom('success', 'repelled', 'ongoing', 'partial'),
  situation: fc.constantFrom('under_control', 'fighting_ongoing', 'calm'),
  targets: fc.uniqueArray(fc.constantFrom('airport', 'school', 'barracks'), { minLength: 1, maxLength: 3 }),
  occurred: fc.boolean(),
};
const SOURCES: SourceFacts[] = [
  { id: 'jnim', name: 'JNIM', aliases: [], stake: 'party_to_conflict', side: null },
  { id: 'army', name: 'army', aliases: [], stake: 'party_to_conflict', side: 'Mali' },
  { id: 'spokesman', name: 'spokesman', aliases: [], stake: 'official', side: 'Mali' },
  { id: 'afp', name: 'AFP', aliases: [], stake: 'independent', side: null },
  { id: 'tv', name: 'tv', aliases: [], stake: 'official', side: null },
  { id: 'witness', name: 'witness', aliases: [], stake: 'unknown', side: null },
];
const HOURS = [null, '2024-09-17T10:00:00.000Z', '2024-09-17T16:00:00.000Z'];
const SCOPES: Array<[string | null, string | null]> = [[null, null], ['2024-09-17T05:00:00.000Z', '2024-09-17T15:00:00.000Z'], ['2024-09-17T16:00:00.000Z', null]];

const claims = (attribute: string) => fc.array(fc.record({
  by: fc.constantFrom(...SOURCES.map((s) => s.id)),
  value: VALUES[attribute],
  polarity: fc.constantFrom<'asserted' | 'denied'>('asserted', 'asserted', 'asserted', 'denied'),
  exclusive: attribute === 'targets' ? fc.boolean() : fc.constant(false),
  said: fc.constantFrom(...HOURS),
  scope: fc.constantFrom(...SCOPES),
}), { minLength: 2, maxLength: 9 });

function group(attribute: string, said: Array<{ by: string; value: FacetValue; polarity: 'asserted' | 'denied'; exclusive: boolean; said: string | null; scope: [string | null, string | null] }>): Group {
  const kind = KINDS[attribute];
  return {
    attribute, kind, subject: null, subjectKey: '',
    holdings: said.map((s, i): Holding => ({
      claimantId: s.by, firstClaimId: `c${String(i).padStart(2, '0')}`, polarity: s.polarity, exclusive: s.exclusive,
      timeFrom: s.scope[0], timeTo: s.scope[1], statedFrom: s.said, statedTo: s.said, ...canonicalValue(kind, attribute, s.value, EMPTY_VOCABULARY),
    })),
  };
}

const independence = independenceOf(SOURCES, []);
const context = (parties: string[]): EventContext => ({
  vocabulary: EMPTY_VOCABULARY, parties: new Map(parties.map((p) => [p, `first-${p}`])), names: new Map(),
  sides: new Map(SOURCES.map((s) => [s.id, independence.sideOf(s.id)])),
});

const member = (h: Holding) => ({ claimId: h.firstClaimId, valueKey: h.valueKey, valueText: h.valueText, polarity: h.polarity, exclusive: h.exclusive });
const on = (g: Group, match: SideMatch) => g.holdings.filter((h) => onSide(match, member(h)));
const held = (g: Group, holders: Holders) => on(g, holders.match).filter((h) => holders.holdings.some((x) => x.claimantId === h.claimantId));
const unitOf = (match: SideMatch) => ('element' in match ? match.element : 'all');

/** Every relation found between two claims of different sources, by unit. */
function relations(g: Group, parties: string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const note = (unit: string, a: Holding[], b: Holding[], relation: string) => {
    for (const x of a) for (const y of b) {
      if (x.claimantId === y.claimantId) continue;
      const key = `${unit}|${[x.firstClaimId, y.firstClaimId].sort().join('~')}`;
      found.set(key, (found.get(key) ?? new Set()).add(relation));
    }
  };
  for (const c of detectGroup(g, context(parties)).contradictions) {
    if (c.kind === 'omission') continue;
    note(unitOf(c.sideB.match), on(g, c.sideA.match), on(g, c.sideB.match), 'contradicting');
  }
  const { corroborations, compatible } = corroborateGroup(g, independence, EMPTY_VOCABULARY);
  for (const c of corroborations) note(unitOf(c.corroborated.match), held(g, c.corroborated), held(g, c.corroborating), 'corroborating');
  for (const c of compatible) note(unitOf(c.holders[0].match), held(g, c.holders[0]), held(g, c.holders[1]), 'compatible');
  return found;
}

describe('one relation per pair', () => {
  for (const attribute of Object.keys(KINDS)) {
    it(`${attribute}: two claims are never both corroborating, compatible or contradicting`, () => {
      fc.assert(fc.property(claims(attribute), fc.subarray(['jnim', 'army', 'spokesman']), (said, parties) => {
        for (const [pair, found] of relations(group(attribute, said), parties)) expect([pair, [...found]]).toEqual([pair, [...found].slice(0, 1)]);
      }), { numRuns: 300 });
    });
  }

  for (const attribute of ['fatalities', 'outcome', 'occurred']) {
    it(`${attribute}: positions relate the same way whichever comes first`, () => {
      fc.assert(fc.property(claims(attribute), (said) => {
        const positions = positionsOf(group(attribute, said));
        const kind = KINDS[attribute] as Exclude<AttributeKind, 'set'>;
        for (const p of positions) for (const q of positions) {
          if (p === q) continue;
          const [forward, backward] = [relate(kind, p, q, EMPTY_VOCABULARY), relate(kind, q, p, EMPTY_VOCABULARY)];
          expect(backward.relation).toBe(forward.relation);
          if (forward.relation === 'corroborating' && backward.relation === 'corroborating') {
            expect([...backward.by].map((x) => (x === 'p' ? 'q' : 'p')).sort()).toEqual([...forward.by].sort());
          }
        }
      }), { numRuns: 200 });
    });
  }
});
