import type { Clause, Span } from './attribution';
import type { Token } from './analyse';
import { phraseLeftOf, phraseRightOf, trimPunctuation } from './noun-phrases';
import { isQuoteMark } from './quotes';
import { QUANTIFIERS, STATEMENT_NOUNS, WEEKDAYS } from './lexicon';
import { FUNCTION_NOUNS } from './functions';
import { capitalised as nameWord, PERSON_ROLES } from './speaker-rules';
import { ISSUING } from './numbered-points';

/** How far an apposition between commas may run ("Eduard Basurin, a spokesman for the forces of the self-proclaimed Donetsk People's Republic, said"). */
export const MAX_APPOSITION = 24;

/** Quantifiers that may follow a plural or coordinated subject ("X and Y both said"). */
export const FLOATING = new Set(['both', 'all', 'each']);

const NAME_PARTS = new Set(['VERB', 'AUX', 'ADV', 'ADJ', 'NOUN', 'PROPN', 'X', 'INTJ', 'NUM']);

function capitalised(c: Clause, i: number): boolean {
  const t = c.tokens[i];
  return /^[A-Z]/.test(t.text) && NAME_PARTS.has(t.pos) && !c.quoted[i];
}

/**
 * The noun phrase ending at `end`, walking left, where a capitalised word the tagger read as a verb or an
 * adverb is part of a name when it follows another capital ("Human Rights Watch said", "Save the Children").
 * At most three such words are taken over, so the walk stays bounded.
 */
export function nameLeftOf(c: Clause, end: number, depth = 0): Span | null {
  // "one of them", "some of those": part of a group named before.
  const part = c.tokens[end - 2];
  if (part && end - 2 >= c.first && ['them', 'those'].includes(c.tokens[end].lower) && c.tokens[end - 1].lower === 'of' && (QUANTIFIERS.has(part.lower) || ['most', 'each', 'both', 'all'].includes(part.lower))) return [end - 2, end];
  let span = phraseLeftOf(c, end);
  for (let guard = 0; guard < 3; guard += 1) {
    const k = (span ? span[0] : end + 1) - 1;
    const t = c.tokens[k];
    // "Al-Kheetan", "al-Maliki", "Nkweta-Salami": a hyphen with no space on either side joins one name.
    if (span && k - 1 >= c.first && t.text === '-' && t.start === c.tokens[k - 1].end && c.tokens[span[0]].start === t.end && !c.quoted[k - 1]) {
      const left = phraseLeftOf(c, k - 1);
      span = [left && left[1] === k - 1 ? left[0] : k - 1, end];
      continue;
    }
    // "the Hamas-run territory", "the Saudi-led coalition", "Russian-installed officials": a hyphenated modifier belongs to the phrase.
    if (span && k - 2 >= c.first && (t.pos === 'VERB' || t.pos === 'ADJ') && c.tokens[k - 1].text === '-' && !c.quoted[k - 2]) {
      const left = phraseLeftOf(c, k - 2);
      span = [left && left[1] === k - 2 ? left[0] : k - 2, end];
      continue;
    }
    // "The Saudi-led coalition fighting in Yemen said": the noun before a participle and its place is the subject.
    if (span && k - 1 >= c.first && ['in', 'at', 'from', 'near', 'across', 'on', 'by'].includes(t.lower) && c.tokens[k - 1].pos === 'VERB' && /(ing|ed)$/.test(c.tokens[k - 1].lower) && k - 2 >= c.first && ['NOUN', 'PROPN'].includes(c.tokens[k - 2].pos)) {
      if (depth < 2) return nameLeftOf(c, k - 2, depth + 1);
      break;
    }
    if (k < c.first || !capitalised(c, k) || ['NOUN', 'PROPN'].includes(c.tokens[k].pos)) break;
    // A capital after another one, or before the phrase's own capital: "Rights Watch", "Watch".
    const joined = (k > c.first && capitalised(c, k - 1)) || (span !== null && /^[A-Z]/.test(c.tokens[span[0]].text) && k > c.first);
    if (!joined) break;
    const left = k > c.first ? phraseLeftOf(c, k - 1) : null;
    span = [left && left[1] === k - 1 ? left[0] : k, end];
  }
  // "A farmer from a village near the road said": a person's noun before the places that situate them is the subject.
  span = span ? personBeforePlaces(c, span) : span;
  // "Russia's ambassador to the United Nations, X": a function and its link belong to the phrase.
  const link = span ? span[0] - 1 : -1;
  if (span && link - 1 >= c.first && ['to', 'for', 'of', 'at'].includes(c.tokens[link].lower) && FUNCTION_NOUNS.has(c.tokens[link - 1].lower) && !c.quoted[link - 1]) {
    const left = phraseLeftOf(c, link - 1);
    if (left) return [left[0], span[1]];
  }
  // "On the night of the blast the health ministry said": a determiner right after a noun starts the subject.
  if (span) {
    for (let i = span[1]; i > span[0]; i -= 1) {
      // "The army and the mission both said": a quantifier after the subject belongs to it.
      if (i === span[1] && FLOATING.has(c.tokens[i].lower)) continue;
      if (c.tokens[i].pos === 'DET' && ['NOUN', 'PROPN', 'NUM'].includes(c.tokens[i - 1].pos)) return [i, span[1]];
    }
  }
  return span;
}

