import { deskInBrowser, FITS, seriousViolations } from './desk-browser';

describe('the desk in a browser: accessibility', () => {
  const desk = deskInBrowser();

  // One test per width: each is long (eleven pages through axe-core), and they share nothing.
  it.each([1280, 390])('has no serious or critical accessibility violations on any page at %i px', async (width) => {
    const pages = [
      '/desk', `/desk/events/${desk.demo.event.id}`, `/desk/events/${desk.demo.event.id}/timeline`, `/desk/claims/${desk.demo.claims[0].id}`, `/desk/events/${desk.demo.event.id}/contradictions`, '/desk/queue',
      `/desk/events/${desk.demo.event.id}/claims/new`, `/desk/events/${desk.demo.event.id}/extract`, `/desk/events/${desk.demo.event.id}/documents/${desk.demo.documentId}/candidates`,
      '/desk/claims/0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a', '/desk/events/new', `/desk/sources/new?back=/desk/events/${desk.demo.event.id}/claims/new`,
    ];
    desk.provoke(404);
    const anonymous = await desk.browser.newPage({ viewport: { width, height: 900 } });
    await anonymous.goto(`${desk.base}/desk/sign-in`);
    expect({ width, path: '/desk/sign-in', violations: await seriousViolations(anonymous) }).toEqual({ width, path: '/desk/sign-in', violations: [] });
    await anonymous.close();
    // An admin sees every control: the review form, triage, and the editor's pages.
    const { context, page } = await desk.signedIn(desk.t.adminKey, width);
    for (const path of pages) {
      await page.goto(`${desk.base}${path}`);
      expect({ width, path, violations: await seriousViolations(page) }).toEqual({ width, path, violations: [] });
      if (width === 390) expect({ path, fits: await page.evaluate(FITS) }).toEqual({ path, fits: true });
    }
    await context.close();
  });
});
