import { FacetDto } from '../claims/dto/create-claim.dto';
import { CONTEXT_LENGTH, QuoteAnchor } from '../claims/quote-anchor';
import { analyse, Token } from './analyse';
import { attribute, Attribution, Clause, Span } from './attribution';
import { armedParty, isArmed } from './armed-party';
import { categoryFacets } from './category-facets';
import { coordinated } from './coordinated';
import { HEAD_KINDS, lastOfKind, Mention, mentionsIn } from './mentions';
import { afterDateline } from './dateline';
import { ReadFacet, quantityFacets } from './quantity-facets';
import { quotedTokens } from './quotes';
import { statedAt } from './stated-at';
import { GENERIC_HEADS, beforeLink, exactName, forcesOf, isHeadline, looksLikeName, mayContain, nearName, partyOf, possessiveToAdjective, saidAfterQuote, statementOnly } from './names';
import { SHOWING_VERBS } from './lexicon';
import { bareHead, byHead, indexSources, isPronoun, KnownSource, kindOf, resolveName, SourceIndex, suggestSource, SuggestedSource } from './speakers';

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
export const ENGINE_VERSION = 'wink-2';

const SEPARATORS = new Set([';']);
/** Who "shows" a statement: media, not a report or a video. */
const SHOWN_BY = new Set(['state_media', 'media', 'news_agency', 'social_account', 'armed_group', 'military', 'government']);
const TURNS = new Set(['while', 'but', 'whereas']);

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
  /** The token where the statement that named this speaker begins. */
  at?: number;
  kind: string;
  sourceId: string | null;
  suggested: SuggestedSource | null;
  speaker: string;
  line: number;
  /** A lone common noun ("officials", "office") that named no known source: its facets are not kept. */
  unsure?: boolean;
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
  const party = (phrase: string): string | null => armedParty(partyOf(phrase, index), index);
  const mentions: Mention[] = [];
  for (const sentence of analysis.sentences) {
    if (tokens[sentence.first].lineStart) line += 1;
    if (mentions.length < 10000) mentions.push(...mentionsIn(tokens, sentence.first, sentence.last, index));
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
        speaker = resolve(head, beside, history, index, line, (kinds) => lastOfKind(mentions, kinds, found!.speaker[0]));
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
      const parts = found.verb === 'say' && found.speaker[0] === found.content[0] ? [found] : coordinated(clause, found);
      for (const part of parts) {
        let [a] = part.content;
        let b = part.content[1];
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
        history.push({ ...speaker, line, at: tokens[a] ? a : first });
        const read: ReadFacet[] = [
          // Facets come from the whole statement, also a quotation running over several sentences.
          ...quantityFacets(tokens, [a, b], text, part.denied),
          ...categoryFacets(tokens, [a, b], text, part.denied, speaker.sourceId ? sources.find((s) => s.id === speaker!.sourceId)?.name ?? null : speaker.suggested?.name ?? null, party, part.verb, (who) => armedParty(forcesOf(who, index), index) ?? who, (name) => isArmed(name, index)),
        ];
        const resolved = speaker.sourceId !== null;
        // A false contradiction costs a desk more than a missed facet: an unsure speaker's statement keeps none.
        if (speaker.unsure) read.length = 0;
        candidates.push({
          speaker: speaker.speaker,
          sourceId: speaker.sourceId,
          suggestedSource: resolved ? null : speaker.suggested,
          statement,
          form: part.form,
          quote: {
            exact: statement,
            prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
            suffix: text.slice(end, end + CONTEXT_LENGTH),
            start,
            end,
          },
          facets: read.map(({ span: _span, ...facet }) => facet as FacetDto),
          evidence: read.map((f) => ({ attribute: f.attribute, start: tokens[f.span[0]].start, end: tokens[f.span[1]].end, words: words(text, tokens, f.span) })),
          statedAt: statedAt(publishedAt, part.when ? words(text, tokens, part.when) : null),
          confidence: round((part.form === 'direct_quote' ? 0.9 : 0.75) - (resolved ? 0 : 0.15)),
        });
      }
    }
  }
  return candidates;
}