/** "called it “ridiculous”": a quotation mark a few words after the object, before any verb or comma. */
export function calledQuote(next: Token, after: Token[]): boolean {
  if (next.pos === 'VERB' || next.pos === 'AUX') return false;
  for (const t of after) {
    if (isQuoteMark(t)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === '.') return false;
  }
  return false;
}


/** The noun phrase a clause opens with when a verb follows it ("Colonel X led the assault"), else null. */
export function subjectOf(c: Clause): Span | null {
  const subject = phraseRightOf(c, clauseStart(c));
  if (!subject || subject[1] >= c.last) return null;
  let k = subject[1] + 1;
  while (k < c.last && (c.tokens[k].pos === 'ADV' || c.tokens[k].pos === 'AUX')) k += 1;
  const first = c.tokens[subject[0]];
  return c.tokens[k].pos === 'VERB' && first.pos !== 'PRON' && !c.quoted[subject[0]] ? subject : null;
}

/** Where a clause's subject may begin: after an opening adjunct and its comma ("In a statement, the group ..."). */
export function clauseStart(c: Clause): number {
  const first = c.tokens[c.first];
  if (!['ADP', 'SCONJ', 'ADV'].includes(first.pos)) return c.first;
  for (let k = c.first + 1; k <= c.last && k <= c.first + 16; k += 1) {
    if (c.quoted[k]) return c.first;
    if (c.tokens[k].text === ',') return k + 1;
  }
  return c.first;
}

/** Participles of a medium that came by a document: "seen by", "obtained by". */
const SEEN = new Set(['seen', 'obtained', 'reviewed', 'viewed']);

/** "A police report seen by Reuters said": the report, not the medium after "by", is the verb's subject. */
export function seenReport(c: Clause, speaker: Span | null): Span | null {
  if (!speaker) return speaker;
  const k = speaker[0] - 3;
  if (k < c.first || c.tokens[speaker[0] - 1].lower !== 'by' || !SEEN.has(c.tokens[k + 1].lower) || !STATEMENT_NOUNS.has(c.tokens[k].lower)) return speaker;
  const report = phraseLeftOf(c, k);
  return report && c.tokens.slice(report[0], k).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') ? report : speaker;
}

