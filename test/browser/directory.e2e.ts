/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { directoryNames, text, useBrowserSession } from '../support/browser';

/**
 * The directory's filters and the address: a department card clicked twice shows everyone and takes
 * `?department=` out of the address (a reload does not filter again); the search matches job titles and
 * department names too; the search comes before the department cards, on phones as on desktops.
 * Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Camille Laurent' });

const params = () => Object.fromEntries(new URL(session.page.url()).searchParams);

test('a department card clicked again shows everyone and leaves the address; a reload does not filter again', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/directory`);
  await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
  await directoryNames(page, 20);
  const marketing = page.getByRole('button', { name: /^Marketing/ });
  expect(await marketing.getAttribute('aria-pressed')).toBe('false');

  await marketing.click();
  expect(await marketing.getAttribute('aria-pressed')).toBe('true');
  expect(await directoryNames(page, 5)).toContain('Claire Dubois');
  await page.waitForURL((url) => url.searchParams.has('department'));
  expect(await page.getByLabel('Département', { exact: true }).inputValue()).toBe(params().department);

  await marketing.click();
  expect(await marketing.getAttribute('aria-pressed')).toBe('false');
  await directoryNames(page, 20);
  await page.waitForURL((url) => !url.searchParams.has('department'));
  expect(params()).toEqual({});

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
  await directoryNames(page, 20);
  expect(await text(page.getByTestId('people-status'))).toMatch(/^40 personnes/);
  expect(params()).toEqual({});
  expect(await page.getByRole('button', { name: /^Marketing/ }).getAttribute('aria-pressed')).toBe('false');

  // The same with the department select, and with the role filter alongside: only what is set stays.
  await page.getByLabel('Département', { exact: true }).selectOption({ label: 'R&D' });
  await page.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Manager' });
  expect(await directoryNames(page, 1)).toEqual(['Élodie Lambert']);
  await page.waitForURL((url) => url.searchParams.has('department') && url.searchParams.get('role') === 'manager');
  await page.getByRole('button', { name: /^R&D/ }).click();
  await page.waitForURL((url) => !url.searchParams.has('department'));
  expect(Object.keys(params())).toEqual(['role']);
  await page.getByRole('button', { name: 'Effacer les filtres' }).first().click();
  await directoryNames(page, 20);
  await page.waitForURL((url) => url.search === '');

  expect(problems).toEqual([]);
});

test('the search finds job titles and department names; results replace the cards while it runs', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/directory`);
  await directoryNames(page, 20);
  const search = page.getByRole('searchbox', { name: 'Rechercher', exact: true });
  expect(await search.getAttribute('placeholder')).toBe('Nom, poste, département, e-mail');
  expect(await page.getByRole('heading', { level: 2, name: 'Départements' }).isVisible()).toBe(true);

  await search.fill('chargee de veille');
  expect(await directoryNames(page, 1)).toEqual(['Inès Benali']);
  expect(await page.getByRole('heading', { level: 2, name: 'Départements' }).count()).toBe(0);

  await search.fill('achats');
  expect((await directoryNames(page, 4)).sort()).toEqual(['Hannah Schmidt', 'Nicolas Perrin', 'Valérie Colin', 'Yann Le Gall']);

  await search.fill('');
  await directoryNames(page, 20);
  await page.getByRole('heading', { level: 2, name: 'Départements' }).waitFor();
  expect(params()).toEqual({});

  expect(problems).toEqual([]);
});

test('on a phone, the search comes before the department cards, on screen and for the keyboard', async () => {
  const { app, page, problems } = session;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${app.url}/directory`);
  await directoryNames(page, 20);
  const order = await page.evaluate(() => {
    const search = document.querySelector('input[type="search"]');
    const firstCard = document.querySelector('main li > button[aria-pressed]');
    if (!search || !firstCard) throw new Error('search or department card missing');
    return {
      above: search.getBoundingClientRect().bottom <= firstCard.getBoundingClientRect().top,
      // Tab order follows the document: the field comes first there too.
      beforeInDocument: Boolean(search.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING),
      onFirstScreen: search.getBoundingClientRect().bottom <= window.innerHeight,
    };
  });
  expect(order).toEqual({ above: true, beforeInDocument: true, onFirstScreen: true });

  // From the heading down, Tab reaches the search field before any card.
  await page.locator('main').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  await page.setViewportSize({ width: 1280, height: 800 });

  expect(problems).toEqual([]);
});
