import { Token } from './analyse';
import { Span } from './attribution';
import { ATTACK_NOUNS } from './category-words';
import { CIVILIAN_WORDS } from './victim-status';
import { CONTAINERS, DESCRIBING, GENERAL, NOT_ATTACKS, NOT_TARGETS, PEOPLE, SAME } from './target-words';
import { negatedBefore, noneOf } from './negation';

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

/** Verbs whose object is what was aimed at: "targeted the school", "struck a depot", "stormed the hotel". */
const AIMING_VERBS = new Set(['target', 'attack', 'strike', 'hit', 'shell', 'bomb', 'bombard', 'storm', 'raid', 'overrun', 'pound', 'ambush']);
/** The same verbs in the passive name what was aimed at as their subject: "the school was targeted". Hit and struck say where it landed (attacked). */
const PASSIVE_AIMING = new Set(['target', 'attack', 'shell', 'bomb', 'bombard', 'storm', 'raid', 'overrun']);
/** Nouns of an attack followed by what it was on: "the attack on", "shelling of". */
const ON_NOUNS = new Set([...ATTACK_NOUNS, 'bombardment', 'airstrike', 'airstrikes', 'operation', 'operations', 'assaults', 'offensives']);
/** Weapons that fall or land on a place: "shells fell in the camps". */
const FALLING = new Set(['shell', 'bomb', 'rocket', 'missile', 'mortar', 'projectile', 'round']);
const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being', "'s"]);
const ONLY = new Set(['only', 'solely', 'exclusively', 'just']);
function classifying(word: string): boolean {
  return !DESCRIBING.has(word) && !/(ed|ing|est|er)$/.test(word) && !word.includes('-');
}

