/**
 * A list whose reads are counted: each read of one of its elements, and each read of a field of an element.
 * A measure of work that does not depend on the machine's speed, for specs that must fail when a loop turns
 * quadratic (see "Timing belongs in benchmarks" in STYLE.md). Reads through plain copies of the elements
 * (`{ ...item }` then used) are counted once, at the copy.
 */
export function countedReads<T extends object>(items: T[]): { list: T[]; reads: { count: number } } {
  const reads = { count: 0 };
  const counting = <U extends object>(target: U, counts: (key: string | symbol) => boolean): U => new Proxy(target, {
    get(object, key, receiver) {
      if (counts(key)) reads.count += 1;
      return Reflect.get(object, key, receiver);
    },
  });
  const each = items.map((item) => counting(item, () => true));
  return { list: counting(each, (key) => typeof key === 'string' && /^\d+$/.test(key)), reads };
}

/**
 * The characters that string methods and regular expressions may read while `work` runs, at worst: a
 * call of a method of String.prototype counts the length of its string (one for `charCodeAt` and its kin,
 * the string times the pattern for `indexOf` and its kin, which may compare them so on repetitive text),
 * a match of a regular expression the input it may scan. An upper bound: a method that reads little of a
 * long string counts it whole. Plain indexing (`text[i]`) is not seen; a loop that slices, trims or matches the rest of the text at
 * every step is, as the square of the text.
 */
export function charactersHandled(work: () => void): number {
  let count = 0;
  const restore: Array<() => void> = [];
  const wrap = (owner: object, name: string, lengthOf: (self: unknown, args: unknown[]) => number) => {
    const original = (owner as Record<string, unknown>)[name];
    if (typeof original !== 'function' || name === 'constructor' || name === 'toString' || name === 'valueOf') return;
    Object.defineProperty(owner, name, {
      configurable: true, writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        count += lengthOf(this, args);
        return original.apply(this, args);
      },
    });
    restore.push(() => Object.defineProperty(owner, name, { configurable: true, writable: true, value: original }));
  };
  for (const name of Object.getOwnPropertyNames(String.prototype)) wrap(String.prototype, name, (self, args) => worstCase(name, String(self), args));
  // A sticky pattern tries one place (splitting by a pattern tries each place so); a global one starts at lastIndex.
  wrap(RegExp.prototype, 'exec', (self, args) => {
    const pattern = self as RegExp;
    return pattern.sticky ? 1 : String(args[0]).length - (pattern.global ? pattern.lastIndex : 0);
  });
  try {
    work();
  } finally {
    for (const undo of restore) undo();
  }
  return count;
}

const ONE_CHARACTER = new Set(['at', 'charAt', 'charCodeAt', 'codePointAt']);
const SEARCHES = new Set(['indexOf', 'lastIndexOf', 'includes']);

/** What a string method may read at worst: one character, the string times the pattern for a search, else the string. */
function worstCase(name: string, self: string, args: unknown[]): number {
  if (ONE_CHARACTER.has(name)) return 1;
  if (SEARCHES.has(name)) return self.length * Math.max(1, String(args[0]).length);
  return self.length;
}
