/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import type { Page } from 'playwright-core';
import { signWebhook } from '../../server/src/modules/signals';
import { openAxeContext, text, texts, useBrowserSession } from '../support/browser';

/**
 * Dynamic Signal's pages in the browser, as the hub's coordinator (Camille Laurent): an item posted to a
 * webhook (signed as the API requires) appears on an open dashboard without a reload and the chart
 * counts it; pause queues what arrives and resume shows it; "test this source" on a file and a refused
 * address; "try the analyser"; a watch query that does not compile shown at its position; axe on every
 * page in French and English at desktop and phone widths. Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(180_000);


const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Camille Laurent' });

let hubCookie: string;
let webhook: { id: string; secret: string };

beforeAll(async () => {
  hubCookie = await session.app.signIn('camille.laurent@maison-lumiere.example');
  const created = await session.app.gql<{ createSignalSource: { source: { id: string }; webhookSecret: string } }>(
    `mutation { createSignalSource(input: { kind: webhook, name: "Veille sociale (test)" }) { source { id } webhookSecret } }`,
    {},
    hubCookie,
  );
  expect(created.errors).toBeUndefined();
  webhook = { id: created.data!.createSignalSource.source.id, secret: created.data!.createSignalSource.webhookSecret };
});

/** Posts items to the webhook as a sender would: timestamp and HMAC-SHA256 signature over "timestamp.body". */
async function deliver(items: Record<string, unknown>[]): Promise<{ stored: number }> {
  const body = JSON.stringify(items);
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(`${session.app.url}/signals/webhooks/${webhook.id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Ruche-Timestamp': String(ts), 'X-Ruche-Signature': signWebhook(webhook.secret, ts, body) },
    body,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { stored: number };
}

const chartTotal = (page: Page) => page.getByTestId('signal-chart').getAttribute('data-total').then(Number);
const feedTitles = (page: Page) => texts(page.locator('[data-testid="signal-item"] h3'));

test('a signed webhook delivery appears on the open dashboard without a reload, and the chart counts it; pause queues, resume shows', async () => {
  const { app, page, problems } = session;
  // From the navigation: the hub may read the stream, so "Signaux" is offered.
  await page.goto(`${app.url}/`);
  await page.getByRole('button', { name: 'Plus' }).click();
  await page.locator('#nav-more').getByRole('link', { name: 'Signaux' }).click();
  await page.waitForURL((url) => url.pathname === '/signals');
  await page.getByRole('heading', { level: 1, name: 'Signaux marché en direct' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  // A marker on the window: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  const before = await chartTotal(page);

  const title = `Clairvoy baisse ses prix : Lumi Home répond ${Date.now()}`;
  expect((await deliver([{ id: `live-${Date.now()}`, title, text: 'Clairvoy annonce une baisse de prix sur ses lampes connectées, Lumi Home prépare sa réponse.', authors: ['veille-1'] }])).stored).toBe(1);

  const item = page.getByTestId('signal-item').filter({ hasText: title });
  await item.waitFor();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="signal-chart"]')?.getAttribute('data-total')) === n + 1, before);
  expect(await text(item)).toContain('Veille sociale (test)');
  expect(await texts(item.locator('.terms li'))).toEqual(expect.arrayContaining(['Clairvoy', 'Lumi Home']));
  expect((await feedTitles(page))[0]).toBe(title);
  await page.getByRole('status').filter({ hasText: '1 nouveau signal' }).waitFor({ state: 'attached' });

  // Pause from the keyboard: what arrives waits, counted; resume shows it at the top.
  await page.getByTestId('pause').focus();
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('pause').getAttribute('aria-pressed')).toBe('true');
  const queuedTitle = `Solaris : avis très positifs des installateurs ${Date.now()}`;
  await deliver([{ id: `queued-${Date.now()}`, title: queuedTitle, text: 'Les installateurs sont ravis de Solaris, excellente autonomie.' }]);
  await page.getByTestId('queued-count').filter({ hasText: '1 nouveau signal en attente' }).waitFor();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="signal-chart"]')?.getAttribute('data-total')) === n + 2, before);
  expect(await feedTitles(page)).not.toContain(queuedTitle);
  await page.getByRole('button', { name: 'Reprendre — 1 nouveau signal' }).press('Enter');
  await page.getByTestId('signal-item').filter({ hasText: queuedTitle }).waitFor();
  expect((await feedTitles(page))[0]).toBe(queuedTitle);

  // A filter (kept in the address) narrows the stream to one source.
  await page.getByTestId('filter-source').selectOption({ label: 'Veille sociale (test)' });
  await page.waitForFunction(() => new URL(location.href).searchParams.has('sourceId'));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="signal-item"]').length === 2);
  expect(problems).toEqual([]);
});

test('sources: "test this source" shows what a feed file would store and why an entry would be refused; a private address is refused with its reason', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/signals/sources`);
  await page.getByRole('heading', { level: 1, name: 'Sources de signaux' }).waitFor();
  const card = page.getByTestId('source').filter({ hasText: 'Veille sociale (test)' });
  expect(await text(card.getByTestId('source-health'))).toBe('En bonne santé');

  // About 1.4 MB, far over what GraphQL's body cap let through: the file goes to POST /signals/preview as it is.
  const filler = 'La marque ouvre sa troisième boutique et recrute. '.repeat(60);
  const entries = Array.from(
    { length: 450 },
    (_, i) => `<item><title>${i === 0 ? 'Maison Lumière ouvre une boutique à Lyon' : `Brève ${i}`}</title><link>https://presse.example/a/${i}</link><pubDate>Mon, 02 Nov 2026 10:03:00 GMT</pubDate><description>${filler}</description></item>`,
  );
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Presse test</title><link>https://presse.example/</link>
${entries.join('\n')}
<item><link>https://presse.example/b</link></item>
</channel></rss>`;
  expect(Buffer.byteLength(rss)).toBeGreaterThan(1024 * 1024);
  const tester = page.getByTestId('source-tester');
  await tester.getByRole('radio', { name: 'Par fichier' }).check();
  await tester.getByLabel('Fichier de flux (RSS ou Atom)').setInputFiles({ name: 'presse.xml', mimeType: 'application/rss+xml', buffer: Buffer.from(rss) });
  // From the keyboard: the button is the next stop after the file input.
  await tester.getByLabel('Fichier de flux (RSS ou Atom)').focus();
  await page.keyboard.press('Tab');
  const sent = page.waitForRequest((r) => new URL(r.url()).pathname === '/signals/preview' && r.method() === 'POST');
  await page.keyboard.press('Enter');
  expect((await sent).headers()['content-type']).toBe('application/rss+xml');
  const result = page.getByTestId('tester-result');
  await result.waitFor();
  expect(await text(result.locator('.summary'))).toBe('Presse test : 450 signaux seraient gardés, 1 refusé.');
  expect((await texts(page.getByTestId('tester-item').locator('.item-title')))[0]).toBe('Maison Lumière ouvre une boutique à Lyon');
  expect(await text(page.getByTestId('tester-refused'))).toMatch(/^Entrée 451 /);
  // Focus lands on the answer.
  expect(await page.evaluate(() => document.activeElement?.classList.contains('summary'))).toBe(true);

  // Bytes that are no feed: refused with the reason the server gives.
  await tester.getByLabel('Fichier de flux (RSS ou Atom)').setInputFiles({ name: 'photo.xml', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]) });
  await tester.getByRole('button', { name: 'Tester' }).click();
  expect(await text(page.getByTestId('tester-error'))).toBe('Flux refusé : ce n’est pas du XML.');
  // Chromium logs every HTTP error answer; that one was expected, and is the only one.
  expect(problems.splice(0)).toEqual([expect.stringContaining('the server responded with a status of 422')]);

  await tester.getByRole('radio', { name: 'Par adresse' }).check();
  await tester.getByLabel('Adresse du flux à tester').fill('http://127.0.0.1:9/feed.xml');
  await tester.getByRole('button', { name: 'Tester' }).click();
  expect(await text(page.getByTestId('tester-error'))).toBe('Flux refusé : l’adresse mène à un réseau interne, non autorisé.');

  // Disable then enable again, as the hub.
  await card.getByRole('button', { name: 'Désactiver « Veille sociale (test) »' }).click();
  await card.getByTestId('source-health').filter({ hasText: 'Désactivée' }).waitFor();
  await card.getByRole('button', { name: 'Réactiver « Veille sociale (test) »' }).click();
  await card.getByTestId('source-health').filter({ hasText: 'En bonne santé' }).waitFor();
  expect(problems).toEqual([]);
});

test('watchlists: the analyser gives language, sentiment and matched terms; a query that does not compile is shown at its position', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/signals/watchlists`);
  await page.getByRole('heading', { level: 1, name: 'Listes de veille' }).waitFor();
  await page.getByTestId('analyzer-text').fill('Clairvoy déçoit encore : la lampe tombe en panne, service client injoignable.');
  await page.getByRole('button', { name: 'Analyser' }).click();
  await page.getByTestId('analyzer-result').waitFor();
  expect(await text(page.getByTestId('analyzer-language'))).toBe('Français');
  expect(await text(page.getByTestId('analyzer-sentiment'))).toMatch(/^Négative, score [-−]0,\d\d$/);
  expect(await texts(page.getByTestId('analyzer-terms').locator('li'))).toEqual(['Clairvoy · Concurrents']);

  const list = page.getByTestId('watchlist').filter({ hasText: 'Concurrents' });
  await list.getByRole('button', { name: 'Ajouter un terme à « Concurrents »' }).click();
  const form = list.getByTestId('term-form');
  await form.getByLabel('Libellé').fill('Orange Business');
  await form.getByTestId('term-query').fill('"orange business" NEAR/ (');
  await form.getByRole('button', { name: 'Ajouter un terme' }).click();
  const error = form.getByTestId('query-error');
  await error.waitFor();
  expect(await text(error.locator('span').first())).toMatch(/^Erreur à la position \d+ : syntaxe incorrecte/);
  // The caret is put where the analyser stopped.
  expect(await form.getByTestId('term-query').evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBeGreaterThan(0);
  await form.getByTestId('term-query').fill('"orange business" -fruit');
  await form.getByRole('button', { name: 'Ajouter un terme' }).click();
  // By its label: the demo's "Orange" term has "Orange Business" in its query.
  await list.getByTestId('watch-term').filter({ has: page.getByText('Orange Business', { exact: true }) }).waitFor();
  const [row] = await app.ds.query(`SELECT query FROM signal_watch_terms WHERE label = 'Orange Business'`);
  expect(row.query).toBe('"orange business" -fruit');
  expect(problems).toEqual([]);
});

