import { FacetDto } from '../claims/dto/create-claim.dto';
import { fold } from '../claims/fold';
import { CONTEXT_LENGTH, QuoteAnchor } from '../claims/quote-anchor';
import { SourceKind } from '../sources/source.entity';

/**
 * Attributed statements in English news text: who said what, as a direct quote or reported speech,
 * anchored in the text. Rules, not a model: each pattern below is one way wire copy attributes a statement.
 */

export interface KnownSource {
  id: string;
  name: string;
  aliases: string[];
}

export interface Candidate {
  /** The speaker as written ("the army chief of staff, General Oumar Diarra", "He"). */
  speaker: string;
  /** The source the speaker resolves to, or null with a suggested new source. */
  sourceId: string | null;
  suggestedSource: { name: string; kind: SourceKind } | null;
  statement: string;
  form: 'direct_quote' | 'reported';
  quote: QuoteAnchor;
  facets: FacetDto[];
  confidence: number;
}

const SPEECH = 'said|says|added|told|reported|reports|claimed|claims|announced|announces|stated|denied|denies|insisted|warned|confirmed|wrote|explained|noted|acknowledged';
const SHOWING = 'showed|shows|broadcast|aired|published|posted';
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const ARTICLES = /^(the|a|an)\s+/;
const TITLES = /^(general|gen|colonel|col|captain|president|minister|spokesman|spokeswoman|spokesperson|commander|lieutenant|major|chief|governor|mayor|mr|mrs|ms|dr)\.?\s+/;

/** A sentence with where it starts in the text. */
interface Sentence {
  text: string;
  start: number;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A sentence ends at . ! ? outside quotes, before a space and a capital, a digit or a quote; a paragraph ends one too.
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const base = paragraph.index!;
    let cursor = 0;
    const body = paragraph[0];
    // Split on sentence ends outside quotes.
    let inQuote = false;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      let closes = false;
      if (c === '“') inQuote = true;
      else if (c === '”' || (c === '"' && inQuote)) {
        inQuote = false;
        closes = true;
      } else if (c === '"') inQuote = true;
      const before = (i + 1 >= body.length || /\s/.test(body[i + 1])) && (i + 2 >= body.length || /["“A-Z0-9]/.test(body[i + 2] ?? ''));
      // At . ! ? outside quotes, or at a quote that closes right after one: "… under control." He added …
      const end = before && ((/[.!?]/.test(c) && !inQuote) || (closes && /[.!?]/.test(body[i - 1] ?? '')));
      if (end || i === body.length - 1) {
        const raw = body.slice(cursor, i + 1);
        const lead = raw.length - raw.trimStart().length;
        if (raw.trim()) out.push({ text: raw.trim(), start: base + cursor + lead });
        cursor = i + 1;
      }
    }
  }
  return out;
}

/** The words naming a party, without articles and titles: "the army chief of staff, General Oumar Diarra" gives several keys. */
function speakerKeys(speaker: string): string[] {
  const keys = new Set<string>();
  for (const part of [speaker, ...speaker.split(/,|\bof\s+the\b/)]) {
    let key = fold(part).replace(ARTICLES, '');
    keys.add(key);
    while (TITLES.test(key)) {
      key = key.replace(TITLES, '');
      keys.add(key);
    }
  }
  keys.delete('');
  return [...keys];
}

function guessKind(speaker: string): SourceKind {
  const s = fold(speaker);
  if (/\b(afp|reuters|associated press|ap|agency|correspondent)\b/.test(s)) return 'news_agency';
  if (/\b(state television|state tv|state radio|state media)\b/.test(s)) return 'state_media';
  if (/\b(intelligence)\b/.test(s)) return 'intelligence';
  if (/\b(army|military|general|colonel|soldier|officer|commander|defence|defense)\b/.test(s)) return 'military';
  if (/\b(police|gendarmerie)\b/.test(s)) return 'police';
  if (/\b(minister|ministry|government|president|governor|mayor|spokesman|spokeswoman|official)\b/.test(s)) return 'government';
  if (/\b(witness|resident|survivor|doctor|nurse)\b/.test(s)) return 'witness';
  if (/\b(group|militants|rebels|jihadists|jnim|insurgents)\b/.test(s)) return 'armed_group';
  if (/\b(un|united nations|mission|red cross|ngo|amnesty|watch|msf)\b/.test(s)) return 'international_org';
  if (/\b(newspaper|television|radio|channel|website)\b/.test(s)) return 'media';
  if (/\b(account|post|tweet|user)\b/.test(s)) return 'social_account';
  return 'other';
}

