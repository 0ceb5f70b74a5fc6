import { Vocabulary } from '../claims/canonical';
import { CompatibleView, CorroborationView, EventFacets, FacetRow } from './contradiction-views';
import { corroborationSteps, Holders } from './corroboration';
import { Independence } from './independence';
import { groupId, onSide, positionSteps } from './positions';
import { candidates, indexSteps, RowIndex } from './row-index';

/** Corroborations and compatible values of an event, as the API shows them: claims and sources by id. */
export interface AgreementViews {
  items: CorroborationView[];
  compatible: CompatibleView[];
}

function members(rows: FacetRow[], index: RowIndex, holders: Holders): { claimIds: string[]; sourceIds: string[]; first: Map<string, string> } {
  const claimants = new Set(holders.holdings.map((h) => h.claimantId));
  const on = candidates(rows, index, holders.match).filter((row) => claimants.has(row.claimantId) && onSide(holders.match, row));
  const first = new Map<string, string>();
  for (const row of on) if (!first.has(row.claimantId) || row.claimId < first.get(row.claimantId)!) first.set(row.claimantId, row.claimId);
  return { claimIds: [...new Set(on.map((r) => r.claimId))].sort(), sourceIds: [...first.keys()].sort(), first };
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

export function agreementViews(facts: EventFacets, independence: Independence, vocabulary: Vocabulary): AgreementViews {
  const steps = agreementSteps(facts, independence, vocabulary);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, one group (attribute and subject) a step: a caller can let the event loop run between groups. */
export function* agreementSteps(facts: EventFacets, independence: Independence, vocabulary: Vocabulary): Generator<void, AgreementViews> {
  const out: AgreementViews = { items: [], compatible: [] };
  for (const group of [...facts.groups.values()].sort((a, b) => (groupId(a) < groupId(b) ? -1 : 1))) {
    yield* positionSteps(group); // made here in steps, then read again (made once) by the comparisons below
    const { corroborations, compatible } = yield* corroborationSteps(group, independence, vocabulary);
    const index = yield* indexSteps(group.rows);
    for (const c of corroborations) {
      yield;
      const held = members(group.rows, index, c.corroborated);
      yield;
      const by = members(group.rows, index, c.corroborating);
      const [holder, supporter] = c.pair;
      const [claimAId, claimBId] = [held.first.get(holder)!, by.first.get(supporter)!].sort();
      out.items.push({
        attribute: group.attribute, subject: group.subject, value: c.value, claimIds: union(held.claimIds, by.claimIds), sourceIds: union(held.sourceIds, by.sourceIds),
        claimAId, claimBId, corroborated: { claimIds: held.claimIds, sourceIds: held.sourceIds }, corroboratingValue: c.corroboratingValue,
        corroborating: { claimIds: by.claimIds, sourceIds: by.sourceIds }, admissionsAgainstInterest: c.admissions, vague: c.vague,
      });
    }
    for (const c of compatible) {
      yield;
      const one = members(group.rows, index, c.holders[0]);
      yield;
      const other = members(group.rows, index, c.holders[1]);
      out.compatible.push({
        attribute: group.attribute, subject: group.subject, value: c.value, claimIds: one.claimIds, sourceIds: one.sourceIds,
        otherValue: c.otherValue, otherClaimIds: other.claimIds, otherSourceIds: other.sourceIds, why: c.why,
      });
    }
    yield;
  }
  return out;
}
