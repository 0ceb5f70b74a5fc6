import { Token } from './analyse';
import { Span } from './attribution';
import { has } from './quantity-kinds';
import { ReadFacet } from './quantity-facets';
import { CIVILIAN_HEADS } from './quantity-people';
import { armedGroup } from './quantity-subjects';
import { COMBATANTS } from './quantity-words';

/**
 * The dead counted as men of a force named apart from the number: "I counted 25 bodies of soldiers", "the number of
 * militants killed rose to 33". A toll of the dead with no group becomes the group's (combatant_fatalities, with
 * the group's word as subject: count-subjects.ts names the party).
 */
export function withGroupsApart(facets: ReadFacet[], tokens: Token[], [first, last]: Span): ReadFacet[] {
  const combatant = (w: Token) => has(COMBATANTS, w);
  return facets.flatMap((f) => {
    // "seven officers of the Revolutionary Guards": the body named after the men, in its own name.
    const body = f.subject && GROUP_WORDS.has(f.subject) ? namedBody(tokens, f.span, last) : null;
    if (body) return { ...f, subject: body };
    if (f.attribute !== 'fatalities' || f.subject) return f;
    // "none of the dead had any link to armed groups", "none of the victims were fighters": no fighters among them.
    const none = noFightersAmong(tokens, f.span, last);
    if (none) return none === 'fighters' ? { ...f, attribute: 'combatant_fatalities' } : null;
    if (civilianToll(tokens, f.span[0], first)) return { ...f, attribute: 'civilian_fatalities' };
    const words = bodiesOf(tokens, f.span, last) ?? numberOf(tokens, f.span[0], first);
    // "the number of civilians killed had risen to 31": the civilians' toll.
    if (words?.some((w) => has(CIVILIAN_HEADS, w))) return { ...f, attribute: 'civilian_fatalities' };
    const group = words?.some(combatant) ? armedGroup(tokens, words, -1, last, combatant) : null;
    return group ? { ...f, attribute: 'combatant_fatalities', subject: group } : f;
  }).filter((f): f is ReadFacet => f !== null);
}

const NONE_OF = new Set(['dead', 'victims', 'killed', 'casualties']);
const ARMED_WORDS = new Set(['armed', 'militant', 'terrorist']);
/**
 * "none of the dead had any link to armed groups": 'fighters' when the rest of the clause (within ten words) names fighters
 * or an armed group, so that no combatant was among the dead; 'other' when it says something else of them ("none of the dead
 * has been identified"), no count; null when the count is no "none of the dead".
 */
function noFightersAmong(tokens: Token[], [a]: Span, last: number): 'fighters' | 'other' | null {
  if (tokens[a].lower !== 'none' || tokens[a + 1]?.lower !== 'of') return null;
  const head = tokens[a + 2]?.pos === 'DET' ? a + 3 : a + 2;
  if (!NONE_OF.has(tokens[head]?.lower ?? '')) return null;
  for (let k = head + 1; k <= last && k <= head + 10; k += 1) {
    if (tokens[k].text === ',' || tokens[k].text === ';') break;
    if (has(COMBATANTS, tokens[k]) || ARMED_WORDS.has(tokens[k].lower)) return 'fighters';
  }
  return 'other';
}

/** "the civilian death toll had risen to 31", "the civilian toll stood at 12": the toll named civilian, right before its number. */
function civilianToll(tokens: Token[], a: number, first: number): boolean {
  for (let k = a - 1; k >= first + 1 && k >= a - 8; k -= 1) {
    if (tokens[k].lower !== 'toll') {
      if (!REACHING.has(tokens[k].lower)) return false;
      continue;
    }
    const before = tokens[k - 1]?.lower === 'death' ? k - 2 : k - 1;
    return tokens[before]?.lower === 'civilian';
  }
  return false;
}

const BODIES = new Set(['bodies', 'corpses', 'remains']);
/** The words quantity reading names counted men by when it has no party for them. */
const GROUP_WORDS = new Set(['soldiers', 'fighters', 'police']);
/** Men of a body: "officers of", "members of" ("soldiers from Haifa" says where they came from, not whose they are). */
const MEN_OF = new Set(['officers', 'members', 'fighters', 'soldiers', 'troops', 'men', 'personnel', 'commanders']);

