import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { loadBamakoCase, LoadedDemo } from '../src/demo/load-demo';
import { Role } from '../src/users/user.entity';
import { launchBrowser } from './browser';
import { bearer, startTestApp, TestApp } from './harness';

/** What the desk's browser tests share: the demo case on a listening app, one browser, sign-in, and the board's cells. */

export const OUTPUT = join(__dirname, 'output');
export const JNIM = "Jama'at Nusrat al-Islam wal-Muslimin";
export const ARMY = 'General Oumar Diarra';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Page code, as text (the tests compile without the DOM's types): true when neither the page nor any scrolling region is wider than the screen. */
export const FITS = `document.documentElement.scrollWidth <= window.innerWidth
  && [...document.querySelectorAll('.scroll')].every((region) => region.scrollWidth <= region.clientWidth)`;

export interface DeskInBrowser {
  t: TestApp;
  demo: LoadedDemo;
  base: string;
  browser: Browser;
  /** A browser context signed in with this key, on the events list. */
  signedIn(key: string, width?: number): Promise<{ context: BrowserContext; page: Page }>;
  as(role: Role, width?: number): Promise<{ context: BrowserContext; page: Page }>;
  /** A GET through the API as a viewer: the body. */
  api(path: string): Promise<any>;
  /** Statuses the current test provokes on purpose (and checks itself): their failed loads are not faults of the page. */
  provoke(...statuses: number[]): void;
}

/**
 * Registers the hooks of a desk browser suite and returns what its tests use (filled in before the
 * first test). After each test, any script error or unexpected failed load on any page fails it: a
 * page that shows hostile text must not run or load any of it.
 */
export function deskInBrowser(): DeskInBrowser {
  const pageErrors: string[] = [];
  let provoked: number[] = [];
  const desk = {
    provoke: (...statuses: number[]) => {
      provoked = statuses;
    },
    api: (path: string) => desk.t.http().get(path).set(bearer(desk.t.keys.viewer)).expect(200).then((r) => r.body),
    async signedIn(key: string, width = 1280) {
      const context = await desk.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      await page.goto(`${desk.base}/desk`);
      await page.getByLabel('API key').fill(key);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${desk.base}/desk`);
      return { context, page };
    },
    as: (role: Role, width?: number) => desk.signedIn(desk.t.keys[role], width),
  } as DeskInBrowser;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    desk.t = await startTestApp();
    desk.demo = await loadBamakoCase(desk.t.app, desk.t.admin);
    desk.base = await desk.t.listen();
    desk.browser = await launchBrowser();
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.t?.close();
  });
  afterEach(() => {
    const faults = pageErrors.splice(0).filter((e) => !provoked.some((status) => e.includes(`status of ${status} `)));
    provoked = [];
    expect(faults).toEqual([]);
  });
  return desk;
}

export const boardRow = (page: Page, attribute: string) =>
  page.locator('table.board tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^\\s*${attribute.replace(/_/g, ' ')}`) }) });
export const boardCell = (page: Page, attribute: string, party: string) => boardRow(page, attribute).locator(`td[data-party="${party}"]`);

/** axe-core's serious and critical findings on the page. */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.evaluate(AXE);
  const violations = await page.evaluate<Array<{ id: string; impact: string; nodes: string[] }>>(
    'axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) })))',
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
