/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { text, texts, useBrowserSession } from '../support/browser';

/**
 * A pairwise round in the browser, by keyboard only: ← prefers the idea shown as A, ↓ says "no
 * preference", S skips; with three ideas that is every pair, so the page says so and links to the
 * ranking, which lists the three ideas with their intervals and the participation. Needs
 * `npm run build -w @ruche/web`.
 */

jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Camille Laurent' });

test('a round by keyboard, then the ranking shows the ideas', async () => {
  const { app, page, problems } = session;
  const hub = await app.signIn('camille.laurent@maison-lumiere.example');
  const author = await app.signIn('zoe.martin@maison-lumiere.example');
  const created = await app.gql<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    { input: { title: 'Comparaisons au clavier', opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString() } },
    hub,
  );
  const campaign = created.data!.createCampaign.id;
  const titles = ['Des bornes de recharge au parking', 'Un potager sur le toit', 'Une bibliothèque partagée'];
  for (const title of titles) {
    const res = await app.gql(`mutation($c: ID!, $t: String!) { createIdea(input: { campaignId: $c, title: $t, body: "Pourquoi pas ?" }) { id } }`, { c: campaign, t: title }, author);
    expect(res.errors).toBeUndefined();
  }

  await page.goto(`${app.url}/campaigns/${campaign}/pairwise`);
  await page.getByRole('heading', { level: 1, name: 'Comparer deux à deux' }).waitFor();
  const progress = page.getByTestId('round-progress');
  await progress.waitFor();
  expect(await text(progress)).toBe('Comparaison 1 sur 10 de cette série');
  // A reload shows the same pair.
  const firstA = await text(page.locator('[data-testid="pair-a"] h3'));
  const firstB = await text(page.locator('[data-testid="pair-b"] h3'));
  await page.reload();
  await progress.waitFor();
  expect([await text(page.locator('[data-testid="pair-a"] h3')), await text(page.locator('[data-testid="pair-b"] h3'))]).toEqual([firstA, firstB]);

  const waitForComparison = (n: number) =>
    page.waitForFunction((label) => document.querySelector('[data-testid="round-progress"]')?.textContent?.trim() === label && !document.querySelector('[aria-busy="true"]'), `Comparaison ${n} sur 10 de cette série`);
  await page.keyboard.press('ArrowLeft');
  await waitForComparison(2);
  expect(await text(page.getByTestId('pairwise-status'))).toBe('Réponse enregistrée : idée A préférée.'); // (text() folds the narrow no-break space)
  await page.keyboard.press('ArrowDown');
  await waitForComparison(3);
  await page.keyboard.press('s');
  await page.getByTestId('all-done').waitFor();
  expect(await text(page.getByTestId('all-done').locator('h2'))).toBe('Vous avez vu toutes les paires');

  // What was stored: the idea shown as A preferred, one "no preference", one skip — from Camille only.
  const rows: { outcome: string; preferred: string | null }[] = await app.ds.query(
    `SELECT a.outcome, CASE a.outcome WHEN 'a' THEN ia.title WHEN 'b' THEN ib.title END AS preferred
       FROM pairwise_answers a JOIN ideas ia ON ia.id = a.idea_a JOIN ideas ib ON ib.id = a.idea_b
      WHERE a.campaign_id = $1 AND a.user_id = $2 ORDER BY a.created_at`,
    [campaign, await app.userId('camille.laurent@maison-lumiere.example')],
  );
  expect(rows.map((r) => r.outcome === 'a' || r.outcome === 'b' ? 'preferred' : r.outcome)).toEqual(['preferred', 'none', 'skip']);
  expect(rows[0].preferred).toBe(firstA);

  // On to the ranking, from the keyboard.
  await page.getByTestId('see-ranking').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Classement par comparaisons' }).waitFor();
  await page.getByTestId('ranking-table').waitFor();
  const ranked = await texts(page.locator('[data-testid="ranking-row"] th a'));
  expect([...ranked].sort()).toEqual([...titles].sort());
  expect(ranked[0]).toBe(firstA);
  expect(await text(page.getByTestId('participation'))).toContain('1 personne a participé');
  expect(await page.locator('[data-testid="ranking-row"] svg').count()).toBe(3);
  // The interval in words, for those who do not see the bars.
  expect(await text(page.locator('[data-testid="ranking-row"] td.interval').first())).toMatch(/^de \d+ à \d+$/);
  expect(problems).toEqual([]);
});
