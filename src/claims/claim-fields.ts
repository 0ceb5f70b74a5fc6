import { EntityManager } from 'typeorm';
import { AppError, ErrorDetail } from '../common/app-error';
import { isoTime } from '../common/columns';
import { Document } from '../documents/document.entity';
import { Event } from '../events/event.entity';
import { Source } from '../sources/source.entity';
import { Claim } from './claim.entity';
import { ClaimFields, conveyedByItself } from './claim-row';
import { UpdateClaimDto } from './dto/update-claim.dto';
import { anchorQuote, QuoteAnchor } from './quote-anchor';


/** The claim's own fields, with every reference checked to exist and the quote anchored in the document. */
export async function checkedClaimFields(manager: EntityManager, dto: UpdateClaimDto, before: Claim | null): Promise<ClaimFields> {
  const pick = <K extends keyof ClaimFields>(key: K, value: ClaimFields[K] | undefined): ClaimFields[K] =>
    value === undefined ? (before ? before[key] : (null as ClaimFields[K])) : value;
  const sourceId = pick('sourceId', dto.sourceId);
  const conveyedById = pick('conveyedById', dto.conveyedById);
  const documentId = pick('documentId', dto.documentId);
  const eventId = pick('eventId', dto.eventId);
  const problems: ErrorDetail[] = [];
  const exists = async (entity: typeof Source | typeof Document | typeof Event, path: string, id: string | null, what: string) => {
    if (id === null) return;
    const found = entity === Document ? await manager.findOne(Document, { where: { id }, select: { id: true } })
      : await manager.findOne<{ id: string; mergedInto: string | null }>(entity, { where: { id }, select: { id: true, mergedInto: true } });
    if (!found) problems.push({ path, message: `no ${what} with this id` });
    // A merged-away record takes nothing new: the desk is sent to the one it joined.
    else if ('mergedInto' in found && found.mergedInto) problems.push({ path, message: `this ${what} was merged into ${found.mergedInto}; use that one` });
  };
  await exists(Source, 'sourceId', sourceId, 'source');
  await exists(Source, 'conveyedById', conveyedById, 'source');
  await exists(Event, 'eventId', eventId, 'event');
  await exists(Document, 'documentId', documentId, 'document');
  const itself = conveyedByItself({ sourceId: sourceId!, conveyedById });
  if (itself) problems.push(itself);

  let quote: QuoteAnchor | null = before?.quoteExact
    ? { exact: before.quoteExact, prefix: before.quotePrefix, suffix: before.quoteSuffix, start: before.quoteStart, end: before.quoteEnd }
    : null;
  const documentChanged = before !== null && dto.documentId !== undefined && dto.documentId !== before.documentId;
  if (dto.quote === null) quote = null;
  if ((dto.quote || (documentChanged && quote)) && problems.length === 0) {
    const input = dto.quote ?? { exact: quote!.exact, prefix: quote!.prefix ?? undefined, suffix: quote!.suffix ?? undefined };
    const document = documentId ? await manager.findOne(Document, { where: { id: documentId }, select: { id: true, text: true } }) : null;
    const anchored = anchorQuote(input, document?.text ?? null);
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
  };
}
