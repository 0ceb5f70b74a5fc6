import { KnownSource } from '../src/extraction/extract';
import { facetsRead } from './facets-read';

/**
 * Parties of ten conflicts for the wire-copy probe specs (src/extraction/category-probes-wire*.spec.ts), and the
 * facets those specs compare: perpetrator, cause, weapon(s) and occurred (the other facets have probe specs of their own).
 */
export const CONFLICTS: Record<string, KnownSource[]> = {
  sahel: [
    { id: 'fama', name: 'Malian army', aliases: ['FAMa', 'the army'], kind: 'military' },
    { id: 'jnim', name: 'JNIM', aliases: [], kind: 'armed_group' },
    { id: 'mgov', name: 'Malian government', aliases: ['Bamako'], kind: 'government' },
  ],
  sudan: [
    { id: 'saf', name: 'Sudanese Armed Forces', aliases: ['SAF', 'Sudanese army', 'the army'], kind: 'military' },
    { id: 'rsf', name: 'RSF', aliases: ['Rapid Support Forces'], kind: 'armed_group' },
  ],
  drc: [
    { id: 'fardc', name: 'FARDC', aliases: ['Congolese army'], kind: 'military' },
    { id: 'm23', name: 'M23', aliases: [], kind: 'armed_group' },
    { id: 'rdf', name: 'Rwanda Defence Force', aliases: ['RDF', 'Rwandan army'], kind: 'military' },
    { id: 'rw', name: 'Rwandan government', aliases: ['Rwanda', 'Kigali'], kind: 'government' },
  ],
  somalia: [
    { id: 'shabaab', name: 'al-Shabaab', aliases: ['al Shabaab', 'Shabaab'], kind: 'armed_group' },
    { id: 'sna', name: 'Somali National Army', aliases: ['SNA', 'Somali army'], kind: 'military' },
    { id: 'sgov', name: 'Somali government', aliases: ['Mogadishu'], kind: 'government' },
  ],
  ukraine: [
    { id: 'ru', name: 'Russian armed forces', aliases: ['Russian military'], kind: 'military' },
    { id: 'rumod', name: 'Russian government', aliases: ['Kremlin', 'Moscow', 'Russia'], kind: 'government' },
    { id: 'ua', name: 'Ukrainian armed forces', aliases: ['Ukrainian military'], kind: 'military' },
    { id: 'uagov', name: 'Ukrainian government', aliases: ['Kyiv', 'Ukraine'], kind: 'government' },
  ],
  gaza: [
    { id: 'idf', name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli military'], kind: 'military' },
    { id: 'il', name: 'Israeli government', aliases: ['Israel'], kind: 'government' },
    { id: 'hamas', name: 'Hamas', aliases: [], kind: 'armed_group' },
    { id: 'pij', name: 'Islamic Jihad', aliases: [], kind: 'armed_group' },
    { id: 'moh', name: 'Gaza health ministry', aliases: ['the health ministry'], kind: 'government' },
  ],
  myanmar: [
    { id: 'tat', name: 'Myanmar military', aliases: ['junta', 'the military'], kind: 'military' },
    { id: 'kia', name: 'Kachin Independence Army', aliases: ['KIA'], kind: 'armed_group' },
    { id: 'nug', name: 'National Unity Government', aliases: ['NUG'], kind: 'government' },
  ],
  ethiopia: [
    { id: 'endf', name: 'Ethiopian National Defense Force', aliases: ['ENDF', 'Ethiopian army'], kind: 'military' },
    { id: 'egov', name: 'Ethiopian government', aliases: ['Ethiopia', 'Addis Ababa'], kind: 'government' },
    { id: 'tplf', name: 'TPLF', aliases: ['Tigrayan forces'], kind: 'armed_group' },
  ],
  nigeria: [
    { id: 'na', name: 'Nigerian Army', aliases: ['the army'], kind: 'military' },
    { id: 'bh', name: 'Boko Haram', aliases: [], kind: 'armed_group' },
    { id: 'iswap', name: 'ISWAP', aliases: ['Islamic State West Africa Province'], kind: 'armed_group' },
  ],
  pakistan: [
    { id: 'pk', name: 'Pakistani military', aliases: ['Pakistan army', 'ISPR'], kind: 'military' },
    { id: 'ttp', name: 'TTP', aliases: ['Pakistani Taliban', 'Tehrik-e-Taliban Pakistan'], kind: 'armed_group' },
    { id: 'af', name: 'Afghan government', aliases: ['Kabul', 'Taliban administration'], kind: 'government' },
  ],
};

const COMPARED = new Set(['perpetrator', 'cause', 'weapon', 'weapons', 'occurred']);

/** The compared facets read from a text, sorted, one line ("not " before a denied one); "(no statement)" when none is read. */
export function facetsOf(conflict: string, text: string): string {
  return facetsRead(text, CONFLICTS[conflict], { only: COMPARED, subjects: false });
}
export const sorted = (expected: string) => expected.split('; ').filter(Boolean).sort().join('; ');

