import { armedByDescription, HEAD_KINDS, Recent } from './mentions';
import { CAPITALS, GENERIC_HEADS, beforeLink, exactName, looksLikeName, mayContain, nearName, possessiveToAdjective, statementOnly } from './names';
import { fold } from '../claims/fold';
import { STATEMENT_NOUNS } from './lexicon';
import { closeParty, headWord, titledPerson, isPersonName, namesPerson } from './speaker-rules';
import { countryParty } from './country-party';
import { headOfState, nationalGovernment, partyOfFunction } from './functions';
import { nameGiven } from './given-names';
import { ofHomeCountry } from './offices';
import { personBeside, titledSpeaker } from './person-speakers';
import { insiderParty } from './insiders';
import { scopedOfKind, sourceById } from './source-lookups';
import { describedParty, familyWords, officeOfState, servedBody, STAFF, stateMedium } from './described';
import { bySurname, genderOf, givenName, lastSentence, nameEnding, namesNoOne, namesSomeone, plainForm, surnameOf, titledForm, withoutModifiers } from './speaker-forms';
import { antecedent, jointVoices, lastOfItsWord, partOfGroup, pointBackIn, rankHolder, spokeLast } from './pointing-back';
import { jointParts, voiceOf } from './joint-speakers';
import { citedWords } from './relayed';
import type { Spoken } from './spoken';
import { bareHead, byHead, isPronoun, kindOf, KnownSource, resolveName, SourceIndex, suggestSource } from './speakers';
export type { Spoken } from './spoken';

/** Who a speaker's words name, with whether it is one person (see `resolveWords`); `cutFront`: see `jointParts`. */
export function resolve(head: string, beside: string | null, history: Spoken[], index: SourceIndex, line: number, recent: Recent, subjects: Spoken[] = [], cutFront = false): Spoken | null {
  // "one of them", "others": part of a group named before, or the person the apposition describes.
  const part = partOfGroup(head, beside, history, line, subjects);
  if (part && 'reread' in part) return resolve(part.reread, null, history, index, line, recent, subjects);
  if (part !== undefined) return part;
  if (namesNoOne(head)) return null;
  // "Pakistani media, citing security sources, reported": a relayed claim is the cited source's.
  const cited = citedWords(head, beside, index);
  const relayed = cited ? resolve(cited, null, history, index, line, recent, subjects) : null;
  if (relayed) return { ...relayed, speaker: `${head}, ${beside}`, line };
  const joint = beside ? null : jointParts(head, index, cutFront);
  if (joint) {
    const voices = joint.parts.map((p) => resolve(p, null, history, index, line, recent, subjects)).filter((v): v is Spoken => !!v);
    const distinct = voices.filter((v, i) => voices.findIndex((o) => voiceOf(o) === voiceOf(v)) === i);
    if (distinct.length > 1 && (joint.joint || voices.length === joint.parts.length)) return { ...distinct[0], also: distinct.slice(1) };
    if (joint.joint) return distinct[0] ?? null;
  }
  // "the morning Mass. Regional police director X": a parse that ran over a sentence's end keeps the last sentence.
  const cut = lastSentence(head);
  if (cut !== head) return resolve(cut, beside, history, index, line, recent, subjects);
  const phrase = beside ? `${head}, ${beside}` : head;
  if (isPronoun(head)) {
    const last = antecedent(head, history, subjects);
    // "The army and the mission both said ... They said": "they" are both speakers again.
    const [one, ...also]: Spoken[] = !last ? [] : /^(they|we)$/i.test(head.trim()) ? jointVoices(last, history) : [last];
    const again = also.length ? { also: also.map((v) => ({ ...v, line })) } : {};
    if (one) return { ...one, speaker: phrase, line, gender: one.gender ?? genderOf(head), ...again };
  }
  // "Ukraine's prosecutor general, Iryna Venediktova" read whole after "according to": the apposition set apart.
  const comma = beside ? -1 : head.indexOf(', ');
  const read = comma > 0 ? resolveWords(head.slice(0, comma), head.slice(comma + 2), history, index, line, recent) : resolveWords(head, beside, history, index, line, recent, subjects);
  // "The Hutu rebel FNL said": a new source is never suggested under a known source's own name or alias.
  const named = read && !read.sourceId && read.suggested ? exactName([read.suggested.name], index) : null;
  const found = named ? { ...read!, kind: named.kind ?? read!.kind, sourceId: named.id, suggested: null } : read;
  // "Its spokesman", "the rescue worker" pointing back to a body or a group: one person speaks for it, and is "he" later.
  if (found?.person === false && namesPerson(head)) return { ...found, person: true, gender: genderOf(phrase) };
  // "the junta", "the ministry": a state body's word never names a person who is a party of their own ("the presidency" is the head's office).
  const body = STATE_BODIES.has(bareHead(head) ?? '') && bareHead(head) !== 'presidency' && found?.sourceId && isPersonName(sourceById(index, found.sourceId)?.name ?? '');
  if (body) return null;
  if (!found || found.person !== undefined) return found;
  const known = found.sourceId ? sourceById(index, found.sourceId) : null;
  const person = (known !== null && known !== undefined && isPersonName(known.name)) || (!!found.suggested?.role && isPersonName(found.suggested.name)) || namesPerson(head) || (beside !== null && (namesPerson(beside) || isPersonName(beside)))
    || (!known && givenName(head, beside));
  return { ...found, person, gender: genderOf(phrase) };
}

