import { Attribution, Clause, isReportingVerb } from './attribution';
import { contentRightOf, make } from './clause-content';
import { participleByForm } from './lexicon';
import { trimPunctuation } from './noun-phrases';

/** How many reporting verbs one subject may carry in a clause ("rejected ..., and insisted that ..."). */
const MAX_VERBS = 4;
const SKIP = new Set(['ADV', 'AUX', 'PART']);
/** How many words a statement before "but" may run to ("welcomed the admission but insisted"): a short object, no clause. */
const BUT_REACH = 16;
/** "called on X to act", "called for an inquiry": an appeal, not a statement of fact. */
const CALLS_FOR = new Set(['on', 'for', 'upon']);
const COORDINATED_ONLY = new Set(['call', 'urge', 'condemn', 'note', 'cite', 'describe', 'add', 'suggest']);

/**
 * One subject, several reporting verbs: "dismissed the figures as "fantasy" and said the number of dead was no
 * more than 100", "denied attacking civilians, saying the camp ...". Each verb's words are a statement of their
 * own, by the same speaker: the first statement ends before "and" (or the comma), the next starts after the verb.
 * One pass over the statement's words; only words outside quotes are read.
 */
export function coordinated(c: Clause, found: Attribution): Attribution[] {
  const out: Attribution[] = [found];
  // A statement before its speaker: "..., he said, adding that ...", "..., said X, a village elder, who said ...".
  if (found.content[0] <= found.speaker[1]) {
    const more = trailing(c, found);
    if (!more) return out;
    // "The toll, he said, would rise, adding that ...": a statement that runs over its speaker ends where the next begins.
    if (found.content[1] >= more.content[0]) {
      let end = more.content[0] - 1;
      while (end > found.speaker[1] && c.tokens[end].text !== ',') end -= 1;
      while (end > found.speaker[1] && c.tokens[end].pos === 'PUNCT') end -= 1;
      // "No, he said, adding that ...": nothing of the statement after its speaker; it ends before them.
      if (end <= found.speaker[1] + 1) {
        end = found.speaker[0] - 1;
        while (end > found.content[0] && c.tokens[end].pos === 'PUNCT') end -= 1;
      }
      if (end < found.content[0]) return [more];
      return [{ ...found, content: [found.content[0], end] }, more];
    }
    return [found, more];
  }
  let current = found;
  for (let guard = 0; guard < MAX_VERBS; guard += 1) {
    const [a, b] = current.content;
    let split = -1;
    let verb = -1;
    // ", citing information from medical sources": where the words came from ends the statement and is none.
    let cited = -1;
    for (let i = a + 1; i < b; i += 1) {
      const t = c.tokens[i];
      if (c.quoted[i]) continue;
      // "welcomed the admission but insisted that ...": "but" joins two statements as "and" does.
      // Not after a clause of its own ("said M23 had denied the killings but admitted ...": M23 admitted).
      const butJoins = t.lower === 'but' && i - a <= BUT_REACH && !c.tokens.slice(a, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.lower === 'who' || x.lower === 'which');
      const and = (t.lower === 'and' || butJoins) && (c.tokens[i - 1].text === ',' || !c.quoted[i - 1]);
      const comma = t.text === ',';
      if (!and && !comma) continue;
      let v = i + 1;
      if (comma && c.tokens[v]?.lower === 'and') v += 1;
      let negated = false;
      while (v <= b && SKIP.has(c.tokens[v].pos) && !c.quoted[v]) {
        if (c.tokens[v].lower === 'not' || c.tokens[v].lower === "n't") negated = true;
        v += 1;
      }
      if (v > b || c.quoted[v]) continue;
      const w = c.tokens[v];
      if (comma && (w.lemma === 'cite' || w.lemma === 'quote') && w.lower.endsWith('ing')) {
        // Only as the statement's tail: "said A, citing X, and that B" keeps B, and "the militants, citing a fatwa, had attacked" is one clause.
        if (cited < 0 && !c.tokens.slice(v + 1, b + 1).some((x, k) => x.text === ',' && !c.quoted[v + 1 + k])) cited = i;
        continue;
      }
      // After a comma only a participle continues the subject ("..., saying"); after "and", any tense.
      // "and called the strike "evil"", "and called for ...": a weak verb reports here too, its subject being the speaker's.
      const weak = w.pos === 'VERB' && COORDINATED_ONLY.has(w.lemma) && !CALLS_FOR.has(c.tokens[v + 1]?.lower ?? '');
      if (!isReportingVerb(w, c.tokens[v + 1]) && !weak) continue;
      if (comma && c.tokens[i + 1]?.lower !== 'and' && !w.lower.endsWith('ing')) continue;
      split = i;
      verb = v;
      // "and did not say how ...", "but did not deny the deaths": what was not said ends the statement before it, and is none.
      if (negated) verb = -1;
      break;
    }
    if (split < 0 && cited >= 0) split = cited;
    if (split < 0) break;
    // The statement ends before what it cites, or before the next verb's words.
    let end = (cited >= 0 ? Math.min(cited, split) : split) - 1;
    if (verb < 0) {
      while (end > a && c.tokens[end].pos === 'PUNCT' && !c.quoted[end]) end -= 1;
      out[out.length - 1] = { ...current, content: [a, end] };
      break;
    }
    while (end > a && (c.tokens[end].text === ',' || c.tokens[end].pos === 'PUNCT') && !c.quoted[end]) end -= 1;
    const right = contentRightOf({ ...c, first: c.first, last: b }, verb, c.tokens[verb].lemma);
    if (!right.content) break;
    const next = make({ ...c, last: b }, current.speaker, right.content, c.tokens[verb].lemma, right.when ?? current.when);
    out[out.length - 1] = { ...current, content: [a, end] };
    if (!next) break;
    current = { ...next, apposition: found.apposition };
    out.push(current);
  }
  return out;
}

