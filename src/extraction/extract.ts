import { FacetDto } from '../claims/dto/create-claim.dto';
import { CONTEXT_LENGTH, QuoteAnchor } from '../claims/quote-anchor';
import { analyse, Token } from './analyse';
import { attribute, Attribution, Clause, Span } from './attribution';
import { categoryFacets } from './category-facets';
import { afterDateline } from './dateline';
import { ReadFacet, quantityFacets } from './quantity-facets';
import { quotedTokens } from './quotes';
import { statedAt } from './stated-at';
import { REPORTING_VERBS, SHOWING_VERBS, STATEMENT_NOUNS, TITLES } from './lexicon';
import { fold } from '../claims/fold';
import { bareHead, nameKeys, indexSources, isPronoun, KnownSource, kindOf, resolveName, SourceIndex, suggestSource, SuggestedSource } from './speakers';

export type { KnownSource, SuggestedSource } from './speakers';

/** Why a facet was read: the words it came from, anchored in the text. */
export interface FacetEvidence {
  attribute: string;
  start: number;
  end: number;
  words: string;
}

export interface Candidate {
  /** The speaker as written ("the army chief of staff, General Oumar Diarra", "He"). */
  speaker: string;
  /** The source the speaker resolves to, or null with a suggested new source. */
  sourceId: string | null;
  suggestedSource: SuggestedSource | null;
  statement: string;
  form: 'direct_quote' | 'reported';
  quote: QuoteAnchor;
  facets: FacetDto[];
  /** For each facet, in order, the words it was read from. */
  evidence: FacetEvidence[];
  /** When it was said: the document's publication time, or the day the text names ("on Friday"). */
  statedAt: string | null;
  confidence: number;
}

export interface ExtractionInput {
  text: string;
  sources: KnownSource[];
  publishedAt: string | null;
}

/** Bump when the rules change: stored results of another version are read again. */
export const ENGINE_VERSION = 'wink-1';

const SEPARATORS = new Set([';']);
/** Who "shows" a statement: media, not a report or a video. */
const SHOWN_BY = new Set(['state_media', 'media', 'news_agency', 'social_account', 'armed_group', 'military', 'government']);
const TURNS = new Set(['while', 'but', 'whereas']);
const CAPITALS: Record<string, string> = { kyiv: 'ukraine', kiev: 'ukraine', moscow: 'russia', kremlin: 'russia', jerusalem: 'israel', khartoum: 'sudan', bamako: 'mali', kinshasa: 'congo', kigali: 'rwanda', naypyidaw: 'myanmar', ouagadougou: 'burkina faso', mogadishu: 'somalia', washington: 'united states' };
const DEMONYMS: Record<string, string> = {
  israeli: 'israel', russian: 'russia', ukrainian: 'ukraine', malian: 'mali', burmese: 'myanmar', sudanese: 'sudan', nigerien: 'niger',
  palestinian: 'palestine', canadian: 'canada', british: 'britain', congolese: 'congo', syrian: 'syria', iranian: 'iran', american: 'united states', french: 'france', burkinabe: 'burkina faso',
  nigerian: 'nigeria', somali: 'somalia', rwandan: 'rwanda', myanmar: 'myanmar', ethiopian: 'ethiopia', yemeni: 'yemen', lebanese: 'lebanon', turkish: 'turkey', iraqi: 'iraq',
};

/** Clauses of a sentence: split at ";" and at ", while/but/whereas" outside quotes, so each may have its own speaker. */
function clauses(tokens: Token[], quoted: boolean[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = first;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (quoted[i]) continue;
    if (SEPARATORS.has(t.text) || (t.text === ',' && i + 1 <= last && TURNS.has(tokens[i + 1].lower))) {
      if (i - 1 >= start) out.push([start, i - 1]);
      start = t.text === ',' ? i + 2 : i + 1;
    }
  }
  if (start <= last) out.push([start, last]);
  return out;
}

