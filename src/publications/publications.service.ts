import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { ClaimsService } from '../claims/claims.service';
import { AppError, ErrorCode } from '../common/app-error';
import { nowIso } from '../common/columns';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { ContradictionsService } from '../contradictions/contradictions.service';
import { WriteQueue } from '../database/write-queue';
import { Document } from '../documents/document.entity';
import { claimReview, factCheckUrl } from '../reports/claim-review';
import { Review } from '../reviews/review.entity';
import { Source } from '../sources/source.entity';
import { FactCheck } from './fact-check-page';
import { Publication } from './publication.entity';

export interface PublicationView {
  claimId: string;
  reviewId: string;
  verdict: Review['verdict'];
  url: string;
  publishedById: string;
  publishedAt: string;
  withdrawnById: string | null;
  withdrawnAt: string | null;
}

@Injectable()
export class PublicationsService {
  constructor(
    @InjectRepository(Publication) private readonly publications: Repository<Publication>,
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    private readonly claims: ClaimsService,
    private readonly contradictions: ContradictionsService,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  /** Puts the claim's latest verdict on its public page; 409 when it has none. */
  async publish(claimId: string, actor: Actor): Promise<PublicationView> {
    await this.claims.get(claimId);
    return this.writes.transaction(async (manager) => {
      const latest = await manager.findOne(Review, { where: { claimId }, order: { id: 'DESC' } });
      if (!latest) throw AppError.conflict('This claim has no verdict yet, so there is nothing to publish', [{ path: 'id', message: 'claim not reviewed' }]);
      const before = await manager.findOne(Publication, { where: { claimId } });
      const after: Publication = { claimId, reviewId: latest.id, publishedById: actor.userId, publishedAt: nowIso(), withdrawnById: null, withdrawnAt: null };
      await manager.save(Publication, after);
      await this.audit.record(manager, actor, before ? 'update' : 'create', 'publication', claimId, before, after);
      return this.present(after, latest);
    });
  }

  /** Takes the page down; 404 when the claim's verdict is not published. */
  async withdraw(claimId: string, actor: Actor): Promise<void> {
    await this.writes.transaction(async (manager) => {
      const before = await manager.findOne(Publication, { where: { claimId } });
      if (!before || before.withdrawnAt) throw new AppError(ErrorCode.NotFound, `The verdict on claim ${claimId} is not published`, [{ path: 'id', message: 'not published' }]);
      const after: Publication = { ...before, withdrawnById: actor.userId, withdrawnAt: nowIso() };
      await manager.save(Publication, after);
      await this.audit.record(manager, actor, 'update', 'publication', claimId, before, after);
    });
  }

  async get(claimId: string): Promise<PublicationView> {
    await this.claims.get(claimId);
    const publication = await this.publications.findOne({ where: { claimId } });
    if (!publication) throw new AppError(ErrorCode.NotFound, `The verdict on claim ${claimId} was never published`, [{ path: 'id', message: 'not published' }]);
    return this.present(publication, await this.reviews.findOneOrFail({ where: { id: publication.reviewId } }));
  }

  /**
   * What the public page shows, or 404: a claim that is unknown, never published or withdrawn looks the
   * same from outside, so the page tells nothing about verdicts that are not public.
   */
  async factCheck(claimId: string): Promise<FactCheck> {
    const publication = await this.publications.findOne({ where: { claimId } });
    if (!publication || publication.withdrawnAt) throw AppError.notFound('fact-check', claimId);
    const manager = this.publications.manager;
    const review = await manager.findOneOrFail(Review, { where: { id: publication.reviewId } });
    const claim = await this.claims.get(claimId);
    const claimant = await manager.findOneOrFail(Source, { where: { id: claim.sourceId } });
    const document = claim.documentId ? await manager.findOne(Document, { where: { id: claim.documentId } }) : null;
    const evidenceDocuments = review.evidence.documentIds.length ? await manager.find(Document, { where: { id: In(review.evidence.documentIds) } }) : [];
    const reading = claim.eventId ? await this.contradictions.read(claim.eventId) : null;
    const onClaim = (reading?.views ?? []).filter((c) => c.sideA.claimIds.includes(claimId) || c.sideB.claimIds.includes(claimId));
    const url = factCheckUrl(this.env.publicBaseUrl, claimId);
    return {
      url,
      claim: { text: claim.text, quote: claim.quote?.exact ?? null, statedAt: claim.statedAt, voicedBy: claim.voicedBy },
      claimant: { name: claimant.name, url: claimant.url },
      document: document && { title: document.title, url: document.url, publishedAt: document.publishedAt },
      verdict: review.verdict,
      rationale: review.rationale,
      reviewedAt: review.createdAt,
      publishedAt: publication.publishedAt,
      evidence: [
        ...evidenceDocuments.map((d) => ({ label: d.title, url: d.url })),
        ...review.evidence.urls.map((u) => ({ label: u, url: u })),
      ],
      contradictions: onClaim.map((c) => ({ attribute: c.attribute, subject: c.subject, kind: c.kind, severity: c.severity, status: c.status, explanation: c.explanation })),
      organization: { name: this.env.organizationName, url: this.env.organizationUrl },
      // On the public page the fact-check was published when a reviewer published it, not when the verdict was written.
      jsonLd: { ...claimReview(claim, review, claimant, document, { name: this.env.organizationName, url: this.env.organizationUrl }, url), datePublished: publication.publishedAt },
    };
  }

  private present(publication: Publication, review: Review): PublicationView {
    return { ...publication, verdict: review.verdict, url: factCheckUrl(this.env.publicBaseUrl, publication.claimId) };
  }
}
