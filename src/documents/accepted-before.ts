import { EntityManager, In } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { ClaimView, FacetView, presentClaim } from '../claims/claim-view';
import { FacetDto } from '../claims/dto/create-claim.dto';
import { Facet } from '../claims/facet.entity';
import { fold } from '../claims/fold';
import { anchorQuote } from '../claims/quote-anchor';
import { Source } from '../sources/source.entity';
import { Document } from './document.entity';
import { CandidateDto } from './dto/accept-candidates.dto';

interface Made {
  view: ClaimView | null;
  id: string;
  sourceId: string;
  /** The claimant's name, folded, for a candidate that names a new source. */
  name: string;
}

/** A claim made before from the same words by the same claimant; `same` when this candidate asks for that very claim. */
export interface Earlier {
  view: ClaimView;
  same: boolean;
}

/** A time as it compares; one `Date` cannot read stays as written (the claim's own checks answer for it). */
const time = (t: string | null | undefined) => {
  const at = t ? new Date(t) : null;
  return at && !Number.isNaN(at.getTime()) ? at.toISOString() : t ?? null;
};
const plain = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.map(plain) : v ?? true);

/** A facet as it compares: attribute, subject, value, polarity, exclusivity and time scope, as the claim keeps them. */
function facetKey(f: FacetDto | FacetView): string {
  const scope = 'timeScope' in f ? f.timeScope : null;
  return JSON.stringify([f.attribute, f.subject?.trim() || null, plain(f.value), f.polarity ?? 'asserted', !!f.exclusive, time(scope?.from), time(scope?.to)]);
}

function sameFacets(kept: FacetView[], asked: FacetDto[]): boolean {
  const [a, b] = [kept.map(facetKey).sort(), asked.map(facetKey).sort()];
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * The claims a document already gave, by the offsets of their quotes, to find a candidate accepted before (a second
 * click, a retried request): the same offsets (a quote given by its words only is looked up in the text first) and
 * the same claimant, or a claimant of the name a new source would take. Claims made in the same request are added
 * as they are made, so one candidate listed twice makes one claim.
 */
export async function acceptedBefore(manager: EntityManager, { id: documentId, text }: Pick<Document, 'id' | 'text'>) {
  const rows = await manager.find(Claim, { select: { id: true, sourceId: true, quoteStart: true, quoteEnd: true }, where: { documentId } });
  const names = new Map((rows.length ? await manager.find(Source, { select: { id: true, name: true }, where: { id: In([...new Set(rows.map((r) => r.sourceId))]) } }) : [])
    .map((s) => [s.id, fold(s.name)]));
  const byName = new Map<string, string>();
  for (const [id, folded] of names) if (!byName.has(folded)) byName.set(folded, id);
  const byAnchor = new Map<string, Made[]>();
  const keep = (key: string, made: Made) => byAnchor.set(key, [...(byAnchor.get(key) ?? []), made]);
  for (const row of rows) if (row.quoteStart !== null) keep(`${row.quoteStart}:${row.quoteEnd}`, { view: null, id: row.id, sourceId: row.sourceId, name: names.get(row.sourceId) ?? '' });
  const anchorOf = (c: CandidateDto): string | null => {
    if (!c.quote) return null;
    const found = anchorQuote(c.quote, text);
    return 'anchor' in found && found.anchor && found.anchor.start !== null ? `${found.anchor.start}:${found.anchor.end}` : null;
  };

  return {
    /** The claim this candidate was accepted as before, whole, and whether the candidate asks for it unchanged (event, text, facets). */
    async find(candidate: CandidateDto, eventId: string | undefined): Promise<Earlier | undefined> {
      const key = anchorOf(candidate);
      if (!key) return undefined;
      const name = candidate.suggestedSource ? fold(candidate.suggestedSource.name) : null;
      const made = byAnchor.get(key)?.find((m) => (candidate.sourceId ? m.sourceId === candidate.sourceId : m.name === name));
      if (!made) return undefined;
      if (!made.view) {
        const claim = await manager.findOneByOrFail(Claim, { id: made.id });
        made.view = presentClaim(claim, await manager.find(Facet, { where: { claimId: made.id }, order: { ordinal: 'ASC' } }));
      }
      const view = made.view;
      // The text as a claim keeps it: trimmed.
      return { view, same: view.eventId === (eventId ?? null) && view.text === candidate.text.trim() && sameFacets(view.facets, candidate.facets ?? []) };
    },
    /** The source of this folded name that speaks in the document already, if one does. */
    claimantNamed(name: string): string | undefined {
      return name ? byName.get(name) : undefined;
    },
    /** A claim made in this request, for the candidates after it. */
    add(view: ClaimView, newSourceName?: string): ClaimView {
      const key = view.quote && view.quote.start !== null && view.quote.start !== undefined ? `${view.quote.start}:${view.quote.end}` : null;
      if (key) keep(key, { view, id: view.id, sourceId: view.sourceId, name: newSourceName ? fold(newSourceName) : '' });
      return view;
    },
  };
}
