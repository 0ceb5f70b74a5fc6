import { Token } from './analyse';
import { Span } from './attribution';
import { ATTACK_NOUNS, PLACES, TARGETING } from './category-words';

/** Words of a noun phrase from i ("the military airport", "Gaza's al-Ahli hospital"), within 8 tokens. */
export function nounPhrase(tokens: Token[], i: number, last: number): Span | null {
  let end = -1;
  for (let k = i; k <= last && k - i < 8; k += 1) {
    const t = tokens[k];
    const compound = k > i && tokens[k - 1].text === '-' && tokens[k - 1].end === t.start;
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) || compound || (t.pos === 'DET' && k === i) || t.lower === "'s" || t.lower === '’s' || t.text === '-') end = t.pos === 'DET' || t.text === '-' ? end : k;
    else if (t.pos === 'DET' && k > i && (tokens[k - 1].lower === "'s" || tokens[k - 1].lower === '’s')) continue;
    else break;
  }
  return end >= i ? [i, end] : null;
}

export function label(tokens: Token[], [a, b]: Span): string {
  const words: string[] = [];
  for (let k = a; k <= b; k += 1) {
    const t = tokens[k];
    if (t.pos === 'DET' || t.lower === "'s" || t.lower === '’s') continue;
    words.push(t.lower);
  }
  return words.join(' ').replace(/ - /g, '-');
}

/** Targets: what an attack verb or noun aims at ("attacked the airport and the school", "an attack on X"). */
export function targets(tokens: Token[], first: number, last: number): Array<{ value: string; span: Span }> {
  const out: Array<{ value: string; span: Span }> = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    let from = -1;
    if (t.pos === 'VERB' && TARGETING.has(t.lemma) && tokens[i - 1]?.lower !== 'was' && tokens[i - 1]?.lower !== 'were') from = i + 1;
    else if (ATTACK_NOUNS.has(t.lower) && (tokens[i + 1]?.lower === 'on' || tokens[i + 1]?.lower === 'against')) from = i + 2;
    if (from < 0 || from > last) continue;
    // "targeted only the gendarmerie school": the exclusive word before the list.
    if (tokens[from].lower === 'only' && from + 1 <= last) from += 1;
    let k = from;
    for (let guard = 0; guard < 4 && k <= last; guard += 1) {
      const np = nounPhrase(tokens, k, last);
      if (!np) break;
      const value = label(tokens, np);
      if (value && PLACES.has(tokens[np[1]].lower)) out.push({ value, span: np });
      k = np[1] + 1;
      if (tokens[k]?.text === ',' ) k += 1;
      if (tokens[k]?.lower === 'and') k += 1;
      else if (tokens[k - 1]?.text !== ',') break;
    }
    i = Math.max(i, k - 1);
  }
  return out;
}