/** Roles of staff, as opposed to bodies ("Mali's army" is the army, "the group's coordinator" speaks for the group). */
const STAFF_ROLES = new Set(['coordinator', 'analyst', 'researcher', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'adviser', 'advisor', 'aide', 'representative', 'envoy']);
const STAFF = /^(?:the |an? )?(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson) (?:to|for|of) (.+)$/i;

/** The body a member of staff speaks for, as written: "the group's emergency coordinator" -> "the group". */
function servedBody(head: string): string | null {
  const staff = STAFF.exec(head.trim());
  if (staff) return staff[1];
  const text = head.trim();
  const at = Math.max(text.lastIndexOf("'s "), text.lastIndexOf('’s '));
  const role = text.slice(at + 3);
  return at > 0 && at < 60 && /^[a-z -]+$/.test(role) && STAFF_ROLES.has(role.split(' ').pop() ?? '') ? text.slice(0, at) : null;
}

/** Who a speaker's words name: a known source, the last speaker for a pronoun or bare title, or a new source. */
function resolve(head: string, beside: string | null, history: Spoken[], index: SourceIndex, line: number, recent: (kinds: string[]) => Mention | null): Spoken | null {
  const phrase = beside ? `${head}, ${beside}` : head;
  if (isPronoun(head)) {
    const last = history[history.length - 1];
    if (last) return { ...last, speaker: phrase, line };
  }
  // "Its spokesman", "Their West Africa analyst": the organisation last quoted speaks through its staff.
  if (/^(its|their) /i.test(head) && !beside && /^[a-z]/.test(head.trim().split(/\s+/).pop() ?? '')) {
    for (let i = history.length - 1; i >= 0 && i >= history.length - 6; i -= 1) {
      const h = history[i];
      const name = h.suggested?.name ?? h.speaker;
      if (h.kind !== 'witness' && !(looksLikeName(name) && !h.sourceId)) return { ...h, speaker: phrase, line };
    }
  }
  // "The group's emergency coordinator", "an adviser to RSF commander X": staff speak for the body they serve.
  const served = servedBody(head);
  if (served && !beside) {
    const body = resolveName(served, index) ?? (/^the [a-z]+$/i.test(served) ? resolve(served, null, history, index, line, recent) : null);
    if (body && 'kind' in body && 'line' in body) return { ...body, speaker: phrase, line };
    if (body && 'id' in body) return { kind: body.kind ?? kindOf(phrase), sourceId: body.id, suggested: null, speaker: phrase, line };
  }
  // "a local volunteer network, the Emergency Response Room": the name in apposition names the new source.
  const besideName = beside?.replace(/^the /, '') ?? null;
  if (besideName && looksLikeName(besideName) && !looksLikeName(head) && !resolveName(besideName, index) && !resolveName(head, index)) {
    const suggested = { ...suggestSource(besideName, index), role: head.replace(/^(an?|the) /i, '') };
    return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line };
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
  // A lone lower-case noun ("government said", "officials said") is read as a bare head ("the government").
  // Only the one known source named so is taken; it is not guessed from earlier speakers.
  const lone = !beside && (/^[a-z]+$/.test(head.trim()) || /^(officials|authorities)$/i.test(head.trim())) ? head.trim().toLowerCase() : null;
  const bare = bareHead(head);
  // "the government", "the army": the one known source whose name ends in that word.
  const headed = bare ?? lone ? byHead((bare ?? lone)!, index) : null;
  if (headed) return { kind: headed.kind ?? kindOf(phrase), sourceId: headed.id, suggested: null, speaker: phrase, line };
  // "the group", "the paramilitary force": the party of that kind named last, unless a speaker came after it.
  const named = bare && HEAD_KINDS[bare] ? recent(HEAD_KINDS[bare]) : null;
  const lastSpeaker = history[history.length - 1];
  if (named) {
    const later = lastSpeaker && (lastSpeaker.at ?? -1) > named.at && lastSpeaker.speaker.toLowerCase().includes(bare!);
    if (later) return { ...lastSpeaker, speaker: phrase, line };
    return { kind: named.source.kind ?? kindOf(phrase), sourceId: named.source.id, suggested: null, speaker: phrase, line };
  }
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
  return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line, ...(lone && { unsure: true }) };
}
