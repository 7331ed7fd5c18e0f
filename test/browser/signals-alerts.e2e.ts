/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { AlertDetectionService } from '../../server/src/modules/alerts';
import { signWebhook } from '../../server/src/modules/signals';
import { openAxeContext, text, texts, useBrowserSession } from '../support/browser';

/**
 * Dynamic Signal alerts and the live stream in the browser, as the hub's coordinator (Camille Laurent):
 * a rule made in the form (keywords that do not compile shown at their position, a backtest of the
 * draft), an alert raised by the detection job that appears in the open dashboard's panel without a
 * reload and takes feedback once, acknowledge, the alert's link; a stored rule's backtest; an item
 * posted to the webhook arriving through the stream, and its sentiment corrected from the feed; axe on
 * the alerts panel and the rules page in French and English. Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(180_000);


const MINUTE = 60_000;
const DAY = 86_400_000;
const RULE = 'Zorblax : pic de mentions';

// The detection job runs when the test says (its body, AlertDetectionService.detect), not on its schedule.
const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Camille Laurent', appOptions: { env: { JOBS_ENABLED: 'false' } } });

let hubCookie: string;
let webhook: { id: string; secret: string };
let detection: AlertDetectionService;
/** The last baseline minute: three weeks of a quiet term before it, the burst after it. */
let D: number;

beforeAll(async () => {
  const { app } = session;
  hubCookie = await app.signIn('camille.laurent@maison-lumiere.example');
  detection = app.app.get(AlertDetectionService);
  const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const res = await app.gql<T>(query, variables, hubCookie);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const source = await gql<{ createSignalSource: { source: { id: string }; webhookSecret: string } }>(`mutation { createSignalSource(input: { kind: webhook, name: "Écoute sociale (test)" }) { source { id } webhookSecret } }`);
  webhook = { id: source.createSignalSource.source.id, secret: source.createSignalSource.webhookSecret };
  const list = await gql<{ createWatchlist: { id: string } }>(`mutation { createWatchlist(input: { name: "Veille alertes (test)" }) { id } }`);
  const term = await gql<{ addWatchTerm: { id: string } }>(`mutation($w: ID!) { addWatchTerm(watchlistId: $w, input: { label: "Zorblax", query: "zorblax" }) { id } }`, { w: list.createWatchlist.id });
  D = Math.floor(Date.now() / MINUTE) * MINUTE - 2 * 3600_000;
  // 21 days of 0 to 2 distinct authors a minute, the same pseudo-random pattern on every run (as in the API e2e).
  await app.ds.query(
    `INSERT INTO signal_term_minutes (term_id, minute, items, authors, sources, sentiment_sum)
     SELECT $1, m, c, c, 1, 0.1 * c FROM (SELECT m, abs(hashtext(m::text)) % 3 AS c FROM generate_series($2::timestamptz, $3::timestamptz, interval '1 minute') m) x WHERE c > 0`,
    [term.addWatchTerm.id, new Date(D - 21 * DAY), new Date(D)],
  );
});

