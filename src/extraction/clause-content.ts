import type { Attribution, Clause, Span } from './attribution';
import { afterFragment, isParenthetical } from './asides';
import { DENYING_VERBS, LISTENER_VERBS, participleByForm } from './lexicon';
import { describesStatement, phraseRightOf, trimPunctuation } from './noun-phrases';
import { isQuoteMark } from './quotes';
import { hasQuote } from './subjects';

/** How long a scene and a speaker before an answer's quotation may be ("Asked about the toll on Tuesday, the spokesman replied, "...""). */
const SCENE_WORDS = 24;
/** How long an aside between a verb and its "that" may be. */
const ASIDE_REACH = 18;
/** How far after the verb the statement may start ("told Reuters by telephone on Tuesday that ..."). */
const MAX_LEAD = 12;
export const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** A verb whose subject follows one of these is in a subordinate clause ("after the army had announced"). */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'since', 'until', 'because', 'as', 'while', 'if', 'once', 'although', 'though', 'whether', 'where', 'which', 'who', 'that']);
const ADJUNCT_STARTS = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'to', 'late', 'earlier', 'later', 'after', 'before', 'by', 'from', 'over', 'while', 'when', 'also', 'again', 'repeatedly']);

/** The statement after the verb: after "that" or a colon if either comes soon, else after the listener and adjuncts. */
export function contentRightOf(c: Clause, verb: number, lemma: string): { content: Span | null; when: Span | null; introduced: boolean } {
  const { tokens } = c;
  const limit = Math.min(c.last, verb + MAX_LEAD);
  let when: Span | null = null;
  // "said, with what it called high confidence, that ...": an aside between commas before "that".
  // "has established, from the testimonies of detainees, prison staff and families, that ...": commas inside the aside too.
  let aside = verb + 2;
  const asideEnd = Math.min(c.last, verb + ASIDE_REACH);
  while (tokens[verb + 1]?.text === ',' && aside < asideEnd && !(tokens[aside].text === ',' && tokens[aside + 1]?.lower === 'that') && !c.quoted[aside]) aside += 1;
  if (tokens[verb + 1]?.text === ',' && tokens[aside]?.text === ',' && tokens[aside + 1]?.lower === 'that' && aside + 1 <= c.last) return { content: trimPunctuation(c, [aside + 2, c.last]), when, introduced: true };
  for (let i = verb + 1; i <= limit; i += 1) {
    const t = tokens[i];
    if (t.lower === 'on' && i + 1 <= c.last && /day$/i.test(tokens[i + 1].text)) when = [i, Math.min(c.last, i + 2)];
    if (i === verb + 1 && WEEKDAY.test(t.text)) when = [i, Math.min(c.last, i + 1)];
    // "speaking to AFP on condition that he not be named": "speak" takes no that-clause, and "condition that" is the noun's.
    // "the strike killed 45, the army said, a figure that could not be verified": after a comma, "that" behind a remark's
    // noun opens a relative clause on the words before, not the verb's statement.
    if (t.lower === 'that' && tokens[verb + 1]?.text === ',' && REMARK_NOUNS.has(tokens[i - 1].lower)) break;
    // "said in a statement that did not give details": "that" before a verb is the statement's relative pronoun.
    if (t.lower === 'that' && ['AUX', 'VERB'].includes(tokens[i + 1]?.pos ?? '') && tokens[i - 1].pos === 'NOUN') break;
    // "..., he said, warning that ...": after a comma, "that" is a participle's the tagger read as a noun, not this verb's.
    if (tokens[verb + 1]?.text === ',' && i > verb + 1 && tokens[i - 1].text === ',' && participleByForm(t.lower, tokens[i + 1]?.lower)) break;
    if (((t.lower === 'that' && !c.quoted[i] && lemma !== 'speak' && lemma !== 'talk' && tokens[i - 1].lower !== 'condition') || t.text === ':')) return { content: trimPunctuation(c, [i + 1, c.last]), when, introduced: true };
    // "told Human Rights Watch that": a capitalised word after a name is part of it, whatever the tagger says; "in a
    // statement read on state television that": the participle describes the statement, the search goes on.
    // "in a televised address that": a verb's form right after a determiner, or after one word after it, and before a
    // noun (or the tagger's verb for one, "address") or "that", is a noun's or its adjective.
    const nominal = ['NOUN', 'PROPN', 'VERB'].includes(tokens[i + 1]?.pos ?? '') || tokens[i + 1]?.lower === 'that';
    const adjective = t.pos === 'VERB' && nominal && (tokens[i - 1].pos === 'DET' || (tokens[i - 2]?.pos === 'DET' && ['VERB', 'ADJ'].includes(tokens[i - 1].pos)));
    // "said when asked that", "said while visiting the camp that": a participle after a subordinator opens an adjunct.
    const adjunct = t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && i - 1 > verb && ADJUNCT_SUBORDINATORS.has(tokens[i - 1].lower);
    if (isQuoteMark(t) || c.quoted[i] || ((t.pos === 'VERB' || t.pos === 'AUX') && !adjective && !adjunct && !describesStatement(tokens, i) && !(/^[A-Z]/.test(t.text) && tokens[i - 1].pos === 'PROPN'))) break;
  }
  let i = verb + 1;
  if (lemma === 'speak' || lemma === 'talk') {
    while (i <= c.last && c.tokens[i].pos === 'ADV') i += 1;
    if (i > c.last || !['of', 'about'].includes(c.tokens[i].lower)) return { content: null, when, introduced: false };
    return { content: trimPunctuation(c, [i + 1, c.last]), when, introduced: true };
  }
  // "appealed to residents to remain calm": those appealed to and what they are asked are the statement.
  // "apologised to the family": to whom, the whole of it.
  if (lemma === 'appeal' && ['to', 'for'].includes(tokens[i]?.lower ?? '') && i + 1 <= c.last) return { content: trimPunctuation(c, [i + 1, c.last]), when, introduced: true };
  if ((lemma === 'apologize' || lemma === 'apologise') && ['to', 'for'].includes(tokens[i]?.lower ?? '') && i + 1 <= c.last) return { content: trimPunctuation(c, [i, c.last]), when, introduced: true };
  if (LISTENER_VERBS.has(lemma)) {
    const listener = phraseRightOf(c, i);
    if (listener) i = listener[1] + 1;
  }
  // Adjuncts: "in a statement", "on Tuesday", "on state television", ","
  let trailing = false;
  for (let guard = 0; guard < 4 && i <= c.last; guard += 1) {
    const t = tokens[i];
    if (t.text === ',') {
      // 'Asked about the toll, X replied, "We do not know."': the quotation after the comma is what was said.
      // (Not after a quotation before the speaker: '"A," the army said, "and B."' resumes the first.)
      // Nor after a clause of its own ('Its teams remain, the director said, "because ..."' is that clause's): a scene only ("Asked about the toll,").
      const from = Math.max(c.first, verb - SCENE_WORDS);
      const quotedBefore = from > c.first || c.quoted.slice(from, verb).some(Boolean) || tokens.slice(from + 1, verb).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && x.lemma !== lemma));
      if (!quotedBefore && isQuoteMark(tokens[i + 1] ?? t) && c.quoted[i + 2] && i + 2 <= c.last) return { content: trimPunctuation(c, [i + 2, c.last]), when, introduced: true };
      // "where, local officials said, the water had risen": a parenthetical attribution, the statement goes on.
      const next = tokens[i + 1];
      const parenthetical = (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next?.pos ?? '') && isParenthetical(c, verb)) || afterFragment(c, verb, i);
      if (next && i + 1 <= c.last && !c.quoted[i + 1] && tokens[c.first].pos !== 'PUNCT' && parenthetical) {
        // "The toll, he said, would rise": the fragment is the subject of what follows, and the statement keeps it.
        const subjectBefore = ['VERB', 'AUX'].includes(next.pos) && afterFragment(c, verb, i);
        return { content: trimPunctuation(c, [subjectBefore ? c.first : i + 1, c.last]), when, introduced: true };
      }
      trailing = true;
      i += 1;
      continue;
    }
    if (WEEKDAY.test(t.text)) {
      when = [i, i];
      i += 1;
      continue;
    }
    if (!ADJUNCT_STARTS.has(t.lower) || c.quoted[i]) break;
    const phrase = phraseRightOf(c, i + 1);
    if (!phrase) break;
    if (t.lower === 'on' && /day$/i.test(tokens[phrase[0]].text)) when = phrase;
    i = phrase[1] + 1;
  }
  // ", as thousands waited": a clause of the writer's after the attribution, not the statement; "said as many as 300
  // were killed" is a figure's qualifier, not a clause.
  const qualifier = tokens[i]?.lower === 'as' && AS_QUALIFIERS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'as';
  if (i <= c.last && (trailing || (SUBORDINATORS.has(tokens[i].lower) && !qualifier))) return { content: null, when, introduced: false };
  return { content: i <= c.last ? trimPunctuation(c, [i, c.last]) : null, when, introduced: false };
}

