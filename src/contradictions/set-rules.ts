import { related, setElements } from '../claims/canonical';
import { Detected, detected, EventContext, meeting, omission, Revisions, sideOf, silentParties } from './findings';
import { elementsOf, Group, Position } from './positions';

/**
 * Rules for sets (targets, weapons), element by element: an element asserted and denied, an exclusive
 * list against an element outside it, and the silence of a party on an element another side asserts.
 */
export function detectSet(group: Group, positions: Position[], context: EventContext, out: Detected[], revisions: Revisions): void {
  const byElement = elementsOf(positions);
  // Each element is named as its earliest claim wrote it.
  const texts = new Map<string, string>();
  for (const [key, holders] of byElement) {
    texts.set(key, holders.reduce((first, e) => (e.holding.firstClaimId < first.holding.firstClaimId ? e : first)).text);
  }
  const textOf = (key: string) => texts.get(key) ?? key;
  const exclusives = positions.filter((p) => p.exclusive && p.polarity === 'asserted');

  for (const [key, holders] of [...byElement.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const asserted = holders.filter((e) => e.position.polarity === 'asserted');
    const denied = holders.filter((e) => e.position.polarity === 'denied');
    if (asserted.length && denied.length) {
      const met = meeting(asserted.map((e) => e.holding), denied.map((e) => e.holding), false);
      if (met === 'cross') {
        out.push(detected('negation', 'high', group, [
          sideOf(textOf(key), { element: key, polarity: 'asserted' }, asserted.map((e) => e.holding)),
          sideOf(textOf(key), { element: key, polarity: 'denied' }, denied.map((e) => e.holding)),
        ], context, `negation:${key}`));
      } else if (met === 'same') {
        revisions.add(asserted[0].position, denied[0].position);
      }
    }
    if (!asserted.length) continue;

    // A party that lists other targets as the only ones contradicts this one outright.
    for (const exclusive of exclusives) {
      const own = setElements(exclusive.valueText).map((e) => e.key);
      if (own.some((k) => related(context.vocabulary, k, key))) continue;
      const others = asserted.filter((e) => e.position !== exclusive).map((e) => e.holding);
      if (!others.length) continue;
      const met = meeting(exclusive.holdings, others, false);
      if (met === 'same') revisions.add(exclusive, asserted.find((e) => e.position !== exclusive)!.position);
      if (met !== 'cross') continue;
      const ownText = setElements(exclusive.valueText).map((e) => e.text).join(', ');
      out.push(detected('exclusive_set_conflict', 'medium', group, [
        sideOf(ownText, { valueKey: exclusive.valueKey, polarity: 'asserted', exclusive: true }, exclusive.holdings),
        sideOf(textOf(key), { element: key, polarity: 'asserted', excludeValueKey: exclusive.valueKey }, others),
      ], context, `exclusive_set_conflict:${exclusive.valueKey}:${key}`));
    }

    // A party to the conflict that describes the event and says nothing of what a party of another side asserts.
    const speaking = new Set<string>();
    for (const [other, holders] of byElement) {
      if (related(context.vocabulary, other, key)) for (const e of holders) speaking.add(e.holding.claimantId);
    }
    for (const p of exclusives) for (const h of p.holdings) speaking.add(h.claimantId);
    const asserters = asserted.map((e) => e.holding);
    const silent = silentParties(context, speaking, asserters);
    if (silent.length) out.push(omission(group, context, textOf(key), { element: key, polarity: 'asserted' }, asserters, silent, `omission:${key}`));
  }
}
