/// <reference lib="dom" />
// ^ the callbacks given to addInitScript run in the browser.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type ViewportSize } from 'playwright-core';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app';

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

export interface PickerSignInOptions {
  /** Typed into the picker's search box first, found by its label (which follows the page's language). */
  filter?: { label: string; text: string };
  /** Opens /login first (the default); false picks from the sign-in page already shown. */
  openLogin?: boolean;
}

/** Signs in through the demo picker of the sign-in page (local mode) and waits for the home page. */
export async function signInWithPicker(page: Page, app: Pick<TestApp, 'url'>, name: string, options: PickerSignInOptions = {}): Promise<void> {
  if (options.openLogin !== false) await page.goto(`${app.url}/login`);
  if (options.filter) await page.getByLabel(options.filter.label).fill(options.filter.text);
  await page.locator('#demo-list button').filter({ hasText: name }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

export interface BrowserSessionOptions {
  /** The browser's language, e.g. `fr-FR`. */
  locale: string;
  /** Desktop (1280 × 800) unless given. */
  viewport?: ViewportSize;
  appOptions?: TestAppOptions;
  /** Count console errors only on the app's own pages (an IdP's pages are not ours to judge). */
  onlyOnApp?: boolean;
  /** Signs in through the demo picker once the page is open. */
  signInAs?: string;
}

/** A test file's running app, Chromium, one context and its watched page (see `watchedPage`). */
export interface BrowserSession {
  app: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught errors and CSP violations on `page`; a test ends by expecting it empty. */
  problems: string[];
  signIn(name: string, options?: PickerSignInOptions): Promise<void>;
  /** Closes the browser, then the app. */
  close(): Promise<void>;
}

/** Starts the app and Chromium and opens a watched page, for a test file's beforeAll. */
export async function openBrowserSession(options: BrowserSessionOptions): Promise<BrowserSession> {
  const app = await startTestApp(options.appOptions);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app.close();
  };
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: options.locale, viewport: options.viewport ?? { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context, options.onlyOnApp ? app.url : undefined);
    const signIn = (name: string, signInOptions?: PickerSignInOptions) => signInWithPicker(page, app, name, signInOptions);
    if (options.signInAs) await signIn(options.signInAs);
    return { app, browser, context, page, problems, signIn, close };
  } catch (error) {
    // A session that failed to open never reaches afterAll: close what did open.
    await close();
    throw error;
  }
}

/**
 * A test file's session: this registers a beforeAll that opens it and an afterAll that closes it. Its fields
 * are filled once that beforeAll has run, so read them in tests and in hooks declared after this call (jest
 * runs hooks in the order they are declared), never at the file's top level.
 */
export function useBrowserSession(options: BrowserSessionOptions): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    Object.assign(session, await openBrowserSession(options));
  });
  afterAll(() => session.close?.());
  return session;
}

/** The names the directory lists once it has settled on exactly `count` people. */
export async function directoryNames(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="people"]')?.children.length === n && !document.querySelector('[aria-busy="true"]'),
    count,
  );
  return texts(page.locator('[data-testid="people"] li a'));
}

/** Visible text of an element, whitespace collapsed. */
export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
export const texts = async (locator: Locator) => (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** axe-core's script, injected into the page under test. */
const AXE = join(dirname(require.resolve('axe-core')), 'axe.min.js');
declare const axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };

/** A signed-in context for axe checks (see `openAxeContext`). */
export interface AxeContext {
  page: Page;
  /** One line per violating element, `label: rule (impact) help — target`; a test ends by expecting it empty. */
  found: string[];
  /** Runs axe (WCAG 2.0, 2.1 and 2.2 A and AA) on the page as it is now, adding what it finds to `found`. */
  check(label: string): Promise<void>;
  /** Waits for the page's heading and for nothing to be loading (busy regions, skeletons, the route's progress bar). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A new context in `locale` at 1280 × 800, signed in with a session cookie ("name=value"), for axe:
 * the injected axe script is inline, which the app's Content-Security-Policy rightly forbids, so this
 * context bypasses the CSP (other tests check it).
 */
export async function openAxeContext(browser: Browser, app: Pick<TestApp, 'url'>, options: { locale: string; cookie: string }): Promise<AxeContext> {
  const context = await browser.newContext({ locale: options.locale, viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const [name, value] = options.cookie.split('=');
  await context.addCookies([{ name, value, url: app.url }]);
  const page = await context.newPage();
  const found: string[] = [];
  return {
    page,
    found,
    async check(label) {
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }));
      found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${n.target.join(' ')}`)));
    },
    async ready() {
      await page.locator('h1').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .skeleton, .route-progress'));
    },
    close: () => context.close(),
  };
}