function words(text: string, tokens: Token[], [a, b]: Span): string {
  return text.slice(tokens[a].start, tokens[b].end);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Spoken {
  kind: string;
  sourceId: string | null;
  suggested: SuggestedSource | null;
  speaker: string;
  line: number;
}

/** Candidate claims in an English text, in the order they appear, each anchored exactly in the text. */
export function extractStatements(text: string, sources: KnownSource[], publishedAt: string | null = null): Candidate[] {
  const analysis = analyse(text);
  const { tokens } = analysis;
  const quoted = quotedTokens(tokens);
  const index = indexSources(sources);
  const candidates: Candidate[] = [];
  const history: Spoken[] = [];
  let line = 0;
  /** Tokens already read as the continuation of a quote. */
  let consumed = -1;
  const party = (phrase: string): string | null => partyOf(phrase, index);
  for (const sentence of analysis.sentences) {
    if (tokens[sentence.first].lineStart) line += 1;
    const begin = afterDateline(tokens, sentence.first, sentence.last);
    if (begin > sentence.last || isHeadline(tokens, sentence.first, sentence.last)) continue;
    for (const [first, last] of clauses(tokens, quoted, begin, sentence.last)) {
      if (first <= consumed) continue;
      const clause: Clause = { tokens, quoted, first, last };
      let found: Attribution | null = attribute(clause);
      let speaker: Spoken | null = null;
      if (found) {
        const head = words(text, tokens, found.speaker);
        const beside = found.apposition ? words(text, tokens, found.apposition) : null;
        speaker = resolve(head, beside, history, index, line);
        if (speaker && SHOWING_VERBS.has(found.verb) && !speaker.sourceId && !SHOWN_BY.has(speaker.suggested?.kind ?? '')) speaker = null;
      } else if ((quoted[first] || quoted[first + 1]) && history.length && line - history[history.length - 1].line <= 1 && !saidAfterQuote(tokens, quoted, first)) {
        // A quote that runs on from the last speaker's ("... ," he said. "We will return.")
        let a = first;
        let b = last;
        while (a <= b && !quoted[a]) a += 1;
        while (b >= a && !quoted[b]) b -= 1;
        if (a <= b) {
          found = { speaker: [a, a], content: [a, b], verb: 'say', denied: false, form: 'direct_quote', when: null };
          speaker = { ...history[history.length - 1], line };
        }
      }
      if (!found || !speaker) continue;
      let [a] = found.content;
      let b = found.content[1];
      // A quote that began sentences earlier ("We heard shooting. Soldiers closed the roads," a shopkeeper said.)
      if (quoted[a] && a > 0 && quoted[a - 1] && !tokens[a].lineStart) {
        let k = a;
        while (k > 0 && quoted[k - 1] && !tokens[k].lineStart && a - k < 400) k -= 1;
        if (k > consumed) a = k;
      }
      // A quote that runs over several sentences ends at its closing mark, on the same line.
      if (quoted[b] && b === last - 1 || (quoted[b] && quoted[last])) {
        let k = b;
        while (k + 1 < tokens.length && quoted[k + 1] && !tokens[k + 1].lineStart) k += 1;
        if (k > last) {
          consumed = k;
          b = k;
          while (b > a && tokens[b].pos === 'PUNCT') b -= 1;
        }
      }
      const start = tokens[a].start;
      const end = tokens[b].end;
      const statement = text.slice(start, end);
      if (statement.length < 3) continue;
      history.push({ ...speaker, line });
      const read: ReadFacet[] = [
        ...quantityFacets(tokens, found.content, text, found.denied),
        ...categoryFacets(tokens, found.content, text, found.denied, speaker.sourceId ? sources.find((s) => s.id === speaker!.sourceId)?.name ?? null : speaker.suggested?.name ?? null, party, found.verb, (who) => forcesOf(who, index)),
      ];
      const resolved = speaker.sourceId !== null;
      candidates.push({
        speaker: speaker.speaker,
        sourceId: speaker.sourceId,
        suggestedSource: resolved ? null : speaker.suggested,
        statement,
        form: found.form,
        quote: {
          exact: statement,
          prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + CONTEXT_LENGTH),
          start,
          end,
        },
        facets: read.map(({ span: _span, ...facet }) => facet as FacetDto),
        evidence: read.map((f) => ({ attribute: f.attribute, start: tokens[f.span[0]].start, end: tokens[f.span[1]].end, words: words(text, tokens, f.span) })),
        statedAt: statedAt(publishedAt, found.when ? words(text, tokens, found.when) : null),
        confidence: round((found.form === 'direct_quote' ? 0.9 : 0.75) - (resolved ? 0 : 0.15)),
      });
    }
  }
  return candidates;
}

