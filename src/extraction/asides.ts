/** What stands beside a speaker named after the verb, and says who it is ('"...," said Olena, a cashier', 'said a survivor who fled'). */
import type { Clause, Span } from './attribution';
import { OBJECT_OF, phraseLeftOf, phraseRightOf } from './noun-phrases';
import { clauseStart, nameLeftOf } from './subjects';
import { isQuoteMark } from './quotes';
import { REPORTING_VERBS } from './lexicon';
import { DEMONYMS } from './names';
import { STATE_TITLES } from './speaker-forms';

/** '"...," said Olena, a cashier who escaped.': beside one capitalised word, an age or "a ..." up to the next comma says who it is. */
export function asideOfOneName(c: Clause, [a, b]: Span): Span | null {
  const next = c.tokens[b + 2];
  if (a !== b || c.tokens[a].pos !== 'PROPN' || c.tokens[b + 1]?.text !== ',' || !next || b + 2 > c.last || c.quoted[b + 2]) return null;
  if (!['a', 'an'].includes(next.lower) && next.pos !== 'NUM') return null;
  let k = b + 2;
  // Up to a relative clause ("a cashier who escaped ..."): what it did says nothing of who it is.
  while (k + 1 <= c.last && k - b < 8 && !c.quoted[k + 1] && ![',', '.', ';', 'who', 'whose', 'which', 'that'].includes(c.tokens[k + 1].lower)) k += 1;
  return [b + 2, k];
}

/** '"...," said a survivor who fled to the town.': a relative clause after the speaker describes it and ends the clause. */
export function relativeAfter(c: Clause, [, b]: Span): boolean {
  const next = c.tokens[b + 1];
  return !!next && b + 1 <= c.last && !c.quoted[b + 1] && (next.lower === 'who' || next.lower === 'whose') && c.tokens[b].pos === 'NOUN';
}

/**
 * "President X, who returned on Wednesday, declared ...", "Moscow has not responded ...": the subject of a clause
 * whose verb reports nothing, past a relative clause between commas or a negation, for a later pronoun to point back to.
 */
export function subjectPastAside(c: Clause): Span | null {
  const subject = phraseRightOf(c, clauseStart(c));
  if (!subject) return null;
  let k = subject[1] + 1;
  if (c.tokens[k]?.text === ',' && ['who', 'whose'].includes(c.tokens[k + 1]?.lower ?? '')) {
    k += 2;
    while (k < c.last && k - subject[1] <= 18 && c.tokens[k].text !== ',' && !c.quoted[k]) k += 1;
    if (c.tokens[k]?.text !== ',') return null;
    k += 1;
  }
  while (k < c.last && ['ADV', 'AUX', 'PART'].includes(c.tokens[k].pos)) k += 1;
  return k <= c.last && c.tokens[k].pos === 'VERB' && c.tokens[subject[0]].pos !== 'PRON' && !c.quoted[subject[0]] ? subject : null;
}

/** '"...," declared X': a verb that reports only before "that" or a quote (WEAK_VERBS) reports too right after the quote it closes. */
export function inverted(c: Clause, v: number): boolean {
  const t = c.tokens[v];
  return t.pos === 'VERB' && t.lemma === 'declare' && v > c.first && (c.tokens[v - 1].text === ',' || isQuoteMark(c.tokens[v - 1])) && v - 2 >= c.first && c.quoted[v - 2];
}

/** ", local officials said," set inside a sentence: a comma before the speaker, and the words before it end in "where", "that" or an open clause. */
export function isParenthetical(c: Clause, verb: number): boolean {
  let k = verb - 1;
  while (k > c.first && c.tokens[k].text !== ',') k -= 1;
  return k > c.first && ['where', 'that', 'while', 'when', 'and', 'but'].includes(c.tokens[k - 1].lower);
}

/** How many words a fragment before a parenthetical attribution may run to ("Over the two days, he said, ..."). */
const FRAGMENT_WORDS = 10;
/** How many words the speaker set inside it may run to ("the army's spokesman, Colonel X Y" is not). */
const SPEAKER_WORDS = 6;
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);

/**
 * ", he said," after a fragment with no verb of its own ("The soldiers, she said, told families ...", "Over the two
 * days, he said, 37 people had been killed"): the attribution is set inside the sentence, and the statement is the
 * clause after it.
 */
