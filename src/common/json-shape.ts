import { JsonScanner, JsonShape } from './json-scanner';

/** The deepest nesting of objects and lists a JSON body may have; every record of the API needs fewer than 10. */
export const MAX_JSON_DEPTH = 32;

export type { JsonShape } from './json-scanner';

/**
 * One linear pass over JSON text, before it is parsed: how deep it nests (stopping at the first point past
 * `maxDepth`, so a body of 100,000 "[" costs nothing more), and how many elements the lists of the top
 * object hold. The same pass as the body parsers make while a body arrives (see `JsonScanner`).
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH, maxList = Infinity, maxDeeperList = maxList): JsonShape {
  const scanner = new JsonScanner({ maxDepth, maxList, maxDeeperList });
  scanner.feed(text);
  const { depth, tooDeepAt, topListElements, tooLongAt } = scanner.shape();
  return { depth, tooDeepAt, topListElements, tooLongAt };
}

/** Where a list in a parsed value is longer than it may be: `facets` of a claim, or any list. */
export interface ListLimits {
  /** Any list not named below. */
  any: number;
  /** The longest list allowed below the top value's own lists (a claim's facets in a bundle), checked while scanning. */
  deeper: number;
  /** Lists under these field names (at any level). */
  named: Record<string, number>;
}

/**
 * The first list longer than its limit, with its path (`facets`, `claims[3].facets`), or null. It walks
 * the parsed value once, before any conversion into classes, so 3,000,000 facets are refused by their
 * count instead of being converted first. The depth is already bounded by `scanJson`.
 */
export function overlongList(value: unknown, limits: ListLimits, path = ''): { path: string; name: string; length: number; limit: number } | null {
  if (Array.isArray(value)) {
    const name = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
    const limit = limits.named[name] ?? limits.any;
    if (value.length > limit) return { path: path || 'body', name: name || 'items', length: value.length, limit };
    for (let i = 0; i < value.length; i += 1) {
      const found = overlongList(value[i], limits, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const found = overlongList((value as Record<string, unknown>)[key], limits, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
