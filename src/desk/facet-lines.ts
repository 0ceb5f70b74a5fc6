import { FacetDto } from '../claims/dto/create-claim.dto';
import { AttributeKind } from '../attributes/attribute.entity';
import { ErrorDetail } from '../common/app-error';
import { FacetValue } from '../common/columns';

/**
 * Facets as a desk types them, one per line: `attribute: value`, `attribute (subject): value`.
 * `not value` denies it; `only a, b` is the whole list; sets take commas; ` @ from/to` (ISO times, either
 * may be left out) is the time the facet holds for. The API's checks then run
 * on the result as on any claim, so this only has to say what the line means.
 */
const LINE = /^\s*([A-Za-z0-9_.-]+)\s*(?:\(([^)]*)\))?\s*:\s*(.*?)\s*$/;

export interface FacetLines {
  facets: FacetDto[];
  /** The line each facet was read from, counting from 1, so the API's `facets[i]` can be said as `facets line N`. */
  lines: number[];
  problems: ErrorDetail[];
}

export function parseFacetLines(text: string, kinds: ReadonlyMap<string, AttributeKind>, path = 'facets'): FacetLines {
  const facets: FacetDto[] = [];
  const lines: number[] = [];
  const problems: ErrorDetail[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${path} line ${index + 1}`;
    const match = LINE.exec(line);
    if (!match || match[3] === '') {
      problems.push({ path: where, message: 'write it as "attribute: value" or "attribute (subject): value"' });
      return;
    }
    const [, attribute, subject, said] = match;
    const at = said.lastIndexOf(' @ ');
    const rest = at >= 0 ? said.slice(0, at).trim() : said;
    const scope = at >= 0 ? said.slice(at + 3).trim().split('/').map((t) => t.trim()) : null;
    const kind = kinds.get(attribute);
    if (!kind) {
      problems.push({ path: where, message: `${attribute} is not an attribute; known: ${[...kinds.keys()].sort().join(', ')}` });
      return;
    }
    let words = rest;
    const denied = /^not\s+/i.test(words);
    if (denied) words = words.replace(/^not\s+/i, '');
    const exclusive = kind === 'set' && /^only\s+/i.test(words);
    if (exclusive) words = words.replace(/^only\s+/i, '');
    lines.push(index + 1);
    facets.push({
      attribute,
      ...(subject?.trim() && { subject: subject.trim() }),
      value: valueOf(words, kind),
      ...(denied && { polarity: 'denied' as const }),
      ...(exclusive && { exclusive: true }),
      ...(scope && { timeScope: { ...(scope[0] && { from: scope[0] }), ...(scope[1] && { to: scope[1] }) } }),
    });
  });
  return { facets, lines, problems };
}

/** An API path such as `facets[2].value`, said as the line it came from: `facets line 4 value`. */
export function onLine(path: string, lines: number[], prefix = 'facets'): string {
  return path.replace(/^facets\[(\d+)\]\.?/, (whole, i: string) => (lines[Number(i)] ? `${prefix} line ${lines[Number(i)]} ` : whole)).trim();
}

function valueOf(words: string, kind: AttributeKind): unknown {
  if (kind === 'set') return words.split(',').map((item) => item.trim()).filter(Boolean);
  if (kind === 'boolean') return /^(yes|true)$/i.test(words) ? true : /^(no|false)$/i.test(words) ? false : words;
  return words;
}

/** The lines that `parseFacetLines` reads back to the same facets. */
export function facetLines(facets: Array<Pick<FacetDto, 'attribute' | 'subject' | 'polarity' | 'exclusive'> & { value?: unknown; timeScope?: { from?: string | null; to?: string | null } | null }>): string {
  return facets.map((facet) => {
    const value = facet.value as FacetValue | undefined;
    const words = Array.isArray(value) ? value.join(', ')
      : value && typeof value === 'object' ? `${value.min}${value.max === undefined || value.max === null ? '+' : value.max === value.min ? '' : `-${value.max}`}`
        : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value ?? '');
    const scope = facet.timeScope && (facet.timeScope.from || facet.timeScope.to) ? ` @ ${facet.timeScope.from ?? ''}/${facet.timeScope.to ?? ''}` : '';
    return `${facet.attribute}${facet.subject ? ` (${facet.subject})` : ''}: ${facet.polarity === 'denied' ? 'not ' : ''}${facet.exclusive ? 'only ' : ''}${words}${scope}`;
  }).join('\n');
}
