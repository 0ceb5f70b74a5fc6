import { Html, html, safeUrl } from '../common/html';
import { ClaimReviewJsonLd, VERDICT_RATINGS } from '../reports/claim-review';
import { REPORT_CSP } from '../reports/html';
import { Verdict } from '../reviews/review.entity';

/** The public page allows no script to run and loads nothing; the JSON-LD is data, which no policy blocks from being read. */
export const FACT_CHECK_CSP = REPORT_CSP;

/** What the public page of a published fact-check shows. */
export interface FactCheck {
  url: string;
  /** `voicedBy`: the person or office the claimant spoke through, named beside the claimant. */
  claim: { text: string; quote: string | null; statedAt: string | null; voicedBy: string | null };
  claimant: { name: string; url: string | null };
  document: { title: string; url: string | null; publishedAt: string | null } | null;
  verdict: Verdict;
  rationale: string;
  reviewedAt: string;
  publishedAt: string;
  evidence: Array<{ label: string; url: string | null }>;
  contradictions: Array<{ attribute: string; subject: string | null; kind: string; severity: string; status: string; explanation: string }>;
  organization: { name: string; url: string };
  jsonLd: ClaimReviewJsonLd;
}

/**
 * JSON inside a <script> element: the text is not HTML-decoded there, so instead of entities every
 * character that could end the element or start markup is written as a JSON escape.
 */
export function scriptJson(value: unknown): Html {
  const text = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new Html(text);
}

const CSS = new Html(`
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2rem auto;max-width:46rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #d0d7de}
blockquote{margin:0;padding:.5rem 1rem;border-left:4px solid #d0d7de;background:#f6f8fa;white-space:pre-wrap}
.verdict{font-size:1.25rem;font-weight:700}.meta{color:#57606a;font-size:.9rem}.rationale{white-space:pre-wrap}
.high{color:#a40e26;font-weight:600}.medium{color:#9a6700;font-weight:600}.low{color:#57606a}
`);

function link(label: string, url: string | null): Html {
  const target = safeUrl(url);
  return target ? html`<a href="${target}" rel="nofollow noopener">${label}</a>` : html`${label}`;
}

/** One self-contained page; every value from the data is escaped by the `html` tag, the JSON-LD by `scriptJson`. */
export function renderFactCheck(page: FactCheck): string {
  const verdict = VERDICT_RATINGS[page.verdict].alternateName;
  const said = page.claim.statedAt ?? page.document?.publishedAt ?? null;
  const head = html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${new Html(FACT_CHECK_CSP)}"><title>Fact-check: ${verdict}: ${page.claimant.name}</title><link rel="canonical" href="${page.url}"><style>${CSS}</style><script type="application/ld+json">${scriptJson(page.jsonLd)}</script>`;
  const body = [
    html`<p class="meta">${page.organization.name} fact-check</p>`,
    html`<h1>${page.claimant.name}: <span class="verdict">${verdict}</span></h1>`,
    html`<h2>The claim</h2>`,
    html`<blockquote>${page.claim.quote ?? page.claim.text}</blockquote>`,
    html`<p class="meta">Claimed by ${link(page.claimant.name, page.claimant.url)}${page.claim.voicedBy ? html` (voiced by <span class="voiced-by">${page.claim.voicedBy}</span>)` : ''}${said ? html`, <time datetime="${said}">${said}</time>` : ''}${page.document ? html`, in ${link(page.document.title, page.document.url)}` : ''}</p>`,
    html`<h2>Verdict: ${verdict}</h2>`,
    html`<p class="rationale">${page.rationale}</p>`,
    html`<p class="meta">Reviewed <time datetime="${page.reviewedAt}">${page.reviewedAt}</time>; published <time datetime="${page.publishedAt}">${page.publishedAt}</time></p>`,
    html`<h2>Evidence</h2>`,
    page.evidence.length ? html`<ul>${page.evidence.map((e) => html`<li>${link(e.label, e.url)}</li>`)}</ul>` : html`<p>No evidence was linked.</p>`,
    html`<h2>Contradictions on this claim</h2>`,
    page.contradictions.length
      ? html`<ul id="contradictions">${page.contradictions.map((c) => html`<li><span class="${c.severity}">${c.severity}</span> ${c.kind} on ${c.attribute}${c.subject ? html` (${c.subject})` : ''}, ${c.status}: ${c.explanation}</li>`)}</ul>`
      : html`<p>The report shows no contradiction on this claim.</p>`,
  ];
  return html`<!doctype html>
<html lang="en"><head>${head}</head><body><main>${body}</main></body></html>
`.text;
}