/** Who a speaker's words name: a known source, the last speaker for a pronoun or bare title, or a new source. */
function resolve(head: string, beside: string | null, history: Spoken[], index: SourceIndex, line: number): Spoken | null {
  const phrase = beside ? `${head}, ${beside}` : head;
  if (isPronoun(head)) {
    const last = history[history.length - 1];
    if (last) return { ...last, speaker: phrase, line };
  }
  // A person's name and a function side by side: the name is tried first, whole, then each within.
  const parts = beside && looksLikeName(beside) && !looksLikeName(head) ? [beside, head] : beside ? [head, beside] : [head];
  const adjectival = possessiveToAdjective(head);
  if (adjectival) parts.push(adjectival);
  const known = exactName([...parts, ...parts.map(beforeLink)], index)
    ?? parts.filter((p) => mayContain(p)).map((p) => resolveName(p, index)).find(Boolean) ?? null;
  if (known) return { kind: known.kind ?? kindOf(phrase), sourceId: known.id, suggested: null, speaker: phrase, line };
  // "who asked not to be identified", "reached by telephone": an apposition that is no name and no role.
  if (beside && !/^(who|which|whose|reached|speaking|asked|contacted|interviewed|quoted)\b/i.test(beside)) {
    const [name, role] = looksLikeName(head) ? [head, beside] : looksLikeName(beside) ? [beside, head] : [head, null];
    const suggested = suggestSource(role ? `${role} ${name}` : name, index);
    return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line };
  }
  // "the statement said", "the same assessment found": the party last quoted.
  if (!beside && statementOnly(head) && history.length) return { ...history[history.length - 1], speaker: phrase, line };
  const bare = bareHead(head);
  if (bare) {
    for (let i = history.length - 1; i >= 0 && i >= history.length - 12; i -= 1) {
      const h = history[i];
      const said = ` ${h.speaker.toLowerCase()} ${h.suggested?.role?.toLowerCase() ?? ''} `;
      if (said.includes(` ${bare} `) || (h.kind === kindOf(phrase) && kindOf(phrase) !== 'other')) return { ...h, speaker: phrase, line };
    }
  }
  const close = looksLikeName(head) ? nearName(head, index) : null;
  if (close) return { kind: close.kind ?? 'other', sourceId: close.id, suggested: null, speaker: phrase, line };
  // "the military" with no one before it: the one known source of that kind, if there is exactly one.
  if (bare) {
    const kind = kindOf(head);
    const ofKind = kind === 'other' ? [] : index.all.filter((s) => s.kind === kind);
    if (ofKind.length === 1) return { kind, sourceId: ofKind[0].id, suggested: null, speaker: phrase, line };
  }
  // A bare "the group" or "it" with no one before it to point at names no one: no candidate rather than a source called "Group".
  if ((bare && GENERIC_HEADS.has(bare) && head.trim().split(/\s+/).length === 2) || isPronoun(head) || statementOnly(head)) return null;
  const suggested = suggestSource(adjectival ?? head, index);
  return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line };
}

