import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { Role } from '../src/users/user.entity';
import { create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

const OUTPUT = join(__dirname, 'output');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const JNIM = "Jama'at Nusrat al-Islam wal-Muslimin";
/** Page code, as text (the tests compile without the DOM's types): true when neither the page nor any scrolling region is wider than the screen. */
const FITS = `document.documentElement.scrollWidth <= window.innerWidth
  && [...document.querySelectorAll('.scroll')].every((region) => region.scrollWidth <= region.clientWidth)`;
const ARMY = 'General Oumar Diarra';

/** A follow-up wire story written for this test: three attributed statements, two by parties of the demo case. */
const FOLLOW_UP = `Mali army says attackers were pushed back

BAMAKO, Sept 18 - Mali's army said on Wednesday that the situation in the capital was calm.

"The terrorists never entered the airport," the army chief of staff, General Oumar Diarra, told state television.

JNIM said that about 70 soldiers were killed in the attack.
`;

describe('the desk in a browser', () => {
  let t: TestApp;
  let demo: LoadedDemo;
  let base: string;
  let browser: Browser;
  /** Script errors and refused resources on any page: a page that shows hostile text must not run or load any of it. */
  const pageErrors: string[] = [];
  /** The refusals a test provokes on purpose (and checks itself); any other failed load is a fault of the page. */
  let provoked: number[] = [];

  const api = (path: string) => t.http().get(path).set(bearer(t.keys.viewer)).expect(200).then((r) => r.body);

  async function signedIn(key: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    await page.goto(`${base}/desk`);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/desk`);
    return { context, page };
  }
  const as = (role: Role, width?: number) => signedIn(t.keys[role], width);

  const boardRow = (page: Page, attribute: string) =>
    page.locator('table.board tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^\\s*${attribute}`) }) });
  const boardCell = (page: Page, attribute: string, party: string) => boardRow(page, attribute).locator(`td[data-party="${party}"]`);

  async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
    await page.evaluate(AXE);
    // Page code is passed as text: the tests compile without the DOM's types.
    const violations = await page.evaluate<Array<{ id: string; impact: string; nodes: string[] }>>(
      'axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) })))',
    );
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    t = await startTestApp();
    demo = await loadBamakoCase(t.app, t.admin);
    base = await t.listen();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => {
    const faults = pageErrors.splice(0).filter((e) => !provoked.some((status) => e.includes(`status of ${status} `)));
    provoked = [];
    expect(faults).toEqual([]);
  });

  it('signs in, lists the event with its counts, and shows the board: JNIM against the army chief on the outcome, the army silent on the airport', async () => {
    const { context, page } = await as('editor');
    const open = (await api(`/events/${demo.event.id}/contradictions?status=open`)).items.length;
    const row = page.locator('table.list tbody tr').filter({ hasText: demo.event.title });
    await expect(row.locator("td.num").allInnerTexts()).resolves.toEqual(['7', String(open), '7']);

    await page.getByLabel('Title or place').fill('Timbuktu');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No event matches.').waitFor();
    await page.getByLabel('Title or place').fill('bamako');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: demo.event.title }).click();
    await page.waitForURL(`${base}/desk/events/${demo.event.id}`);

    const jnim = boardCell(page, 'outcome', JNIM);
    const army = boardCell(page, 'outcome', ARMY);
    await expect(jnim.innerText()).resolves.toMatch(/success[\s\S]*contested[\s\S]*high/);
    await expect(army.innerText()).resolves.toMatch(/repelled[\s\S]*contested[\s\S]*high/);
    await expect(army.getAttribute('class')).resolves.toContain('sev-high');
    await expect(boardCell(page, 'targets', ARMY).innerText()).resolves.toContain('silent on military airport');
    await expect(boardCell(page, 'targets', ARMY).innerText()).resolves.toContain(`corroborated by ${JNIM}`);
    await expect(boardCell(page, 'outcome', 'Malian state television (ORTM)').innerText()).resolves.toBe('silent');

    await page.screenshot({ path: join(OUTPUT, 'board-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(army.innerText()).resolves.toContain('repelled');
    // At 390 px the board is one card per attribute: nothing sticks out of the screen, nor needs scrolling sideways.
    await expect(page.evaluate(FITS)).resolves.toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'board-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await army.getByRole('link', { name: 'repelled' }).click();
    await page.waitForURL(`${base}/desk/claims/${demo.claims[2].id}`);
    await expect(page.locator('mark#quote').innerText()).resolves.toBe('The terrorists have been neutralized. The sweep continues.');
    await expect(page.locator('.facts').innerText()).resolves.toContain(ARMY);
    await context.close();
  });

  it('dismisses a contradiction with a note, and it stays dismissed after a reload', async () => {
    const { context, page } = await as('reviewer');
    await page.goto(`${base}/desk/events/${demo.event.id}/contradictions`);
    const targets = page.locator('article.contradiction').filter({ hasText: 'says nothing of military airport' });
    await targets.getByLabel('Note').fill('The general spoke before the airport fighting was known; silence here says little.');
    await targets.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('The contradiction was triaged').waitFor();
    await page.reload();
    const after = page.locator('article.contradiction').filter({ hasText: 'says nothing of military airport' });
    await expect(after.locator('.badge.status-dismissed').count()).resolves.toBe(1);
    await expect(after.innerText()).resolves.toContain('The general spoke before the airport fighting was known');
    const stored = (await api(`/events/${demo.event.id}/contradictions?status=dismissed`)).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ attribute: 'targets', note: 'The general spoke before the airport fighting was known; silence here says little.' });
    await context.close();
  });

  it('verifies a claim, and offers its ClaimReview', async () => {
    const { context, page } = await as('reviewer');
    await page.goto(`${base}/desk/events/${demo.event.id}`);
    await boardCell(page, 'situation', 'AFP correspondent in Bamako').getByRole('link').click();
    await page.getByLabel('Verdict', { exact: true }).selectOption('verified');
    await page.getByLabel(/^Rationale/).fill('Heard on the ground by the AFP correspondent; matches other reports of fighting into the afternoon.');
    await page.getByLabel(/^Evidence/).fill('https://example.org/afp-dispatch');
    await page.getByRole('button', { name: 'Record the verdict' }).click();
    await page.getByText('Your verdict was recorded.').waitFor();
    await expect(page.locator('.facts .badge').first().innerText()).resolves.toBe('verified');
    await expect(page.locator('ol.history').innerText()).resolves.toContain('reviewer one');
    expect((await api(`/claims/${demo.claims[4].id}`)).status).toBe('verified');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /ClaimReview/ }).click()]);
    const review = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(review).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'Verified', ratingValue: 5 } });
    await context.close();
  });

  it('tells the second of two reviewers that the first got there, and keeps everything they typed', async () => {
    const user = await create(t, '/users', { name: 'reviewer two', role: 'reviewer' });
    const key = (await t.http().post(`/users/${user.id}/api-keys`).set(bearer(t.adminKey)).send({}).expect(201)).body.key;
    const first = await as('reviewer');
    const second = await signedIn(key);
    provoked = [409];
    const claimPage = `${base}/desk/claims/${demo.claims[1].id}`;
    await first.page.goto(claimPage);
    await second.page.goto(claimPage);

    const typed = 'The statement came while AFP still heard heavy gunfire near the airport, so the situation was not under control.';
    await second.page.getByLabel('Verdict', { exact: true }).selectOption('false');
    await second.page.getByLabel(/^Rationale/).fill(typed);
    await second.page.getByLabel(/^Evidence/).fill(`${demo.claims[4].id}\nhttps://example.org/gunfire`);

    await first.page.getByLabel('Verdict', { exact: true }).selectOption('verified');
    await first.page.getByLabel(/^Rationale/).fill('By the evening the shooting had stopped, as AFP also reports.');
    await first.page.getByRole('button', { name: 'Record the verdict' }).click();
    await first.page.getByText('Your verdict was recorded.').waitFor();

    const [response] = await Promise.all([
      second.page.waitForResponse((r) => r.url().endsWith(`/desk/claims/${demo.claims[1].id}/reviews`)),
      second.page.getByRole('button', { name: 'Record the verdict' }).click(),
    ]);
    expect(response.status()).toBe(409);
    const alert = second.page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/reviewer one reviewed this claim while you were writing[\s\S]*verified/);
    await expect(alert.innerText()).resolves.toContain('Your verdict was not recorded');
    await expect(second.page.getByLabel(/^Rationale/).inputValue()).resolves.toBe(typed);
    await expect(second.page.getByLabel(/^Evidence/).inputValue()).resolves.toBe(`${demo.claims[4].id}\nhttps://example.org/gunfire`);
    await expect(second.page.getByLabel('Verdict', { exact: true }).inputValue()).resolves.toBe('false');
    expect((await api(`/claims/${demo.claims[1].id}/reviews`)).items.map((r: { verdict: string }) => r.verdict)).toEqual(['verified']);

    // Having read the first verdict, the second reviewer sends theirs again: it lands on the new version.
    await second.page.getByRole('button', { name: 'Record the verdict' }).click();
    await second.page.getByText('Your verdict was recorded.').waitFor();
    await expect(second.page.locator('.facts').innerText()).resolves.toContain('reviewers disagree');
    const history = (await api(`/claims/${demo.claims[1].id}/reviews`)).items;
    expect(history.map((r: { verdict: string }) => r.verdict)).toEqual(['false', 'verified']);
    expect(history[0]).toMatchObject({ rationale: typed, evidence: { claimIds: [demo.claims[4].id], urls: ['https://example.org/gunfire'] } });
    await first.context.close();
    await second.context.close();
  });

  it('reads claims from a pasted article; the editor corrects two and accepts them', async () => {
    const { context, page } = await as('editor');
    await page.goto(`${base}/desk/events/${demo.event.id}`);
    await page.getByRole('link', { name: 'Claims from an article' }).click();
    await page.getByLabel('Headline').fill('Mali army says attackers were pushed back');
    await page.getByLabel('Article text').fill(FOLLOW_UP);
    await page.getByRole('button', { name: 'Find the claims' }).click();
    await page.waitForURL(/\/candidates$/);

    const candidates = page.locator('fieldset.candidate');
    await expect(candidates.count()).resolves.toBe(3);
    const army = candidates.filter({ hasText: 'The terrorists never entered the airport' });
    const jnim = candidates.filter({ hasText: 'about 70 soldiers' });
    await expect(army.getByLabel('Claimant').locator('option:checked').innerText()).resolves.toBe(ARMY);
    await expect(jnim.getByLabel('Facets').inputValue()).resolves.toBe('fatalities: about 70');
    await army.getByRole('checkbox').check();
    await army.getByLabel('Claim', { exact: true }).fill('The army chief of staff says the attackers never entered the airport.');
    await army.getByLabel('Facets').fill('targets: not military airport');
    await jnim.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Accept the ticked claims' }).click();
    await page.waitForURL(`${base}/desk/events/${demo.event.id}?done=accepted`);
    await page.getByText('The ticked claims were added').waitFor();

    await expect(boardCell(page, 'fatalities', JNIM).innerText()).resolves.toContain('about 70');
    await expect(boardCell(page, 'targets', ARMY).innerText()).resolves.toContain('not military airport');
    const claims = (await api(`/events/${demo.event.id}/claims?limit=50`)).items;
    expect(claims).toHaveLength(9);
    const added = claims.filter((c: { text: string }) => /never entered the airport|about 70/.test(c.text));
    expect(added.map((c: { sourceId: string }) => c.sourceId).sort()).toEqual([demo.sources.armyChief.id, demo.sources.jnim.id].sort());
    expect(added.find((c: { sourceId: string }) => c.sourceId === demo.sources.armyChief.id)).toMatchObject({
      text: 'The army chief of staff says the attackers never entered the airport.',
      quote: { exact: 'The terrorists never entered the airport' },
      facets: [{ attribute: 'targets', value: ['military airport'], polarity: 'denied' }],
    });
    await context.close();
  });

  it('adds a claim by hand: a wrong facet line comes back named, with the form as typed', async () => {
    const { context, page } = await as('editor');
    await page.goto(`${base}/desk/events/${demo.event.id}`);
    await page.getByRole('link', { name: 'Add a claim' }).click();
    await page.getByLabel(/^Claimant/).selectOption({ label: 'Malian state television (ORTM)' });
    await page.getByLabel(/^What is claimed/).fill('State television says the assault was repelled.');
    await page.getByLabel(/^Facets/).fill('outcome: repelled\nweather: rainy');
    provoked = [400];
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Add the claim' }).click()]);
    expect(refused.status()).toBe(400);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/facets line 2: weather is not an attribute/);
    await expect(page.getByLabel(/^What is claimed/).inputValue()).resolves.toBe('State television says the assault was repelled.');
    await expect(page.getByLabel(/^Claimant/).locator('option:checked').innerText()).resolves.toBe('Malian state television (ORTM)');

    await page.getByLabel(/^Facets/).fill('outcome: repelled');
    await page.getByRole('button', { name: 'Add the claim' }).click();
    await page.getByText('The claim was added').waitFor();
    await expect(page.locator('table.facets').innerText()).resolves.toMatch(/outcome\s+repelled/);
    await page.getByRole('link', { name: demo.event.title }).click();
    await expect(boardCell(page, 'outcome', 'Malian state television (ORTM)').innerText()).resolves.toMatch(/repelled[\s\S]*contested[\s\S]*high/);
    await context.close();
  });

  it('starts a case from nothing: a new event, a new source, and its first claim', async () => {
    const { context, page } = await as('editor');
    await page.getByRole('link', { name: 'New event' }).click();
    await page.getByLabel('Title').fill('Clashes near Kidal');
    await page.getByLabel(/^Type/).selectOption('battles');
    await page.getByLabel(/^Began/).fill('the first of October');
    await page.getByLabel(/^Place/).fill('Kidal');
    await page.getByLabel(/^Country/).fill('ml');
    provoked = [400];
    await page.getByRole('button', { name: 'Create the event' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('startsAt');
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Clashes near Kidal');
    await page.getByLabel(/^Began/).fill('2024-10-01');
    await page.getByRole('button', { name: 'Create the event' }).click();
    await page.getByRole('heading', { name: 'Clashes near Kidal' }).waitFor();
    await expect(page.locator('p.meta').first().innerText()).resolves.toContain('Kidal, ML');

    await page.getByRole('link', { name: 'Add a claim' }).click();
    await page.getByRole('link', { name: 'Add a source' }).click();
    await page.getByLabel('Name').fill('Kidal community radio');
    await page.getByLabel(/^Aliases/).fill('Radio Kidal, the local radio');
    await page.getByLabel('Kind').selectOption('media');
    await page.getByLabel(/^Stake/).selectOption('independent');
    await page.getByRole('button', { name: 'Add the source' }).click();
    await page.getByText('The source was added.').waitFor();
    await page.getByLabel(/^Claimant/).selectOption({ label: 'Kidal community radio' });
    await page.getByLabel(/^What is claimed/).fill('Local radio reports heavy fighting on the road to Anefis.');
    await page.getByLabel(/^Facets/).fill('situation: fighting ongoing');
    await page.getByRole('button', { name: 'Add the claim' }).click();
    await page.getByText('The claim was added').waitFor();

    const event = (await api('/events?q=kidal')).items[0];
    expect(event).toMatchObject({ title: 'Clashes near Kidal', type: 'battles', location: { name: 'Kidal', country: 'ML' } });
    const [claim] = (await api(`/events/${event.id}/claims`)).items;
    expect(claim).toMatchObject({ text: 'Local radio reports heavy fighting on the road to Anefis.', facets: [{ attribute: 'situation', value: 'fighting ongoing' }] });
    expect((await api(`/sources/${claim.sourceId}`))).toMatchObject({ name: 'Kidal community radio', aliases: ['Radio Kidal', 'the local radio'], kind: 'media', stake: 'independent' });
    await context.close();
  });

  it('downloads the CSV report: one row per contradiction, as the API counts them', async () => {
    const { context, page } = await as('viewer');
    await page.goto(`${base}/desk/events/${demo.event.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`crosscheck-report-${demo.event.id}.csv`);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const stored = (await api(`/events/${demo.event.id}/contradictions`)).items as Array<{ id: string; status: string; note: string | null }>;
    expect(rows.map((r) => [r.contradiction_id, r.status, r.note]).sort()).toEqual(stored.map((c) => [c.id, c.status, c.note ?? '']).sort());
    expect(rows.find((r) => r.attribute === 'outcome')).toMatchObject({ side_a_value: 'success', side_b_value: 'repelled', severity: 'high' });
    await context.close();
  });

  it('shows a viewer no write controls, and a forged form post gets 403', async () => {
    const { context, page } = await as('viewer');
    provoked = [403];
    const writeForms = page.locator('form[method="post"]:not([action="/desk/sign-out"])');
    const contradiction = (await api(`/events/${demo.event.id}/contradictions?status=open`)).items[0];
    for (const path of [`/desk/events/${demo.event.id}`, `/desk/events/${demo.event.id}/contradictions`, `/desk/claims/${demo.claims[0].id}`, '/desk/queue']) {
      await page.goto(`${base}${path}`);
      await expect(writeForms.count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Add a claim' }).count()).resolves.toBe(0);
    }
    await page.goto(`${base}/desk/events/${demo.event.id}/claims/new`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Not allowed');

    // The viewer's own session and form token, posted by hand: the role decides.
    await page.goto(`${base}/desk`);
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    const forged = await context.request.post(`${base}/desk/claims/${demo.claims[0].id}/reviews`, {
      form: { _csrf: token, verdict: 'verified', rationale: 'A verdict a viewer may not give', version: '1' }, maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);

    // Another site's page posting a form at the desk: refused before anything else.
    await page.route('http://evil.example/', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" action="${base}/desk/contradictions/${contradiction.id}/triage"><input name="status" value="dismissed"><button>Win a prize</button></form>`,
    }));
    await page.goto('http://evil.example/');
    const [crossSite] = await Promise.all([page.waitForResponse((r) => r.url().includes('/triage')), page.getByRole('button', { name: 'Win a prize' }).click()]);
    expect(crossSite.status()).toBe(403);
    expect((await api(`/contradictions/${contradiction.id}`)).status).toBe('open');
    expect((await api(`/claims/${demo.claims[0].id}/reviews`)).items).toEqual([]);
    await context.close();
  });

  it('shows hostile text as text: no script runs, no image loads, no javascript: link', async () => {
    const img = (n: number) => `<img src=x onerror="window.__pwned=${n}">`;
    const source = await create(t, '/sources', { name: `${img(1)}Hostile`, kind: 'other' });
    const hostile = `<script>window.__pwned=2</script> ${img(3)} <a href="javascript:window.__pwned=4">read more</a>`;
    const event = await create(t, '/events', { title: `${img(7)} Raid`, type: 'battles', location: { name: '<b onmouseover="window.__pwned=8">Gao</b>' } });
    const document = await create(t, '/documents', {
      title: `${img(9)} Report`, url: 'https://example.org/report', language: 'en',
      text: `${hostile}\n\n"<svg onload=window.__pwned=10> We hold the town," the commander said.`,
    });
    const claim = await create(t, '/claims', {
      sourceId: source.id, eventId: demo.event.id, documentId: document.id, text: hostile, quote: { exact: 'read more' },
      facets: [{ attribute: 'weapons', value: ['<svg onload="window.__pwned=5">', 'javascript:window.__pwned=6'] }],
    });
    const version = (await api(`/claims/${claim.id}`)).version;
    await t.http().post(`/claims/${claim.id}/reviews`).set(bearer(t.keys.reviewer))
      .send({ verdict: 'false', rationale: `${img(11)} made up`, version, evidence: { urls: ['https://example.org/evidence?a=1&b=2'] } }).expect(201);
    const weapons = (await api(`/events/${demo.event.id}/contradictions`)).items.find((c: { attribute: string; sideB: { sourceIds: string[] } }) => c.attribute === 'targets');
    await t.http().patch(`/contradictions/${weapons.id}`).set(bearer(t.keys.reviewer)).send({ status: weapons.status, note: `${img(13)} note` }).expect(200);

    const { context, page } = await as('admin');
    for (const path of [
      '/desk', `/desk/events/${demo.event.id}`, `/desk/events/${event.id}`, `/desk/claims/${claim.id}`, `/desk/events/${demo.event.id}/contradictions`,
      `/desk/queue?eventId=${demo.event.id}`, `/desk/events/${event.id}/documents/${document.id}/candidates`,
    ]) {
      await page.goto(`${base}${path}`);
      await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
      await expect(page.locator('main img, main svg, main script, main b').count()).resolves.toBe(0);
      await expect(page.locator('a[href^="javascript" i]').count()).resolves.toBe(0);
    }
    await page.goto(`${base}/desk/claims/${claim.id}`);
    await expect(page.locator('.claim-text').innerText()).resolves.toBe(hostile);
    await expect(page.locator('ol.history').innerText()).resolves.toContain(`${img(11)} made up`);
    await expect(page.locator('mark#quote').innerText()).resolves.toBe('read more');
    await page.goto(`${base}/desk/events/${demo.event.id}`);
    await expect(boardRow(page, 'weapons').locator('ul.values li', { hasText: '<svg onload' }).innerText()).resolves.toBe('<svg onload="window.__pwned=5">, javascript:window.__pwned=6 false');
    await expect(page.locator('table.board thead').innerText()).resolves.toContain(source.name);
    await context.close();
  });

  it('has no serious or critical accessibility violations on any page, wide and narrow', async () => {
    const pages = [
      '/desk', `/desk/events/${demo.event.id}`, `/desk/claims/${demo.claims[0].id}`, `/desk/events/${demo.event.id}/contradictions`, '/desk/queue',
      `/desk/events/${demo.event.id}/claims/new`, `/desk/events/${demo.event.id}/extract`, `/desk/events/${demo.event.id}/documents/${demo.documentId}/candidates`,
      '/desk/claims/0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a', '/desk/events/new', `/desk/sources/new?back=/desk/events/${demo.event.id}/claims/new`,
    ];
    provoked = [404];
    for (const width of [1280, 390]) {
      const anonymous = await browser.newPage({ viewport: { width, height: 900 } });
      await anonymous.goto(`${base}/desk/sign-in`);
      expect({ width, path: '/desk/sign-in', violations: await seriousViolations(anonymous) }).toEqual({ width, path: '/desk/sign-in', violations: [] });
      await anonymous.close();
      // An admin sees every control: the review form, triage, and the editor's pages.
      const { context, page } = await signedIn(t.adminKey, width);
      for (const path of pages) {
        await page.goto(`${base}${path}`);
        expect({ width, path, violations: await seriousViolations(page) }).toEqual({ width, path, violations: [] });
        if (width === 390) expect({ path, fits: await page.evaluate(FITS) }).toEqual({ path, fits: true });
      }
      await context.close();
    }
  });

  it('reaches the review form from the keyboard alone', async () => {
    const { context, page } = await as('reviewer');
    await page.goto(`${base}/desk/claims/${demo.claims[5].id}`);
    const focused: string[] = [];
    for (let i = 0; i < 40 && !focused.includes('rationale'); i += 1) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate<string>('document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""'));
    }
    expect(focused).toEqual(expect.arrayContaining(['verdict', 'rationale']));
    await context.close();
  });
});