/** "X's statement said", "a statement from X", "a spokesman for X": the party behind the words. */
export function possessorOf(c: Clause, [a, b]: Span): Span {
  const { tokens } = c;
  // "The army issued a statement on Sunday saying ...": whoever issued the statement, the subject of the verb before it.
  const noun = tokens.slice(a, b + 1).findIndex((x) => STATEMENT_NOUNS.has(x.lower));
  if (noun >= 0 && a - 1 > c.first && ISSUING[tokens[a - 1].lemma] === 1 && tokens[a - 1].pos === 'VERB' && !c.quoted[a - 1]) {
    // "The army on Sunday issued", "JNIM also issued": over a day and an adverb to the subject.
    let k = a - 2;
    while (k > c.first && a - k <= 5 && (tokens[k].pos === 'ADV' || ['on', 'late', 'early'].includes(tokens[k].lower) || WEEKDAYS.includes(tokens[k].lower))) k -= 1;
    const issuer = phraseLeftOf(c, k);
    if (issuer) return issuer;
  }
  // "A statement issued by the army said": the agent of the statement's participle made it.
  // "a police report seen by Reuters": a medium that saw or obtained a body's report only relays it; the body made it.
  const relayedOnly = SEEN.has(tokens[b + 1]?.lower ?? '') && tokens.slice(a, b).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
  if (STATEMENT_NOUNS.has(tokens[b].lower) && tokens[b + 1]?.pos === 'VERB' && tokens[b + 2]?.lower === 'by' && !c.quoted[b + 3] && !relayedOnly) {
    const agent = b + 3 <= c.last ? phraseRightOf(c, b + 3) : null;
    if (agent) return agent;
  }
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i];
    if ((t.lower === "'s" || t.lower === '’s') && i > a && i < b && STATEMENT_NOUNS.has(tokens[b].lower)) {
      // "Uganda's army spokesman": the body between the possessive and the noun is the one speaking ("Uganda's army").
      const body = i + 1 < b && tokens.slice(i + 1, b).every((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
      return body ? [a, b - 1] : [a, i - 1];
    }
    if (STATEMENT_NOUNS.has(t.lower) && i < b && ['from', 'by', 'of', 'for'].includes(tokens[i + 1].lower)) return [i + 2, b];
  }
  return [a, b];
}

/** Words that may open a function set beside a name after the verb: "said X, an MSF nurse", "said X, head of mission", "said X, who heads the service". */
const APPOSITION_STARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The apposition after the speaker of an inverted verb ("..., said Alice N, an MSF nurse who was on duty."), up to the next comma or the clause's end. */
export function appositionAfter(c: Clause, [a, b]: Span): Span | null {
  const comma = b + 1;
  const first = comma + 1;
  // Only beside a person's name of two words or more: "said Olena, a cashier" keeps Olena alone.
  if (b - a < 1 || !c.tokens.slice(a, b + 1).every((t) => nameWord(t.text))) return null;
  if (c.tokens[comma]?.text !== ',' || first > c.last || c.quoted[first]) return null;
  const t = c.tokens[first];
  if (!APPOSITION_STARTS.has(t.pos) && !(t.lower === 'who' && /^(heads|leads|commands|runs|directs|chairs)$/.test(c.tokens[first + 1]?.lower ?? ''))) return null;
  let k = first;
  while (k + 1 <= c.last && k - first < MAX_APPOSITION && !c.quoted[k + 1] && ![',', '.', ';'].includes(c.tokens[k + 1].text)) k += 1;
  return k - first < MAX_APPOSITION ? [first, k] : null;
}

/** Token index of "according" in "according to", outside quotes, or -1. */
export function accordingTo(c: Clause): number {
  for (let i = c.first; i < c.last; i += 1) {
    if (c.tokens[i].lower === 'according' && c.tokens[i + 1].lower === 'to' && !c.quoted[i]) return i;
  }
  return -1;
}

export function hasQuote(c: Clause, [a, b]: Span): boolean {
  for (let i = a; i <= b; i += 1) if (c.quoted[i]) return true;
  return false;
}

