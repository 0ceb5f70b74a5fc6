import { ARMY, boardCell, deskInBrowser, JNIM, OUTPUT } from './desk-browser';

/** The records as a desk edits them every day: claims, sources, deletion, and a form's mistakes all at once. */
describe('the desk in a browser: editing and deleting records', () => {
  const desk = deskInBrowser();

  it("edits a claim's facet, and the contradiction it rested on leaves the board", async () => {
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    await expect(boardCell(page, 'outcome', ARMY).innerText()).resolves.toMatch(/repelled[\s\S]*contested[\s\S]*high/);
    await boardCell(page, 'outcome', ARMY).getByRole('link', { name: 'repelled' }).click();
    await page.getByRole('link', { name: 'Edit the claim' }).click();
    await expect(page.getByLabel(/^Facets/).inputValue()).resolves.toBe('outcome: repelled');
    await page.getByLabel(/^Facets/).fill('outcome: success');
    await page.getByRole('button', { name: 'Save the claim' }).click();
    await page.getByText('The claim was saved').waitFor();
    await expect(page.locator('table.facets').innerText()).resolves.toMatch(/outcome\s+success/);
    await page.screenshot({ path: `${OUTPUT}/desk-claim.png`, fullPage: true });
    await page.getByRole('link', { name: desk.demo.event.title }).click();
    const army = await boardCell(page, 'outcome', ARMY).innerText();
    expect(army).toContain('success');
    expect(army).not.toContain('contested');
    await expect(boardCell(page, 'outcome', JNIM).innerText()).resolves.not.toContain('contested');
    const edited = (await desk.api(`/claims?sourceId=${desk.demo.sources.armyChief.id}&q=neutralized`)).items[0];
    expect(edited.facets).toMatchObject([{ attribute: 'outcome', value: 'success' }]);
    const history = await desk.api(`/audit?entity=claim&entityId=${edited.id}`);
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    await context.close();
  });

  it("fixes a source's kind and stake from the sources list", async () => {
    const { context, page } = await desk.as('editor');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('link', { name: 'Anonymous intelligence source' }).click();
    await page.getByLabel('Kind').selectOption({ label: 'government' });
    await page.getByLabel(/^Stake/).selectOption({ label: 'official' });
    await page.getByRole('button', { name: 'Save the source' }).click();
    await page.getByText('The source was saved').waitFor();
    await expect(page.locator('dl.facts').innerText()).resolves.toMatch(/Kind\s+government[\s\S]*Stake\s+official/);
    const source = await desk.api(`/sources/${desk.demo.sources.intelligence.id}`);
    expect(source).toMatchObject({ kind: 'government', stake: 'official', aliases: ['an intelligence source'] });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sources' }).click();
    await expect(page.locator('tr', { hasText: 'Anonymous intelligence source' }).innerText()).resolves.toMatch(/government[\s\S]*official/);
    await page.screenshot({ path: `${OUTPUT}/desk-sources.png`, fullPage: true });
    await context.close();
  });

  it('adds a source with its side from the sources list, and finds it by an alias', async () => {
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/sources`);
    await page.getByRole('link', { name: 'New source' }).click();
    await page.getByLabel('Name').fill('Malian Armed Forces communication office');
    await page.getByLabel('Aliases').fill('DIRPA, FAMa');
    await page.getByLabel('Kind').selectOption({ label: 'military' });
    await page.getByLabel(/^Side/).fill('Malian government');
    await page.getByRole('button', { name: 'Add the source' }).click();
    await page.getByText('The source was added').waitFor();
    await page.getByRole('search', { name: 'Search the desk' }).getByRole('searchbox').fill('dirpa');
    await page.getByRole('search', { name: 'Search the desk' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Malian Armed Forces communication office' }).click();
    await expect(page.locator('dl.facts').innerText()).resolves.toMatch(/Side\s+Malian government/);
    await context.close();
  });

  it('deletes a claim only after confirming it', async () => {
    const { context, page } = await desk.as('editor');
    const claims = (await desk.api(`/claims?sourceId=${desk.demo.sources.stateTv.id}`)).items;
    const prisoners = claims.find((c: { text: string }) => c.text.includes('prisoners'));
    await page.goto(`${desk.base}/desk/claims/${prisoners.id}`);
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.getByRole('heading', { name: 'Delete this claim?' }).waitFor();
    await page.getByRole('link', { name: 'No, keep it' }).click();
    await page.waitForURL(`${desk.base}/desk/claims/${prisoners.id}`);
    await desk.api(`/claims/${prisoners.id}`);
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('The claim was deleted').waitFor();
    await expect(page.locator('main').innerText()).resolves.not.toContain('about 20 prisoners');
    await desk.t.http().get(`/claims/${prisoners.id}`).set('Authorization', `Bearer ${desk.t.keys.viewer}`).expect(404);
    await context.close();
  });

  it('shows all four mistakes of a form at once, and keeps what was typed', async () => {
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}/claims/new`);
    await page.getByLabel(/^Claimant/).selectOption({ label: 'Malian state television (ORTM)' });
    await page.getByLabel(/^What is claimed/).fill('State television says the assault was repelled.');
    await page.getByLabel(/^Stated at/).fill('yesterday');
    await page.getByLabel(/^Facets/).fill('outcome: repelled from 2024-99-99\nweather: rainy\ncasualties twenty');
    desk.provoke(400);
    await page.getByRole('button', { name: 'Add the claim' }).click();
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('4 problems in the form');
    expect(alert).toMatch(/Stated at: must be an ISO-8601 date or time\s+Facets line 1 time from: must be an ISO-8601 date or time\s+Facets line 2: weather is not an attribute[^\n]*\s+Facets line 3: write it as/);
    await expect(page.getByLabel(/^Stated at/).inputValue()).resolves.toBe('yesterday');
    await context.close();
  });
});