/** Resolves a speaker to a known source by name and alias, tolerant of case, accents, articles and titles. */
export function resolveSpeaker(speaker: string, sources: KnownSource[]): string | null {
  const keys = speakerKeys(speaker);
  const names = sources.map((s) => ({ id: s.id, keys: [s.name, ...s.aliases].flatMap(speakerKeys) }));
  for (const key of keys) {
    const exact = names.find((s) => s.keys.includes(key));
    if (exact) return exact.id;
  }
  // An alias that stands as a word in the speaker ("an AFP correspondent" names AFP); the longest wins.
  const folded = ` ${fold(speaker)} `;
  let best: { id: string; length: number } | null = null;
  for (const s of names) {
    for (const key of s.keys) {
      if (key.length >= 2 && folded.includes(` ${key} `) && (!best || key.length > best.length)) best = { id: s.id, length: key.length };
    }
  }
  return best?.id ?? null;
}

const NUMBER = String.raw`(?:about|around|approximately|nearly|some|roughly|at least|more than|over|up to|fewer than|less than|dozens of|hundreds of|scores of|several|a few|a dozen|no|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:\s+\d[\d,]*)?`;
const COUNTS: Array<[RegExp, string, string | null]> = [
  [new RegExp(`\\b(${NUMBER})\\s+(?:\\w+\\s+){0,2}?(?:prisoners|captives|hostages|detainees|were captured|were arrested|arrested|captured|taken prisoner)\\b`, 'i'), 'captured', null],
  [new RegExp(`\\b(${NUMBER})\\s+(?:\\w+\\s+){0,2}?civilians?\\s+(?:were\\s+)?(?:killed|dead|died)\\b`, 'i'), 'civilian_fatalities', null],
  [new RegExp(`\\b(${NUMBER})\\s+(?:\\w+\\s+){0,3}?(?:killed|dead|deaths|died|fatalities|bodies)\\b`, 'i'), 'fatalities', null],
  [new RegExp(`\\b(${NUMBER})\\s+(?:\\w+\\s+){0,3}?(?:injured|wounded|hurt|injuries)\\b`, 'i'), 'injuries', null],
];

/** Facets a statement carries: numbers with what they count, destroyed things, and denial. */
export function facetsOf(statement: string, denied: boolean): FacetDto[] {
  const facets: FacetDto[] = [];
  const polarity = denied ? 'denied' : 'asserted';
  for (const [pattern, attribute] of COUNTS) {
    const match = pattern.exec(statement);
    if (!match || facets.some((f) => f.attribute === attribute)) continue;
    const value = match[1].replace(/\s+of$/, '').trim();
    if (attribute === 'fatalities' && facets.some((f) => f.attribute === 'civilian_fatalities')) continue;
    facets.push({ attribute, value: /^no$/i.test(value) ? 'none' : value.toLowerCase(), polarity });
  }
  const destroyed = new RegExp(`(?:destruction of|destroyed)\\s+(${NUMBER})\\s+([a-z]+(?:\\s+[a-z]+)?)`, 'i').exec(statement);
  if (destroyed) facets.push({ attribute: 'destroyed', subject: destroyed[2].toLowerCase(), value: destroyed[1].toLowerCase(), polarity });
  return facets;
}

interface Found {
  speaker: string;
  statement: string;
  /** Offset of the statement in the sentence. */
  at: number;
  form: Candidate['form'];
  denied: boolean;
}

const QUOTE = String.raw`[“"]([^”"]+?)[”"]`;

