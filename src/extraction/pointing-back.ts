/** Words that point back to a speaker named before: a pronoun, "one of them", "others". */
import type { Spoken } from './resolve-speaker';
import type { KnownSource, SourceIndex } from './speakers';
import { MEDIA_KINDS, soleBodyWith, sourceById } from './source-lookups';
import { fold } from '../claims/fold';
import type { Antecedents } from './functions';
import { GROUP_HEADS, HEAD_KINDS, type Recent } from './mentions';
import { GENERIC_HEADS } from './names';

/**
 * The speaker a pronoun points back to: the last one that agrees with it ("he", "she": a person; "it": a body;
 * "they", "we": a body or a group); "they" and "we", if none agrees, the last one.
 */
export function antecedent(pronoun: string, history: Spoken[], subjects: Spoken[]): Spoken | undefined {
  const p = pronoun.trim().toLowerCase();
  const gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
  const agrees = (h: Spoken) => (gender ? h.person === true && (!h.gender || h.gender === gender) : !h.person);
  let spoke: Spoken | undefined;
  for (let i = history.length - 1; i >= 0 && i >= history.length - 8 && !spoke; i -= 1) if (agrees(history[i])) spoke = history[i];
  // A clause's subject named after the last agreeing speaker, in this line or the one before, is nearer.
  let at = subjects.length - 1;
  while (at >= 0 && at >= subjects.length - 20 && subjects[at].introduced) at -= 1;
  const last = subjects[at]?.introduced ? undefined : subjects[at];
  const line = history[history.length - 1]?.line ?? 0;
  if (last && agrees(last) && (last.at ?? -1) > (spoke?.at ?? -1) && last.line >= line - 1) return last;
  if (spoke || !gender) return spoke ?? history[history.length - 1];
  // "Rescuers said ... he said": one person is never a group or a body that spoke with no person's voice,
  // unless the narration has since named a person in the body's function ("Its commander, X, was seen ...").
  const body = history[history.length - 1];
  const inFunction = subjects.slice(-20).some((s) => s.introduced && s.sourceId && s.sourceId === body?.sourceId && (s.at ?? -1) > (body.at ?? -1));
  return inFunction ? body : undefined;
}

/**
 * The speakers that said one statement together with the one pointed back to ("the army and the mission both
 * said ... They said"), in the order named: history holds each voice of a statement at the same token.
 */
export function jointVoices(spoken: Spoken, history: Spoken[]): Spoken[] {
  const together = history.slice(-6).filter((h) => h.at !== undefined && h.at === spoken.at && h.line === spoken.line);
  return together.some((h) => h === spoken) ? together : [spoken];
}

/**
 * Words that point back to part of a group: "one of them", "two of those", "others". A bare "some", "many" or
 * "both" is no pointer: it names no one, and reading it as the last speaker gave a party a victim's words.
 */
const PART = /^(?:(?:one|two|three|four|five|some|several|most|each|both|all|many|\d+) of (?:them|those)|others)$/i;

/**
 * A new source that is a group of people ("Residents", "Fishermen", "Pakistani security officials"), never a known body nor a
 * body's name in the plural ("Doctors Without Borders"): its last word a common noun in the plural.
 */
function isCrowd(spoken: Spoken): boolean {
  const words = (spoken.suggested?.name ?? '').split(' ');
  const last = words[words.length - 1];
  const plural = /(s|men|people|folk)$/.test(last);
  const common = plural && (words.length === 1 ? /^[A-Z]?[a-z]+$/.test(last) : /^[a-z]+$/.test(last));
  return !spoken.sourceId && !spoken.person && !MEDIA_KINDS.has(spoken.kind) && common;
}

/**
 * "one of them", "others": part of the group of people that spoke last (within a few statements), "one of them" one
 * person of it; with an apposition ("one of them, a farmer who ..."), the words to read instead, without the
 * relative clause. Never a known body: "The army said ... one of them said" is no soldier's voice. Null when no
 * such group spoke since a newer subject was named; undefined when the words are no such part.
 */
export function partOfGroup(head: string, beside: string | null, history: Spoken[], line: number, subjects: Spoken[] = []): Spoken | { reread: string } | null | undefined {
  if (!PART.test(head.trim())) return undefined;
  if (beside && /^(an?|the) /i.test(beside.trim())) return { reread: beforeRelative(beside) };
  const speaker = beside ? `${head}, ${beside}` : head;
  const one = /^one of/i.test(head.trim());
  const named = subjects[subjects.length - 1]?.at ?? -1;
  for (let i = history.length - 1; i >= 0 && i >= history.length - 4; i -= 1) {
    // "Traders said ... The army sealed the district. One of them said": "them" is no longer the traders.
    if ((history[i].at ?? -1) < named) return null;
    if (isCrowd(history[i])) return { ...history[i], speaker, line, ...(one && { person: true }) };
  }
  return null;
}

