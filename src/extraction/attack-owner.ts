import { Token } from './analyse';
import { Span } from './attribution';
import { ATTACK_NOUNS, CAUSES } from './category-words';
import { negatedBefore } from './negation';
import { overModifiers, phraseAt } from './phrases';

/** An attack a party is said to have staged against itself or to blame others: "a Ukrainian provocation". */
const STAGED = new Set(['provocation', 'provocations']);
/**
 * Causes an adjective does not make the named side's attack: "Ukrainian air defences" are the defending side's, and
 * a mention of them ("Ukrainian air defences shot down 20 drones") says nothing of who struck.
 */
const NOT_OWNED = new Set(['air defence']);

/** The cause or attack noun at k, when it is one a party's name before it makes that party's. */
function ownedAttack(tokens: Token[], k: number, last: number): boolean {
  if (ATTACK_NOUNS.has(tokens[k].lower)) return true;
  const cause = phraseAt(tokens, k, last, CAUSES);
  return !!cause && !NOT_OWNED.has(cause.value);
}

/**
 * Whose attack the words at i name: "JNIM's air strike" (a possessive before the attack or its cause), "an Israeli
 * air strike", "a Russian Kh-101 cruise missile", "a coalition strike" (an adjective, a name, or a noun right after an
 * article, over the words that say which kind). The party, the words and whether a negation stands before; or null.
 */
export function attackOwner(
  tokens: Token[], i: number, first: number, last: number, text: string, party: (phrase: string) => string | null,
): { who: string; span: Span; negated: boolean } | null {
  const t = tokens[i];
  if ((t.lower === "'s" || t.lower === '’s') && i > first && i + 1 <= last && ownedAttack(tokens, i + 1, last)) {
    const who = party(tokens[i - 1].text) ?? (i - 2 >= first ? party(text.slice(tokens[i - 2].start, tokens[i - 1].end)) : null);
    return who ? { who, span: [i - 1, i + 1], negated: false } : null;
  }
  if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'NOUN' && i > first && tokens[i - 1].pos === 'DET'))) return null;
  // 'a Ukrainian "provocation"': over quotation marks too.
  const at = overModifiers(tokens, /^["“”]$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1, last);
  const next = tokens[at];
  // An "offensive" is a campaign, not the incident; "the attack was a Ukrainian provocation" is one staged by the one named.
  if (!next || at > last || next.lower === 'offensive' || !(STAGED.has(next.lower) || ownedAttack(tokens, at, last))) return null;
  // "a Houthi missile attack": a group the desk names in the plural, as an adjective.
  const who = party(t.text) ?? (t.pos === 'PROPN' && !t.lower.endsWith('s') ? party(`${t.text}s`) : null);
  return who ? { who, span: [i, i + 1], negated: negatedBefore(tokens, i, first) } : null;
}
