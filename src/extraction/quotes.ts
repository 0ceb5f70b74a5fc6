import { Token } from './analyse';

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

export function isQuoteMark(token: Token): boolean {
  return OPENING.has(token.text) || CLOSING.has(token.text) || token.text === STRAIGHT;
}

/**
 * For each token, whether it stands inside quotation marks. One pass over the tokens; a quote left open
 * runs to the end of its line (wire copy reopens a quote at the next paragraph), so an unclosed mark
 * can never make the whole text a quote.
 */
export function quotedTokens(tokens: Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  let open = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.lineStart) open = false;
    if (OPENING.has(t.text)) open = true;
    else if (CLOSING.has(t.text)) open = false;
    else if (t.text === STRAIGHT) open = !open;
    else inside[i] = open;
  }
  return inside;
}

/** How many words may stand between a speaker and the quote it resumes (', the statement said on Monday, "'). */
const RESUME_REACH = 6;

/**
 * A quote resumed after the speaker of an inverted attribution: '"Several were neutralised," the statement said, "and
 * the situation is calm."' is two statements (a quotation split by "he said" is two). Given where the speaker's
 * words end and the clause ends, the quoted words after them, or null.
 */
export function resumedQuote(tokens: Token[], quoted: boolean[], speakerEnd: number, last: number): [number, number] | null {
  let a = speakerEnd + 1;
  while (a <= last && a - speakerEnd <= RESUME_REACH && !quoted[a]) a += 1;
  if (a > last || !quoted[a] || !isQuoteMark(tokens[a - 1]) || tokens[a - 2]?.text !== ',') return null;
  let b = a;
  while (b + 1 <= last && quoted[b + 1]) b += 1;
  // '..., the army said, "is a lie," a JNIM spokesman replied': a speaker of its own after the quote is another's answer.
  if (tokens.slice(b + 1, last + 1).some((t) => t.pos === 'VERB')) return null;
  while (b > a && tokens[b].pos === 'PUNCT') b -= 1;
  return b - a >= 2 ? [a, b] : null;
}
