/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / addInitScript / waitForFunction run in the browser.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, text, texts, watchedPage } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The administration page in Chromium against the real server: an administrator changes the hub model and
 * someone's role (both land in the database), cannot demote themself; a member sees no Admin link and gets
 * the "administrators only" notice at /admin. Needs `npm run build -w @ruche/web`.
 */


jest.setTimeout(120_000);

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
  // French browser language: the interface stays in French whatever the account prefers.
  context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  ({ page, problems } = await watchedPage(context));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const hubModel = async () => ((await app.ds.query('SELECT hub_model FROM organisation')) as { hub_model: string }[])[0].hub_model;
const roleOf = async (email: string) => ((await app.ds.query('SELECT role FROM users WHERE email = $1', [email])) as { role: string }[])[0].role;

async function signInAs(name: string, filter: string): Promise<void> {
  await page.goto(`${app.url}/login`);
  await page.getByLabel('Rechercher une personne').fill(filter);
  await page.locator('#demo-list button').filter({ hasText: name }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByTestId('me-name').filter({ hasText: name }).waitFor();
}

/** The role rows once the list has settled on exactly `count` people. */
async function roleRows(count: number): Promise<Locator> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="role-row"]').length === n && !document.querySelector('ul[aria-busy="true"]'),
    count,
  );
  return page.getByTestId('role-row');
}

test('an administrator changes the hub model and a role; a member cannot reach the page', async () => {
  expect(await hubModel()).toBe('collegial');
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('member');

  await signInAs('Ethan Brooks', 'ethan');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  expect(await texts(nav.getByRole('link'))).toEqual(['Accueil', 'Annuaire', 'Mon profil', 'Admin']);
  await nav.getByRole('link', { name: 'Admin' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  await page.getByRole('heading', { level: 1, name: 'Administration de l’organisation' }).waitFor();
  expect(await page.title()).toBe('Administration · Ruche');
  expect(await nav.locator('[aria-current="page"]').textContent()).toContain('Admin');

  // The hub model is a radio group whose options say who routes and approves.
  const models = page.getByRole('group', { name: 'Modèle hub-and-spoke' });
  expect(await texts(models.locator('label .name'))).toEqual(['Distribué', 'Centralisé', 'Collégial']);
  expect(await models.getByRole('radio', { name: 'Collégial' }).isChecked()).toBe(true);
  const centralised = models.getByRole('radio', { name: 'Centralisé' });
  const rule = await centralised.getAttribute('aria-describedby');
  expect(await text(page.locator(`[id="${rule}"]`))).toContain('valide toutes les réponses');

  // An empty name is refused before anything is sent.
  const name = page.getByLabel('Nom de l’organisation');
  expect(await name.inputValue()).toBe('Maison Lumière');
  await name.fill('   ');
  await centralised.check();
  const save = page.getByRole('button', { name: 'Enregistrer les réglages' });
  await save.click();
  expect(await text(page.getByText('Indiquez le nom de l’organisation.'))).toBe('Indiquez le nom de l’organisation.');
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(await name.getAttribute('id'));
  expect(await hubModel()).toBe('collegial');

  // Keyboard: from the name field, Tab reaches the language, then the checked radio; arrows move the choice.
  await name.fill('Maison Lumière');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('CENTRALISED');

  await save.click();
  await page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' }).waitFor();
  expect(await hubModel()).toBe('centralised');
  expect(await name.getAttribute('aria-invalid')).toBeNull();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Administration de l’organisation' }).waitFor();
  expect(await page.getByRole('group', { name: 'Modèle hub-and-spoke' }).getByRole('radio', { name: 'Centralisé' }).isChecked()).toBe(true);

  // Roles: find Zoé (accents ignored), make her a manager.
  await roleRows(20);
  expect(await text(page.getByTestId('roles-status'))).toMatch(/^40 personnes/);
  await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill('zoe');
  const zoe = (await roleRows(1)).filter({ hasText: 'Zoé Martin' });
  const zoeRole = zoe.getByRole('combobox', { name: 'Rôle de Zoé Martin' });
  expect(await zoeRole.inputValue()).toBe('MEMBER');
  await zoeRole.selectOption({ label: 'Manager' });
  await zoe.getByRole('status').filter({ hasText: 'Rôle modifié.' }).waitFor();
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('manager');

  // An administrator cannot remove their own role; the page says why.
  await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill('ethan');
  const ethan = (await roleRows(1)).filter({ hasText: 'Ethan Brooks' });
  const ethanRole = ethan.getByRole('combobox', { name: 'Rôle d’Ethan Brooks' });
  expect(await ethanRole.isDisabled()).toBe(true);
  expect(await ethanRole.inputValue()).toBe('ADMIN');
  expect(await text(ethan)).toContain('Vous ne pouvez pas retirer votre propre rôle d’administrateur');

  // Demoted elsewhere while the page is open: the server refuses, the row says so and shows the role still held.
  await app.ds.query(`UPDATE users SET role = 'member' WHERE email = 'ethan.brooks@maison-lumiere.example'`);
  await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill('chloé');
  const chloe = (await roleRows(1)).filter({ hasText: 'Chloé Bonnet' });
  const chloeRole = chloe.getByRole('combobox', { name: 'Rôle de Chloé Bonnet' });
  await chloeRole.selectOption('DEPARTMENT_REP');
  expect(await text(chloe.getByRole('alert'))).toBe('Vous n’avez pas l’autorisation de faire cela.');
  await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="role-row"] select')?.value === 'MEMBER');
  expect(await roleOf('chloe.bonnet@maison-lumiere.example')).toBe('member');
  await page.getByRole('group', { name: 'Modèle hub-and-spoke' }).getByRole('radio', { name: 'Distribué' }).check();
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  expect(await text(page.locator('form').getByRole('alert'))).toBe('Vous n’avez pas l’autorisation de faire cela.');
  expect(await hubModel()).toBe('centralised');
  await app.ds.query(`UPDATE users SET role = 'admin' WHERE email = 'ethan.brooks@maison-lumiere.example'`);

  // A member: no Admin link, the notice at /admin, and the server refuses the mutation anyway.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await signInAs('Hugo Moreau', 'hugo');
  expect(await texts(nav.getByRole('link'))).toEqual(['Accueil', 'Annuaire', 'Mon profil']);
  await page.goto(`${app.url}/admin`);
  await page.getByRole('heading', { level: 1, name: 'Réservé aux administrateurs' }).waitFor();
  expect(await page.getByRole('button', { name: 'Enregistrer les réglages' }).count()).toBe(0);
  expect(await page.getByRole('combobox').count()).toBe(0);
  const hugo = await app.signIn('hugo.moreau@maison-lumiere.example');
  const refused = await app.gql(`mutation { updateOrganisation(input: { hubModel: DISTRIBUTED }) { hubModel } }`, {}, hugo);
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(await hubModel()).toBe('centralised');

  expect(problems).toEqual([]);
});
