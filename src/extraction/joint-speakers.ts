/**
 * Two speakers at once ("the army and the U.N. mission both said", "the United Nations and a local official
 * said"): the statement is each one's, as the corpus annotates it once per speaker.
 */
import { isPersonName } from './speaker-rules';
import type { Token } from './analyse';
import { exactName } from './names';
import type { SourceIndex } from './speakers';
import type { Spoken } from './resolve-speaker';
import { FLOATING } from './subjects';

/** The words without a quantifier after a coordinated subject ("the army and the mission both"), and whether one was there: each part speaks. */
function withoutQuantifier(head: string): [string, boolean] {
  const words = head.trim().split(' ');
  const floating = words.length > 1 && FLOATING.has(words[words.length - 1].toLowerCase());
  return floating ? [words.slice(0, -1).join(' '), true] : [head.trim(), false];
}

/** Words that make what follows them part of one speaker's description ("the head of the army", "loyal to"). */
const PREPOSITIONS = new Set(['of', 'for', 'with', 'near', 'to', 'from', 'at']);

/**
 * The parts of a coordinated speaker, and whether a quantifier ("both") said each speaks; null when the words are one
 * speaker. `cut` says the subject reader left a preposition off the front ("residents near | the base and the camp"):
 * the words may then be that preposition's object, and only a quantifier splits them.
 */
export function jointParts(head: string, index: SourceIndex, cut = false): { parts: string[]; joint: boolean } | null {
  const [whole, joint] = withoutQuantifier(head);
  if (cut && !joint) return null;
  // "the Ministry of Health and Sanitation": one known body's name is never split.
  if (exactName([whole], index)) return joint ? { parts: [whole], joint } : null;
  const parts = whole.split(/, (?:and )?| and /).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return joint ? { parts: [whole], joint } : null;
  // Without "both", only when every part after the first opens with its own article: "the army and the mission",
  // not "the Ministry of Health and Social Affairs" nor "army and police officials".
  // Two persons named in full are two speakers too: "Pedro Castillo and Keiko Fujimori condemned ...".
  if (!joint && !parts.slice(1).every((p) => /^(the|a|an) /i.test(p)) && !parts.every((p) => isPersonName(p))) return null;
  // "The head of the army and the Front said": without "both", a first part holding a preposition is one speaker's
  // description, the named bodies after it its object. "Members of the group and a rescue worker": one person is no such object.
  const object = parts.slice(1).some((p) => /^the /i.test(p));
  if (!joint && object && parts[0].toLowerCase().split(' ').some((w) => PREPOSITIONS.has(w))) return null;
  return { parts, joint };
}

/** Whether the subject reader left a preposition just before the speaker's words, in its clause ("according to" is no cut). */
export function cutAfterPreposition(tokens: Token[], at: number, first: number): boolean {
  return at > first && PREPOSITIONS.has(tokens[at - 1].lower) && tokens[at - 2]?.lower !== 'according';
}

/** Who a resolved speaker is, to tell two speakers apart. */
export function voiceOf(spoken: Spoken): string {
  return spoken.sourceId ?? spoken.suggested?.name ?? spoken.speaker;
}
