/**
 * The party a person's function names. The corpus convention (test/fixtures/extraction/README.md): the most
 * specific source the desk already knows speaks, so "army spokesman Colonel X", "X, the spokesman for the
 * Qassam Brigades" and "Russia's ambassador to the United Nations, X" are the army's, the Qassam Brigades'
 * and Russia's statements, with the person kept as the role.
 */
import { fold } from '../claims/fold';
import { TITLES } from './lexicon';
import { ADJECTIVE_OF, CAPITALS, DEMONYMS, exactName, possessiveToAdjective } from './names';
import { closeParty } from './speaker-rules';
import { countryParty, ministryOfState } from './country-party';
import { inScope, keysEndingIn, lookup, postings } from './source-lookups';
import { installedParty } from './described';
import { capitalPortfolio, cityBody, nationalGovernment, OWN_BODIES, placeBody, portfolio, PORTFOLIO_AFTER, presidentOf, regionalGovernment, unitParty } from './offices';

export { abroad, headOfState, nationalGovernment } from './offices';
import { KnownSource, resolveName, SourceIndex, trimCommas } from './speakers';
import { wordTable } from './word-table';
import { armedForcesOf, civilBody, militaryHead } from './state-offices';

/** Nouns of a function held in a body: the person so named speaks for the body when the words name it. */
export const FUNCTION_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'commander', 'chief', 'head', 'director', 'leader', 'official', 'officer',
  'adviser', 'advisor', 'aide', 'envoy', 'ambassador', 'coordinator', 'researcher', 'analyst', 'nurse', 'doctor', 'surgeon', 'commissioner',
  'president', 'secretary', 'founder', 'representative', 'chairman', 'chairwoman', 'negotiator', 'deputy', 'diplomat', 'governor', 'administrator',
  'manager', 'prosecutor', 'assistant', 'mayor', 'counterpart', 'ombudsman', 'ombudswoman', 'attorney', 'lawmaker', 'legislator',
  'inspector', 'superintendent', 'delegate', 'member',
]);
/** Functions written short: "Sinaloa Gov. X". */
const ABBREVIATED: Record<string, string> = wordTable({ 'gov.': 'governor', gov: 'governor' });
/** Functions a country names by itself ("Russia's ambassador", "a Ukrainian minister"): its government's. */
const STATE_FUNCTIONS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ambassador', 'envoy', 'president', 'diplomat',
  'official', 'secretary', 'negotiator', 'counterpart',
  // Offices of state outside the cabinet: "Ukraine's prosecutor general", "Colombia's ombudswoman", "Somalia's national security adviser".
  'prosecutor', 'attorney', 'ombudsman', 'ombudswoman', 'commissioner', 'adviser', 'advisor', 'representative']);
