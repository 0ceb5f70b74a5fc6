import { COMBATANT_WORDS } from './victim-status';

/** Words of what was aimed at (targets.ts): which heads name a target, which name none, and how a desk writes them. */

/** A phrase standing for the place it is part of, or for those gathered in it: "the grounds of the plant", "a meeting of commanders". */
export const CONTAINERS = new Set(['grounds', 'ground', 'area', 'premises', 'section', 'part', 'parts', 'members', 'member', 'meeting', 'gathering', 'crowd', 'vicinity', 'outskirts']);
/**
 * Heads that name no target: people whose status is victim status, pronouns, times, distances, an area, and the objects
 * of "struck a deal", "hit a record", "carried out a targeted operation".
 */
export const NOT_TARGETS = new Set([
  'people', 'persons', 'person', 'anyone', 'everyone', 'someone', 'those', 'them', 'it', 'us', 'civilians', 'civilian', 'population', 'lives', 'muslims', 'innocents',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'dawn', 'midday', 'time', 'times',
  'way', 'kind', 'number', 'part', 'hour', 'hours', 'minutes',
  'deal', 'agreement', 'tone', 'note', 'record', 'balance', 'blow', 'chord', 'area', 'areas', 'operation', 'operations',
  'kilometres', 'kilometers', 'miles', 'metres', 'meters',
  // Abstractions an attack is said to aim at: "targeted the peace process", "struck at the heart of the nation".
  'process', 'economy', 'stability', 'security', 'peace', 'election', 'elections', 'talks', 'efforts', 'sovereignty', 'unity', 'democracy',
  'morale', 'image', 'reputation', 'interests', 'credibility', 'heart',
]);

/** Subjects of "targeted" that are no attack: "the sanctions targeted its commanders", "a campaign targeting journalists". */
export const NOT_ATTACKS = new Set([
  'sanctions', 'measures', 'measure', 'policy', 'policies', 'law', 'laws', 'campaign', 'ban', 'restrictions', 'decree', 'investigation', 'inquiry',
  'probe', 'crackdown', 'arrests', 'reforms', 'programme', 'program', 'tax', 'taxes', 'tariffs',
]);

/** Heads too general to stand alone: "military targets", "military positions". */
export const GENERAL = new Set(['targets', 'target', 'positions', 'position', 'sites', 'site', 'objects', 'facilities', 'facility', 'installations', 'infrastructure']);
/** People aimed at, named by the head alone. */
export const PEOPLE = new Set([...COMBATANT_WORDS, 'commanders', 'officials', 'officers', 'leaders', 'members', 'police', 'policemen', 'guards']);
/** One place, two names: the name a desk writes. */
export const SAME = new Map([['mall', 'shopping centre'], ['shopping mall', 'shopping centre'], ['shopping center', 'shopping centre'], ['shopping centre', 'shopping centre']]);

/** Adjectives that describe (how big, how full, where) rather than say which kind of place. */
export const DESCRIBING = new Set([
  'busy', 'old', 'new', 'main', 'large', 'small', 'big', 'nearby', 'local', 'central', 'northern', 'southern', 'eastern', 'western', 'whole', 'entire',
  'same', 'other', 'only', 'several', 'many', 'few', 'first', 'second', 'last', 'full', 'empty', 'huge', 'tiny', 'makeshift', 'alleged', 'so-called',
]);

/**
 * Heads that name a kind of target on their own: a building, a vehicle, a gathering, a military object. A military one
 * said absent is a target denied ("there was no military post near the camp", target-denials.ts). Read as the target
 * wherever a strike fell ("the missile hit an apartment block"), they set every exclusive list of another party against
 * the scene of the event and raised dev's false contradictions (63 -> 70), so one place hit is not read as a target.
 */
export const TARGET_KINDS = new Set([
  'airport', 'airbase', 'airfield', 'school', 'schools', 'camp', 'camps', 'hospital', 'hospitals', 'clinic', 'clinics', 'base', 'bases', 'barracks',
  'garrison', 'outpost', 'post', 'posts', 'checkpoint', 'checkpoints', 'market', 'markets', 'marketplace', 'village', 'villages', 'convoy', 'convoys',
  'station', 'stations', 'depot', 'depots', 'warehouse', 'warehouses', 'plant', 'factory', 'factories', 'refinery', 'substation', 'dam', 'bridge',
  'bridges', 'port', 'prison', 'jail', 'mosque', 'mosques', 'church', 'churches', 'temple', 'synagogue', 'seminary', 'madrasa', 'building',
  'buildings', 'block', 'blocks', 'apartment', 'apartments', 'tower', 'house', 'houses', 'home', 'homes', 'residence', 'headquarters', 'academy',
  'university', 'college', 'kindergarten', 'hotel', 'hotels', 'restaurant', 'cafe', 'bakery', 'shop', 'shops', 'mall', 'centre', 'center', 'stadium',
  'theatre', 'cinema', 'hall', 'office', 'offices', 'ministry', 'embassy', 'consulate', 'parliament', 'palace', 'shelter', 'shelters', 'compound',
  'courtyard', 'beach', 'party', 'wedding', 'funeral', 'concert', 'festival', 'ceremony', 'gathering', 'meeting', 'rally', 'procession',
  'bus', 'buses', 'train', 'truck', 'trucks', 'lorry', 'vehicle', 'vehicles', 'car', 'cars', 'ship', 'ships', 'vessel', 'vessels', 'tanker', 'boat',
  'ferry', 'aircraft', 'helicopter', 'plane', 'planes', 'jet', 'jets', 'hideout', 'hideouts', 'workshop', 'bunker', 'bunkers', 'tunnel', 'tunnels',
  'launcher', 'launchers', 'positions', 'position', 'stronghold', 'strongholds', 'targets', 'facility', 'facilities', 'infrastructure', 'installation',
  'installations', 'pipeline', 'farm', 'orphanage', 'ambulance', 'ambulances', 'hostel', 'dormitory', 'warship', 'destroyer', 'destroyers',
]);
