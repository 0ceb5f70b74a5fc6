import { readFileSync } from 'node:fs';
import { boardCell, deskInBrowser } from './desk-browser';
import { create } from './factories';
import { bearer } from './harness';

describe('the desk in a browser: triage and verdicts', () => {
  const desk = deskInBrowser();

  it('dismisses a contradiction with a note, and it stays dismissed after a reload', async () => {
    const { context, page } = await desk.as('reviewer');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}/contradictions`);
    const targets = page.locator('article.contradiction').filter({ hasText: 'says nothing of military airport' });
    await targets.getByLabel('Note').fill('The general spoke before the airport fighting was known; silence here says little.');
    await targets.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('The contradiction was triaged').waitFor();
    await page.reload();
    const after = page.locator('article.contradiction').filter({ hasText: 'says nothing of military airport' });
    await expect(after.locator('.badge.status-dismissed').count()).resolves.toBe(1);
    await expect(after.innerText()).resolves.toContain('The general spoke before the airport fighting was known');
    const stored = (await desk.api(`/events/${desk.demo.event.id}/contradictions?status=dismissed`)).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ attribute: 'targets', note: 'The general spoke before the airport fighting was known; silence here says little.' });
    await context.close();
  });

  it('verifies a claim, and offers its ClaimReview', async () => {
    const { context, page } = await desk.as('reviewer');
    await page.goto(`${desk.base}/desk/events/${desk.demo.event.id}`);
    await boardCell(page, 'situation', 'AFP correspondent in Bamako').getByRole('link').click();
    await page.getByLabel('Verdict', { exact: true }).selectOption('verified');
    await page.getByLabel(/^Rationale/).fill('Heard on the ground by the AFP correspondent; matches other reports of fighting into the afternoon.');
    await page.getByLabel(/^Evidence/).fill('https://example.org/afp-dispatch');
    await page.getByRole('button', { name: 'Record the verdict' }).click();
    await page.getByText('Your verdict was recorded.').waitFor();
    await expect(page.locator('.facts .badge').first().innerText()).resolves.toBe('verified');
    await expect(page.locator('ol.history').innerText()).resolves.toContain('reviewer one');
    expect((await desk.api(`/claims/${desk.demo.claims[4].id}`)).status).toBe('verified');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /ClaimReview/ }).click()]);
    const review = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(review).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'Verified', ratingValue: 5 } });
    await context.close();
  });

  it('tells the second of two reviewers that the first got there, and keeps everything they typed', async () => {
    const user = await create(desk.t, '/users', { name: 'reviewer two', role: 'reviewer' });
    const key = (await desk.t.http().post(`/users/${user.id}/api-keys`).set(bearer(desk.t.adminKey)).send({}).expect(201)).body.key;
    const first = await desk.as('reviewer');
    const second = await desk.signedIn(key);
    desk.provoke(409);
    const claimPage = `${desk.base}/desk/claims/${desk.demo.claims[1].id}`;
    await first.page.goto(claimPage);
    await second.page.goto(claimPage);

    const typed = 'The statement came while AFP still heard heavy gunfire near the airport, so the situation was not under control.';
    await second.page.getByLabel('Verdict', { exact: true }).selectOption('false');
    await second.page.getByLabel(/^Rationale/).fill(typed);
    await second.page.getByLabel(/^Evidence/).fill(`${desk.demo.claims[4].id}\nhttps://example.org/gunfire`);

    await first.page.getByLabel('Verdict', { exact: true }).selectOption('verified');
    await first.page.getByLabel(/^Rationale/).fill('By the evening the shooting had stopped, as AFP also reports.');
    await first.page.getByRole('button', { name: 'Record the verdict' }).click();
    await first.page.getByText('Your verdict was recorded.').waitFor();

    const [response] = await Promise.all([
      second.page.waitForResponse((r) => r.url().endsWith(`/desk/claims/${desk.demo.claims[1].id}/reviews`)),
      second.page.getByRole('button', { name: 'Record the verdict' }).click(),
    ]);
    expect(response.status()).toBe(409);
    const alert = second.page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/reviewer one reviewed this claim while you were writing[\s\S]*verified/);
    await expect(alert.innerText()).resolves.toContain('Your verdict was not recorded');
    await expect(second.page.getByLabel(/^Rationale/).inputValue()).resolves.toBe(typed);
    await expect(second.page.getByLabel(/^Evidence/).inputValue()).resolves.toBe(`${desk.demo.claims[4].id}\nhttps://example.org/gunfire`);
    await expect(second.page.getByLabel('Verdict', { exact: true }).inputValue()).resolves.toBe('false');
    expect((await desk.api(`/claims/${desk.demo.claims[1].id}/reviews`)).items.map((r: { verdict: string }) => r.verdict)).toEqual(['verified']);

    // Having read the first verdict, the second reviewer sends theirs again: it lands on the new version.
    await second.page.getByRole('button', { name: 'Record the verdict' }).click();
    await second.page.getByText('Your verdict was recorded.').waitFor();
    await expect(second.page.locator('.facts').innerText()).resolves.toContain('reviewers disagree');
    const history = (await desk.api(`/claims/${desk.demo.claims[1].id}/reviews`)).items;
    expect(history.map((r: { verdict: string }) => r.verdict)).toEqual(['false', 'verified']);
    expect(history[0]).toMatchObject({ rationale: typed, evidence: { claimIds: [desk.demo.claims[4].id], urls: ['https://example.org/gunfire'] } });
    await first.context.close();
    await second.context.close();
  });

  it('reaches the review form from the keyboard alone', async () => {
    const { context, page } = await desk.as('reviewer');
    await page.goto(`${desk.base}/desk/claims/${desk.demo.claims[5].id}`);
    const focused: string[] = [];
    for (let i = 0; i < 40 && !focused.includes('rationale'); i += 1) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate<string>('document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""'));
    }
    expect(focused).toEqual(expect.arrayContaining(['verdict', 'rationale']));
    await context.close();
  });
});
