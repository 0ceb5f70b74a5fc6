import { EntityManager } from 'typeorm';
import { termKey, Vocabulary } from '../claims/canonical';
import { fold } from '../claims/fold';
import { Source } from '../sources/source.entity';
import { BUILT_IN_BROADER } from '../vocabulary/built-in-terms';
import { Term } from '../vocabulary/term.entity';
import { sideKey } from './independence';

/** The vocabulary values compare by, with a short name for each source for explanations. */
export type NamedVocabulary = Vocabulary & { names: Map<string, string> };

/**
 * The short name each source goes by in explanations: its first alias no other source of the list holds
 * (JNIM, "the army" on a desk of one army), else its name. Two armies both called "the army" are named in
 * full, or an explanation could name the wrong party.
 */
export function shortNames(sources: Array<Pick<Source, 'id' | 'name' | 'aliases'>>): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const source of sources) {
    for (const name of [source.name, ...source.aliases]) {
      const key = fold(name);
      if (key) holders.set(key, (holders.get(key) ?? new Set()).add(source.id));
    }
  }
  const own = (alias: string) => (holders.get(fold(alias))?.size ?? 0) === 1;
  return new Map(sources.map((s) => [s.id, s.aliases.find(own) ?? s.name]));
}

/** Source names and aliases, the built-in broader terms and the terms editors declared, as one lookup. */
export async function readVocabulary(manager: EntityManager): Promise<NamedVocabulary> {
  const sources = await manager.find(Source, { select: { id: true, name: true, aliases: true, side: true } });
  const terms = await manager.find(Term);
  const vocabulary: NamedVocabulary = { sources: new Map(), equivalents: new Map(), narrower: new Map(), camps: new Map(), names: shortNames(sources) };
  for (const source of sources) {
    for (const name of [source.name, ...source.aliases]) {
      const key = fold(name);
      if (key && !vocabulary.sources.has(key)) vocabulary.sources.set(key, source.id);
    }
  }
  // A source's camp: its side, read as independence reads it (a side naming a source is that source's camp).
  for (const source of sources) vocabulary.camps!.set(source.id, sideKey(source, vocabulary.sources));
  for (const term of terms.filter((t) => t.relation === 'equivalent')) {
    vocabulary.equivalents.set(`${term.attribute}|${fold(term.term)}`, fold(term.of));
  }
  // Broader terms are linked by their canonical keys, after equivalents and source names are known.
  const broader = [...BUILT_IN_BROADER.map((t) => ({ attribute: '', ...t })), ...terms.filter((t) => t.relation === 'broader')];
  for (const term of broader) {
    const broad = termKey(vocabulary, term.attribute, term.term);
    const narrow = termKey(vocabulary, term.attribute, term.of);
    vocabulary.narrower.set(broad, new Set([...(vocabulary.narrower.get(broad) ?? []), narrow]));
  }
  return vocabulary;
}
