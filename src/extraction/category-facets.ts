import { gluedHyphen, Token } from './analyse';
import { Span } from './attribution';
import { ReadFacet } from './quantity-facets';
import { COMBATANT_WORDS, victimStatus } from './victim-status';
import { responsibleSubject } from './responsibility';
import { ownPart } from './own-part';
import { negatedAfter, negatedBefore, noneOf, polarityOf, ruledOut } from './negation';
import { nounPhrase, targets } from './targets';
import { attackedPlaces } from './attacked';
import { occurrences } from './occurred';
import { attackersFled, attackFailed, passiveAt, placeSeized, placeTaken } from './outcomes';
import { arsenal, carriedWeapons, struckCraft, weaponFacet } from './hand-weapons';
import { DEMONYMS, looksLikeName, ORG_WORDS } from './names';
import { titledPerson } from './speaker-rules';
import { BUILT_IN_BROADER } from '../vocabulary/built-in-terms';
import { cameUnder, causedHarm, menFired, phraseAt } from './phrases';
import { attackersIncluded, attackersTiedTo, bodyOf, downed, makerOf, ownedResponsibility, possessor, recognised } from './affiliation';
import { byWhom, calmSaid, fightingState, noBefore, siegeEnded } from './situation';
import {
  accusedPhrases, accusesOfHarm, blameLiesWith, campaign, carriedOut, doneBy, doorToDoor, firedAtPlace,
  knownWeaponFired, near, ownBody, phraseBefore, phraseList, positionsHolder,
} from './blame';
import { ATTACK_NOUNS, ATTACKING, CAUSES, DOING, FIRING, IMPACT, MODALS, NEGATIONS, OUTCOMES, PLACES, OWN, SELF_EVIDENT, SITUATIONS, WEAPONS, NAMED_SYSTEMS } from './category-words';
import { attackOwner } from './attack-owner';
import { attackMade, attributedTo, cameFromStore, claimant, deniedOutright, otherOrOpen, droppedArms, habitual, joinedFighting, menOf, otherPlace, possessiveOwner, setFire } from './wire-blame';

/** Possessives of a person or a plural that name a speaker's forces only when the speaker is armed: "his men", "their fighters". */
const PERSONAL = new Set(['his', 'her', 'their']);
/** Verbs of plotting: the one who plotted harm carried it out, for the desk ("Kyiv had planned the sabotage"). */
const PLOTTING = new Set(['plan', 'orchestrate', 'mastermind', 'stage', 'order', 'organise', 'organize', 'planned', 'orchestrated', 'masterminded', 'staged', 'ordered', 'organised', 'organized']);

export interface Party {
  /** Resolves a phrase to a party's name, or null. */
  (phrase: string): string | null;
}

/**
 * Categories, sets and booleans read from a statement: cause, weapons, situation, outcome, victim status,
 * targets, perpetrator (asserted or denied) and occurred. Each rule looks at a bounded window of tokens.
 */
