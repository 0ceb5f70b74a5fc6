import { EntityManager, In } from 'typeorm';
import { Attribute } from '../attributes/attribute.entity';
import { AppError } from '../common/app-error';
import { newId } from '../common/ids';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Vocabulary } from './canonical';
import { checkedClaimFields, ClaimReferences, Referenced, referencesIn } from './claim-fields';
import { claimRow } from './claim-row';
import { ClaimView, presentClaim } from './claim-view';
import { Claim } from './claim.entity';
import { CreateClaimDto } from './dto/create-claim.dto';
import { facetRows } from './facet-rows';
import { Facet } from './facet.entity';

/** A new claim, checked, as it will be written. */
export interface NewClaim {
  view: ClaimView;
  claim: Claim;
  facets: Facet[];
}

/** A batch could not be written together (a write failed, or what its checks read changed): it goes again one claim at a time. */
export class WriteRefused extends Error {
  constructor(override readonly cause: unknown) {
    super('a claim of the batch could not be written');
  }
}

export type Checked = { ok: NewClaim } | { error: unknown };

/**
 * The sources, events and documents a batch of new claims names, read in one statement each; the
 * checks then look them up here and answer exactly what they answer one claim at a time.
 */
async function batchReferences(manager: EntityManager, dtos: CreateClaimDto[]): Promise<ClaimReferences> {
  const ids = (pick: (dto: CreateClaimDto) => Array<string | null | undefined>) =>
    [...new Set(dtos.flatMap(pick).filter((id): id is string => typeof id === 'string'))];
  const read = async (entity: typeof Source | typeof Event | typeof Document, wanted: string[], merged: boolean) => {
    if (!wanted.length) return new Map<string, Referenced>();
    const rows = await manager.find<Referenced>(entity, { where: { id: In(wanted) }, select: merged ? { id: true, mergedInto: true } : { id: true } });
    return new Map(rows.map((row) => [row.id, row]));
  };
  const found = {
    source: await read(Source, ids((d) => [d.sourceId, d.conveyedById]), true),
    event: await read(Event, ids((d) => [d.eventId]), true),
    document: await read(Document, ids((d) => [d.documentId]), false),
  };
  const one = referencesIn(manager);
  return { find: async (kind, id) => found[kind].get(id) ?? null, documentText: one.documentText };
}

/**
 * Every claim of a batch checked as `POST /claims` checks one (its references, quote and facets), with
 * what they name read once for all: each gets its rows, or its own error.
 */
export async function checkBatch(
  manager: EntityManager, dtos: CreateClaimDto[], vocabulary: (manager: EntityManager) => Promise<Vocabulary>, now: string,
): Promise<Checked[]> {
  const references = await batchReferences(manager, dtos);
  const names = [...new Set(dtos.flatMap((dto) => (dto.facets ?? []).map((facet) => facet.attribute)))];
  const attributes = new Map((names.length ? await manager.find(Attribute, { where: { name: In(names) } }) : []).map((a) => [a.name, a]));
  let words: Vocabulary | null = null;
  const out: Checked[] = [];
  for (const dto of dtos) {
    try {
      const claim = claimRow(await checkedClaimFields(references, dto, null), newId(), now);
      const inputs = dto.facets ?? [];
      const needsVocabulary = inputs.some((facet) => ['category', 'set'].includes(attributes.get(facet.attribute)?.kind ?? ''));
      if (needsVocabulary && !words) words = await vocabulary(manager);
      const { rows, problems } = facetRows(claim, inputs, attributes, needsVocabulary ? words : null);
      if (problems.length) throw AppError.validation(problems);
      out.push({ ok: { view: presentClaim(claim, rows), claim, facets: rows } });
    } catch (error) {
      out.push({ error });
    }
  }
  return out;
}

/** The token that changes with source names, aliases and terms (see DetectionService.vocabulary). */
export async function vocabularyToken(manager: EntityManager): Promise<string> {
  const rows: Array<{ token: string | number }> = await manager.query('SELECT "token" FROM vocabulary_version WHERE "id" = 1');
  return String(rows[0]?.token ?? '');
}

/**
 * The sources new claims name (claimant and conveyor). On PostgreSQL, after the event's lock, the batch
 * checks that none of them, nor the event, was merged away, and that the vocabulary the facets were read
 * with did not change, in a transaction that committed meanwhile (see readAfterLock; on SQLite nothing
 * commits meanwhile: the write queue holds the file's lock).
 */
export function namedSources(claims: Array<Pick<Claim, 'sourceId' | 'conveyedById'>>): string[] {
  return [...new Set(claims.flatMap((c) => [c.sourceId, c.conveyedById]).filter((id): id is string => id !== null))];
}
