import { fold } from '../claims/fold';
import { TITLES } from './lexicon';
import { ADJECTIVE_OF, CAPITALS, DEMONYMS, GENERIC_HEADS } from './names';
import type { Spoken } from './resolve-speaker';
import { isPersonName, lastNameRun, namesPerson } from './speaker-rules';
import { wordTable } from './word-table';

/** Other ways wire copy writes a body's name, read back to the usual one before it is resolved. */

const PLACE_MODIFIERS = new Set(['based', 'headquartered']);

/**
 * "The Ministry of Health" -> "the health ministry"; "the New York-based group" -> "the group": the same body
 * in the words a desk resolves. Null when the phrase is written neither way.
 */
export function plainForm(head: string): string | null {
  const w = head.trim().split(/\s+/);
  const at = /^(the|its|their)$/i.test(w[0] ?? '') ? 1 : 0;
  // "Ministry of Health", "Ministry of Foreign Affairs": the portfolio before the body's word.
  if (w.length - at >= 3 && w.length - at <= 5 && /^ministry$/i.test(w[at]) && w[at + 1]?.toLowerCase() === 'of' && w.slice(at + 2).every((x) => /^[A-Z][a-z]+$|^and$/.test(x))) {
    return `the ${w.slice(at + 2).filter((x) => x !== 'and').join(' ').toLowerCase()} ministry`;
  }
  const state = officeOfCountry(head.trim());
  if (state) return state;
  // "the London-based monitor", "the Geneva-headquartered agency": where a body sits says nothing of which it is.
  const based = w.findIndex((x, i) => i >= at && PLACE_MODIFIERS.has(x.slice(x.lastIndexOf('-') + 1).toLowerCase()) && x.includes('-'));
  const rest = based >= 0 ? w.slice(based + 1) : [];
  if (at === 1 && based >= 1 && rest.length >= 1 && rest.length <= 3 && rest.every((x) => /^[a-z]+$/.test(x))) return `${w[0].toLowerCase()} ${rest.join(' ')}`;
  return null;
}

const OFFICES = '(President|Vice[- ]President|Prime Minister|(?:Foreign |Defen[cs]e |Interior )?Minister)';
const REPUBLIC = '(?:the )?(?:(?:Islamic|Federal|Democratic|Arab|Socialist) )*(?:Republic of (?:the )?)?';
const OFFICE_OF = new RegExp(`^${OFFICES} of ${REPUBLIC}((?:[A-Z][a-z]+ ?){1,5})$`);

/**
 * "President of the Republic of Azerbaijan Ilham Aliyev" -> "Azerbaijani President Ilham Aliyev": an office of a
 * country named after it, in state media's style, read as wire copy writes it. Null for a country the lists lack.
 */
function officeOfCountry(head: string): string | null {
  const text = head.replace(/^the /i, '');
  const m = OFFICE_OF.exec(text.charAt(0).toUpperCase() + text.slice(1));
  if (!m) return null;
  const w = m[2].trim().split(' ');
  for (const k of [2, 1]) {
    const adjective = ADJECTIVE_OF[fold(w.slice(0, k).join(' '))];
    const name = w.slice(k).join(' ');
    if (!adjective || (name && !isPersonName(name))) continue;
    const country = adjective.charAt(0).toUpperCase() + adjective.slice(1);
    return name ? `${country} ${m[1]} ${name}` : `the ${country} ${m[1].toLowerCase()}`;
  }
  return null;
}

/** Titles of state that open a person's name in the narration ("President Paul Kagame of Rwanda", "Defence Minister X"). */
export const STATE_TITLES = new Set(['president', 'vice-president', 'prime', 'premier', 'chancellor', 'minister', 'king', 'emir', 'governor', 'general', 'gen.', 'marshal', 'admiral']);

/** Capitalised words of a portfolio after "Minister of" ("Economic Affairs", "Foreign Affairs", "Defence"). */
const PORTFOLIO = new Set(['economic', 'economy', 'affairs', 'foreign', 'defence', 'defense', 'interior', 'home', 'health', 'justice', 'information',
  'finance', 'security', 'internal', 'public', 'communications', 'communication', 'humanitarian', 'national', 'and', 'trade', 'energy']);

/** A person's name whose first word is a title of state. */
function stateTitled(words: string[]): boolean {
  let i = 0;
  while (i < words.length && (TITLES.has(words[i].toLowerCase()) || STATE_TITLES.has(words[i].toLowerCase()))) i += 1;
  return i >= 1 && STATE_TITLES.has(words[i - 1].toLowerCase()) && words.length - i >= 1 && words.length - i <= 4 && isPersonName(words.slice(i).join(' '));
}

