/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / addInitScript / waitForFunction run in the browser.
import type { Locator } from 'playwright-core';
import { text, texts, useBrowserSession } from '../support/browser';
import { eventually } from '../support/eventually';

/**
 * The administration page in Chromium against the real server: an administrator changes the hub model and
 * someone's role (both land in the database only when saved or applied: choosing alone, arrow keys included,
 * changes nothing; granting the administrator role asks first), cannot demote themself; a member sees no
 * Admin link and gets the "administrators only" notice at /admin. Needs `npm run build -w @ruche/web`.
 */


jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR' });

beforeAll(async () => {
  // Signed in, the interface follows the account's language: Ethan's account (English in the demo) is French here.
  await session.app.ds.query(`UPDATE users SET locale = 'fr' WHERE email = 'ethan.brooks@maison-lumiere.example'`);
  session.app.forgetSessions();
});

const hubModel = async () => ((await session.app.ds.query('SELECT hub_model FROM organisation')) as { hub_model: string }[])[0].hub_model;
const roleOf = async (email: string) => ((await session.app.ds.query('SELECT role FROM users WHERE email = $1', [email])) as { role: string }[])[0].role;

async function signInAs(name: string, filter: string): Promise<void> {
  await session.signIn(name, { filter: { label: 'Rechercher une personne', text: filter } });
  await session.page.getByTestId('me-name').filter({ hasText: name }).waitFor();
}

/** The role rows once the list has settled on exactly `count` people. */
async function roleRows(count: number): Promise<Locator> {
  const { page } = session;
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="role-row"]').length === n && !document.querySelector('ul[aria-busy="true"]'),
    count,
  );
  return page.getByTestId('role-row');
}