/** "seven officers of the Revolutionary Guards": the proper name after the men counted (within the facet's words and two more). */
function namedBody(tokens: Token[], [a, b]: Span, last: number): string | null {
  for (let k = a; k <= b + 2 && k < last; k += 1) {
    if (!MEN_OF.has(tokens[k].lower) || tokens[k + 1]?.lower !== 'of') continue;
    let n = k + 2 + (tokens[k + 2]?.pos === 'DET' ? 1 : 0);
    const words: string[] = [];
    // A capitalised noun is part of the name too: the tagger reads "the Mountain Brigade" as a noun and a name.
    const named = (t: Token) => t.pos === 'PROPN' || (t.pos === 'NOUN' && /^[A-Z]/.test(t.text));
    while (n <= last && words.length < 5 && named(tokens[n])) words.push(tokens[n++].text);
    return words.length ? words.join(' ') : null;
  }
  return null;
}
const DEAD = new Set(['killed', 'dead', 'slain', 'neutralised', 'neutralized', 'died']);
/** Words between "the number of X killed" and its number: a copula or a verb of reaching ("rose to", "stood at"). */
const REACHING = new Set(['rose', 'risen', 'climbed', 'increased', 'jumped', 'reached', 'stood', 'stands', 'at', 'to', 'is', 'was', 'has', 'had', 'have', 'been', 'remained', 'remains', 'now', 'grew', 'hit']);

/** Whether the men at k are said dead: "killed", "dead", or "who died", "who were killed" (not "who were deployed"). */
function saidDead(tokens: Token[], k: number): number {
  if (DEAD.has(tokens[k]?.lower ?? '')) return k;
  if (tokens[k]?.lower !== 'who') return -1;
  for (let n = k + 1; n <= k + 3; n += 1) if (DEAD.has(tokens[n]?.lower ?? '')) return n;
  return -1;
}

/** The nouns after "bodies of (the)", right after the number: "25 bodies of soldiers". */
function bodiesOf(tokens: Token[], [, b]: Span, last: number): Token[] | null {
  let k = b;
  while (k <= last && k <= b + 2 && !BODIES.has(tokens[k].lower)) k += 1;
  if (k > last || !BODIES.has(tokens[k].lower) || tokens[k + 1]?.lower !== 'of') return null;
  k += 2;
  if (tokens[k]?.pos === 'DET') k += 1;
  const nouns = nounsFrom(tokens, k, last);
  // "25 bodies of soldiers and civilians": the bodies of more than one group are no one group's toll.
  const next = tokens[k + nouns.length];
  const listed = next?.text === ',' && ['NOUN', 'ADJ'].includes(tokens[k + nouns.length + 1]?.pos ?? '');
  return next?.lower === 'and' || next?.lower === 'or' || listed ? null : nouns;
}

/** The nouns of "the number of X killed" before the number (within twelve words): "the number of militants killed remained 33". */
function numberOf(tokens: Token[], a: number, first: number): Token[] | null {
  for (let k = a - 1; k >= first + 1 && k >= a - 20; k -= 1) {
    if (tokens[k].lower !== 'number' || tokens[k + 1]?.lower !== 'of') continue;
    const nouns = nounsFrom(tokens, k + 2 + (tokens[k + 2]?.pos === 'DET' ? 1 : 0), a - 1);
    const dead = saidDead(tokens, k + 2 + nouns.length + (tokens[k + 2]?.pos === 'DET' ? 1 : 0));
    // Between the dead and the number, only a copula or a verb of reaching: "the number of militants killed rose to 33",
    // after the deed they died in, at most a short phrase ("killed in the Indian strikes had risen to 31").
    let reaching = dead >= 0;
    const deed = dead >= 0 ? deedAfter(tokens, dead + 1, a) : dead + 1;
    for (let n = deed; reaching && n < a; n += 1) reaching = REACHING.has(tokens[n].lower);
    return nouns.length && reaching ? nouns : null;
  }
  return null;
}

const DEED_LINKS = new Set(['in', 'by', 'during', 'from', 'since']);
/** After "killed", where a short phrase of the deed ("in the Indian strikes", "by the blast") ends: the next token, or k when there is none. */
function deedAfter(tokens: Token[], k: number, to: number): number {
  if (!DEED_LINKS.has(tokens[k]?.lower ?? '')) return k;
  // "in the Ukrainian strike on a temporary deployment point in Makiivka": phrases of place chained after the deed.
  let n = k + 1;
  while (n < to && n <= k + 12 && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[n].pos) || (PLACE_CHAIN.has(tokens[n].lower) && n > k + 1))) n += 1;
  return n > k + 1 && REACHING.has(tokens[n]?.lower ?? '') ? n : k;
}
const PLACE_CHAIN = new Set(['on', 'in', 'at', 'near', 'of']);

/** Nouns and adjectives from k, at most three. */
function nounsFrom(tokens: Token[], k: number, last: number): Token[] {
  const out: Token[] = [];
  while (k <= last && out.length < 3 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k].pos)) out.push(tokens[k++]);
  return out;
}
