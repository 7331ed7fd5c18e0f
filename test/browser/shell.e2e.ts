/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / addInitScript / waitForFunction run in the browser.
import type { Locator } from 'playwright-core';
import { directoryNames, text, texts, useBrowserSession } from '../support/browser';

/**
 * The web app in Chromium against the real server (its own database, demo organisation, local sign-in):
 * sign-in redirect, keyboard sign-in, shell, language switch and its persistence, accent-insensitive
 * directory search, sign-out. Needs `npm run build -w @ruche/web` (the server serves web/build).
 */


jest.setTimeout(120_000);

// A fresh context: empty storage, French browser language.
const session = useBrowserSession({ locale: 'fr-FR' });

const search = () => new URL(session.page.url()).search;
const htmlLang = () => session.page.evaluate(() => document.documentElement.lang);

/** Waits until the locator shows text matching `pattern`, then returns that text. */
async function waitForText(locator: Locator, pattern: RegExp): Promise<string> {
  await locator.filter({ hasText: pattern }).first().waitFor();
  return text(locator.filter({ hasText: pattern }).first());
}

/** Polls until `check` holds (the jest timeout bounds it). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

test('sign in with the keyboard, use the shell in both languages, search the directory, sign out', async () => {
  const { app, page, problems } = session;
  // Signed out: / sends the browser to the sign-in page, remembering where it was going.
  const first = await page.goto(`${app.url}/`);
  expect(first?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  await page.waitForURL((url) => url.pathname === '/login');
  expect(search()).toBe('?returnTo=%2F');
  await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Ruche' }).waitFor();
  expect(await htmlLang()).toBe('fr');
  expect(await page.title()).toBe('Connexion · Ruche');

  // Keyboard only: type to filter, arrow down to the person, Enter.
  const filter = page.getByLabel('Rechercher une personne');
  await filter.focus();
  await page.keyboard.type('camille lau');
  await page.locator('#demo-list button').filter({ hasText: 'Camille Laurent' }).waitFor();
  expect(await page.locator('#demo-list button').count()).toBe(1);
  expect(await text(page.locator('#demo-list button'))).toContain('Responsable du hub social');
  expect(await text(page.locator('#demo-list h3'))).toBe('Hub social');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? '' }));
  expect(focused.tag).toBe('BUTTON');
  expect(focused.text).toContain('Camille Laurent');
  await page.keyboard.press('Enter');

  // The shell, with her name, the organisation and a live presence count.
  await page.waitForURL((url) => url.pathname === '/');
  expect(await text(page.getByTestId('me-name'))).toBe('Camille Laurent');
  await page.getByRole('heading', { level: 1, name: 'Bonjour, Camille' }).waitFor();
  expect(await text(page.locator('main'))).toContain('Maison Lumière');
  expect(await page.getByRole('navigation', { name: 'Navigation principale' }).locator('[aria-current="page"]').textContent()).toContain('Accueil');
  expect(await waitForText(page.getByTestId('presence'), /\d+ en ligne/)).toMatch(/^\d+ en ligne/);
  expect(await page.locator('svg[role="img"] title').textContent()).toBe('Membres par département');
  expect(await page.title()).toBe('Accueil · Ruche');

  // English: labels change, <html lang> follows, the account remembers it, and so does a reload.
  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hello, Camille' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  expect(await texts(nav.getByRole('link'))).toEqual(['Home', 'Ideas', 'Directory', 'My profile']);
  expect(await htmlLang()).toBe('en');
  expect(await page.title()).toBe('Home · Ruche');
  expect(await text(page.getByRole('button', { name: 'Sign out' }))).toBe('Sign out');
  const camille = await app.userId('camille.laurent@maison-lumiere.example');
  const accountLocale = async () => ((await app.ds.query(`SELECT locale FROM users WHERE id = $1`, [camille])) as { locale: string }[])[0].locale;
  await until(async () => (await accountLocale()) === 'en');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hello, Camille' }).waitFor();
  expect(await htmlLang()).toBe('en');
  expect(await text(page.getByTestId('me-name'))).toBe('Camille Laurent');

  // Back to French.
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bonjour, Camille' }).waitFor();
  expect(await htmlLang()).toBe('fr');
  expect(await texts(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link'))).toEqual(['Accueil', 'Idées', 'Annuaire', 'Mon profil']);

  // Directory: the server search ignores accents, both ways.
  await page.getByRole('link', { name: 'Annuaire', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/directory');
  await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
  expect((await directoryNames(page, 20)).length).toBe(20);
  expect(await text(page.getByTestId('people-status'))).toMatch(/^40 personnes/);

  const searchBox = page.getByRole('searchbox', { name: 'Rechercher', exact: true });
  await searchBox.fill('élodie');
  expect(await directoryNames(page, 1)).toEqual(['Élodie Lambert']);
  expect(await text(page.getByTestId('people-status'))).toBe('1 personne');
  expect(search()).toBe('?q=%C3%A9lodie');

  await searchBox.fill('elodie');
  await page.waitForURL((url) => url.searchParams.get('q') === 'elodie');
  expect(await directoryNames(page, 1)).toEqual(['Élodie Lambert']);

  await page.getByRole('link', { name: 'Élodie Lambert' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/people/'));
  await page.getByRole('heading', { level: 1, name: 'Élodie Lambert' }).waitFor();
  expect(await text(page.locator('main'))).toContain('Directrice R&D');

  // Sign out: back on the sign-in page, and the app is closed again.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Ruche' }).waitFor();
  await page.goto(`${app.url}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  expect(search()).toBe('?returnTo=%2F');
  await page.getByLabel('Rechercher une personne').waitFor();

  expect(problems).toEqual([]);
});
