/**
 * Whether a happening that parties dispute took place (`occurred`, with the happening as subject): an exchange of
 * fire ("came under fire", "fired first" against "there was no fighting"), a meeting of commanders, a warning or a
 * prior notice, a ransom, a sinking, a failure of intelligence, secondary explosions. Each is read from words that
 * name it, asserted unless the words deny it ("no", "not", "never", "remained afloat", "the claim ... is false").
 * Words as common as "fighting" or "clashes" count only when denied: that they went on is the situation's.
 */
import { Token } from './analyse';
import { Span } from './attribution';
import { negatedBefore, noneOf, polarityOf } from './negation';
import { ReadFacet } from './quantity-facets';
import { deniedOutright } from './wire-blame';

interface Happening {
  /** Words in order; a slot of several words takes any of them; '*' takes up to three words of any kind. */
  words: string[][];
  subject: string;
  /** Read only when denied ("there was no fighting"). */
  deniedOnly?: boolean;
  /** Always a denial ("the vessel remained afloat"). */
  denies?: boolean;
  /** Only beside a word of telling ("informed ... in advance", not "planned the sabotage well in advance"). */
  notified?: boolean;
  /** Only beside a word of paying ("no ransom was paid", not "demanded a ransom"). */
  paid?: boolean;
  /** Only beside a vessel ("the ship had sunk", not "the economy was sinking"). */
  vessel?: boolean;
}

const VESSELS = new Set(['ship', 'vessel', 'boat', 'ferry', 'tanker', 'freighter', 'carrier', 'warship', 'frigate', 'submarine', 'dhow', 'yacht', 'cruiser', 'destroyer', 'barge', 'trawler', 'craft']);
/** "came under fire from rights groups", "came under fire over the killings": criticism, not shots. */
const CRITICS = new Set(['critics', 'groups', 'lawmakers', 'rights', 'activists', 'opposition', 'parliament', 'media', 'campaigners', 'residents', 'families']);
const DEMANDING = new Set(['demanded', 'demand', 'demanding', 'demands', 'asked', 'sought', 'wanted']);

const TELLING = new Set(['told', 'informed', 'notified', 'warned', 'alerted', 'advised', 'tell', 'inform', 'notify', 'warn', 'alert', 'given', 'gave', 'give', 'notice']);
const PAYING = new Set(['paid', 'pay', 'paying', 'pays', 'payment', 'payments', 'handed', 'exchanged']);
/** Words after "warning" that make it a thing, not a warning given: "warning shots", "warning sirens". */
const WARNING_THINGS = new Set(['shot', 'shots', 'siren', 'sirens', 'signs', 'sign', 'lights', 'light', 'system', 'systems', 'label', 'labels']);
/** Fire that is shelling or bombing, not exchanged: "came under artillery fire". */
const HEAVY_ARMS = new Set(['artillery', 'mortar', 'rocket', 'missile', 'tank', 'shell', 'naval', 'air', 'drone']);
/** Those who come under fire and answer it. */
const FORCES = new Set(['troops', 'soldiers', 'forces', 'force', 'patrol', 'patrols', 'unit', 'units', 'police', 'officers', 'convoy', 'army',
  'we', 'they', 'men', 'personnel', 'team', 'squad', 'column', 'fighters', 'agents', 'guards', 'marines', 'battalion', 'company', 'platoon']);

/** Words before a happening that make it a supposition: "if there had been an intelligence failure". */
const SUPPOSING = new Set(['if', 'whether', 'unless', 'suppose', 'supposing']);

/** A word of the set within `reach` words either side of [i, end]. */
function beside(tokens: Token[], i: number, end: number, first: number, last: number, words: Set<string>, reach: number): boolean {
  for (let k = Math.max(first, i - reach); k <= Math.min(last, end + reach); k += 1) if ((k < i || k > end) && words.has(tokens[k].lower)) return true;
  return false;
}

/** A negation before i across a verb and its particles: "were not caught in crossfire", "did not come under fire". */
function negatedAcross(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    if (['not', "n't", 'never', 'no'].includes(tokens[k].lower)) return true;
    if (!['DET', 'ADJ', 'ADV', 'ADP', 'VERB', 'AUX', 'PART'].includes(tokens[k].pos)) return false;
  }
  return false;
}

const FIRE: Happening[] = [
  { words: [['exchange', 'exchanges'], ['of'], ['fire', 'gunfire']], subject: 'exchange of fire' },
  { words: [['exchanged', 'exchanging', 'exchange', 'returned', 'returning', 'return'], ['fire', 'gunfire']], subject: 'exchange of fire' },
  { words: [['came', 'come', 'coming', 'comes'], ['under'], ['*'], ['fire', 'gunfire']], subject: 'exchange of fire' },
  { words: [['fired', 'shot'], ['first']], subject: 'exchange of fire' },
  { words: [['opened'], ['fire'], ['first']], subject: 'exchange of fire' },
  { words: [['firefight', 'firefights', 'gunfight', 'gunfights', 'gunbattle', 'shootout', 'crossfire']], subject: 'exchange of fire' },
  { words: [['gun'], ['battle', 'battles']], subject: 'exchange of fire' },
  { words: [['fighting', 'clashes', 'clash', 'battle', 'firefight', 'gunfight']], subject: 'exchange of fire', deniedOnly: true },
];

