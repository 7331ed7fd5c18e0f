/// <reference lib="dom" />
// ^ the callbacks given to addInitScript run in the browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (no browser download is possible here); CHROMIUM_PATH overrides it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless as root, and quiet on a machine with no network beyond loopback. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WEB_BUILD = join(__dirname, '../../web/build/200.html');

/** Launches Chromium for a browser test, after checking the web app is built (the server serves web/build). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(WEB_BUILD)) throw new Error('web/build is missing: run `npm run build -w @ruche/web` first.');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A page whose console errors, uncaught errors and CSP violations are collected in `problems`
 * (a test ends by expecting it empty). `onlyOn` limits console errors to pages of that origin.
 */
export async function watchedPage(context: BrowserContext, onlyOn?: string): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  // CSP violations are reported as console errors too, but the event names the directive precisely.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && (!onlyOn || page.url().startsWith(onlyOn))) problems.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, problems };
}

/** Visible text of an element, whitespace collapsed. */
export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
export const texts = async (locator: Locator) => (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
