import jsonld from 'jsonld';
import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { bearer, startTestApp, TestApp } from './harness';

const BASE = 'https://checks.example.org';
const S = 'https://schema.org/';

/** Schema.org's context, offline: JSON-LD expansion without the network. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '').replace('http:', 'https:') === 'https://schema.org') {
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  }
  throw new Error(`no network in tests: ${url}`);
};

const jsonLdOf = (page: string) => JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)![1]);

describe('published fact-checks', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  let claimId: string;
  const page = () => t.http().get(`/fact-checks/${claimId}`);
  const review = async (verdict: string, rationale: string, evidence?: object) => {
    const version = (await t.http().get(`/claims/${claimId}`).set(bearer(t.keys.viewer)).expect(200)).body.version;
    await t.http().post(`/claims/${claimId}/reviews`).set(bearer(t.keys.reviewer)).send({ verdict, version, rationale, ...(evidence && { evidence }) }).expect(201);
  };
  const publish = () => t.http().post(`/claims/${claimId}/publication`).set(bearer(t.keys.reviewer));

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: `${BASE}/` });
    demo = await loadBamakoCase(t.app, t.admin);
    claimId = demo.claims[2].id;
    await t.http().patch(`/sources/${demo.claims[2].sourceId}`).set(bearer(t.keys.editor))
      .send({ url: 'https://fama.example/chief', sameAs: ['https://www.wikidata.org/wiki/Q123'] }).expect(200);
  });
  afterAll(() => t.close());

  it('has no page, and nothing to publish, before a verdict', async () => {
    expect((await page().expect(404)).body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await publish().expect(409)).body).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no verdict yet/) });
  });

  it('never shows a verdict that is not published', async () => {
    await review('disputed', 'SECRET-DRAFT: AFP reports fighting into the afternoon', { urls: ['https://afp.example/dispatch'] });
    const refused = await page().expect(404);
    expect(refused.text).not.toMatch(/SECRET-DRAFT|disputed/i);
    expect((await t.http().get(`/claims/${claimId}/publication`).set(bearer(t.keys.viewer)).expect(404)).body.code).toBe('NOT_FOUND');
  });

  it('publishes for reviewers only: 201 with the page URL', async () => {
    await t.http().post(`/claims/${claimId}/publication`).set(bearer(t.keys.viewer)).expect(403);
    await t.http().post(`/claims/${claimId}/publication`).expect(401);
    const published = (await publish().expect(201)).body;
    expect(published).toMatchObject({ claimId, verdict: 'disputed', url: `${BASE}/fact-checks/${claimId}`, withdrawnAt: null });
  });

  it('serves a public page without a key: claim, claimant, when, verdict, rationale, evidence, contradictions, under a strict CSP', async () => {
    const response = await page().expect(200).expect('content-type', /text\/html/);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
    const text = response.text;
    expect(text).toContain('The terrorists have been neutralized');
    expect(text).toContain('General Oumar Diarra');
    expect(text).toContain('Verdict: Disputed');
    expect(text).toContain('SECRET-DRAFT: AFP reports fighting into the afternoon');
    expect(text).toContain('href="https://afp.example/dispatch"');
    const contradictions = (await t.http().get(`/events/${demo.event.id}/contradictions`).set(bearer(t.keys.viewer))).body.items
      .filter((c: any) => c.sideA.claimIds.includes(claimId) || c.sideB.claimIds.includes(claimId));
    expect(contradictions.length).toBeGreaterThan(0);
    for (const c of contradictions) expect(text).toContain(c.explanation.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  });

  it('embeds a ClaimReview with Google\'s required properties, its url the page itself', async () => {
    const review = jsonLdOf((await page().expect(200)).text);
    // Google: claimReviewed, reviewRating with alternateName (or a numeric rating on a scale), url; author and itemReviewed recommended.
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${BASE}/fact-checks/${claimId}`,
      claimReviewed: expect.any(String),
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Organization', name: expect.any(String), url: expect.any(String) },
      itemReviewed: { '@type': 'Claim', author: { name: 'General Oumar Diarra', url: 'https://fama.example/chief', sameAs: ['https://fama.example/chief', 'https://www.wikidata.org/wiki/Q123'] } },
    });
    const publication = (await t.http().get(`/claims/${claimId}/publication`).set(bearer(t.keys.viewer)).expect(200)).body;
    expect(review.datePublished).toBe(publication.publishedAt);
    const expanded = (await jsonld.expand(review, { documentLoader: documentLoader as never }))[0] as Record<string, any>;
    expect(expanded['@type']).toEqual([`${S}ClaimReview`]);
    for (const property of ['claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'url', 'datePublished']) expect(expanded[`${S}${property}`]).toBeDefined();
    expect(expanded[`${S}itemReviewed`][0][`${S}author`][0][`${S}sameAs`]).toHaveLength(2);
  });

  it('changes the page for a new verdict only when it is published again', async () => {
    await review('false', 'Second look: the army statement is false');
    const before = (await page().expect(200)).text;
    expect(before).toContain('Verdict: Disputed');
    expect(before).not.toContain('Second look');
    await publish().expect(201);
    const after = (await page().expect(200)).text;
    expect(after).toContain('Verdict: False');
    expect(jsonLdOf(after).reviewRating.alternateName).toBe('False');
  });

  it('withdraws: 204, then the page answers 404 and shows nothing of the verdict', async () => {
    await t.http().delete(`/claims/${claimId}/publication`).set(bearer(t.keys.viewer)).expect(403);
    await t.http().delete(`/claims/${claimId}/publication`).set(bearer(t.keys.reviewer)).expect(204);
    const gone = await page().expect(404);
    expect(gone.text).not.toMatch(/Second look|false/i);
    await t.http().delete(`/claims/${claimId}/publication`).set(bearer(t.keys.reviewer)).expect(404);
    expect((await t.http().get(`/claims/${claimId}/publication`).set(bearer(t.keys.viewer)).expect(200)).body.withdrawnAt).toEqual(expect.any(String));
  });

  it('answers 404 for an unknown claim and 400 for a malformed id, in the error shape', async () => {
    await t.http().get('/fact-checks/0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a').expect(404);
    expect((await t.http().get('/fact-checks/not-an-id').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