/**
 * Other ways wire copy writes a titled person, read back to the one the office rules resolve:
 * "President Paul Kagame of Rwanda" -> "Rwanda's President Paul Kagame" (the country after the name);
 * "Minister of Economic Affairs Kuo Jyh-huei" -> "Economic Affairs Minister Kuo Jyh-huei" (the portfolio after the title).
 * Null when the words are written neither way.
 */
export function titledForm(head: string): string | null {
  const raw = head.trim().replace(/^the /i, '').split(/\s+/);
  // "Bastar Inspector General of Police X", "Bastar IG X": a police rank as South Asian copy writes it.
  const police = policeRank(raw);
  if (police) return police;
  const w = raw;
  const of = w.lastIndexOf('of');
  // The country after the name: one to three capitalised words, the name before them titled.
  if (of >= 2 && w.length - of - 1 >= 1 && w.length - of - 1 <= 3 && w.slice(of + 1).every((x) => /^[A-Z][a-z]+$/.test(x)) && stateTitled(w.slice(0, of))) {
    const adjective = ADJECTIVE_OF[fold(w.slice(of + 1).join(' '))];
    const country = adjective ? adjective.replace(/\b[a-z]/g, (x) => x.toUpperCase()) : `${w.slice(of + 1).join(' ')}'s`;
    return `${country} ${w.slice(0, of).join(' ')}`;
  }
  // The portfolio after the title: "Minister of Economic Affairs X", "State Minister for Defence X".
  const at = w.findIndex((x, i) => i < 3 && /^(minister|secretary)$/i.test(x) && /^(of|for)$/.test(w[i + 1] ?? ''));
  if (at < 0) return null;
  let k = at + 2;
  if (w[k] === 'the') k += 1;
  const from = k;
  while (k < w.length && k - from < 3 && PORTFOLIO.has(w[k].toLowerCase()) && /^[A-Za-z]/.test(w[k])) k += 1;
  const name = w.slice(k);
  if (k === from || !name.length || name.length > 4 || !isPersonName(name.join(' '))) return null;
  return [...w.slice(0, at), ...w.slice(from, k), w[at], ...name].join(' ');
}

/** Police ranks written short or with "of Police" after them, as South Asian copy has them. */
const POLICE_SHORT: Record<string, string> = wordTable({ IG: 'inspector general', DIG: 'deputy inspector general', SP: 'superintendent', SSP: 'senior superintendent', DGP: 'director general' });
const POLICE_RANKS = /^(inspector|superintendent|director|commissioner)$/i;

/** "Bastar Inspector General of Police X" / "Bastar IG X" -> "Bastar police inspector general X"; null for other words. */
function policeRank(w: string[]): string | null {
  // "the IG said": the rank in words, for the one who held it.
  if (w.length === 1 && POLICE_SHORT[w[0]]) return `the ${POLICE_SHORT[w[0]]}`;
  const short = w.findIndex((x) => POLICE_SHORT[x] !== undefined);
  if (short >= 0 && short < w.length - 1 && isPersonName(w.slice(short + 1).join(' '))) return [...w.slice(0, short), 'police', POLICE_SHORT[w[short]], ...w.slice(short + 1)].join(' ');
  const of = w.findIndex((x, i) => x === 'of' && w[i + 1] === 'Police' && i >= 1 && (POLICE_RANKS.test(w[i - 1]) || (w[i - 1] === 'General' && POLICE_RANKS.test(w[i - 2] ?? ''))));
  if (of < 0 || of + 2 >= w.length || !isPersonName(w.slice(of + 2).join(' '))) return null;
  const rank = w[of - 1] === 'General' ? of - 2 : of - 1;
  return [...w.slice(0, rank), 'police', ...w.slice(rank, of).map((x) => x.toLowerCase()), ...w.slice(of + 2)].join(' ');
}

/** A generational suffix: "Ferdinand Marcos Jr." is pointed back to as "Marcos". */
export const SUFFIX = /,? (Jr\.?|Sr\.?|II|III|IV)$/;

