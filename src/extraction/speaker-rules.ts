/** Rules that tell who a speaker is from the words alone: a person or a body, the country a phrase speaks for. */
import { fold } from '../claims/fold';
import { ADJECTIVE_OF, CAPITALS, DEMONYMS, ORG_WORDS } from './names';
import { QUANTIFIERS, TITLES } from './lexicon';
import { KnownSource, SourceIndex } from './speakers';
import { lookup, postings, union } from './source-lookups';
import { wordTable } from './word-table';

/** Words that name one person by function: a speaker so named is "he" or "she" later. */
export const PERSON_ROLES = new Set([
  'official', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'general', 'colonel', 'governor', 'mayor',
  'commander', 'chief', 'doctor', 'surgeon', 'nurse', 'medic', 'teacher', 'farmer', 'trader', 'shopkeeper', 'woman', 'man', 'mother', 'father',
  'resident', 'witness', 'survivor', 'villager', 'administrator', 'adviser', 'advisor', 'aide', 'envoy', 'ambassador', 'coordinator', 'director',
  'leader', 'researcher', 'analyst', 'correspondent', 'reporter', 'relative', 'source', 'diplomat', 'prosecutor', 'founder', 'head', 'secretary',
  'rapporteur', 'seller', 'student', 'pupil', 'driver', 'engineer', 'expert', 'activist', 'elder', 'imam', 'priest', 'archbishop', 'bishop',
  'lawmaker', 'senator', 'deputy', 'chairman', 'chairwoman', 'worker', 'volunteer', 'soldier', 'fighter', 'pilot', 'journalist', 'lawyer', 'judge',
  'sergeant', 'captain', 'lieutenant', 'major', 'admiral', 'brigadier', 'marshal', 'representative', 'commissioner', 'mp', 'ombudsman', 'ombudswoman',
  // Every function noun a person holds in a body (FUNCTION_NOUNS) names one person.
  'negotiator', 'manager', 'assistant', 'attorney', 'legislator', 'delegate', 'member',
  'counterpart', 'neighbor', 'neighbour', 'passenger', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'widow', 'cousin', 'uncle',
]);

/** The words without a leading article or count ("the", "several residents", but "one of them" kept): the one place that list is read. */
export function withoutCount(words: string[]): string[] {
  const w = [...words];
  while (w.length > 1 && (['the', 'a', 'an'].includes(w[0].toLowerCase()) || (QUANTIFIERS.has(w[0].toLowerCase()) && w[1].toLowerCase() !== 'of'))) w.shift();
  return w;
}

