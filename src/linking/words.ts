/**
 * Words of a text as the event matcher compares them: lower case, letters and digits only, without
 * the words every article has. Linear in the text's length.
 */
const STOP = new Set(('a an and are as at be been but by for from had has have he her his in into is it its of on or our said says '
  + 'she that the their them they this to was were which who will with would not no than then there these those after before '
  + 'about also more most some such only over under up down out one two three four five six seven eight nine ten told say '
  + 'according statement spokesman spokeswoman official officials reported report reports news agency people we us you i all any '
  + 'can could did do does other while when where what how if so least many several during since near').split(' '));

export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (token.length < 2 || STOP.has(token) || /^\d+$/.test(token)) continue;
    out.push(token);
  }
  return out;
}

/** The most frequent distinctive words of a text, at most `limit`, most frequent first. */
export function keyWords(text: string, limit = 40): string[] {
  const counts = new Map<string, number>();
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([word]) => word);
}

/**
 * The phrases of up to `longest` words in a text, for looking up names (places, sources) in a map:
 * every run of 1..longest consecutive words, lower case, joined by one space.
 */
export function phrases(text: string, longest = 4): Set<string> {
  const tokens = text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let phrase = '';
    for (let n = 0; n < longest && i + n < tokens.length; n++) {
      phrase = n === 0 ? tokens[i] : `${phrase} ${tokens[i + n]}`;
      out.add(phrase);
    }
  }
  return out;
}

/** A name as `phrases` says it. */
export function phraseOf(name: string): string {
  return name.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean).join(' ');
}