test('an administrator changes the hub model and a role; a member cannot reach the page', async () => {
  const { app, page, problems } = session;
  expect(await hubModel()).toBe('collegial');
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('member');

  await signInAs('Ethan Brooks', 'ethan');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  expect(await texts(nav.getByRole('link'))).toEqual(['Accueil', 'Idées', 'Annuaire', 'Mon profil']);
  // At 1280 px the places only some people have wait under "Plus".
  await nav.getByRole('button', { name: 'Plus' }).click();
  expect(await texts(nav.locator('#nav-more').getByRole('link'))).toEqual(['Signaux', 'Évaluations', 'Modération', 'Admin']);
  await nav.getByRole('link', { name: 'Admin' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  await page.getByRole('heading', { level: 1, name: 'Administration de l’organisation' }).waitFor();
  expect(await page.title()).toBe('Administration · Ruche');
  expect(await nav.locator('[aria-current="page"]').textContent()).toContain('Admin');

  // The hub model is a radio group whose options say who routes and approves.
  const models = page.getByRole('group', { name: 'Modèle en étoile (hub et départements)' });
  expect(await texts(models.locator('label .name'))).toEqual(['Distribué', 'Centralisé', 'Collégial']);
  expect(await models.getByRole('radio', { name: 'Collégial' }).isChecked()).toBe(true);
  const centralised = models.getByRole('radio', { name: 'Centralisé' });
  const rule = await centralised.getAttribute('aria-describedby');
  expect(await text(page.locator(`[id="${rule}"]`))).toContain('valide toutes les réponses');

  // Edits stay in the form until saved: the form says so, and "Discard" puts the saved settings back.
  const name = page.getByLabel('Nom de l’organisation');
  expect(await name.inputValue()).toBe('Maison Lumière');
  const settingsStatus = page.locator('form').getByRole('status');
  expect(await text(settingsStatus)).toBe('');
  await name.fill('Maison Obscure');
  await models.getByRole('radio', { name: 'Distribué' }).check();
  expect(await text(settingsStatus)).toBe('Modifications non enregistrées.');
  await page.getByRole('button', { name: 'Annuler les modifications' }).click();
  expect(await name.inputValue()).toBe('Maison Lumière');
  expect(await models.getByRole('radio', { name: 'Collégial' }).isChecked()).toBe(true);
  expect(await text(settingsStatus)).toBe('');
  expect(await page.getByRole('button', { name: 'Annuler les modifications' }).count()).toBe(0);
  expect(await hubModel()).toBe('collegial');

  // An empty name is refused before anything is sent.
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
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('centralised');

  await save.click();
  await page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' }).waitFor();
  expect(await hubModel()).toBe('centralised');
  expect(await name.getAttribute('aria-invalid')).toBeNull();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Administration de l’organisation' }).waitFor();
  expect(await page.getByRole('group', { name: 'Modèle en étoile (hub et départements)' }).getByRole('radio', { name: 'Centralisé' }).isChecked()).toBe(true);

  // Roles: find Zoé (accents ignored). Four presses of ↓ on her role reach "Administration", and save nothing.
  await roleRows(20);
  expect(await text(page.getByTestId('roles-status'))).toMatch(/^40 personnes/);
  const findZoe = async () => {
    await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill('zoe');
    return (await roleRows(1)).filter({ hasText: 'Zoé Martin' });
  };
  let zoe = await findZoe();
  let zoeRole = zoe.getByRole('combobox', { name: 'Rôle de Zoé Martin' });
  expect(await zoeRole.inputValue()).toBe('member');
  const roleMutations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('setUserRole')) roleMutations.push(request.postData() ?? '');
  });
  await zoeRole.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  expect(await zoeRole.inputValue()).toBe('admin');
  // (text() folds the narrow no-break space before the colon into a plain space.)
  expect(await text(zoe.getByRole('status'))).toBe('Pas encore appliqué (actuellement : Membre)');
  expect(await zoe.getByRole('button', { name: 'Appliquer' }).isVisible()).toBe(true);
  expect(await page.locator('dialog[open]').count()).toBe(0);
  expect(roleMutations).toEqual([]);
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('member');
  // After a reload the page shows the role she still has.
  await page.reload();
  zoe = await findZoe();
  zoeRole = zoe.getByRole('combobox', { name: 'Rôle de Zoé Martin' });
  expect(await zoeRole.inputValue()).toBe('member');
  expect(roleMutations).toEqual([]);
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('member');

  // "Annuler" drops a pending choice; "Appliquer" saves one.
  await zoeRole.selectOption({ label: 'Coordination du hub' });
  await zoe.getByRole('button', { name: 'Annuler' }).click();
  expect(await zoeRole.inputValue()).toBe('member');
  expect(await zoe.getByRole('button', { name: 'Appliquer' }).count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  await zoeRole.selectOption({ label: 'Manager' });
  await zoe.getByRole('button', { name: 'Appliquer' }).click();
  await zoe.getByRole('status').filter({ hasText: 'Rôle modifié.' }).waitFor();
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('manager');
  expect(roleMutations).toHaveLength(1);

  // Granting the administrator role asks first, in a modal dialog that starts on its safe answer.
  await zoeRole.selectOption({ label: 'Administration' });
  await zoe.getByRole('button', { name: 'Appliquer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Donner le rôle Administration à Zoé Martin\u202f?' });
  await dialog.waitFor();
  expect(await text(dialog)).toContain('Un administrateur peut modifier les réglages de l’organisation et le rôle de chacun');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await eventually(async () => expect(await zoeRole.inputValue()).toBe('manager'));
  expect(await zoe.getByRole('button', { name: 'Appliquer' }).count()).toBe(0);
  expect(roleMutations).toHaveLength(1);
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('manager');

  // Escape answers no as well; with the keyboard alone, Tab then Enter confirms.
  await zoeRole.selectOption({ label: 'Administration' });
  await zoe.getByRole('button', { name: 'Appliquer' }).click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // The dialog's close (cancel event) puts the choice back just after it hides.
  await eventually(async () => expect(await zoeRole.inputValue()).toBe('manager'));
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('manager');
  await zoeRole.selectOption({ label: 'Administration' });
  await zoe.getByRole('button', { name: 'Appliquer' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Donner le rôle');
  await page.keyboard.press('Enter');
  await zoe.getByRole('status').filter({ hasText: 'Rôle modifié.' }).waitFor();
  expect(await roleOf('zoe.martin@maison-lumiere.example')).toBe('admin');
  expect(roleMutations).toHaveLength(2);
  await app.ds.query(`UPDATE users SET role = 'manager' WHERE email = 'zoe.martin@maison-lumiere.example'`);

  // An administrator cannot remove their own role; the page says why.
  await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill('ethan');
  const ethan = (await roleRows(1)).filter({ hasText: 'Ethan Brooks' });
  const ethanRole = ethan.getByRole('combobox', { name: 'Rôle d’Ethan Brooks' });
  expect(await ethanRole.isDisabled()).toBe(true);
  expect(await ethanRole.inputValue()).toBe('admin');
  expect(await text(ethan)).toContain('Vous ne pouvez pas retirer votre propre rôle d’administrateur');

  // Demoted elsewhere while the page is open: the server refuses, the row says so and shows the role still held.
  await app.ds.query(`UPDATE users SET role = 'member' WHERE email = 'ethan.brooks@maison-lumiere.example'`);
  app.forgetSessions();
  await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill('chloé');
  const chloe = (await roleRows(1)).filter({ hasText: 'Chloé Bonnet' });
  const chloeRole = chloe.getByRole('combobox', { name: 'Rôle de Chloé Bonnet' });
  await chloeRole.selectOption('department_rep');
  await chloe.getByRole('button', { name: 'Appliquer' }).click();
  expect(await text(chloe.getByRole('alert'))).toBe('Vous n’avez pas l’autorisation de faire cela.');
  await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="role-row"] select')?.value === 'member');
  expect(await roleOf('chloe.bonnet@maison-lumiere.example')).toBe('member');
  await page.getByRole('group', { name: 'Modèle en étoile (hub et départements)' }).getByRole('radio', { name: 'Distribué' }).check();
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  expect(await text(page.locator('form').getByRole('alert'))).toBe('Vous n’avez pas l’autorisation de faire cela.');
  expect(await hubModel()).toBe('centralised');
  await app.ds.query(`UPDATE users SET role = 'admin' WHERE email = 'ethan.brooks@maison-lumiere.example'`);
  app.forgetSessions();

  // A member: no Admin link, the notice at /admin, and the server refuses the mutation anyway.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await signInAs('Hugo Moreau', 'hugo');
  expect(await texts(nav.getByRole('link'))).toEqual(['Accueil', 'Idées', 'Annuaire', 'Mon profil']);
  await nav.getByRole('button', { name: 'Plus' }).click();
  // Hugo is of the hub: he reads the signal stream, and reviews.
  expect(await texts(nav.locator('#nav-more').getByRole('link'))).toEqual(['Signaux', 'Évaluations']);
  await page.goto(`${app.url}/admin`);
  await page.getByRole('heading', { level: 1, name: 'Réservé aux administrateurs' }).waitFor();
  expect(await page.getByRole('button', { name: 'Enregistrer les réglages' }).count()).toBe(0);
  expect(await page.getByRole('combobox').count()).toBe(0);
  const hugo = await app.signIn('hugo.moreau@maison-lumiere.example');
  const refused = await app.gql(`mutation { updateOrganisation(input: { hubModel: distributed }) { hubModel } }`, {}, hugo);
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(await hubModel()).toBe('centralised');

  expect(problems).toEqual([]);
});