/** Posts items to the webhook as a sender would: timestamp and HMAC-SHA256 signature over "timestamp.body". */
async function deliver(items: Record<string, unknown>[]): Promise<void> {
  const body = JSON.stringify(items);
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(`${session.app.url}/signals/webhooks/${webhook.id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Ruche-Timestamp': String(ts), 'X-Ruche-Signature': signWebhook(webhook.secret, ts, body) },
    body,
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { stored: number }).stored).toBe(items.length);
}

const settled = () => session.page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .skeleton, .route-progress'));

test('the rule form: keywords that do not compile are shown at their position; the draft is backtested; the rule is saved with its routing', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/signals`);
  await page.getByRole('navigation', { name: 'Pages des signaux' }).getByRole('link', { name: 'Règles d’alerte' }).click();
  await page.waitForURL((url) => url.pathname === '/signals/alerts');
  await page.getByRole('heading', { level: 1, name: 'Règles d’alerte' }).waitFor();
  // The demo's rules are listed.
  expect(await texts(page.getByTestId('rule').locator('h3'))).toEqual(expect.arrayContaining(['Orange : pic de mentions']));

  await page.getByTestId('new-rule').click();
  const form = page.getByTestId('rule-form');
  // Nothing filled: the form says what is missing, and sends nothing.
  await form.getByTestId('rule-save').click();
  expect(await texts(form.locator('.error'))).toEqual(['Donnez un nom à la règle.', 'Choisissez ce que la règle surveille.']);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

  await form.getByLabel('Nom').fill(RULE);
  await form.getByTestId('rule-term').selectOption({ label: 'Zorblax' });
  for (const kind of ['Chute', 'Montée lente', 'Changement de tonalité']) await form.getByRole('checkbox', { name: kind }).uncheck();
  await form.getByTestId('rule-keywords').fill('zorblax (lancement OR');
  await form.getByTestId('rule-save').click();
  const error = form.getByTestId('keywords-error');
  await error.waitFor();
  expect(await text(error.locator('span').first())).toMatch(/^Erreur à la position \d+ : /);
  expect(await form.getByTestId('rule-keywords').evaluate((el: HTMLTextAreaElement) => [el.selectionStart, document.activeElement === el])).toEqual([expect.any(Number), true]);
  expect(Number((await app.ds.query(`SELECT count(*)::int AS n FROM alert_rules WHERE name = $1`, [RULE]))[0].n)).toBe(0);

  // The backtest of a draft with the same keywords says where they are wrong, the same way.
  await form.getByTestId('rule-keywords').fill('zorblax NOT');
  await form.getByTestId('backtest-run').click();
  await form.getByTestId('keywords-error').waitFor();
  await form.getByTestId('rule-keywords').fill('');
  await form.getByTestId('backtest-run').click();
  const result = form.getByTestId('backtest-result');
  await result.waitFor();
  const fired = Number(await result.getAttribute('data-fired'));
  expect(await text(form.getByTestId('backtest-summary'))).toMatch(/^Se serait déclenchée (zéro fois|une fois|\d+ fois) ces 7 derniers jours\.$/);
  // Seven days and the start of the eighth, one bar each.
  expect(Number(await form.getByTestId('backtest-chart').getAttribute('data-days'))).toBeGreaterThanOrEqual(7);
  if (fired > 0 && fired <= 20) expect(await form.getByTestId('backtest-alerts').locator('li').count()).toBe(fired);

  // Routing: a person found by name.
  await form.getByTestId('rule-people-search').fill('Camille');
  await form.getByRole('button', { name: 'Ajouter Camille Laurent' }).click();
  await form.getByRole('checkbox', { name: 'Marketing' }).check();
  await form.getByTestId('rule-save').click();
  const card = page.getByTestId('rule').filter({ hasText: RULE });
  await card.waitFor();
  expect(await text(card.getByTestId('rule-state'))).toBe('Activée');
  expect(await text(card)).toContain('Prévient 1 département et 1 personne');
  const [row] = await app.ds.query(`SELECT r.kinds, r.keywords, r.person_ids, r.enabled FROM alert_rules r WHERE r.name = $1`, [RULE]);
  expect(row).toMatchObject({ kinds: ['burst'], keywords: null, enabled: true });
  expect(row.person_ids).toEqual([await app.userId('camille.laurent@maison-lumiere.example')]);
  expect(problems).toEqual([]);
});

test('an alert raised by the detection job appears in the open dashboard’s panel without a reload, announced; it takes feedback once and is acknowledged; its link opens it', async () => {
  const { app, page, problems } = session;
  // The job learns the rule's series from stored history first (no alert for the past).
  await detection.detect(new Date(D + 3 * MINUTE));
  await page.goto(`${app.url}/signals`);
  await page.getByRole('heading', { level: 1, name: 'Signaux marché en direct' }).waitFor();
  await settled();
  await page.locator('[data-testid="stream-status"][data-status="connected"]').waitFor();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

  const at = new Date(D + 5 * MINUTE).toISOString();
  await deliver(Array.from({ length: 12 }, (_, i) => ({ id: `z-${i}-${D}`, title: `Zorblax annonce sa nouvelle gamme ${i}`, text: `Article ${i} sur Zorblax et son lancement très réussi.`, authors: [`auteur-${i}`], published: at })));
  const run = await detection.detect(new Date(D + 20 * MINUTE));
  expect(run.stored).toHaveLength(1);
  const alertId = run.stored[0];

  const panel = page.getByTestId('alerts-panel');
  const card = panel.locator(`[data-alert-id="${alertId}"]`);
  await card.waitFor();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
  await panel.getByTestId('alerts-status').filter({ hasText: 'Nouvelle alerte : pic sur Zorblax.' }).waitFor({ state: 'attached' });
  expect(await text(card.locator('h3'))).toBe('Zorblax');
  expect(await text(card.getByTestId('alert-what'))).toMatch(/^\d+ auteurs distincts, pour [\d,]+ attendus — bien plus d’auteurs distincts que prévu, sur \d+ minutes?, de \d\d:\d\d à \d\d:\d\d$/);
  expect(await text(card.getByTestId('alert-status'))).toBe('Ouverte');

  // Unfolded from the keyboard: the samples are the burst's items.
  await card.getByRole('button', { name: 'Détails de l’alerte sur Zorblax' }).press('Enter');
  const samples = await texts(card.getByTestId('alert-samples').locator('li > span:first-child'));
  expect(samples.length).toBeGreaterThanOrEqual(3);
  expect(samples.every((s) => s.startsWith('Zorblax annonce sa nouvelle gamme'))).toBe(true);

  await card.getByTestId('feedback-useful').click();
  await card.getByTestId('feedback-note').filter({ hasText: 'Vous l’avez marquée : Utile.' }).waitFor();
  expect(await card.getByTestId('feedback-useful').getAttribute('aria-pressed')).toBe('true');
  // Once per person: the verdict cannot be given again.
  expect(await card.getByTestId('feedback-noise').isDisabled()).toBe(true);
  expect(await text(card.getByTestId('feedback-note'))).toContain('1 utile, 0 bruit');
  const [feedback] = await app.ds.query(`SELECT count(*)::int AS n FROM alert_feedback WHERE alert_id = $1`, [alertId]);
  expect(feedback.n).toBe(1);

  await card.getByTestId('alert-acknowledge').click();
  await card.getByTestId('alert-status').filter({ hasText: 'Prise en charge' }).waitFor();

  // The notification's link: the dashboard with this alert shown first, unfolded, its heading focused.
  await page.goto(`${app.url}/signals?alert=${alertId}`);
  const opened = page.getByTestId('alert-opened');
  await opened.locator(`[data-alert-id="${alertId}"]`).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'L’alerte de votre lien');
  expect(await opened.getByTestId('alert-samples').isVisible()).toBe(true);
  await page.goto(`${app.url}/signals?alert=00000000-0000-4000-8000-000000000000`);
  await page.getByRole('alert').filter({ hasText: 'L’alerte de votre lien ne peut pas être affichée.' }).waitFor();
  expect(problems).toEqual([]);
});

