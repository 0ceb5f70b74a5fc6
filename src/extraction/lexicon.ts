import { wordTable } from './word-table';

/**
 * Word lists the extraction reads by: lemmas, so that any tense or voice of a verb counts
 * ("said", "says", "was quoted as saying"). Lower case; compared with a token's lemma or its lower-cased form.
 */

/** Verbs that attribute a statement to their subject. */
export const REPORTING_VERBS = new Set([
  'say', 'tell', 'claim', 'accuse', 'blame', 'deny', 'reject', 'describe', 'estimate', 'confirm', 'insist',
  'allege', 'acknowledge', 'report', 'announce', 'warn', 'add', 'state', 'declare', 'explain', 'note', 'write',
  'post', 'publish', 'broadcast', 'air', 'show', 'assert', 'maintain', 'argue', 'contend', 'stress', 'emphasise',
  'emphasize', 'reiterate', 'admit', 'concede', 'dismiss', 'disclose', 'reveal', 'recount', 'recall', 'quote',
  'cite', 'inform', 'assure', 'promise', 'vow', 'threaten', 'boast', 'predict', 'calculate', 'count', 'put',
  'tally', 'record', 'document', 'conclude', 'find', 'attribute', 'condemn', 'denounce', 'urge', 'call',
  'charge', 'suggest', 'indicate', 'mention', 'specify', 'tweet', 'telegram', 'testify', 'describe', 'rule',
  'brief', 'relay', 'communicate', 'speak', 'talk', 'affirm', 'dispute', 'contradict', 'refute', 'rebut', 'decry',
  'praise', 'hail', 'demand', 'pledge', 'repeat', 'deplore', 'establish', 'recommend', 'counter', 'underline', 'clarify',
  // Answers and acts of speech a desk records as statements ("replied on X that", "apologised to the family", "appealed to residents to").
  'reply', 'retort', 'appeal', 'apologize', 'apologise', 'thank', 'welcome', 'ridicule',
  // Names given to what the other side says or shows ("branded the footage a provocation").
  'brand', 'label',
]);

/** What one welcomes in words: a decision or an event, not people or a place ("welcomed thousands of refugees" is hospitality). */
export const WELCOMED = new Set([
  'decision', 'decisions', 'move', 'release', 'releases', 'report', 'reports', 'arrest', 'arrests', 'admission', 'ceasefire', 'truce', 'announcement',
  'news', 'agreement', 'deal', 'step', 'steps', 'verdict', 'findings', 'investigation', 'inquiry', 'statement', 'resolution', 'talks', 'initiative',
  'efforts', 'offer', 'proposal', 'commitment', 'pledge', 'return', 'withdrawal', 'apology', 'sanctions', 'vote', 'ruling', 'that', 'this', 'it',
]);
/** Bodies one appeals to in law ("appealed to the Supreme Court"): a lawsuit, not an appeal for calm. */
export const COURTS = new Set(['court', 'courts', 'tribunal', 'judge', 'judges', 'chamber']);

/** Verbs of answering: a statement only with what was said after them ("replied that", "replied on X that", ", he retorted."). */
export const REPLY_VERBS = new Set(['reply', 'retort']);

/**
 * A reporting verb's participle the tagger read as a noun (", warning that", ", noting that"): its lemma, else null.
 * Only before "that", a colon or a quotation mark, where a noun of that form would not stand.
 */
export function participleByForm(lower: string, next: string | undefined): string | null {
  if (!lower.endsWith('ing') || lower.length < 6 || !(next === 'that' || next === ':' || next === '"' || next === '“')) return null;
  const stem = lower.slice(0, -3);
  // "warning" -> warn, "noting" -> note, "admitting" -> admit.
  for (const base of [stem, `${stem}e`, stem.slice(0, -1)]) if (REPORTING_VERBS.has(base)) return base;
  return null;
}

/** Forms of "be" that make a participle passive ("was quoted", "were killed", "had been captured"). */
export const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being']);

/** Verbs that state a toll when a toll is their object ("raised the death toll to 274"). */
export const TOLL_VERBS = new Set(['raise', 'lower', 'revise', 'update']);
export const TOLL_NOUNS = new Set(['toll', 'tally', 'count', 'figure', 'figures']);
/** Acts one defends in words ("defended the strike", "defended its decision"), unlike places or people one defends by arms. */
export const ACTS = new Set(['attack', 'attacks', 'strike', 'strikes', 'operation', 'operations', 'raid', 'decision', 'action', 'actions', 'killing', 'killings', 'bombing', 'offensive', 'response', 'policy', 'conduct', 'record']);

