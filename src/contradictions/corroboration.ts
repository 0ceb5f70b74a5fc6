import { overlaps } from '../claims/quantity';
import { elementsOf, Group, Holding, positionsOf, SideMatch, sideOf } from './positions';

/** Claims that agree on a facet, and which claims make up the agreement. */
export interface Corroboration {
  value: string;
  match: SideMatch[];
  sourceIds: string[];
  firstClaimId: string;
}

/** Claims from independent sources (different claimants: different origins) that agree on a facet. */
export function corroborateGroup(group: Group): Corroboration[] {
  const positions = positionsOf(group).filter((p) => p.polarity === 'asserted');
  const out: Corroboration[] = [];
  const emit = (value: string, match: SideMatch[], holdings: Holding[]) => {
    const side = sideOf(value, match[0], holdings);
    if (side.sourceIds.length >= 2) out.push({ value, match, sourceIds: side.sourceIds, firstClaimId: side.firstClaimId });
  };
  if (group.kind === 'set') {
    for (const [key, holders] of [...elementsOf(positions).entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      emit(holders[0].text, [{ element: key, polarity: 'asserted' }], holders.map((e) => e.holding));
    }
  } else if (group.kind === 'quantity') {
    for (const p of positions) {
      const agreeing = positions.filter((q) => p.range && q.range && overlaps(p.range, q.range));
      emit(p.valueText, agreeing.map((q) => ({ valueKey: q.valueKey, polarity: q.polarity })), agreeing.flatMap((q) => q.holdings));
    }
  } else {
    for (const p of positions) emit(p.valueText, [{ valueKey: p.valueKey, polarity: p.polarity }], p.holdings);
  }
  return out;
}