test('a department representative, who receives the alert but may not read the stream, opens its link: the alert alone, and gives a verdict', async () => {
  const { app, browser, problems } = session;
  const [alert] = await app.ds.query(`SELECT a.id FROM alerts a JOIN alert_rules r ON r.id = a.rule_id WHERE r.name = $1`, [RULE]);
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  const [name, value] = (await app.signIn('julien.petit@maison-lumiere.example')).split('=');
  await context.addCookies([{ name, value, url: app.url }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  try {
    await page.goto(`${app.url}/signals?alert=${alert.id}`);
    const opened = page.getByTestId('alert-opened');
    await opened.locator(`[data-alert-id="${alert.id}"]`).waitFor();
    // No stream for them: no filters, feed, chart or tabs to pages they may not read.
    expect(await page.getByTestId('signal-feed').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Pages des signaux' }).count()).toBe(0);
    await opened.getByTestId('feedback-noise').click();
    await opened.getByTestId('feedback-note').filter({ hasText: 'Vous l’avez marquée : Bruit.' }).waitFor();
    expect(await text(opened.getByTestId('feedback-note'))).toContain('1 utile, 1 bruit');
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});

test('a stored rule’s backtest over the last day shows how many times it would have fired, per day and one by one', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/signals/alerts`);
  await settled();
  const card = page.getByTestId('rule').filter({ hasText: RULE });
  await card.getByTestId('rule-backtest-toggle').click();
  await card.getByRole('combobox', { name: 'Sur les derniers' }).selectOption({ label: '1 jour' });
  await card.getByRole('button', { name: `Tester sur le passé « ${RULE} »` }).click();
  const result = card.getByTestId('backtest-result');
  await result.waitFor();
  const fired = Number(await result.getAttribute('data-fired'));
  // The burst of twelve distinct authors, at least.
  expect(fired).toBeGreaterThanOrEqual(1);
  expect(await text(card.getByTestId('backtest-summary'))).toBe(`Se serait déclenchée ${fired === 1 ? 'une fois' : `${fired} fois`} le dernier jour.`);
  const burstTime = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }).format(new Date(D + 5 * MINUTE));
  expect((await texts(card.getByTestId('backtest-alerts').locator('li'))).some((line) => line.includes(burstTime) && line.includes('Pic'))).toBe(true);
  expect(problems).toEqual([]);
});

test('an item posted to the webhook still appears live (through the stream), the hub corrects its sentiment from the feed, what came while offline arrives once on reconnection, and a syndicated copy raises its story’s count on the row already listed', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/signals`);
  await settled();
  await page.locator('[data-testid="stream-status"][data-stream="live"]').waitFor();
  const before = Number(await page.getByTestId('signal-chart').getAttribute('data-total'));
  const title = `Clairvoy : les clients se plaignent des pannes ${Date.now()}`;
  await deliver([{ id: `live-${Date.now()}`, title, text: 'Clairvoy déçoit : pannes à répétition, service client injoignable.', authors: ['veille-2'] }]);
  const item = page.getByTestId('signal-item').filter({ hasText: title });
  await item.waitFor();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="signal-chart"]')?.getAttribute('data-total')) === n + 1, before);
  expect(await text(item)).toContain('Écoute sociale (test)');
  expect(await text(item.locator('.badge.sentiment'))).toMatch(/^Négative/);

  await item.getByRole('button', { name: `Corriger la tonalité de « ${title} »` }).click();
  const correction = item.getByTestId('sentiment-correction');
  // Focus goes to the current label; arrows choose another, as radio buttons do.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('negative');
  await correction.getByRole('radio', { name: 'Positive' }).check();
  await correction.getByRole('button', { name: 'Enregistrer' }).click();
  await item.locator('.badge.sentiment').filter({ hasText: /^Positive/ }).waitFor();
  expect(await text(item.locator('.badge.sentiment'))).toContain('corrigée à la main');
  await page.getByTestId('feed-status').filter({ hasText: 'Tonalité corrigée : Positive.' }).waitFor({ state: 'attached' });
  const [row] = await app.ds.query(`SELECT sentiment_label, sentiment_origin FROM signal_items WHERE title = $1`, [title]);
  expect(row).toEqual({ sentiment_label: 'positive', sentiment_origin: 'person' });

  // Away, then back: the socket subscribes again with the last id it saw and what came meanwhile is replayed.
  await page.context().setOffline(true);
  await page.locator('[data-testid="stream-status"]:not([data-status="connected"])').waitFor();
  const missedTitle = `Solaris : rupture de stock annoncée ${Date.now()}`;
  await deliver([{ id: `away-${Date.now()}`, title: missedTitle, text: 'Solaris en rupture de stock chez plusieurs revendeurs.', authors: ['veille-3'] }]);
  await page.context().setOffline(false);
  await page.getByTestId('signal-item').filter({ hasText: missedTitle }).waitFor();
  expect((await texts(page.locator('[data-testid="signal-item"] h3'))).filter((t) => t === missedTitle)).toHaveLength(1);
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="signal-chart"]')?.getAttribute('data-total')) === n + 2, before);

  // A syndicated copy: both rows show the story's two copies, the one listed before it included, without a reload.
  const story = { title: `Maison Lumière ouvre une boutique à Lyon ${Date.now()}`, text: 'Maison Lumière ouvre sa première boutique à Lyon, avec un atelier de réparation des lampes.' };
  await deliver([{ id: `story-a-${Date.now()}`, ...story, authors: ['agence-1'] }]);
  const copies = page.getByTestId('signal-item').filter({ hasText: story.title });
  await copies.first().waitFor();
  expect(await text(copies.first())).not.toContain('copies');
  await deliver([{ id: `story-b-${Date.now()}`, ...story, authors: ['agence-2'] }]);
  await page.waitForFunction((title) => Array.from(document.querySelectorAll('[data-testid="signal-item"]')).filter((el) => el.textContent?.includes(title) && el.textContent.includes('2\u00a0copies')).length === 2, story.title);
  expect(problems).toEqual([]);
});

