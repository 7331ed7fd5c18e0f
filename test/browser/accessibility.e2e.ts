/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signInWithPicker } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { NotificationsService } from '../../server/src/modules/notifications';

/**
 * Automated accessibility checks: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every page of the web app, in French
 * and in English, signed in as an administrator so that /admin is included; plus the skip link from the
 * keyboard. axe finds what a machine can (contrast, names, labels, landmarks, ARIA misuse), not everything.
 * Needs `npm run build -w @ruche/web`.
 */

const AXE = join(dirname(require.resolve('axe-core')), 'axe.min.js');

jest.setTimeout(120_000);

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}
declare const axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };

let app: TestApp;
let browser: Browser;

/** notifications: two unread notifications (one with an anonymous author) and a read one, through the real service. */
async function notifyForAxe(t: TestApp, userId: string): Promise<void> {
  const notifications = t.app.get(NotificationsService);
  await t.ds.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  const idea = { ideaId: '11111111-1111-4111-8111-111111111111', ideaTitle: 'Toits solaires', campaignId: '22222222-2222-4222-8222-222222222222' };
  await notifications.notify([userId], 'idea.commented', { ...idea, commentId: '33333333-3333-4333-8333-333333333333', actorName: null });
  await notifications.notify([userId], 'idea.stage_changed', { ...idea, stageName: 'Sélection', stageKind: 'selected' });
  await notifications.notify([userId], 'campaign.opened', { campaignId: idea.campaignId, campaignTitle: 'Énergie 2027' });
  await t.ds.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND kind = 'campaign.opened'`, [userId]);
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Waits until the page has its heading and nothing is loading (no busy region, skeleton or route progress). */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .skeleton, .route-progress'));
}

/** Runs axe on the page as it is; returns one readable line per violating element. */
async function violations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    // WCAG 2.0 A/AA, and the 2.1/2.2 additions (label in name, reflow-related and target-size rules among them).
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }),
  );
  return result.violations.flatMap((v) =>
    v.nodes.map((node) => `${label}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help} — ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
  );
}