/** Subordinators a participle may follow in an adjunct after the verb ("when asked", "while visiting", "after meeting"). */
const ADJUNCT_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'since', 'once', 'if', 'though', 'although']);

/** "as many as", "as few as": words between two "as" that qualify a figure. */
const AS_QUALIFIERS = new Set(['many', 'much', 'few', 'little', 'high', 'low', 'recently', 'early', 'late', 'far']);

/** Nouns of a remark on the words before ("a claim Kyiv rejected", "an account the army disputed"). */
export const REMARK_NOUNS = new Set(['claim', 'allegation', 'account', 'figure', 'version', 'assertion', 'charge', 'accusation', 'toll']);

export function make(c: Clause, speaker: Span | null, content: Span | null, verb: string, when: Span | null, negated = false): Attribution | null {
  if (!speaker || !content) return null;
  // "the strike hit nationalists, a claim Kyiv rejected": the remark on the claim is no part of it.
  for (let k = content[0] + 1; k < content[1] - 1; k += 1) {
    const remark = c.tokens[k].text === ',' && !c.quoted[k] && ['a', 'an'].includes(c.tokens[k + 1].lower) && REMARK_NOUNS.has(c.tokens[k + 2].lower);
    // "it killed 30 militants, a figure JNIM disputed, and lost four soldiers": a remark with more said after it stays.
    if (remark && !c.tokens.slice(k + 3, content[1] + 1).some((t) => t.text === ',')) {
      content = [content[0], k - 1];
      break;
    }
  }
  if (c.quoted[content[0]] && content[0] > 0 && isQuoteMark(c.tokens[content[0] - 1])) {
    let k = content[0];
    while (k < content[1] && c.quoted[k + 1]) k += 1;
    // "said "around 500 innocent civilians" had been killed": a quoted subject whose verb follows the quote goes on.
    const after = c.tokens[k + 2];
    const goesOn = isQuoteMark(c.tokens[k + 1] ?? c.tokens[k]) && k + 2 <= content[1] && !!after && (after.pos === 'AUX' || after.pos === 'VERB');
    while (!goesOn && k > content[0] && c.tokens[k].pos === 'PUNCT') k -= 1;
    content = goesOn ? [content[0] - 1, content[1]] : [content[0], k];
  }
  const form = hasQuote(c, content) && c.quoted[content[0]] ? 'direct_quote' : 'reported';
  return { speaker, content, verb, denied: DENYING_VERBS.has(verb) || negated, form, when };
}
