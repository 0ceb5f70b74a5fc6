import { Token } from './analyse';
import { Span } from './attribution';
import { polarityOf } from './negation';
import { ReadFacet } from './quantity-facets';
import { GENERAL, TARGET_KINDS } from './target-words';
import { Aimed, list, nounPhrase, targetValue } from './targets';

/**
 * Targets denied (targets.ts reads the asserted ones): a policy of not striking a kind of place ("its forces do not
 * strike residential buildings", "does not deliver strikes on civilian targets", "it is not our policy to target
 * mosques"), and the absence of any military object there ("there was no military target near the building", "not a
 * single military facility in the area"). A past denial of one strike ("had not struck the hospital") is read as the
 * place not attacked (attacked.ts), not here: one denial is one facet, or the board would flag it twice.
 */

/** Verbs whose object is what is aimed at, as a policy: "do not target", "never shell". */
const AIMING = new Set(['target', 'attack', 'strike', 'hit', 'shell', 'bomb', 'bombard', 'storm', 'raid']);
/** Verbs whose object is a strike: "do not deliver strikes on civilian targets", "never carry out attacks against". */
const DELIVERING = new Set(['deliver', 'carry', 'launch', 'conduct', 'direct']);
const STRIKE_NOUNS = new Set(['strike', 'strikes', 'attack', 'attacks', 'airstrike', 'airstrikes', 'bombing', 'shelling']);
const NEGATIONS = new Set(['not', "n't", 'never']);
/** A present-tense policy: "do not", "does not", "will never", "would never"; a past one ("did not", "had not") is one strike denied. */
const POLICY_AUX = new Set(['do', 'does', 'will', 'would', 'wo']);
/** Words between "no" and a military object in an existential denial: "no sign of any military target". */
const EXISTENTIAL = new Set(['a', 'single', 'sign', 'trace', 'evidence', 'of', 'any', 'other']);

/**
 * A policy verb at i: negated by "not"/"never" after "do", "does", "will" or "would", or an infinitive after a negation
 * ("not our policy to target"). Within four words before the verb.
 */
function policyNegated(tokens: Token[], i: number, first: number): boolean {
  let negation = false;
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    const w = tokens[k].lower;
    // "does not only strike military targets but also schools": no denial of the first.
    if (w === 'only' || w === 'just') return false;
    if (NEGATIONS.has(w)) negation = true;
    else if (POLICY_AUX.has(w)) return negation;
    else if (!['ADV', 'PART', 'AUX'].includes(tokens[k].pos)) break;
  }
  if (negation && tokens[i].lower === tokens[i].lemma && tokens[i - 1]?.lower === 'never') return true;
  // "it is not our policy to target mosques", "is never to strike": the negation governs the copula or the policy,
  // with no verb between it and "to" ("would not hesitate to strike", "never miss a chance to shell" deny nothing).
  if (tokens[i - 1]?.lower !== 'to') return false;
  for (let k = i - 2; k >= first && k >= i - 6; k -= 1) {
    if (tokens[k].pos === 'VERB') return false;
    if (NEGATIONS.has(tokens[k].lower)) return ['is', 'was', "'s"].includes(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Where the object of a policy at i begins: "strike X" -> X; "deliver strikes on X" -> X; -1 when none. */
function policyObject(tokens: Token[], i: number, last: number): number {
  const t = tokens[i];
  if (AIMING.has(t.lemma)) return i + 1;
  if (!DELIVERING.has(t.lemma)) return -1;
  let k = i + 1;
  if (tokens[k]?.lower === 'out') k += 1;
  while (k <= last && k <= i + 4 && !STRIKE_NOUNS.has(tokens[k].lower)) {
    if (!['DET', 'ADJ'].includes(tokens[k].pos)) return -1;
    k += 1;
  }
  return STRIKE_NOUNS.has(tokens[k]?.lower ?? '') && ['on', 'against', 'at'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : -1;
}

/** "there was no military target near the building", "not a single military facility": the military object said absent. */
function noMilitaryObject(tokens: Token[], i: number, last: number): Span | null {
  const t = tokens[i];
  if (t.lower !== 'no' && !(t.lower === 'not' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'single')) return null;
  // An existential frame only ("there was no", "had no"): "no military aircraft were damaged" denies no target.
  if (t.lower === 'no' && !['was', 'were', 'is', 'are', 'had', 'has', 'have'].includes(tokens[i - 1]?.lower ?? '')) return null;
  let k = i + 1;
  while (k <= last && k <= i + 6 && EXISTENTIAL.has(tokens[k].lower)) k += 1;
  if (tokens[k]?.lower !== 'military' || k > last) return null;
  const np = nounPhrase(tokens, k, last);
  if (!np) return null;
  const head = tokens[np[1]].lower;
  return GENERAL.has(head) || TARGET_KINDS.has(head) ? np : null;
}

/** Targets denied by the statement's own words; turned over when the statement itself is denied. */
export function deniedTargets(tokens: Token[], [first, last]: Span, denied: boolean): ReadFacet[] {
  const found: Aimed[] = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    const none = noMilitaryObject(tokens, i, last);
    if (none) {
      const value = targetValue(tokens, none);
      if (value) found.push({ value, span: none, only: false, aimed: true });
      i = none[1];
      continue;
    }
    if (t.pos !== 'VERB' || !policyNegated(tokens, i, first)) continue;
    const from = policyObject(tokens, i, last);
    if (from < 0 || from > last) continue;
    i = Math.max(i, list(tokens, from, last, false, true, found) - 1);
  }
  if (!found.length) return [];
  const values = [...new Set(found.map((f) => f.value))];
  return [{ attribute: 'targets', value: values, polarity: polarityOf(denied, true), span: [found[0].span[0], found[found.length - 1].span[1]] }];
}

/** Whether the verb at i states a policy of not aiming at something (attacked.ts leaves such a place to this reading). */
export function policyDenial(tokens: Token[], i: number, first: number): boolean {
  return policyNegated(tokens, i, first);
}