describe.each([
  ['fr', 'fr-FR', 'Bienvenue sur Ruche', 'Aller au contenu principal'],
  ['en', 'en-GB', 'Welcome to Ruche', 'Skip to main content'],
])('in %s', (lang, browserLocale, loginHeading, skipLabel) => {
  let page: Page;

  beforeAll(async () => {
    // The injected axe script is inline, which the app's Content-Security-Policy rightly forbids; other tests check the CSP.
    const context = await browser.newContext({ locale: browserLocale, viewport: { width: 1280, height: 800 }, bypassCSP: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  test('every page passes axe (WCAG 2.x A and AA)', async () => {
    const found: string[] = [];

    await page.goto(`${app.url}/login`);
    await page.getByRole('heading', { level: 1, name: loginHeading }).waitFor();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    found.push(...(await violations(page, '/login')));

    // Sign in as the administrator, so that /admin shows its settings and roles; his account's language
    // (which the interface follows once signed in) is the one under test.
    await app.ds.query(`UPDATE users SET locale = $1 WHERE email = 'ethan.brooks@maison-lumiere.example'`, [lang]);
    app.forgetSessions();
    await signInWithPicker(page, app, 'Ethan Brooks', { openLogin: false });

    const someone = await app.userId('zoe.martin@maison-lumiere.example');
    const pages = ['/', '/directory', '/profile', `/people/${someone}`, '/admin'];
    // notifications: the page with unread and read items, not only its empty state
    await notifyForAxe(app, await app.userId('ethan.brooks@maison-lumiere.example'));
    pages.push('/notifications');
    // pairwise: a pair to compare and the ranking of the demo campaign people compared ideas in
    const [compared] = await app.ds.query(`SELECT id FROM campaigns WHERE title LIKE 'Qualité de vie au travail%'`);
    pages.push(`/campaigns/${compared.id}/pairwise`, `/campaigns/${compared.id}/ranking`);
    // curation: the moderation queue (demo flags, a hidden idea) and a flagged idea's page with the moderator's panel and links
    const [flagged] = await app.ds.query(`SELECT id, campaign_id FROM ideas WHERE title = 'Limiter les réunions après 17 h'`);
    pages.push('/moderation', `/campaigns/${flagged.campaign_id}/ideas/${flagged.id}`);
    // reviews: the demo's scorecard stage, with the administrator assigned too, so that his queue, the score form and
    // the runners' aggregate are all on the pages; and the pipeline editor.
    const [reviewed] = await app.ds.query(`SELECT campaign_id, stage_id FROM stage_scorecards sc JOIN campaigns c ON c.id = sc.campaign_id WHERE c.title = 'Mieux servir nos clients en 2027'`);
    await app.ds.query(`INSERT INTO stage_reviewers (stage_id, user_id, campaign_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [reviewed.stage_id, await app.userId('ethan.brooks@maison-lumiere.example'), reviewed.campaign_id]);
    pages.push('/reviews', `/campaigns/${reviewed.campaign_id}/review`, `/campaigns/${reviewed.campaign_id}/pipeline`);
    // hivemind: the campaign list, the forms, a board with counts and one that hides them, an idea page
    const [board] = await app.ds.query(`SELECT c.id, (SELECT id FROM ideas WHERE campaign_id = c.id AND hidden_at IS NULL AND merged_into_id IS NULL ORDER BY created_at LIMIT 1) AS idea FROM campaigns c WHERE c.title = 'Mieux servir nos clients en 2027'`);
    const [hidden] = await app.ds.query(`SELECT id FROM campaigns WHERE hide_counts_until_voted LIMIT 1`);
    pages.push('/campaigns', '/campaigns/new', `/campaigns/${board.id}`, `/campaigns/${hidden.id}`, `/campaigns/${board.id}/edit`, `/campaigns/${board.id}/ideas/new`, `/campaigns/${board.id}/ideas/${board.idea}`);
    // discussion: an idea page with threads, replies, a mention and an edited comment
    const [discussed] = await app.ds.query(`SELECT id, campaign_id FROM ideas WHERE title LIKE 'Answer public complaints%'`);
    pages.push(`/campaigns/${discussed.campaign_id}/ideas/${discussed.id}`);
    // Desktop, then a phone's width: the layout changes (two-row top bar, stacked rows), so can the findings.
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const path of pages) {
        await page.goto(`${app.url}${path}`);
        await settled(page);
        expect(new URL(page.url()).pathname).toBe(path);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        found.push(...(await violations(page, `${path} at ${viewport.width}px`)));
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // An address that does not exist: the error page inside the shell.
    await page.goto(`${app.url}/no-such-page`);
    await settled(page);
    found.push(...(await violations(page, '404')));

    // States that only appear after an action: the directory's table view and a refused organisation name.
    await page.goto(`${app.url}/`);
    await settled(page);
    await page.locator('details summary').click();
    found.push(...(await violations(page, '/ (data table open)')));

    await page.goto(`${app.url}/admin`);
    await settled(page);
    await page.locator('input[autocomplete="organization"]').fill('');
    await page.locator('form button[type="submit"]').click();
    await page.locator('input[aria-invalid="true"]').waitFor();
    found.push(...(await violations(page, '/admin (invalid name)')));

    // A role chosen but not applied yet, then the question asked before granting the administrator role.
    const row = page.locator('[data-testid="role-row"]').filter({ has: page.locator('select:enabled') }).first();
    await row.locator('select').selectOption({ index: 4 }); // the last role: administrator
    await row.locator('button.btn-primary').waitFor();
    found.push(...(await violations(page, '/admin (role not applied yet)')));
    await row.locator('button.btn-primary').click();
    await page.locator('dialog[open]').waitFor();
    found.push(...(await violations(page, '/admin (confirmation dialog)')));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    // hivemind: "why here" open on the board; the campaign form refused with the department picker shown; similar ideas suggested.
    await page.goto(`${app.url}/campaigns/${board.id}`);
    await settled(page);
    await page.locator('[data-testid="idea-card"] details summary').first().click();
    found.push(...(await violations(page, '/campaigns/[id] (why here open)')));
    await page.goto(`${app.url}/campaigns/new`);
    await settled(page);
    await page.locator('input[name="audience"][value="departments"]').check();
    await page.locator('form[data-testid="campaign-form"] button[type="submit"]').click();
    await page.locator('#campaign-title[aria-invalid="true"]').waitFor();
    found.push(...(await violations(page, '/campaigns/new (refused, departments shown)')));
    await page.goto(`${app.url}/campaigns/${board.id}/ideas/new`);
    await settled(page);
    await page.locator('#idea-title').fill('Un numéro de suivi pour les réclamations');
    await page.locator('[data-testid="similar-ideas"] li').first().waitFor();
    found.push(...(await violations(page, '/campaigns/[id]/ideas/new (similar ideas)')));

    // discussion: an earlier version shown, the mention suggestions open, the preview of a comment.
    await page.goto(`${app.url}/campaigns/${discussed.campaign_id}/ideas/${discussed.id}`);
    await settled(page);
    await page.locator('[data-testid="comment-history-toggle"]').first().click();
    await page.locator('[data-testid="comment-history"] li').first().waitFor();
    await page.locator('[data-testid="comment-input"]').first().fill('Merci @Ca');
    await page.locator('[data-testid="comment-input"]').first().press('m');
    await page.locator('[data-testid="mention-list"] [role="option"]').first().waitFor();
    found.push(...(await violations(page, '/ideas (history and mention suggestions open)')));
    await page.locator('[data-testid="comment-preview-tab"]').first().click();
    await page.locator('[data-testid="comment-preview"] .prose').waitFor();
    found.push(...(await violations(page, '/ideas (comment preview)')));

    // reviews: the pipeline with a stage's rename form, its removal question and its scorecard editor open.
    await page.goto(`${app.url}/campaigns/${reviewed.campaign_id}/pipeline`);
    await settled(page);
    await page.locator('[data-testid="stage-selected"] button').first().click();
    await page.locator('[data-testid="stage-review"] button[aria-expanded]').click();
    await page.locator('[data-testid="criterion"]').first().waitFor();
    await page.locator('[data-testid="stage-done"] button').last().click();
    found.push(...(await violations(page, '/pipeline (forms open)')));

    expect(found).toEqual([]);
  });

  test('Tab from the top of the page reaches the skip link first, and it moves focus to the main content', async () => {
    await page.goto(`${app.url}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: skipLabel, href: '#main' });
    // Focused, it is on screen (not only in the accessibility tree).
    const box = await page.getByRole('link', { name: skipLabel }).boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    // The next Tab continues inside the main content, not back in the top bar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });
});
