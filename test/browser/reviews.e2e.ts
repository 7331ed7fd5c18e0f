/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { signInWithPicker, text, watchedPage, useBrowserSession } from '../support/browser';

/**
 * Reviews in the browser: a reviewer finds an idea in /reviews, scores it (a criterion "Sans objet", an
 * amount, a private note) with the keyboard and the mouse, and the person who runs the campaign sees the
 * aggregate — weighted score, progress, the per-criterion chart's text and the note — on the review page.
 * Then the runner renames and moves a stage on the pipeline page with the keyboard, and removes one
 * whose ideas go where she says. Needs
 * `npm run build -w @ruche/web`.
 */

jest.setTimeout(120_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Élodie Lambert' });

test('a reviewer scores an idea from /reviews and the runner sees the aggregate', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/reviews`);
  await page.getByRole('heading', { level: 1, name: 'Mes évaluations' }).waitFor();
  expect(await text(page.getByTestId('queue-total'))).toBe('2 idées à évaluer');
  // Élodie may review (a manager): the navigation shows Évaluations.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('button', { name: 'Plus' }).click();
  expect(await nav.locator('#nav-more').getByRole('link', { name: 'Évaluations' }).count()).toBe(1);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: /^Évaluer «\s*Une FAQ nourrie/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Évaluations' }).waitFor();
  const card = page.getByTestId('review-idea').filter({ hasText: 'Une FAQ nourrie' });
  const form = card.getByTestId('review-form');
  await form.waitFor();

  // Incomplete: told to answer every criterion, nothing sent.
  await form.getByRole('button', { name: 'Envoyer mon évaluation' }).click();
  await form.getByRole('alert').filter({ hasText: 'pour chaque critère' }).waitFor();

  // Impact by the keyboard: focus the radio group, arrows move the choice.
  const impact = form.getByRole('group', { name: 'Impact client' });
  await impact.getByRole('radio', { name: '1 sur 5' }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  expect(await impact.getByRole('radio', { name: '5 sur 5' }).isChecked()).toBe(true);
  await form.getByRole('group', { name: /^Coût/ }).getByRole('radio', { name: '4 sur 5' }).check();
  await form.getByRole('group', { name: 'Faisabilité' }).getByRole('radio', { name: 'Sans objet' }).check();
  await form.getByRole('textbox', { name: 'Montant (EUR)' }).fill('15000');
  await form.getByLabel('Note privée').fill('Note privée d’Élodie\u202f: voir avec l’équipe web.');
  await form.getByRole('button', { name: 'Envoyer mon évaluation' }).click();
  await form.getByRole('status').filter({ hasText: 'Évaluation enregistrée.' }).waitFor();
  // She is a reviewer there, so she reads the aggregate too: 2 of the 3 assigned reviews are in.
  await card.getByTestId('review-summary').getByText('2 évaluations désignées reçues sur 3').first().waitFor();
  expect(problems).toEqual([]);

  // The runner (the hub coordinator) in another window.
  const context = await session.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const runner = await watchedPage(context);
  try {
    await signInWithPicker(runner.page, app, 'Camille Laurent');
    const [campaign] = await app.ds.query(`SELECT id FROM campaigns WHERE title = 'Mieux servir nos clients en 2027'`);
    await runner.page.goto(`${app.url}/campaigns/${campaign.id}/review`);
    const seen = runner.page.getByTestId('review-idea').filter({ hasText: 'Une FAQ nourrie' }).getByTestId('review-summary');
    await seen.waitFor();
    // Camille: impact 4, cost 5, feasibility N/A → (3·4 + 1·5) / 4 = 4.25; Élodie: impact 5, cost 4, feasibility N/A → 19/4 = 4.75.
    expect(await text(seen.getByTestId('weighted-mean'))).toBe('4,5 sur 5');
    expect(await text(seen)).toContain('2 évaluations désignées reçues sur 3');
    const means = await seen.getByTestId('criterion-means').locator('li').allTextContents();
    expect(means.map((m) => m.replace(/[ \t\n]+/g, ' ').trim())).toEqual(['Impact client\u202f: 4,5 / 5', 'Coût (5 = peu coûteux)\u202f: 4,5 / 5', 'Faisabilité\u202f: non noté · 2 sans objet']);
    await seen.getByText('Évaluations et notes privées (2)').click();
    await seen.getByText('Note privée d’Élodie\u202f: voir avec l’équipe web.').waitFor();
    expect(await text(seen)).toContain('médiane 13');

    // The idea's own page shows her the same aggregate.
    const [faq] = await app.ds.query(`SELECT id FROM ideas WHERE title LIKE 'Une FAQ nourrie%'`);
    await runner.page.goto(`${app.url}/campaigns/${campaign.id}/ideas/${faq.id}`);
    const panel = runner.page.getByTestId('idea-review-panel');
    await panel.waitFor();
    expect(await text(panel.getByTestId('weighted-mean'))).toBe('4,5 sur 5');

    // The pipeline: rename a stage inline and move one down, by the keyboard.
    await runner.page.goto(`${app.url}/campaigns/${campaign.id}/pipeline`);
    await runner.page.getByRole('heading', { level: 1, name: 'Circuit et grilles d’évaluation' }).waitFor();
    await runner.page.getByRole('button', { name: /^Renommer «\s*En cours\s*»$/ }).click();
    await runner.page.getByLabel('Nom en français').first().fill('En chantier');
    await runner.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await runner.page.getByTestId('stage-in_progress').getByText('En chantier').waitFor();
    const down = runner.page.getByRole('button', { name: /^Descendre «\s*Retenue\s*»$/ });
    await down.focus();
    await runner.page.keyboard.press('Enter');
    await runner.page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="pipeline"] > li')).map((li) => li.getAttribute('data-testid')).join(',') === 'stage-submitted,stage-review,stage-in_progress,stage-selected,stage-done,stage-declined');
    // The focus followed the stage, so Enter again moves it once more (once the first move is saved).
    await runner.page.waitForFunction(() => {
      const el = document.activeElement as HTMLButtonElement | null;
      return !!el && !el.disabled && /^Descendre «\s*Retenue\s*»$/.test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
    });
    await runner.page.keyboard.press('Enter');
    await runner.page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="pipeline"] > li')).map((li) => li.getAttribute('data-testid')).join(',') === 'stage-submitted,stage-review,stage-in_progress,stage-done,stage-selected,stage-declined');
    const order = await app.ds.query(`SELECT key FROM campaign_stages WHERE campaign_id = $1 ORDER BY position`, [campaign.id]);
    expect(order.map((s: { key: string }) => s.key)).toEqual(['submitted', 'review', 'in_progress', 'done', 'selected', 'declined']);

    // Remove « En chantier », which holds ideas: the question asks where they go, and they go there.
    const held: { id: string }[] = await app.ds.query(`SELECT i.id FROM ideas i JOIN campaign_stages s ON s.id = i.stage_id WHERE s.campaign_id = $1 AND s.key = 'in_progress'`, [campaign.id]);
    expect(held.length).toBeGreaterThan(0);
    await runner.page.getByRole('button', { name: /^Supprimer «\s*En chantier\s*»$/ }).click();
    const question = runner.page.getByRole('group', { name: /^Supprimer l’étape «\s*En chantier\s*»$/ });
    await question.getByLabel('Déplacer ses idées vers').selectOption({ label: 'Réalisée' });
    await question.getByRole('button', { name: 'Supprimer l’étape' }).click();
    await runner.page.getByTestId('stage-in_progress').waitFor({ state: 'detached' });
    const moved = await app.ds.query(`SELECT DISTINCT s.key FROM ideas i JOIN campaign_stages s ON s.id = i.stage_id WHERE i.id = ANY($1::uuid[])`, [held.map((h) => h.id)]);
    expect(moved).toEqual([{ key: 'done' }]);
    expect(runner.problems).toEqual([]);
  } finally {
    await context.close();
  }
});