describe.each([
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
])('axe in %s', (lang, locale) => {
  test('the alerts panel and the rules page (form and backtest open) pass axe at 1280 and 390 px', async () => {
    const { app, browser } = session;
    await app.ds.query(`UPDATE users SET locale = $1 WHERE email = 'camille.laurent@maison-lumiere.example'`, [lang]);
    app.forgetSessions();
    const { page, found, check, ready, close } = await openAxeContext(browser, app, { locale, cookie: hubCookie });
    const [alert] = await app.ds.query(`SELECT id FROM alerts ORDER BY created_at DESC LIMIT 1`);
    try {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(viewport);
        await page.goto(`${app.url}/signals?alert=${alert.id}`);
        await ready();
        await page.getByTestId('alert-opened').waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await page.locator('[data-testid="signal-item"] [data-testid="correct-sentiment"]').first().click();
        await check(`/signals?alert at ${viewport.width}px (alert open, a correction open)`);
        await page.goto(`${app.url}/signals/alerts`);
        await ready();
        await page.getByTestId('new-rule').click();
        await page.getByTestId('rule-form').getByTestId('rule-save').click();
        await page.getByTestId('rule').first().getByTestId('rule-backtest-toggle').click();
        await page.getByTestId('rule').first().getByTestId('backtest-run').click();
        await page.getByTestId('rule').first().getByTestId('backtest-result').waitFor();
        await page.getByTestId('rule').first().getByTestId('backtest-chart').locator('summary').click();
        // From the top: the fixed bar would otherwise cover the buttons the page scrolled under.
        await page.evaluate(() => window.scrollTo(0, 0));
        await check(`/signals/alerts at ${viewport.width}px (form with errors, a backtest)`);
      }
    } finally {
      await close();
    }
    expect(found).toEqual([]);
  });
});