/** The body a function heads, when it is named after it: "Defence Minister" -> "defence ministry". */
const BODY_OF: Record<string, string> = wordTable({ minister: 'ministry', president: 'presidency' });
/** Functions of a national government: unqualified, they are the desk's one government's. */
const NATIONAL = new Set(['president', 'minister', 'secretary']);
/** "adviser to X" serves X; "ambassador to X" is sent to X by someone else. */
const SERVING_TO = new Set(['adviser', 'advisor', 'aide', 'assistant']);
/** Functions that speak for the one they serve when that one holds a function ("a spokesman for President X"). */
const SPEAKING_FOR = new Set([...SERVING_TO, 'spokesman', 'spokeswoman', 'spokesperson']);
const LINKS = new Set(['for', 'of', 'at', 'with', 'in', 'to']);
const REPUBLIC = /^(the )?((Islamic|Federal|Democratic|Arab|Socialist|People's) )*Republic of (the )?/;

/** What the text before the speaker points to, as the speaker resolver finds it. */
export interface Antecedents {
  /** Who a pronoun or a bare head ("its", "the group") points back to. */
  pointBack: (phrase: string) => KnownSource | null;
  /** The known source named last before the speaker among those that pass the test. */
  lastNamed: (test: (source: KnownSource) => boolean) => KnownSource | null;
  /** The country the text is about among those that pass the test: the paragraph's, the one heard last, the dateline's (`pointBackIn`). */
  home?: (test: (source: KnownSource) => boolean) => KnownSource | null;
}

/** The one known source whose name ends in these words, or among several the one named last ("army spokesman" after "Congo's army"). */
function headed(words: string, index: SourceIndex, before: Antecedents): KnownSource | null {
  // "Justice" does not head "Association for Access to Justice": a long name, or one ending in a preposition's object, is not headed so.
  const objectOf = (key: string) => LINKS.has(key.slice(0, key.length - words.length - 1).split(' ').pop() ?? '');
  // Kept per source list and words: a text asks for the same few heads ("army", "government") again and again.
  const seen = lookup(index, 'headed', () => new Map<string, Set<KnownSource>>());
  let all = seen.get(words);
  if (!all) {
    all = new Set(keysEndingIn(index, words).filter(([key]) => key === words || (key.endsWith(` ${words}`) && !objectOf(key) && key.split(' ').length <= 4)).map(([, source]) => source));
    if (seen.size < 10_000) seen.set(words, all);
  }
  if (all.size <= 1) return [...all][0] ?? null;
  // The one the text named last; else the event's one claimant so headed (another event's "defence ministry" is not this one's).
  const scoped = inScope([...all]);
  // Several governments' ministries ("Foreign Minister X"): the dateline's country's, unless the paragraph names another.
  const home = [...all].every((s) => s.kind === 'government') ? before.home?.((source) => all.has(source)) : null;
  return home ?? before.lastNamed((source) => all.has(source)) ?? (scoped.length === 1 ? scoped[0] : null);
}

/** The body words name: a known name or alias (whole or standing inside), its head, its plural, its country's party. */
export function bodyOf(phrase: string, index: SourceIndex, stateFunction: boolean, before: Antecedents): KnownSource | null {
  const text = trimCommas(phrase.replace(/^(the|an?)\s+/i, ''));
  if (!text) return null;
  const folded = fold(text);
  const words = folded.split(' ').filter(Boolean);
  const country = words.length <= 2 && words.every((w) => DEMONYMS[w] || ADJECTIVE_OF[w] || CAPITALS[w] || ADJECTIVE_OF[words.join(' ')]);
  // "Russia's ambassador": a country alone names its government, and only for a function a state holds.
  if (country) return stateFunction ? countryParty(text, index) : null;
  const plural = folded.endsWith('s') ? folded.slice(0, -1) : `${folded}s`;
  // "Somali army": a name found inside ("the army", another country's) is not the one a country's word names.
  const inside = resolveName(text, index);
  const nation = words.length >= 2 && (DEMONYMS[words[0]] || ADJECTIVE_OF[words[0]]) ? words[0] : null;
  if (inside && nation && !fold([inside.name, ...inside.aliases].join(' ')).split(' ').includes(nation)) {
    // Else the one source whose name holds both the country's word and the body's ("Somali National Army").
    const byWord = lookup(index, 'sourcesByNameWord', ({ folded }) => postings(folded, (names) => names.flatMap((n) => n.split(' '))));
    const head = new Set(byWord.get(words[words.length - 1]) ?? []);
    const inOneName = (at: number) => index.folded[at].some((n) => { const f = n.split(' '); return f.includes(nation) && f.includes(words[words.length - 1]); });
    const both = (byWord.get(nation) ?? []).filter((at) => head.has(at) && inOneName(at)).map((at) => index.all[at]);
    return countryParty(text, index) ?? (both.length === 1 ? both[0] : null);
  }
  return inside ?? headed(folded, index, before) ?? index.exact.get(plural) ?? headed(plural, index, before)
    ?? countryParty(text, index) ?? (words.length >= 2 ? closeParty(text, words[words.length - 1], index) : null) ?? ministryOfState(text, index)
    ?? organOf(text, words, index, stateFunction, before);
}

/** A party's own organs: "the Houthi political bureau", "the Hamas politburo" (a council may be another body's: "UN Security Council"). */
const ORGANS = new Set(['bureau', 'politburo', 'leadership', 'shura', 'wing']);

/** "a member of the Houthi political bureau": a member of a party's organ (not of the party: "members of the army" are its men). */
export function memberOfOrgan(role: string, index: SourceIndex, ante: Antecedents): KnownSource | null {
  const m = /^(?:(?:an?|the) )?(?:senior |leading )?member of (.+)$/i.exec(trimCommas(role.trim()));
  if (!m) return null;
  const text = trimCommas(m[1].replace(/^the\s+/i, ''));
  const words = fold(text).split(' ').filter(Boolean);
  return organOf(text, words, index, false, ante);
}

/** "Houthi political bureau" -> the Houthis: the party named by the first word, when the last is one of its organs. */
function organOf(text: string, words: string[], index: SourceIndex, stateFunction: boolean, before: Antecedents): KnownSource | null {
  if (words.length < 2 || words.length > 4 || !ORGANS.has(words[words.length - 1])) return null;
  const first = text.split(/\s+/)[0];
  return /^[A-Z]/.test(first) ? bodyOf(first, index, stateFunction, before) : null;
}

/** The words of a function without articles and the titles after it: "the government spokesman Colonel" -> "government spokesman". */
export function plainFunction(role: string): string[] {
  const all = trimCommas(role).split(/\s+/).filter(Boolean);
  // "an MSF nurse who was on duty on Friday": the function ends before a relative clause.
  const relative = all.findIndex((x, i) => i > 0 && /^(who|which|whose|that)$/i.test(x));
  const w = relative > 0 ? all.slice(0, relative) : all;
  while (w.length && /^(the|an?|his|her)$/i.test(w[0])) w.shift();
  // Titles in front of the name ("spokesman Rear Admiral", "KIO spokesman Col."): the function ends at its noun.
  let end = w.length;
  while (end > 1 && /^[A-Z]/.test(w[end - 1]) && !FUNCTION_NOUNS.has(w[end - 1].toLowerCase()) && !ABBREVIATED[w[end - 1].toLowerCase()] && (TITLES.has(w[end - 1].toLowerCase()) || /^(rear|air)$/i.test(w[end - 1]))) end -= 1;
  // "head of the National Police": words of a title after "the" or a link are a body's name, not titles in front of a person's.
  const ofName = end < w.length && (/^(the|an?)$/i.test(w[end - 1]) || LINKS.has(w[end - 1].toLowerCase()));
  return w.slice(0, ofName ? w.length : end);
}

/**
 * The known party a person's function names, or null: the possessor ("al-Shabaab's spokesman", "its
 * spokesman"), then the words before the function ("health ministry spokesman", "UN aid chief"), then the
 * body after it ("spokesman for the Qassam Brigades", "head of mission in Yemen for Doctors Without Borders").
 */
export function partyOfFunction(role: string, index: SourceIndex, ante: Antecedents): KnownSource | null {
  // "the Minister of Communication and government spokesman": two offices held together, each read alone.
  const offices = role.split(' and ');
  if (offices.length === 2 && offices.every((o) => plainFunction(o).some((x) => FUNCTION_NOUNS.has(x.toLowerCase())))) {
    return partyOfFunction(offices[0], index, ante) ?? partyOfFunction(offices[1], index, ante);
  }
  // "Deputy government spokesman", "a senior Houthi official": a deputy, acting or senior holder is of the same party.
  const w = plainFunction(role).filter((x, i, all) => !/^(deputy|acting|senior)$/i.test(x) || i === all.length - 1 || LINKS.has(all[i + 1].toLowerCase()));
  if (!w.length || w.length > 16) return null;
  const lower = w.map((x) => x.toLowerCase().replace(/[’]/g, "'"));
  // "its secretary-general", "the Vice-President": the function noun is the hyphenated word's first part.
  // "the Vice-President": a vice or a deputy holds the office the last part names.
  const nounOf = (x: string) => [x.replace(/,$/, ''), x.replace(/,$/, '').split('-')[0], ABBREVIATED[x], /^vice-/.test(x) ? x.replace(/,$/, '').split('-').pop() : undefined].find((n) => n && FUNCTION_NOUNS.has(n));
  let at = lower.findIndex((x) => nounOf(x));
  if (at < 0) return null;
  // "deputy prime minister", "deputy commander": the function is the last noun of the run.
  while (at + 1 < lower.length && (nounOf(lower[at + 1]) || (lower[at + 1] === 'prime' && lower[at + 2] === 'minister'))) at += 1;
  // "Niger's head of state": the head of a state or a government holds a state's office, as its president does.
  const ofState = lower[at] === 'head' && lower[at + 1] === 'of' && (lower[at + 2] === 'state' || lower[at + 2] === 'government') && at + 3 === lower.length;
  const noun = nounOf(lower[at])!;
  // "Ombudsman Iris Marin", "the national Ombudsman": an office the desk knows by its own word ("the ombudsman").
  const office = at === lower.length - 1 && lower.slice(0, at).every((x) => TITLES.has(x) && x !== 'former') ? exactName([w[at]], index) : null;
  if (office) return office;
  // "the Minister of Defence", "the State Minister for Defence": the portfolio after the office, in capitals, is
  // read as before it ("State Defence Minister"), so that both wordings name one party.
  const portfolioAfter = noun === 'minister' && (lower[at + 1] === 'of' || lower[at + 1] === 'for') && !['chief', 'prime', 'first'].includes(lower[at - 1] ?? '')
    ? w.slice(at + 2).filter((x, i) => i > 0 || x.toLowerCase() !== 'the') : [];
  // Portfolio words only: "Chief Minister of Punjab" names a place.
  if (portfolioAfter.length && portfolioAfter.length <= 3 && portfolioAfter.every((x) => x === 'and' || PORTFOLIO_AFTER.has(x.toLowerCase()))) {
    return partyOfFunction([...w.slice(0, at), ...portfolioAfter, w[at]].join(' '), index, ante);
  }
  const state = STATE_FUNCTIONS.has(noun) || ofState;
  // "The Malian chief of general staff", "Chief of Defence Staff X": the country's armed forces, not its government.
  const forces = militaryHead(lower, at) ? armedForcesOf(w, index, w.slice(0, at)) : null;
  if (forces) return forces;
  // The possessor: "the army's", "MONUSCO's", "The rebels'", "its".
  const owned = lower.slice(0, at).findIndex((x) => x.endsWith("'s") || x.endsWith("s'"));
  // "Uganda People's Defence Forces (UPDF) spokesman": a possessive inside a known name is no owner.
  const wholeName = owned >= 0 ? index.exact.get(fold(w.slice(0, at).filter((x) => !x.startsWith('(') && !x.endsWith(')')).join(' '))) : undefined;
  if (wholeName) return wholeName;
  if (owned >= 0) {
    const owner = [...w.slice(0, owned), w[owned].replace(/(['’]s|s['’])$/, (m) => (m.startsWith('s') ? 's' : ''))].join(' ');
    // "the group's director": a common noun points back ("the" may have been read off already).
    const common = /^(the |this )?[a-z]+$/.test(owner) ? ante.pointBack(owner.startsWith('th') ? owner : `the ${owner}`) : null;
    // "Burundi's army spokesman": the owner's body the words before the function name ("Burundi army"), before the owner alone.
    const between = w.slice(owned + 1, at).join(' ');
    const ownedBody = `${owner} ${between}`;
    const body = between && BODY_WORDS.has(lower[at - 1]) ? countryParty(ownedBody, index) ?? bodyOf(ownedBody, index, state, ante) : null;
    // "Sudan's de facto leader", "Mali's interim leader": a country's leader is its head of state ("Nigeria's Boko Haram leader" is not).
    const leader = noun === 'leader' && lower.slice(owned + 1, at).every((x) => STATE_LEADERS.has(x));
    // "Russia's Defence Minister": the ministry the desk names, before the country's government.
    // "Lebanon's health minister": the ministry as the desk may write it, with the possessive or the country's adjective.
    const ministries = [`${ownedBody} ministry`, `${w[owned]} ${between} ministry`, possessiveToAdjective(`${w[owned]} ${between} ministry`)];
    const ministry = noun === 'minister' && between ? ministries.map((m) => (m ? civilBody(bodyOf(m, index, state, ante), []) : null)).find(Boolean) ?? null : null;
    const found = common ?? body ?? ministry ?? bodyOf(owner, index, state || leader, ante);
    if (found) return found;
  }
  if (/^(its|their)$/.test(lower[0])) return ante.pointBack(lower[0]);
  // The words before the function: "health ministry spokesman", "Defence Minister" (the ministry it heads).
  const before = w.slice(owned + 1, at).join(' ');
  const body = BODY_OF[noun];
  const civil = (found: KnownSource | null) => (noun === 'minister' ? civilBody(found, w.slice(owned + 1, at)) : found);
  // "the Moscow-installed governor": the body Moscow installed, not Moscow; the function is read whole.
  const modified = /-(installed|appointed|backed|led|run|aligned|controlled)\b/i.test(before);
  // "Presidential spokesman X": the president's voice, as a head's office is (corpus README).
  if (/^presidential$/i.test(before) && SPEAKING_FOR.has(noun)) {
    const president = ante.lastNamed((s) => s.kind === 'government') ?? presidentOf(index) ?? exactName(['presidency'], index) ?? nationalGovernment(index, ante.lastNamed, ante.home);
    if (president) return president;
  }
  const named = modified ? closeParty(w.slice(owned + 1, at + 1).join(' '), noun, index)
    // "the Moscow-installed mayor of X" holds an office of X, not of the party Moscow installed over the region.
    ?? (lower.slice(at + 1).some((x) => LINKS.has(x)) ? null : installedParty(before, index))
    // A minister's portfolio names no military party ("Israeli Defence Minister"), unless the desk names it as a ministry.
    : (before && !/^press$/i.test(before) && civil(bodyOf(before, index, state, ante))) || (body ? civil(bodyOf(before ? `${before} ${body}` : body, index, state, ante)) : null)
      || (before ? placeBody(before, noun, index) : null)
      // "a Maoist spokesperson", "Houthi spokesman": a group's name in the singular for the desk's plural ("Maoists", "Houthis").
      || (/^[A-Z][a-z]+$/.test(before) ? index.exact.get(`${fold(before)}s`) ?? null : null)
      // "Defense Secretary": the department of the portfolio ("Department of Defense", "Ministry of Defence").
      || (before && (noun === 'secretary' || noun === 'minister') ? exactName([`department of ${before}`, `ministry of ${before}`], index) : null)
      // "Houthi military spokesman": the body named by the first word when the words together name none.
      || (at - owned - 1 >= 2 ? bodyOf(w[owned + 1], index, state, ante) : null);
  if (named) return named;
  const unit = unitParty(lower.slice(owned + 1, at), noun, index, ante.lastNamed, lower.length === 1);
  if (unit) return unit;
  // "President X", "Health Minister X", nothing else said: the desk's one national government.
  // "Security Secretary X" holds a portfolio as a minister does; "Secretary-General" is no minister's title.
  const ministerial = noun !== 'secretary' || (lower[at] === 'secretary' && !lower.slice(0, at).some((x) => OTHER_SECRETARIES.has(x)));
  if (owned < 0 && NATIONAL.has(noun) && ministerial && lower.slice(0, at).every((x, i) => TITLES.has(x) || portfolio(w[i]) || (noun === 'minister' && capitalPortfolio(w[i]))) && !lower.slice(at + 1, inside(lower, at)).some((x) => LINKS.has(x))) {
    const government = nationalGovernment(index, ante.lastNamed, ante.home);
    if (government) return government;
  }
  // "Governor X", "Lanao del Sur Governor X": the desk's government of a region (of the one named last among several).
  if (owned < 0 && noun === 'governor' && !lower.slice(at + 1).some((x) => LINKS.has(x))) {
    const government = regionalGovernment(index, ante.lastNamed);
    if (government) return government;
  }
  // "Mayor X", "the acting mayor of Sumy": the desk's city administration (of that city, or its one).
  if (noun === 'mayor') {
    const city = cityBody(lower[at + 1] === 'of' ? w.slice(at + 2).join(' ') : lower.slice(0, at).every((x) => TITLES.has(x) || x === 'acting') ? '' : w.slice(owned + 1, at).join(' '), index);
    if (city) return city;
  }
  // "Foreign Ministry spokesman X", no ministry known: the foreign ministry is the desk's one national government's
  // (a health ministry may be a territory's, not the state's: "Health ministry spokesman X" stays a new person).
  // "Government spokesman X" beside a province's government on the desk: the national one's.
  if (owned < 0 && ['foreign ministry', 'government'].includes(lower.slice(owned + 1, at).join(' '))) {
    const government = nationalGovernment(index, ante.lastNamed, ante.home);
    if (government) return government;
  }
  // The body after it: "spokesman for the Qassam Brigades", "researcher at the group", "commander of the army's 1 Division".
  const link = lower.findIndex((x, i) => i > at && LINKS.has(x) && (x !== 'to' || SERVING_TO.has(noun)) && x !== 'in');
  if (link < 0) return null;
  // "President of the Islamic Republic of Iran": the republic is its country.
  const after = w.slice(link + 1).join(' ').split(/,| who | which /)[0].replace(REPUBLIC, '');
  if (/^(the|this) [a-z]+$/i.test(after.trim())) return ante.pointBack(after.trim());
  // "a member of its national bureau": the body "its" points back to (not "their community", "their family").
  const own = /^(its|their) [a-z ]+$/i.test(after.trim()) ? after.trim().split(' ') : null;
  if (own && OWN_BODIES.has(own[own.length - 1].toLowerCase())) return ante.pointBack(own[0]);
  // "adviser to RSF commander X": the one served holds a function, whose party the adviser speaks for.
  const servedParty = SERVING_TO.has(noun) && after.split(/\s+/).slice(1).some((x) => FUNCTION_NOUNS.has(x.toLowerCase())) ? partyOfFunction(after, index, ante) : null;
  const possessed = after.search(/['’]s /);
  // "spokesman for Ukraine's air force", "commander of Ukraine's armed forces": the country's arm, read as "Ukrainian air force".
  const adjectival = possessed > 0 ? possessiveToAdjective(after) : null;
  // "director of Gaza's health ministry": the possessive read off, the body may be known by the words together (whole: "Israel's
  // Shin Bet" is no "Israel").
  const whole = servedParty ?? resolveName(after, index) ?? (adjectival ? countryParty(adjectival, index) : null)
    ?? exactName([after.replace(/['’]s\b/g, '')], index) ?? placeBody(after, noun, index);
  if (whole) return whole;
  // "head of Ukraine's presidential office", "head of Niger's junta": a country's body of state is its government.
  const stateBody = possessed > 0 && STATE_BODY.test(after.slice(possessed + 3).trim());
  const found = possessed > 0 ? bodyOf(after.slice(0, possessed), index, stateBody, ante) : bodyOf(after, index, state, ante);
  if (found) return found;
  // "adviser to President X": the function of the one served names the party.
  const served = after.trim().split(/\s+/);
  // "spokesman for Russian President X": the function may follow the country's adjective.
  const servedFunction = served.findIndex((x) => FUNCTION_NOUNS.has(x.toLowerCase()));
  return SPEAKING_FOR.has(noun) && servedFunction >= 0 && servedFunction <= 1 ? partyOfFunction(after, index, ante) : null;
}

/** Where "in" follows the function ("minister in charge of the interior"): what comes after it names no other body. */
function inside(lower: string[], at: number): number {
  const i = lower.indexOf('in', at + 1);
  return i < 0 ? lower.length : i;
}

/** Secretaries of bodies that are no government: "UN Secretary", "Party Secretary". */
const OTHER_SECRETARIES = new Set(['un', 'u.n.', 'party', 'executive', 'general', 'union']);

/** Words of a body that a function may be held in after a possessor ("Burundi's army spokesman"), unlike a portfolio ("Ukraine's Interior Minister"). */
const BODY_WORDS = new Set(['army', 'military', 'navy', 'police', 'ministry', 'government', 'office', 'forces', 'force', 'wing', 'command', 'council', 'agency', 'committee', 'junta']);

/** Words before "leader" that keep a country's leader its head of state. */
const STATE_LEADERS = new Set(['de', 'facto', 'interim', 'transitional', 'supreme', 'top', 'new']);

/** A country's bodies of state, after its possessive: "Ukraine's presidential office", "Niger's junta", "Sudan's cabinet". */
const STATE_BODY = /^(?:presidential office|presidency|government|cabinet|junta|(?:foreign|interior|justice|information) ministry)$/i;
