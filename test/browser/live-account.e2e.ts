/// <reference lib="dom" />
import { useBrowserSession } from '../support/browser';

/**
 * An open page follows its account: when an administrator changes the person's role, the server nudges
 * the socket (session:updated), the page reads `me` again and what it offers follows — without a reload.
 * When the session is ended elsewhere, the page goes to the sign-in page. Needs web/build.
 */

jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Zoé Martin' });

test('a role granted or removed by an administrator shows at once; a session ended elsewhere signs the page out', async () => {
  const { app, page, problems } = session;
  const nav = page.getByRole('navigation', { name: /principale|main/i });
  // Up to 90rem the link waits under "More" (hidden in the bar until opened): there or not is what counts.
  const adminLink = nav.getByRole('link', { name: /Administration|Admin/, includeHidden: true });
  await nav.getByRole('link', { name: /Annuaire/ }).waitFor();
  expect(await adminLink.count()).toBe(0);

  const admin = await app.signIn('ethan.brooks@maison-lumiere.example');
  const zoe = await app.userId('zoe.martin@maison-lumiere.example');
  const setRole = (role: string) => app.gql(`mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { role } }`, { id: zoe, role }, admin);
  const loads = () => page.evaluate(() => performance.getEntriesByType('navigation').length);
  const navigationsBefore = await loads();

  expect((await setRole('admin')).errors).toBeUndefined();
  await adminLink.first().waitFor({ state: 'attached' });
  expect((await setRole('member')).errors).toBeUndefined();
  await adminLink.first().waitFor({ state: 'detached' });
  // no reload happened: the same document followed the account
  expect(await loads()).toBe(navigationsBefore);
  expect(new URL(page.url()).pathname).toBe('/');

  // Signed out from another device: every session of the person ends, the page goes to the sign-in page.
  await app.ds.query(`DELETE FROM sessions WHERE user_id = $1`, [zoe]);
  await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
  expect(problems).toEqual([]);
});
