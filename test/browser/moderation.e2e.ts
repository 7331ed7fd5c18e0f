/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { text, texts, useBrowserSession } from '../support/browser';

/**
 * Moderation in the browser, by keyboard: the queue lists the demo's flagged and hidden ideas; a
 * moderator hides an idea with a reason, finds it under "Masquées", restores it; flags an idea from
 * its page; merges a duplicate through the dialog (search, choose, confirm) and the merged idea's
 * address leads to the one that absorbed it; the board offers the campaign's CSV exports. Needs `npm run build -w @ruche/web`.
 * With CURATE_SHOTS=1, also screenshots of the pages in both languages at 1280 and 390 px (tmp/curate/shots).
 */

jest.setTimeout(180_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Camille Laurent' });

test('the queue, hide and restore, a flag and a merge, by keyboard', async () => {
  const { app, page, problems } = session;
  const idOf = async (title: string) => (await app.ds.query(`SELECT id, campaign_id FROM ideas WHERE title = $1`, [title]))[0] as { id: string; campaign_id: string };

  // The navigation offers the queue to a moderator.
  await page.getByRole('navigation').getByRole('button', { name: 'Plus' }).click();
  await page.locator('#nav-more').getByRole('link', { name: 'Modération' }).click();
  await page.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
  const titles = await texts(page.locator('[data-testid="queue-item"] h2'));
  expect(titles).toEqual(expect.arrayContaining(['Limiter les réunions après 17 h', 'Gagnez un bon d’achat : cliquez ici']));

  // Hide by keyboard: the button names its idea; Enter opens the reason field (focused); Enter sends.
  // Meanwhile, the campaign's board in another tab drops the idea live.
  const meetings = 'Limiter les réunions après 17 h';
  const meetingsIdea = await idOf(meetings);
  const board = await session.context.newPage();
  await board.goto(`${app.url}/campaigns/${meetingsIdea.campaign_id}?sort=new`);
  await board.getByRole('link', { name: meetings }).first().waitFor();
  await page.getByRole('button', { name: `Masquer « ${meetings} »` }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Doublon de la semaine sans réunion');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('[data-testid="queue-status"]')?.textContent?.includes(t) ?? false, meetings);
  expect(await text(page.getByTestId('queue-status'))).toBe(`« ${meetings} » est masquée.`);
  const hiddenAt = (await app.ds.query(`SELECT hidden_at FROM ideas WHERE title = $1`, [meetings]))[0].hidden_at;
  expect(hiddenAt).not.toBeNull();
  expect((await app.ds.query(`SELECT data FROM audit_log WHERE action = 'idea.hide' ORDER BY id DESC LIMIT 1`))[0].data.reason).toBe('Doublon de la semaine sans réunion');
  await board.getByRole('link', { name: meetings }).first().waitFor({ state: 'detached' });
  await board.close();

  // Under "Masquées", then restored.
  await page.getByRole('link', { name: 'Masquées' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/status=hidden/);
  await page.getByRole('button', { name: `Rétablir « ${meetings} »` }).waitFor();
  await page.getByRole('button', { name: `Rétablir « ${meetings} »` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="queue-status"]')?.textContent?.includes('rétablie') ?? false);
  expect((await app.ds.query(`SELECT hidden_at FROM ideas WHERE title = $1`, [meetings]))[0].hidden_at).toBeNull();

  // A flag from an idea's page: reason by arrow keys, sent with Enter.
  const bikes = await idOf('Bike parking and showers at headquarters');
  await page.goto(`${app.url}/campaigns/${bikes.campaign_id}/ideas/${bikes.id}`);
  await page.getByTestId('moderation-bar').waitFor();
  await page.getByTestId('flag-button').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: 'Spam ou publicité' }).focus();
  await page.keyboard.press('ArrowDown'); // offensive
  await page.keyboard.press('ArrowDown'); // off topic
  await page.getByTestId('flag-submit').focus();
  await page.keyboard.press('Enter');
  await page.getByText('Vous avez signalé cette idée').waitFor();
  const [flag] = await app.ds.query(`SELECT reason FROM idea_flags WHERE idea_id = $1 AND user_id = $2`, [bikes.id, await app.userId('camille.laurent@maison-lumiere.example')]);
  expect(flag.reason).toBe('off_topic');

  // A merge through the dialog, from the queue (restoring closed the first idea's flags: it left the flagged list).
  await page.goto(`${app.url}/moderation?status=flagged`);
  await page.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
  expect(await texts(page.locator('[data-testid="queue-item"] h2'))).not.toContain(meetings);
  const screens = 'Des écrans et sièges ergonomiques à la demande';
  const calm = 'Des salles calmes sans réservation';
  await page.getByRole('button', { name: `Fusionner « ${screens} » dans une autre idée` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('merge-dialog');
  await dialog.waitFor();
  // Focus starts in the search field.
  await page.keyboard.type('salles calmes');
  const option = dialog.getByRole('radio', { name: calm });
  await option.waitFor();
  await option.focus();
  await page.keyboard.press('Space');
  await page.getByTestId('merge-confirm').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="queue-status"]')?.textContent?.includes('fusionné') ?? false);
  const source = await idOf(screens);
  const target = await idOf(calm);
  expect((await app.ds.query(`SELECT merged_into_id FROM ideas WHERE id = $1`, [source.id]))[0].merged_into_id).toBe(target.id);
  expect(await texts(page.locator('[data-testid="queue-item"] h2'))).not.toContain(screens);

  // The merged idea's address leads to the one that absorbed it.
  await page.goto(`${app.url}/campaigns/${source.campaign_id}/ideas/${source.id}`);
  await page.waitForURL(`**/ideas/${target.id}`);
  await page.getByRole('heading', { level: 1, name: calm }).waitFor();

  // The campaign's exports, from its board, for those who run it: a disclosure with the two downloads.
  await page.goto(`${app.url}/campaigns/${target.campaign_id}`);
  await page.getByTestId('campaign-export').locator('summary').focus();
  await page.keyboard.press('Enter');
  const ideasLink = page.getByRole('link', { name: 'Idées et scores (CSV)' });
  await ideasLink.waitFor();
  const csv = await page.request.get(`${app.url}${await ideasLink.getAttribute('href')}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; /);
  expect((await csv.text()).split('\r\n')[0]).toBe('\ufeffid,title,stage,status,merged_into,tags,created_at,author,up,down,wilson_score,comments,review_score');

  expect(problems).toEqual([]);
});

test('screenshots of the moderation pages (CURATE_SHOTS=1)', async () => {
  if (!process.env.CURATE_SHOTS) return;
  const { app, page } = session;
  const out = join(__dirname, '../../tmp/curate/shots');
  mkdirSync(out, { recursive: true });
  const spam = (await app.ds.query(`SELECT id, campaign_id FROM ideas WHERE title LIKE 'Gagnez%'`))[0];
  const screens = (await app.ds.query(`SELECT id, campaign_id FROM ideas WHERE title LIKE 'Des salles calmes%'`))[0];
  for (const lang of ['fr', 'en']) {
    await app.ds.query(`UPDATE users SET locale = $1 WHERE email = 'camille.laurent@maison-lumiere.example'`, [lang]);
    app.forgetSessions();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of [
        ['queue', '/moderation'],
        ['hidden-idea', `/campaigns/${spam.campaign_id}/ideas/${spam.id}`],
        ['flagged-idea', `/campaigns/${screens.campaign_id}/ideas/${screens.id}`],
      ]) {
        await page.goto(`${app.url}${path}`);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${out}/${name}-${lang}-${width}.png`, fullPage: true });
      }
      await page.goto(`${app.url}/moderation`);
      await page.waitForLoadState('networkidle');
      await page.locator('[data-testid="merge"]').first().click();
      await page.getByTestId('merge-dialog').waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/merge-dialog-${lang}-${width}.png` });
      await page.keyboard.press('Escape');
    }
  }
});
