import { Token } from './analyse';
import { STATEMENT_NOUNS } from './lexicon';
import { isQuoteMark } from './quotes';
import type { Clause, Span } from './attribution';

/** How far a speaker's words may run: long enough for "a doctor at the Gao regional hospital", bounded whatever the text. */
export const MAX_SPEAKER = 14;
export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
export const NP_LINKS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'without', 'sans', 'and', '-', "'s", '’s', "'", '.', 'al', 'el']);
export const FUNCTION_POS = new Set(['PUNCT', 'PRON', 'VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'DET', 'ADV', 'PART']);
/** "in a statement posted online": words right after one of these are its object, never a clause's subject. */
export const OBJECT_OF = new Set(['in', 'on', 'at', 'with', 'into', 'during', 'under', 'via', 'through']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Words of a noun phrase ending at `end`, walking left; stops at a comma, a verb or a quote, within MAX_SPEAKER. */
export function phraseLeftOf(c: Clause, end: number): Span | null {
  const { tokens } = c;
  let i = end;
  let start = -1;
  while (i >= c.first && end - i < MAX_SPEAKER) {
    const t = tokens[i];
    if (c.quoted[i] || isQuoteMark(t)) break;
    // "the U.N. humanitarian office (OCHA)": a bracketed short name belongs to the phrase.
    if (t.text === ')') {
      let k = i - 1;
      while (k > c.first && k > i - 8 && c.tokens[k].text !== '(') k -= 1;
      if (c.tokens[k]?.text === '(' && k > c.first) {
        i = k - 1;
        continue;
      }
      break;
    }
    // "a war monitor said": the tagger may read the head noun right before the verb as a verb; after a noun or an article it is one.
    const headNoun = i === end && t.pos === 'VERB' && t.lower === t.lemma && !/(ed|ing)$/.test(t.lower) && ['NOUN', 'DET', 'ADJ'].includes(tokens[i - 1]?.pos ?? '');
    if (NP_POS.has(t.pos) || headNoun || (/^[A-Z]/.test(t.text) && !FUNCTION_POS.has(t.pos))) {
      if (t.pos === 'PRON' && !SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'its' && t.lower !== 'their') break;
      // "Next morning it said": a subject pronoun is the whole subject.
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower) && i === end) return [i, i];
      start = i;
    } else if (!(NP_LINKS.has(t.lower) && i < end)) break;
    i -= 1;
  }
  if (start < 0) return null;
  // A phrase never begins with a link word; "al Shabaab", "el Chapo" begin with their article.
  const article = (k: number) => ['al', 'el'].includes(tokens[k].lower) && k < end && /^[A-Z]/.test(tokens[k + 1].text);
  while (start <= end && NP_LINKS.has(tokens[start].lower) && !article(start)) start += 1;
  return start <= end ? [start, end] : null;
}

/** Words of a noun phrase starting at `start`, walking right (the speaker after an inverted verb). */
export function phraseRightOf(c: Clause, start: number): Span | null {
  const { tokens } = c;
  let end = -1;
  for (let i = start; i <= c.last && i - start < MAX_SPEAKER; i += 1) {
    const t = tokens[i];
    if (c.quoted[i] || isQuoteMark(t)) break;
    if (t.text === ',') {
      // An apposition naming a person: "said the army chief of staff, General Oumar Diarra."
      // Not the subject of the clause after it: "According to the Commission, Fano fighters entered the town".
      if (i + 1 <= c.last && /^[A-Z]/.test(tokens[i + 1].text) && tokens[i + 1].pos === 'PROPN' && !subjectOfVerb(tokens, i + 1, c.last)) continue;
      break;
    }
    // A determiner right after a noun starts another phrase: "told reporters the situation was calm".
    if (t.pos === 'DET' && end >= start && end === i - 1 && ['NOUN', 'PROPN'].includes(tokens[end].pos)) break;
    if (NP_POS.has(t.pos) || /^[A-Z]/.test(t.text)) {
      // "said one of them": a part of a group named before.
      const part = t.lower === 'them' && tokens[i - 1]?.lower === 'of';
      if (t.pos === 'PRON' && !SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'its' && !part) break;
      end = i;
    } else if (t.lower === 'by' && i > start && STATEMENT_NOUNS.has(tokens[i - 1].lower)) {
      // "a security assessment by the French government": whose assessment it is.
      continue;
    } else if (!NP_LINKS.has(t.lower)) break;
  }
  return end >= start ? [start, end] : null;
}

/** Whether the name at k is a clause's subject: its words run straight into a verb ("Fano fighters entered"). */
function subjectOfVerb(tokens: Token[], k: number, last: number): boolean {
  let j = k;
  while (j <= last && j - k < 8 && ['PROPN', 'NOUN', 'ADJ', 'NUM', 'PART'].includes(tokens[j].pos)) j += 1;
  return j <= last && j > k && (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX');
}

export function trimPunctuation(c: Clause, [a, b]: Span): Span | null {
  const { tokens } = c;
  while (a <= b && (tokens[a].pos === 'PUNCT' || isQuoteMark(tokens[a]) || tokens[a].lower === 'that') && !c.quoted[a]) a += 1;
  while (b >= a && (tokens[b].pos === 'PUNCT' || isQuoteMark(tokens[b])) && tokens[b].text !== ')' ) b -= 1;
  return a <= b ? [a, b] : null;
}


/**
 * "A farmer who survived by lying among the dead told reporters": the subject before a relative clause that
 * ends right before the verb. Looks back at most MAX_SPEAKER + 4 tokens, stopping at a comma or a quote.
 */
export function relativeSubject(c: Clause, before: number): Span | null {
  for (let k = before; k > c.first && before - k < MAX_SPEAKER + 4; k -= 1) {
    const t = c.tokens[k];
    if (c.quoted[k] || isQuoteMark(t) || t.text === ',' || t.text === ';') return null;
    // "A woman in Samara whose husband was in the building told": the woman, not her husband.
    if (t.lower === 'who' || t.lower === 'whose') return phraseLeftOf(c, k - 1);
    // "A team from X that reached the village said": "that" and a verb of its own after a noun; "claims that the army said" is no relative.
    if (t.lower === 'that' && ['NOUN', 'PROPN'].includes(c.tokens[k - 1].pos) && c.tokens.slice(k + 1, before + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return phraseLeftOf(c, k - 1);
  }
  return null;
}

/**
 * Whether the words at k describe the statement a speaker spoke in, not what was said: "..., the army said in a
 * statement read on state television", "in a video posted online", "in a communique issued late on Monday". A past
 * participle right after a statement noun modifies the noun; a clause after the verb ("said that ...", "said 14 died")
 * never starts so.
 */
export function describesStatement(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && STATEMENT_NOUNS.has(tokens[k - 1]?.lower ?? '') && t.pos === 'VERB' && !t.lower.endsWith('ing');
}
