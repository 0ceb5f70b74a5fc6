import { Token } from './analyse';
import { wordTable } from './word-table';

export { CIVILIAN_HEADS, CIVILIANS, COMBATANTS, isPerson, MEMBERS, PEOPLE, STRIKING } from './quantity-people';

/**
 * The words quantity facets are read by (src/extraction/quantity-facets.ts): numbers, the qualifiers the
 * quantity table reads (src/claims/quantity.ts), what a number counts, and what makes it no total.
 * Compared with a token's lower-cased form or its lemma.
 */

export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'thousand', 'million', 'dozen',
]);
/** Words of number alone that the table reads as a range ("dozens" 24-99). */
export const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'tens', 'numerous']);
/** Qualifiers as the quantity table reads them, longest first ("as many as" is said "up to" below). */
export const QUALIFIERS = [
  ['in', 'the', 'region', 'of'], ['as', 'many', 'as'], ['not', 'more', 'than'], ['not', 'fewer', 'than'], ['not', 'less', 'than'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['no', 'more', 'than'], ['in', 'excess', 'of'], ['a', 'maximum', 'of'],
  ['a', 'minimum', 'of'], ['at', 'least'], ['close', 'to'], ['upward', 'of'], ['more', 'than'], ['upwards', 'of'], ['up', 'to'], ['fewer', 'than'], ['less', 'than'], ['at', 'most'],
  ['an', 'estimated'], ['about'], ['around'], ['approximately'], ['nearly'], ['some'], ['roughly'], ['almost'], ['estimated'], ['over'],
  ['under'], ['between'], ['from'],
];
/** "a dozen", "a hundred": the article is part of the number before these. */
export const ARTICLE_NUMBERS = new Set(['dozen', 'hundred', 'thousand', 'million']);
/** "several dozen", "a few hundred": said as the table's "dozens", "hundreds". */
export const FEW = new Set(['several', 'few']);

export const FATAL = new Set([
  'kill', 'killed', 'killing', 'dead', 'die', 'died', 'death', 'deaths', 'fatality', 'fatalities', 'body', 'bodies', 'execute', 'executed', 'slay',
  'slain', 'massacre', 'massacred', 'neutralise', 'neutralize', 'neutralised', 'neutralized', 'perish', 'perished', 'toll', 'murder', 'murdered',
  'behead', 'beheaded', 'eliminate', 'eliminated', 'drown', 'drowned', 'casualty', 'casualties', 'corpse', 'corpses', 'martyr', 'martyrs',
  'martyred', 'slaughter', 'slaughtered', 'lynch', 'lynched', 'assassinate', 'assassinated', 'butcher', 'butchered',
  // Verbs of death in wire and military copy: "succumbed to their wounds", "liquidated 40 servicemen".
  'execution', 'executions', 'murders', 'succumb', 'succumbed', 'decapitate', 'decapitated', 'liquidate', 'liquidated', 'exterminate', 'exterminated', 'annihilate', 'annihilated',
]);
export const INJURED = new Set(['maim', 'maimed', 'wound', 'wounded', 'injure', 'injured', 'injury', 'injuries', 'hurt', 'wounding', 'injuring']);
export const CAPTURED = new Set([
  'capture', 'captured', 'arrest', 'arrested', 'detain', 'detained', 'abduct', 'abducted', 'kidnap', 'kidnapped', 'prisoner', 'prisoners',
  'captive', 'captives', 'hostage', 'hostages', 'detainee', 'detainees', 'seize', 'seized',
  'apprehend', 'apprehended', 'abduction', 'abductions', 'kidnapping', 'kidnappings', 'arrests', 'nab', 'nabbed',
]);
export const DESTROYED = new Set([
  'destroy', 'destroyed', 'destruction', 'burn', 'burned', 'burnt', 'down', 'downed', 'raze', 'razed', 'demolish', 'demolished', 'flatten',
  'flattened', 'intercept', 'intercepted', 'torch', 'torched',
  'levelled', 'leveled', 'gut', 'gutted', 'wreck', 'wrecked', 'obliterate', 'obliterated', 'bulldoze', 'bulldozed', 'dynamite', 'dynamited',
  'sink', 'sank', 'sunk', 'ablaze', 'alight',
]);
/** "lost their lives", "claimed the lives of": lives are counted only after a verb of loss. */
export const LIFE_LOST = new Set(['lose', 'lost', 'claim', 'claimed', 'take', 'took', 'cost']);

export const FREED = new Set([
  'rescue', 'free', 'release', 'recover', 'return', 'exchange', 'swap', 'liberate', 'rescued', 'freed', 'released', 'recovered', 'returned',
  'exchanged', 'swapped', 'liberated',
]);
export const STOP = new Set([';', ':', '(', ')']);
/** A count inside a count given elsewhere: "including five children", "among them", "the dead included". */
export const PART_OF = new Set(['including', 'included', 'include', 'includes', 'among', 'excluding', 'besides']);
/** Verbs of handling, not of harm: a number they take is a partial count ("treated 57 wounded", "counted dozens of bodies along the trench"); burying gives the toll. */
export const HANDLED = new Set([
  'treat', 'receive', 'admit', 'carry', 'bring', 'transport', 'take', 'evacuate', 'recover', 'collect', 'see', 'identify', 'count',
  'hospitalise', 'hospitalize', 'ferry', 'operate',
]);
export const KIN_OWNERS = new Set(['my', 'his', 'her', 'our', 'their', 'your']);
export const PLACE_LINKS = new Set(['from', 'in', 'at', 'on', 'near', 'inside', 'across', 'into']);
export const CAPTIVES: Record<string, string> = wordTable({
  hostage: 'hostages', hostages: 'hostages', captive: 'captives', captives: 'captives', prisoner: 'prisoners', prisoners: 'prisoners',
  detainee: 'detainees', detainees: 'detainees',
});
/** Verbs of holding: "the prison held 2,000 detainees" counts people held, not a capture. */
export const HOLDING = new Set(['hold', 'held', 'house', 'housed', 'contain', 'accommodate', 'host', 'keep']);
/** A count added to one given before: "a further 15 bodies", "another 12", "two more victims". */
export const INCREMENTS = new Set(['further', 'another', 'additional']);
export const LYING = new Set(['lie', 'lying', 'remain', 'still', 'under', 'bury', 'buried', 'pile', 'scatter', 'scattered']);
/** Things taken are no people captured: "seized 20 rifles", "captured two villages". */
export const TAKEN_THINGS = new Set([
  'weapon', 'rifle', 'gun', 'ammunition', 'vehicle', 'truck', 'motorbike', 'motorcycle', 'tank', 'village', 'town', 'city', 'position',
  'base', 'camp', 'post', 'checkpoint', 'district', 'locality', 'settlement', 'area', 'kilometre', 'kilometer', 'square', 'round',
  'launcher', 'mortar', 'drone', 'boat', 'car', 'pickup', 'tonne', 'ton', 'kg', 'kilogram', 'cache', 'depot', 'equipment', 'arm',
]);
/** Words after a number that make it a measure, a time or a share, not a count of anyone. */
export const UNITS = new Set([
  'percent', 'per', '%', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'metre', 'meter',
  'kg', 'kilograms', 'tonnes', 'tons', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'days', 'day', 'weeks', 'week', 'months', 'month',
  'years', 'year', 'year-old', 'years-old', 'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'gmt', 'utc', 'times', 'dollars', 'euros', 'pounds',
  'feet', 'foot', 'inches', 'mm', 'cm', 'km/h', 'mph', 'degrees',
  // Money named after the figure ("1 million soms", "500,000 naira").
  'dollar', 'euro', 'pound', 'usd', 'eur', 'soms', 'som', 'naira', 'rupees', 'rupee', 'shillings', 'shilling', 'francs', 'franc', 'cfa', 'dinars',
  'dinar', 'dirhams', 'riyals', 'rials', 'pesos', 'reais', 'rand', 'birr', 'hryvnias', 'hryvnia', 'rubles', 'roubles', 'yuan', 'yen', 'taka',
  'afghanis', 'kwacha', 'cedis', 'leones', 'bolivares', 'soles', 'lempiras', 'quetzales', 'lira', 'liras', 'somoni', 'tenge', 'manat', 'lari', 'kyats',
]);
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words saying a figure is of another incident or of a whole war: "in a separate attack", "since the war began". */
export const ELSEWHERE = new Set(['separate', 'previous', 'similar', 'earlier', 'war', 'conflict', 'insurgency', 'since']);
/** "last year": a time before the event ("last week" is often the event itself). */
export const PAST_SPANS = new Set(['year', 'years', 'decade', 'decades']);
/** Still in hospital, being treated: those wounded are a part, not a total. */
export const STILL = new Set(['still', 'remain', 'remained', 'remaining']);
/** Verbs and links that join a toll to its figure: "the toll rose to 35", "put the toll at 40", "the number of dead was 90". */
export const TOLL_LINKS = new Set([
  'at', 'to', 'be', 'is', 'was', 'were', 'stand', 'stood', 'reach', 'reached', 'hit', 'of', 'climb', 'rise', 'put', 'number', 'numbered', 'total',
  'totalled', 'totaled', 'exceed', 'exceeded', 'top', 'topped', 'surpass', 'surpassed', 'pass', 'passed',
]);

/** "72nd", "1st", "9th": an ordinal names a unit or a place in a row, it counts no one. */
function ordinal(text: string): boolean {
  const end = text.slice(-2).toLowerCase();
  return ['st', 'nd', 'rd', 'th'].includes(end) && text.length > 2;
}

export function isNumber(t: Token): boolean {
  return (/^\d/.test(t.text) && !ordinal(t.text)) || NUMBER_WORDS.has(t.lower) || VAGUE.has(t.lower) || t.lower.includes('-') && NUMBER_WORDS.has(t.lower.split('-')[0]);
}

export type Kind = 'fatal' | 'injured' | 'captured' | 'destroyed';

/** What a word says happened to those counted, if anything. */
export function kindOfWord(t: Token | undefined): Kind | null {
  if (!t) return null;
  const w = t.lower;
  const l = t.lemma;
  if (FATAL.has(w) || FATAL.has(l)) return 'fatal';
  if (INJURED.has(w) || INJURED.has(l)) return 'injured';
  if (CAPTURED.has(w) || CAPTURED.has(l)) return 'captured';
  if (DESTROYED.has(w) || DESTROYED.has(l)) return 'destroyed';
  return null;
}

/** "buried in the rubble", "in the debris": under what fell, not in a grave. */
function underRubble(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'in') return false;
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return !!next && ['rubble', 'debris', 'ruins', 'wreckage', 'mud', 'landslide', 'collapse'].includes(next.lower);
}

