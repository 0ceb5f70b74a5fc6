import { EntityManager } from 'typeorm';
import { AppError, ErrorDetail } from '../common/app-error';
import { isoTime } from '../common/columns';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Claim } from './claim.entity';
import { ClaimFields, conveyedByItself, voicedBy } from './claim-row';
import { UpdateClaimDto } from './dto/update-claim.dto';
import { anchorQuote, QuoteAnchor } from './quote-anchor';


/** A referenced record as the checks read it: merged-away sources and events name the one they joined. */
export interface Referenced {
  id: string;
  mergedInto?: string | null;
}

/** Where the checks find referenced records; a batch of claims reads them all at once (see claim-batch.ts). */
export interface ClaimReferences {
  find(kind: 'source' | 'event' | 'document', id: string): Promise<Referenced | null>;
  documentText(id: string): Promise<string | null>;
}

/** The references read one by one through the transaction's manager. */
export function referencesIn(manager: EntityManager): ClaimReferences {
  return {
    find: async (kind, id) => (kind === 'document'
      ? manager.findOne(Document, { where: { id }, select: { id: true } })
      : manager.findOne<Referenced>(kind === 'source' ? Source : Event, { where: { id }, select: { id: true, mergedInto: true } })),
    documentText: async (id) => (await manager.findOne(Document, { where: { id }, select: { id: true, text: true } }))?.text ?? null,
  };
}

/** The claim's own fields, with every reference checked to exist and the quote anchored in the document. */
export async function checkedClaimFields(manager: EntityManager | ClaimReferences, dto: UpdateClaimDto, before: Claim | null): Promise<ClaimFields> {
  const references = 'find' in manager && 'documentText' in manager ? manager : referencesIn(manager as EntityManager);
  const pick = <K extends keyof ClaimFields>(key: K, value: ClaimFields[K] | undefined): ClaimFields[K] =>
    value === undefined ? (before ? before[key] : (null as ClaimFields[K])) : value;
  const sourceId = pick('sourceId', dto.sourceId);
  const conveyedById = pick('conveyedById', dto.conveyedById);
  const documentId = pick('documentId', dto.documentId);
  const eventId = pick('eventId', dto.eventId);
  const problems: ErrorDetail[] = [];
  const exists = async (kind: 'source' | 'event' | 'document', path: string, id: string | null) => {
    if (id === null) return;
    const found = await references.find(kind, id);
    if (!found) problems.push({ path, message: `no ${kind} with this id` });
    // A merged-away record takes nothing new: the desk is sent to the one it joined.
    else if (found.mergedInto) problems.push({ path, message: `this ${kind} was merged into ${found.mergedInto}; use that one` });
  };
  await exists('source', 'sourceId', sourceId);
  await exists('source', 'conveyedById', conveyedById);
  await exists('event', 'eventId', eventId);
  await exists('document', 'documentId', documentId);
  const itself = conveyedByItself({ sourceId: sourceId!, conveyedById });
  if (itself) problems.push(itself);

  let quote: QuoteAnchor | null = before?.quoteExact
    ? { exact: before.quoteExact, prefix: before.quotePrefix, suffix: before.quoteSuffix, start: before.quoteStart, end: before.quoteEnd }
    : null;
  const documentChanged = before !== null && dto.documentId !== undefined && dto.documentId !== before.documentId;
  if (dto.quote === null) quote = null;
  if ((dto.quote || (documentChanged && quote)) && problems.length === 0) {
    const input = dto.quote ?? { exact: quote!.exact, prefix: quote!.prefix ?? undefined, suffix: quote!.suffix ?? undefined };
    const anchored = anchorQuote(input, documentId ? await references.documentText(documentId) : null);
    if ('problem' in anchored) problems.push(anchored.problem);
    else quote = anchored.anchor;
  }
  if (problems.length) throw AppError.validation(problems);

  return {
    sourceId: sourceId!,
    conveyedById,
    documentId,
    eventId,
    text: dto.text !== undefined ? dto.text.trim() : before!.text,
    quoteExact: quote?.exact ?? null,
    quotePrefix: quote?.prefix ?? null,
    quoteSuffix: quote?.suffix ?? null,
    quoteStart: quote?.start ?? null,
    quoteEnd: quote?.end ?? null,
    originalText: pick('originalText', dto.originalText),
    language: pick('language', dto.language),
    statedAt: dto.statedAt === undefined ? (before?.statedAt ?? null) : isoTime(dto.statedAt),
    voicedBy: dto.voicedBy === undefined ? (before?.voicedBy ?? null) : voicedBy(dto.voicedBy),
  };
}