/** Words for a state's bodies: they point back to a body, never to a person who is a party of their own. */
const STATE_BODIES = new Set(['junta', 'government', 'ministry', 'administration', 'presidency', 'cabinet', 'regime', 'authorities']);
const BODY_MEN = new Set(['officer', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'soldier', 'commander']);
/** Civil offices a bare title names ("the president"): only one who held that title is pointed back to, not any government speaker. */
const CIVIL_TITLES = new Set(['president', 'governor', 'minister', 'mayor', 'premier', 'chancellor']);

/** The known source words name, read as a speaker's would be (the last resort of `pointBackIn`). */
function byWords(history: Spoken[], index: SourceIndex, line: number, recent: Recent, people: Spoken[] = []) {
  return (phrase: string): KnownSource | null => {
    const found = resolveWords(phrase, null, history, index, line, recent, people);
    return found?.sourceId ? sourceById(index, found.sourceId) ?? null : null;
  };
}

/** Who a speaker's words name: a known source, the last speaker for a bare title, or a new source. */
function resolveWords(head: string, rawBeside: string | null, history: Spoken[], index: SourceIndex, line: number, recent: Recent, people: Spoken[] = []): Spoken | null {
  const phrase = rawBeside ? `${head}, ${rawBeside}` : head;
  // "A neighbor, who gave his name only as Karim": the name given is the new source's, the description its role.
  const name = rawBeside ? nameGiven(rawBeside) : null;
  if (name && !resolveName(head, index) && !looksLikeName(head)) {
    const suggested = { ...suggestSource(name, index), role: head.trim().replace(/^(an?|the|another) /i, '') };
    return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line, person: true, named: name };
  }
  // "President Paul Kagame of Rwanda", "Minister of Economic Affairs Kuo Jyh-huei": read as "Rwanda's President Paul Kagame".
  // Only for words that name no known source ("The SP said" for a desk's Samajwadi Party), and kept only when the form read names
  // one; "the IG" only for the person who held the rank ("the inspector general" is no general).
  const retitled = rawBeside || exactName([head], index) ? null : titledForm(head);
  if (retitled && /^the /.test(retitled)) {
    // "the IG": the last person who spoke or was named in that rank, else no one known (never "the general" of the desk).
    const holder = rankHolder(retitled.split(' ').slice(1), history, people);
    if (holder) return { ...holder, introduced: undefined, speaker: phrase, line };
  }
  const again = retitled && !/^the /.test(retitled) ? resolveWords(retitled, null, history, index, line, recent, people) : null;
  if (again && (again.sourceId || isPersonName(again.suggested?.name ?? ''))) return { ...again, speaker: phrase };
  const beside = rawBeside && namesSomeone(rawBeside) ? rawBeside : null;
  // "The state-run Global New Light of Myanmar newspaper": a medium the state runs speaks for the country's known party.
  const medium = beside ? null : stateMedium(head, index);
  if (medium) return { kind: medium.kind ?? 'government', sourceId: medium.id, suggested: null, speaker: phrase, line };
  // "The Institution reports" in a body's own communiqué: the body, as "the institution" would be.
  if (/^[Tt]he Institution$/.test(head.trim())) return resolveWords('the institution', rawBeside, history, index, line, recent);
  // "No group has claimed": no one.
  if (/^(no|none)\b/i.test(head.trim())) return null;
  // "Hagari said", "President Raisi", "Mr Ansari", "Lopez Obrador": a surname, titled or of two words, points back to the person.
  const surname = !beside && !resolveName(head, index) ? surnameOf(head) : null;
  const back = surname ? bySurname(surname, history, people) : null;
  if (back) return { ...back, speaker: phrase, line };
  // "Netanyahu's office", "Tinubu's spokesman Bayo Onanuga": a head's office speaks as the head named before (corpus README).
  const held = beside ? null : /^([A-Z][a-z]+)['’]s (office|spokes(?:man|woman|person))\b/.exec(head.trim());
  const holder = held ? bySurname(held[1], history, people) : null;
  const staffName = held ? head.trim().slice(held[0].length).trim() : '';
  if (holder?.sourceId) return { ...holder, speaker: phrase, line, person: held![2] !== 'office', named: looksLikeName(staffName) ? staffName : undefined, role: head.trim() };
  // "President Deby" with no Deby before: the party of the office, as for "President Idriss Deby" ("Mr" holds none).
  const titles = surname ? head.trim().slice(0, -surname.length).trim() : '';
  const office = titles && !/^(mr|mrs|ms|dr)\.?$/i.test(titles) ? partyOfFunction(titles, index, pointBackIn(history, index, line, recent, byWords(history, index, line, recent, people))) : null;
  if (office) return { kind: office.kind ?? 'other', sourceId: office.id, suggested: null, speaker: phrase, line, person: true, named: surname!, role: head.trim() };
  // "The Ministry of Health", "the New York-based group": read as "the health ministry", "the group".
  const plain = beside ? null : plainForm(head);
  const plainly = plain ? resolveWords(plain, null, history, index, line, recent, people) : null;
  if (plainly?.sourceId) return { ...plainly, speaker: phrase, line };
  // "An audio message from a Maoist spokesperson": the one the statement came from.
  const w = head.trim().split(/\s+/);
  // "..., circulated to journalists in Bijapur,": words on how the statement went out describe it, not its sender.
  const sentOut = !beside || /^(circulated|posted|issued|released|published|read|broadcast|sent|shared|obtained|seen)\b/i.test(rawBeside ?? '');
  const from = sentOut ? w.findIndex((x, i) => i >= 1 && i <= 3 && STATEMENT_NOUNS.has(x.toLowerCase()) && w[i + 1] === 'from') : -1;
  const sender = from > 0 && w.length - from - 2 >= 1 && w.length - from - 2 <= 8 ? resolveWords(w.slice(from + 2).join(' '), null, history, index, line, recent, people) : null;
  if (sender?.sourceId) return { ...sender, speaker: phrase, line };
  // "a ministry statement", "an army communique": the words before the statement noun name who made it.
  if (!beside && w.length >= 2 && w.length <= 5 && STATEMENT_NOUNS.has(w[w.length - 1].toLowerCase()) && !/'s$|’s$|s'$/.test(w[w.length - 2]) && /^[a-z]/.test(w[w.length - 2])) {
    const maker = ['the', ...w.slice(/^(the|a|an)$/i.test(w[0]) ? 1 : 0, -1)].join(' ');
    const found = resolveWords(maker, null, history, index, line, recent, people);
    if (found && found.sourceId) return { ...found, speaker: phrase, line };
  }
  // "U.N. rights office spokesman Thameen Al-Kheetan", "army chief of staff Lieutenant General X": a named person speaks as that person.
  // A function of a known party ("military spokesman Daniel Hagari") is that party's, the person kept as its role.
  const pointBack = pointBackIn(history, index, line, recent, byWords(history, index, line, recent, people));
  // "An adviser to RSF commander X": staff speak for the party of the one they serve, who is not the speaker.
  const staffParty = !beside && STAFF.test(head.trim()) ? partyOfFunction(head, index, pointBack) : null;
  if (staffParty) return { kind: staffParty.kind ?? 'other', sourceId: staffParty.id, suggested: null, speaker: phrase, line, person: true, role: head.trim().replace(/^(an?|the) /i, '') };
  // "An Israeli military official", "a Hezbollah official", "an official of the group": an anonymous official of a known
  // body speaks as that body (held-out conventions), the function kept as the role.
  // "A Maoist spokesperson", "a Houthi spokesman": an unnamed spokesperson of the party the words name.
  const spokes = !beside && /^(an?|one) \S.*\bspokes(?:man|woman|person)$/i.test(head.trim()) ? partyOfFunction(head, index, pointBack) : null;
  if (spokes) return { kind: spokes.kind ?? 'other', sourceId: spokes.id, suggested: null, speaker: phrase, line, person: true, role: head.trim().replace(/^(an?|one) /i, '') };
  const insider = beside ? null : insiderParty(head, index, pointBack);
  if (insider) return { kind: insider.kind ?? 'other', sourceId: insider.id, suggested: null, speaker: phrase, line, person: true, role: head.trim().replace(/^(an?|one) /i, '') };
  if (!beside && titledPerson(head)) {
    const person = exactName([head], index) ?? nearName(head, index);
    if (person) return { kind: person.kind ?? 'other', sourceId: person.id, suggested: null, speaker: phrase, line };
    return { ...titledSpeaker(head, suggestSource(head, index), index, pointBack), speaker: phrase, line, person: true };
  }
  // "Its spokesman", "Their West Africa analyst", "Its spokesperson in Goma": the organisation last quoted speaks through its staff.
  if (/^(its|their) /i.test(head) && !beside && /^[a-z]/.test(head.trim().replace(/ (in|at) [A-Z][a-z'-]*( [A-Z][a-z'-]*)?$/, '').split(/\s+/).pop() ?? '')) {
    for (let i = history.length - 1; i >= 0 && i >= history.length - 6; i -= 1) {
      const h = history[i];
      const name = h.suggested?.name ?? h.speaker;
      if (h.kind !== 'witness' && !(looksLikeName(name) && !h.sourceId)) return { ...h, speaker: phrase, line };
    }
  }
  // "The group's emergency coordinator", "an adviser to RSF commander X": staff speak for the body they serve.
  const served = servedBody(head);
  // "The command's spokesman, Superintendent X": the known body served speaks, the person's words its role.
  const servedName = beside && /^the [a-z]+$/i.test(served ?? '') && looksLikeName(beside.split(' ').slice(-2).join(' ')) && !exactName([beside], index);
  // A name the desk knows whole ("Kyrgyzstan's border service") is no unit of its possessor.
  if (served && (!beside || servedName) && !exactName([head], index)) {
    const body = resolveName(served, index) ?? (/^the [a-z]+$/i.test(served) ? resolve(served, null, history, index, line, recent, people) : null);
    const as = beside ? { person: true, role: phrase.replace(/^(an?|the) /i, ''), named: suggestSource(beside, index).name } : {};
    if (body && 'kind' in body && 'line' in body && (!beside || body.sourceId)) return { ...body, speaker: phrase, line, ...as };
    if (body && 'id' in body) return { kind: body.kind ?? kindOf(phrase), sourceId: body.id, suggested: null, speaker: phrase, line, ...as };
  }
  // "Abu Obeida, the spokesman for the Qassam Brigades", "Russia's ambassador to the United Nations, Vasily Nebenzya":
  // the known person, else the known party the function names, else a new person.
  const person = personBeside(head, beside, index, pointBack);
  if (person) return { ...person, speaker: phrase, line, person: true };
  // "A Fulani rights group, the Collective against ... (CISC)": a short name in brackets the desk knows names the source.
  const bracketed = /\(([^()]{1,20})\)\s*,?$/.exec((beside ?? head).trim());
  const byShortName = bracketed ? index.exact.get(fold(bracketed[1])) : undefined;
  if (byShortName) return { kind: byShortName.kind ?? 'other', sourceId: byShortName.id, suggested: null, speaker: phrase, line };
  // "a local volunteer network, the Emergency Response Room": the name in apposition names the new source.
  // "the Emergency Response Room in El Fasher": the name before its place.
  const besideName = beside ? beforeLink(beside.replace(/^the /, '')) : null;
  if (besideName && looksLikeName(besideName) && !looksLikeName(head) && !resolveName(besideName, index) && !resolveName(head, index)) {
    const suggested = { ...suggestSource(besideName, index), role: head.replace(/^(an?|the) /i, '') };
    return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line };
  }
  // A person's name and a function side by side: the name is tried first, whole, then each within.
  const parts = beside && looksLikeName(beside) && !looksLikeName(head) ? [beside, head] : beside ? [head, beside] : [head];
  const adjectival = possessiveToAdjective(head);
  if (adjectival) parts.push(adjectival);
  const known = exactName([...parts, ...parts.map(beforeLink)], index)
    ?? parts.filter((p) => mayContain(p)).map((p) => resolveName(withoutModifiers(p), index)).find(Boolean) ?? null;
  // "head of the Presidential Administration's department X": the person is the known body's role, and a surname points back.
  const ending = known && !beside ? nameEnding(head) : null;
  if (known) return { kind: known.kind ?? kindOf(phrase), sourceId: known.id, suggested: null, speaker: phrase, line, ...(ending && { named: ending, person: true, role: head.trim().replace(/^(an?|the) /i, '') }) };
  // "Israeli officials", "Congolese military officials", "Moscow": the desk's party of that country and arm.
  // "Officials in Kyiv", "the authorities in Moscow": a state's officials where its government sits (not "diplomats in Kyiv").
  const seat = /^((?:[Tt]he )?(?:[a-z]+ )?(?:[Oo]fficials|[Aa]uthorities)) in ([A-Z][a-z]+)$/.exec(head.trim());
  const national = countryParty(beforeLink(head), index) ?? (adjectival ? countryParty(adjectival, index) : null)
    ?? (seat && CAPITALS[fold(seat[2])] ? countryParty(`${seat[2]} ${seat[1].replace(/^the /i, '').toLowerCase()}`, index) : null);
  if (national) return { kind: national.kind ?? kindOf(phrase), sourceId: national.id, suggested: null, speaker: phrase, line };
  const close = beside ? null : closeParty(head, headWord(beforeLink(head)), index);
  if (close) return { kind: close.kind ?? kindOf(phrase), sourceId: close.id, suggested: null, speaker: phrase, line };
  // "the health ministry in the Hamas-run territory": the one known source whose name ends in the words before the link.
  const core = beforeLink(head).trim().split(/\s+/);
  if (!beside && core.length >= 3 && core.length <= 5 && /^(the|its|their)$/i.test(core[0]) && core.slice(1).every((w) => /^[a-z-]+$/.test(w))) {
    const byWords = byHead(core.slice(1).join(' '), index);
    if (byWords) return { kind: byWords.kind ?? kindOf(phrase), sourceId: byWords.id, suggested: null, speaker: phrase, line };
  }
  // "who asked not to be identified", "reached by telephone": an apposition that is no name and no role.
  if (beside && !/^(who|which|whose|reached|speaking|asked|contacted|interviewed|quoted)\b/i.test(beside)) {
    const [name, role] = looksLikeName(head) ? [head, beside] : looksLikeName(beside) ? [beside, head] : [head, null];
    const suggested = suggestSource(role ? `${role} ${name.trim().replace(/^(the|an?) /i, '')}` : name, index);
    return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line };
  }
  // "the statement said", "the same assessment found": the party last quoted.
  if (!beside && statementOnly(head) && history.length) {
    // "The report said": the speaker that issued a report, if one did lately; else the party last quoted.
    const noun = head.trim().toLowerCase().split(/\s+/).pop() ?? '';
    const issuer = history.slice(-12).reverse().find((h) => h.issued?.includes(noun));
    return { ...(issuer ?? history[history.length - 1]), speaker: phrase, line };
  }
  // A lone lower-case noun ("government said", "officials said") is a bare head ("the government"): only the one known source so named.
  const lone = !beside && (/^[a-z]+$/.test(head.trim()) || /^(officials|authorities)$/i.test(head.trim()) || (/^[A-Z][a-z]+$/.test(head.trim()) && (GENERIC_HEADS.has(head.trim().toLowerCase()) || head.trim() === 'Police'))) ? head.trim().toLowerCase() : null;
  const bare = bareHead(head);
  // "the government", "the army": the one known source whose name ends in that word.
  // "Western security officials said ... The officials said": a plural head points back first to the speakers so named just before.
  const echo = bare && bare.endsWith('s') && head.trim().split(/\s+/).length === 2 ? history.slice(-3).reverse().find((h) => ` ${h.speaker.toLowerCase()} `.includes(` ${bare} `)) : undefined;
  if (echo) return { ...echo, speaker: phrase, line };
  // "the emergency situations ministry" is not the desk's one ministry of defence: words before the head are matched too.
  const modifiers = bare ? head.trim().toLowerCase().split(/\s+/).slice(1, -1).filter((x) => !/['’]s?$/.test(x)) : [];
  // "the party" for the desk's "Communist Party of India (Maoist)": a body's word inside one known name.
  const headed = bare ?? lone ? byHead([...modifiers, (bare ?? lone)!].join(' '), index, modifiers.length ? () => recent(() => true, 'dateline')?.source : undefined) ?? (bare && !modifiers.length ? lastOfItsWord(bare, history, index, recent) : null) : null;
  if (headed) return { kind: headed.kind ?? kindOf(phrase), sourceId: headed.id, suggested: null, speaker: phrase, line };
  // "the group", "the paramilitary force": the party of that kind named last, unless a speaker came after it.
  const kinds = bare && (HEAD_KINDS[bare] || (bare === 'coalition' && armedByDescription(head))) ? (armedByDescription(head) ? ['armed_group'] : HEAD_KINDS[bare]) : bare === 'military' || bare === 'army' ? ['military'] : null;
  // "ISLAMABAD, Oct 2: The military said": the one heard last (not in a scene set in a capital), else the dateline's country's.
  const heard = kinds && !HEAD_KINDS[bare!] ? spokeLast(history, index, (s) => kinds.includes(s.kind ?? ''), false) : null;
  const named = heard ? { source: heard, at: -1 } : kinds ? ofHomeCountry(kinds, recent, index) ?? (HEAD_KINDS[bare!] || bare === 'coalition' ? recent(kinds) : null) : null;
  if (named) {
    const lastSpeaker = history[history.length - 1];
    const later = lastSpeaker && (lastSpeaker.at ?? -1) > named.at && lastSpeaker.speaker.toLowerCase().includes(bare!);
    if (later) return { ...lastSpeaker, speaker: phrase, line };
    return { kind: named.source.kind ?? kindOf(phrase), sourceId: named.source.id, suggested: null, speaker: phrase, line };
  }
  if (bare) {
    const own = head.trim().toLowerCase().split(/\s+/).slice(1);
    const held = (h: Spoken) => own.every((x) => ` ${h.speaker.toLowerCase().replace(/[,;]/g, ' ')} ${h.suggested?.role?.toLowerCase() ?? ''} `.includes(` ${x} `));
    // "by the Director, Defence Media Operations, X ... The Director said": the person introduced in that function.
    const introduced = people.slice(-20).reverse().find((p) => p.introduced && held(p));
    // "the teacher" is the teacher though a resident spoke since: a holder of the words first ("the army" is no "army officer").
    const voices = history.slice(-12).reverse().filter((h) => !introduced || (introduced.at ?? -1) <= (h.at ?? -1));
    const man = (h: Spoken) => !h.sourceId && (STATE_BODIES.has(bare) || bare === 'army' || bare === 'military') && BODY_MEN.has((h.suggested?.name ?? '').split(' ').pop()?.toLowerCase() ?? '');
    // A title points back to one who held it, a body's word to a body of its kind (a bare "the ministry" only, and to no governor).
    const byKind = (h: Spoken) => h.kind === kindOf(phrase) && kindOf(phrase) !== 'other' && !CIVIL_TITLES.has(bare) && head.trim().split(/\s+/).length === 2
      && !(STATE_BODIES.has(bare) && !h.sourceId && (h.person || CIVIL_TITLES.has((h.suggested?.name ?? '').split(' ').pop()?.toLowerCase() ?? '')));
    const back = voices.find((h) => held(h) && !man(h)) ?? voices.find(byKind);
    if (back) return { ...back, speaker: phrase, line };
    if (introduced) return { ...introduced, introduced: undefined, speaker: phrase, line };
    // "the president", "the presidency" with no president before: the desk's president of its one national government, else that government.
    const national = bare === 'president' || bare === 'presidency' ? headOfState(nationalGovernment(index, (test) => recent(test)?.source ?? null, pointBack.home), index) : null;
    if (national) return { kind: national.kind ?? 'government', sourceId: national.id, suggested: null, speaker: phrase, line, person: true };
  }
  // "The Iranian ambassador", "the Minister of Justice", "the state governor"; "the Rwandan Hutu rebel group".
  const described = beside ? null : officeOfState(head, index, (test) => recent(test)?.source ?? null) ?? describedParty(head, index) ?? familyWords(head, index);
  if (described) return { kind: described.kind ?? 'other', sourceId: described.id, suggested: null, speaker: phrase, line };
  // "Al-Shabab" for the desk's "al-Shabaab": a hyphenated name is as near as two words.
  const near = looksLikeName(head) || /^[A-Z][a-z]*-[A-Z][a-z]+$/.test(head.trim()) ? nearName(head, index) : null;
  if (near) return { kind: near.kind ?? 'other', sourceId: near.id, suggested: null, speaker: phrase, line };
  // "Officials said", "the authorities said": a body's position in the usual wire form, the desk's national government's.
  const governmentOfficials = /^(?:the )?(?:government|federal) (?:officials|authorities)$/i.test(head.trim());
  const official = (bare ?? lone) === 'officials' || (bare ?? lone) === 'authorities' || governmentOfficials ? nationalGovernment(index, (test) => recent(test)?.source ?? null) : null;
  if (official) return { kind: official.kind ?? 'government', sourceId: official.id, suggested: null, speaker: phrase, line };
  // "Military officials", "police officials": the desk's one party of that kind, in the plural (one unnamed insider is not).
  // "The field commanders": an army's commanders in the plural are its voice as its officials are.
  const arm = /^(?:the )?(military|army|police|field) (officials|commanders|officers)$/i.exec(head.trim());
  const ofArm = arm ? scopedOfKind(index, arm[1].toLowerCase() === 'police' ? 'police' : 'military') : [];
  if (ofArm.length === 1) return { kind: ofArm[0].kind ?? 'military', sourceId: ofArm[0].id, suggested: null, speaker: phrase, line };
  // "the military", "Police" with no one before it: the one known source of that kind, if there is exactly one.
  if (bare || (lone && /^(police|army|military|government|gendarmerie|navy)$/.test(lone))) {
    const kind = kindOf(head);
    const ofKind = kind === 'other' ? [] : scopedOfKind(index, kind);
    if (ofKind.length === 1) return { kind, sourceId: ofKind[0].id, suggested: null, speaker: phrase, line };
  }
  // A bare "the group" or "it" with no one before it to point at names no one: no candidate rather than a source called "Group".
  if ((bare && GENERIC_HEADS.has(bare) && head.trim().split(/\s+/).length === 2) || isPronoun(head) || statementOnly(head)) return null;
  // "The army and state officials said": two speakers at once, the known one named first speaks (the other is new).
  const pair = beside ? null : /^(.{3,60}?) and (?!the same\b)(.{3,60})$/.exec(head.trim());
  const first = pair ? resolveWords(pair[1], null, history, index, line, recent, people) : null;
  if (first?.sourceId) return { ...first, speaker: phrase, line };
  const suggested = suggestSource(adjectival ?? head, index);
  // "residents", "witnesses" in the middle of a sentence are the same speakers as "Residents" at its start: only a lone noun of no known kind is unsure.
  return { kind: suggested.kind, sourceId: null, suggested, speaker: phrase, line, ...(lone && suggested.kind === 'other' && { unsure: true }) };
}
