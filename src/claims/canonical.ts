import { createHash } from 'node:crypto';
import { AttributeKind } from '../attributes/attribute.entity';
import { FacetValue } from '../common/columns';
import { fold } from './fold';
import { readQuantity } from './quantity';

/**
 * What makes two differently written values one: source names and aliases (JNIM = GSIM =
 * Jama'at Nusrat al-Islam wal-Muslimin), and the terms an editor declared equivalent or broader.
 */
export interface Vocabulary {
  /** Folded name or alias of a source → its id. */
  sources: Map<string, string>;
  /** `attribute|folded term` or `|folded term` → the folded term it is equivalent to. */
  equivalents: Map<string, string>;
  /** Canonical key → the canonical keys it is directly broader than. */
  narrower: Map<string, Set<string>>;
  /** A source's id → the camp it is of (its side, as `sideKey` reads it): values naming two sources of one camp are one accusation. */
  camps?: Map<string, string>;
}

export const EMPTY_VOCABULARY: Vocabulary = { sources: new Map(), equivalents: new Map(), narrower: new Map() };

/** The key a term compares by: a source's id when the term names a source, else the folded (equivalent) term. */
export function termKey(vocabulary: Vocabulary, attribute: string, term: string): string {
  let folded = fold(term);
  const seen = new Set<string>();
  for (;;) {
    const next = vocabulary.equivalents.get(`${attribute}|${folded}`) ?? vocabulary.equivalents.get(`|${folded}`);
    if (!next || seen.has(next)) break;
    seen.add(folded);
    folded = next;
  }
  const source = vocabulary.sources.get(folded);
  return source ? `src:${source}` : `t:${folded}`;
}

/** Whether `broad` is broader than `narrow`, through any chain of declared broader terms. */
export function isBroader(vocabulary: Vocabulary, broad: string, narrow: string): boolean {
  const stack = [...(vocabulary.narrower.get(broad) ?? [])];
  const seen = new Set<string>();
  while (stack.length) {
    const key = stack.pop()!;
    if (key === narrow) return true;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(vocabulary.narrower.get(key) ?? []));
  }
  return false;
}

/** Two terms that cannot conflict: the same, or one broader than the other. */
export function related(vocabulary: Vocabulary, a: string, b: string): boolean {
  return a === b || isBroader(vocabulary, a, b) || isBroader(vocabulary, b, a);
}

/**
 * Two category values naming sources of one camp ("Russian armed forces" and "Russian government" as perpetrator,
 * when the desk put both on Russia's side): naming a camp's army or its government is one accusation, as a toll
 * rising within one camp is one account. Only categories compare so (relations.ts): a set's elements stay apart.
 */
export function oneCamp(vocabulary: Vocabulary, a: string, b: string): boolean {
  if (!vocabulary.camps || !a.startsWith('src:') || !b.startsWith('src:')) return false;
  const camp = vocabulary.camps.get(a.slice(4));
  return camp !== undefined && camp === vocabulary.camps.get(b.slice(4));
}

/** How a facet value compares: the key a position is made of, a display text, and for quantities a range. */
export interface CanonicalValue {
  valueKey: string;
  valueText: string;
  rangeMin: number | null;
  rangeMax: number | null;
}


function number(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(3)));
}

/** The elements of a set position: each element's key and its words, kept as the position's text. */
export function setElements(valueText: string): Array<{ key: string; text: string }> {
  return (JSON.parse(valueText) as Array<[string, string]>).map(([key, text]) => ({ key, text }));
}

export function canonicalValue(kind: AttributeKind, attribute: string, value: FacetValue, vocabulary: Vocabulary): CanonicalValue {
  switch (kind) {
    case 'quantity': {
      const range = readQuantity(value);
      if (!range) throw new Error(`unreadable quantity ${JSON.stringify(value)}`);
      const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value)
        : range.max === null ? `at least ${range.min}` : `${range.min}-${range.max}`;
      return { valueKey: `q:${number(range.min)}:${range.max === null ? 'open' : number(range.max)}`, valueText: text, rangeMin: range.min, rangeMax: range.max };
    }
    case 'category':
      return { valueKey: termKey(vocabulary, attribute, String(value)), valueText: String(value).trim(), rangeMin: null, rangeMax: null };
    case 'set': {
      const byKey = new Map<string, string>();
      for (const item of value as string[]) {
        const key = termKey(vocabulary, attribute, item);
        if (!byKey.has(key)) byKey.set(key, item.trim());
      }
      const pairs = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      // A set's key is a digest of its element keys, so it stays short enough to index on any database.
      const digest = createHash('sha256').update(JSON.stringify(pairs.map(([key]) => key))).digest('hex').slice(0, 40);
      return { valueKey: `s:${digest}`, valueText: JSON.stringify(pairs), rangeMin: null, rangeMax: null };
    }
    case 'boolean':
      return { valueKey: `b:${value === true}`, valueText: String(value === true), rangeMin: null, rangeMax: null };
  }
}
