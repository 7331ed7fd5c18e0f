/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import type { Page } from 'playwright-core';
import { signInWithPicker, text, texts, useBrowserSession, watchedPage } from '../support/browser';

/**
 * The discussion in the browser, in French: Hugo comments on an idea and mentions Zoé with the composer's
 * autocomplete (from the keyboard); Zoé, signed in elsewhere on the same idea, sees her bell count go up and
 * the comment appear without reloading, with the mention as a link to her page. Then Hugo edits it and the
 * earlier version shows behind "modifié"; a reply to a reply lands in the thread; the follow button toggles.
 * Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(180_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Hugo Moreau' });

let zoe: { page: Page; problems: string[] };
let ideaPath: string;
let zoeId: string;

beforeAll(async () => {
  const { app, browser } = session;
  const [idea]: { id: string; campaign_id: string }[] = await app.ds.query(`SELECT id, campaign_id FROM ideas WHERE title = 'Des tutoriels vidéo de deux minutes pour les produits phares'`);
  ideaPath = `/campaigns/${idea.campaign_id}/ideas/${idea.id}`;
  zoeId = await app.userId('zoe.martin@maison-lumiere.example');
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  zoe = await watchedPage(context);
  await signInWithPicker(zoe.page, app, 'Zoé Martin');
});

async function discussionReady(page: Page): Promise<void> {
  await page.getByTestId('comments').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="comments"]')?.textContent?.includes('Chargement'));
}

/** The unread count the bell's name says ("Notifications, 2 non lues"), 0 without one. */
async function bellCount(page: Page): Promise<number> {
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1] ?? 0);
}

test('a comment with a mention reaches the person mentioned: bell count and the comment, live', async () => {
  const { app, page, problems } = session;
  await zoe.page.goto(`${app.url}${ideaPath}`);
  await discussionReady(zoe.page);
  await zoe.page.waitForFunction(() => document.querySelector('[data-testid="notification-bell"]') !== null);
  const before = await bellCount(zoe.page);
  const threadsBefore = await zoe.page.getByTestId('comment-thread').count();

  await page.goto(`${app.url}${ideaPath}`);
  await discussionReady(page);
  const input = page.getByTestId('comment-input').first();
  await input.click();
  await page.keyboard.type('Bonne idée, ');
  await page.keyboard.type('@Zoé');
  await page.getByTestId('mention-list').getByRole('option', { name: /Zoé Martin/ }).waitFor();
  await page.keyboard.press('Enter');
  expect(await input.inputValue()).toBe(`Bonne idée, @[Zoé Martin](user:${zoeId}) `);
  await page.keyboard.type('qu’en penses-tu ?');
  // The preview is the server's rendering: the mention as a link.
  await page.getByTestId('comment-preview-tab').first().click();
  await page.getByTestId('comment-preview').locator('a.mention').waitFor();
  expect(await text(page.getByTestId('comment-preview').locator('a.mention'))).toBe('@Zoé Martin');
  await page.getByRole('button', { name: 'Écrire' }).first().click();
  await page.getByTestId('comment-submit').first().click();
  await page.getByTestId('comment-body').filter({ hasText: 'qu’en penses-tu' }).waitFor();
  expect(await input.inputValue()).toBe('');

  // Zoé: the bell counts it, and the comment appears in the discussion she is reading, without a reload.
  await zoe.page.waitForFunction((n) => /(\d+)/.exec(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ?? '')?.[1] === String(n), before + 1);
  await zoe.page.getByTestId('comment-body').filter({ hasText: 'qu’en penses-tu' }).waitFor();
  expect(await zoe.page.getByTestId('comment-thread').count()).toBe(threadsBefore + 1);
  const mention = zoe.page.getByTestId('comment-body').filter({ hasText: 'qu’en penses-tu' }).locator('a.mention');
  expect(await mention.getAttribute('href')).toBe(`/people/${zoeId}`);
  expect(await text(zoe.page.getByTestId('comment-total'))).toMatch(/commentaires?$/);

  // The notification leads to the comment itself.
  await zoe.page.goto(`${app.url}/notifications`);
  const row = zoe.page.getByRole('link', { name: /Hugo Moreau vous a mentionné|Hugo Moreau/ }).first();
  await row.waitFor();
  expect(await row.getAttribute('href')).toMatch(new RegExp(`${ideaPath}#comment-[0-9a-f-]{36}$`));
  expect(problems).toEqual([]);
  expect(zoe.problems).toEqual([]);
});

