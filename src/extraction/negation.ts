import { Token } from './analyse';
import { NEGATIONS } from './category-words';

/** Where a negation stands near a word of a facet: before it, after its subject, or opening its subject. */

/** A negation within three words before i, over articles and adjectives: "not an Israeli air strike". */
export function negatedBefore(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 3; k -= 1) {
    if (NEGATIONS.has(tokens[k].lower)) return true;
    if (!['DET', 'ADJ', 'PROPN'].includes(tokens[k].pos)) return false;
  }
  return false;
}

/** "none of its aircraft, drones or ships had fired", "no coalition aircraft had struck": a subject opened by "none of" or "no", within ten words before i, up to a verb. */
export function noneOf(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 10; k -= 1) {
    if ((tokens[k].lower === 'none' || tokens[k].lower === 'neither') && tokens[k + 1]?.lower === 'of') return true;
    // "not a single unit of the group", "not one soldier"; not "not one but two rockets".
    const single = tokens[k + 1]?.lower === 'one' ? k + 1 : tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'single' ? k + 2 : -1;
    if (tokens[k].lower === 'not' && single > 0 && tokens[single + 1]?.lower !== 'but') return true;
    // "no coalition aircraft had struck the prison".
    if (tokens[k].lower === 'no' && tokens[k].pos === 'DET' && k + 1 < i && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1].pos)) return true;
    if (tokens[k].pos === 'VERB') return false;
  }
  return false;
}

/** A negation right after a subject, before its verb: "the helicopters did not fire". */
export function negatedAfter(tokens: Token[], i: number, last: number): boolean {
  for (let k = i; k <= last && k <= i + 2; k += 1) {
    if (NEGATIONS.has(tokens[k].lower)) return true;
    if (tokens[k].pos !== 'AUX') return false;
  }
  return false;
}

/**
 * The polarity of a facet read in a statement that may itself be a denial, with a negation of its own near the
 * facet's words. One rule for every attribute: either one denies it. "denied that its forces attacked" and "said it
 * did not attack" are denials alike; a negation inside a denial ("denied that it had not ...") is rare in wire copy
 * and far more often an emphatic denial than a double negative, and reading it as asserted would put on the board a
 * claim the speaker never made: a false contradiction costs more than a missed facet.
 */
export function polarityOf(denied: boolean, negated: boolean): 'asserted' | 'denied' {
  return denied || negated ? 'denied' : 'asserted';
}

/**
 * "caused by a gas tank rather than by explosives", "a mortar instead of a drone": the alternative set aside at i,
 * which the statement neither asserts nor, of the event, denies (often it speaks of a second blast). Looks back three words.
 */
export function ruledOut(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k > first && k >= i - 4; k -= 1) {
    const w = tokens[k].lower;
    if ((w === 'than' && tokens[k - 1].lower === 'rather') || (w === 'of' && tokens[k - 1].lower === 'instead')) return true;
    if (!['DET', 'ADJ'].includes(tokens[k].pos) && w !== 'by') return false;
  }
  return false;
}