/** The head word: the last word before "of", "at", "in", "for", "from", "who", a comma. */
export function headWord(phrase: string): string {
  const w = phrase.split(/[\s,]+/).filter(Boolean);
  let end = w.length;
  for (let i = 1; i < w.length; i += 1) {
    if (['of', 'at', 'in', 'for', 'from', 'who', 'which', 'with', 'on', 'to', 'based', 'near'].includes(w[i].toLowerCase())) {
      end = i;
      break;
    }
  }
  return fold(w[end - 1] ?? '').replace(/'s$/, '');
}

/** Lower-case words inside a person's name ("Abdel Fattah al Burhan", "Kyelem de Tambela"). */
/** Particles written in lower case inside Arabic, Dutch, Spanish and Portuguese names. */
export const NAME_PARTICLES = ['al', 'bin', 'de', 'el', 'ibn', 'van', 'von', 'der', 'da', 'del', 'dos'];

/** A person's name: capitalised words, none of them an organisation's word ("Abdoulaye Maiga", not "Human Rights Watch"). */
export function isPersonName(phrase: string): boolean {
  const w = phrase.trim().replace(/^the /i, '').split(/\s+/);
  // "Sundarraj P.": an initial after the first word.
  if (w.length < 2 || w.length > 5 || !w.every((x, i) => /^[A-Z][a-z]|^[a-z]{1,3}-[A-Z]/.test(x) || NAME_PARTICLES.includes(x) || x === 'abu' || (i > 0 && /^[A-Z]\.$/.test(x)))) return false;
  const lower = ` ${fold(phrase)} `;
  // "Foreign Minister" left of "The Spanish" once titles are read off: a name never ends in an office.
  if (OFFICE_ENDINGS.has(w[w.length - 1].toLowerCase())) return false;
  return ![...ORG_WORDS, ...NOT_PERSON].some((o) => lower.includes(` ${o} `)) && !w.some((x) => /^[A-Z0-9]{2,}$/.test(x)) && !w.some((x) => DEMONYMS[x.toLowerCase()] || CAPITALS[x.toLowerCase()]);
}

const OFFICE_ENDINGS = new Set(['minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'governor', 'mayor', 'ambassador', 'envoy',
  'director', 'chairman', 'chairwoman', 'commissioner', 'premier', 'chancellor', 'commander']);

const NOT_PERSON = ['international', 'institute', 'foundation', 'frontieres', 'children', 'crescent', 'cross', 'rights', 'network', 'room', 'lab', 'centre', 'center',
  'observatory', 'monitor', 'fund', 'programme', 'program', 'bank', 'society', 'association', 'federation', 'coalition', 'alliance', 'party', 'defence', 'defense',
  'air', 'navy', 'guard', 'corps', 'brigades', 'unit', 'team', 'house', 'times', 'post', 'organisation', 'organization', 'commission', 'court', 'tribunal', 'assembly',
  'parliament', 'church', 'diocese', 'university', 'college', 'school', 'clinic', 'project', 'initiative', 'campaign', 'council', 'media', 'network', 'daily', 'journal'];

/** A word that may be part of a name: capitalised, or a particle joined to a capital ("al-Qidra", "el-Fasher", "ad-Daqran"). */
export function capitalised(word: string): boolean {
  return /^[A-Z]|^[a-z]{1,3}-[A-Z]/.test(word);
}

/**
 * The last run of capitalised words that are not titles, as [start, end] word indexes (end -1 when there is
 * none): "Health ministry spokesman Ashraf al-Qidra" -> the words of "Ashraf al-Qidra".
 */
export function lastNameRun(w: string[]): [number, number] {
  let end = w.length - 1;
  while (end >= 0 && !capitalised(w[end])) end -= 1;
  let start = end;
  // "Secretary-General", "Vice-President": a hyphenated title is a title.
  const title = (word: string) => word.toLowerCase().replace(/,$/, '').split('-').every((p) => TITLES.has(p));
  // "ambassador to Washington Anatoly Antonov": a demonym or a capital before a person's name is no part of it ("Ukrainian Red Cross" is one name).
  const place = (word: string) => !!(DEMONYMS[fold(word)] || CAPITALS[fold(word)]) && end > start && isPersonName(w.slice(start, end + 1).join(' '));
  // "Kyelem de Tambela", "Juan de Dios Gamez": a particle between two words of a name is part of it.
  const particle = (i: number) => i > 0 && NAME_PARTICLES.includes(w[i]) && capitalised(w[i - 1]) && !title(w[i - 1]);
  while (start > 0 && ((capitalised(w[start - 1]) && !title(w[start - 1]) && !place(w[start - 1])) || particle(start - 1))) start -= 1;
  // "Hassan Sheikh Mohamud": a title word between two name words is part of the name.
  // "Iranian President Ebrahim Raisi", "Justice Minister X": a function or a country's word is no part of the name.
  const country = (word: string) => !!(DEMONYMS[fold(word)] || ADJECTIVE_OF[fold(word)] || CAPITALS[fold(word)]);
  // "Air Commodore X", "Rear Admiral X": "Air" and "Rear" before a title make one rank with it.
  // A body's initials before the title are no name ("UN Secretary-General X", "ICRC Director-General X").
  const initials = (word: string) => /^[A-Z]{2,}$/.test(word.replace(/\./g, ''));
  while (start > 1 && capitalised(w[start - 1]) && title(w[start - 1]) && capitalised(w[start - 2]) && !title(w[start - 2]) && !country(w[start - 2]) && !initials(w[start - 2]) && !PERSON_ROLES.has(w[start - 1].toLowerCase()) && !w[start - 1].endsWith('.') && !/^(air|rear)$/i.test(w[start - 2])) {
    start -= 2;
    while (start > 0 && capitalised(w[start - 1]) && !title(w[start - 1])) start -= 1;
  }
  return [start, end];
}

/** A person's name after a title or function: "Health ministry spokesman Ashraf al-Qidra", "General Oumar Diarra". */
export function titledPerson(phrase: string): boolean {
  const w = phrase.trim().split(/\s+/);
  const [start, end] = lastNameRun(w);
  const role = (i: number) => {
    const x = (w[i] ?? '').toLowerCase().replace(/,$/, '');
    // "Secretary-General", "Director-General": a hyphenated title is a title.
    return TITLES.has(x) || PERSON_ROLES.has(x) || (x.includes('-') && x.split('-').every((p) => TITLES.has(p)));
  };
  // "Russian ambassador to Washington Anatoly Antonov": a function sent to a capital or country, then the name.
  const sent = start >= 3 && /^(to|in)$/i.test(w[start - 2]) && !!(DEMONYMS[fold(w[start - 1])] || CAPITALS[fold(w[start - 1])] || ADJECTIVE_OF[fold(w[start - 1])]) && role(start - 3);
  return end > start && isPersonName(w.slice(start, end + 1).join(' ')) && (role(start - 1) || sent);
}

/** Whether words name one person: by a name, or by a singular function ("a senior French officer", "the general"). */
export function namesPerson(phrase: string): boolean {
  const text = phrase.trim();
  if (/^(he|she)$/i.test(text)) return true;
  const w = text.split(/\s+/);
  const [start, end] = lastNameRun(w);
  if (end > start && isPersonName(w.slice(start, end + 1).join(' '))) {
    // "The human rights group Fortify Rights": a name after a body's description is the body's.
    const before = w.slice(0, start).map((x) => x.toLowerCase().replace(/,$/, ''));
    const last = before[before.length - 1];
    return !(last && !PERSON_ROLES.has(last) && (ORG_WORDS.includes(last) || ['network', 'charity', 'organisation', 'organization', 'institute', 'monitor', 'lab', 'ngo'].includes(last)));
  }
  // "the Democratic Republic of Congo's interior minister": the function after the possessor is the head.
  return PERSON_ROLES.has(headWord(text)) || PERSON_ROLES.has(headWord(text.split(/['’]s /).pop() ?? text));
}

/** "Every one of a dozen residents", "some of the traders": a part of a group is named as the group. */
const PART_OF = /^(?:every one|each|all|most|many|some|several|one|two|three) of (?:(?:the|a|an|these|those) )?(?:(?:dozen|handful|score|number|group)s? (?:of )?)?(?=[a-z])/i;

/** "One officer" -> "officer", "Doctors at the hospital" -> "hospital doctors", "Experts in munitions" -> "munitions experts": a desk's short name. */
export function plainDescription(raw: string): string {
  // "A 45-year-old woman": a person's age is no part of the name a desk gives a source.
  const w = withoutCount(raw.trim().replace(PART_OF, '').split(/\s+/)).filter((x, i) => i > 0 || !/^\d+-year-old$/i.test(x));
  const lowered = w.map((x) => x.toLowerCase());
  const head = lowered[0]?.replace(/s$/, '') ?? '';
  if (w.length >= 3 && PERSON_ROLES.has(head) && ['at', 'in', 'from', 'of'].includes(lowered[1])) {
    const all = lowered[2] === 'the' ? w.slice(3) : w.slice(2);
    // "Doctor at Ayder Referral Hospital in Mekele": the first place only.
    const link = all.findIndex((x, i) => i > 0 && ['in', 'at', 'of', 'on', 'near'].includes(x.toLowerCase()));
    // "farmer from a village near the road": the article of a common place is dropped ("Village farmer").
    const rest = (link > 0 ? all.slice(0, link) : all).filter((x, i) => i > 0 || !/^(a|an)$/i.test(x));
    if (rest.length === 1 && /^[a-z]+$/.test(rest[0])) return `${rest[0]} ${w[0].toLowerCase()}`;
    // "doctor at Erdogan hospital" -> "Erdogan hospital doctor": a named place of two words, the second a common noun.
    if (rest.length === 2 && capitalised(rest[0]) && /^[a-z]+$/.test(rest[1])) return `${rest.join(' ')} ${w[0].toLowerCase()}`;
    // "Resident of Kuriga", "director of the Red Sea Ports Corporation": a named place or body of up to four words.
    if (rest.length >= 1 && rest.length <= 4 && rest.every((x) => capitalised(x))) return `${rest.join(' ')} ${w[0].toLowerCase()}`;
  }
  // "Civil society leaders in Djugu" -> "Djugu civil society leaders": people of a named place, as a desk names them.
  const link = lowered.findIndex((x, i) => i > 0 && ['in', 'from'].includes(x));
  const place = link > 0 ? w.slice(link + 1) : [];
  if (link > 0 && link <= 3 && place.length === 1 && capitalised(place[0]) && PERSON_ROLES.has(lowered[link - 1].replace(/s$/, ''))) return `${place[0]} ${lowered.slice(0, link).join(' ')}`;
  return w.join(' ');
}

const SAME_WORD: Record<string, string> = wordTable({ military: 'army', forces: 'army', force: 'army', troops: 'army', defense: 'defence', organization: 'organisation', authorities: 'authority' });
const GENERIC = new Set(['army', 'government', 'official', 'officials', 'group', 'national', 'state', 'ministry', 'office', 'authority', 'administration']);
const BODY_TYPES = new Set(['office', 'agency', 'watch', 'council', 'committee', 'commission', 'mission', 'court', 'bureau', 'department', 'service', 'fund', 'programme', 'organisation', 'network', 'group', 'union', 'front', 'movement', 'party', 'coalition', 'alliance', 'army', 'ministry', 'television', 'radio', 'newspaper']);
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'at', 'on', 'and', 'its', 'their', 'his', 'her', 's', 'by', 'to']);

/** A word as the matcher compares it: folded, singular, synonyms and countries made one ("military" = "army", "Israel" = "Israeli"). */
function normal(word: string): string {
  let w = word.replace(/'s$/, '');
  w = SAME_WORD[w] ?? w;
  const country = DEMONYMS[w] ? w : ADJECTIVE_OF[w] ?? (CAPITALS[w] ? ADJECTIVE_OF[CAPITALS[w]] ?? w : w);
  w = country;
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function contentWords(text: string): string[] {
  return foldedContentWords(fold(text));
}

function foldedContentWords(folded: string, norm: (word: string) => string = normal): string[] {
  // "U.N." folds to "u n": single letters in a row are one word.
  const out: string[] = [];
  let letters = '';
  for (const w of folded.split(' ')) {
    if (w.length === 1 && /[a-z]/.test(w)) {
      letters += w;
      continue;
    }
    if (letters) out.push(letters);
    letters = '';
    if (w && !FILLER.has(w)) out.push(norm(w));
  }
  if (letters) out.push(letters);
  return out;
}

/** Each source's names as content words, and the sources by each word of their names. */
function closeNames({ folded }: SourceIndex): { names: Array<Array<Set<string>>>; byWord: Map<string, number[]> } {
  // Names share most of their words: each word is made normal once.
  const seen = new Map<string, string>();
  const norm = (w: string) => seen.get(w) ?? seen.set(w, normal(w)).get(w)!;
  const names = folded.map((list) => list.map((n) => new Set(foldedContentWords(n, norm))));
  return { names, byWord: postings(names, function* (sets) {
    for (const set of sets) yield* set;
  }) };
}

/** Bodies named after a portfolio or a place ("foreign ministry", "Gaza health ministry"): only the same portfolio and place names them. */
const PORTFOLIO_BODIES = new Set(['ministry', 'department', 'minister']);

/**
 * "Russian foreign ministry" is not the desk's "Russian defence ministry": of two ministries, each with a word of its
 * own besides countries and common words, neither names the other.
 */
function otherPortfolio(mine: Set<string>, theirs: Set<string>): boolean {
  if (![...mine].some((w) => PORTFOLIO_BODIES.has(w)) && ![...theirs].some((w) => PORTFOLIO_BODIES.has(w))) return false;
  // Countries are left to `otherCountry`: "Palestinian health ministry" may be the desk's "Gaza health ministry".
  // A possessive folds into the word ("KIO's" -> "kios"): it is the word itself.
  const shared = (w: string, b: Set<string>) => b.has(w) || b.has(w.replace(/s$/, ''));
  const own = (a: Set<string>, b: Set<string>) => [...a].some((w) => !shared(w, b) && !GENERIC.has(w) && !BODY_TYPES.has(w) && !PORTFOLIO_BODIES.has(w) && !DEMONYMS[w]);
  return own(mine, theirs) && own(theirs, mine);
}

/**
 * The known source a descriptive phrase names in other words: its head word and at least one more word
 * are in one of the source's names, once plurals, synonyms and countries are made one ("the Sudanese
 * military" -> "Sudanese Armed Forces"). Only a single source may match best.
 */
export function closeParty(phrase: string, head: string, index: SourceIndex): KnownSource | null {
  const words = contentWords(phrase);
  const own = normal(fold(head));
  if (words.length < 2 || words.length > 8 || PERSON_ROLES.has(own) || titledPerson(phrase)) return null;
  const mine = new Set(words);
  const { names, byWord } = lookup(index, 'closeNames', closeNames);
  // A source scores only with two words shared in one name, so one of them is not the commonest of mine: the
  // sources with another of my words are all that may score.
  const lists = [...mine].map((w) => byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
  let best: { score: number; source: KnownSource } | null = null;
  let tie = false;
  // "Russia's foreign ministry" is not the Iranian foreign ministry: a name of one country never names another's body.
  const countryOfWord = (w: string) => DEMONYMS[w] ?? (ADJECTIVE_OF[w] ? w : null);
  const countries = new Set([...mine].map(countryOfWord).filter(Boolean));
  const otherCountry = (theirs: Set<string>) => countries.size > 0 && [...theirs].some((w) => countryOfWord(w) && !countries.has(countryOfWord(w)));
  for (const at of union(lists.slice(0, -1))) {
    const source = index.all[at];
    let score = 0;
    for (const theirs of names[at]) {
      if (otherCountry(theirs) || otherPortfolio(mine, theirs)) continue;
      let shared = 0;
      let plain = 0;
      for (const w of mine) {
        if (!theirs.has(w)) continue;
        shared += 1;
        if (!ADJECTIVE_OF[w] && !DEMONYMS[w] && !GENERIC.has(w)) plain += 1;
      }
      // The head shared, or two words of which one is neither a country nor a generic word, and no other kind of body ("office" is no "watch").
      if (shared >= 2 && (theirs.has(own) || (plain >= 1 && !GENERIC.has(own) && !BODY_TYPES.has(own)))) score = Math.max(score, shared + (theirs.has(own) ? 1 : 0));
    }
    if (!score) continue;
    if (best && best.source !== source && score === best.score) tie = true;
    if (!best || score > best.score) {
      best = { score, source };
      tie = false;
    }
  }
  return best && !tie ? best.source : null;
}
