import { isVagueQuantity } from '../claims/quantity';
import { gluedHyphen, Token } from './analyse';
import { Span } from './attribution';
import { broughtTo, forecast, negatedAfter, numberAt, stillInCare } from './quantity-numbers';
import { elsewhere, othersFigure } from './quantity-scope';
import {
  amongAfter, ATTACKERS, combined, countedAt, listVerb, fatalAttribute, handledAfter, has, JOINS, kindAfter, kindBefore, sideOf,
} from './quantity-kinds';
import { armedGroup, groupOf, placeOf, Read, withPlaces } from './quantity-subjects';
import { withGroupsApart } from './quantity-groups';
import { GROUP_HEADS } from './mentions';
import { withPartsNamed } from './quantity-parts';
import { withListedGroups } from './quantity-lists';
import {
  CAPTIVES, CIVILIANS, COMBATANTS, FREED, HANDLED, HOLDING, INCREMENTS, isNumber, isPerson, Kind, KIN_OWNERS, LIFE_LOST, kindAt, kindOfWord, LYING, PART_OF,
  PLACE_LINKS, STILL, STRIKING, TAKEN_THINGS,
} from './quantity-words';

/** A facet read from the statement's words, with the words it came from. */
export interface ReadFacet {
  attribute: string;
  subject?: string | null;
  value: string | string[] | boolean;
  polarity: 'asserted' | 'denied';
  exclusive?: boolean;
  span: Span;
}


/**
 * Quantities in a statement, each with what it counts: the verb or noun next to it says the attribute
 * (killed, wounded, captured, destroyed), the noun it counts says whose (civilians, soldiers), a
 * distinct group or place its subject. One pass over the tokens, each number looking a bounded number
 * of tokens either side.
 */
const TIMES = new Set(['overnight', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'weekend']);
/** What is shot out of the sky when intercepted. */
const AIRBORNE = new Set(['missile', 'drone', 'rocket', 'projectile', 'shell', 'aircraft', 'plane', 'jet', 'helicopter', 'shahed', 'uav', 'bomb', 'warhead', 'munition']);
/** Nouns of a killing as an event: "no massacre" denies it happened, it counts no dead. */
const EVENT_NOUNS = new Set(['massacre', 'massacres', 'killing', 'killings', 'slaughter', 'bloodbath', 'execution', 'executions']);
/** Places counted beside the dead ("two morgues", "three sites") and homes ("one family"): the number is theirs, not the people's. */
const COUNTED_PLACES = new Set([
  'morgue', 'mortuary', 'hospital', 'site', 'location', 'village', 'town', 'district', 'cemetery', 'neighbourhood', 'province', 'region',
  'locality', 'clinic', 'family', 'household',
]);

/** Words saying captives got away or are gone: "had escaped", "broke out", "remain unaccounted for", "are home". */
const AWAY = new Set(['escape', 'flee', 'abscond', 'unaccounted', 'missing', 'home', 'free', 'large', 'out']);

/** Whether the words after the captives counted say they got away, within six words. */
function gotAway(tokens: Token[], n: number, last: number): boolean {
  for (let k = n; k <= Math.min(last, n + 6); k += 1) if (AWAY.has(tokens[k].lemma) || AWAY.has(tokens[k].lower)) return true;
  return false;
}

/** Verbs of a harm meant, tried or threatened, not done: "had meant to kill at least 5,000 people". */
const INTENT = new Set(['mean', 'intend', 'want', 'aim', 'try', 'plan', 'threaten', 'seek', 'attempt', 'hope', 'vow', 'wish', 'plot']);

/** The verb governing a count is a harm not done: "meant to kill 5,000", "tried to kill", "could have killed hundreds". */
function unrealised(tokens: Token[], g: number): boolean {
  if (tokens[g - 1]?.lower === 'to') return INTENT.has(tokens[g - 2]?.lemma ?? '') || INTENT.has(tokens[g - 2]?.lower ?? '');
  return tokens[g - 1]?.lower === 'have' && ['would', 'could'].includes(tokens[g - 2]?.lower ?? '');
}

