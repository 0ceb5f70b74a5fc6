import { analyse } from './analyse';
import { quantityFacets } from './quantity-facets';

/** The quantity facets of a sentence read whole, as `attribute[subject]=value; ...`: one line a table-driven spec compares. */
export function quantitiesOf(text: string): string {
  const a = analyse(text);
  return quantityFacets(a.tokens, [0, a.tokens.length - 1], text, false)
    .map((f) => `${f.attribute}${f.subject ? `[${f.subject}]` : ''}=${String(f.value)}`)
    .join('; ');
}
