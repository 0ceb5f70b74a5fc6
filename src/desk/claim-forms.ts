import { ClaimView } from '../claims/claims.service';
import { FormBody } from '../common/json-body';
import { facetLines } from './facet-lines';
import { field, given } from './respond';
import { ClaimDraft } from './views/claim-form.view';

/** The claim form, read into a draft (kept as typed when the form comes back), and a stored claim as a draft. */
export function claimDraft(form: FormBody): ClaimDraft {
  return {
    sourceId: field(form, 'sourceId'), conveyedById: field(form, 'conveyedById'), text: field(form, 'text'),
    quote: field(form, 'quote'), statedAt: field(form, 'statedAt'), voicedBy: field(form, 'voicedBy'), facets: field(form, 'facets'),
  };
}

export function draftOfClaim(claim: ClaimView): ClaimDraft {
  return {
    sourceId: claim.sourceId, conveyedById: claim.conveyedById ?? '', text: claim.text, quote: claim.quote?.exact ?? '',
    statedAt: claim.statedAt ?? '', voicedBy: claim.voicedBy ?? '', facets: facetLines(claim.facets),
  };
}

/**
 * The fields an edit sends: emptied optional fields are cleared; a quote left as it was keeps its
 * anchor in the document (offsets, prefix, suffix), a changed one is the new words alone.
 */
export function claimChanges(draft: ClaimDraft, before: ClaimView): Record<string, unknown> {
  const quote = given(draft.quote);
  return {
    sourceId: draft.sourceId, text: draft.text, conveyedById: given(draft.conveyedById) ?? null, statedAt: given(draft.statedAt) ?? null,
    voicedBy: given(draft.voicedBy) ?? null,
    quote: !quote ? null : quote === before.quote?.exact ? stripNulls(before.quote) : { exact: quote },
  };
}

const stripNulls = (quote: NonNullable<ClaimView['quote']>) => Object.fromEntries(Object.entries(quote).filter(([, v]) => v !== null && v !== undefined));

const FIELDS: Array<[string, string]> = [
  ['sourceId', 'Claimant'], ['conveyedById', 'Conveyed by'], ['text', 'What is claimed'], ['quote', 'Quote'], ['statedAt', 'Stated at'], ['voicedBy', 'Voiced by'], ['facets', 'Facets'],
];

/**
 * The problems of a claim form as the form names its fields ("Stated at", "Facets line 2 time from"),
 * in the order the fields stand on the page.
 */
export function inFormTerms<T extends { path: string }>(details: T[]): T[] {
  const place = (path: string) => FIELDS.findIndex(([key]) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key} `) || path.startsWith(`${key}[`));
  const named = details.map((d, i) => {
    const at = place(d.path);
    const path = at < 0 ? d.path : `${FIELDS[at][1]}${d.path.slice(FIELDS[at][0].length)}`.replace('timeScope.', 'time ').replace(/\.exact$/, '');
    const line = / line (\d+)/.exec(d.path);
    return { detail: { ...d, path }, order: at < 0 ? FIELDS.length : at, line: line ? Number(line[1]) : 0, i };
  });
  return named.sort((a, b) => a.order - b.order || a.line - b.line || a.i - b.i).map((n) => n.detail);
}