/** A person the desk knows under another spelling ("Zelenskiy" / "Zelensky"): every word alike, one letter apart at most. */
function nearName(phrase: string, index: SourceIndex): KnownSource | null {
  const w = fold(phrase).split(' ').filter((x) => !TITLES.has(x));
  if (w.length < 2) return null;
  for (const [key, source] of index.exact) {
    const k = key.split(' ');
    if (k.length !== w.length) continue;
    if (k.every((x, i) => x === w[i] || (x.length > 4 && withinOne(x, w[i])))) return source;
  }
  return null;
}

/** Edit distance of at most one, in one pass over the two words. */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether the quote open at `from` closes, on its line, right before an attribution ('," she said'): then that sentence reads it. */
function saidAfterQuote(tokens: Token[], quoted: boolean[], from: number): boolean {
  let k = from;
  while (k + 1 < tokens.length && (quoted[k + 1] || !quoted[k]) && !tokens[k + 1].lineStart && k - from < 400) {
    if (!quoted[k] && k > from && quoted[k - 1]) break;
    k += 1;
  }
  for (let i = k + 1; i < tokens.length && i <= k + 8 && !tokens[i].lineStart; i += 1) {
    if (REPORTING_VERBS.has(tokens[i].lemma) && tokens[i].pos === 'VERB') return true;
  }
  return false;
}

