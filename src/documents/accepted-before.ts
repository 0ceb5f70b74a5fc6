import { EntityManager, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { ClaimView, presentClaim } from '../claims/claim-view';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { Source } from '../sources/source.entity';
import { CandidateDto } from './dto/accept-candidates.dto';

interface Made {
  view: ClaimView | null;
  id: string;
  sourceId: string;
  /** The claimant's name, folded, for a candidate that names a new source. */
  name: string;
}

/**
 * The claims a document already gave, by the offsets of their quotes, to find a candidate accepted before (a second
 * click, a retried request): the same offsets and the same claimant, or a claimant of the name a new source would
 * take. Claims made in the same request are added as they are made, so one candidate listed twice makes one claim.
 */
export async function acceptedBefore(manager: EntityManager, documentId: string) {
  const rows = await manager.find(Claim, { select: { id: true, sourceId: true, quoteStart: true, quoteEnd: true }, where: { documentId } });
  const names = new Map((rows.length ? await manager.find(Source, { select: { id: true, name: true }, where: { id: In([...new Set(rows.map((r) => r.sourceId))]) } }) : [])
    .map((s) => [s.id, fold(s.name)]));
  const byAnchor = new Map<string, Made[]>();
  const keep = (key: string, made: Made) => byAnchor.set(key, [...(byAnchor.get(key) ?? []), made]);
  for (const row of rows) if (row.quoteStart !== null) keep(`${row.quoteStart}:${row.quoteEnd}`, { view: null, id: row.id, sourceId: row.sourceId, name: names.get(row.sourceId) ?? '' });
  const anchorOf = (c: CandidateDto) => (c.quote?.start !== undefined && c.quote?.start !== null && c.quote.end !== undefined && c.quote.end !== null ? `${c.quote.start}:${c.quote.end}` : null);

  return {
    /** The claim this candidate was accepted as before, whole, or undefined. */
    async find(candidate: CandidateDto): Promise<ClaimView | undefined> {
      const key = anchorOf(candidate);
      if (!key) return undefined;
      const name = candidate.suggestedSource ? fold(candidate.suggestedSource.name) : null;
      const made = byAnchor.get(key)?.find((m) => (candidate.sourceId ? m.sourceId === candidate.sourceId : m.name === name));
      if (!made) return undefined;
      if (!made.view) {
        const claim = await manager.findOneByOrFail(Claim, { id: made.id });
        made.view = presentClaim(claim, await manager.find(Facet, { where: { claimId: made.id }, order: { ordinal: 'ASC' } }));
      }
      return made.view;
    },
    /** A claim made in this request, for the candidates after it. */
    add(view: ClaimView, newSourceName?: string): ClaimView {
      const key = view.quote && view.quote.start !== null && view.quote.start !== undefined ? `${view.quote.start}:${view.quote.end}` : null;
      if (key) keep(key, { view, id: view.id, sourceId: view.sourceId, name: newSourceName ? fold(newSourceName) : '' });
      return view;
    },
  };
}