/** A surname as written alone or after titles: "Hagari", "Mr Ansari", "President Raisi", "Lopez Obrador"; else null. */
export function surnameOf(head: string): string | null {
  const w = head.trim().split(' ');
  let i = 0;
  while (i < w.length - 1 && TITLES.has(w[i].toLowerCase())) i += 1;
  const rest = w.slice(i);
  return rest.length <= 2 && rest.every((x) => /^[A-Z][A-Za-z'’-]+$/.test(x)) && (rest.length === 1 || i === 0) ? rest.join(' ') : null;
}

const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'today', 'tonight', 'yesterday', 'moment', 'time']);
const TIME_STARTS = new Set(['this', 'that', 'last', 'next', 'on', 'the', 'early', 'late', 'earlier', 'later', 'same', 'each', 'every', 'one']);
/** Words that stand before a noun read as a verb ("contrary to claims", "similar reports") and are nobody. */
const NO_ONE = new Set(['contrary', 'similar', 'conflicting', 'unconfirmed', 'unverified']);
/** Determiners, quantifiers, pronouns and empty nouns: words that point or count but name no one. */
const NO_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'both', 'all', 'each', 'every', 'either', 'neither', 'any',
  'some', 'several', 'many', 'most', 'few', 'other', 'others', 'another', 'such', 'same', 'one', 'ones', 'of', 'them', 'him', 'her', 'us',
  'thing', 'things', 'something', 'everything', 'nothing', 'anything', 'much', 'more', 'contrary', 'former', 'latter']);
const CASUALTY_WORDS = new Set(['dead', 'killed', 'wounded', 'injured', 'missing', 'deaths', 'casualties', 'bodies']);
/** What happened, which says nothing: "the attack" in "the separatists behind the attack claimed". */
const EVENT_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'bombing', 'explosion', 'blast', 'raid', 'assault', 'massacre', 'killing', 'killings', 'incident', 'clashes', 'violence', 'hijacking', 'ambush', 'crash']);

/**
 * Words a clause's parse may leave where a speaker stands that name no one: an object pronoun with its
 * complement ("making it hard to verify"), a time ("announced this evening"), an event ("the attack").
 */
export function namesNoOne(head: string): boolean {
  const w = head.trim().replace(/[,.]$/, '').split(/\s+/).map((x) => x.toLowerCase());
  // "the", "both", "others", "the same thing": a source is named by a noun or a name, never by these words alone.
  if (w.every((x) => NO_NOUN.has(x))) return true;
  // "a toll of 129 dead": a count of the dead is what is said, not who says it.
  if (/^\d[\d,.]*$/.test(w[0]) && CASUALTY_WORDS.has(w[w.length - 1])) return true;
  if (w.length === 2 && /^(it|them|him|her|us|me)$/.test(w[0]) && /^[a-z]+$/.test(w[1])) return true;
  const last = w[w.length - 1];
  // "..., contrary to claims by X": an adjective the parse left before "claims" read as a verb.
  if (w.length === 1 && NO_ONE.has(last)) return true;
  if (w.length <= 3 && TIME_NOUNS.has(last) && (w.length === 1 || TIME_STARTS.has(w[0]))) return true;
  return w.length <= 2 && EVENT_NOUNS.has(last) && (w.length === 1 || /^(the|this|that)$/.test(w[0]));
}

/**
 * The person's name that ends a function, of two or three words ("head of the Department of the Presidential
 * Administration Hikmet Hajiyev" -> "Hikmet Hajiyev"), or null.
 */
export function nameEnding(head: string): string | null {
  const w = head.trim().split(/\s+/);
  const [start, end] = lastNameRun(w);
  if (end !== w.length - 1 || end <= start || !namesPerson(head)) return null;
  for (const k of [3, 2]) {
    const from = end - k + 1;
    if (from >= start && from > 0 && isPersonName(w.slice(from, end + 1).join(' '))) return w.slice(from, end + 1).join(' ');
  }
  return null;
}

/**
 * "Olena, a cashier", "Fatima, 41": one capitalised word the desk does not know, with an age or a description
 * ("a", "an") beside it, is a person's given name (a body is not described by its age, nor introduced as "a cashier").
 */
export function givenName(head: string, beside: string | null): boolean {
  const comma = head.indexOf(', ');
  const [name, aside] = beside !== null ? [head.trim(), beside.trim()] : comma > 0 ? [head.slice(0, comma), head.slice(comma + 2).trim()] : [head.trim(), ''];
  return /^[A-Z][a-z]+$/.test(name) && !TITLES.has(name.toLowerCase()) && !GENERIC_HEADS.has(name.toLowerCase()) && !DEMONYMS[fold(name)] && !CAPITALS[fold(name)] && !ADJECTIVE_OF[fold(name)]
    && (/^\d{1,3}\b/.test(aside) || /^an? [a-z]/.test(aside));
}

const MODIFIER_ENDS = new Set(['run', 'led', 'backed', 'installed', 'based', 'appointed', 'aligned', 'controlled', 'held', 'allied', 'linked', 'affiliated', 'funded', 'armed', 'trained']);

