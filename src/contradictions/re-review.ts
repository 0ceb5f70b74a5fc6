import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { Claim } from '../claims/claim.entity';
import { Facet } from '../claims/facet.entity';
import { chunks } from '../common/chunks';
import { nowIso } from '../common/columns';
import { Contradiction } from './contradiction.entity';
import { onSide } from './positions';

/**
 * A new or reopened contradiction of high or medium severity puts every claim on its sides that
 * already has a verdict back in front of a reviewer; the claim's version grows, so a review written
 * against what was read before is refused.
 */
export async function flagForReReview(manager: EntityManager, audit: AuditService, contradiction: Contradiction, actor: Actor | null): Promise<void> {
  if (contradiction.severity === 'low') return;
  // Only claims with a verdict can need another look: find those first, then which of them are on a side.
  const withVerdict = await manager.createQueryBuilder(Claim, 'c')
    .select(['c.id', 'c.version', 'c.needsReReview', 'c.reReviewContradictionId'])
    .where("c.eventId = :eventId AND (c.status < 'unreviewed' OR c.status > 'unreviewed')", { eventId: contradiction.eventId })
    .getMany();
  if (!withVerdict.length) return;
  const onSides = new Set<string>();
  for (const part of chunks(withVerdict, 500)) {
    const facets = await manager.find(Facet, {
      where: { claimId: In(part.map((c) => c.id)), attribute: contradiction.attribute, subjectKey: contradiction.subjectKey },
      select: { claimId: true, valueKey: true, valueText: true, polarity: true, exclusive: true },
    });
    for (const f of facets) if (onSide(contradiction.sideA.match, f) || onSide(contradiction.sideB.match, f)) onSides.add(f.claimId);
  }
  const reviewed = withVerdict.filter((claim) => onSides.has(claim.id));
  const now = nowIso();
  for (const claim of reviewed) {
    await manager.createQueryBuilder().update(Claim)
      .set({ needsReReview: true, reReviewContradictionId: contradiction.id, version: () => 'version + 1', updatedAt: now })
      .where('id = :id', { id: claim.id }).execute();
    await audit.record(manager, actor, 'update', 'claim', claim.id,
      { needsReReview: claim.needsReReview, reReviewContradictionId: claim.reReviewContradictionId, version: claim.version },
      { needsReReview: true, reReviewContradictionId: contradiction.id, version: claim.version + 1, because: contradiction.explanation });
  }
}
