/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { text, useBrowserSession } from '../support/browser';

/**
 * The interface language once signed in is the account's, whatever the browser prefers or this device chose
 * before: an English-preferring person signing in from a French browser gets English, and the profile shows
 * the saved language. The sign-in page also says what is built today and what is to come.
 * Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR' });

beforeAll(async () => {
  // A French browser that has also chosen French on this device before. (A context's init script also runs
  // in the pages it already has, from their next navigation; the session's page has not navigated yet.)
  await session.context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ruche.locale', 'fr');
      sessionStorage.setItem('seeded', '1');
    }
  });
});

const htmlLang = () => session.page.evaluate(() => document.documentElement.lang);
const deviceLocale = () => session.page.evaluate(() => localStorage.getItem('ruche.locale'));
const accountLocale = async (email: string) =>
  ((await session.app.ds.query('SELECT locale FROM users WHERE email = $1', [email])) as { locale: string }[])[0].locale;

/** Signs in from the sign-in page as it stands, finding the person through the filter labelled in its language. */
const signInAs = (name: string, filterLabel: string) => session.signIn(name, { openLogin: false, filter: { label: filterLabel, text: name } });

test('the account’s language wins at sign-in; the profile shows the saved one', async () => {
  const { app, page, problems } = session;
  expect(await accountLocale('emily.carter@maison-lumiere.example')).toBe('en');

  // Signed out, the device's (and the browser's) French.
  await page.goto(`${app.url}/login`);
  await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Ruche' }).waitFor();
  expect(await htmlLang()).toBe('fr');
  expect(await deviceLocale()).toBe('fr');
  // The sign-in page says plainly what works today and what is still to come.
  expect(await text(page.locator('main dl'))).toBe(
    'Disponible aujourd’hui L’annuaire des personnes et des départements, l’administration, la connexion unique (SAML) et la présence en direct. ' +
      'À venir Les campagnes d’idées, le fil personnalisé et le flux de signaux marché.',
  );

  // Emily prefers English: once signed in, the interface is English, and this device remembers it.
  await signInAs('Emily Carter', 'Rechercher une personne');
  await page.getByRole('heading', { level: 1, name: 'Hello, Emily' }).waitFor();
  expect(await htmlLang()).toBe('en');
  expect(await deviceLocale()).toBe('en');
  expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);

  // The profile shows the language saved on her account.
  await page.getByRole('link', { name: 'My profile', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
  const language = page.getByRole('group', { name: /^Language/ });
  expect(await language.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
  expect(await language.getByRole('radio', { name: 'Français' }).isChecked()).toBe(false);

  // A reload keeps it (the account decides again), still from a French browser.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
  expect(await htmlLang()).toBe('en');
  expect(await page.getByRole('group', { name: /^Language/ }).getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

  // Signed out, the sign-in page stays in the last language used here.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByRole('heading', { level: 1, name: 'Welcome to Ruche' }).waitFor();
  expect(await text(page.locator('main dl'))).toContain('Available today The directory of people and departments');
  expect(await text(page.locator('main dl'))).toContain('Coming next Idea campaigns');

  // Camille prefers French: from this now-English device, signing in brings French back.
  await signInAs('Camille Laurent', 'Find a person');
  await page.getByRole('heading', { level: 1, name: 'Bonjour, Camille' }).waitFor();
  expect(await htmlLang()).toBe('fr');
  await page.goto(`${app.url}/profile`);
  await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
  expect(await page.getByRole('group', { name: /^Langue/ }).getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);

  // Choosing English on the profile saves it on her account; the radios then show English.
  await page.getByRole('group', { name: /^Langue/ }).locator('label').filter({ hasText: 'English' }).click();
  await page.getByRole('status').filter({ hasText: 'Preference saved.' }).waitFor();
  expect(await accountLocale('camille.laurent@maison-lumiere.example')).toBe('en');
  expect(await page.getByRole('group', { name: /^Language/ }).getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
  expect(await htmlLang()).toBe('en');

  expect(problems).toEqual([]);
});