/** The first line of a text with more, ending without a full stop: a headline, whose words the story repeats. */
function isHeadline(tokens: Token[], first: number, last: number): boolean {
  if (first !== 0 || !tokens[first].lineStart) return false;
  let end = first;
  while (end + 1 < tokens.length && !tokens[end + 1].lineStart) end += 1;
  return end === last && end + 1 < tokens.length && !/^[.!?"”]$/.test(tokens[end].text);
}

const ADJECTIVE_OF = Object.fromEntries(Object.entries(DEMONYMS).map(([adjective, country]) => [country, adjective]));

/** "Mali's army" -> "Malian army", "Israel's military" -> "Israeli military": how desks often name a party. */
function possessiveToAdjective(phrase: string): string | null {
  const text = phrase.trim().replace(/^the /i, '').replace('’', "'");
  const at = text.indexOf("'s ");
  if (at <= 0) return null;
  const adjective = ADJECTIVE_OF[text.slice(0, at).toLowerCase()];
  return adjective ? `${adjective} ${text.slice(at + 3)}` : null;
}

/** People named by their function, who speak for themselves unless the desk knows them: "a senior government official". */
const PERSON_HEADS = new Set([
  'official', 'officials', 'officer', 'officers', 'source', 'sources', 'soldier', 'soldiers', 'commander', 'analyst', 'analysts', 'doctor', 'doctors',
  'resident', 'residents', 'witness', 'witnesses', 'diplomat', 'diplomats', 'expert', 'experts', 'researcher', 'researchers', 'engineer', 'engineers',
  'member', 'members', 'worker', 'workers', 'survivor', 'survivors', 'relative', 'relatives', 'farmer', 'trader', 'shopkeeper', 'nurse', 'medic', 'pilot',
]);
/** "the group", "the agency": words that only ever point back. */
const GENERIC_HEADS = new Set(['group', 'agency', 'organisation', 'organization', 'movement', 'militants', 'general', 'spokesman', 'spokeswoman', 'official', 'minister', 'ministry', 'military', 'army', 'government', 'president', 'junta', 'rebels', 'office', 'charity', 'mission', 'force', 'forces', 'administration', 'company', 'broadcaster', 'channel', 'newspaper', 'outlet', 'committee', 'council', 'faction', 'militia']);
const LINK_WORDS = new Set(['in', 'at', 'of', 'for', 'from', 'on', 'with']);

/** The words before "in", "at", "of" ...: "the health ministry in the Hamas-run territory" -> "the health ministry". */
function beforeLink(phrase: string): string {
  const w = phrase.split(/\s+/);
  const i = w.findIndex((x, k) => k > 0 && LINK_WORDS.has(x.toLowerCase()));
  return i > 0 ? w.slice(0, i).join(' ') : phrase;
}

/** Whether a known name standing inside the phrase may name it: not when the phrase names a person, by name or by function. */
function mayContain(phrase: string): boolean {
  const head = beforeLink(phrase).split(/\s+/);
  const last = head[head.length - 1]?.toLowerCase() ?? '';
  if (PERSON_HEADS.has(last)) return false;
  const capitals = phrase.split(/\s+/).filter((x) => /^[A-Z][a-z]/.test(x) && !TITLES.has(x.toLowerCase()));
  return !(capitals.length >= 2 && looksLikeName(capitals.slice(-2).join(' ')) && !ORG_WORDS.some((o) => phrase.toLowerCase().includes(o)));
}
const ORG_WORDS = ['ministry', 'army', 'force', 'forces', 'government', 'office', 'council', 'agency', 'committee', 'group', 'nations', 'union', 'service', 'services', 'department', 'administration', 'company', 'watch', 'front', 'movement', 'brigade', 'command', 'hospital', 'university', 'press', 'news', 'television', 'radio'];

/** "the statement", "a message", "the same assessment": words that carry someone's statement, without saying whose. */
function statementOnly(phrase: string): boolean {
  const w = phrase.toLowerCase().split(/\s+/).filter((x) => !['the', 'a', 'an', 'same', 'this', 'that', 'its', 'their', 'second', 'new', 'later', 'written', 'separate'].includes(x));
  return w.length === 1 && STATEMENT_NOUNS.has(w[0]);
}

/** Capitalised words other than a title: "Abdoulaye Maiga", "General Oumar Diarra". */
function looksLikeName(phrase: string): boolean {
  const w = phrase.trim().split(/\s+/);
  return w.length >= 2 && w.every((x) => /^[A-Z]/.test(x) || ['al', 'bin', 'de', 'el', 'ibn', 'van', 'von'].includes(x));
}

function exactName(parts: string[], index: SourceIndex): KnownSource | null {
  for (const part of parts) {
    for (const key of nameKeys(part)) {
      const found = index.exact.get(key);
      if (found) return found;
    }
  }
  return null;
}

/** A party's name as the desk knows it, from its name, an alias, or a word for its people ("Israeli"). */
/** The armed forces a speaker answers for ("Russian defence ministry" -> "Russian army"), when the desk has them; else the speaker. */
function forcesOf(speaker: string, index: SourceIndex): string {
  for (const word of speaker.toLowerCase().split(/\s+/)) {
    const country = DEMONYMS[word] ?? CAPITALS[word] ?? (ADJECTIVE_OF[word] ? word : null);
    if (!country) continue;
    const adjective = ADJECTIVE_OF[country] ?? word;
    for (const name of [`${adjective} army`, `${adjective} military`, `${adjective} armed forces`, `${adjective} forces`]) {
      const found = index.exact.get(name);
      if (found) return found.name;
    }
  }
  return speaker;
}

function partyOf(phrase: string, index: SourceIndex): string | null {
  const direct = resolveName(phrase, index);
  if (direct) return direct.name;
  const words = phrase.toLowerCase().replace(/^(the|an?)\s+/, '').replace(/["“”]/g, '').split(/\s+/);
  for (const word of words) {
    const country = DEMONYMS[word] ?? CAPITALS[word] ?? (ADJECTIVE_OF[word] ? word : null);
    if (!country) continue;
    const adjective = ADJECTIVE_OF[country] ?? word;
    // "Russian troops", "Israeli air strike", "Kyiv": the desk's party for that country's forces, else the country.
    for (const name of [`${adjective} army`, `${adjective} military`, `${adjective} forces`, `${adjective} armed forces`, `${country} army`, country, adjective]) {
      const found = index.exact.get(name);
      if (found) return found.name;
    }
  }
  return null;
}