/** Verbs whose statement is a denial: their facets are denied. */
export const DENYING_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut', 'dispute', 'contradict']);

/** Reporting verbs that take the listener as object before the statement ("told Reuters that ..."). */
export const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'brief', 'warn', 'promise', 'remind']);

/** Verbs that report only with a particular word after them ("put the toll at", "called for"): skipped otherwise. */
export const WEAK_VERBS = new Set(['put', 'declare', 'show', 'establish', 'count', 'find', 'call', 'record', 'rule', 'charge', 'attribute', 'quote', 'cite', 'document', 'indicate', 'suggest', 'add', 'note', 'find', 'conclude', 'calculate', 'tally',
  // "countered the attack", "underlined the need", "clarified its position": words only when "that", a colon or a quote follows.
  'counter', 'underline', 'clarify']);

/**
 * "attributed the attack to M23": the weak verb "attribute" lays blame on someone, a statement as "blamed" is, when
 * an article follows it and "to" comes within three words after.
 */
export function blameAttributed(lemma: string, next: { pos: string }, after: Array<{ lower: string }>): boolean {
  return lemma === 'attribute' && next.pos === 'DET' && after.slice(0, 3).some((x) => x.lower === 'to');
}

/** "held M23 responsible for the massacre", "holds Kyiv fully accountable": blame laid, a statement as "blamed" is. */
export function heldResponsible(lemma: string, next: { lower: string } | undefined, after: Array<{ lower: string }>): boolean {
  // "held talks with officers responsible for ...": the object is the one held, so "responsible" closes a short object.
  const words = [next, ...after].slice(0, 5);
  const at = words.findIndex((x) => x !== undefined && (x.lower === 'responsible' || x.lower === 'accountable'));
  return lemma === 'hold' && next !== undefined && at >= 1 && at <= 3 && !words.slice(0, at).some((x) => ['talks', 'meeting', 'meetings', 'with', 'a', 'an'].includes(x!.lower));
}

/** Nouns that carry a statement of their possessor: "the army's statement said", "in a statement". */
export const STATEMENT_NOUNS = new Set([
  'statement', 'communique', 'communiqué', 'report', 'tally', 'toll', 'count', 'spokesman', 'spokeswoman', 'spokesperson',
  'assessment', 'bulletin', 'post', 'message', 'video', 'release', 'update', 'broadcast', 'account', 'briefing', 'channel',
  'telegram', 'website', 'figures', 'data', 'estimate', 'investigation', 'review', 'inquiry', 'findings', 'analysis', 'note',
]);

/** Words that count who spoke ("several residents", "one man"): a desk names the group or person, not how many. */
export const QUANTIFIERS = new Set(['one', 'another', 'two', 'three', 'four', 'five', 'some', 'several', 'many', 'other', 'few']);

