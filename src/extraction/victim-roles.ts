import { Token } from './analyse';
import { BE } from './lexicon';

/**
 * Groups named in a statement that are not its dead (victim-status.ts): civilians who did something else than die
 * ("residents fled", "the villagers buried the dead", "pupils were evacuated"), fighters named as the ones who acted
 * through a relative clause ("the militants who killed 12 villagers") or as those blamed ("an attack blamed on
 * militants"). Wire copy names such groups next to a toll, in the same clause, so nearness to a word of killing does
 * not make them the victims.
 */

/** "fighters dressed as civilians": a disguise, not who they were. */
const DISGUISE = new Set(['dressed', 'disguised', 'posing', 'posed', 'masquerading']);

/** Verbs a victim is the subject of: "civilians died", "villagers perished". */
const DYING = new Set(['die', 'perish', 'drown', 'succumb']);
/** Passives that say what befell the victims: "civilians were killed", "were shot", "were targeted". */
const HARMED = new Set([
  'kill', 'shoot', 'wound', 'injure', 'massacre', 'execute', 'slaughter', 'murder', 'behead', 'burn', 'bomb', 'shell', 'target', 'attack', 'hit',
  'strike', 'slay', 'gun', 'mow', 'butcher', 'maim', 'harm', 'neutralise', 'neutralize', 'eliminate', 'bury', 'find', 'recover', 'ambush', 'overrun',
  'storm', 'raid', 'lose', 'claim', 'identify', 'count',
]);
/** Words that tie those blamed to an attack: "blamed on militants", "attributed to jihadists", "claimed by insurgents". */
const BLAMED = new Set(['blamed', 'attributed', 'linked', 'claimed', 'carried', 'committed', 'perpetrated']);

/** The first word after i that is not an auxiliary, an adverb or a particle, within four words; whether a form of "be" was passed. */
function predicate(tokens: Token[], i: number, last: number): { at: number; passive: boolean } | null {
  let passive = false;
  for (let k = i + 1; k <= last && k <= i + 4; k += 1) {
    const t = tokens[k];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') {
      if (t.lemma === 'be') passive = true;
      continue;
    }
    return { at: k, passive };
  }
  return null;
}

/**
 * Civilians at i doing something else than dying: the subject of an active verb ("residents fled", "the villagers buried
 * the dead") or of a passive that harms no one ("pupils were evacuated", "civilians were trapped"). "Civilians died",
 * "civilians were killed" and "civilians fleeing the fighting were shot" (a participle before the verb) stay victims.
 */
export function civiliansActing(tokens: Token[], i: number, last: number): boolean {
  // "many of them African migrants held at the site": in an apposition the verb after the group is a participle describing it.
  // ("on Monday, villagers buried the dead": a comma after a time or a clause opens no apposition.)
  let b = i - 1;
  while (b >= 0 && ['ADJ', 'DET', 'PROPN', 'NUM'].includes(tokens[b].pos)) b -= 1;
  const apposition = tokens[b]?.text === ',' && ['NOUN', 'PROPN'].includes(tokens[b - 1]?.pos ?? '') && !/day$/i.test(tokens[b - 1]?.text ?? '') && !['attack', 'strike'].includes(tokens[b - 1]?.lower ?? '');
  if (b >= 0 && (['them', 'of'].includes(tokens[b].lower) || apposition)) return false;
  // "seven of the dead were pupils aged between seven and 14": after "be" the group is what the dead were.
  if (b >= 0 && (tokens[b].lemma === 'be' || (tokens[b].pos === 'ADV' && tokens[b - 1]?.lemma === 'be'))) return false;
  const p = predicate(tokens, i, last);
  if (!p) return false;
  const t = tokens[p.at];
  // "several workers were still missing", "residents were trapped": a state after "be" that is not death.
  if (p.passive && t.pos === 'ADJ') return t.lower !== 'dead';
  if (t.pos !== 'VERB' || DYING.has(t.lemma)) return false;
  // "civilians sheltering in the school were killed": a participle describes them; the verb after it says what befell them.
  if (!p.passive && t.lower.endsWith('ing')) return false;
  // "rescue workers were pulling bodies from the rubble": "be" with a verb in -ing is the progressive, an act.
  if (p.passive) return !HARMED.has(t.lemma);
  // "the villagers buried the dead": a verb with an object is an act.
  if (['DET', 'NUM', 'NOUN'].includes(tokens[p.at + 1]?.pos ?? '')) return true;
  // "civilians caught in the crossfire were killed": a participle describes them when harm in the passive follows in the
  // same clause (not after "and" or a comma: "residents fled and the gunmen were killed").
  for (let k = p.at + 1; k <= last && k <= p.at + 8; k += 1) {
    if ([',', ';', 'and', 'but', 'while', 'as', 'after', 'when'].includes(tokens[k].lower)) break;
    if (tokens[k].lemma === 'be' && HARMED.has(tokens[k + 1]?.lemma ?? '')) return false;
  }
  return !HARMED.has(t.lemma);
}

