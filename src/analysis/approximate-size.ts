/**
 * Roughly how many bytes a value holds in memory: strings by their length (two bytes a character),
 * numbers and booleans at eight, and a fixed overhead per object, array, map and set; shared objects
 * counted once. A bound for a cache, not a measurement.
 */
export function approximateSize(value: unknown, seen: Set<object> = new Set()): number {
  switch (typeof value) {
    case 'string':
      return 16 + 2 * value.length;
    case 'number':
    case 'boolean':
    case 'bigint':
      return 8;
    case 'object':
      break;
    default:
      return 0;
  }
  if (value === null || seen.has(value)) return 0;
  seen.add(value);
  let size = 32;
  if (value instanceof Map) {
    for (const [k, v] of value) size += 16 + approximateSize(k, seen) + approximateSize(v, seen);
  } else if (value instanceof Set) {
    for (const v of value) size += 8 + approximateSize(v, seen);
  } else if (Array.isArray(value)) {
    for (const v of value) size += 8 + approximateSize(v, seen);
  } else {
    for (const [k, v] of Object.entries(value)) size += 8 + 2 * k.length + approximateSize(v, seen);
  }
  return size;
}