/** Titles and roles kept apart from a person's name. */
export const TITLES = new Set([
  'general', 'gen', 'gen.', 'adm', 'adm.', 'brig', 'brig.', 'gov', 'gov.', 'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.', 'major', 'maj', 'captain', 'capt', 'commander',
  'brigadier', 'rear', 'admiral', 'commodore', 'sergeant', 'sgt', 'corporal', 'marshal', 'field', 'chief', 'staff', 'president', 'prime', 'minister',
  'deputy', 'vice', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'dr', 'dr.', 'doctor', 'sheikh', 'imam', 'father', 'senator', 'ambassador', 'secretary', 'director', 'head', 'leader',
  'official', 'officer', 'envoy', 'representative', 'coordinator', 'commissioner', 'chairman', 'chairwoman', 'army', 'government',
  'military', 'police', 'foreign', 'defence', 'defense', 'interior', 'health', 'information', 'communication', 'communications',
  'senior', 'regional', 'local', 'former', 'acting', 'top', 'rebel', 'militia', 'group', 'ministry', 'senior', 'press',
  'humanitarian', 'un', 'u.n.', 'state', 'national', 'security', 'intelligence', 'emergency', 'spokesman', 'aid', 'rights',
  // Ranks as wire copy abbreviates them, and the service before a rank ("Navy Capt.", "Marine Gen.", "Lt. Col.").
  'capt.', 'maj.', 'sgt.', 'cpl.', 'cmdr', 'cmdr.', 'lt.col.', 'navy', 'marine', 'marines',
  // Offices of justice, oversight and faith written before a name ("Ombudsman Iris Marin", "Prosecutor X", "Bishop X").
  'ombudsman', 'ombudswoman', 'prosecutor', 'inspector', 'superintendent', 'judge', 'commandant', 'councillor', 'councilor',
  'archbishop', 'bishop', 'reverend', 'rev', 'rev.', 'ayatollah', 'chancellor', 'premier', 'lawmaker',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

/** The kind of a new source, read from the words that name it; the first list that matches wins. */
export const KIND_WORDS: Array<[string, string[]]> = [
  ['news_agency', ['afp', 'reuters', 'associated press', 'ap', 'agency', 'correspondent', 'reporter', 'journalist', 'anadolu', 'xinhua', 'efe', 'dpa']],
  ['state_media', ['state television', 'state tv', 'state radio', 'state media', 'state news', 'state-run', 'state broadcaster', 'official news agency']],
  ['ngo', ['rights group', 'human rights', 'amnesty', 'watch', 'msf', 'medecins', 'doctors without borders', 'charity', 'ngo', 'monitor', 'observatory', 'acled', 'airwars', 'committee to protect']],
  ['international_org', ['un', 'united nations', 'minusma', 'ocha', 'unicef', 'who', 'unhcr', 'red cross', 'icrc', 'red crescent', 'african union', 'ecowas', 'european union', 'nato', 'osce', 'iaea', 'mission']],
  ['intelligence', ['intelligence', 'security source', 'security sources']],
  ['witness', ['witness', 'witnesses', 'resident', 'residents', 'survivor', 'survivors', 'villager', 'villagers', 'doctor', 'doctors', 'nurse', 'hospital', 'medic', 'medics', 'paramedic', 'relative', 'relatives', 'local', 'locals', 'farmer', 'teacher', 'eyewitness', 'activist', 'activists', 'elder', 'elders', 'displaced', 'mother', 'father']],
  ['police', ['police', 'gendarmerie', 'gendarme', 'gendarmes', 'policeman', 'officers']],
  ['military', ['army', 'military', 'armed forces', 'general', 'colonel', 'soldier', 'soldiers', 'commander', 'defence', 'defense', 'idf', 'troops', 'navy', 'air force', 'battalion', 'brigade', 'junta', 'forces', 'fama', 'sergeant', 'captain', 'lieutenant']],
  ['government', ['minister', 'ministry', 'government', 'prosecutor general', 'attorney general', 'procurator general', 'president', 'presidency', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'official', 'officials', 'authorities', 'authority', 'prime', 'cabinet', 'kremlin', 'office', 'council', 'administration', 'embassy', 'diplomat']],
  ['armed_group', ['group', 'militants', 'militant', 'rebels', 'rebel', 'jihadists', 'jihadist', 'insurgents', 'insurgent', 'jnim', 'hamas', 'hezbollah', 'militia', 'fighters', 'rsf', 'wagner', 'movement', 'front', 'brigades', 'islamic state', 'al qaeda', 'al-qaeda', 'faction']],
  ['media', ['newspaper', 'television', 'radio', 'channel', 'website', 'outlet', 'magazine', 'broadcaster', 'times', 'post', 'bbc', 'cnn', 'al jazeera']],
  ['social_account', ['account', 'tweet', 'user', 'telegram', 'blogger', 'x account', 'facebook', 'channel']],
];

/** A new source's stake suggested from its kind: never independent, which only the editor may decide. */
export const STAKE_OF_KIND: Record<string, 'party_to_conflict' | 'official' | 'anonymous' | 'unknown'> = wordTable({
  armed_group: 'party_to_conflict', government: 'party_to_conflict', military: 'party_to_conflict', police: 'party_to_conflict',
  state_media: 'party_to_conflict', intelligence: 'anonymous', international_org: 'official',
});

/** Weekdays for "on Friday": index as Date#getUTCDay. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A body's voice by function: "spokesman X", "SPOKESPERSON:". */
export const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Verbs of showing: they attribute only when a medium or a known party shows ("State television showed images of ..."). */
export const SHOWING_VERBS = new Set(['show', 'air', 'broadcast', 'post', 'publish']);

/** Reporting verbs whose object is what they name (a claim, a blame, a denial, a toll put at a figure), never the speaker after them. */
export const OBJECT_VERBS = new Set(['claim', 'accuse', 'blame', 'deny', 'reject', 'describe', 'condemn', 'denounce', 'dismiss', 'dispute', 'attribute', 'praise', 'hail', 'decry', 'deplore', 'urge', 'call', 'demand', 'refute', 'rebut', 'contradict',
  'thank', 'welcome', 'ridicule', 'mock', 'apologize', 'apologise', 'appeal', 'brand', 'label', 'put', 'raise', 'lower', 'revise', 'update']);
