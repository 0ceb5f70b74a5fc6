/** The deepest nesting of objects and lists a JSON body may have; every record of the API needs fewer than 10. */
export const MAX_JSON_DEPTH = 32;

/** What one pass over JSON text finds before it is parsed. */
export interface JsonShape {
  /** The deepest nesting seen, up to the first position past the limit. */
  depth: number;
  /** Where (character offset) the nesting first went past the limit, or null. */
  tooDeepAt: number | null;
  /** Elements of lists that sit directly in the top object (`{ "claims": [ ... ] }`): records of a bundle. */
  topListElements: number;
  /** Where (character offset) a list first went past `maxList` elements, or null. */
  tooLongAt: number | null;
}

const OPEN_OBJECT = 123; // {
const OPEN_LIST = 91; // [
const CLOSE_OBJECT = 125; // }
const CLOSE_LIST = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92;
const COMMA = 44;

/**
 * One linear pass over JSON text, before it is parsed: how deep it nests (stopping at the first point past
 * `maxDepth`, so a body of 100,000 "[" costs nothing more), and how many elements the lists of the top
 * object hold. Strings are skipped with their escapes; the text need not be valid (the parser says why later).
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH, maxList = Infinity, maxDeeperList = maxList): JsonShape {
  const stack: number[] = [];
  /** Commas seen in each open list (by depth): a list of n > 0 elements has n - 1. */
  const commas: number[] = [];
  let depth = 0;
  let topListElements = 0;
  let inString = false;
  let pendingElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
      continue;
    }
    const inTopList = stack.length === 2 && stack[0] === OPEN_OBJECT && stack[1] === OPEN_LIST;
    if (inTopList && pendingElement && c !== CLOSE_LIST && !isSpace(c)) {
      topListElements += 1;
      pendingElement = false;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      stack.push(c);
      if (stack.length > depth) depth = stack.length;
      commas[stack.length] = 0;
      if (stack.length > maxDepth) return { depth, tooDeepAt: i, topListElements, tooLongAt: null };
      if (stack.length === 2 && stack[0] === OPEN_OBJECT && c === OPEN_LIST) pendingElement = true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      stack.pop();
      pendingElement = false;
    } else if (c === COMMA) {
      if (inTopList) pendingElement = true;
      const limit = stack.length <= 2 ? maxList : maxDeeperList;
      if (stack[stack.length - 1] === OPEN_LIST && (commas[stack.length] += 1) >= limit) {
        return { depth, tooDeepAt: null, topListElements, tooLongAt: i };
      }
    }
  }
  return { depth, tooDeepAt: null, topListElements, tooLongAt: null };
}

/** JSON's white space: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
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
