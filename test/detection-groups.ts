import { AttributeKind } from '../src/attributes/attribute.entity';
import { canonicalValue, EMPTY_VOCABULARY, termKey, Vocabulary } from '../src/claims/canonical';
import { FacetValue } from '../src/common/columns';
import { detectGroup } from '../src/contradictions/rules';
import { EventContext } from '../src/contradictions/findings';
import { independenceOf, SourceFacts } from '../src/contradictions/independence';
import { Group, Holding } from '../src/contradictions/positions';

/**
 * Groups written by hand for the detection rules' unit specs (src/contradictions/rules*.spec.ts): a
 * claim is who says it and one facet; a group is the claims of one attribute, as detection reads them.
 */

/** A claim as a test writes it: who says it, and one facet. */
export interface Said {
  id: string;
  by: string;
  value: FacetValue;
  polarity?: 'asserted' | 'denied';
  exclusive?: boolean;
  scope?: [string | null, string | null];
  /** When it was said. */
  at?: string;
}

const KINDS: Record<string, AttributeKind> = {
  fatalities: 'quantity', outcome: 'category', perpetrator: 'category', cause: 'category', targets: 'set', occurred: 'boolean', situation: 'category',
};

/** JNIM by its names, "jihadists" broader than JNIM; with `others`, more sources by name (their id is `source-<name>`). */
export function jnimVocabulary(others: string[] = []): Vocabulary {
  const vocabulary: Vocabulary = { sources: new Map(), equivalents: new Map(), narrower: new Map() };
  for (const name of ['jnim', 'gsim', 'jamaat nusrat al islam wal muslimin']) vocabulary.sources.set(name, 'source-jnim');
  for (const name of others) vocabulary.sources.set(name, `source-${name}`);
  vocabulary.narrower.set(termKey(vocabulary, 'perpetrator', 'jihadists'), new Set([termKey(vocabulary, 'perpetrator', 'JNIM')]));
  return vocabulary;
}

export function group(attribute: string, said: Said[], vocabulary: Vocabulary = EMPTY_VOCABULARY): Group {
  const kind = KINDS[attribute];
  return {
    attribute, kind, subject: null, subjectKey: '',
    holdings: said.map((s): Holding => ({
      claimantId: s.by, firstClaimId: s.id, polarity: s.polarity ?? 'asserted', exclusive: s.exclusive ?? false,
      timeFrom: s.scope?.[0] ?? null, timeTo: s.scope?.[1] ?? null, statedFrom: s.at ?? null, statedTo: s.at ?? null,
      ...canonicalValue(kind, attribute, s.value, vocabulary),
    })),
  };
}

export function context(parties: string[] = [], vocabulary: Vocabulary = EMPTY_VOCABULARY, sides: Record<string, string> = {}): EventContext {
  return {
    vocabulary, parties: new Map(parties.map((p) => [p, `first-${p}`])), sides: new Map(Object.entries(sides)),
    names: new Map([['jnim', 'JNIM'], ['army', 'the army'], ['afp', 'AFP'], ['hospital', 'the hospital'], ['spokesman', 'the spokesman']]),
  };
}

/** Every source independent of every other, but the ones named. */
export function independence(stakes: Record<string, SourceFacts['stake']> = {}) {
  const ids = ['jnim', 'army', 'afp', 'tv', 'intel', 'hospital'];
  return independenceOf(ids.map((id) => ({ id, name: id, aliases: [], stake: stakes[id] ?? 'independent', side: null })), []);
}

/** What detection finds in a group, as `kind:severity`. */
export const kinds = (g: Group, c = context()) => detectGroup(g, c).contradictions.map((d) => `${d.kind}:${d.severity}`);