/** Each way a sentence attributes a statement, tried in order. */
function attributions(sentence: string): Found[] {
  const found: Found[] = [];
  const verbDenied = (verb: string) => /^den/i.test(verb);
  const add = (speaker: string, statement: string, form: Found['form'], denied: boolean) => {
    const clean = statement.replace(/^(that|of)\s+/i, '').replace(/[\s,.;:]+$/, '').replace(/^[“"]|[”"]$/g, '');
    const at = sentence.indexOf(clean);
    if (clean.length >= 3 && at >= 0) found.push({ speaker: speaker.trim().replace(/[,\s]+$/, ''), statement: clean, at, form, denied });
  };
  let m: RegExpExecArray | null;

  // “Quote,” said SPEAKER ... | “Quote,” SPEAKER said ...
  if ((m = new RegExp(`^${QUOTE}[,]?\\s+(?:(?:${SPEECH})\\s+(.+?)(?:\\s+(?:via|on|in|to|at|during|after|before|through)\\b.*)?|(.+?)\\s+(?:${SPEECH})(?:\\s+.*)?)[.,]?$`, 'i').exec(sentence))) {
    add(m[2] ?? m[3], m[1], 'direct_quote', false);
    return found;
  }
  // SPEAKER said (on state television): “Quote.”   (and several quotes)
  if ((m = new RegExp(`^(.+?)\\s+(${SPEECH})(?:\\s+[^:“"]{0,60})?:\\s*${QUOTE}`, 'i').exec(sentence))) {
    add(m[1].replace(/^(?:speaking|writing)\s+[^,]+,\s*/i, '').replace(/^in a [^,]+,\s*/i, ''), m[3], 'direct_quote', verbDenied(m[2]));
    return found;
  }
  // SPEAKER (simply|only) spoke of “Quote”
  if ((m = new RegExp(`^(.+?)\\s+(?:\\w+\\s+)?spoke\\s+(?:\\w+\\s+)?of\\s+${QUOTE}`, 'i').exec(sentence))) {
    add(m[1], m[2], 'direct_quote', false);
    return found;
  }
  // According to SPEAKER, CLAUSE.
  if ((m = /^according to ([^,]+),\s*(.+)$/i.exec(sentence))) {
    add(m[1], m[2], 'reported', false);
    return found;
  }
  // CLAUSE, according to SPEAKER.
  if ((m = /^(.+),\s*according to (.+?)[.]?$/i.exec(sentence))) {
    add(m[2], m[1], 'reported', false);
    return found;
  }
  // CLAUSE, SPEAKER said|reported|told X.
  if ((m = new RegExp(`^(.+?),\\s+([^,“”"]+?)\\s+(${SPEECH})(?:\\s+[^,]{0,40})?[.]?$`, 'i').exec(sentence)) && !/^[“"]/.test(sentence)) {
    add(m[2], m[1], 'reported', verbDenied(m[3]));
    return found;
  }
  // CLAUSE, said SPEAKER.
  if ((m = new RegExp(`^(.+?),\\s+(?:${SPEECH})\\s+(.+?)[.]?$`, 'i').exec(sentence)) && !/^[“"]/.test(sentence)) {
    add(m[2], m[1], 'reported', false);
    return found;
  }
  // SPEAKER said|reported|told X|claimed|denied (that) CLAUSE.  |  SPEAKER showed|broadcast OBJECT.
  if ((m = new RegExp(`^((?:[A-Z][\\w'’.-]*|the|an?|of|its|their|his|her|\\d+)(?:[\\s,]+(?:[A-Z][\\w'’.-]*|[a-z][\\w'’-]*)){0,8}?)\\s+(${SPEECH}|${SHOWING})(?:\\s+(?:reporters|journalists|AFP|Reuters|the [A-Z]\\w+|[A-Z]\\w+))?\\s+(?:that\\s+)?(.+)$`).exec(sentence))) {
    if (!/^(it|this|there)\s/i.test(m[1]) || /^it\s/i.test(m[1])) add(m[1], m[3], 'reported', verbDenied(m[2]));
    return found;
  }
  return found;
}

/** Candidate claims in an English text, in the order they appear, each anchored exactly in the text. */
export function extractStatements(text: string, sources: KnownSource[]): Candidate[] {
  const candidates: Candidate[] = [];
  let last: Candidate | null = null;
  for (const sentence of sentences(text)) {
    for (const found of attributions(sentence.text)) {
      const start = sentence.start + found.at;
      const end = start + found.statement.length;
      if (text.slice(start, end) !== found.statement) continue;
      const spokenBy = found.speaker;
      const pronoun = PRONOUNS.has(fold(spokenBy));
      let sourceId = pronoun ? null : resolveSpeaker(spokenBy, sources);
      let suggested: Candidate['suggestedSource'] = null;
      if (pronoun && last) {
        sourceId = last.sourceId;
        suggested = last.suggestedSource;
      } else if (!sourceId) {
        // A title alone ("the general") points back at the last speaker who carried it.
        const title = fold(spokenBy).replace(ARTICLES, '');
        const earlier = [...candidates].reverse().find((c) => fold(c.speaker).split(' ').includes(title));
        if (earlier && title.split(' ').length === 1) {
          sourceId = earlier.sourceId;
          suggested = earlier.suggestedSource;
        } else {
          const name = spokenBy.replace(/^(the|a|an)\s+/i, '').trim();
          suggested = { name: name.charAt(0).toUpperCase() + name.slice(1), kind: guessKind(spokenBy) };
        }
      }
      const candidate: Candidate = {
        speaker: spokenBy,
        sourceId,
        suggestedSource: sourceId ? null : suggested,
        statement: found.statement,
        form: found.form,
        quote: {
          exact: found.statement,
          prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + CONTEXT_LENGTH),
          start,
          end,
        },
        facets: facetsOf(found.statement, found.denied),
        confidence: Math.round(((found.form === 'direct_quote' ? 0.9 : 0.75) - (sourceId ? 0 : 0.15) - (pronoun ? 0.1 : 0)) * 100) / 100,
      };
      candidates.push(candidate);
      last = candidate;
    }
  }
  return candidates;
}
