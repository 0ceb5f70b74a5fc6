import { Token } from './analyse';
import { isYear } from './quantity-numbers';
import { ELSEWHERE, MONTHS, PAST_SPANS } from './quantity-words';

/**
 * Whether a count is of the event the statement is about, or of another time: another incident ("in a
 * separate attack", "in 2019"), a whole war or period ("since the war began", "over the past decade",
 * "have been killed this year"), a date long before ("20 years ago"). Each test reads the count's own
 * clause, a bounded number of tokens.
 */

const SINCE = new Set(['war', 'conflict', 'start', 'beginning', 'outbreak', 'invasion', 'began', 'started', 'then', 'fighting', 'offensive', 'insurgency', 'independence']);
/** What a figure is called: "an earlier toll of 63". */
const FIGURES = new Set(['toll', 'figure', 'count', 'estimate', 'tally']);
const DURATIONS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hours', 'year', 'years']);

/** The tokens of a number's clause: back to a comma, ";" or the sentence's start; on to the next one. */
function clauseOf(tokens: Token[], start: number, end: number, first: number, last: number): [number, number] {
  let a = start;
  while (a - 1 >= first && ![',', ';', '.', ':'].includes(tokens[a - 1].text) && start - a < 40) a -= 1;
  // "Last year, 300 people were killed": a short opening phrase belongs to the clause.
  if (a - 1 >= first && tokens[a - 1].text === ',') {
    let b = a - 1;
    while (b - 1 >= first && ![',', ';', '.', ':'].includes(tokens[b - 1].text) && a - b < 6) b -= 1;
    if (b === first || [';', '.', ':'].includes(tokens[b - 1]?.text ?? '.')) a = b;
  }
  let z = end;
  while (z + 1 <= last && ![',', ';', '.', ':'].includes(tokens[z + 1].text) && z - end < 40) z += 1;
  return [a, z];
}

/** "the deadliest since 2017", "the worst attack since the war began": a comparison, not the span of a count. */
const SUPERLATIVES = new Set(['deadliest', 'worst', 'bloodiest', 'biggest', 'largest', 'heaviest', 'first', 'most', 'highest', 'latest']);
const WARS = new Set(['war', 'conflict', 'insurgency']);
/** Spans of time before the event: "over the past three years", "in the last decade". */
const LONG_SPANS = new Set(['year', 'years', 'decade', 'decades', 'months']);
const PERFECT = new Set(['has', 'have', "'ve", 'had']);
/** "in revenge for the arrest of one of their commanders": what the attack avenged is another incident. */
const AVENGED = new Set(['revenge', 'retaliation', 'reprisal', 'response']);

/** "the war", but not "war crime", "war-torn", "prisoners of war". */
function war(tokens: Token[], k: number): boolean {
  if (!WARS.has(tokens[k].lower)) return false;
  if (tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower.startsWith('prisoner')) return false;
  const next = tokens[k + 1];
  return !(next && (next.pos === 'NOUN' || (next.text === '-' && next.start === tokens[k].end)));
}

/** "since" after a superlative within four words: "the deadliest attack since 2017". */
function compared(tokens: Token[], k: number, a: number): boolean {
  for (let j = k - 1; j >= Math.max(a, k - 4); j -= 1) if (SUPERLATIVES.has(tokens[j].lower)) return true;
  return false;
}

/** "the past three years", "the last decade": "past" or "last" and a long span within three words. */
function pastSpan(tokens: Token[], k: number, z: number): boolean {
  for (let j = k + 1; j <= Math.min(z, k + 3); j += 1) if (LONG_SPANS.has(tokens[j].lower)) return true;
  return false;
}

/**
 * A figure of another incident or of a whole war or period: "in a separate attack", "last year", "since the
 * war began", "in 2019", "20 years ago", "over the past decade", "have been killed this year", "troops have since killed", "in revenge for the arrest of".
 */
export function elsewhere(tokens: Token[], start: number, end: number, first: number, last: number): boolean {
  const [a, z] = clauseOf(tokens, start, end, first, last);
  // "the deadliest since 2017, when 300 people died": a clause of the year named before it.
  if (tokens[a]?.lower === 'when' && tokens[a - 1]?.text === ',' && tokens.slice(Math.max(first, a - 4), a - 1).some(isYear)) return true;
  let perfect = false;
  let thisYear = false;
  for (let k = a; k <= z; k += 1) {
    if (k >= start && k <= end) continue;
    const w = tokens[k];
    const next = tokens[k + 1];
    if (PERFECT.has(w.lower)) perfect = true;
    // "troops have since neutralised 12 terrorists": what was done after the event, another operation.
    if (PERFECT.has(w.lower) && next?.lower === 'since' && (tokens[k + 2]?.pos === 'VERB' || !!tokens[k + 2]?.lower.endsWith('ed')) && k < start) return true;
    if (k < start && AVENGED.has(w.lower) && next?.lower === 'for') return true;
    if (w.lower === 'this' && next && PAST_SPANS.has(next.lower)) thisYear = true;
    if (WARS.has(w.lower)) {
      if (war(tokens, k)) return true;
      continue;
    }
    if (ELSEWHERE.has(w.lower) && w.lower !== 'since' && w.lower !== 'earlier') return true;
    // "the deadliest attack since the war began": the words of the comparison say no span.
    if (w.lower === 'since' && compared(tokens, k, a)) {
      k += 4;
      continue;
    }
    if (w.lower === 'since') {
      for (let j = k + 1; j <= Math.min(z, k + 4); j += 1) if (isYear(tokens[j]) || MONTHS.has(tokens[j].lower) || SINCE.has(tokens[j].lower)) return true;
    }
    if (w.lower === 'earlier' && next && (next.pos === 'NOUN' || next.lower === 'this' || FIGURES.has(next.lemma))) return true;
    if (w.lower === 'last' && next && PAST_SPANS.has(next.lower)) return true;
    if ((w.lower === 'past' || w.lower === 'last') && tokens[k - 1]?.lower === 'the' && pastSpan(tokens, k, z)) return true;
    if (w.lower === 'ago' && k - 1 >= first && LONG_SPANS.has(tokens[k - 1].lower)) return true;
    // "in 2019", "during 2022": a year alone, no day or month of the event.
    if ((w.lower === 'in' || w.lower === 'during') && next && isYear(next)) return true;
    if (w.lower === 'another' && next && next.pos === 'NOUN') return true;
    if ((w.lower === 'after' || w.lower === 'before') && k - 1 >= first && DURATIONS.has(tokens[k - 1].lower)) return true;
  }
  // "7,000 people have been killed this year", "so far this year": a running total of the year.
  return perfect && thisYear;
}

/** "the government's figure of about 60", "the army's toll of 12": a figure named as another party's. */
export function othersFigure(tokens: Token[], start: number, first: number): boolean {
  let k = start - 1;
  if (k < first || tokens[k].lower !== 'of') return false;
  k -= 1;
  if (k >= first && (tokens[k].pos === 'ADJ' || tokens[k].lower === 'death')) k -= 1;
  if (k < first || !FIGURES.has(tokens[k].lemma)) return false;
  const owner = tokens[k - 1];
  return !!owner && k - 1 >= first && (owner.lower === "'s" || owner.lower === "’s" || owner.lower === "'");
}
