/**
 * The first place `pattern` appears in `text`, or -1, in time linear in both (Knuth-Morris-Pratt):
 * `String.prototype.indexOf` may take time proportional to their product on repetitive text, and a
 * 5 KB quote in a 200 KB document is a user's input.
 */
export function findText(text: string, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  if (m > text.length) return -1;
  // Short patterns: indexOf's worst case is small, and it is faster.
  if (m <= 16) return text.indexOf(pattern);
  const border = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i += 1) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = border[k - 1];
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k += 1;
    border[i] = k;
  }
  for (let i = 0, k = 0; i < text.length; i += 1) {
    while (k > 0 && text.charCodeAt(i) !== pattern.charCodeAt(k)) k = border[k - 1];
    if (text.charCodeAt(i) === pattern.charCodeAt(k)) k += 1;
    if (k === m) return i - m + 1;
  }
  return -1;
}
