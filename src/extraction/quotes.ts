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
