/** What a pass over JSON text finds before it is parsed. */
export interface JsonShape {
  /** The deepest nesting seen, up to the first position past the limit. */
  depth: number;
  /** Where (character offset) the nesting first went past the limit, or null. */
  tooDeepAt: number | null;
  /** Elements of lists that sit directly in the top object (`{ "claims": [ ... ] }`): records of a bundle. */
  topListElements: number;
  /** Where (character offset) a list first went past its limit, or null. */
  tooLongAt: number | null;
  /** Where (character offset) the records of the top object's lists first went past `maxRecords`, or null. */
  tooManyAt?: number | null;
}

/** One list that sits directly in the top object: where its key and each of its elements are in the text. */
export interface TopList {
  /** `[start, end)` of the key, quotes included. */
  key: [number, number];
  /** `[start, end)` of each element, white space around it included or not. */
  elements: Array<[number, number]>;
}

export interface ScanLimits {
  maxDepth: number;
  /** The longest list at the top or directly in the top object (a bundle's records). */
  maxList?: number;
  /** The longest list below those (a claim's facets). */
  maxDeeperList?: number;
  /** The most elements the top object's lists may hold together (an import's records). */
  maxRecords?: number;
  /** Whether to note where the top object's lists and their elements are (for `parseBulkJson`). */
  ranges?: boolean;
}

const OPEN_OBJECT = 123; // {
const OPEN_LIST = 91; // [
const CLOSE_OBJECT = 125; // }
const CLOSE_LIST = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92;
const COMMA = 44;

/** JSON's white space: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * One linear pass over JSON text, fed in pieces as the body arrives: how deep it nests, how long its lists
 * are, how many records the top object's lists hold. It stops at the first point past a limit, so a body
 * is refused while it is still being read, before anything is parsed or converted. Strings are skipped
 * with their escapes (an escape may straddle two pieces); the text need not be valid (the parser says why
 * later). With `ranges`, it notes where each record of the top object's lists is, so that a large bundle
 * can be parsed record by record, giving the event loop a turn between records.
 */
export class JsonScanner {
  readonly lists: TopList[] = [];
  /** Set when the lists' structure is not what JSON allows (`[1,,2]`, `[1,]`, a bracket closing a brace): parse the text whole. */
  malformed = false;
  private readonly stack: number[] = [];
  /** Commas seen in each open list (by depth): a list of n > 0 elements has n - 1. */
  private readonly commas: number[] = [];
  private depth = 0;
  private topListElements = 0;
  private tooDeepAt: number | null = null;
  private tooLongAt: number | null = null;
  private tooManyAt: number | null = null;
  private offset = 0;
  private inString = false;
  private escaped = false;
  private pendingElement = false;
  private afterComma = false;
  private elementStart = -1;
  private keyStart = -1;
  private lastKey: [number, number] = [0, 0];

  constructor(private readonly limits: ScanLimits) {}

  /** Whether a limit was passed: reading can stop. */
  get stopped(): boolean {
    return this.tooDeepAt !== null || this.tooLongAt !== null || this.tooManyAt !== null;
  }

  shape(): JsonShape {
    return { depth: this.depth, tooDeepAt: this.tooDeepAt, topListElements: this.topListElements, tooLongAt: this.tooLongAt, tooManyAt: this.tooManyAt };
  }

  /** Scans the next piece of the text; false once a limit is passed (the rest need not be fed). */
  feed(text: string): boolean {
    if (this.stopped) return false;
    const { stack, commas, limits } = this;
    const maxList = limits.maxList ?? Infinity;
    const maxDeeper = limits.maxDeeperList ?? maxList;
    const maxRecords = limits.maxRecords ?? Infinity;
    const ranges = limits.ranges === true;
    const base = this.offset;
    this.offset += text.length;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (stack.length === 1 && stack[0] === OPEN_OBJECT) this.lastKey = [this.keyStart, base + i + 1];
        }
        continue;
      }
      const inTopList = stack.length === 2 && stack[0] === OPEN_OBJECT && stack[1] === OPEN_LIST;
      if (inTopList && this.pendingElement && c !== CLOSE_LIST && c !== COMMA && !isSpace(c)) {
        this.topListElements += 1;
        this.pendingElement = false;
        this.elementStart = base + i;
        if (this.topListElements > maxRecords) {
          this.tooManyAt = base + i;
          return false;
        }
      }
      if (c === QUOTE) {
        this.inString = true;
        if (stack.length === 1) this.keyStart = base + i;
      } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
        stack.push(c);
        if (stack.length > this.depth) this.depth = stack.length;
        commas[stack.length] = 0;
        if (stack.length > limits.maxDepth) {
          this.tooDeepAt = base + i;
          return false;
        }
        if (stack.length === 2 && stack[0] === OPEN_OBJECT && c === OPEN_LIST) {
          this.pendingElement = true;
          this.afterComma = false;
          this.elementStart = -1;
          if (ranges) this.lists.push({ key: this.lastKey, elements: [] });
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
        if (stack[stack.length - 1] !== (c === CLOSE_LIST ? OPEN_LIST : OPEN_OBJECT)) this.malformed = true;
        if (inTopList) {
          if (this.elementStart >= 0) this.endElement(base + i, ranges);
          else if (this.afterComma) this.malformed = true;
        }
        stack.pop();
        this.pendingElement = false;
      } else if (c === COMMA) {
        if (inTopList) {
          if (this.elementStart >= 0) this.endElement(base + i, ranges);
          else this.malformed = true;
          this.pendingElement = true;
          this.afterComma = true;
        }
        const limit = stack.length <= 2 ? maxList : maxDeeper;
        if (stack[stack.length - 1] === OPEN_LIST && (commas[stack.length] += 1) >= limit) {
          this.tooLongAt = base + i;
          return false;
        }
      }
    }
    return true;
  }

  private endElement(end: number, ranges: boolean): void {
    if (ranges) this.lists[this.lists.length - 1].elements.push([this.elementStart, end]);
    this.elementStart = -1;
  }
}
