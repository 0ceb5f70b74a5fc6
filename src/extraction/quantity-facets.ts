import { readQuantity } from '../claims/quantity';
import { Token } from './analyse';
import { Span } from './attribution';

/** A facet read from the statement's words, with the words it came from. */
export interface ReadFacet {
  attribute: string;
  subject?: string | null;
  value: string | string[] | boolean;
  polarity: 'asserted' | 'denied';
  exclusive?: boolean;
  span: Span;
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'thousand', 'million', 'dozen',
]);
const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'tens', 'numerous']);
/** Qualifiers as the quantity table reads them (src/claims/quantity.ts), longest first. */
const QUALIFIERS = [
  ['as', 'many', 'as'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['no', 'more', 'than'], ['in', 'excess', 'of'], ['a', 'maximum', 'of'], ['a', 'minimum', 'of'],
  ['at', 'least'], ['more', 'than'], ['upwards', 'of'], ['up', 'to'], ['fewer', 'than'], ['less', 'than'], ['at', 'most'], ['an', 'estimated'],
  ['about'], ['around'], ['approximately'], ['nearly'], ['some'], ['roughly'], ['almost'], ['estimated'], ['over'], ['under'], ['between'], ['a'], ['at'],
];

const FATAL = new Set(['kill', 'killed', 'killing', 'dead', 'die', 'died', 'death', 'deaths', 'fatality', 'fatalities', 'body', 'bodies', 'execute', 'executed', 'slay', 'slain', 'massacre', 'massacred', 'neutralise', 'neutralize', 'neutralised', 'neutralized', 'perish', 'toll', 'murder', 'murdered', 'behead', 'eliminate', 'eliminated']);
const INJURED = new Set(['wound', 'wounded', 'injure', 'injured', 'injury', 'injuries', 'hurt', 'wounding', 'injuring']);
const CAPTURED = new Set(['capture', 'captured', 'arrest', 'arrested', 'detain', 'detained', 'abduct', 'abducted', 'kidnap', 'kidnapped', 'prisoner', 'prisoners', 'captive', 'captives', 'hostage', 'hostages', 'detainee', 'detainees', 'seize']);
const DESTROYED = new Set(['destroy', 'destroyed', 'destruction', 'burn', 'burned', 'burnt', 'down', 'downed', 'raze', 'razed', 'demolish', 'demolished', 'flatten', 'flattened']);
const CIVILIANS = new Set(['civilian', 'civilians', 'villager', 'villagers', 'resident', 'residents', 'children', 'women', 'worshippers', 'passengers', 'patients', 'students', 'farmers', 'pilgrims']);
const COMBATANTS = new Set(['soldier', 'soldiers', 'troops', 'serviceman', 'servicemen', 'fighter', 'fighters', 'militant', 'militants', 'terrorist', 'terrorists', 'attacker', 'attackers', 'assailant', 'assailants', 'jihadist', 'jihadists', 'insurgent', 'insurgents', 'gunmen', 'gunman', 'rebel', 'rebels', 'combatant', 'combatants', 'gendarme', 'gendarmes', 'policemen', 'peacekeepers', 'paramilitaries', 'militiamen', 'mercenaries', 'members', 'officers', 'personnel', 'commandos', 'recruits', 'conscripts']);
const FREED = new Set(['rescue', 'free', 'release', 'recover', 'return', 'exchange', 'swap', 'liberate', 'rescued', 'freed', 'released', 'recovered', 'returned', 'exchanged', 'swapped', 'liberated']);
const STOP = new Set([';', ':', '(', ')']);
/** A count inside a count given elsewhere: "including five children", "among them", "the dead included". */
const PART_OF = new Set(['including', 'included', 'include', 'includes', 'among', 'excluding', 'besides']);
/** Verbs of handling, not of harm: a number they take is a partial count ("treated 57 wounded", "counted dozens of bodies"). */
const HANDLED = new Set(['count', 'treat', 'receive', 'admit', 'carry', 'bring', 'transport', 'take', 'bury', 'evacuate', 'recover', 'collect', 'see', 'identify', 'hospitalise', 'hospitalize', 'ferry']);
const KIN_OWNERS = new Set(['my', 'his', 'her', 'our', 'their', 'your']);
const PLACE_LINKS = new Set(['from', 'in', 'at', 'on', 'near', 'inside', 'across', 'into']);
const CAPTIVES: Record<string, string> = { hostage: 'hostages', hostages: 'hostages', captive: 'captives', captives: 'captives', prisoner: 'prisoners', prisoners: 'prisoners' };
const LYING = new Set(['lie', 'lying', 'remain', 'still', 'under', 'bury', 'buried', 'pile', 'scatter', 'scattered']);
/** People are never "destroyed": a number of them with a destruction word nearby counts something else. */
const PEOPLE = new Set(['people', 'persons', 'person', 'residents', 'civilians', 'inhabitants', 'families', 'children', 'men', 'women', 'households']);
/** How far from its number a quantity's noun and verb may stand. */
const WINDOW = 7;

function isNumber(t: Token): boolean {
  return /^\d/.test(t.text) || NUMBER_WORDS.has(t.lower) || VAGUE.has(t.lower);
}

function kindOfWord(t: Token): 'fatal' | 'injured' | 'captured' | 'destroyed' | null {
  const w = t.lower;
  const l = t.lemma;
  if (FATAL.has(w) || FATAL.has(l)) return 'fatal';
  if (INJURED.has(w) || INJURED.has(l)) return 'injured';
  if (CAPTURED.has(w) || CAPTURED.has(l)) return 'captured';
  if (DESTROYED.has(w) || DESTROYED.has(l)) return 'destroyed';
  return null;
}

/** The words of a number starting at i: "1,200", "two hundred and fifty", "100 to 300", "a dozen". */
function numberRun(tokens: Token[], i: number, last: number): number {
  let end = i;
  while (end + 1 <= last) {
    const next = tokens[end + 1];
    if (isNumber(next) && !VAGUE.has(next.lower)) end += 1;
    else if ((next.lower === 'and' || next.lower === 'to' || next.lower === 'or' || next.text === '-' || next.text === '–') && end + 2 <= last && isNumber(tokens[end + 2]) && !VAGUE.has(tokens[end + 2].lower)) end += 2;
    else break;
  }
  return end;
}

function qualifierBefore(tokens: Token[], i: number, first: number): number {
  for (const q of QUALIFIERS) {
    const at = i - q.length;
    if (at < first) continue;
    let same = true;
    for (let k = 0; k < q.length && same; k += 1) same = tokens[at + k].lower === q[k];
    if (same && !(q[0] === 'a' && q.length === 1 && tokens[i].lower !== 'dozen' && tokens[i].lower !== 'hundred')) return at;
  }
  return i;
}

/**
 * Quantities in a statement, each with what it counts: the verb or noun next to it says the attribute
 * (killed, wounded, captured, destroyed), the noun it counts says whose (civilians, soldiers). One pass
 * over the tokens, each number looking at most WINDOW tokens either side.
 */
export function quantityFacets(tokens: Token[], [first, last]: Span, text: string, denied: boolean): ReadFacet[] {
  const facets: ReadFacet[] = [];
  const polarity = denied ? 'denied' : 'asserted';
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    // "no hostage was harmed" reads none; "no more than 100" is a qualifier of the number after it.
    const none = t.lower === 'no' && i + 1 <= last && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'ADJ') && !['more', 'fewer', 'less'].includes(tokens[i + 1].lower);
    if (!isNumber(t) && !none) continue;
    if (tokens[i + 1]?.lower === 'percent' || tokens[i + 1]?.text === '%' || /^(19|20)\d\d$/.test(t.text) && !/^\d{1,3},/.test(t.text)) continue;
    const end = none ? i : numberRun(tokens, i, last);
    const start = none ? i : qualifierBefore(tokens, i, first);
    // "seven of them children" is a part of a count given before; "tens of thousands" no table reads.
    const after = tokens[end + 1]?.lower;
    if (after === 'of' && ['them', 'those', 'whom', 'thousands', 'hundreds', 'millions'].includes(tokens[end + 2]?.lower ?? '')) {
      i = end;
      continue;
    }
    // Ages are no counts: "pupils aged between seven and 14", "a 26-year-old", "Noa Argamani, 26,".
    const byName = start - 2 >= first && tokens[start - 1].text === ',' && tokens[start - 2].pos === 'PROPN' && [',', 'and', '.'].includes(tokens[end + 1]?.text ?? '.');
    if (byName || tokens[start - 1]?.lower === 'aged' || ['years', 'year', 'year-old', 'years-old'].includes(after ?? '')) {
      i = end;
      continue;
    }
    // "seven of the dead", "five of the wounded": a part of a toll given elsewhere.
    if (after === 'of' && ['the', 'those'].includes(tokens[end + 2]?.lower ?? '') && kindOfWord(tokens[end + 3] ?? t)) {
      i = end;
      continue;
    }
    // "rescued four hostages", "freed 20 prisoners": no one was captured by these words.
    let freed = false;
    let partial = false;
    for (let k = Math.max(first, start - 4); k < start; k += 1) {
      if (FREED.has(tokens[k].lemma)) freed = true;
      if (k >= start - 3 && (PART_OF.has(tokens[k].lower) || (HANDLED.has(tokens[k].lemma) && tokens[k].pos === 'VERB'))) partial = true;
    }
    // "my neighbour and his two sons were killed": a person's own relatives are a partial count, not a toll.
    if (start > first && KIN_OWNERS.has(tokens[start - 1].lower)) partial = true;
    if (partial) {
      i = end;
      continue;
    }
    // What it counts: the nouns after it ("civilian men", "military aircraft"), with "of" after vague words.
    let n = end + 1;
    if (tokens[n]?.lower === 'of' && n <= last) n += 1;
    // "three of the attackers": the group the number is taken from says whose.
    if (n > end + 1 && n < last && tokens[n].lower === 'the') n += 1;
    const nouns: Token[] = [];
    // "killed about 300 "militiamen"": the noun in quotation marks still says what is counted.
    if (n < last && /^["“”]$/.test(tokens[n].text)) n += 1;
    while (n <= last && nouns.length < 3 && (tokens[n].pos === 'NOUN' || tokens[n].pos === 'ADJ' || tokens[n].pos === 'PROPN') && !isNumber(tokens[n])) {
      nouns.push(tokens[n]);
      n += 1;
    }
    let kind: ReturnType<typeof kindOfWord> = null;
    // A verb right before the number governs it: "killed "more than 60 enemies" and wounded ..." counts the dead.
    let g = start - 1;
    while (g >= first && g >= start - 2 && /^["“”']$/.test(tokens[g].text)) g -= 1;
    if (g >= first && tokens[g].pos === 'VERB') kind = kindOfWord(tokens[g]);
    for (const noun of nouns) kind = kind ?? kindOfWord(noun);
    // A verb after: "were killed", "had been wounded", "dead and ..."
    for (let k = n; !kind && k <= Math.min(last, n + WINDOW); k += 1) {
      const w = tokens[k];
      if (isNumber(w) || STOP.has(w.text) || (w.text === ',' && k > n)) break;
      kind = kindOfWord(w);
    }
    // A verb before: "killing at least 12 soldiers", "the death toll rose to 30".
    for (let k = start - 1; !kind && k >= Math.max(first, start - 4); k -= 1) {
      const w = tokens[k];
      // "rescued four hostages alive from two apartment buildings": a place-phrase counts places, not the hostages.
      if (isNumber(w) || STOP.has(w.text) || w.text === ',' || PLACE_LINKS.has(w.lower)) break;
      kind = kindOfWord(w);
    }
    // "three captives had been killed", "no hostage had been harmed": the dead among the captives, as their own subject.
    const captive = nouns.find((w) => CAPTIVES[w.lower]);
    let ofCaptives: string | null = null;
    if (captive && kind === 'captured' && !(g >= first && tokens[g].pos === 'VERB' && kindOfWord(tokens[g]) === 'captured')) {
      for (let k = n; k <= Math.min(last, n + 4); k += 1) {
        if (kindOfWord(tokens[k]) === 'fatal' || tokens[k].lemma === 'harm' || tokens[k].lower === 'harmed') {
          kind = 'fatal';
          ofCaptives = CAPTIVES[captive.lower];
          break;
        }
      }
    }
    if (!kind || (freed && kind === 'captured')) continue;
    // "dozens of bodies were lying in the courtyard": bodies seen somewhere, not a toll.
    if (nouns.some((w) => w.lemma === 'body') && tokens.slice(n, Math.min(last, n + 4) + 1).some((w) => LYING.has(w.lemma) || LYING.has(w.lower))) continue;
    const written = none ? 'none' : text.slice(tokens[start].start, tokens[end].end).toLowerCase().replace(/\s+/g, ' ');
    // Said in the quantity table's words: "as many as 600" is a ceiling, "several dozen" is dozens.
    const value = written.replace(/^as many as /, 'up to ').replace(/^(several|a few) dozen$/, 'dozens');
    if (readQuantity(value) === null) continue;
    const counted = nouns.filter((w) => !kindOfWord(w)).map((w) => w.lower);
    let attribute = { fatal: 'fatalities', injured: 'injuries', captured: 'captured', destroyed: 'destroyed' }[kind];
    let subject: string | null = ofCaptives;
    if (kind === 'fatal' && counted.some((w) => CIVILIANS.has(w))) attribute = 'civilian_fatalities';
    else if (kind === 'fatal' && counted.some((w) => COMBATANTS.has(w))) attribute = 'combatant_fatalities';
    if (kind === 'destroyed') {
      if (!counted.length || counted.some((w) => PEOPLE.has(w))) continue;
      subject = counted.join(' ');
    }
    if (facets.some((f) => f.attribute === attribute && (f.subject ?? null) === subject)) continue;
    facets.push({ attribute, ...(subject !== null && { subject }), value, polarity, span: [start, Math.max(end, n - 1)] });
    i = end;
  }
  return facets;
}
