/// <reference lib="dom" />
import { openBrowserSession, type BrowserSession } from '../support/browser';
import { samlEnv, TestIdp } from '../support/saml-idp';

/**
 * Single sign-on in a real browser: the app (on `localhost`) and the IdP (on `127.0.0.1`) are different
 * sites, so the IdP's auto-posted response is a genuine cross-site POST. This is where the browser
 * binding of the request (a SameSite=None nonce cookie) must hold, as it does with a real IdP.
 */


jest.setTimeout(120_000);

let idp: TestIdp;
// The app's settings name the IdP, so the IdP starts first and the session opens in this file's own hooks.
let browserSession: BrowserSession;

beforeAll(async () => {
  idp = await TestIdp.start();
  browserSession = await openBrowserSession({
    locale: 'en-GB',
    appOptions: { publicHost: 'localhost', env: samlEnv(idp, { SAML_GROUP_ROLES: 'ruche-hub=hub_coordinator' }) },
    // the test IdP's own pages (no favicon) are not ours to judge
    onlyOnApp: true,
  });
});

afterAll(async () => {
  await browserSession?.close();
  await idp?.close();
});

it('signs in through the IdP across sites, lands where it started, and signs out through the IdP', async () => {
  const { app, page, problems } = browserSession;
  idp.user = {
    nameId: 'browser-0001',
    attributes: { email: 'nadia.rahmani@example.com', displayName: 'Nadia Rahmani', department: 'Service client', groups: ['ruche-hub'], locale: 'en' },
  };
  await page.goto(`${app.url}/directory`);
  await page.waitForURL(/\/login\?returnTo=/);
  const sso = page.getByRole('link', { name: /single sign-on/i });
  await sso.waitFor();
  await sso.focus();
  await page.keyboard.press('Enter');

  // → /auth/saml/login → IdP /sso (127.0.0.1) → auto-posted form → /auth/saml/acs (localhost) → /directory
  await page.waitForURL(`${app.url}/directory`);
  expect(idp.received).toHaveLength(1);
  await page.getByText('Nadia Rahmani').first().waitFor();
  const nonce = (await page.context().cookies(app.url)).find((c) => c.name === 'ruche_saml');
  expect(nonce).toBeUndefined(); // consumed and cleared
  const session = (await page.context().cookies(app.url)).find((c) => c.name === 'ruche_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  const [user] = await app.ds.query(`SELECT u.role, d.code FROM users u JOIN departments d ON d.id = u.department_id WHERE u.external_id = 'browser-0001'`);
  expect(user).toEqual({ role: 'hub_coordinator', code: 'service-client' });

  // Sign out: the app sends the browser to the IdP's single logout, which answers back to /auth/saml/slo.
  await page.getByRole('button', { name: /sign out/i }).click();
  await page.waitForURL(/\/login/);
  expect(idp.logoutRequests).toHaveLength(1);
  expect(idp.logoutRequests[0].nameId).toBe('browser-0001');
  const [{ count }] = await app.ds.query(`SELECT count(*)::int AS count FROM sessions`);
  expect(count).toBe(0);
  await page.goto(`${app.url}/`);
  await page.waitForURL(/\/login/);
  expect(problems).toEqual([]);
});
