import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/access.decorator';
import { ClaimsService, ClaimView } from '../claims/claims.service';
import { fold } from '../claims/fold';
import { AppError, ErrorDetail } from '../common/app-error';
import { findOr404 } from '../common/found';
import { lockEvents, lockVocabulary } from '../database/event-lock';
import { WriteQueue } from '../database/write-queue';
import { Source } from '../sources/source.entity';
import { SourcesService } from '../sources/sources.service';
import { Document } from './document.entity';
import { acceptedBefore } from './accepted-before';
import { AcceptCandidatesDto } from './dto/accept-candidates.dto';

/**
 * Candidates accepted into claims on an event, in one transaction: all of them or none. Accepting is idempotent:
 * a candidate already accepted from the document (the same quote offsets, the same claimant, or for a new source
 * one of the same name), unchanged (event, text and facets), answers the claim made before, and neither a second
 * claim nor a second source is made; changed, it is refused (409) with the claim to change instead.
 */
@Injectable()
export class AcceptCandidatesService {
  constructor(
    private readonly writes: WriteQueue,
    private readonly claims: ClaimsService,
    private readonly sources: SourcesService,
  ) {}

  async accept(documentId: string, dto: AcceptCandidatesDto, actor: Actor): Promise<{ claims: ClaimView[]; createdSources: Source[] }> {
    const problems: ErrorDetail[] = [];
    dto.candidates.forEach((c, i) => {
      if (!c.sourceId && !(dto.createSources && c.suggestedSource)) {
        problems.push({ path: `candidates[${i}].sourceId`, message: 'give the claimant, or a suggestedSource with createSources: true' });
      }
    });
    if (problems.length) throw AppError.validation(problems);
    return this.writes.transaction(async (manager) => {
      const document = await findOr404(manager, Document, documentId, 'document');
      // A new source's insert changes the vocabulary's token: its row before the event's, the one order (event-lock.ts).
      if (dto.candidates.some((c) => !c.sourceId)) await lockVocabulary(manager);
      // The event first: two accepts of one document for one event then see each other's claims (PostgreSQL).
      await lockEvents(manager, [dto.eventId]);
      const accepted = await acceptedBefore(manager, document);
      const created = new Map<string, Source>();
      const claims: ClaimView[] = [];
      for (const [i, candidate] of dto.candidates.entries()) {
        const earlier = await accepted.find(candidate, dto.eventId);
        if (earlier && !earlier.same) {
          const where = earlier.view.eventId ? `on event ${earlier.view.eventId}` : 'on no event';
          throw AppError.conflict(`candidates[${i}] was accepted before from the same words by the same claimant, as claim ${earlier.view.id} ${where}; change that claim instead`, [
            { path: `candidates[${i}]`, message: `already claim ${earlier.view.id} (${where}), with other text, facets or event: change it with PATCH /claims/${earlier.view.id}` },
          ]);
        }
        if (earlier) {
          claims.push(earlier.view);
          continue;
        }
        // A new source of a name that already speaks in this document (accepted before, in any order) is that source.
        const named = fold(candidate.suggestedSource?.name ?? '');
        let sourceId = candidate.sourceId ?? accepted.claimantNamed(named) ?? null;
        if (!sourceId) {
          // One new source per name, however many candidates it speaks in.
          let source = created.get(named);
          if (!source) {
            const suggested = candidate.suggestedSource!;
            source = await this.sources.insert(manager, {
              name: suggested.name, kind: suggested.kind, stake: suggested.stake, side: suggested.side,
              ...(suggested.role && { description: suggested.role }),
            }, actor);
            created.set(named, source);
          }
          sourceId = source.id;
        }
        try {
          claims.push(accepted.add(await this.claims.insert(manager, {
            sourceId, eventId: dto.eventId, documentId, text: candidate.text, quote: candidate.quote, facets: candidate.facets,
            ...(candidate.statedAt && { statedAt: candidate.statedAt }),
            // A known party spoke through this person; a new source already keeps the role as its description.
            ...(candidate.sourceId && candidate.role && { voicedBy: candidate.role }),
          }, actor), candidate.suggestedSource?.name));
        } catch (error) {
          // The claim's own checks name fields of one claim; here they are fields of one candidate.
          if (error instanceof AppError && error.details.length) {
            throw AppError.validation(error.details.map((d) => ({ ...d, path: `candidates[${i}].${d.path}` })));
          }
          throw error;
        }
      }
      return { claims, createdSources: [...created.values()] };
    });
  }
}
