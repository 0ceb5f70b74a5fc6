import { FacetDto } from '../claims/dto/create-claim.dto';
import { AttributeKind } from '../attributes/attribute.entity';
import { ErrorDetail } from '../common/app-error';
import { FacetValue } from '../common/columns';

/**
 * Facets as a desk types them, one per line: `attribute: value`, `attribute (subject): value`.
 * `not value` denies it; `only a, b` is the whole list; sets take commas; a time window the value is
 * about ends the line: `from 2024-09-17T05:00Z to 2024-09-17T15:00Z`, `from …` or `until …`. The API's
 * checks then run on the result as on any claim, so this only has to say what the line means.
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
    const [, attribute, subject, rest] = match;
    const kind = kinds.get(attribute);
    if (!kind) {
      problems.push({ path: where, message: `${attribute} is not an attribute; known: ${[...kinds.keys()].sort().join(', ')}` });
      return;
    }
    const { words: valueWords, timeScope } = splitTimeWindow(rest);
    let words = valueWords;
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
      ...(timeScope && { timeScope }),
    });
  });
  return { facets, lines, problems };
}

/** An API path such as `facets[2].value`, said as the line it came from: `facets line 4 value`. */
export function onLine(path: string, lines: number[], prefix = 'facets'): string {
  return path.replace(/^facets\[(\d+)\]\.?/, (whole, i: string) => (lines[Number(i)] ? `${prefix} line ${lines[Number(i)]} ` : whole)).trim();
}

/** A trailing time window: "… from A to B", "… from A", "… until B", where A and B start with a digit (ISO times). */
export function splitTimeWindow(text: string): { words: string; timeScope: { from?: string; to?: string } | null } {
  const tokens = text.split(' ').filter(Boolean);
  const isTime = (token: string | undefined) => token !== undefined && /^\d/.test(token);
  const n = tokens.length;
  if (n >= 5 && tokens[n - 4].toLowerCase() === 'from' && isTime(tokens[n - 3]) && tokens[n - 2].toLowerCase() === 'to' && isTime(tokens[n - 1])) {
    return { words: tokens.slice(0, n - 4).join(' '), timeScope: { from: tokens[n - 3], to: tokens[n - 1] } };
  }
  if (n >= 3 && ['from', 'until'].includes(tokens[n - 2].toLowerCase()) && isTime(tokens[n - 1])) {
    const key = tokens[n - 2].toLowerCase() === 'from' ? 'from' : 'to';
    return { words: tokens.slice(0, n - 2).join(' '), timeScope: { [key]: tokens[n - 1] } };
  }
  return { words: text, timeScope: null };
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
    const scope = facet.timeScope;
    const window = scope?.from && scope.to ? ` from ${scope.from} to ${scope.to}` : scope?.from ? ` from ${scope.from}` : scope?.to ? ` until ${scope.to}` : '';
    return `${facet.attribute}${facet.subject ? ` (${facet.subject})` : ''}: ${facet.polarity === 'denied' ? 'not ' : ''}${facet.exclusive ? 'only ' : ''}${words}${window}`;
  }).join('\n');
}
