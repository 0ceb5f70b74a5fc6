import { create, claimBody, eventBody, sourceBody } from './factories';
import { deskInBrowser, JNIM } from './desk-browser';

/** A follow-up wire story written for this test, naming no event: the desk suggests it. */
const FOLLOW_UP = `Mali army says attackers were pushed back

BAMAKO, Sept 18 - Mali's army said on Wednesday that the situation in the capital was calm after the attack on the gendarmerie school and the airport.

"The terrorists never entered the airport," the army chief of staff, General Oumar Diarra, told state television.

JNIM said that about 70 soldiers were killed in the attack.
`;

describe('the desk in a browser: linking an article to its event, and merging duplicates', () => {
  const desk = deskInBrowser();

  it('pastes an article, picks the suggested event among near misses, and accepts a claim on it', async () => {
    // Near misses: the same city a year earlier, and the same day in another city.
    await create(desk.t, '/events', eventBody({ title: 'Attack on a gendarmerie post in Bamako', startsAt: '2023-09-12T05:00:00Z', location: { name: 'Bamako', country: 'ML' } }));
    await create(desk.t, '/events', eventBody({ title: 'Clashes near the airport of Kidal', startsAt: '2024-09-17T05:00:00Z', location: { name: 'Kidal', country: 'ML' } }));
    const { context, page } = await desk.as('editor');
    await page.getByRole('link', { name: 'Claims from an article' }).click();
    await page.getByLabel('Headline').fill('Mali army says attackers were pushed back');
    // The form says UTC: a time typed without a zone is read as UTC, as on an event's article form.
    await page.getByLabel(/^Published/).fill('2024-09-18T09:00');
    await page.getByLabel('Article text').fill(FOLLOW_UP);
    await page.getByRole('button', { name: 'Suggest its event' }).click();
    await page.waitForURL(/\/desk\/documents\/[0-9a-f-]+\/events$/);
    const documentId = new URL(page.url()).pathname.split('/')[3];
    await expect(desk.api(`/documents/${documentId}`)).resolves.toMatchObject({ publishedAt: '2024-09-18T09:00:00.000Z' });

    const first = page.locator('ol.suggestions > li').first();
    await expect(first.getByRole('heading').innerText()).resolves.toContain(desk.demo.event.title);
    await expect(first.innerText()).resolves.toContain('same place (Bamako)');
    await first.getByRole('link', { name: 'Use this event' }).click();
    await page.waitForURL(/\/candidates$/);
    const jnim = page.locator('fieldset.candidate').filter({ hasText: 'about 70 soldiers' });
    await jnim.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Accept the ticked claims' }).click();
    await page.waitForURL(`${desk.base}/desk/events/${desk.demo.event.id}?done=accepted`);
    const claims = (await desk.api(`/events/${desk.demo.event.id}/claims?limit=50`)).items;
    expect(claims.filter((c: { text: string; sourceId: string }) => /about 70/.test(c.text)).map((c: { sourceId: string }) => c.sourceId)).toEqual([desk.demo.sources.jnim.id]);
    await context.close();
  });

  it('offers the events a claim typed by hand is about, and adds it to the one picked', async () => {
    const other = await create(desk.t, '/events', eventBody({ title: 'Shelling of Kramatorsk railway station', startsAt: '2022-04-08T07:30:00Z', location: { name: 'Kramatorsk', country: 'UA' } }));
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/events/${other.id}/claims/new`);
    await page.getByLabel(/^Claimant/).selectOption({ label: 'AFP correspondent in Bamako' });
    await page.getByLabel(/^What is claimed/).fill('Heavy gunfire near the military airport of Bamako went on into the afternoon.');
    await page.getByRole('button', { name: 'Which event is it about?' }).click();
    const first = page.locator('ol.suggestions > li').first();
    await expect(first.getByRole('heading').innerText()).resolves.toContain(desk.demo.event.title);
    await first.getByRole('button', { name: 'Add the claim to this event' }).click();
    await page.waitForURL(/\/desk\/claims\/[0-9a-f-]+\?done=added$/);
    const claims = (await desk.api(`/events/${desk.demo.event.id}/claims?limit=50`)).items;
    expect(claims.filter((c: { text: string }) => c.text.startsWith('Heavy gunfire near the military airport of Bamako'))).toHaveLength(1);
    await context.close();
  });

  it('warns of a likely duplicate source on the new-source form, then merges two sources from the pages', async () => {
    const { context, page } = await desk.as('editor');
    // The form shows the likely duplicate before anything is made twice; the editor makes it all the same.
    await page.goto(`${desk.base}/desk/sources/new?back=/desk/events/${desk.demo.event.id}`);
    await page.getByLabel('Name').fill('gsim');
    await page.getByLabel('Kind').selectOption('armed_group');
    await page.getByRole('button', { name: 'Add the source' }).click();
    await page.getByText('This source may already exist').waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toContain(`gsim is an alias of ${JNIM}`);
    await page.getByRole('button', { name: 'It is another source: create it' }).click();
    await page.getByText('The source was added').waitFor();
    const twin = (await desk.api('/sources?q=gsim')).items.find((s: { name: string }) => s.name === 'gsim');
    await create(desk.t, '/claims', claimBody(twin.id, { eventId: desk.demo.event.id, text: 'GSIM says its fighters took the airport', facets: [] }));

    await page.goto(`${desk.base}/desk/sources/${desk.demo.sources.jnim.id}`);
    await page.getByRole('link', { name: 'Merge duplicates into this source' }).click();
    await page.getByLabel('gsim').check();
    await page.getByRole('button', { name: 'Preview the merge' }).click();
    await page.getByText('1 claim moves').waitFor();
    await expect(page.getByRole('region', { name: 'What moves' }).innerText()).resolves.toContain('GSIM says its fighters took the airport');
    // Nothing changed yet.
    expect((await desk.api(`/sources/${twin.id}`)).mergedInto).toBeNull();
    await page.getByRole('button', { name: `Merge into ${JNIM}` }).click();
    await page.waitForURL(`${desk.base}/desk/sources/${desk.demo.sources.jnim.id}?done=merged`);
    await page.getByText('The sources were merged').waitFor();
    expect((await desk.api(`/sources/${twin.id}`)).mergedInto).toBe(desk.demo.sources.jnim.id);
    // The merged-away source's page leads to the kept one.
    await page.goto(`${desk.base}/desk/sources/${twin.id}`);
    await page.waitForURL(`${desk.base}/desk/sources/${desk.demo.sources.jnim.id}`);
    await context.close();
  });

  it('merges a duplicate event from the event page, with the preview of what detection will find', async () => {
    const twin = await create(desk.t, '/events', eventBody({ title: 'Bamako airport attack', startsAt: '2024-09-17T06:00:00Z', location: { name: 'Bamako', country: 'ML' } }));
    expect(twin.possibleDuplicates.map((d: { id: string }) => d.id)).toContain(desk.demo.event.id);
    const army = await create(desk.t, '/sources', sourceBody({ name: 'Army press office', kind: 'military', stake: 'party_to_conflict', side: 'Mali' }));
    await create(desk.t, '/claims', claimBody(army.id, { eventId: twin.id, text: 'No soldier was killed', facets: [{ attribute: 'fatalities', value: 'none' }] }));
    const { context, page } = await desk.as('editor');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    await page.getByRole('link', { name: 'Merge duplicates' }).click();
    await page.getByLabel('Bamako airport attack').check();
    await page.getByRole('button', { name: 'Preview the merge' }).click();
    await page.getByText('1 claim moves').waitFor();
    // The army's "none" meets JNIM's heavy losses once the claims are on one event.
    await expect(page.getByRole('region', { name: 'What moves' }).innerText()).resolves.toMatch(/\n[1-9]\d* contradictions? found once the claims meet/);
    expect((await desk.api(`/events/${twin.id}`)).mergedInto).toBeNull();
    await page.getByRole('button', { name: /^Merge into/ }).click();
    await page.waitForURL(`${desk.base}/desk/events/${desk.demo.event.id}`);
    expect((await desk.api(`/events/${twin.id}`)).mergedInto).toBe(desk.demo.event.id);
    await context.close();
  });
});
