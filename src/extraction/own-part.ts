import { Token } from './analyse';
import { Span } from './attribution';
import { ownForcesAbsent, presenceDenied } from './alibi';
import { deniedAccusationOfHarm, deniesDoing } from './blame';
import { ATTACK_NOUNS, DENIED_BLAME, DENYING, RESPONSIBILITY } from './category-words';
import { ReadFacet } from './quantity-facets';

/** Words of a denial that refer back to what others said: what they said decides whether it was harm. */
const ACCUSATIONS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claims', 'charges']);

/**
 * The speaker's own part in the attack, by the verb that introduces its words: claimed ("claimed responsibility",
 * "claimed the attack") or denied ("denied responsibility", "denied carrying out the attack", "none of its fighters
 * had been in the village"). `own` names the speaker's forces; `armed` says whether a name is an armed party, `group`
 * whether it is an armed group (no state's forces), which alone calls itself "the group".
 */
export function ownPart(
  tokens: Token[], [first, last]: Span, verb: string, denied: boolean, own: string, armed: (name: string) => boolean, group: (name: string) => boolean = () => false,
): ReadFacet[] {
  const out: ReadFacet[] = [];
  // "denied responsibility", "rejected the accusation", "denied any role": the speaker denies being the perpetrator.
  if (verb === 'deny' || verb === 'reject' || verb === 'dismiss') {
    for (let i = first; i <= Math.min(last, first + 6); i += 1) {
      if (DENIED_BLAME.has(tokens[i].lower)) {
        // "rejected the allegation" of something else than the harm (favouring some evacuees, sponsoring others): no perpetrator.
        if (ACCUSATIONS.has(tokens[i].lower) && !deniedAccusationOfHarm(tokens, first, last)) break;
        out.push({ attribute: 'perpetrator', value: own, polarity: 'denied', span: [first, i] });
        break;
      }
    }
  }
  // "denied carrying out the attack": the speaker denies doing it.
  if (DENYING.has(verb) && deniesDoing(tokens, [first, last])) {
    out.push({ attribute: 'perpetrator', value: own, polarity: 'denied', span: [first, Math.min(last, first + 3)] });
  }
  // "X claimed responsibility for ...": the speaker says it did it.
  if (['claim', 'admit', 'acknowledge'].includes(verb) && RESPONSIBILITY.has(tokens[first].lower)) {
    out.push({ attribute: 'perpetrator', value: own, polarity: 'asserted', span: [first, first] });
  }
  // "X claimed the attack": the speaker says it did it.
  const attackNamed = first + 1 <= last && ['the', 'this', 'that'].includes(tokens[first].lower) && ATTACK_NOUNS.has(tokens[first + 1].lower);
  if (verb === 'claim' && armed(own) && attackNamed && !['VERB', 'AUX'].includes(tokens[first + 2]?.pos ?? '')) {
    out.push({ attribute: 'perpetrator', value: own, polarity: 'asserted', span: [first, first + 1] });
  }
  // "none of its fighters had been in the village": the speaker's forces were not there.
  const absent = !denied && armed(own) ? ownForcesAbsent(tokens, [first, last], group(own)) : null;
  if (absent) out.push({ attribute: 'perpetrator', value: own, polarity: 'denied', span: absent });
  // "denied having any fighters operating in the area": the same alibi, denied by the verb.
  const away = DENYING.has(verb) && armed(own) ? presenceDenied(tokens, [first, last]) : null;
  if (away) out.push({ attribute: 'perpetrator', value: own, polarity: 'denied', span: away });
  return out;
}
