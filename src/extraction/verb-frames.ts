/**
 * Frames in which a reporting verb reports: a verdict after "called" ("called that a lie"), what an answer says after
 * "replied", and a verb inside a relative clause that belongs to the subject ("Ekenge, who thanked the troops, said").
 */
import type { Token } from './analyse';
import type { Attribution, Clause } from './attribution';
import { REPORTING_VERBS, SPOKESPEOPLE, WEAK_VERBS } from './lexicon';
import { clauseStart } from './subjects';
import { isQuoteMark } from './quotes';

/** Words of a verdict on a claim or an act ("called that a lie", "called the attack a massacre", "called the report false"). */
const VERDICTS = new Set(['lie', 'lies', 'false', 'untrue', 'baseless', 'propaganda', 'fabrication', 'nonsense', 'absurd', 'ridiculous', 'unacceptable', 'illegal',
  'criminal', 'cowardly', 'barbaric', 'heinous', 'fake', 'slander', 'provocation', 'massacre', 'crime', 'genocide', 'terrorism', 'mistake', 'tragedy', 'failure', 'success']);
const CALLED_OBJECTS = new Set(['it', 'that', 'this', 'them', 'the', 'these', 'those', 'its', 'their', 'his', 'her']);

/** "called that a lie": a verdict within a few words after the thing called so, before any verb or comma. */
export function calledVerdict(next: Token, after: Token[]): boolean {
  if (!CALLED_OBJECTS.has(next.lower)) return false;
  for (const t of after.slice(0, 4)) {
    if (VERDICTS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === '.') return false;
  }
  return false;
}

/** Whether the verb at `v` opens a relative clause ("who thanked", "which has appealed"). */
export function inRelative(c: Clause, v: number): boolean {
  let k = v - 1;
  while (k > c.first && ['AUX', 'ADV', 'PART'].includes(c.tokens[k].pos)) k -= 1;
  return ['who', 'which', 'that'].includes(c.tokens[k]?.lower ?? '') && k > c.first && !c.quoted[k];
}

/** What an answer says follows it: "that", a colon or a quotation at once or after a short adjunct, or the clause ends. */
export function answerFollows(next: Token | undefined, after: Token[]): boolean {
  if (!next || next.lower === 'that' || next.text === ':' || next.text === '.' || next.text === ',' || isQuoteMark(next)) return true;
  // '"They are lying," M23 replied on Twitter.': a medium, and the clause ends; what was said stands before.
  const medium = ['on', 'in', 'via', 'through'].includes(next.lower);
  for (const t of after.slice(0, 4)) {
    if (t.lower === 'that' || t.text === ':' || (medium && t.text === '.')) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** How long an aside between a weak verb and its "that" may be ("has established, from the testimonies of detainees, prison staff and families, that"). */
const ASIDE_WORDS = 16;

/** A verb that reports only before "that" (`WEAK_VERBS`), with an aside set between commas first: "X found, after a week of interviews, that". */
export function asideThenThat(c: Clause, v: number): boolean {
  const t = c.tokens[v];
  if (t.pos !== 'VERB' || !WEAK_VERBS.has(t.lemma) || c.tokens[v + 1]?.text !== ',') return false;
  for (let k = v + 2; k < c.last && k - v <= ASIDE_WORDS; k += 1) {
    if (c.quoted[k] || c.tokens[k].pos === 'VERB' || c.tokens[k].pos === 'AUX') return false;
    if (c.tokens[k].text === ',' && c.tokens[k + 1].lower === 'that') return true;
  }
  return false;
}

/** Who or what finds: an inquiry, a report, a mission ("..., a preliminary U.N. investigation found on Wednesday."). */
const FINDERS = new Set(['investigation', 'investigations', 'inquiry', 'probe', 'report', 'review', 'study', 'survey', 'analysis', 'assessment', 'audit',
  'mission', 'commission', 'panel', 'team', 'investigators', 'researchers', 'monitors', 'experts', 'inquest', 'autopsy', 'autopsies']);
const FINDING = new Set(['find', 'conclude', 'establish', 'document', 'show']);

/**
 * "M23 rebels killed 131 civilians, a preliminary U.N. investigation found on Wednesday.": a verb of finding that closes
 * the sentence after a comma and an inquiry or report, with at most a time between it and the stop, reports what came before.
 */
export function closingFinding(c: Clause, v: number): boolean {
  const t = c.tokens[v];
  if (t.pos !== 'VERB' || !FINDING.has(t.lemma) || !FINDERS.has(c.tokens[v - 1]?.lower ?? '')) return false;
  // Only a time between the verb and the stop ("found on Wednesday", "found last week"), not a place ("found in the rubble").
  let k = v + 1;
  if (['on', 'last', 'this'].includes(c.tokens[k]?.lower ?? '')) while (k <= c.last && k - v <= 4 && c.tokens[k].text !== '.' && ['ADP', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'].includes(c.tokens[k].pos)) k += 1;
  if (k <= c.last && c.tokens[k].text !== '.') return false;
  // The inquiry named between a comma and the verb: no verb between ("the bodies found" is no finding of a report), no relative
  // ("a well, which investigators found"), and no statement of its own before ("The army said ..., an internal review found").
  for (let b = v - 2; b >= c.first && v - b <= 8; b -= 1) {
    if (c.tokens[b].text === ',') return b > c.first + 2 && !c.tokens.slice(c.first, b).some((t, i) => !c.quoted[c.first + i] && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma));
    // "a Human Rights Watch report": a capitalised word the tagger read as a verb is part of a name.
    if (c.quoted[b] || ['which', 'that', 'where', 'who'].includes(c.tokens[b].lower) || (['VERB', 'AUX', 'PRON'].includes(c.tokens[b].pos) && !/^[A-Z]/.test(c.tokens[b].text))) return false;
  }
  return false;
}

/** Verbs a crowd or a listener-taking speaker uses: not how a body's spokesman gives its words ("Villagers told investigators ..."). */
const NOT_VOICED = new Set(['tell', 'report', 'warn', 'inform', 'brief', 'describe']);

/**
 * "The Kremlin urged both sides ..., spokesman Dmitry Peskov told reporters": a bare spokesman after the verb voices the body
 * the clause opens with, when one other reporting verb comes before and its subject is a body, not a crowd ("Villagers",
 * "the rebels"), nor a listener-taking verb's. The body's words end where the spokesman's clause begins.
 */
export function voicedBody(c: Clause, verbs: number[], last: Attribution, read: (v: number) => Attribution | null): Attribution | null {
  const t = c.tokens;
  const s = last.speaker[0] + (['a', 'an'].includes(t[last.speaker[0]].lower) ? 1 : 0);
  if (!SPOKESPEOPLE.has(t[s]?.lower ?? '') || verbs.length !== 2 || NOT_VOICED.has(t[verbs[0]].lemma)) return null;
  const voiced = read(verbs[0]);
  if (!voiced || voiced.speaker[0] !== clauseStart(c) || voiced.content[0] <= voiced.speaker[1]) return null;
  const head = t[voiced.speaker[1]];
  const crowd = head.lower !== head.lemma || (voiced.speaker[0] === voiced.speaker[1] && /^[A-Z][a-z]+s$/.test(head.text));
  return crowd ? null : { ...voiced, content: [voiced.content[0], Math.min(voiced.content[1], last.content[1])] };
}
