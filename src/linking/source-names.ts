import { EntityManager, MoreThan } from 'typeorm';
import { Source } from '../sources/source.entity';
import { phraseOf } from './words';

/** Longest name, in words, looked up in a text. */
export const LONGEST_NAME = 6;

/**
 * Sources by every name and alias they go by, for finding the parties a text names. Kept in memory and
 * brought up to date from the sources changed since the last read.
 */
export class SourceNames {
  private readonly byPhrase = new Map<string, Set<string>>();
  private readonly phrasesOf = new Map<string, string[]>();
  readonly names = new Map<string, string>();
  /** Every live source's name and aliases, for the duplicate warning. */
  readonly known = new Map<string, { name: string; aliases: string[] }>();
  private seenAt = '';

  async refresh(manager: EntityManager): Promise<void> {
    const changed = await manager.find(Source, {
      where: this.seenAt ? { updatedAt: MoreThan(this.seenAt) } : {}, select: { id: true, name: true, aliases: true, updatedAt: true, mergedInto: true },
    });
    for (const source of changed) {
      if (source.updatedAt > this.seenAt) this.seenAt = source.updatedAt;
      for (const old of this.phrasesOf.get(source.id) ?? []) this.byPhrase.get(old)?.delete(source.id);
      this.phrasesOf.delete(source.id);
      this.names.delete(source.id);
      this.known.delete(source.id);
      if (source.mergedInto) continue;
      this.known.set(source.id, { name: source.name, aliases: source.aliases });
      const own = [...new Set([source.name, ...source.aliases].map(phraseOf).filter((p) => p && p.split(' ').length <= LONGEST_NAME))];
      for (const phrase of own) {
        if (!this.byPhrase.has(phrase)) this.byPhrase.set(phrase, new Set());
        this.byPhrase.get(phrase)!.add(source.id);
      }
      this.phrasesOf.set(source.id, own);
      this.names.set(source.id, source.name);
    }
  }

  /** The sources a text names, by id, from its `phrases` of up to LONGEST_NAME words. */
  named(said: Set<string>): Set<string> {
    const found = new Set<string>();
    for (const phrase of said) for (const id of this.byPhrase.get(phrase) ?? []) found.add(id);
    return found;
  }
}
