import { Token } from './analyse';

/**
 * Which part of the dead a group named in a statement is (victim-status.ts): a subset ("including five children",
 * "among them"), some of them ("many of them were militants"), or a count ("11 children", "dozens of terrorists",
 * "killed the attackers"), which is a toll rather than who the victims were.
 */

/** "including five children", "among them": a part of the dead, which says nothing of who the victims were. */
const PART_OF = new Set(['including', 'included', 'include', 'includes', 'among']);
const MANY = new Set(['dozens', 'hundreds', 'scores', 'thousands', 'several', 'tens']);
/** "many of them were militants": some of the dead, not all, were fighters; the others were not. */
const SOME = new Set(['many', 'some', 'several', 'most', 'part']);
/** Forces that name their men ("army personnel") and leave a count a count ("eight police officers"). */
export const FORCES = new Set(['army', 'military', 'police', 'security', 'corps', 'forces', 'navy', 'gendarmerie', 'guard']);

/** A figure, in digits or words. */
function numeral(t: Token): boolean {
  return t.pos === 'NUM' || /^\d/.test(t.text);
}

/** "five of them children", "including 12 women", "the dead included children": a subset, not the victims' status. */
export function subset(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    if (PART_OF.has(tokens[k].lower)) return true;
    if (tokens[k].lower === 'of' && k - 1 >= first && numeral(tokens[k - 1])) return true;
  }
  // "among them the singer X, a keyboard player, jade merchants and several officers": later members of the list.
  for (let k = i - 1; k >= first && k >= i - 14; k -= 1) {
    if (PART_OF.has(tokens[k].lower)) return true;
    // "including members of the security forces and Christians": over the "of" inside one member too.
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(tokens[k].pos) && ![',', 'and', 'of'].includes(tokens[k].lower)) break;
  }
  // "Some twenty soldiers were among the dead".
  for (let k = i + 1; k < tokens.length && k <= i + 3; k += 1) if (tokens[k].lower === 'among') return true;
  // "died in the crossfire along with the terrorists", "along with a number of KIA officers": others beside the dead named.
  for (let k = i - 1; k > first && k >= i - 6; k -= 1) if (tokens[k].lower === 'with' && tokens[k - 1].lower === 'along') return true;
  return false;
}

/** "many of them were militants", "most of them officials and soldiers": some of the dead, within five words. */
export function someOfThem(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first + 2 && k >= i - 5; k -= 1) {
    if (tokens[k].lower === 'them' && tokens[k - 1].lower === 'of') return SOME.has(tokens[k - 2].lower);
  }
  return false;
}

/** "11 children", "eight Colombian police officers": a number before the group, over the words that say which. */
export function numberBefore(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 3; k -= 1) {
    if (numeral(tokens[k])) return true;
    if (!(['ADJ', 'PROPN'].includes(tokens[k].pos) || FORCES.has(tokens[k].lower))) return false;
  }
  return false;
}

/** "dozens of terrorists", "57 of the attackers", "25 bodies of soldiers": a count of the group, within four words. */
export function countedOf(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    if (tokens[k].lower !== 'of') {
      if (!['DET', 'ADJ', 'PROPN', 'VERB'].includes(tokens[k].pos)) return false;
      continue;
    }
    // "25 bodies of soldiers": the bodies counted are the men's.
    const at = ['bodies', 'corpses'].includes(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
    return at >= first && (numeral(tokens[at]) || MANY.has(tokens[at].lower));
  }
  if (MANY.has(tokens[i - 1]?.lower ?? '') && i - 1 >= first) return true;
  return false;
}

/** "killed the terrorists", "neutralised the attackers": the ones who attacked, killed in turn. */
export function killedThe(tokens: Token[], i: number, first: number): boolean {
  // "killed the terrorists", "killing all of the al-Shabaab gunmen": back over the words naming which.
  let k = i - 1;
  while (k > first && k >= i - 6 && (['DET', 'PROPN', 'ADJ', 'PUNCT'].includes(tokens[k].pos) || ['all', 'of'].includes(tokens[k].lower) || tokens[k + 1]?.text === '-') && tokens[k].text !== ',') k -= 1;
  return k < i - 1 && ['kill', 'neutralise', 'neutralize', 'eliminate'].includes(tokens[k].lemma) && ['the', 'all'].some((w) => tokens.slice(k + 1, i).some((x) => x.lower === w));
}
