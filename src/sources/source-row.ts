import { CreateSourceDto } from './dto/create-source.dto';
import { Source } from './source.entity';

/** Aliases without blanks and repeats, in the order given. */
export function cleanAliases(aliases: string[] | undefined): string[] {
  const seen = new Set<string>();
  return (aliases ?? []).map((alias) => alias.trim()).filter((alias) => alias && !seen.has(alias) && seen.add(alias));
}

/**
 * A new source as stored, from a validated input: the name trimmed, aliases cleaned, a stake of
 * "unknown" and an Admiralty reliability of F (cannot be judged) unless given. The API and bulk
 * imports both write sources through it.
 */
export function sourceRow(input: CreateSourceDto, id: string, now: string): Source {
  return {
    id,
    name: input.name.trim(),
    aliases: cleanAliases(input.aliases),
    kind: input.kind,
    stake: input.stake ?? 'unknown',
    reliability: input.reliability ?? 'F',
    side: input.side?.trim() || null,
    description: input.description ?? null,
    url: input.url ?? null,
    mergedInto: null,
    sameAs: [...new Set(input.sameAs ?? [])],
    createdAt: now,
    updatedAt: now,
  };
}
