import { KnownSource } from '../src/extraction/extract';

const SYLLABLES = ['ka', 'ro', 'mi', 'tse', 'lu', 'dan', 'vo', 'qi', 'ber', 'nau', 'sho', 'ti', 'pel', 'gor', 'ua', 'zen'];
const ADJECTIVES = ['Malian', 'Israeli', 'Russian', 'Sudanese', 'Congolese', 'Ukrainian', 'Burkinabe', 'Somali'];
const TYPES = ['Relief Committee', 'Brigade', 'Radio', 'Foundation', 'Watch', 'army', 'government', 'Network', 'Militia', 'forces'];
const KINDS = ['ngo', 'armed_group', 'media', 'ngo', 'ngo', 'military', 'government', 'media', 'armed_group', 'military'];

/** A made-up capitalised word, one per number ("Kadan"), from syllables: no two numbers give the same word. */
function word(n: number): string {
  let s = '';
  do {
    s += SYLLABLES[n % 16];
    n = Math.floor(n / 16);
  } while (n > 0);
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * A desk's many sources, each of its own name ("Kadan Rovo Relief Committee"), of mixed kinds. With
 * `countries`, one in seven also names a country ("Malian Kadan Rovo army"), as a desk's list does.
 */
export function syntheticSources(n: number, options: { countries?: boolean } = {}): KnownSource[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `${options.countries && i % 7 === 0 ? `${ADJECTIVES[i % 8]} ` : ''}${word(i)} ${word(i * 7 + 3)} ${TYPES[i % 10]}`,
    aliases: i % 3 ? [word(i).toUpperCase()] : [],
    kind: KINDS[i % 10],
  }));
}
