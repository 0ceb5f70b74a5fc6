/**
 * Two speakers at once ("the army and the U.N. mission both said", "the United Nations and a local official
 * said"): the statement is each one's, as the corpus annotates it once per speaker.
 */
import { exactName } from './names';
import type { SourceIndex } from './speakers';
import type { Spoken } from './resolve-speaker';

/** A quantifier after a coordinated subject says that each part speaks. */
const FLOATING = / (both|all|each)$/i;

/** The parts of a coordinated speaker, and whether a quantifier ("both") said each speaks; null when the words are one speaker. */
export function jointParts(head: string, index: SourceIndex): { parts: string[]; joint: boolean } | null {
  const joint = FLOATING.test(head.trim());
  const whole = head.trim().replace(FLOATING, '');
  // "the Ministry of Health and Sanitation": one known body's name is never split.
  if (exactName([whole], index)) return joint ? { parts: [whole], joint } : null;
  const parts = whole.split(/, (?:and )?| and /).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return joint ? { parts: [whole], joint } : null;
  // Without "both", only when every part after the first opens with its own article: "the army and the mission",
  // not "the Ministry of Health and Social Affairs" nor "army and police officials".
  if (!joint && !parts.slice(1).every((p) => /^(the|a|an) /i.test(p))) return null;
  return { parts, joint };
}

/** Who a resolved speaker is, to tell two speakers apart. */
export function voiceOf(spoken: Spoken): string {
  return spoken.sourceId ?? spoken.suggested?.name ?? spoken.speaker;
}