export function categoryFacets(
  tokens: Token[], [first, last]: Span, text: string, denied: boolean, speaker: string | null, resolve: Party, verb = 'say', forcesOf: (speaker: string) => string = (x) => x,
  armed: (name: string) => boolean = () => false, group: (name: string) => boolean = () => false,
): ReadFacet[] {
  // "Myanmar's military": the possessive as the desk writes the party ("Myanmar military"); "M23-held": the holder.
  const party: Party = (phrase) => resolve(phrase) ?? (/['’]s\b|-(?:held|controlled)\b/.test(phrase) ? resolve(phrase.replace(/['’]s\b|-(?:held|controlled)\b/g, '')) : null);
  // A person speaks for forces the words do not name ("Dmitry Peskov"): no perpetrator rather than the person.
  const forces = (who: string | null): string => {
    // A speaker the desk knows as armed ("Nigerian Air Force") is its own forces, not its country's army.
    const own = who ? (armed(who) ? who : forcesOf(who)) : '';
    // A party the desk knows as armed ("Islamic State") is no person, whatever its name looks like.
    const person = looksLikeName(own) && !armed(own) && !DEMONYMS[own.split(' ')[0].toLowerCase()] && !ORG_WORDS.some((o) => own.toLowerCase().includes(o));
    return own === who && person ? '' : own;
  };
  const facets: ReadFacet[] = [];
  const words = ([a, b]: Span) => text.slice(tokens[a].start, tokens[b].end);
  /** The party a phrase names, or the body its men belong to: "soldiers of the Myanmar military". */
  const partyOfPhrase = (np: Span): string | null => {
    // "Burundian and Congolese extremists": an adjective coordinated with another names no party alone.
    if ((tokens[np[1]].pos === 'ADJ' || DEMONYMS[tokens[np[1]].lower]) && ['and', 'or'].includes(tokens[np[1] + 1]?.lower ?? '')) return null;
    const direct = party(words(np));
    if (direct) return direct;
    // "the Sudanese army's warplanes": whose they are.
    const owner = possessor(tokens, np);
    const body = owner ?? bodyOf(tokens, np, last) ?? makerOf(tokens, np);
    return body ? party(words(body)) : null;
  };
  const polarity = denied ? 'denied' : 'asserted';
  const add = (f: ReadFacet) => {
    // A perpetrator is a party or a force: a titled person ("General X") is a speaker, not who struck.
    if (f.value === '' || (f.attribute === 'perpetrator' && typeof f.value === 'string' && titledPerson(f.value))) return;
    // "not a missile but an interceptor": a cause denied and another asserted are both the statement's.
    const other = f.attribute === 'cause' && facets.every((g) => g.attribute !== 'cause' || (g.polarity !== f.polarity && g.value !== f.value));
    if (other || !facets.some((g) => g.attribute === f.attribute && (g.subject ?? null) === (f.subject ?? null))) facets.push(f);
  };
  /** A second value of one attribute ("the army and the militia"): kept unless the same value is there. */
  const also = (f: ReadFacet) => {
    if (typeof f.value === 'string' && titledPerson(f.value)) return;
    if (!facets.some((g) => g.attribute === f.attribute && g.value === f.value)) facets.push(f);
  };
  // "accused Israel of ...", "blamed Russian forces for ...": the one accused is the perpetrator named.
  if (verb === 'accuse' || verb === 'blame' || verb === 'condemn' || verb === 'hold') {
    accusedPhrases(tokens, first, last, verb === 'blame').forEach((np, n) => {
      const who = partyOfPhrase(np);
      if (who) (n ? also : add)({ attribute: 'perpetrator', value: who, polarity: 'asserted', span: np });
    });
  }
  // "attributed the attack to M23": the one the attack is laid on.
  const to = verb === 'attribute' ? attributedTo(tokens, first, last) : -1;
  if (to > first && accusesOfHarm(tokens, first, to - 1)) {
    phraseList(tokens, to, last).forEach((np, n) => {
      const who = partyOfPhrase(np);
      if (who) (n ? also : add)({ attribute: 'perpetrator', value: who, polarity: 'asserted', span: np });
    });
  }
  // The speaker's own part, claimed or denied: "claimed responsibility", "denied carrying out the attack".
  if (speaker) for (const f of ownPart(tokens, [first, last], verb, denied, forces(speaker), armed, group)) add(f);
  const weapons: Array<{ value: string; span: Span; no: boolean }> = [];
  let causeEnd = -1;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    const negatedHere = i > first && NEGATIONS.has(tokens[i - 1].lower);
    // "rocket-propelled grenades": the first part of a compound names no cause.
    const compound = (n: number) => tokens[n]?.text === '-' && tokens[n].start === tokens[n - 1].end;
    const found = phraseAt(tokens, i, last, CAUSES) ?? menFired(tokens, i, first, last);
    const cause = found && !compound(i + found.length) && (found.value !== 'stored munitions' || cameFromStore(tokens, i, first)) ? found : null;
    // "two car bombs": the words of a cause name no weapon of their own (a longer weapon, "rocket launchers", still does).
    const causeBefore = causeEnd;
    if (found) causeEnd = Math.max(causeEnd, i + found.length - 1);
    const negatedNear = negatedBefore(tokens, i, first) || deniedOutright(tokens, i, first);
    const impact = near(tokens, i, first, last, IMPACT) || cameUnder(tokens, i, first) || (t.lower === 'shelling' && (tokens[i + 1]?.pos === 'DET' || OWN.has(tokens[i + 1]?.lower ?? '')));
    // "opened fire on the crowd": fire aimed at someone or something is the harm itself, unlike "opened fire first".
    const aimedFire = cause?.value === 'gunfire' && t.lower === 'opened' && ['on', 'at', 'into'].includes(tokens[i + 2]?.lower ?? '');
    // "there was no air strike": denied outright; "blamed a misfired rocket": the cause blamed opens the statement;
    // "were targeted by a drone": what the passive of an attack was made by.
    const outright = deniedOutright(tokens, i, first) || (verb === 'blame' && i <= first + 5) || attackMade(tokens, i, first) || (t.lower === 'by' && ATTACKING.has(tokens[i - 1]?.lemma ?? ''));
    const tiedCause = !!cause && (SELF_EVIDENT.has(t.lower) || impact || aimedFire || outright || causedHarm(tokens, i, i + cause.length - 1, first, last));
    if (cause && !knownWeaponFired(tokens, i, i + cause.length - 1, last) && !ruledOut(tokens, i, first) && tiedCause && !otherOrOpen(tokens, i, i + cause.length - 1, first, last)) {
      // "detonated his explosive vest": the narrower cause said later says more than the broader one.
      const broader = facets.findIndex((f) => f.attribute === 'cause' && BUILT_IN_BROADER.some((b) => b.term === f.value && b.of === cause.value));
      if (broader >= 0) facets.splice(broader, 1);
      add({ attribute: 'cause', value: cause.value, polarity: polarityOf(denied, negatedNear), span: [i, i + cause.length - 1] });
    }
    // "hit by a drone": the drone is the weapon as well as the cause read of it.
    const droneStruck = ['by', 'with'].includes(tokens[i - 2]?.lower ?? '') && facets.some((f) => f.value === 'drone strike');
    const named = i > causeBefore || droneStruck ? phraseAt(tokens, i, last, WEAPONS) : null;
    const weapon = named && (!found || named.length > found.length) ? named : null;
    // "gunmen armed with automatic rifles", "with guns and machetes": what they carried.
    for (const w of carriedWeapons(tokens, i, last)) if (!weapons.some((x) => x.value === w.value)) weapons.push({ ...w, no: false });
    // A weapon only where the statement ties it to harm: "transported by helicopter" names no weapon.
    const weaponEnd = weapon ? i + weapon.length - 1 : i;
    // "had no Tochka-U missiles in service", "does not use the Tochka-U": an arsenal, not the weapon of this attack.
    const tiedWeapon = weapon && !arsenal(tokens, i, weaponEnd, first, last)
      && (NAMED_SYSTEMS.has(weapon.value) || causedHarm(tokens, i, weaponEnd, first, last) || near(tokens, i, first, last, FIRING));
    // "Shahed drones": the kind of drone named before it is the one weapon.
    const kindBefore = weapons.some((w) => w.span[1] === i - 1 && NAMED_SYSTEMS.has(w.value));
    const weaponNew = weapon && !kindBefore && !weapons.some((w) => w.value === weapon.value) && !['by', 'in'].includes(tokens[i - 1]?.lower ?? '') && !otherOrOpen(tokens, i, weaponEnd, first, last);
    if (weapon && tiedWeapon && weaponNew && !downed(tokens, i, first) && !struckCraft(tokens, i, weaponEnd, first, last)) {
      weapons.push({ value: weapon.value, span: [i, weaponEnd], no: negatedAfter(tokens, i + weapon.length, last) || noneOf(tokens, i + 1, first) });
    }
    // "could retake", and ", who took control of the capital two weeks ago": a state that may be, or a party's past.
    const hypothetical = (i > first && MODALS.has(tokens[i - 1].lower)) || (i - 1 > first && MODALS.has(tokens[i - 2].lower)) || (i - 1 > first && ['who', 'which'].includes(tokens[i - 1].lower) && tokens[i - 2].text === ',');
    const phrase = hypothetical ? null : phraseAt(tokens, i, last, SITUATIONS);
    // "the last city still held by the army": a passive names who holds a place, not the state of the fighting.
    const situation = phrase && !byWhom(tokens, i + phrase.length) ? phrase : null;
    // "calm and under control": control says more than calm.
    const calm = situation?.value === 'under_control' ? facets.findIndex((f) => f.attribute === 'situation' && f.value === 'calm') : -1;
    if (calm >= 0) facets.splice(calm, 1);
    if (situation) add({ attribute: 'situation', value: situation.value, polarity: polarityOf(denied, negatedHere || noBefore(tokens, i)), span: [i, i + situation.length - 1] });
    // "clashes were continuing", "the shooting hasn't stopped".
    const fighting = situation || hypothetical ? null : fightingState(tokens, i, last);
    if (fighting) add({ attribute: 'situation', value: fighting.value, polarity: polarityOf(denied, fighting.negated), span: [i, i + fighting.length - 1] });
    const ended = situation || fighting || hypothetical ? 0 : siegeEnded(tokens, i, last);
    if (ended) add({ attribute: 'situation', value: 'under_control', polarity: polarityOf(denied, negatedHere), span: [i, i + ended - 1] });
    const quiet = situation || fighting || hypothetical ? null : calmSaid(tokens, i, first);
    if (quiet) add({ attribute: 'situation', value: 'calm', polarity: polarityOf(denied, quiet.negated), span: [i, i] });
    const taken = hypothetical ? 0 : placeTaken(tokens, i, last);
    const outcome = hypothetical ? null : phraseAt(tokens, i, last, OUTCOMES) ?? (taken ? { value: 'success', length: taken } : null);
    if (outcome) add({ attribute: 'outcome', value: outcome.value, polarity: polarityOf(denied, negatedHere), span: [i, i + outcome.length - 1] });
    const failed = outcome || hypothetical ? null : attackFailed(tokens, i, last) ?? attackersFled(tokens, i, last);
    if (failed) add({ attribute: 'outcome', value: failed.value, polarity: polarityOf(denied, failed.negated), span: [i, i + failed.length - 1] });
    // "there was no strike", "no attack took place": the event denied.
    // "there was no Israeli strike" denies whose strike it was, not the event.
    const noEvent = i + 1 <= last && (ATTACK_NOUNS.has(tokens[i + 1].lower) || (i + 2 <= last && ATTACK_NOUNS.has(tokens[i + 2].lower) && !party(tokens[i + 1].text)));
    if (t.lower === 'no' && i > first && ['was', 'were', 'is', 'are', "'s"].includes(tokens[i - 1].lower) && noEvent) {
      add({ attribute: 'occurred', value: true, polarity: 'denied', span: [i, Math.min(last, i + 2)] });
    }
    // Perpetrator: "carried out by X", "fired by X" (not "pagers carried by X"), "claimed responsibility", "X's air strike", "blamed X".
    const byAfter = i > first ? tokens[i - 1] : null;
    if (t.lower === 'by' && byAfter && (doneBy(tokens, i) || (DOING.has(byAfter.lemma) && byAfter.lemma !== 'carry') || byAfter.lemma === 'cause' || byAfter.text === '"' || byAfter.text === '”')) {
      const np = nounPhrase(tokens, i + 1, last);
      const who = np ? menOf(tokens, np, last, partyOfPhrase) ?? partyOfPhrase(np) : null;
      // "the hospital was not hit by an Israeli strike".
      const no = tokens.slice(Math.max(first, i - 4), i - 1).some((w) => NEGATIONS.has(w.lower));
      if (who) add({ attribute: 'perpetrator', value: who, polarity: polarityOf(denied, no), span: [i - 1, np![1]] });
    }
    // "the gunmen belonged to Gran Grif", "the attacker was linked to X".
    const tied = attackersTiedTo(tokens, i, first, last);
    const body = tied ? party(words(tied.body)) : null;
    if (tied && body) add({ attribute: 'perpetrator', value: body, polarity: polarityOf(denied, tied.denied), span: [tied.from, tied.body[1]] });
    // "survivors recognised CODECO fighters", "witnesses identified the attackers as soldiers of X".
    const seen = recognised(tokens, i, first, last);
    const seenWho = seen ? partyOfPhrase(seen) : null;
    if (seen && seenWho) add({ attribute: 'perpetrator', value: seenWho, polarity, span: [i, seen[1]] });
    const owned = speaker && i > first ? ownedResponsibility(tokens, i, first) : null;
    // "the army said ISWAP had claimed responsibility": the one claiming, who is the speaker only as "it" or unnamed.
    const claimer = owned ? claimant(tokens, owned.verb, first) : null;
    const ownedBy = claimer === 'self' ? forces(speaker) : claimer ? partyOfPhrase(claimer) : null;
    if (owned && ownedBy) add({ attribute: 'perpetrator', value: ownedBy, polarity: polarityOf(denied, owned.denied), span: [owned.verb, i] });
    // "X's air strike", "an Israeli air strike", "a coalition strike": whose attack it was (attack-owner.ts).
    const owner = attackOwner(tokens, i, first, last, text, party);
    if (owner) add({ attribute: 'perpetrator', value: owner.who, polarity: polarityOf(denied, owner.negated), span: owner.span });
    // "carried out the attack", not "carried 20 bodies".
    // "its fighters had captured the army outpost": taking a place is an attack too.
    // "had planned the sabotage", "orchestrated the massacre": plotting harm is doing it.
    // The tagger may read "had orchestrated" as a noun.
    const plotted = (PLOTTING.has(t.lemma) || (PLOTTING.has(t.lower) && tokens[i - 1]?.pos === 'AUX')) && accusesOfHarm(tokens, i + 1, Math.min(last, i + 3));
    // "had gone from shelter to shelter": going door to door is the killing.
    const acting = DOING.has(t.lemma) || plotted || placeSeized(tokens, i, last) > 0 || setFire(tokens, i) || droppedArms(tokens, i, last) || joinedFighting(tokens, i, last);
    // Going door to door is the killing only for armed men: medics go from tent to tent too.
    const roving = !acting && doorToDoor(tokens, i, last);
    const doing = acting || roving;
    if ((t.pos === 'VERB' || t.lower === 'overrun' || plotted) && doing && i > first && (t.lemma !== 'carry' || carriedOut(tokens, i)) && (t.lemma !== 'open' || tokens[i + 1]?.lower === 'fire')) {
      let k = i - 1;
      // "“Russian terrorists” had blown up the dam": quotation marks around the subject are skipped.
      while (k > first && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || /^["“”]$/.test(tokens[k].text))) k -= 1;
      let a = k;
      while (a > first && a > k - 4 && (['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[a - 1].pos) || gluedHyphen(tokens, a - 1))) a -= 1;
      // "its forces", "our fighters": the possessive belongs to the subject.
      if (a > first && (OWN.has(tokens[a - 1].lower) || PERSONAL.has(tokens[a - 1].lower))) a -= 1;
      // "pagers carried by hundreds of Hezbollah members blew up": the agent of a participle before is no subject.
      const head = (['NOUN', 'PROPN', 'PRON'].includes(tokens[k].pos) || (tokens[k].pos === 'ADJ' && tokens[k - 1]?.pos === 'DET')) && !tokens.slice(Math.max(first, a - 4), a).some((w, n, all) => w.lower === 'by' && !all.slice(n).some((x) => x.text === ','));
      // A passive names no doer before it; "had been shelling" is the progressive, whose subject acts.
      if (head && (!passiveAt(tokens, i) || (t.lower.endsWith('ing') && t.lemma !== 'use'))) {
        // "no coalition aircraft had struck": the subject itself denied, whatever was struck.
        const nobody = noneOf(tokens, k + 1, first);
        if (tokens[a].lower === 'no') a += 1;
        const phrase = text.slice(tokens[a].start, tokens[k].end);
        // "said it had carried out": in reported words "it" is the speaker.
        // Only at the head of the statement: "the junta's claim that it had killed" is another's "it".
        // "its warplanes", "our men": the speaker's own forces, whatever they are called.
        const own = ((OWN.has(tokens[a].lower) || PERSONAL.has(tokens[a].lower)) && k - a <= 2 && tokens.slice(a + 1, k + 1).every((w) => w.pos === 'NOUN' || w.pos === 'ADJ'));
        // "they", "his men", "their fighters" at the head of an armed speaker's words: its own forces too.
        // A person's "his forces" are not the person: only a body speaking through someone ("the RSF commander") has them.
        const person = ['his', 'her'].includes(tokens[a].lower) && looksLikeName(forces(speaker));
        const theirs = (/^they$/i.test(phrase) || (PERSONAL.has(tokens[a].lower) && own)) && a <= first + 1 && armed(forces(speaker)) && !person;
        const ours = ((/^(we|it)$/i.test(phrase) || (own && OWN.has(tokens[a].lower))) && a <= first + 1) || theirs || (ownBody(tokens, a) && a - 3 <= first + 1 && armed(forces(speaker)));
        // "the RSF's forces shelled": the owner of the men.
        const men = possessiveOwner(tokens, a, k, first);
        const who = ours ? forces(speaker) : party(phrase) ?? (men ? party(words(men)) : null);
        let no = nobody;
        for (let n = k + 1; n <= Math.min(last, i + 3); n += 1) if (NEGATIONS.has(tokens[n].lower)) no = true;
        // A denial names the perpetrator only when what is denied is the attack itself ("carried out no strikes",
        // "did not fire the missile"), not a place or people ("had not targeted civilians": whom, not who).
        let attack = joinedFighting(tokens, i, last);
        for (let n = i + 1; n <= Math.min(last, i + 5) && !attack; n += 1) attack = ATTACK_NOUNS.has(tokens[n].lower) || !!phraseAt(tokens, n, last, CAUSES);
        // "denied that its warplanes had hit a prison": a place struck is the attack denied, as people aimed at are not.
        const struck = nounPhrase(tokens, i + 1, last);
        if ((struck && PLACES.has(tokens[struck[1]].lower) && t.lemma !== 'target') || firedAtPlace(tokens, i, last)) attack = true;
        // "killed dozens of mercenaries": fighters killed in a clash say who fought, not who carried out the attack
        // ("fought beside the rebels" names allies, not victims).
        let fighters = false;
        for (let n = i + 1; n <= Math.min(last, i + 4) && !fighters && t.lemma !== 'fight'; n += 1) fighters = COMBATANT_WORDS.has(tokens[n].lower);
        const armedMen = !roving || armed(who ?? '') || COMBATANT_WORDS.has(tokens[k].lower);
        if (who && armedMen && !fighters && !campaign(tokens, i, first, last) && !otherOrOpen(tokens, i, i, first, last) && !otherPlace(tokens, i, last) && !habitual(tokens, i, first) && (attack || nobody || !(no || polarity === 'denied'))) {
          add({ attribute: 'perpetrator', value: who, polarity: polarityOf(denied, no), span: [a, i] });
          // "The Rwandan army and its M23 auxiliaries bombed ...": each party of a coordinated subject.
          const before = tokens[a - 1]?.lower === 'and' ? phraseBefore(tokens, a - 2, first) : null;
          const other = before ? party(text.slice(tokens[before[0]].start, tokens[before[1]].end)) : null;
          if (other && before) also({ attribute: 'perpetrator', value: other, polarity: polarityOf(denied, no), span: [before[0], i] });
        }
      }
    }
    // "Islamic Jihad was responsible for", "the military had nothing to do with the strike".
    const responsible = responsibleSubject(tokens, i, first, last);
    if (responsible) {
      const [a, b] = responsible.subject;
      const phrase = text.slice(tokens[a].start, tokens[b].end);
      // "its forces had been involved in": the speaker's own.
      const who = /^(we|it)$/i.test(phrase) || (phrase.toLowerCase() === 'they' && a === first && armed(forces(speaker))) || OWN.has(tokens[a].lower) || (a - 1 === first && OWN.has(tokens[a - 1].lower)) ? forces(speaker) : party(phrase);
      if (who) add({ attribute: 'perpetrator', value: who, polarity: polarityOf(denied, responsible.denied), span: [a, i] });
    }
    // "the blame lay with the army and the militia": each one named.
    const blamed = blameLiesWith(tokens, i, last);
    if (blamed >= 0) {
      for (const np of phraseList(tokens, blamed, last)) {
        const who = party(text.slice(tokens[np[0]].start, tokens[np[1]].end));
        if (who) also({ attribute: 'perpetrator', value: who, polarity, span: [i, np[1]] });
      }
    }
    if ((t.lemma === 'blame' || t.lemma === 'accuse' || t.lemma === 'condemn') && i + 1 <= last) {
      const start = tokens[i + 1].lower === 'on' ? i + 2 : i + 1;
      accusedPhrases(tokens, start, last, false).forEach((np, n) => {
        const who = partyOfPhrase(np);
        if (who) (n ? also : add)({ attribute: 'perpetrator', value: who, polarity, span: [i, np[1]] });
      });
    }
    // "fired from positions held by X": who holds the place fired from; "the attackers included X and Y": who came.
    for (const np of [...positionsHolder(tokens, i, last), ...attackersIncluded(tokens, i, first, last)]) {
      const who = partyOfPhrase(np);
      if (who) also({ attribute: 'perpetrator', value: who, polarity, span: [i, np[1]] });
    }
    if (t.lemma === 'claim' && speaker && i + 2 <= last && ['the', 'this', 'an'].includes(tokens[i + 1].lower) && ATTACK_NOUNS.has(tokens[i + 2].lower)) {
      add({ attribute: 'perpetrator', value: speaker, polarity: 'asserted', span: [i, i + 2] });
    }
  }
  for (const read of [...attackedPlaces(tokens, [first, last], denied), ...occurrences(tokens, [first, last], denied)]) add(read);
  // Victim status may be read twice: fighters killed, and civilians not aimed at.
  for (const status of victimStatus(tokens, [first, last], polarity)) facets.push(status);
  const weaponRead = weaponFacet(weapons.filter((w) => !facets.some((f) => f.attribute === 'cause' && f.value === w.value)), denied);
  if (weaponRead) add(weaponRead);
  const aimed = targets(tokens, first, last);
  const only = aimed.some((a) => a.only);
  // One place an attack fell on is usually the scene, not a list of targets (a party silent on it would read as an
  // omission): a single place is a target when it is said to have been aimed at, or as the only one.
  if (aimed.length >= 2 || only || aimed.some((a) => a.aimed)) {
    add({ attribute: 'targets', value: [...new Set(aimed.map((a) => a.value))], polarity, exclusive: only, span: [aimed[0].span[0], aimed[aimed.length - 1].span[1]] });
  }
  return facets;
}
