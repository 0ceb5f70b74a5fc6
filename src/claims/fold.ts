/**
 * Folds a term for comparison: case, diacritics, apostrophes, punctuation and spacing do not make
 * two values different ("Jama'at  Nusrat" = "jamaat nusrat", "Gendarmerie école" = "gendarmerie ecole").
 */
export function fold(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
