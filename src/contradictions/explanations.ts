import { describeRange } from '../claims/quantity';
import { Group, Position, Side } from './positions';
import { ContradictionKind } from './contradiction.entity';

/** Plain-language explanations that name both sides: who says what, in the fact-checker's words. */

/** The attribute as read: "fatalities", "destroyed (military aircraft)". */
export function label(group: Pick<Group, 'attribute' | 'subject'>): string {
  const name = group.attribute.replace(/_/g, ' ');
  return group.subject ? `${name} (${group.subject})` : name;
}

function who(side: Side, names: Map<string, string>): string {
  const named = side.sourceIds.map((id) => names.get(id) ?? 'an unnamed source');
  if (named.length === 1) return named[0];
  if (named.length === 2) return `${named[0]} and ${named[1]}`;
  return `${named[0]} and ${named.length - 1} other sources`;
}

function says(side: Side): string {
  return side.sourceIds.length === 1 ? 'says' : 'say';
}

function value(text: string): string {
  return text.replace(/_/g, ' ');
}

/** A quantity in words, with the range it reads as when the words are not a plain number ("about 20 (16-24)"). */
export function rangeText(p: Position): string {
  return p.range && /^\d/.test(p.valueText) === false ? `${p.valueText} (${describeRange(p.range)})` : p.valueText;
}

export function explain(kind: ContradictionKind, group: Group, a: Side, b: Side, names: Map<string, string>): string {
  const what = label(group);
  switch (kind) {
    case 'category_conflict':
      return `${who(a, names)} ${says(a)} the ${what} was ${value(a.value!)}; ${who(b, names)} ${says(b)} it was ${value(b.value!)}`;
    case 'quantity_mismatch':
      return `${who(a, names)} ${says(a) === 'says' ? 'puts' : 'put'} the ${what} at ${a.value}; ${who(b, names)} ${says(b) === 'says' ? 'puts' : 'put'} it at ${b.value}; the figures do not overlap`;
    case 'negation':
      return `${who(a, names)} ${says(a)} the ${what}: ${value(a.value!)}; ${who(b, names)} ${b.sourceIds.length === 1 ? 'denies' : 'deny'} it`;
    case 'exclusive_set_conflict':
      return `${who(a, names)} ${says(a)} the ${what} were only ${value(a.value!)}; ${who(b, names)} ${says(b)} ${value(b.value!)} too`;
    case 'omission':
      return `${who(b, names)} ${says(b)} nothing of ${value(a.value!)} among the ${what}, which ${who(a, names)} ${a.sourceIds.length === 1 ? 'asserts' : 'assert'}`;
  }
}
