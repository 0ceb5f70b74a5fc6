import { ARMY, boardCell, deskInBrowser, JNIM, OUTPUT } from './desk-browser';

/** Finding and tracing: search, filters that survive triage, the history of changes, pages for bad links. */
describe('the desk in a browser: search, filters, history', () => {
  const desk = deskInBrowser();

  it('searches "JNIM" and "rocket launchers" from the top bar, results grouped by kind', async () => {
    const { context, page } = await desk.as('viewer');
    const box = page.getByRole('search', { name: 'Search the desk' });
    await box.getByRole('searchbox').fill('JNIM');
    await box.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Sources' }) }).innerText()).resolves.toContain(JNIM);
    await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Claims' }) }).innerText()).resolves.toContain('JNIM says its special operation');
    await expect(box.getByRole('searchbox').inputValue()).resolves.toBe('JNIM');

    await box.getByRole('searchbox').fill('rocket launchers');
    await box.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    const claims = page.locator('section', { has: page.getByRole('heading', { name: 'Claims' }) });
    await expect(claims.getByRole('link').allInnerTexts()).resolves.toEqual(['An intelligence source says the attackers used rocket launchers.']);
    await page.screenshot({ path: `${OUTPUT}/desk-search.png`, fullPage: true });
    await claims.getByRole('link').click();
    await page.getByRole('heading', { name: 'Claim by Anonymous intelligence source' }).waitFor();
    await context.close();
  });

  it('filters the board by party, triages from there, and comes back with the filter kept', async () => {
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    await page.getByText('Parties: all').click();
    await page.getByRole('checkbox', { name: ARMY }).check();
    await page.getByRole('checkbox', { name: JNIM }).check();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/party=/);
    await expect(page.locator('table.board thead th[scope="col"]').allInnerTexts()).resolves.toEqual([
      'Attribute', expect.stringContaining(JNIM), expect.stringContaining(ARMY),
    ].sort((a, b) => (typeof a === 'string' ? -1 : typeof b === 'string' ? 1 : 0)));
    await expect(boardCell(page, 'outcome', ARMY).innerText()).resolves.toMatch(/contested, open/);
    await page.getByRole('link', { name: 'The contradictions behind them' }).click();
    const outcome = page.locator('article.contradiction', { has: page.getByRole('heading', { name: /outcome/ }) });
    await outcome.getByLabel('Note').fill('Both accounts are on record; confirmed by the desk.');
    await outcome.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('The contradiction was triaged').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/desk/events/${desk.demo.event.id}/contradictions`);
    expect(url.searchParams.getAll('party').sort()).toEqual([desk.demo.sources.armyChief.id, desk.demo.sources.jnim.id].sort());
    await expect(page.locator('article.contradiction', { has: page.getByRole('heading', { name: /outcome/ }) }).innerText()).resolves.toMatch(/Confirmed by editor one/);
    await expect(page.locator('main').innerText()).resolves.not.toContain('AFP correspondent in Bamako reports');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}?party=${desk.demo.sources.armyChief.id}&status=confirmed`);
    await expect(boardCell(page, 'outcome', ARMY).innerText()).resolves.toMatch(/confirmed contradiction/);
    await context.close();
  });

  it('shows who triaged and who reviewed on the history page, filterable by action', async () => {
    const { context, page } = await desk.as('reviewer');
    const claims = (await desk.api(`/claims?sourceId=${desk.demo.sources.afp.id}`)).items;
    await page.goto(`${desk.base}/desk/claims/${claims[0].id}`);
    await page.locator('select#verdict').selectOption('verified');
    await page.getByLabel(/^Rationale/).fill('Two independent wires report the same gunfire near the airport.');
    await page.getByRole('button', { name: 'Record the verdict' }).click();
    await page.getByText('Your verdict was recorded').waitFor();
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}/contradictions`);
    const first = page.locator('article.contradiction.status-open').first();
    await first.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('The contradiction was triaged').waitFor();
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: /History of changes/ }).waitFor();
    const entries = await page.locator('ol.audit').innerText();
    expect(entries).toMatch(/reviewer one\s+reviewed a claim: verified/);
    expect(entries).toMatch(/reviewer one\s+dismissed the contradiction/);
    await page.screenshot({ path: `${OUTPUT}/desk-audit.png` });
    await page.getByLabel('Record').selectOption({ label: 'review' });
    await page.getByRole('button', { name: 'Filter' }).click();
    const reviews = await page.locator('ol.audit > li').allInnerTexts();
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((r) => /reviewed a claim/.test(r))).toBe(true);
    await context.close();
  });

  it('answers a bad filter value and an unknown desk path with a page that has the navigation', async () => {
    const { context, page } = await desk.as('viewer');
    desk.provoke(400, 404);
    const bad = await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}/contradictions?status=bogus`);
    expect(bad!.status()).toBe(400);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/status: must be one of open, confirmed, dismissed/);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Review queue' }).waitFor();
    const queue = await page.goto(`${desk.base}/desk/queue?reason=whatever`);
    expect(queue!.status()).toBe(400);
    const unknown = await page.goto(`${desk.base}/desk/nope`);
    expect(unknown!.status()).toBe(404);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Events' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toMatch(/No page here|not found/i);
    await context.close();
  });
});
