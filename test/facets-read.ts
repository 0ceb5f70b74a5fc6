import { extractStatements, KnownSource } from '../src/extraction/extract';

/**
 * The facets extraction reads from a probe text, sorted, one line: `attribute[subject]=value`, "not " before a
 * denied one, sets joined by commas; "(no statement)" when the text gives no candidate, so that a probe expecting
 * no facet cannot pass on a sentence that was not read at all. `only` keeps those attributes; `subjects: false` leaves
 * the subjects out.
 */
export function facetsRead(text: string, sources: KnownSource[], options: { only?: Set<string>; subjects?: boolean } = {}): string {
  const candidates = extractStatements(text, sources);
  if (!candidates.length) return '(no statement)';
  return candidates.flatMap((c) => c.facets)
    .filter((f) => !options.only || options.only.has(f.attribute))
    .map((f) => {
      const value = Array.isArray(f.value) ? f.value.join(',') : String(f.value);
      const subject = f.subject && options.subjects !== false ? `[${f.subject}]` : '';
      return `${f.polarity === 'denied' ? 'not ' : ''}${f.attribute}${subject}=${value}`;
    })
    .sort().join('; ');
}