/**
 * Whether the comma at `comma` closes a relative clause (", who ...," / ", which ...,") or a name set beside the
 * subject's function ("the minister for defence, Jacob X, said the attackers ...") or a participle's aside: the subject speaks, not
 * the words after the verb.
 */
export function closesRelative(c: Clause, comma: number): boolean {
  for (let k = comma - 1; k > c.first && comma - k <= 16; k -= 1) {
    if (c.quoted[k]) return false;
    if (c.tokens[k].text !== ',') continue;
    const named = c.tokens.slice(k + 1, comma).every((t) => /^[A-Z]/.test(t.text) || ['of', 'al', 'de'].includes(t.text)) && comma - k > 2;
    const role = c.tokens.slice(Math.max(c.first, k - 5), k).some((t) => FUNCTION_NOUNS.has(t.lower));
    // "A spokesman for the agency, speaking in Geneva, said the camp ...": a participle's aside after a noun.
    const aside = /(ing|ed)$/.test(c.tokens[k + 1].lower) && c.tokens[k + 1].pos === 'VERB' && ['NOUN', 'PROPN'].includes(c.tokens[k - 1].pos);
    return ['who', 'which'].includes(c.tokens[k + 1]?.lower ?? '') || (named && role) || aside;
  }
  return false;
}

/** Words that situate a person by a place: "a farmer near the road", "a resident from a village". */
const PLACE_LINKS = new Set(['near', 'from', 'outside']);

/** The span widened to a person's noun found at most two place links to its left ("A farmer from a village near the road"), else as it was. */
function personBeforePlaces(c: Clause, span: Span): Span {
  let start = span[0];
  for (let hop = 0; hop < 2; hop += 1) {
    const link = start - 1;
    if (link - 1 < c.first || !PLACE_LINKS.has(c.tokens[link].lower) || c.quoted[link - 1]) return span;
    const left = phraseLeftOf(c, link - 1);
    if (!left || left[1] !== link - 1) return span;
    // The phrase may hold its own link ("A farmer from a village"): a person's noun anywhere in it.
    for (let k = left[0]; k <= left[1]; k += 1) {
      const noun = c.tokens[k].lower;
      if (c.tokens[k].pos === 'NOUN' && (PERSON_ROLES.has(noun) || PERSON_ROLES.has(noun.replace(/s$/, '')))) return [left[0], span[1]];
    }
    start = left[0];
  }
  return span;
}

/**
 * Where a relative clause on the clause's subject ends: "The army, which said it had killed 30 fighters, gave no
 * details": the statement stops at the comma before the main verb.
 */
export function relativeEnd(c: Clause, antecedent: Span, [a, b]: Span): Span {
  if (antecedent[0] > clauseStart(c) + 1) return [a, b];
  // The last such comma: "X, who said the soldiers arrived, surrounded the village and opened fire, lost three sons".
  for (let i = b - 1; i > a; i -= 1) {
    const next = c.tokens[i + 1];
    if (c.tokens[i].text === ',' && !c.quoted[i] && (next.pos === 'VERB' || next.pos === 'AUX') && !next.lower.endsWith('ing')) return trimPunctuation(c, [a, i - 1]) ?? [a, b];
  }
  return [a, b];
}

/**
 * The comma that opens the aside before a verb ("the minister, X, said"); an aside opened by a participle runs over a
 * place's comma ("President X, attending a summit in Accra, Ghana, told").
 */
export function asideComma(c: Clause, before: number): number {
  let comma = before - 1;
  while (comma > c.first && c.tokens[comma].text !== ',' && before - comma < MAX_APPOSITION) comma -= 1;
  for (let k = comma - 1; k > c.first && before - k < MAX_APPOSITION; k -= 1) {
    if (c.tokens[k].text !== ',') continue;
    return c.tokens[k + 1].pos === 'VERB' && c.tokens[k + 1].lower.endsWith('ing') ? k : comma;
  }
  return comma;
}
