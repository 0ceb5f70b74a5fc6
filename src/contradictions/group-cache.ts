import { EntityManager } from 'typeorm';
import { Facet } from '../claims/facet.entity';
import { AddedHoldings } from './added-holdings';
import { GroupKey, HoldingRow, isVagueRange, readGroupRows, valueWords, Words, wordsKey } from './holdings';
import { groupId } from './positions';

/** What detection read of some groups of an event: their holdings, and the words of their values. */
interface EventGroups {
  /** The event's revision when this was true (given by the transaction that committed it). */
  revision: number;
  rows: Map<string, HoldingRow[]>;
  words: Map<string, Words>;
}

const holdingKey = (h: HoldingRow) => [h.attribute, h.subjectKey, h.claimantId, h.valueKey, h.polarity, h.exclusive ? 1 : 0, h.timeFrom ?? '', h.timeTo ?? ''].join('\u0000');

/**
 * The groups detection last read of recent events, per process, so that a new claim on a large event
 * does not read its groups' thousands of holdings again. An entry is used only by the transaction that
 * took the event's lock right after the one that stored it: its new revision is the entry's plus one,
 * so no other write (in any process) came between. That transaction works on a copy, with its own
 * holdings added, and the copy replaces the entry only once it has committed; any other change to the
 * event (an edit, a deletion, a triage, a merge) gives the event a revision the entry does not have.
 */
export class GroupCache {
  private readonly events = new Map<string, EventGroups>();
  private readonly pending = new WeakMap<EntityManager, { eventId: string; entry: EventGroups }>();

  constructor(private readonly maxEvents = 16) {}

  /**
   * The rows and words of these groups as they are now, in this transaction at `revision`, which added
   * `added` to the holdings and nothing else to the event since it locked it. What the entry lacks is read.
   */
  async read(manager: EntityManager, eventId: string, revision: number | undefined, groups: GroupKey[], added: AddedHoldings, facets: Facet[]): Promise<{ rows: HoldingRow[]; words: Map<string, Words> }> {
    const cached = this.events.get(eventId);
    const usable = revision !== undefined && cached?.revision === revision - 1 ? cached : null;
    const entry: EventGroups = { revision: revision ?? -1, rows: new Map(usable?.rows), words: new Map(usable?.words) };
    if (usable) patch(entry, added, facets);
    const missing = groups.filter((g) => !entry.rows.has(groupId(g)));
    if (missing.length) {
      const rows = await readGroupRows(manager, eventId, missing);
      for (const g of missing) entry.rows.set(groupId(g), []);
      for (const row of rows) entry.rows.get(groupId(row))!.push(row);
      for (const [key, words] of await valueWords(manager, eventId, rows)) entry.words.set(key, words);
    }
    if (revision !== undefined) this.pending.set(manager, { eventId, entry });
    return { rows: groups.flatMap((g) => entry.rows.get(groupId(g)) ?? []), words: entry.words };
  }

  /** After the transaction of `manager` committed: what it read and wrote is the event's state at its revision. */
  committed(manager: EntityManager): void {
    const done = this.pending.get(manager);
    if (!done) return;
    this.pending.delete(manager);
    const current = this.events.get(done.eventId);
    if (current && current.revision >= done.entry.revision) return;
    this.events.delete(done.eventId);
    this.events.set(done.eventId, done.entry);
    while (this.events.size > this.maxEvents) this.events.delete(this.events.keys().next().value!);
  }
}

/** The entry's groups with the holdings a transaction replaced and wrote, and the words of its new facets. */
function patch(entry: EventGroups, added: AddedHoldings, facets: Facet[]): void {
  const touched = new Set([...added.replaced, ...added.written].map((h) => groupId(h)).filter((id) => entry.rows.has(id)));
  for (const id of touched) {
    const replaced = added.replaced.filter((h) => groupId(h) === id);
    const claimants = new Set(replaced.map((h) => h.claimantId));
    const gone = new Set(replaced.map(holdingKey));
    const rows = entry.rows.get(id)!.filter((row) => !claimants.has(row.claimantId) || !gone.has(holdingKey(row)));
    entry.rows.set(id, [...rows, ...added.written.filter((h) => groupId(h) === id)]);
  }
  for (const f of facets) {
    if (!touched.has(groupId(f))) continue;
    const key = wordsKey(f);
    const was = entry.words.get(key);
    const words: Words = !was || f.claimId < was.claimId
      ? { valueText: f.valueText, rangeMin: f.rangeMin, rangeMax: f.rangeMax, subject: f.subject, claimId: f.claimId, byClaimant: was?.byClaimant }
      : { ...was };
    if (isVagueRange(words)) {
      const own = words.byClaimant?.get(f.claimantId);
      words.byClaimant = new Map(words.byClaimant).set(f.claimantId, own !== undefined && own < f.valueText ? own : f.valueText);
    }
    entry.words.set(key, words);
  }
}