/** How far after the speaker a trailing participle may come ("..., he told reporters in Kaduna on Monday, adding that"). */
const MAX_TRAIL = 16;

/**
 * The second statement after a speaker who follows the first: ", adding that ...", ", accusing X of ...",
 * ", describing the toll as ...", ", who said ...". A participle (or "who" and a verb) after a comma, within a
 * bounded window after the speaker; its words run to the clause's end.
 */
function trailing(c: Clause, found: Attribution): Attribution | null {
  const from = (found.apposition ?? found.speaker)[1] + 1;
  for (let i = from; i < c.last && i - from < MAX_TRAIL; i += 1) {
    if (c.quoted[i]) return null;
    if (c.tokens[i].text !== ',') continue;
    let v = i + 1;
    // "The attack was repelled, he said, and the forces had neutralised many": the reported speech goes on.
    const next = c.tokens[v + 1];
    if (c.tokens[v].lower === 'and' && next && ['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(next.pos) && !c.quoted[v + 1] && c.quoted[found.content[1]] === false) {
      return make(c, found.speaker, trimPunctuation(c, [v + 1, c.last]), found.verb, found.when);
    }
    if (c.tokens[v].lower === 'who') v += 1;
    const w = c.tokens[v];
    if (!w || v > c.last || c.quoted[v]) continue;
    // ", warning that ...": a participle the tagger read as a noun is the verb its form says.
    const byForm = c.tokens[v - 1].text === ',' ? participleByForm(w.lower, c.tokens[v + 1]?.lower) : null;
    if (w.pos !== 'VERB' && !byForm) continue;
    const lemma = byForm ?? w.lemma;
    // ", citing figures collected by local officials": what a speaker cites is where the words came from, not a second statement.
    if (lemma === 'cite' || lemma === 'quote') continue;
    const participle = w.lower.endsWith('ing') && c.tokens[v - 1].text === ',';
    if (!participle && c.tokens[v - 1].lower !== 'who') continue;
    const weak = COORDINATED_ONLY.has(lemma) && !CALLS_FOR.has(c.tokens[v + 1]?.lower ?? '');
    if (!byForm && !isReportingVerb(w, c.tokens[v + 1], c.tokens.slice(v + 2, Math.min(c.last + 1, v + 6))) && !weak) continue;
    const right = contentRightOf(c, v, lemma);
    return right.content ? make(c, found.speaker, right.content, lemma, right.when ?? found.when) : null;
  }
  return null;
}
