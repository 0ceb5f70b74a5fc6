import { describeRange } from '../claims/quantity';
import { Group, Position, Side } from './positions';
import { timeText } from './time';
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
  if (!p.range || /^\d/.test(p.valueText)) return p.valueText;
  const range = describeRange(p.range);
  return range === p.valueText.toLowerCase() ? p.valueText : `${p.valueText} (${range})`;
}

/** A yes/no attribute about a happening, in words: whether it took place, or was not so. */
export const HAPPENING_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  occurred: ['took place', 'did not take place'],
  attacked: ['was attacked', 'was not attacked'],
};

/** What one side asserts, in words: "the exchange of fire took place", "the camp was attacked", "the perpetrator: Hills Front". */
function asserted(group: Pick<Group, 'attribute' | 'subject'>, text: string): string {
  const happening = text === 'true' && group.subject && Object.hasOwn(HAPPENING_WORDS, group.attribute) ? HAPPENING_WORDS[group.attribute] : null;
  return happening ? `the ${group.subject} ${happening[0]}` : `the ${label(group)}: ${value(text)}`;
}

export function explain(kind: ContradictionKind, group: Group, a: Side, b: Side, names: Map<string, string>, said: [string | null, string | null] = [null, null]): string {
  const what = label(group);
  const at = (time: string | null) => (time ? ` at ${timeText(time)}` : '');
  switch (kind) {
    case 'revision_in_time':
      return `${who(a, names)} said${at(said[0])} the ${what} was ${value(a.value!)}; ${who(b, names)} said${at(said[1])} it was ${value(b.value!)}: `
        + 'a later statement on a situation that can change, a revision in time rather than a flat contradiction';
    case 'category_conflict':
      return `${who(a, names)} ${says(a)} the ${what} was ${value(a.value!)}; ${who(b, names)} ${says(b)} it was ${value(b.value!)}`;
    case 'quantity_mismatch':
      return `${who(a, names)} ${says(a) === 'says' ? 'puts' : 'put'} the ${what} at ${a.value}; ${who(b, names)} ${says(b) === 'says' ? 'puts' : 'put'} it at ${b.value}; the figures do not overlap`;
    case 'negation':
      return `${who(a, names)} ${says(a)} ${asserted(group, a.value!)}; ${who(b, names)} ${b.sourceIds.length === 1 ? 'denies' : 'deny'} it`;
    case 'exclusive_set_conflict':
      return `${who(a, names)} ${says(a)} the ${what} were only ${value(a.value!)}; ${who(b, names)} ${says(b)} ${value(b.value!)} too`;
    case 'omission':
      return `${who(b, names)} ${says(b)} nothing of ${value(a.value!)} among the ${what}, which ${who(a, names)} ${a.sourceIds.length === 1 ? 'asserts' : 'assert'}`;
  }
}
