import { boardRow, deskInBrowser } from './desk-browser';
import { create } from './factories';
import { bearer } from './harness';

describe('the desk in a browser: roles, forged posts and hostile text', () => {
  const desk = deskInBrowser();

  it('shows a viewer no write controls, and a forged form post gets 403', async () => {
    const { context, page } = await desk.as('viewer');
    desk.provoke(403);
    const writeForms = page.locator('form[method="post"]:not([action="/desk/sign-out"])');
    const contradiction = (await desk.api(`/events/${desk.demo.event.id}/contradictions?status=open`)).items[0];
    for (const path of [`/desk/events/${desk.demo.event.id}`, `/desk/events/${desk.demo.event.id}/contradictions`, `/desk/claims/${desk.demo.claims[0].id}`, '/desk/queue']) {
      await page.goto(`${desk.base}${path}`);
      await expect(writeForms.count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Add a claim' }).count()).resolves.toBe(0);
    }
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}/claims/new`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Not allowed');

    // The viewer's own session and form token, posted by hand: the role decides.
    await page.goto(`${desk.base}/desk`);
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    const forged = await context.request.post(`${desk.base}/desk/claims/${desk.demo.claims[0].id}/reviews`, {
      form: { _csrf: token, verdict: 'verified', rationale: 'A verdict a viewer may not give', version: '1' }, maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);

    // Another site's page posting a form at the desk: refused before anything else.
    await page.route('http://evil.example/', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" action="${desk.base}/desk/contradictions/${contradiction.id}/triage"><input name="status" value="dismissed"><button>Win a prize</button></form>`,
    }));
    await page.goto('http://evil.example/');
    const [crossSite] = await Promise.all([page.waitForResponse((r) => r.url().includes('/triage')), page.getByRole('button', { name: 'Win a prize' }).click()]);
    expect(crossSite.status()).toBe(403);
    expect((await desk.api(`/contradictions/${contradiction.id}`)).status).toBe('open');
    expect((await desk.api(`/claims/${desk.demo.claims[0].id}/reviews`)).items).toEqual([]);
    await context.close();
  });

  it('shows hostile text as text: no script runs, no image loads, no javascript: link', async () => {
    const img = (n: number) => `<img src=x onerror="window.__pwned=${n}">`;
    const source = await create(desk.t, '/sources', { name: `${img(1)}Hostile`, kind: 'other' });
    const hostile = `<script>window.__pwned=2</script> ${img(3)} <a href="javascript:window.__pwned=4">read more</a>`;
    const event = await create(desk.t, '/events', { title: `${img(7)} Raid`, type: 'battles', location: { name: '<b onmouseover="window.__pwned=8">Gao</b>' } });
    const document = await create(desk.t, '/documents', {
      title: `${img(9)} Report`, url: 'https://example.org/report', language: 'en',
      text: `${hostile}\n\n"<svg onload=window.__pwned=10> We hold the town," the commander said.`,
    });
    const claim = await create(desk.t, '/claims', {
      sourceId: source.id, eventId: desk.demo.event.id, documentId: document.id, text: hostile, quote: { exact: 'read more' },
      facets: [{ attribute: 'weapons', value: ['<svg onload="window.__pwned=5">', 'javascript:window.__pwned=6'] }],
    });
    const version = (await desk.api(`/claims/${claim.id}`)).version;
    await desk.t.http().post(`/claims/${claim.id}/reviews`).set(bearer(desk.t.keys.reviewer))
      .send({ verdict: 'false', rationale: `${img(11)} made up`, version, evidence: { urls: ['https://example.org/evidence?a=1&b=2'] } }).expect(201);
    const weapons = (await desk.api(`/events/${desk.demo.event.id}/contradictions`)).items.find((c: { attribute: string; sideB: { sourceIds: string[] } }) => c.attribute === 'targets');
    await desk.t.http().patch(`/contradictions/${weapons.id}`).set(bearer(desk.t.keys.reviewer)).send({ status: weapons.status, note: `${img(13)} note` }).expect(200);

    const { context, page } = await desk.as('admin');
    for (const path of [
      '/desk', `/desk/events/${desk.demo.event.id}`, `/desk/events/${event.id}`, `/desk/claims/${claim.id}`, `/desk/events/${desk.demo.event.id}/contradictions`,
      `/desk/queue?eventId=${desk.demo.event.id}`, `/desk/events/${event.id}/documents/${document.id}/candidates`,
    ]) {
      await page.goto(`${desk.base}${path}`);
      await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
      await expect(page.locator('main img, main svg, main script, main b').count()).resolves.toBe(0);
      await expect(page.locator('a[href^="javascript" i]').count()).resolves.toBe(0);
    }
    await page.goto(`${desk.base}/desk/claims/${claim.id}`);
    await expect(page.locator('.claim-text').innerText()).resolves.toBe(hostile);
    await expect(page.locator('ol.history').innerText()).resolves.toContain(`${img(11)} made up`);
    await expect(page.locator('mark#quote').innerText()).resolves.toBe('read more');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    await expect(boardRow(page, 'weapons').locator('ul.values li', { hasText: '<svg onload' }).innerText()).resolves.toBe('<svg onload="window.__pwned=5">, javascript:window.__pwned=6 false');
    await expect(page.locator('table.board thead').innerText()).resolves.toContain(source.name);
    await context.close();
  });
});