export interface Aimed {
  value: string;
  span: Span;
  /** "targeted only the school": the list is all that was aimed at. */
  only: boolean;
  /** Said as what was aimed at ("targeted", "aimed at", "the target was"), not only as where an attack fell. */
  aimed: boolean;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

interface Word { text: string; pos: string }

/** Words of a noun phrase without articles and possessors, hyphenated compounds joined ("self-defence"). */
function wordsOf(tokens: Token[], [a, b]: Span): Word[] {
  const words: Word[] = [];
  for (let k = a; k <= b; k += 1) {
    const t = tokens[k];
    // "Yemen's Houthi-run prison": the possessor is dropped with its mark.
    if (t.lower === "'s" || t.lower === '’s') {
      words.length = 0;
      continue;
    }
    if (t.pos === 'DET') continue;
    const joined = k > a && tokens[k - 1].text === '-' && tokens[k - 1].end === t.start && words.length > 0;
    if (t.text === '-') continue;
    if (joined) {
      const prev = words[words.length - 1];
      words[words.length - 1] = { text: `${prev.text}-${t.lower}`, pos: t.pos === 'VERB' ? 'ADJ' : prev.pos === 'PROPN' ? 'PROPN' : t.pos };
    } else words.push({ text: t.lower, pos: t.pos });
  }
  return words;
}

/**
 * What a target is called, as a desk writes it: the head noun with the name or the noun that classifies it
 * ("the Kredmash road machinery plant" -> "kredmash plant", "a busy village market" -> "village market"),
 * without articles, possessors or describing adjectives. Empty when the head names no target.
 */
export function targetValue(tokens: Token[], np: Span): string {
  const words = wordsOf(tokens, np);
  // "fighters loyal to the TPLF": an adjective after the head describes it.
  while (words.length > 1 && words[words.length - 1].pos === 'ADJ') words.pop();
  if (!words.length) return '';
  const head = words[words.length - 1];
  if (NOT_TARGETS.has(head.text) || CIVILIAN_WORDS.has(head.text) || head.pos === 'NUM' || /^\d/.test(head.text)) return '';
  // A bare place name ("stormed Zamzam", "attacked Kharkiv") is where it happened, not what was aimed at.
  if (head.pos !== 'NOUN') return '';
  // "rebel fighters", "TPLF fighters": people are named by what they are, so that two wordings are one element.
  if (PEOPLE.has(head.text)) return head.text;
  const modifiers = words.slice(0, -1);
  const same = SAME.get(modifiers.length ? `${modifiers[modifiers.length - 1].text} ${head.text}` : head.text) ?? SAME.get(head.text);
  if (same) return same;
  // "legitimate military targets": a word as general as "targets" keeps the adjective that says which.
  if (GENERAL.has(head.text) && modifiers.length && modifiers[modifiers.length - 1].pos === 'ADJ') return `${modifiers[modifiers.length - 1].text} ${head.text}`;
  const names = modifiers.filter((w) => w.pos === 'PROPN');
  if (names.length) return [...names.map((w) => w.text), head.text].join(' ');
  const nouns = modifiers.filter((w) => w.pos === 'NOUN');
  if (nouns.length) return `${nouns[nouns.length - 1].text} ${head.text}`;
  // "the radio station", "the military airport": an adjective right before the head that classifies it, not one that describes it.
  const before = modifiers[modifiers.length - 1];
  return before && before.pos === 'ADJ' && classifying(before.text) ? `${before.text} ${head.text}` : head.text;
}

/** The noun phrases of a list from `from`: "the airport, the school and the barracks", "the Mugunga and Lac Vert camps". */
export function list(tokens: Token[], from: number, last: number, only: boolean, aimed: boolean, out: Aimed[]): number {
  let k = from;
  const found: Array<Aimed & { name: boolean }> = [];
  for (let guard = 0; guard < 4 && k <= last; guard += 1) {
    if (ONLY.has(tokens[k].lower) && k + 1 <= last) {
      only = true;
      k += 1;
    }
    // '"legitimate military targets"': quotation marks around the list are skipped.
    if (/^["“”]$/.test(tokens[k].text) && k + 1 <= last) k += 1;
    let np = nounPhrase(tokens, k, last);
    if (!np) break;
    // "the grounds of the plant", "members of a group": the place or the body itself.
    if (CONTAINERS.has(tokens[np[1]].lower) && tokens[np[1] + 1]?.lower === 'of' && np[1] + 2 <= last) {
      const open = /^["“”]$/.test(tokens[np[1] + 2].text) ? 1 : 0;
      const inner = np[1] + 2 + open <= last ? nounPhrase(tokens, np[1] + 2 + open, last) : null;
      if (inner) np = inner;
    }
    // "the Mugunga and Lac Vert camps": a name before "and" may share the head of the next phrase.
    const name = tokens[np[1]].pos === 'PROPN' && tokens[np[1] + 1]?.lower === 'and';
    found.push({ value: targetValue(tokens, np), span: np, only, aimed, name });
    k = np[1] + 1;
    if (tokens[k]?.text === ',') k += 1;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k += 1;
    else if (tokens[k - 1]?.text !== ',') break;
    // ", and that claims ...": another clause, not another target.
    if (['that', 'which', 'who', 'where', 'when'].includes(tokens[k]?.lower ?? '')) break;
  }
  const shared = found.length > 1 ? found[found.length - 1] : null;
  const words = shared ? wordsOf(tokens, shared.span) : [];
  const sharing = !!shared && words.length > 1 && words[0].pos === 'PROPN' && words[words.length - 1].pos === 'NOUN' && tokens[shared.span[0]].pos !== 'DET';
  for (const f of found) {
    if (sharing && f.name && f !== shared) {
      const head = singular(shared!.value.split(' ').pop()!);
      f.value = `${label(tokens, f.span)} ${head}`;
    }
  }
  if (sharing && found.some((f) => f.name)) shared!.value = [...shared!.value.split(' ').slice(0, -1), singular(shared!.value.split(' ').pop()!)].join(' ');
  for (const { name: _name, ...f } of found) if (f.value) out.push(f);
  return k;
}

/** A noun phrase ending at `end`, walking left within 8 tokens ("the Kremenchuk mall"), for a passive's subject. */
function phraseEndingAt(tokens: Token[], end: number, first: number): Span | null {
  let start = -1;
  for (let k = end; k >= first && end - k < 8; k -= 1) {
    const t = tokens[k];
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) || t.text === '-' || t.lower === "'s" || t.lower === '’s') start = k;
    else if (t.pos === 'DET') {
      start = k;
      break;
    } else break;
  }
  while (start >= 0 && start <= end && (tokens[start].text === '-' || tokens[start].lower === "'s")) start += 1;
  return start >= 0 && start <= end ? [start, end] : null;
}

/** "do not deliver strikes on civilian targets": strikes a negated verb governs are denied (target-denials.ts), not aimed. */
function deliveredNot(tokens: Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && k >= i - 3 && ['DET', 'ADJ'].includes(tokens[k].pos)) k -= 1;
  if (tokens[k]?.lower === 'out') k -= 1;
  return k >= first && tokens[k].pos === 'VERB' && (negatedBefore(tokens, k, first) || (k - 2 >= first && tokens[k - 2].lower === 'not'));
}

/** Skips auxiliaries and adverbs left of i; returns the first other token's index. */
function beforeAux(tokens: Token[], i: number, first: number): number {
  let k = i - 1;
  while (k >= first && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k -= 1;
  return k;
}

/** The subject of a passive at i ("the market had been hit", "no market had been struck"), or null when i is no passive. */
export function passiveSubject(tokens: Token[], i: number, first: number): Span | null {
  if (!passive(tokens, i, first)) return null;
  return phraseEndingAt(tokens, beforeAux(tokens, i, first), first);
}

function passive(tokens: Token[], i: number, first: number): boolean {
  // "the jets were targeting the power station": "be" with a verb in -ing is the progressive, active.
  if (tokens[i].lower.endsWith('ing')) return false;
  for (let k = i - 1; k >= first && k >= i - 3; k -= 1) {
    if (BE.has(tokens[k].lower) || tokens[k].lemma === 'be' || tokens[k].lower === 'got') return true;
    if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'AUX' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

/**
 * Targets: what a statement says was aimed at. "targeted only the school", "struck a depot", "aimed at fighters",
 * "the attack on the airport and the school", "air strikes by the military on a concert", "the mall was the target",
 * "the camp was shelled", "shells fell in the camps". Each reading looks at a bounded window of tokens.
 */
export function targets(tokens: Token[], first: number, last: number): Aimed[] {
  const out: Aimed[] = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let from = -1;
    let aimed = true;
    let only = i > first && ONLY.has(tokens[i - 1].lower);
    // "had not targeted the school": what was not aimed at is no target (whether it was attacked is read apart).
    const negated = t.pos === 'VERB' && (negatedBefore(tokens, i, first) || (i - 2 >= first && tokens[i - 2].lower === 'not') || noneOf(tokens, i, first));
    if (negated) continue;
    // "the sanctions targeted its commanders": the subject right before the verb is no attack.
    const notAttack = i > first && NOT_ATTACKS.has(tokens[beforeAux(tokens, i, first)]?.lower ?? '');
    if (notAttack) continue;
    if (t.pos === 'VERB' && AIMING_VERBS.has(t.lemma) && !passive(tokens, i, first)) {
      // "struck at army positions".
      from = next && ['at', 'on'].includes(next.lower) ? i + 2 : i + 1;
      aimed = t.lemma === 'target';
    }
    else if (t.pos === 'VERB' && (t.lemma === 'aim' || t.lemma === 'direct') && next) {
      // "aimed only at legitimate military targets"
      let k = i + 1;
      if (ONLY.has(tokens[k].lower)) {
        only = true;
        k += 1;
      }
      if (tokens[k]?.lower === 'at' || tokens[k]?.lower === 'against') from = k + 1;
    } else if (t.lemma === 'go' && next?.lower === 'after') from = i + 2;
    // "opened fire on a bus", "fired at the convoy": where the fire was aimed.
    else if ((t.lemma === 'fire' && t.pos === 'VERB') || (t.lower === 'fire' && tokens[i - 1]?.lemma === 'open')) {
      if (next && ['on', 'at'].includes(next.lower)) {
        from = i + 2;
        aimed = false;
      }
    }
    else if (t.pos === 'VERB' && (t.lemma === 'fall' || t.lemma === 'land') && i > first && FALLING.has(tokens[beforeAux(tokens, i, first)]?.lemma) && ['on', 'in', 'into'].includes(next?.lower ?? '')) {
      from = i + 2;
      aimed = false;
    } else if (ON_NOUNS.has(t.lower) && t.pos !== 'VERB' && !deliveredNot(tokens, i, first)) {
      aimed = false;
      let k = i + 1;
      // "air strikes by Myanmar's military on a concert": whose strike it was stands between.
      if (tokens[k]?.lower === 'by' && k + 1 <= last) {
        const by = nounPhrase(tokens, k + 1, last);
        if (by) k = by[1] + 1;
      }
      const of = tokens[k]?.lower === 'of' && ['shelling', 'bombing', 'bombardment'].includes(t.lower);
      // "the suicide bombing at a mosque": at names the place, which counts only as a kind of target (TARGET_KINDS).
      if (['on', 'against', 'at'].includes(tokens[k]?.lower ?? '') || of) from = k + 1;
    } else if ((t.lower === 'target' || t.lower === 'targets') && t.pos === 'NOUN' && i > first) {
      // "The target was the headquarters", "the mall was the target", "had been a target"; "the target of the strike
      // was a depot" over what it was the target of; "its targets included a bridge", some of them.
      const of = next?.lower === 'of' ? nounPhrase(tokens, i + 2, last) : null;
      const be = of ? of[1] + 1 : i + 1;
      if (tokens[be] && BE.has(tokens[be].lower) && tokens[i - 1].pos === 'DET' && ['the', 'its'].includes(tokens[i - 1].lower)) {
        from = be + 1;
        only = true;
      } else if (next?.lemma === 'include' && ['its', 'their', 'the'].includes(tokens[i - 1].lower)) from = i + 2;
      else {
        const be = i - 2;
        const det = tokens[i - 1];
        if (det.pos === 'DET' && be >= first && (BE.has(tokens[be].lower) || tokens[be].lemma === 'be')) {
          const subject = phraseEndingAt(tokens, beforeAux(tokens, be + 1, first), first);
          const value = subject ? targetValue(tokens, subject) : '';
          if (subject && value) out.push({ value, span: subject, only: false, aimed: true });
        }
      }
    } else if (t.lower === 'hit' && next && BE.has(next.lower) && tokens[i - 1]?.lower === 'was' && tokens[i - 2]?.lower === 'what') from = i + 2;
    else if (PASSIVE_AIMING.has(t.lemma) && (t.pos === 'VERB' || t.lower.endsWith('ed')) && passive(tokens, i, first)) {
      // "a concert crowd had been bombed", "the camp was targeted".
      const subject = phraseEndingAt(tokens, beforeAux(tokens, i, first), first);
      const value = subject ? targetValue(tokens, subject) : '';
      if (subject && value) out.push({ value, span: subject, only: false, aimed: t.lemma === 'target' || t.lemma === 'bomb' });
    }
    if (from < 0 || from > last) continue;
    const k = list(tokens, from, last, only, aimed, out);
    i = Math.max(i, k - 1);
  }
  return out;
}