/** The phrase without hyphenated modifiers naming another party ("the Hamas-run territory" names no Hamas speaker). */
export function withoutModifiers(phrase: string): string {
  return phrase.split(/\s+/).filter((w) => {
    const at = w.lastIndexOf('-');
    return at <= 0 || !MODIFIER_ENDS.has(w.slice(at + 1).toLowerCase());
  }).join(' ');
}

/**
 * The person a surname points back to, among the last speakers and the persons clauses opened with ("Defense
 * Secretary X apologised. ... X's statement said"): the one named last. "Ferdinand Marcos Jr." is "Marcos"
 * (a generational suffix is no surname), "Carlos Fernando Triana Beltran" may be "Triana" (a double surname).
 */
export function bySurname(surname: string, history: Spoken[], people: Spoken[]): Spoken | null {
  const bare = surname.replace(/^[a-z]{1,3}-/, '');
  // 2 for the surname itself, 1 for a word inside the name ("Atonfack" in "Cyrille Atonfack Guemo"), 0 for none.
  const fits = (h: Spoken): number => {
    const named = h.named ?? (h.person ? h.suggested?.name : undefined);
    const w = named?.replace(SUFFIX, '').split(' ') ?? [];
    const tail = w.slice(-surname.split(' ').length).join(' ').replace(/^[a-z]{1,3}-/, '');
    // A surname alone points back to a surname alone only when a known party spoke through it ("President Deby").
    const whole = named !== surname && w.length > 1;
    // "Tedros" for "Tedros Adhanom Ghebreyesus": a name of three words or more is also known by its first, as patronymic names are;
    // "Da Silva" opening a sentence for "da Silva".
    // "Atonfack" for "Cyrille Atonfack Guemo": a name of three words or more is also known by a word inside it (a first surname).
    // "Kuo" for "Kuo Jyh-huei": a given name of two joined syllables follows the surname, as Chinese names are written.
    const first = (w.length >= 3 || /^[A-Z][a-z]+-[a-z]+$/.test(w[1] ?? '')) && !surname.includes(' ') && w.slice(0, -1).includes(surname);
    if (!named || !(whole || !!h.sourceId)) return 0;
    return tail.toLowerCase() === bare.toLowerCase() ? 2 : first ? 1 : 0;
  };
  let best: Spoken | null = null;
  let bestFit = 0;
  for (const pool of [history, people]) {
    for (let i = pool.length - 1; i >= 0 && i >= pool.length - 12; i -= 1) {
      const fit = fits(pool[i]);
      if (!fit || fit < bestFit) continue;
      if (!best || fit > bestFit || (pool[i].at ?? -1) > (best.at ?? -1)) [best, bestFit] = [pool[i], fit];
      if (fit === 2) break;
    }
  }
  return best;
}

/** The words after the last sentence end inside a speaker's words: a full stop after a word of four letters or more that is no title. */
export function lastSentence(head: string): string {
  const w = head.trim().split(/\s+/);
  for (let i = w.length - 2; i >= 1; i -= 1) {
    const word = w[i];
    if (word.endsWith('.') && /^[A-Za-z]{4,}\.$/.test(word) && !TITLES.has(word.toLowerCase()) && !TITLES.has(word.slice(0, -1).toLowerCase()) && /^[A-Z]/.test(w[i + 1])) return w.slice(i + 1).join(' ');
  }
  return head;
}

const FEMALE = new Set(['she', 'spokeswoman', 'woman', 'mother', 'ms', 'ms.', 'mrs', 'mrs.', 'chairwoman', 'girl', 'wife', 'daughter', 'sister', 'grandmother']);
const MALE = new Set(['he', 'spokesman', 'man', 'father', 'mr', 'mr.', 'chairman', 'boy', 'husband', 'son', 'brother', 'grandfather']);

/** "f" or "m" when the words say so ("spokeswoman", "Mr"), else null. */
export function genderOf(phrase: string): 'f' | 'm' | null {
  const w = phrase.toLowerCase().split(/[\s,]+/);
  if (w.some((x) => FEMALE.has(x))) return 'f';
  if (w.some((x) => MALE.has(x))) return 'm';
  return null;
}

/**
 * Whether words set beside a speaker name someone or a function: "speaking to AFP by telephone", "who asked not to
 * be named" and a discourse word ("The hardline rebel FNL, however, claimed") name no one; "who heads the
 * association" gives a function and is kept.
 */
export function namesSomeone(beside: string): boolean {
  const words = beside.trim();
  return !/^(who|which|whose|reached|speaking|asked|contacted|interviewed|quoted|citing|according|in|on|at|for (his|her|its|their) part|however|meanwhile|though|too|also|instead|likewise|similarly|separately|nevertheless|by contrast)\b/i.test(words)
    || /^who (heads|leads|commands|runs|directs|chairs) /i.test(words);
}