export function afterFragment(c: Clause, verb: number, comma: number): boolean {
  let k = verb - 1;
  while (k > c.first && verb - k <= SPEAKER_WORDS && c.tokens[k].text !== ',') k -= 1;
  if (k <= c.first || k - c.first > FRAGMENT_WORDS || verb - k > SPEAKER_WORDS) return false;
  // The speaker between the commas is a name or a pronoun, no clause ("A resident, who did not want his name mentioned, said").
  for (let i = k + 1; i < verb; i += 1) if (['VERB', 'AUX', 'SCONJ'].includes(c.tokens[i].pos) || RELATIVES.has(c.tokens[i].lower)) return false;
  // "The toll, I repeat, is 12": the one talking insists; no speaker is named.
  if (verb === k + 2 && ['i', 'we'].includes(c.tokens[k + 1].lower)) return false;
  for (let i = c.first; i < k; i += 1) if (c.quoted[i] || ['VERB', 'AUX'].includes(c.tokens[i].pos) || c.tokens[i].text === ',') return false;
  // What follows the second comma is a clause: a finite verb at once ("would rise", "told families"), or a subject and
  // its verb soon after ("37 people had been killed"); not the writer's words ("as fighting continued", "before hanging
  // up", "and accused ...", "warning that ...", "probably would rise").
  const next = c.tokens[comma + 1];
  if (!next || c.quoted[comma + 1] || next.lower.endsWith('ing')) return false;
  if (next.pos === 'VERB' || next.pos === 'AUX') return true;
  if (!['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next.pos)) return false;
  for (let i = comma + 2; i <= c.last && i <= comma + 8 && c.tokens[i].text !== ','; i += 1) if (!c.quoted[i] && ['VERB', 'AUX'].includes(c.tokens[i].pos)) return true;
  return false;
}

/** "The ministry alleged that ...", "ACAJ states that ...", the tagger reading the verb as an adjective or a plural noun: a reporting verb's form after a subject, before "that". */
export function taggedOtherwise(c: Clause, v: number): boolean {
  const t = c.tokens[v];
  if (t.pos === 'VERB' || v <= c.first) return false;
  const before = c.tokens[v - 1];
  // "Partners report that ...", "Local authorities estimate that ...", "..., partners report.": the plain form after a
  // plural subject (a UN flash update's style), the tagger reading it as a noun.
  const plural = ['NOUN', 'PROPN'].includes(before.pos) && before.lower.length > 3 && before.lower.endsWith('s') && !before.lower.endsWith('ss');
  const plain = plural && PLAIN_REPORTS.has(t.lower);
  if (plain && (c.tokens[v + 1]?.text === '.' || v === c.last) && c.tokens[v - 2]?.text === ',') return true;
  const base = t.lower.endsWith('ed') ? [t.lower.slice(0, -1), t.lower.slice(0, -2)] : t.lower.endsWith('s') ? [t.lower.slice(0, -1)] : plain ? [t.lower] : [];
  return c.tokens[v + 1]?.lower === 'that' && ['NOUN', 'PROPN', 'PRON'].includes(before.pos) && base.some((b) => REPORTING_VERBS.has(b));
}

/** Reporting verbs whose plain form the tagger reads as a noun ("partners report", "officials estimate"). */
const PLAIN_REPORTS = new Set(['report', 'estimate', 'say', 'claim', 'state', 'confirm', 'warn', 'note', 'indicate']);

/** How many words a person's name and the titles before it may run to ("General Carlos Fernando Triana Beltran"). */
const NAME_WORDS = 7;

/**
 * Persons the narration introduces in a function without their speaking there, for a surname to point back to later:
 * a name between commas after its function ("its spokesman, Garba Ali, told ..."; "The head of the police,
 * General X Y, ordered ..."), a name right after a function's noun ("his Chadian counterpart Ali Deby"), and a
 * name with its function after it ("Ali Deby, deputy prime minister, wrote ..."). Each comes as the function's
 * words and the name's.
 */
export function introductions(c: Clause, functionNoun: (lower: string) => boolean): Array<[Span, Span]> {
  const out: Array<[Span, Span]> = [];
  // A capitalised word, or the full stop of an abbreviated title ("Gen.").
  const stop = (k: number) => c.tokens[k].text === '.' && k > c.first && c.tokens[k - 1].end === c.tokens[k].start;
  const capital = (k: number) => k <= c.last && !c.quoted[k] && (/^[A-Z]/.test(c.tokens[k].text) || stop(k));
  for (let a = c.first; a < c.last && out.length < 20; a += 1) {
    if (!capital(a) || (a > c.first && capital(a - 1))) continue;
    let b = a;
    while (capital(b + 1) && b + 1 - a < NAME_WORDS) b += 1;
    // The sentence's own full stop is no abbreviation's.
    if (b === c.last && stop(b)) b -= 1;
    if (b === a) continue;
    const before = c.tokens[a - 1];
    const comma = (k: number) => k >= c.first && k <= c.last && c.tokens[k].text === ',' && !c.quoted[k];
    const role = comma(a - 1) && comma(b + 1) ? phraseLeftOf(c, a - 2)
      : a > c.first && before.pos === 'NOUN' && functionNoun(before.lower) ? phraseLeftOf(c, a - 1)
        : comma(b + 1) ? phraseRightOf(c, b + 2) : null;
    // The function's words hold a function's noun: "Ali Deby, a farmer," is not introduced as anyone's.
    if (!role || !c.tokens.slice(role[0], role[1] + 1).some((t) => functionNoun(t.lower))) {
      a = b;
      continue;
    }
    // "the Director, Defence Media Operations, Major General X Y": the unit belongs to the function, the name follows it.
    let next = b + 2;
    while (comma(b + 1) && capital(next + 1) && next + 1 - (b + 2) < NAME_WORDS) next += 1;
    if (next === c.last && stop(next)) next -= 1;
    const unit = comma(b + 1) && capital(b + 2) && next > b + 2 && (next === c.last || [',', '.'].includes(c.tokens[next + 1]?.text ?? ''));
    out.push(unit ? [[role[0], b], [b + 2, next]] : [role, [a, b]]);
    a = unit ? next : b;
  }
  return out;
}

const ADJUNCT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV']);

/**
 * "The government has in the past denied", "Chad has on several occasions said": a short adjunct between the
 * auxiliary and the verb is no subject; the subject stands before the auxiliary. Returns where to look for it.
 */
export function pastAdjunct(c: Clause, before: number): number {
  for (let k = before; k > c.first && before - k < 5; k -= 1) {
    const t = c.tokens[k];
    if (c.quoted[k]) return before;
    if (t.pos === 'ADP') {
      if (c.tokens[k - 1].pos !== 'AUX' || k === before) return before;
      let b = k - 1;
      while (b >= c.first && ['ADV', 'AUX', 'PART'].includes(c.tokens[b].pos) && !c.quoted[b]) b -= 1;
      return b;
    }
    if (!ADJUNCT_WORDS.has(t.pos)) return before;
  }
  return before;
}

/**
 * The subject, unless the words are a preposition's object: "X, in a statement posted online, said" (the statement
 * is no subject: null), "The Red Cross in Culiacan said" (the place belongs to the name before it: extended).
 */
export function subjectNotObject(c: Clause, [a, b]: Span): Span | null {
  const link = a - 1;
  // "during the morning Mass. Regional police director X": a parse over a sentence's end is read whole later.
  let overEnd = false;
  for (let k = a; k < b && !overEnd; k += 1) overEnd = c.tokens[k].text.endsWith('.') && /^[A-Z]/.test(c.tokens[k + 1].text);
  if (link < c.first || !OBJECT_OF.has(c.tokens[link].lower) || overEnd) return [a, b];
  const owner = link - 1 >= c.first && !c.quoted[link - 1] && /^[A-Z]/.test(c.tokens[link - 1].text) ? nameLeftOf(c, link - 1) : null;
  return owner ? [owner[0], b] : null;
}

/**
 * Persons the narration names with a title of state and a country, without their speaking there ("a row between
 * President Cyril Ramaphosa of South Africa and Rwandan President Paul Kagame"), for a surname or "Ramaphosa's
 * office" to point back to later. The country is said (an adjective, a possessive, "of" after the name), so the
 * office rules need not guess among the desk's governments.
 */
export function titledNames(c: Clause): Span[] {
  const out: Span[] = [];
  const capital = (k: number) => k <= c.last && !c.quoted[k] && /^[A-Z]/.test(c.tokens[k].text);
  const mark = (k: number) => k > c.first && k <= c.last && ["'s", '’s', '-'].includes(c.tokens[k].lower) && c.tokens[k - 1].end === c.tokens[k].start;
  for (let a = c.first; a <= c.last && out.length < 10; a += 1) {
    if (!capital(a) || (a > c.first && (capital(a - 1) || mark(a - 1)))) continue;
    let b = a;
    let possessive = false;
    while (b - a < NAME_WORDS + 2 && (capital(b + 1) || (mark(b + 1) && capital(b + 2)))) {
      if (mark(b + 1)) possessive ||= c.tokens[b + 1].lower !== '-';
      b += mark(b + 1) ? 2 : 1;
    }
    const words = c.tokens.slice(a, b + 1).map((t) => t.lower);
    if (!words.some((w) => STATE_TITLES.has(w))) {
      a = b;
      continue;
    }
    // "President X of Rwanda": up to three capitalised words after "of".
    let end = b;
    if (c.tokens[b + 1]?.lower === 'of' && capital(b + 2)) {
      end = b + 2;
      while (capital(end + 1) && end + 1 - (b + 2) < 3) end += 1;
    }
    if (possessive || end > b || DEMONYMS[words[0]]) out.push([a, end]);
    a = end;
  }
  return out;
}
