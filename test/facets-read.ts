import { extractStatements, KnownSource } from '../src/extraction/extract';

/**
 * The facets extraction reads from a probe text, sorted, one line: `attribute[subject]=value`, "not " before a
 * denied one, sets joined by commas; "(no statement)" when the text gives no candidate, so that a probe expecting
 * no facet cannot pass on a sentence that was not read at all.
 */
export function facetsRead(text: string, sources: KnownSource[]): string {
  const candidates = extractStatements(text, sources);
  if (!candidates.length) return '(no statement)';
  return candidates.flatMap((c) => c.facets)
    .map((f) => {
      const value = Array.isArray(f.value) ? f.value.join(',') : String(f.value);
      return `${f.polarity === 'denied' ? 'not ' : ''}${f.attribute}${f.subject ? `[${f.subject}]` : ''}=${value}`;
    })
    .sort().join('; ');
}
