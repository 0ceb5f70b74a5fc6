/**
 * What a person typed, as the words a full-text index is asked for: letters and digits only (so nothing
 * typed can be read as the index's own query syntax), lower-cased, at most `MAX_TERMS`, each matched as
 * a prefix ("launcher" finds "launchers"). Every word must be found.
 */
export const MAX_TERMS = 12;
const WORD = /[\p{L}\p{N}]+/gu;

export function searchTerms(text: string): string[] {
  return [...new Set((text.normalize('NFKC').toLowerCase().match(WORD) ?? []).map((w) => w.slice(0, 50)))].slice(0, MAX_TERMS);
}

/** FTS5: `"rocket"* "launchers"*` (each word quoted, a prefix, all required). */
export const fts5Query = (terms: string[]) => terms.map((t) => `"${t}"*`).join(' ');

/** PostgreSQL `to_tsquery('simple', …)`: `rocket:* & launchers:*`. */
export const tsQuery = (terms: string[]) => terms.map((t) => `${t}:*`).join(' & ');
