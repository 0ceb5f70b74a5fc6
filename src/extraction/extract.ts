import { FacetDto } from '../claims/dto/create-claim.dto';
import { fold } from '../claims/fold';
import { CONTEXT_LENGTH, QuoteAnchor } from '../claims/quote-anchor';
import { analyse, Token } from './analyse';
import { attribute, Attribution, Clause, dayEndingAt, Span } from './attribution';
import { armedByPlural, armedParty, isArmed, isArmedGroup } from './armed-party';
import { categoryFacets } from './category-facets';
import { deniedTargets } from './target-denials';
import { coordinated } from './coordinated';
import { withDenialsRead } from './denied-clauses';
import { withPartySubjects, withSpeakerSides, withVictimSides } from './count-subjects';
import { lastOfKind, Mention, mentionsIn, Recent } from './mentions';
import { afterDateline, headingPerson, namesItsParty, setIn, withDateline } from './dateline';
import { opensOnOtherIncident } from './other-incident';
import { ReadFacet, quantityFacets } from './quantity-facets';
import { statusOfCounted } from './victim-roles';
import { quotedTokens, resumedQuote } from './quotes';
import { alternativeParties } from './alternatives';
import { statedAt } from './stated-at';
import { resolve, Spoken } from './resolve-speaker';
import { cutAfterPreposition } from './joint-speakers';
import { nameLeftOf, subjectOf } from './subjects';
import { MAX_SPEAKER } from './noun-phrases';
import { introductions, subjectPastAside, titledNames } from './asides';
import { clauses } from './clause-spans';
import { forcesOf, isHeadline, partyOf, saidAfterQuote } from './names';
import { SHOWING_VERBS, STATEMENT_NOUNS } from './lexicon';
import { indexOnce, sourceById } from './source-lookups';
import { indexSources, KnownSource, suggestSource, SuggestedSource } from './speakers';
import { abroad, FUNCTION_NOUNS } from './functions';
import { readTranscript, spokenWords } from './transcript';
import { issuerOf, numberedPoints, standsForIssuer } from './numbered-points';

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
  /** When a known source spoke through a named person: the function and the name ("army spokesman Jules Ngongo"). */
  role: string | null;
  suggestedSource: SuggestedSource | null;
  /** For a new source: the known parties (ids, at most two, best first) the speaker may well be, for the desk to offer first (alternatives.ts). */
  alternatives: string[];
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
export const ENGINE_VERSION = 'wink-18';

/** Who "shows" a statement: media, not a report or a video. */
const SHOWN_BY = new Set(['state_media', 'media', 'news_agency', 'social_account', 'armed_group', 'military', 'government']);
function words(text: string, tokens: Token[], [a, b]: Span): string {
  return text.slice(tokens[a].start, tokens[b].end);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}