/** "the militants who killed 12 villagers", "the gunmen, who had stormed the hotel,": fighters named as those who acted. */
export function actedInRelative(tokens: Token[], i: number, last: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === ',') k += 1;
  if (!['who', 'that'].includes(tokens[k]?.lower ?? '') || k > last) return false;
  const p = predicate(tokens, k, last);
  return !!p && tokens[p.at].pos === 'VERB' && !p.passive;
}

/** "an attack blamed on militants", "attributed to jihadist fighters": the ones blamed, over the words that say which. */
export function blamedOn(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(0, first - 1) && k >= i - 5; k -= 1) {
    // "blamed the rebels for the killings", "accused the militants of": the ones blamed, who may stand before the statement's words.
    if (['blame', 'accuse'].includes(tokens[k].lemma) && tokens[k].pos === 'VERB') return true;
    if (k <= first) continue;
    if (['on', 'to', 'by'].includes(tokens[k].lower)) return BLAMED.has(tokens[k - 1].lower) || (tokens[k - 1].lower === 'out' && tokens[k - 2]?.lower === 'carried');
    if (!['DET', 'ADJ', 'PROPN', 'NOUN'].includes(tokens[k].pos) && tokens[k].text !== '-') return false;
  }
  return false;
}

/** "the attackers, suspected jihadists, killed 30 people": the comma closing an apposition the group is in or opens; else i. */
function appositionEnd(tokens: Token[], i: number, last: number): number {
  if (tokens[i + 1]?.text !== ',') return i;
  let opened = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
    if (tokens[k].text === ',') opened = true;
    if (opened || !['ADJ', 'DET', 'PROPN', 'VERB'].includes(tokens[k].pos)) break;
  }
  if (opened) return i + 1;
  // "the attackers, suspected jihadists, killed": the group opens an apposition of two to four words.
  for (let k = i + 3; k <= last && k <= i + 6; k += 1) if (tokens[k].text === ',') return k;
  return i;
}

/** "Jihadists killed scores", "the attackers had opened fire": fighters who act are the perpetrators, not the victims. */
export function acting(tokens: Token[], i: number, last: number): boolean {
  let passive = false;
  let perfect = false;
  let from = appositionEnd(tokens, i, last);
  // "soldiers and foreign fighters executing men": the verb after a group joined to this one is this one's too.
  if (['and', 'or'].includes(tokens[from + 1]?.lower ?? '')) {
    let j = from + 2;
    while (j <= last && j <= from + 5 && ['ADJ', 'NOUN', 'PROPN', 'DET'].includes(tokens[j].pos)) j += 1;
    if (j > from + 2) from = j - 1;
  }
  for (let k = from + 1; k <= last && k <= from + 4; k += 1) {
    const t = tokens[k];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') {
      if (BE.has(t.lower)) passive = true;
      if (t.lemma === 'have') perfect = true;
      continue;
    }
    // "insurgents were behind the attack", "troops are responsible for the killing": those blamed.
    if (passive && ['behind', 'responsible'].includes(t.lower)) return true;
    // "soldiers were accused of killing villagers", "troops were deployed": a passive that harms no one says something
    // else befell them than death.
    // "soldiers were feared killed", "were reported dead": a passive of report or belief before the harm is no act of theirs.
    const reported = HARMED.has(tokens[k + 1]?.lemma ?? '') || tokens[k + 1]?.lower === 'dead';
    if (passive && t.pos === 'VERB' && !t.lower.endsWith('ing') && !HARMED.has(t.lemma) && !DISGUISE.has(t.lower) && !reported) return true;
    // "its fighters had overrun the base": after "had" the tagger may read the participle as a noun.
    // "soldiers had shot them": before a pronoun or a number too.
    if (perfect && !passive && t.pos === 'NOUN' && ['DET', 'PRON', 'NUM'].includes(tokens[k + 1]?.pos ?? '')) return true;
    // "Militiamen armed with guns and machetes killed ...": the group is armed, so it acts.
    if (t.lower === 'armed' && !passive) return true;
    // "fighters shot residents": the tagger may read "shot" right after the men as a noun.
    if (t.lower === 'shot' && k === i + 1) return true;
    if (DISGUISE.has(t.lower)) return false;
    return t.pos === 'VERB' && (!passive || t.lower.endsWith('ing'));
  }
  return false;
}