/** A word's kind where the word before may matter: "lives" count the dead after "lost" or "claimed the". */
export function kindAt(tokens: Token[], k: number, first: number): Kind | null {
  const t = tokens[k];
  if (!t) return null;
  // "gunned down", "mowed down": people shot, not aircraft downed; "shot down", "burned down": destroyed;
  // "revised the toll down to 471": neither.
  if (t.lower === 'down') {
    const verb = k - 1 >= first ? tokens[k - 1].lemma : '';
    if (['gun', 'gunned', 'mow', 'mowed', 'cut'].includes(verb)) return 'fatal';
    return ['shoot', 'shot', 'bring', 'brought', 'knock', 'burn', 'burned', 'burnt', 'pull', 'tear', 'take', 'took'].includes(verb) ? 'destroyed' : null;
  }
  // "rounded up 60 protesters": captured.
  if (t.lower === 'up' && k - 1 >= first && ['round', 'rounded', 'rounding'].includes(tokens[k - 1].lower)) return 'captured';
  // "the strikes levelled 12 buildings" (a verb; "the level of" is none).
  if (t.lemma === 'level' && t.pos === 'VERB') return 'destroyed';
  // "burned alive", "burnt to death": the dead, not things destroyed; "fatally wounded" too.
  if ((t.lemma === 'burn' || t.lower === 'burned' || t.lower === 'burnt') && (tokens[k + 1]?.lower === 'alive' || (tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'death'))) return 'fatal';
  if (t.lower === 'fatally' || t.lower === 'mortally') return 'fatal';
  // "knocked out five tanks", "set ablaze": destroyed; "taken into custody": captured.
  if (t.lower === 'out' && k - 1 >= first && ['knock', 'knocked', 'burn', 'burned', 'burnt', 'take', 'took', 'taken'].includes(tokens[k - 1].lower)) return 'destroyed';
  if (t.lower === 'ablaze' || t.lower === 'alight') return 'destroyed';
  // "blew up three bridges"; "reduced 30 buildings to rubble", "turned the market into ashes".
  if (t.lower === 'up' && k - 1 >= first && ['blow', 'blew', 'blown', 'blowing'].includes(tokens[k - 1].lower)) return 'destroyed';
  if (['rubble', 'ashes', 'ruins', 'ash'].includes(t.lower) && ['to', 'into'].includes(tokens[k - 1]?.lower ?? '')) return 'destroyed';
  if (t.lower === 'custody' && ['into', 'in'].includes(tokens[k - 1]?.lower ?? '')) return 'captured';
  // "took away 40 people", "carried off 30 women": abducted.
  if ((t.lower === 'away' || t.lower === 'off') && k - 1 >= first && ['take', 'carry', 'lead', 'march'].includes(tokens[k - 1].lemma)) return 'captured';
  // "set fire to 45 houses": destroyed.
  if (t.lower === 'fire' && k - 1 >= first && (tokens[k - 1].lemma === 'set' || tokens[k - 1].lower === 'on')) return 'destroyed';
  // "85 people had been buried", "we buried 115 people"; not "believed buried", "buried under the rubble".
  if (t.lemma === 'bury' && !['believe', 'remain', 'still', 'be'].includes(tokens[k - 1]?.lemma === 'be' ? tokens[k - 2]?.lemma ?? '' : tokens[k - 1]?.lemma ?? '')
    && !['under', 'beneath', 'alive'].includes(tokens[k + 1]?.lower ?? '') && !underRubble(tokens, k + 1)) return 'fatal';
  // "sought medical help", "were receiving treatment": the injured.
  if ((t.lower === 'treatment' || t.lower === 'help' || t.lower === 'care') && k - 1 >= first && ['medical', 'receive', 'need', 'require', 'seek'].includes(tokens[k - 1].lemma)) return 'injured';
  if ((t.lower === 'lives' || t.lower === 'life') && k - 1 >= first) {
    for (let j = k - 1; j >= Math.max(first, k - 2); j -= 1) if (LIFE_LOST.has(tokens[j].lower) || LIFE_LOST.has(tokens[j].lemma)) return 'fatal';
  }
  return kindOfWord(t);
}

/** "put the toll at 600 "at a minimum"", "600, at least": a floor written after the figure ending at `end`. */
export function floorAfter(tokens: Token[], end: number, last: number): boolean {
  let k = end + 1;
  while (k <= last && k <= end + 2 && (tokens[k].text === ',' || /^["“”']$/.test(tokens[k].text))) k += 1;
  if (k + 1 > last || tokens[k].lower !== 'at') return false;
  return tokens[k + 1].lower === 'least' || (tokens[k + 1].lower === 'a' && tokens[k + 2]?.lower === 'minimum');
}