const OTHERS: Happening[] = [
  { words: [['meeting', 'gathering', 'assembly'], ['of'], ['*'], ['commanders', 'commander', 'officers', 'command', 'militants', 'fighters', 'generals']], subject: 'meeting' },
  { words: [['meeting', 'gathering']], subject: 'meeting', deniedOnly: true },
  { words: [['warning', 'warnings', 'warned', 'forewarned']], subject: 'warning' },
  { words: [['in'], ['advance']], subject: 'prior notice', notified: true },
  { words: [['prior', 'advance'], ['notice', 'notification']], subject: 'prior notice' },
  { words: [['ransom', 'ransoms']], subject: 'ransom payment', paid: true },
  { words: [['sank', 'sunk', 'sinking', 'sink', 'sinks']], subject: 'sinking', vessel: true },
  { words: [['afloat']], subject: 'sinking', denies: true },
  { words: [['intelligence'], ['failure', 'failures', 'lapse', 'lapses']], subject: 'intelligence failure' },
  { words: [['failure', 'failures'], ['of'], ['intelligence']], subject: 'intelligence failure' },
  { words: [['secondary'], ['explosion', 'explosions', 'blast', 'blasts', 'detonations']], subject: 'secondary explosions' },
];

const HAPPENINGS = [...FIRE, ...OTHERS];

/** Words after a happening named that deny it: "the narrative of ransom payment is false". */
const FALSE_WORDS = new Set(['false', 'untrue', 'baseless', 'fabricated', 'fabrication', 'unfounded', 'groundless', 'lie']);
const BE = new Set(['is', 'was', 'are', 'were', "'s"]);

/** Where the words of a happening end when they begin at i, or -1. */
function matchAt(tokens: Token[], i: number, last: number, words: string[][]): number {
  let k = i;
  for (let w = 0; w < words.length; w += 1) {
    if (words[w][0] === '*') {
      // Up to three words of any kind ("came under 'intense fire'"), the next slot deciding where they stop.
      const next = words[w + 1];
      let skip = 0;
      while (skip < 3 && k + skip <= last && !next.includes(tokens[k + skip].lower)) skip += 1;
      k += skip;
      continue;
    }
    if (k > last || !words[w].includes(tokens[k].lower)) return -1;
    k += 1;
  }
  return k - 1;
}

/** A copula right after the happening and a word that calls it untrue ("the narrative of ransom payment is false", "is a lie"). */
function calledFalse(tokens: Token[], end: number, last: number): boolean {
  let be = end + 1;
  while (be <= last && be <= end + 2 && tokens[be].pos === 'NOUN') be += 1;
  if (!BE.has(tokens[be]?.lower ?? '')) return false;
  for (let k = be + 1; k <= last && k <= be + 3; k += 1) if (FALSE_WORDS.has(tokens[k].lower) && (tokens[k].lower !== 'lie' || tokens[k - 1].lower === 'a')) return true;
  return false;
}

/** The happenings a statement says took place or not, each once (the first reading of a subject stands). */
export function occurrences(tokens: Token[], [first, last]: Span, denied: boolean): ReadFacet[] {
  const out: ReadFacet[] = [];
  const seen = new Set<string>();
  for (let i = first; i <= last; i += 1) {
    for (const h of HAPPENINGS) {
      if (seen.has(h.subject)) continue;
      const end = matchAt(tokens, i, last, h.words);
      if (end < 0) continue;
      if (h.notified && !beside(tokens, i, end, first, last, TELLING, 6)) continue;
      if (h.paid && (!beside(tokens, i, end, first, last, PAYING, 4) || beside(tokens, i, i, first, i, DEMANDING, 4))) continue;
      if (h.vessel && !beside(tokens, i, end, first, last, VESSELS, 6)) continue;
      if (tokens[i + 1]?.lower === 'under' && (['for', 'over'].includes(tokens[end + 1]?.lower ?? '') || (tokens[end + 1]?.lower === 'from' && beside(tokens, end + 1, end + 1, end + 1, Math.min(last, end + 4), CRITICS, 3)))) continue;
      if (h.subject === 'warning' && (WARNING_THINGS.has(tokens[end + 1]?.lower ?? '') || tokens[end + 1]?.lower === 'that')) continue;
      if (beside(tokens, i, i, first, i, SUPPOSING, 5)) continue;
      // "the town came under heavy artillery fire": shelling, not fire exchanged; only a force comes under fire and answers it.
      if (tokens[i + 1]?.lower === 'under' && (beside(tokens, i, end, i, end, HEAVY_ARMS, 0) || !beside(tokens, i, i, first, i, FORCES, 5))) continue;
      // "no fighting going on in Goma": whether fighting goes on is the situation's.
      if (h.deniedOnly && ['going', 'ongoing', 'continuing', 'anymore'].includes(tokens[end + 1]?.lower ?? '')) continue;
      // "there was no fighting": a common word counts only right after its denial.
      const near = negatedBefore(tokens, i, first) || deniedOutright(tokens, i, first) || (i - 1 >= first && ['no', 'not', 'never', 'without'].includes(tokens[i - 1].lower));
      // "The Front denied that any fighting took place": the statement's own denial counts too.
      if (h.deniedOnly && !denied && !(near && tokens[i - 1]?.lower !== 'without')) continue;
      const negated = h.denies || near || negatedAcross(tokens, i, first) || noneOf(tokens, i, first) || calledFalse(tokens, end, last);
      seen.add(h.subject);
      out.push({ attribute: 'occurred', subject: h.subject, value: true, polarity: polarityOf(denied, negated), span: [i, end] });
    }
  }
  return out;
}