/** The known source among those that pass the test that spoke last, within a few statements (`inScenes`: also in a paragraph set in a capital). */
export function spokeLast(history: Spoken[], index: SourceIndex, test: (source: KnownSource) => boolean, inScenes = true): KnownSource | null {
  for (let i = history.length - 1; i >= 0 && i >= history.length - 6; i -= 1) {
    const source = history[i].sourceId && (inScenes || !history[i].scene) ? sourceById(index, history[i].sourceId!) : null;
    if (source && test(source)) return source;
  }
  return null;
}

/** The words before a relative clause ("a farmer who fled" -> "a farmer"), found word by word, not by a pattern over the text. */
function beforeRelative(words: string): string {
  const list = words.split(' ');
  const at = list.findIndex((w, i) => i > 0 && ['who', 'whose', 'which'].includes(w));
  return at < 0 ? words : list.slice(0, at).join(' ');
}

/** Who "its", "their" or "the group" in a function points back to: the known body spoken or named last, else the one the words name (`byWords`). */
export function pointBackIn(history: Spoken[], index: SourceIndex, line: number, recent: Recent, byWords: (phrase: string) => KnownSource | null): Antecedents {
  // The known body named last; else the one that spoke last ("Congo's army blamed ... army spokesman X said"); else the dateline's.
  const lastNamed = (test: (source: KnownSource) => boolean) => {
    const named = recent(test);
    return (named && !named.dateline ? named.source : null) ?? spokeLast(history, index, test) ?? named?.source ?? null;
  };
  // The one the speaker's paragraph names; else the one heard last ("KYIV - Russia said ... Foreign Minister X said"); else
  // the dateline's country ("ISLAMABAD - ... In New Delhi, India's army announced ... Prime Minister X said").
  const home = (test: (source: KnownSource) => boolean) => {
    const here = recent(test, true);
    return here && !here.dateline ? here.source : spokeLast(history, index, test, false) ?? here?.source ?? null;
  };
  return { lastNamed, home, pointBack: (phrase) => {
    if (/^(its|their)$/i.test(phrase.trim())) {
      const named = recent(() => true);
      for (let i = history.length - 1; i >= 0 && i >= history.length - 6; i -= 1) {
        const h = history[i];
        if (h.person) continue;
        if (named && (h.at ?? -1) < named.at) break;
        // "The U.N. human rights office said ... Its spokeswoman said": a new body that spoke last is the one meant, not a
        // known one before it; "its" never points to witnesses or to sources in the plural ("Witnesses said ... Its spokesman").
        if (!h.sourceId) {
          if (h.kind === 'witness' || h.kind === 'other' || /s$/i.test(h.suggested?.name ?? '')) continue;
          return null;
        }
        return sourceById(index, h.sourceId) ?? null;
      }
      return named?.source ?? null;
    }
    // "The rights group said ... said X, the group's director": the body that spoke last, if no known body was named since.
    const last = history[history.length - 1];
    const since = recent(() => true);
    // Only a body the noun may name: "the hotel's manager" is not the armed group that spoke last.
    const noun = phrase.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const body = last?.sourceId ? sourceById(index, last.sourceId) ?? null : null;
    // "the group", "the militia" are no army's or government's, whatever spoke last.
    const groupOnly = GROUP_HEADS.has(noun) && !HEAD_KINDS[noun]?.includes(body?.kind ?? '');
    const fits = !!body && !groupOnly && (GENERIC_HEADS.has(noun) || !!HEAD_KINDS[noun]?.includes(body.kind ?? '') || ` ${fold(body.name)} ${fold(last.speaker)} `.includes(` ${noun} `));
    if (last && !last.person && last.line >= line - 1 && (!since || since.at < (last.at ?? -1))) return fits ? body : null;
    return byWords(phrase);
  } };
}

/**
 * "the party" for the desk's "Communist Party of India (Maoist)" (`soleBodyWith`), only when that party spoke last or the narration
 * named it after the last statement: "The ruling BJP said the Maoists were cowards. The party said" is not the desk's party.
 */
export function lastOfItsWord(word: string, history: Spoken[], index: SourceIndex, recent: Recent): KnownSource | null {
  const body = soleBodyWith(word, index);
  if (!body || body.elsewhere) return null;
  const last = history[history.length - 1];
  const named = recent((s) => s === body);
  return last?.sourceId === body.id || (named && (!last || (last.end ?? last.at ?? -1) < named.at)) ? body : null;
}

/** "the IG": the last person who spoke or was named in that rank (its words in their function), known to the desk; else none. */
export function rankHolder(rank: string[], history: Spoken[], people: Spoken[]): Spoken | undefined {
  return [...history.slice(-12), ...people.slice(-20)].filter((h) => h.sourceId && rank.every((x) => ` ${h.speaker.toLowerCase()} ${h.role?.toLowerCase() ?? ''} `.includes(` ${x} `)))
    .sort((x, y) => (y.at ?? -1) - (x.at ?? -1))[0];
}
