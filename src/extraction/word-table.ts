/**
 * A lookup table keyed by words of the text, with no prototype: a plain object literal answers "constructor",
 * "toString" or "__proto__" with Object.prototype's members, so a text naming a "Constructor" once reached
 * `.split` on a function. Every table read with a word from user text is made with this.
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
