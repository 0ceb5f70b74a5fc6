/**
 * A briefing's host: the one body a briefing's first line names ("DEFENCE HEADQUARTERS, ABUJA - PRESS BRIEFING", "Kremlin
 * spokesman's daily conference call"), for whom one answering there speaks when their own words resolved to no known
 * party. The press asking, an analyst, a counsel and a delegate named in brackets keep their own voices.
 */
import { fold } from '../claims/fold';
import { Token } from './analyse';
import { Mention, mentionsIn } from './mentions';
import { TITLES } from './lexicon';
import { CAPITALS } from './names';
import { isPersonName } from './speaker-rules';
import type { Spoken } from './spoken';
import type { KnownSource, SourceIndex, SuggestedSource } from './speakers';
import { Label, lineEnd } from './transcript-labels';

/** Kinds of a new person who may speak for a briefing's host: an official's, or one the words gave no kind. */
const HOSTED = new Set(['government', 'military', 'police', 'international_org', 'other']);
/** Words of a heading that make the text a body's briefing. */
const BRIEFINGS = new Set(['briefing', 'conference', 'call', 'presser', 'briefings']);
/** Titles of courtesy, no function: "Mr Peskov" is named with none. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'madam', 'sir']);
/** Functions of an official who answers at a briefing ("Director of Defence Media Operations", "Secretary General"). */
const OFFICIALS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'director', 'governor', 'commander', 'general', 'colonel',
  'chief', 'head', 'president', 'mayor', 'commissioner', 'ambassador', 'envoy', 'representative', 'officer', 'official', 'coordinator', 'adviser', 'service']);

/**
 * Whether a label's new person may be the briefing host's voice: named with no function or an official's, and in no
 * bracket naming someone else ("MR. RYCROFT (United Kingdom)"); never an analyst or a counsel.
 */
function hostable(label: Label, suggested: SuggestedSource, host: KnownSource): boolean {
  if (!HOSTED.has(suggested.kind)) return false;
  // "RHÉAL LEBLANC (UNIS):" introduced as of the "UN Information Service": a bracket is someone else's unless the function names the host.
  const role = fold(suggested.role ?? '').split(' ').filter((w) => w && !COURTESY.has(w));
  if (label.beside && ![host.name, ...host.aliases].some((n) => ` ${role.join(' ')} `.includes(` ${fold(n)} `))) return false;
  return role.length === 0 || role.some((w) => OFFICIALS.has(w));
}

/**
 * The one known party a text's first line names ("DEFENCE HEADQUARTERS, ABUJA - PRESS BRIEFING", "Kremlin spokesman's daily
 * conference call"), or null: a transcript's host. A capital, or a place after a comma ("..., DORVALE"), beside another party's
 * name is the dateline's.
 */
export function titleParty(tokens: Token[], index: SourceIndex): KnownSource | null {
  const end = tokens.length ? lineEnd(tokens, 0) : -1;
  // A briefing's heading ("PRESS BRIEFING", "press conference", "call with reporters"), not an interview's headline that names the accused.
  if (!tokens.slice(0, end + 1).some((t) => BRIEFINGS.has(t.lower))) return null;
  const found = mentionsIn(tokens, 0, end, index);
  // "PARLIAMENT OF UGANDA": a country or a place a body is of is no host; nor is a person, nor a title ("GENERAL STAFF" for "the general").
  const title = (m: Mention) => TITLES.has(tokens[m.at].lower) && [m.source.name, ...m.source.aliases].some((n) => fold(n).replace(/^the /, '') === tokens[m.at].lower);
  const named = found.filter((m) => !['of', 'in'].includes(tokens[m.at - 1]?.lower ?? '') && !isPersonName(m.source.name) && !title(m));
  const bodies = named.filter((m) => CAPITALS[tokens[m.at].lower] === undefined && tokens[m.at - 1]?.text !== ',');
  const parties = new Set((bodies.length ? bodies : named).map((m) => m.source));
  return parties.size === 1 ? [...parties][0] : null;
}

/**
 * The speaker a label resolved to, or the host's voice when the label's person is new and may be the host's
 * (`host` read once per transcript by the caller): the person as written becomes the role.
 */
export function asHost(found: Spoken | null, label: Label, host: () => KnownSource | null): Spoken | null {
  const suggested = found?.suggested;
  if (!suggested || found.sourceId) return found;
  const party = host();
  if (!party || !hostable(label, suggested, party)) return found;
  // The person as first written out, with their function ("Colonel Issa Dembele, Director of Public Relations of the Armed Forces").
  return { ...found, sourceId: party.id, kind: party.kind ?? found.kind, suggested: null, role: found.speaker || suggested.name, person: true };
}
