import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ARMY, boardCell, deskInBrowser, FITS, JNIM, OUTPUT } from './desk-browser';

describe('the desk in a browser: the events list, the board, the report download', () => {
  const desk = deskInBrowser();

  it('signs in, lists the event with its counts, and shows the board: JNIM against the army chief on the outcome, the army silent on the airport', async () => {
    const { context, page } = await desk.as('editor');
    const open = (await desk.api(`/events/${desk.demo.event.id}/contradictions?status=open`)).items.length;
    const row = page.locator('table.list tbody tr').filter({ hasText: desk.demo.event.title });
    await expect(row.locator("td.num").allInnerTexts()).resolves.toEqual(['7', String(open), '7']);

    await page.getByLabel('Title or place').fill('Timbuktu');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No event matches.').waitFor();
    await page.getByLabel('Title or place').fill('bamako');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: desk.demo.event.title }).click();
    await page.waitForURL(`${desk.base}/desk/events/${desk.demo.event.id}`);

    const jnim = boardCell(page, 'outcome', JNIM);
    const army = boardCell(page, 'outcome', ARMY);
    await expect(jnim.innerText()).resolves.toMatch(/success[\s\S]*contested[\s\S]*high/);
    await expect(army.innerText()).resolves.toMatch(/repelled[\s\S]*contested[\s\S]*high/);
    await expect(army.getAttribute('class')).resolves.toContain('sev-high');
    await expect(boardCell(page, 'targets', ARMY).innerText()).resolves.toContain('silent on military airport');
    await expect(boardCell(page, 'targets', ARMY).innerText()).resolves.toContain(`corroborated by ${JNIM}`);
    // A party that says nothing on an attribute has an empty cell: only a detected omission is marked.
    await expect(boardCell(page, 'outcome', 'Malian state television (ORTM)').innerText()).resolves.toBe('');

    await page.screenshot({ path: join(OUTPUT, 'board-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(army.innerText()).resolves.toContain('repelled');
    // At 390 px the board is one card per attribute: nothing sticks out of the screen, nor needs scrolling sideways.
    await expect(page.evaluate(FITS)).resolves.toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'board-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await army.getByRole('link', { name: 'repelled' }).click();
    await page.waitForURL(`${desk.base}/desk/claims/${desk.demo.claims[2].id}`);
    await expect(page.locator('mark#quote').innerText()).resolves.toBe('The terrorists have been neutralized. The sweep continues.');
    await expect(page.locator('.facts').innerText()).resolves.toContain(ARMY);
    await context.close();
  });

  it('downloads the CSV report: one row per contradiction, as the API counts them', async () => {
    const { context, page } = await desk.as('viewer');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`crosscheck-report-${desk.demo.event.id}.csv`);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const stored = (await desk.api(`/events/${desk.demo.event.id}/contradictions`)).items as Array<{ id: string; status: string; note: string | null }>;
    expect(rows.map((r) => [r.contradiction_id, r.status, r.note]).sort()).toEqual(stored.map((c) => [c.id, c.status, c.note ?? '']).sort());
    expect(rows.find((r) => r.attribute === 'outcome')).toMatchObject({ side_a_value: 'success', side_b_value: 'repelled', severity: 'high' });
    await context.close();
  });
});
