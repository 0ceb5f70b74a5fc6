import { join } from 'node:path';
import { boardCell, deskInBrowser, FITS, OUTPUT } from './desk-browser';

const AFP = 'AFP correspondent in Bamako';

describe('the desk in a browser: time and sides', () => {
  const desk = deskInBrowser();

  it('takes a statement time and a time window from the form, shows both on the board, groups parties by side, and draws the timeline', async () => {
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}/claims/new`);
    await page.getByLabel(/^Claimant/).selectOption({ label: AFP });
    await page.getByLabel(/^What is claimed/).fill('The AFP correspondent reports the city calm by early evening.');
    await page.getByLabel(/^Stated at/).fill('2024-09-17T16:00:00Z');
    await page.getByLabel(/^Facets/).fill('situation: calm from 2024-09-17T15:00:00Z to 2024-09-17T18:00:00Z');
    await page.getByRole('button', { name: 'Add the claim' }).click();
    await page.getByText('The claim was added').waitFor();
    await expect(page.locator('table.facets').innerText()).resolves.toContain('2024-09-17 15:00 UTC to 2024-09-17 18:00 UTC');

    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    // Columns are grouped under the side each party speaks for; parties without one come last.
    await expect(page.locator('table.board tr.side-groups th').allInnerTexts()).resolves.toEqual(['JNIM', 'Malian government', 'no side given']);
    const afp = boardCell(page, 'situation', AFP);
    await expect(afp.innerText()).resolves.toContain('calm');
    await expect(afp.innerText()).resolves.toContain('said 2024-09-17 16:00 UTC · about 2024-09-17 15:00 UTC to 18:00 UTC');
    await expect(afp.innerText()).resolves.toContain('about 2024-09-17 05:00 UTC to 15:00 UTC');
    await page.screenshot({ path: join(OUTPUT, 'board-time-1280.png'), fullPage: true });

    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(`${desk.base}/desk/events/${desk.demo.event.id}/timeline`);
    const rows = page.locator('table.timeline tbody tr');
    // The one statement with a known time comes first; the others, of unknown time, follow.
    await expect(rows.first().locator('th').innerText()).resolves.toBe('2024-09-17 16:00 UTC');
    await expect(rows.first().innerText()).resolves.toContain('The AFP correspondent reports the city calm by early evening.');
    await expect(rows.nth(1).locator('th').innerText()).resolves.toBe('time unknown');
    // Each end of a contradiction links to the other: the army chief's "under control" against AFP's fighting.
    const army = rows.filter({ hasText: 'The army chief of staff says the situation is under control.' });
    await army.getByRole('link', { name: `contradicts ${AFP}` }).first().click();
    await expect(page.evaluate(() => location.hash)).resolves.toMatch(/^#s-/);
    await page.screenshot({ path: join(OUTPUT, 'timeline-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.evaluate(FITS)).resolves.toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'timeline-390.png'), fullPage: true });
    await context.close();
  });
});
