import createClient from 'openapi-fetch';
import type { components, paths } from './generated/schema';

/**
 * The main workflow of a desk, written as another tool would write it: against a client generated from
 * the OpenAPI document by openapi-typescript, through openapi-fetch. The typed-client test compiles this
 * file with `tsc --strict` (so every field read here must exist in the document with the right type)
 * and then runs it against a live server.
 */

type Claim = components['schemas']['ClaimResponseDto'];
type Contradiction = components['schemas']['ContradictionResponseDto'];
type Report = components['schemas']['ReportResponseDto'];
type ApiError = components['schemas']['ErrorResponseDto'];

export interface WorkflowResult {
  eventId: string;
  claims: [Claim, Claim];
  contradictions: Contradiction[];
  reviewedVersion: number;
  staleReview: { status: number; error: ApiError };
  report: Report;
}

/** Unwraps an answer, or stops with the error the server gave. */
function expectData<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined) throw new Error(`${what}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data;
}

export async function mainWorkflow(baseUrl: string, keys: { editor: string; reviewer: string }): Promise<WorkflowResult> {
  const editor = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${keys.editor}` } });
  const reviewer = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${keys.reviewer}` } });

  const event = expectData(await editor.POST('/events', {
    body: { title: 'Attack on Bamako', type: 'battles', startsAt: '2024-09-17T05:00:00Z', timePrecision: 'day' },
  }), 'create the event');
  const army = expectData(await editor.POST('/sources', { body: { name: 'General Oumar Diarra', kind: 'military', stake: 'party_to_conflict' } }), 'army');
  const jnim = expectData(await editor.POST('/sources', { body: { name: 'JNIM', kind: 'armed_group', stake: 'party_to_conflict', aliases: ['GSIM'] } }), 'JNIM');

  const neutralized = expectData(await editor.POST('/claims', {
    body: { sourceId: army.id, eventId: event.id, text: 'The attack was repelled', facets: [{ attribute: 'outcome', value: 'repelled' }] },
  }), 'the army\'s claim');
  const success = expectData(await editor.POST('/claims', {
    body: { sourceId: jnim.id, eventId: event.id, text: 'The operation was a success', facets: [{ attribute: 'outcome', value: 'success' }] },
  }), 'JNIM\'s claim');

  const contradictions = expectData(await reviewer.GET('/events/{id}/contradictions', { params: { path: { id: event.id } } }), 'contradictions').items;

  const current = expectData(await reviewer.GET('/claims/{id}', { params: { path: { id: neutralized.id } } }), 'read the claim');
  const review = expectData(await reviewer.POST('/claims/{id}/reviews', {
    params: { path: { id: neutralized.id } },
    body: { verdict: 'disputed', rationale: 'JNIM claims a success; no independent account yet', version: current.version },
  }), 'the review');

  // The same version again is stale now: 409, and the error says which version is current.
  const stale = await reviewer.POST('/claims/{id}/reviews', {
    params: { path: { id: neutralized.id } },
    body: { verdict: 'verified', rationale: 'seen an old version', version: current.version },
  });
  if (!stale.error) throw new Error('a stale review was taken');

  const report = expectData(await reviewer.GET('/events/{id}/report', { params: { path: { id: event.id }, query: { format: 'json' } } }), 'the report');

  return {
    eventId: event.id,
    claims: [neutralized, success],
    contradictions,
    reviewedVersion: review.claim.version,
    staleReview: { status: stale.response.status, error: stale.error },
    // The report route answers JSON, Markdown, CSV or HTML; the type is the union, and format=json was asked for.
    report: report as Report,
  };
}
