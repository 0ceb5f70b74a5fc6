import { Token } from './analyse';
import { COMBATANTS, kindOfWord } from './quantity-words';

const CIVILIANS_WHOLE = new Set(['civilian', 'civilians', 'non-combatants', 'noncombatants']);

/**
 * A part of the dead named by its class: "at least three of the dead were civilians", "29 people had died,
 * 10 of them soldiers". The part is no toll, but it is the count of civilians or combatants among the dead,
 * as the annotation rules read it ("some twenty soldiers were among the dead"). Answers the index of the
 * class noun, or -1. `of` is the index of "of" after the number.
 */
export function classOfDead(tokens: Token[], start: number, of: number, first: number, last: number): number {
  const whole = tokens[of + 1];
  const then = tokens[of + 2];
  if (!whole || !then) return -1;
  // The whole class only: "five of them children" counts some of the civilians, and would stand against a
  // civilian toll as a false contradiction.
  const isClass = (t: Token | undefined) => !!t && (CIVILIANS_WHOLE.has(t.lower) || COMBATANTS.has(t.lower));
  // "three of the dead (in Jesus Maria) were civilians".
  if ((whole.lower === 'the' || whole.lower === 'those') && (kindOfWord(then) === 'fatal' || then.lemma === 'victim')) {
    for (let j = of + 3; j <= Math.min(last - 1, of + 8); j += 1) {
      if (tokens[j].text === ',' || tokens[j].text === '.') return -1;
      if (tokens[j].lemma !== 'be' || tokens[j].pos !== 'AUX') continue;
      const k = tokens[j + 1]?.pos === 'ADJ' && !isClass(tokens[j + 1]) ? j + 2 : j + 1;
      return k <= last && isClass(tokens[k]) ? k : -1;
    }
    return -1;
  }
  // "29 people had died, 10 of them soldiers": after a comma, with a word of death before it.
  if (whole.lower === 'them' && isClass(then) && tokens[start - 1]?.text === ',') {
    for (let k = start - 2; k >= Math.max(first, start - 10); k -= 1) if (kindOfWord(tokens[k]) === 'fatal') return of + 2;
  }
  return -1;
}