test('editing keeps the earlier version behind "modifié"; a reply to a reply joins the thread', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}${ideaPath}`);
  await discussionReady(page);
  // By its anchor id: while it is edited, its text sits in a text box.
  const anchor = await page.getByTestId('comment').filter({ hasText: 'qu’en penses-tu' }).first().getAttribute('id');
  const mine = page.locator(`#${anchor}`);
  await mine.getByTestId('comment-edit').click();
  const editor = mine.getByTestId('comment-input');
  await editor.fill('Bonne idée, et **courte** de préférence.');
  await mine.getByTestId('comment-submit').click();
  await mine.locator('strong', { hasText: 'courte' }).waitFor();
  await mine.getByTestId('comment-history-toggle').click();
  const history = mine.getByTestId('comment-history');
  await history.filter({ hasText: 'qu’en penses-tu' }).waitFor();
  expect(await mine.getByTestId('comment-history-toggle').getAttribute('aria-expanded')).toBe('true');

  // Zoé answers Hugo's comment, then Hugo answers her reply: both in the same thread, his mentioning her.
  await zoe.page.goto(`${app.url}${ideaPath}`);
  await discussionReady(zoe.page);
  const thread = (p: Page) => p.getByTestId('comment-thread').filter({ hasText: 'courte' });
  await thread(zoe.page).getByTestId('comment-reply').first().click();
  await zoe.page.keyboard.type('D’accord, deux minutes maximum.');
  await zoe.page.keyboard.press('Control+Enter');
  await thread(zoe.page).getByTestId('comment-body').filter({ hasText: 'deux minutes maximum' }).waitFor();
  await thread(page).getByTestId('comment-body').filter({ hasText: 'deux minutes maximum' }).waitFor();
  const reply = thread(page).getByTestId('comment').filter({ hasText: 'deux minutes maximum' });
  await reply.getByTestId('comment-reply').click();
  const replyBox = thread(page).getByTestId('comment-input');
  expect(await replyBox.inputValue()).toBe(`@[Zoé Martin](user:${zoeId}) `);
  await page.keyboard.type('Parfait.');
  await thread(page).getByTestId('comment-submit').click();
  await thread(page).getByTestId('comment-body').filter({ hasText: 'Parfait.' }).waitFor();
  expect(await texts(thread(page).getByTestId('comment-body'))).toEqual(['Bonne idée, et courte de préférence.', 'D’accord, deux minutes maximum.', '@Zoé Martin Parfait.']);
  expect(problems).toEqual([]);
  expect(zoe.problems).toEqual([]);
});

test('the follow button says and changes whether one follows the idea', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}${ideaPath}`);
  const button = page.getByTestId('follow-button');
  // Hugo commented: he follows the idea.
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-button"]')?.getAttribute('aria-pressed') === 'true');
  const count = Number(await text(button.getByTestId('follower-count')));
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-button"]')?.getAttribute('aria-pressed') === 'false');
  await page.waitForFunction((n) => document.querySelector('[data-testid="follower-count"]')?.textContent?.trim() === String(n), count - 1);
  // The server has answered (the button ignores presses while a change is on its way).
  await page.waitForFunction(() => !document.querySelector('[data-testid="follow-button"]')?.hasAttribute('aria-busy'));
  const hugo = await app.userId('hugo.moreau@maison-lumiere.example');
  expect(await app.ds.query(`SELECT 1 FROM follows WHERE user_id = $1 AND subject_id = $2`, [hugo, ideaPath.split('/').pop()])).toEqual([]);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-button"]')?.getAttribute('aria-pressed') === 'true');
  expect(problems).toEqual([]);
});