/** "carried out by soldiers", "killed by RSF fighters": the agent of a passive acted, whatever it did. */
export function agent(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    if (tokens[k].lower === 'by') return true;
    // "run by Yemen's Houthi rebels": over a possessive too.
    if (!['DET', 'ADJ', 'PROPN', 'NUM', 'NOUN'].includes(tokens[k].pos) && !["'s", '’s'].includes(tokens[k].lower)) return false;
  }
  return false;
}

/** Nouns and verbs of care for a group: "the protection of civilians", "urged to protect civilians", "evacuated the villagers". */
const CARE = new Set([
  'protection', 'safety', 'security', 'evacuation', 'plight', 'needs', 'welfare', 'protect', 'protecting', 'evacuate', 'evacuated', 'evacuating',
  'spare', 'spared', 'shield', 'rescue', 'rescued', 'warn', 'warned', 'help', 'helped', 'avoid', 'avoiding', 'respect', 'respecting',
]);
/** What care is for, between its word and the group: "respect the lives of civilians". */
const CARED = new Set(['lives', 'life', 'rights']);

/** "called for the protection of civilians", "evacuated the villagers": a group cared for, not the dead, within four words. */
export function caredFor(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k -= 1) {
    if (CARE.has(tokens[k].lower)) return true;
    if (!['DET', 'ADJ', 'ADP'].includes(tokens[k].pos) && !CARED.has(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * "no civilians were harmed", "not a single civilian was hurt": the verb after a group says none of it was harmed. "No
 * civilian was killed" is a toll of none, and "not a single civilian was targeted" says the victims were the others.
 */
export function harmedAfter(tokens: Token[], i: number, last: number): boolean {
  const p = predicate(tokens, i, last);
  return !!p && p.passive && ['harm', 'hurt'].includes(tokens[p.at].lemma);
}

/** Words after a killing that make it a campaign's: "since 2012", "this year", "in recent years", "over the past decade". */
const SPANS = new Set(['since', 'decade', 'decades', 'years']);

/**
 * "the jihadists have killed thousands of civilians since 2012": a killing in the present perfect over a span of time is
 * the toll of a campaign or of the whole war, which says nothing of who died in this attack.
 */
export function campaignKilling(tokens: Token[], i: number, last: number): boolean {
  if (!['has', 'have', "'ve"].includes(tokens[i - 1]?.lower ?? '') && !['has', 'have'].includes(tokens[i - 2]?.lower ?? '')) return false;
  for (let k = i + 1; k <= last && k <= i + 8; k += 1) {
    if (tokens[k].text === '.' || tokens[k].text === ';') return false;
    if (SPANS.has(tokens[k].lower) || (tokens[k].lower === 'year' && ['this', 'past', 'last'].includes(tokens[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * Fighters counted among the dead say who the victims were: "Six terrorists were neutralised" is a toll of combatants and
 * victim_status combatants, "killed 40 soldiers and five civilians" mixed (the held-out corpus's convention). Only when no
 * status was read, and not for a count of none ("none of the dead were fighters").
 */
export function statusOfCounted<F extends { attribute: string; value: unknown; polarity: string; span: [number, number] }>(read: F[]): F[] {
  if (read.some((f) => f.attribute === 'victim_status')) return read;
  const counted = (attribute: string) => read.find((f) => f.attribute === attribute && f.polarity === 'asserted' && !NONE.has(String(f.value).toLowerCase()));
  const fighters = counted('combatant_fatalities');
  if (!fighters) return read;
  const value = counted('civilian_fatalities') ? 'mixed' : 'combatants';
  return [...read, { ...fighters, attribute: 'victim_status', value, subject: undefined }];
}
const NONE = new Set(['none', 'no', 'zero', '0', 'not one', 'no one']);

/** 'accused the "militias of the junta" of slaughtering ...': the ones accused, up to the "of" before the act, are who acted. */
export function accusedOf(tokens: Token[], i: number, first: number, last: number): boolean {
  let k = i - 1;
  while (k >= first && k >= i - 6 && tokens[k].lemma !== 'accuse' && (['DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT'].includes(tokens[k].pos) || tokens[k].lower === 'of')) k -= 1;
  // The statement of "accused" opens with the accused: the verb stands right before it.
  if (k < first - 1 || tokens[k]?.lemma !== 'accuse') return false;
  for (let j = i + 1; j <= last && j <= i + 6; j += 1) if (tokens[j].lower === 'of' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.lower.endsWith('ing'))) return true;
  return false;
}
