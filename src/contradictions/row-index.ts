import { inOneGo } from '../analysis/time-slices';
import { setElements } from '../claims/canonical';
import type { FacetRow } from './contradiction-views';
import { SideMatch } from './positions';

/** A group's rows by value key and by set element, made once per group: a side is looked for among the rows that can hold it. */
export interface RowIndex {
  byValue: Map<string, FacetRow[]>;
  byElement: Map<string, FacetRow[]>;
}
/** Made once per list of rows (a list that grows is indexed again). */
const indexes = new WeakMap<FacetRow[], { length: number; index: RowIndex }>();
export function* indexSteps(rows: FacetRow[]): Generator<void, RowIndex> {
  const known = indexes.get(rows);
  if (known && known.length === rows.length) return known.index;
  const index: RowIndex = { byValue: new Map(), byElement: new Map() };
  const elements = new Map<string, string[]>();
  const into = (map: Map<string, FacetRow[]>, key: string, row: FacetRow) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (let i = 0; i < rows.length; i++) {
    if (i % 5000 === 4999) yield;
    const row = rows[i];
    into(index.byValue, row.valueKey, row);
    if (!row.valueKey.startsWith('s:')) continue;
    let keys = elements.get(row.valueText);
    if (!keys) elements.set(row.valueText, (keys = [...new Set(setElements(row.valueText).map((e) => e.key))]));
    for (const key of keys) into(index.byElement, key, row);
  }
  indexes.set(rows, { length: rows.length, index });
  return index;
}

/** The rows that can be on a side (all of them but for a value or an element), in their order. */
export function candidates(rows: FacetRow[], index: RowIndex, match: SideMatch): FacetRow[] {
  if ('element' in match) return index.byElement.get(match.element) ?? [];
  if ('valueKey' in match) return index.byValue.get(match.valueKey) ?? [];
  return rows;
}

/** The same in one go. */
export function rowIndex(rows: FacetRow[]): RowIndex {
  return inOneGo(indexSteps(rows));
}
