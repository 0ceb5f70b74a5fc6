import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

/**
 * The one way a test starts a browser. It drives the system's Chromium (`CHROMIUM_PATH`, else
 * `/usr/bin/chromium`) when there is one; otherwise the Chromium shipped inside the npm package
 * `@sparticuz/chromium` (a devDependency, unpacked to the temporary folder on first use), so
 * `npm ci && npm test` needs nothing but Node and npm. `CROSSCHECK_BROWSER=system` or `=bundled`
 * forces one of the two. When no browser starts, the test fails with one line saying what to install:
 * a browser test is never skipped.
 */
export async function launchBrowser(): Promise<Browser> {
  const choice = process.env.CROSSCHECK_BROWSER ?? 'auto';
  if (!['auto', 'system', 'bundled'].includes(choice)) throw oneLine(`CROSSCHECK_BROWSER must be auto, system or bundled (got "${choice}")`);
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (choice === 'system' || (choice === 'auto' && existsSync(system))) {
    try {
      return await chromium.launch({ executablePath: system, args: FLAGS });
    } catch (error) {
      throw oneLine(`the browser tests could not start Chromium at ${system} (${firstLine(error)}): ${INSTALL}`);
    }
  }
  const bundled = await bundledChromium();
  try {
    return await chromium.launch({ executablePath: bundled.path, args: [...bundled.args.filter((flag) => !DROPPED.test(flag)), ...FLAGS] });
  } catch (error) {
    throw oneLine(`the browser tests could not start the Chromium of @sparticuz/chromium at ${bundled.path} (${firstLine(error)}; if a run was stopped while unpacking it, delete that file): ${INSTALL}`);
  }
}

/** Kept on every launch: no sandbox (the tests may run as root), no GPU, and no traffic of the browser's own. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Flags of @sparticuz/chromium's list (written for serverless functions) left out: those that switch
 * off the same-origin rules and mixed-content blocking the desk tests rely on; single-process, in
 * which closing one browser context ends the browser; and headless mode, which playwright sets itself.
 */
const DROPPED = /^--(disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|single-process|headless)\b/;

const INSTALL = 'install Chromium (Debian: apt-get install chromium, or point CHROMIUM_PATH at one), or run npm ci to get the devDependency @sparticuz/chromium';

/** How long a test waits for another test process that is unpacking the bundled Chromium. */
const UNPACK_BOUND_MS = 120_000;

interface Sparticuz {
  args: string[];
  executablePath(): Promise<string>;
}

/** The bundled Chromium, unpacked once: test files run in parallel processes, so one unpacks while the others wait. */
async function bundledChromium(): Promise<{ path: string; args: string[] }> {
  let sparticuz: Sparticuz;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('@sparticuz/chromium') as Sparticuz | { default: Sparticuz };
    sparticuz = 'default' in loaded ? loaded.default : loaded;
  } catch (error) {
    throw oneLine(`the browser tests found no Chromium: none at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, and @sparticuz/chromium does not load (${firstLine(error)}): ${INSTALL}`);
  }
  const lock = join(tmpdir(), 'crosscheck-chromium.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A lock older than the bound was left by a process that died while unpacking.
    const taken = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
    if (taken !== undefined && Date.now() - taken > UNPACK_BOUND_MS) rmSync(lock, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    return { path: await sparticuz.executablePath(), args: sparticuz.args };
  } catch (error) {
    throw oneLine(`the browser tests could not unpack the Chromium of @sparticuz/chromium (${firstLine(error)}): ${INSTALL}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function firstLine(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error)).split('\n').find((text) => text.trim())?.trim() ?? 'no message';
  return line.replace(/^[\w.]+: /, ''); // playwright's "browserType._wrapApiCall: " says nothing to a reader
}

/** An error Jest prints as its one line, without a stack. */
function oneLine(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}