describe.each([
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
])('axe in %s', (lang, locale) => {
  test('the three pages pass axe (WCAG 2.x A and AA) at 1280 and 390 px, with panels open', async () => {
    const { app, browser } = session;
    await app.ds.query(`UPDATE users SET locale = $1 WHERE email = 'camille.laurent@maison-lumiere.example'`, [lang]);
    app.forgetSessions();
    const { page, found, check, ready: settled, close } = await openAxeContext(browser, app, { locale, cookie: hubCookie });
    try {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(viewport);
        for (const path of ['/signals', '/signals/sources', '/signals/watchlists']) {
          await page.goto(`${app.url}${path}`);
          await settled();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          await check(`${path} at ${viewport.width}px`);
        }
      }
      // States that appear after an action: the chart's table, paused; a source's log and edit form; the analyser's answer.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${app.url}/signals`);
      await settled();
      await page.getByTestId('signal-chart').locator('summary').click();
      await page.getByTestId('pause').click();
      await check('/signals (table open, paused)');
      await page.goto(`${app.url}/signals/sources`);
      await settled();
      const card = page.getByTestId('source').first();
      await card.locator('button[aria-expanded]').first().click();
      await page.getByTestId('source-log').waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await card.getByRole('button').first().click();
      await card.getByTestId('source-form').waitFor();
      await check('/signals/sources (log and edit open)');
      await page.goto(`${app.url}/signals/watchlists`);
      await settled();
      await page.getByTestId('analyzer-text').fill('Orange lance une offre, les clients sont ravis.');
      await page.getByTestId('analyzer').locator('button[type="submit"]').click();
      await page.getByTestId('analyzer-result').waitFor();
      await page.locator('details.syntax summary').click();
      await check('/signals/watchlists (analyser answer, syntax open)');
    } finally {
      await close();
    }
    expect(found).toEqual([]);
  });
});
