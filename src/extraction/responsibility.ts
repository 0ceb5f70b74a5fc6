import { Token } from './analyse';
import { Span } from './attribution';
import { isQuoteMark } from './quotes';

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been']);
const DEGREE = new Set(['solely', 'fully', 'entirely', 'directly', 'wholly', 'also', 'alone']);
const NOTHING = new Set(['nothing', 'no']);
/** What one has no part in: "had no role in", "had no involvement in", "had no hand in". */
const NO_PART = new Set(['role', 'involvement', 'part', 'hand']);
/** What one is "behind": the attack, not a desk or a line. */
const BEHIND = new Set(['attack', 'attacks', 'strike', 'strikes', 'killing', 'killings', 'massacre', 'bombing', 'shelling', 'raid', 'blast', 'explosion', 'assault', 'violence']);

/**
 * "Islamic Jihad was responsible for the blast", "the Russian military had nothing to do with the strike":
 * the subject named as the one responsible, asserted or denied. Returns the subject's words and the
 * polarity the words give, or null. Looks at most a few tokens each side of "responsible" or "to do with".
 */
export function responsibleSubject(tokens: Token[], i: number, first: number, last: number): { subject: Span; denied: boolean } | null {
  const t = tokens[i];
  let verbAt = -1;
  let denied = false;
  // "its forces had been involved in any killings": as "responsible for".
  // "they were not involved" closes the clause as "responsible" does.
  const involved = t.lower === 'involved' && (i === last || [',', '.', ';', 'in'].includes(tokens[i + 1]?.lower ?? ''));
  // "held the United States responsible": the one held responsible stands between the verb and the word.
  if (t.lower === 'responsible') {
    const held = heldResponsible(tokens, i, first);
    if (held) return held;
  }
  // "Israel was not responsible" ends the statement or its clause: as "responsible for".
  const closing = i === last || [',', '.', ';', 'and', 'but'].includes(tokens[i + 1]?.lower ?? '');
  if ((t.lower === 'responsible' && ((i + 1 <= last && tokens[i + 1].lower === 'for') || closing)) || involved) {
    let k = i - 1;
    while (k > first && (DEGREE.has(tokens[k].lower) || tokens[k].pos === 'ADV')) k -= 1;
    const be = beforeBe(tokens, k, first);
    if (!be) return null;
    ({ verbAt, denied } = be);
  } else if ((t.lower === 'behind' && i + 2 <= last && ['the', 'this', 'these', 'that', 'those'].includes(tokens[i + 1].lower) && attackAhead(tokens, i + 2, last))
    || (t.lower === 'blame' && tokens[i - 1]?.lower === 'to' && i - 2 >= first)) {
    // "the army was behind the attack", "the Front was to blame": the subject named as responsible.
    const be = beforeBe(tokens, t.lower === 'blame' ? i - 2 : i - 1, first);
    if (!be) return null;
    ({ verbAt, denied } = be);
  } else if (NOTHING.has(t.lower) && i + 3 <= last && tokens[i + 1].lower === 'to' && tokens[i + 2].lower === 'do' && tokens[i + 3].lower === 'with') {
    // "had nothing to do with", "has no role": the subject denies.
    if (i - 1 < first || !['have', 'has', 'had'].includes(tokens[i - 1].lower)) return null;
    denied = true;
    verbAt = i - 1;
    while (verbAt - 1 > first && (tokens[verbAt - 1].pos === 'AUX' || tokens[verbAt - 1].pos === 'ADV')) verbAt -= 1;
  } else if (t.lower === 'no' && i + 2 <= last && ((NO_PART.has(tokens[i + 1].lower) && tokens[i + 2].lower === 'in') || tiedTo(tokens, i + 1, last))) {
    // "Tehran had no role in the operations", 'the U.S. "had no involvement" in the strike'.
    let h = i - 1;
    if (h > first && /^["“”]$/.test(tokens[h].text)) h -= 1;
    // "had no role in", "played no part in".
    if (h - 1 < first || !['have', 'has', 'had', 'play', 'plays', 'played', 'playing'].includes(tokens[h].lower)) return null;
    denied = true;
    verbAt = h;
    if (verbAt - 1 > first && /^["“”]$/.test(tokens[verbAt - 1].text)) verbAt -= 1;
    // "it had played no part": back over the auxiliaries to the subject.
    while (verbAt - 1 > first && tokens[verbAt - 1].pos === 'AUX') verbAt -= 1;
  } else if (t.lower === 'responsibility' && bearing(tokens, i, first) >= 0 && forAct(tokens, i, last)) {
    // "The FNL bear primary responsibility for the killing", not "bears responsibility for the safety of".
    verbAt = bearing(tokens, i, first);
    if (['not', "n't", 'never'].includes(tokens[verbAt - 1]?.lower ?? '')) denied = true;
    while (verbAt - 1 > first && (tokens[verbAt - 1].pos === 'AUX' || tokens[verbAt - 1].pos === 'PART' || tokens[verbAt - 1].lower === 'not')) verbAt -= 1;
  } else if (t.lower === 'hallmarks' && tokens[i + 1]?.lower === 'of' && [2, 3].some((d) => ['bear', 'have', 'carry'].includes(tokens[i - d]?.lemma ?? ''))) {
    // "the massacre bore the hallmarks of JNIM": whose work it looked like, the phrase after "of".
    let b = i + 2;
    while (b < last && b < i + 6 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[b + 1].pos)) b += 1;
    return i + 2 <= last && ['NOUN', 'PROPN'].includes(tokens[b].pos) ? { subject: [i + 2, b], denied: [3, 4].some((d) => ['not', "n't"].includes(tokens[i - d]?.lower ?? '')) } : null;
  } else return null;
  // The subject: the noun phrase right before the verb, within four words ("The National Liberation Forces (FNL)").
  let end = verbAt - 1;
  if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
  // '"remnants of the TPLF junta" were responsible': the quoted words' last noun.
  if (end > first && isQuoteMark(tokens[end])) end -= 1;
  if (end < first || !['NOUN', 'PROPN', 'ADJ', 'PRON'].includes(tokens[end].pos)) return null;
  let a = end;
  // "the 36th Front": an ordinal is part of a unit's name.
  while (a > first && a > end - 4 && (['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[a - 1].pos) || /^\d+(st|nd|rd|th)$/.test(tokens[a - 1].lower))) a -= 1;
  // "No NAF platform was involved": the subject opened by "no" is denied.
  if (tokens[a].lower === 'no' && a < end) return { subject: [a + 1, end], denied: !denied };
  return { subject: [a, end], denied };
}

/** "held the United States responsible", "holds Kyiv fully responsible": the noun phrase held, within five words. */
function heldResponsible(tokens: Token[], i: number, first: number): { subject: Span; denied: boolean } | null {
  let end = i - 1;
  // 'held Israel "fully responsible"': over a quotation mark too.
  while (end > first && (DEGREE.has(tokens[end].lower) || isQuoteMark(tokens[end]))) end -= 1;
  if (end <= first || !['NOUN', 'PROPN'].includes(tokens[end].pos)) return null;
  let a = end;
  while (a > first && a > end - 5 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[a - 1].pos)) a -= 1;
  if (a - 1 < first || tokens[a - 1].lemma !== 'hold') return null;
  const denied = a - 2 >= first && (tokens[a - 2].lower === 'not' || tokens[a - 2].lower === "n't");
  return { subject: [a, end], denied };
}

/**
 * "was (not) responsible", "were not behind": from the word before the predicate back over "not" to the
 * form of "be" and the auxiliaries before it. Where the verb group starts, and whether it was negated;
 * null when no form of "be" stands there.
 */
function beforeBe(tokens: Token[], k: number, first: number): { verbAt: number; denied: boolean } | null {
  let denied = false;
  if (k > first && (tokens[k].lower === 'not' || tokens[k].lower === "n't")) {
    denied = true;
    k -= 1;
  }
  if (!BE.has(tokens[k]?.lower ?? '')) return null;
  while (k - 1 > first && (tokens[k - 1].pos === 'AUX' || tokens[k - 1].pos === 'PART')) k -= 1;
  return { verbAt: k, denied };
}

/** How heavily one bears responsibility: "bears full responsibility", "bear primary responsibility". */
const BEARING_DEGREE = new Set(['full', 'primary', 'sole', 'direct', 'main', 'entire', 'total', 'the', 'ultimate', 'heavy', 'overall']);

/** Where "bear" stands before "responsibility" at i, over a word of degree; -1 when it does not. */
function bearing(tokens: Token[], i: number, first: number): number {
  let k = i - 1;
  while (k > first && k >= i - 3 && BEARING_DEGREE.has(tokens[k].lower)) k -= 1;
  return k > first && tokens[k].lemma === 'bear' ? k : -1;
}

/** Acts one bears responsibility for as their author; "the deaths" or "the safety of" may be a failure to protect. */
const ACTS = new Set([
  'attack', 'attacks', 'strike', 'killing', 'killings', 'massacre', 'bombing', 'shelling', 'terror', 'crime', 'crimes', 'atrocity', 'atrocities',
  'murder', 'murders', 'slaughter', 'execution', 'executions', 'act', 'aggression',
]);

/** Whether the responsibility at i is for an act of harm, named within six words: "for the killing of", "for this act of terror". */
function forAct(tokens: Token[], i: number, last: number): boolean {
  if (tokens[i + 1]?.lower !== 'for') return false;
  for (let k = i + 2; k <= last && k <= i + 7; k += 1) if (ACTS.has(tokens[k].lower)) return true;
  return false;
}

/** "behind the attack", "behind the mosque bombing", "behind Sunday's suicide attack": the attack noun over at most two words naming which. */
function attackAhead(tokens: Token[], k: number, last: number): boolean {
  for (let n = k; n <= last && n <= k + 2; n += 1) {
    if (BEHIND.has(tokens[n].lower)) return true;
    if (!['NOUN', 'PROPN', 'ADJ'].includes(tokens[n].pos)) return false;
  }
  return false;
}

/** "had no link to the bombing", "has no connection with the attack": no tie to it, as "no role in" (to an act, not "to the local militia"). */
function tiedTo(tokens: Token[], k: number, last: number): boolean {
  if (!['link', 'links', 'connection', 'ties'].includes(tokens[k].lower) || !['to', 'with'].includes(tokens[k + 1]?.lower ?? '')) return false;
  for (let n = k + 2; n <= last && n <= k + 5; n += 1) if (BEHIND.has(tokens[n].lower) || ACTS.has(tokens[n].lower)) return true;
  return false;
}