/** Candidate claims in an English text, in the order they appear, each anchored exactly in the text. */
export function extractStatements(text: string, sources: KnownSource[], publishedAt: string | null = null): Candidate[] {
  const analysis = analyse(text);
  const { tokens } = analysis;
  const quoted = quotedTokens(tokens);
  const index = indexOnce(sources, indexSources);
  const candidates: Candidate[] = [];
  const history: Spoken[] = [];
  /** Persons and known bodies that opened a clause without speaking: what a later pronoun may point back to. */
  const subjects: Spoken[] = [];
  /** The paragraph read, and whether it is set in a capital ("In New Delhi, ..."). */
  let [line, scene] = [0, false];
  /** Tokens already read as the continuation of a quote. */
  let consumed = -1;
  const party = (phrase: string): string | null => armedParty(partyOf(phrase, index), index);
  // The speaker's own forces when they are an armed party ("its fighters" of an armed group, of a state's army).
  const ownForces = (who: string): string | null => {
    const forces = armedParty(forcesOf(who, index), index) ?? who;
    return isArmed(forces, index) ? forces : null;
  };
  const mentions: Mention[] = [];
  /** The parties the text's first dateline names. */
  const datelined: Mention[] = [];
  // The known sources the text names anywhere (once, linear in the text): an enemy read from "40 militants" that speaks on other
  // events only must be one of them ("militants" on a desk that also holds another conflict's armed group are not that group).
  // Read once, and only when a source speaking elsewhere is in question (most desks and texts never ask).
  let namedInText: Set<string> | null = null;
  const namedHere = (id: string) => (namedInText ??= new Set(mentionsIn(tokens, 0, tokens.length - 1, index).map((m) => m.source.id))).has(id);
  // A body a speaker's function names is one the narration named, not one inside a quotation.
  const unquoted = (kinds: string[] | ((source: KnownSource, at: number) => boolean)) => (typeof kinds === 'function' ? (s: KnownSource, at: number) => !quoted[at] && kinds(s, at) : kinds);
  /** The known parties named before `at` (outside quotations with `unquotedOnly`), and with `home` the country the text is about (`lastOfKind`). */
  const recentBefore = (at: number, unquotedOnly = false): Recent => (kinds, home) => lastOfKind(mentions, unquotedOnly ? unquoted(kinds) : kinds, at, home ? { dateline: datelined, line, datelineOnly: home === 'dateline' } : undefined);
  /** A titled person of a known party the narration names at `at`, kept for a surname or a bare title later; their party, or null. */
  const introduce = (phrase: string, at: number): KnownSource | null => {
    const person = resolve(phrase, null, history, index, line, recentBefore(at, true));
    if (!person?.sourceId || !person.named) return null;
    if (subjects.length < 10000) subjects.push({ ...person, at, line, introduced: true });
    return sourceById(index, person.sourceId) ?? null;
  };
  const turnAt = readTranscript(text, tokens, quoted, (head, beside, at) => resolve(head, beside, history, index, line, recentBefore(at)), index);
  // "The government issued a statement. It said:" and then "1. ...", "2. ...": each point is the issuer's (numbered-points.ts);
  // a point that names its own speaker is read as any sentence, "The government" or "It" there being the issuer.
  const points = numberedPoints(tokens, analysis.sentences, quoted);
  let issuer: Spoken | null = null;
  // The party a clause's subject before `verb` names, over a day between them ("The government on Saturday issued").
  const subjectBefore = (verb: number): KnownSource | null => {
    const day = dayEndingAt(tokens, 0, verb - 1);
    const k = day ? day[0] - 1 : verb - 1;
    const span = nameLeftOf({ tokens, quoted, first: Math.max(0, k - MAX_SPEAKER), last: k }, k);
    const who = span ? resolve(words(text, tokens, span), null, history, index, line, recentBefore(span[0])) : null;
    return who?.sourceId ? sourceById(index, who.sourceId) ?? null : null;
  };
  for (const sentence of analysis.sentences) {
    if (tokens[sentence.first].lineStart) [line, scene] = [line + 1, setIn(tokens, sentence.first)];
    const named = mentionsIn(tokens, sentence.first, sentence.last, index);
    const read = withDateline(tokens, sentence.first, sentence.last, index, named).map((m) => ({ ...m, line }));
    if (mentions.length < 10000) mentions.push(...read);
    // The first dateline's parties: the country the text is about (a bare title's, `lastOfKind`).
    // Only in the text's opening paragraphs (a headline, a byline, the lead): "PAKISTAN: The army said" further down heads a section.
    if (!datelined.length && line <= 3) datelined.push(...read.filter((m) => m.dateline).slice(0, 4));
    const point = points.get(sentence.first);
    if (tokens[sentence.first].lineStart) {
      // The parties the paragraph names, by a name of theirs or as a clause's subject ("The government of the DRC issued").
      const named = point ? [...mentions, ...[...subjects, ...history].flatMap((s) => (s.sourceId && s.at !== undefined ? [{ source: sourceById(index, s.sourceId)!, at: s.at }] : []))] : [];
      const source = point ? issuerOf(tokens, named, point.intro, point.listStart, subjectBefore) : null;
      issuer = source ? { kind: source.kind ?? 'other', sourceId: source.id, suggested: null, speaker: source.name, line } : null;
    }
    const turn = point ? (issuer && point.last >= 0 ? { body: point.body, last: point.last, speaker: { ...issuer, line } } : null) : tokens[sentence.first].lineStart ? turnAt(sentence.first) : null;
    const begin = turn ? turn.body : afterDateline(tokens, sentence.first, sentence.last);
    // "IRAQ - Government spokesman Basim al-Awadi, 29 January": a digest's heading introduces the official its section quotes.
    const heading = !turn?.speaker && begin > sentence.first && isHeadline(tokens, sentence.first, sentence.last) ? headingPerson(text, tokens, sentence.first, sentence.last, begin) : null;
    // The section is that party's: "The government spokesman said" below is its (a dateline's mention would yield to the speaker before).
    // "UKRAINE - Kremlin spokesman Dmitry Peskov": a title that names a party or a country keeps it; only a bare one takes the heading's.
    const section = heading ? introduce(!heading.country || namesItsParty(heading.words, index) ? heading.words : `${heading.country} ${heading.words}`, begin) : null;
    if (section && mentions.length < 10000) mentions.push({ source: section, at: begin, line });
    if (turn?.speaker ? begin > turn.last : begin > sentence.last || isHeadline(tokens, sentence.first, sentence.last)) continue;
    // "GEN. MILLEY: We had ...": a speaker's turn is one statement, their words to the paragraph's end.
    const spans: Array<[number, number]> = turn?.speaker ? [[begin, turn.last]] : clauses(tokens, quoted, begin, sentence.last);
    for (const [first, last] of spans) {
      if (first <= consumed) continue;
      const clause: Clause = { tokens, quoted, first, last };
      // "its spokesman, Garba Ali, told ...": a person named in a function, for "Ali said" later.
      /** New persons introduced in a function ("the Director, X"), kept unless they are the clause's own speaker. */
      const unknown: Array<[Spoken, number]> = [];
      for (const [role, name] of introductions(clause, (w) => FUNCTION_NOUNS.has(w))) {
        const person = resolve(words(text, tokens, role), words(text, tokens, name), history, index, line, recentBefore(role[0], true));
        if (person?.sourceId && person.named && subjects.length < 10000) subjects.push({ ...person, at: role[0], line, introduced: true });
        const newName = person && !person.sourceId && person.person ? person.suggested?.name : undefined;
        // Only when the name read is the one set beside the function ("of Ovidio Guzman, Defense Minister X said" is not).
        if (person && newName && words(text, tokens, name).includes(newName)) unknown.push([{ ...person, named: newName, at: role[0], line, introduced: true }, name[1]]);
      }
      // "a row between President Cyril Ramaphosa of South Africa and ...": a titled person of a known party, for "Ramaphosa" later.
      for (const span of titledNames(clause)) introduce(words(text, tokens, span), span[0]);
      let found: Attribution | null = turn?.speaker ? spokenWords(first, last) : attribute(clause);
      let speaker: Spoken | null = turn?.speaker ? { ...turn.speaker, line } : null;
      if (turn?.speaker) consumed = Math.max(consumed, last);
      const speakerOf = (at: Attribution) => {
        const head = words(text, tokens, at.speaker);
        const beside = at.apposition ? words(text, tokens, at.apposition) : null;
        const cut = cutAfterPreposition(tokens, at.speaker[0], clause.first);
        const found = resolve(head, beside, history, index, line, recentBefore(at.speaker[0], true), subjects, cut);
        const known = found?.sourceId && found.role ? sourceById(index, found.sourceId) : null;
        // "In London, Prime Minister X said": a title in another country's capital is no function of the desk's government.
        const who = found && known && known.kind === 'government' && abroad(text.slice(tokens[sentence.first].start, tokens[at.speaker[0]].start), known)
          ? { ...found, sourceId: null, role: null, suggested: suggestSource(beside ? `${head}, ${beside}` : head, index), kind: 'government' } : found;
        if (who && SHOWING_VERBS.has(at.verb) && !who.sourceId && !SHOWN_BY.has(who.suggested?.kind ?? '')) return null;
        // "A spokesman for the armed forces said": the body speaks through one person, whom a later "he" is.
        const through = /^spokes(man|woman|person)$/.test(tokens[at.speaker[0] - 2]?.lower ?? '') && ['for', 'of'].includes(tokens[at.speaker[0] - 1].lower);
        return who && through ? { ...who, person: true } : who;
      };
      if (found && !speaker) {
        speaker = speakerOf(found);
        if (issuer && !speaker?.sourceId && standsForIssuer(words(text, tokens, found.speaker))) speaker = { ...issuer, line };
        // "In an audio message posted on Wednesday, X said ...": a showing verb no medium speaks through leaves the clause's next verb.
        let verb = found.speaker[1] + 1;
        while (verb < last && tokens[verb].lemma !== found.verb) verb += 1;
        const rest = !speaker && SHOWING_VERBS.has(found.verb) && verb + 1 < last ? attribute({ ...clause, first: verb + 1 }) : null;
        if (rest) [found, speaker] = [rest, speakerOf(rest)];
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
      // "the Director said" later points back to a new person introduced here, unless it spoke here under its own name.
      for (const [person, end] of unknown) {
        if (subjects.length < 10000 && (!found || end < found.speaker[0] || person.at! > found.speaker[1])) subjects.push(person);
      }
      if (!found || !speaker) {
        // "Colonel X led the assault. He said ...": a person or known body a clause opens with may be pointed back to.
        const subject = subjectOf(clause) ?? subjectPastAside(clause);
        const named = subject ? resolve(words(text, tokens, subject), null, history, index, line, recentBefore(subject[0])) : null;
        if (named && subject && (named.sourceId || named.person) && subjects.length < 10000) subjects.push({ ...named, at: subject[0], line });
        continue;
      }
      const parts = found.verb === 'say' && found.speaker[0] === found.content[0] ? [found] : coordinated(clause, found);
      const resumed = found.content[1] < found.speaker[0] && quoted[found.content[1]] ? resumedQuote(tokens, quoted, found.speaker[1], last) : null;
      if (resumed) parts.push({ ...found, content: resumed });
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
        // "X said in a report released today": "the report" later points back to X.
        // "Staff told the review that ...": what one tells is another's report, not one's own.
        const told = (k: number) => tokens[k - 1]?.lemma === 'tell' || (tokens[k - 1]?.pos === 'DET' && tokens[k - 2]?.lemma === 'tell');
        const issued = tokens.slice(first, last + 1).filter((t, i) => !quoted[first + i] && STATEMENT_NOUNS.has(t.lower) && !told(first + i)).map((t) => t.lower);
        // "The army and the mission both said": the statement is each speaker's, and each is pointed back to, the last
        // named last ("they" takes them all: see `jointVoices`).
        const voices = [speaker, ...(speaker.also ?? [])];
        for (const voice of voices) history.push({ ...voice, also: undefined, line, at: tokens[a] ? a : first, end: Math.max(b, last), ...(issued.length && { issued }), ...(scene && { scene }) });
        // "Another strike on a flour mill killed 17": the facets of another incident are none of the event's.
        const otherIncident = opensOnOtherIncident(tokens, a);
        for (const voice of voices) {
          const speakerName = voice.sourceId ? sourceById(index, voice.sourceId)?.name ?? null : voice.suggested?.name ?? null;
          const read: ReadFacet[] = statusOfCounted(withVictimSides(withDenialsRead([
            // Facets come from the whole statement, also a quotation running over several sentences.
            ...withSpeakerSides(withPartySubjects(quantityFacets(tokens, [a, b], text, part.denied, (w) => armedByPlural(w, index)), index), tokens, speakerName, index, ownForces, (s) => !s.elsewhere || namedHere(s.id), a),
            ...categoryFacets(tokens, [a, b], text, part.denied, speakerName, party, part.verb, (who) => armedParty(forcesOf(who, index), index) ?? who, (name) => isArmed(name, index), (name) => isArmedGroup(name, index)),
            // Targets denied as a policy or as absent ("do not strike residential buildings"): a second targets facet.
            ...deniedTargets(tokens, [a, b], part.denied),
          ], tokens, [a, b]), index, tokens, [a, b]));
          const resolved = voice.sourceId !== null;
          // A false contradiction costs a desk more than a missed facet: an unsure speaker's statement keeps none.
          if (voice.unsure) read.length = 0;
          if (otherIncident) read.length = 0;
          candidates.push({
            speaker: voice.speaker,
            sourceId: voice.sourceId,
            // The party speaking under one of its own names ("Islamic State Sahel Province said") is voiced by nobody else.
            role: resolved && voice.role && index.exact.get(fold(voice.role))?.id !== voice.sourceId ? voice.role : null,
            suggestedSource: resolved ? null : voice.suggested,
            alternatives: resolved ? [] : alternativeParties(`${voice.speaker} ${voice.suggested?.role ?? ''}`, voice.suggested?.kind ?? voice.kind, index),
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
  }
  return candidates;
}