export function quantityFacets(tokens: Token[], [first, last]: Span, text: string, denied: boolean, armedParty: (words: string) => string | null = () => null): ReadFacet[] {
  const reads: Read[] = [];
  const polarity = denied ? 'denied' : 'asserted';
  let previous: { kind: Kind; end: number } | null = null;
  // Where the last partial count ended: "carried 20 bodies and about 70 wounded" are both a part.
  let partialEnd = -1;
  for (let i = first; i <= last; i += 1) {
    const number = numberAt(tokens, i, first, last, text);
    if (!number) continue;
    const { start, end, value, none } = number;
    i = Math.max(i, end);
    if (!value) continue;
    // "rescued four hostages", "freed 20 prisoners": no one was captured by these words.
    let freed = false;
    let partial = false;
    let taken = false;
    let countVerb = false;
    let recovering = false;
    for (let k = Math.max(first, start - 4); k < start; k += 1) {
      if (FREED.has(tokens[k].lemma)) freed = true;
      // "three aid workers were among 20 people killed": after "were among" the number is the whole.
      const whole = tokens[k].lower === 'among' && tokens[k - 1]?.lemma === 'be';
      if (PART_OF.has(tokens[k].lower) && !whole && (k >= start - 3 || tokens[k].lower === 'among')) partial = true;
      if (k >= start - 3 && HANDLED.has(tokens[k].lemma) && tokens[k].pos === 'VERB') {
        if (tokens[k].lemma === 'take') taken = true;
        else if (tokens[k].lemma === 'count') countVerb = true;
        else if (tokens[k].lemma === 'recover') recovering = true;
        else partial = true;
      }
    }
    // "my neighbour and his two sons were killed": a person's own relatives are a partial count, not a toll.
    if (start > first && KIN_OWNERS.has(tokens[start - 1].lower)) partial = true;
    // What it counts: the nouns after it ("civilian men", "military aircraft"), with "of (the)" after vague words.
    let n = number.nounsFrom;
    // "none of our soldiers", "not one of their rifles": what is counted stands after the owner.
    if (none && tokens[n - 1]?.lower === 'of' && KIN_OWNERS.has(tokens[n]?.lower ?? '')) n += 1;
    // "killed about 300 "militiamen"": the noun in quotation marks still says what is counted.
    if (n < last && /^["“”]$/.test(tokens[n].text)) n += 1;
    const nounsAt = n;
    const nouns: Token[] = [];
    // A participle before a noun describes it: "19 captured soldiers", "45 displaced people".
    // "400 mobilised Russian soldiers": before an adjective of the noun too.
    const described = (t: Token) => t.pos === 'VERB' && t.lower.endsWith('ed') && (tokens[n + 1]?.pos === 'NOUN' || (!nouns.length && ['ADJ', 'PROPN'].includes(tokens[n + 1]?.pos ?? '')));
    while (n <= last && nouns.length < 3 && (['NOUN', 'ADJ', 'PROPN'].includes(tokens[n].pos) || described(tokens[n])) && !isNumber(tokens[n])) {
      nouns.push(tokens[n]);
      n += 1;
      // "al-Shabab gunmen": a hyphen inside a name.
      if (n + 1 <= last && gluedHyphen(tokens, n)) n += 1;
    }
    // "recovered 40 bodies" gives the toll so far; "recovered 20 wounded" were carried, a part.
    const dead = nouns.some((w) => w.lemma === 'body' || w.lemma === 'corpse' || w.lower === 'remains');
    if (recovering && !dead) partial = true;
    // "100 migrants were among the dead": a part of a toll given elsewhere (but see below).
    const among = amongAfter(tokens, n, last);
    // A count joined to a partial one, without a verb of its own ("and 12 people died"), is a part too.
    if (partialEnd >= 0 && partialEnd >= start - 3 && start - 1 >= first && JOINS.has(tokens[start - 1].lower)
      && tokens[n]?.pos !== 'AUX' && !(tokens[n]?.pos === 'VERB' && (nouns.length || tokens[n].lemma === 'die'))) partial = true;
    if (partial) {
      partialEnd = n - 1;
      continue;
    }
    // "its fighters ... and none of them had been killed": whose, from the group named before in the statement.
    // The nearest people named decide: "rounded up men ... and executed 20 of them" counts the men, not the soldiers before.
    if (!nouns.length && tokens[nounsAt - 1]?.lower === 'them' && tokens[nounsAt - 2]?.lower === 'of') {
      for (let k = start - 1; k >= Math.max(first, start - 20); k -= 1) {
        if (!isPerson(tokens[k]) || tokens[k].pos !== 'NOUN') continue;
        if (has(COMBATANTS, tokens[k]) || has(CIVILIANS, tokens[k])) nouns.push(tokens[k]);
        break;
      }
    }
    // "relatives who had lost between three and nine family members each": a count per person, no total.
    if (tokens[n]?.lower === 'each') continue;
    // "counted dozens of bodies along the trench" is one place's count; "we have counted more than 120 dead" the toll.
    if (countVerb && countedAt(tokens, n, last)) continue;
    let kind: Kind | null = number.classOfDead ? 'fatal' : null;
    // A verb right before the number governs it: "killed "more than 60 enemies" and wounded ..." counts the dead.
    let g = start - 1;
    // "executed all 214 hostages", "killed the 12 passengers", "lost only four men": over a determiner or "only" too.
    while (g >= first && g >= start - 2 && (/^["“”']$/.test(tokens[g].text) || ['all', 'the', 'only', 'just'].includes(tokens[g].lower))) g -= 1;
    // The tagger may take a participle after "had" for a noun ("had abducted 42 people").
    const verb = g >= first && (tokens[g].pos === 'VERB' || (g > first && tokens[g - 1].pos === 'AUX' && tokens[g].lower.endsWith('ed')));
    if (verb && unrealised(tokens, g)) continue;
    if (verb) kind = kindAt(tokens, g, first);
    const governed = kind;
    // "rescued 25 of the children", "freed 20 prisoners": those saved, no count of harm; "recovered 40 bodies" is the dead.
    if (verb && FREED.has(tokens[g].lemma) && !dead) continue;
    // "killed the terrorists, six of them": the nouns and verb before the comma.
    if (number.appositive) {
      let k = start - 2;
      while (k >= first && k > start - 5 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k].pos)) nouns.unshift(tokens[k--]);
      kind = kindBefore(tokens, k + 1, first, true);
    }
    // "the army had lost 71 men": people lost are the dead.
    if (!kind && g >= first && tokens[g].lemma === 'lose' && nouns.some(isPerson)) kind = 'fatal';
    for (const noun of nouns) kind = kind ?? kindOfWord(noun);
    // "claimed 27 lives", "cost 12 lives".
    if (!kind && verb && LIFE_LOST.has(tokens[g].lemma) && nouns.some((w) => w.lower === 'lives')) kind = 'fatal';
    // "14 bodies had been brought to the hospital", "37 wounded were admitted": those handled somewhere, a part.
    if (kind && !governed && handledAfter(tokens, n, last)) continue;
    kind = kind ?? kindAfter(tokens, n, first, last);
    // "destroyed three tanks and two armoured vehicles", "10 in Kherson and four in Zaporizhzhia": a number
    // joined to the one before counts the same.
    const joined = previous && start - 1 >= first && JOINS.has(tokens[start - 1].lower)
      && (previous.end >= start - 3 || (!nouns.length && previous.end >= start - 12 && PLACE_LINKS.has(tokens[n]?.lower ?? '')));
    // A number with a verb of its own ("and 31 were missing") takes its kind from that clause only.
    const ownVerb = tokens[n]?.pos === 'AUX' || (tokens[n]?.pos === 'VERB' && !nouns.length);
    if (!kind && joined && !ownVerb) kind = previous!.kind;
    const counted = nouns.filter((w) => !kindOfWord(w));
    // "the bodies of 17 people were found", "the deaths of 30 people": the head noun before "of".
    if (!kind && tokens[start - 1]?.lower === 'of' && tokens[start - 2]?.pos === 'NOUN') kind = kindOfWord(tokens[start - 2]);
    // "killed a senior commander and several of his aides": the verb before the first object of a list.
    if (!kind && !ownVerb && tokens[start - 1]?.lower === 'and') kind = listVerb(tokens, start - 2, first);
    if (!ownVerb) kind = kind ?? kindBefore(tokens, start, first, counted.every(isPerson));
    // "several of them had since died": a part of a group counted before; "twenty of them were arrested" is all arrested.
    if (number.ofWhole && kind !== 'captured') continue;
    // "three captives had been killed", "no hostage had been harmed": the dead among the captives.
    const captive = nouns.find((w) => CAPTIVES[w.lower]);
    if (captive && kind === 'captured' && governed !== 'captured') {
      if (kindAfter(tokens, n, first, last) === 'fatal') kind = 'fatal';
      for (let k = n; k <= Math.min(last, n + 4) && kind !== 'fatal'; k += 1) {
        if (kindOfWord(tokens[k]) === 'fatal' || tokens[k].lemma === 'harm' || tokens[k].lower === 'harmed') {
          kind = 'fatal';
          break;
        }
      }
    }
    if (!kind || (freed && kind === 'captured')) continue;
    // Casualties are the killed and the wounded (the AP and Reuters style books): "45 casualties" counts both, like
    // "killed or wounded", and gives no facet; "no casualties" still says no one was killed.
    if (!none && nouns.some((w) => w.lemma === 'casualty' || w.lower === 'casualties')) continue;
    // "There was no massacre": the event denied, not a count of no dead.
    if (none && nouns.length && EVENT_NOUNS.has(nouns[0].lower)) continue;
    // "had no part in the killings", "found no sign of the bodies": "no" denies the thing it stands before, and a
    // count of none of the harmed needs them right after it ("no civilians", "no casualties", "no hostage").
    if (none && nouns.length && kind !== 'destroyed' && !nouns.some((w) => isPerson(w) || kindOfWord(w))) continue;
    // "there were no fighters on the bus", "there is no hostage left": who was there, not who was harmed.
    const there = tokens[start - 1]?.lemma === 'be' && tokens[start - 2]?.lower === 'there';
    if (none && there && !nouns.some((w) => kindOfWord(w)) && !tokens.slice(n, Math.min(last, n + 2) + 1).some((w) => kindOfWord(w))) continue;
    if (none && there && kind === 'captured' && (STILL.has(tokens[n]?.lower ?? '') || tokens[n]?.lower === 'left')) continue;
    // "three air strikes killed 20 people", "not one of our rifles killed anyone": the strikes or the arms counted.
    if (kind !== 'destroyed' && nouns.length && has(STRIKING, nouns[nouns.length - 1]) && !nouns.some(isPerson)) continue;
    // "counted the bodies at two morgues", "dead at the two sites": the number counts places, not people.
    if ((kind === 'fatal' || kind === 'injured') && counted.length && COUNTED_PLACES.has(counted[counted.length - 1].lemma)) continue;
    // "the prison held about 2,000 detainees": people held, not taken.
    // "held 40 passengers hostage" is a capture.
    const heldAs = nouns.length > 1 && CAPTIVES[nouns[nouns.length - 1].lower];
    if (kind === 'captured' && !governed && !heldAs && g >= first && tokens[g].pos === 'VERB' && HOLDING.has(tokens[g].lemma)) continue;
    // "about 30 detainees had escaped", "43 detainees remain unaccounted for": captives who got away are no capture.
    if (captive && kind === 'captured' && !governed && !taken && !heldAs && gotAway(tokens, n, last)) continue;
    // "took 57 wounded to hospital" is a part; "took 12 hostages", "took 30 soldiers prisoner" are captures.
    if (taken && kind !== 'captured') {
      partialEnd = n - 1;
      continue;
    }
    // "counted more than 300 bodies in a single mass grave": the dead of one place, a part.
    if (nouns.some((w) => w.lemma === 'body') && tokens.slice(n, Math.min(last, n + 6) + 1).some((w) => w.lower === 'single')) continue;
    // "dozens of bodies were lying in the courtyard": bodies seen somewhere, not a toll.
    // "120 bodies were buried in Karma" are the dead buried (a toll), not bodies lying under the rubble.
    // Only a figure: "many bodies had been buried where they fell" counts none.
    const buried = !isVagueQuantity(value) && tokens.slice(n, Math.min(last, n + 3) + 1).some((w, k) => w.lemma === 'bury' && kindAt(tokens, n + k, first) === 'fatal');
    if (!buried && nouns.some((w) => w.lemma === 'body') && tokens.slice(n, Math.min(last, n + 4) + 1).some((w) => has(LYING, w))) continue;
    // "the government's figure of about 60 dead": another party's figure, quoted, not the speaker's.
    if (othersFigure(tokens, start, first)) continue;
    // "filed murder charges against four suspects": those a charge or an act is against, not the dead or the hurt.
    if (!governed && tokens[start - 1]?.lower === 'against' && (kind === 'fatal' || kind === 'injured')) continue;
    if (kind === 'injured' && stillInCare(tokens, n, last)) continue;
    if (!governed && negatedAfter(tokens, n, last)) continue;
    if (kind !== 'captured' && combined(tokens, Math.max(first, start - 4), Math.min(last, n + 6))) continue;
    if (elsewhere(tokens, start, end, first, last) || forecast(tokens, start, first)) continue;
    // "destroyed up to 200 Ukrainian servicemen": a military communiqué's word for killing.
    if (kind === 'destroyed' && governed === 'destroyed' && counted.length && has(COMBATANTS, counted[counted.length - 1])) kind = 'fatal';
    let attribute = { fatal: 'fatalities', injured: 'injuries', captured: 'captured', destroyed: 'destroyed' }[kind];
    let subject: string | null = null;
    const group = kind === 'fatal' || kind === 'injured' ? groupOf(tokens, nounsAt, n - 1) : null;
    if (group) subject = group;
    else if (kind === 'fatal') attribute = fatalAttribute(tokens, counted, n, last);
    // "the army had lost 71 men", "the group had lost four men": the men of a force.
    if (attribute === 'fatalities' && g >= first && tokens[g].lemma === 'lose' && tokens.slice(Math.max(first, g - 4), g).some((w) => has(COMBATANTS, w) || GROUP_HEADS.has(w.lower))) attribute = 'combatant_fatalities';
    // The attackers are a group of their own ("killed the terrorists, six of them"); so are combatants of a
    // named side ("hundreds of RSF fighters", "300 Russian soldiers").
    if ((attribute === 'combatant_fatalities' || kind === 'captured') && !subject && counted.some((w) => has(ATTACKERS, w))) subject = 'attackers';
    if ((attribute === 'combatant_fatalities' || attribute === 'captured') && !subject) subject = sideOf(counted);
    if (kind === 'destroyed') {
      if (!counted.length || isPerson(counted[counted.length - 1])) continue;
      // "intercepted 12 missiles" destroys them; "intercepted three boats" stops them.
      if (g >= first && tokens[g].lemma === 'intercept' && !counted.some((w) => AIRBORNE.has(w.lemma) || AIRBORNE.has(w.lower))) continue;
      // "30 Shahed drones overnight": the thing, without a time the tagger took for a noun.
      subject = counted.filter((w) => !TIMES.has(w.lower)).map((w) => w.lower).join(' ');
    }
    // "some twenty soldiers were among the dead" still counts the soldiers (combatant_fatalities, as annotated);
    // a part of the whole toll, or of the wounded, is none.
    if (among && !subject && (attribute === 'fatalities' || kind !== 'fatal')) continue;
    // "seized 20 rifles", "captured two villages": things taken, not people.
    if (kind === 'captured' && counted.length && has(TAKEN_THINGS, counted[counted.length - 1])) continue;
    // "destroyed 200 servicemen and 12 tanks": the list goes on with the verb's own kind.
    previous = { kind: governed === 'destroyed' ? governed : kind, end: Math.max(end, n - 1) };
    const place = kind === 'destroyed' ? null : placeOf(tokens, start, n, first, last);
    // "the toll exceeded 100": more than 100.
    const exact = number.range ?? null;
    const over = (['exceed', 'top', 'surpass', 'pass'].includes(tokens[start - 1]?.lemma ?? '') || ['above', 'beyond'].includes(tokens[start - 1]?.lower ?? '')) && exact !== null && exact.min === exact.max;
    // "a further 15 bodies", "two more victims": added to a toll, which a later figure may give whole;
    // "bringing the toll to 21" is that whole.
    const increment = INCREMENTS.has(tokens[start - 1]?.lower ?? '') || tokens[end + 1]?.lower === 'more';
    const whole = broughtTo(tokens, start, first);
    const combatant = (w: Token) => has(COMBATANTS, w);
    // The wounded of an armed group are no total of the wounded: "35 soldiers were wounded" is the soldiers'.
    // "taken more than 200 soldiers prisoner": the captured of a force are the force's, as its dead are.
    let armed = ['combatant_fatalities', 'injuries', 'captured'].includes(attribute) ? armedGroup(tokens, counted, n, last, combatant) : null;
    // "the army had lost 71 men": the group is the force that lost them.
    if (attribute === 'combatant_fatalities' && !armed && g >= first && tokens[g].lemma === 'lose') armed = armedGroup(tokens, tokens.slice(Math.max(first, g - 4), g), g, g, combatant);
    // Whose dead: the army's, the police's or the other side's fighters are counted apart on the board.
    if (armed && !subject) subject = armed;
    // "at least 12 Maoists": members of an armed party the desk knows, named in the plural, are its fighters.
    const members = !subject && counted.length && counted.every((w) => w.pos === 'PROPN') ? armedParty(counted.map((w) => w.text).join(' ')) : null;
    if (members && ['fatalities', 'injuries', 'captured'].includes(attribute)) {
      if (attribute === 'fatalities') attribute = 'combatant_fatalities';
      subject = members;
    }
    reads.push({ increment, whole, attribute, ...(subject !== null && { subject }), value: none ? 'none' : over ? `more than ${value}` : value, polarity, span: [start, Math.max(end, n - 1)], place });
  }
  return withPartsNamed(withGroupsApart(withPlaces(withListedGroups(reads, tokens)), tokens, [first, last]), tokens, [first, last]);
}
