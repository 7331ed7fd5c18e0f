/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import type { NotificationPayloads } from '@ruche/shared';
import { NotificationsService } from '../../server/src/modules/notifications';
import { text, texts, useBrowserSession } from '../support/browser';

/**
 * The notification centre in the browser: a notification written by the real service (as a pillar would,
 * in a transaction, published after commit) shows in the bell's count at once, on any page; the
 * /notifications page lists it as a French sentence, marks it read (the bell follows), takes new ones
 * live, pages with "Afficher plus", and saves per-kind preferences that the service then honours.
 * Keyboard: the bell is reached with Tab and opens the page. Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Camille Laurent' });

const IDEA = '11111111-1111-4111-8111-111111111111';
const CAMPAIGN = '22222222-2222-4222-8222-222222222222';
const commented = (title: string): NotificationPayloads['idea.commented'] => ({
  ideaId: IDEA,
  ideaTitle: title,
  campaignId: CAMPAIGN,
  commentId: '33333333-3333-4333-8333-333333333333',
  actorName: 'Hugo Moreau',
});

let camille: string;
let service: NotificationsService;
beforeAll(async () => {
  camille = await session.app.userId('camille.laurent@maison-lumiere.example');
  service = session.app.app.get(NotificationsService);
});

/** Notifies Camille the way a pillar does: inside its transaction, announced after the commit. */
async function notifyCamille<K extends keyof NotificationPayloads>(kind: K, payload: NotificationPayloads[K]): Promise<void> {
  const sent = await session.app.ds.transaction((tx) => service.notify([camille], kind, payload, { manager: tx, subject: { type: 'idea', id: IDEA } }));
  await sent.publish();
}

const bell = () => session.page.getByTestId('notification-bell');
const bellNamed = async (name: string) => {
  await session.page.waitForFunction((n) => document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') === n, name);
};

test('the bell counts a new notification live; the page shows it as a sentence and marks it read', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/directory`);
  await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
  await bellNamed('Notifications');
  expect(await page.getByTestId('notification-count').count()).toBe(0);

  await notifyCamille('idea.commented', commented('Toits solaires'));
  await bellNamed('Notifications, 1 non lue');
  expect(await text(page.getByTestId('notification-count'))).toBe('1');
  await notifyCamille('campaign.opened', { campaignId: CAMPAIGN, campaignTitle: 'Énergie 2027' });
  await bellNamed('Notifications, 2 non lues');

  // From the keyboard: Tab reaches the bell (by its name), Enter opens the page.
  await page.getByRole('link', { name: 'Notifications, 2 non lues' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/notifications');
  await page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
  const list = page.getByTestId('notification-list');
  await list.waitFor();
  expect(await texts(list.locator('a.sentence'))).toEqual([
    'Non lue : La campagne « Énergie 2027 » est ouverte : proposez vos idées !',
    'Non lue : Hugo Moreau a commenté l’idée « Toits solaires ».',
  ]);
  expect(await list.locator('a.sentence').last().getAttribute('href')).toBe(`/campaigns/${CAMPAIGN}/ideas/${IDEA}#comment-33333333-3333-4333-8333-333333333333`);

  await page.getByRole('button', { name: 'Marquer comme lue : Hugo Moreau a commenté l’idée « Toits solaires ».' }).click();
  await bellNamed('Notifications, 1 non lue');
  await page.getByRole('status').filter({ hasText: '1 notification marquée comme lue.' }).waitFor();
  expect(await texts(list.locator('a.sentence'))).toEqual(['Non lue : La campagne « Énergie 2027 » est ouverte : proposez vos idées !', 'Hugo Moreau a commenté l’idée « Toits solaires ».']);
  const [row] = await app.ds.query(`SELECT read_at IS NOT NULL AS read FROM notifications WHERE user_id = $1 AND kind = 'idea.commented'`, [camille]);
  expect(row.read).toBe(true);

  // One arriving while the page is open goes to the top of the list.
  await notifyCamille('vote.refunded', { ideaId: IDEA, ideaTitle: 'Toits solaires', campaignId: CAMPAIGN, votes: 3 });
  await bellNamed('Notifications, 2 non lues');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 3);
  expect(await text(list.locator('a.sentence').first())).toBe('Non lue : Vos 3 votes pour « Toits solaires » vous ont été rendus.');

  // "Non lues" shows only those; "Tout marquer comme lu" empties it.
  await page.getByRole('button', { name: 'Non lues', exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 2);
  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await bellNamed('Notifications');
  await page.getByRole('status').filter({ hasText: '2 notifications marquées comme lues.' }).waitFor();
  // What was read stays in view until the filter is chosen again: nothing vanishes under the reader.
  expect(await page.getByTestId('notification').count()).toBe(2);
  await page.getByRole('button', { name: 'Toutes', exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 3);
  await page.getByRole('button', { name: 'Non lues', exact: true }).click();
  await page.getByText('Aucune notification non lue.').waitFor();
  expect(await service.unreadCount(camille)).toBe(0);

  expect(problems).toEqual([]);
});

test('pages with "Afficher plus", newest first', async () => {
  const { app, page, problems } = session;
  await app.ds.query(`DELETE FROM notifications WHERE user_id = $1`, [camille]);
  await app.ds.query(
    `INSERT INTO notifications (user_id, kind, payload, created_at, read_at)
     SELECT $1, 'campaign.opened', jsonb_build_object('campaignId', $2::text, 'campaignTitle', 'Campagne ' || i), now() - make_interval(mins => i), now()
       FROM generate_series(1, 25) i`,
    [camille, CAMPAIGN],
  );
  await page.goto(`${app.url}/notifications`);
  const rows = page.getByTestId('notification');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 20);
  expect(await text(rows.first())).toContain('« Campagne 1 »');
  await page.getByRole('button', { name: 'Afficher plus' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 25);
  expect(await text(rows.last())).toContain('« Campagne 25 »');
  expect(await page.getByRole('button', { name: 'Afficher plus' }).count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a kind turned off in the preferences is no longer notified', async () => {
  const { app, page, problems } = session;
  await app.ds.query(`DELETE FROM notifications WHERE user_id = $1`, [camille]);
  await page.goto(`${app.url}/notifications`);
  await page.getByText('Aucune notification pour l’instant.').waitFor();
  const box = page.getByRole('checkbox', { name: 'Un commentaire sur une de vos idées' });
  expect(await box.isChecked()).toBe(true);
  // From the keyboard: focus and Space.
  await box.focus();
  await page.keyboard.press('Space');
  await page.getByRole('status').filter({ hasText: 'Préférences enregistrées' }).waitFor();
  expect(await box.isChecked()).toBe(false);
  const [pref] = await app.ds.query(`SELECT in_app FROM notification_preferences WHERE user_id = $1 AND kind = 'idea.commented'`, [camille]);
  expect(pref.in_app).toBe(false);

  const sent = await service.notify([camille], 'idea.commented', commented('Ignorée'));
  expect(sent.recipients).toEqual([]);
  await page.reload();
  expect(await page.getByRole('checkbox', { name: 'Un commentaire sur une de vos idées' }).isChecked()).toBe(false);
  await page.getByText('Aucune notification pour l’instant.').waitFor();
  await bellNamed('Notifications');
  expect(problems).toEqual([]);
});
