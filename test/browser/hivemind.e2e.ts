/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import type { Page } from 'playwright-core';
import { signInWithPicker, text, useBrowserSession, watchedPage } from '../support/browser';

/**
 * Hivemind in the browser, in French: two people signed in in two browser contexts on the same board —
 * one votes, the other sees the count change without reloading; a comment count and a stage change show live too; on a board
 * that hides counts until one votes, a person who voted sees another's vote arrive (the event carries no
 * count, the page asks the server what it may show) while the other saw none before voting; an anonymous idea submitted through the
 * form (a similar existing idea suggested while typing) shows on the board, anonymous to the other person;
 * the sort switch changes the order and the address; voting from the keyboard alone; a budget that runs out
 * is said politely next to the idea and the vote is rolled back; a campaign created through its form (a refused
 * date said next to its field, departments ticked from the keyboard, a budget) and renamed in its settings; only
 * those the policy lets create are offered "Nouvelle campagne". Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(180_000);

const session = useBrowserSession({ locale: 'fr-FR', signInAs: 'Hugo Moreau' });

let other: { page: Page; problems: string[] };
let serve: string;
let qvt: string;
let hugo: string;

beforeAll(async () => {
  const { app, browser } = session;
  const campaigns: { id: string; title: string }[] = await app.ds.query(`SELECT id, title FROM campaigns`);
  serve = campaigns.find((c) => c.title === 'Mieux servir nos clients en 2027')!.id;
  qvt = campaigns.find((c) => c.title.startsWith('Qualité de vie au travail'))!.id;
  hugo = await app.userId('hugo.moreau@maison-lumiere.example');
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  other = await watchedPage(context);
  await signInWithPicker(other.page, app, 'Zoé Martin');
});

/** Takes back a person's vote through the API (the counters follow, as for any vote). */
async function retract(userId: string, ideaId: string): Promise<void> {
  const cookie = await session.app.signIn(userId);
  const result = await session.app.gql(`mutation ($id: ID!) { retractVote(ideaId: $id) { remainingVotes } }`, { id: ideaId }, cookie);
  expect(result.errors).toBeUndefined();
}

const card = (page: Page, ideaId: string) => page.locator(`[data-testid="idea-card"][data-idea-id="${ideaId}"]`);

/** Waits until the board shows its ideas and nothing is loading. */
async function boardReady(page: Page): Promise<void> {
  await page.getByTestId('ideas').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .skeleton'));
}

async function upCount(page: Page, ideaId: string): Promise<number> {
  return Number(await text(card(page, ideaId).getByTestId('up-count')));
}

async function waitForUpCount(page: Page, ideaId: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([id, n]) => document.querySelector(`[data-idea-id="${id}"] [data-testid="up-count"]`)?.textContent?.trim() === String(n),
    [ideaId, count] as const,
  );
}

test('one person votes; the other sees the count change live, without reloading', async () => {
  const { app, page, problems } = session;
  const zoe = await app.userId('zoe.martin@maison-lumiere.example');
  const [idea]: { id: string; title: string }[] = await app.ds.query(
    `SELECT id, title FROM ideas WHERE campaign_id = $1 AND hidden_at IS NULL AND merged_into_id IS NULL ORDER BY created_at DESC LIMIT 1`,
    [serve],
  );
  await retract(hugo, idea.id);
  await retract(zoe, idea.id);

  await page.goto(`${app.url}/campaigns/${serve}?sort=new`);
  await other.page.goto(`${app.url}/campaigns/${serve}?sort=new`);
  await Promise.all([boardReady(page), boardReady(other.page)]);
  const before = await upCount(other.page, idea.id);
  expect(await upCount(page, idea.id)).toBe(before);

  const up = page.getByRole('button', { name: new RegExp(`^Voter pour « ${idea.title} »`) });
  expect(await up.getAttribute('aria-pressed')).toBe('false');
  await up.click();
  await page.waitForFunction((id) => document.querySelector(`[data-idea-id="${id}"] [data-testid="vote-up"]`)?.getAttribute('aria-pressed') === 'true', idea.id);
  await waitForUpCount(page, idea.id, before + 1);
  // The other board changes by itself: no reload, no navigation.
  const otherUrl = other.page.url();
  await waitForUpCount(other.page, idea.id, before + 1);
  expect(other.page.url()).toBe(otherUrl);
  const [vote] = await app.ds.query(`SELECT value FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [idea.id, hugo]);
  expect(vote.value).toBe(1);
  await page.getByRole('status').filter({ hasText: 'Vote pour enregistré.' }).waitFor();

  // Pressed again, the vote is taken back, on both boards.
  await up.click();
  await waitForUpCount(other.page, idea.id, before);
  await waitForUpCount(page, idea.id, before);
  expect(await up.getAttribute('aria-pressed')).toBe('false');
  expect(await app.ds.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [idea.id, hugo])).toHaveLength(0);

  expect(problems).toEqual([]);
  expect(other.problems).toEqual([]);
});

test('a comment posted elsewhere changes the comment count on an open board, without reloading', async () => {
  const { app } = session;
  const [idea]: { id: string; comment_count: number }[] = await app.ds.query(
    `SELECT idea_id AS id, comment_count FROM idea_tallies WHERE campaign_id = $1 AND on_board ORDER BY created_at DESC LIMIT 1`,
    [serve],
  );
  await other.page.goto(`${app.url}/campaigns/${serve}?sort=new`);
  await boardReady(other.page);
  const comments = card(other.page, idea.id).locator('a.comments');
  const said = (n: number) => (n === 0 ? 'Aucun commentaire' : n === 1 ? '1 commentaire' : `${n} commentaires`);
  expect(await text(comments)).toBe(said(idea.comment_count));
  const cookie = await app.signIn(hugo);
  const added = await app.gql<{ addComment: { id: string } }>(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { ideaId: idea.id, body: 'Bonne idée, je suis partant.' } }, cookie);
  expect(added.errors).toBeUndefined();
  const url = other.page.url();
  await other.page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-idea-id="${id}"] a.comments`)?.textContent?.trim() === want,
    [idea.id, said(idea.comment_count + 1)] as const,
  );
  // Deleted by its author, the comment leaves the count again.
  const deleted = await app.gql(`mutation ($id: ID!) { deleteComment(id: $id) { id } }`, { id: added.data!.addComment.id }, cookie);
  expect(deleted.errors).toBeUndefined();
  await other.page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-idea-id="${id}"] a.comments`)?.textContent?.trim() === want,
    [idea.id, said(idea.comment_count)] as const,
  );
  expect(other.page.url()).toBe(url);
  expect(other.problems).toEqual([]);
});

test('a stage change shows on the other board live; with hidden counts, a vote elsewhere updates what each may see', async () => {
  const { app, problems } = session;
  // A runner moves an idea: Zoé's open board shows the new stage without reloading.
  const [idea]: { id: string; title: string }[] = await app.ds.query(
    `SELECT i.id, i.title FROM ideas i JOIN campaign_stages s ON s.id = i.stage_id
      WHERE i.campaign_id = $1 AND i.hidden_at IS NULL AND i.merged_into_id IS NULL AND s.kind = 'submitted' ORDER BY i.created_at DESC LIMIT 1`,
    [serve],
  );
  const [selected] = await app.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 AND kind = 'selected'`, [serve]);
  await other.page.goto(`${app.url}/campaigns/${serve}?sort=new`);
  await boardReady(other.page);
  expect(await text(card(other.page, idea.id).getByTestId('stage-chip'))).toBe('Proposée');
  const camille = await app.signIn(await app.userId('camille.laurent@maison-lumiere.example'));
  const moved = await app.gql(`mutation ($idea: ID!, $stage: ID!) { moveIdeaToStage(ideaId: $idea, stageId: $stage) { id } }`, { idea: idea.id, stage: selected.id }, camille);
  expect(moved.errors).toBeUndefined();
  await other.page.waitForFunction((id) => document.querySelector(`[data-idea-id="${id}"] [data-testid="stage-chip"]`)?.textContent?.trim() === 'Retenue', idea.id);

  // The R&D lab hides counts until one votes: Priya (who voted) sees Léa's vote arrive; Léa saw no count before voting.
  const [pack] = await app.ds.query(`SELECT id FROM campaigns WHERE title = 'Sustainable packaging lab'`);
  const [target] = await app.ds.query(`SELECT id, title FROM ideas WHERE campaign_id = $1 AND hidden_at IS NULL AND merged_into_id IS NULL ORDER BY created_at DESC LIMIT 1`, [pack.id]);
  const priya = await app.userId('priya.sharma@maison-lumiere.example');
  const lea = await app.userId('lea.blanc@maison-lumiere.example');
  await retract(priya, target.id);
  await retract(lea, target.id);
  const priyaCookie = await app.signIn(priya);
  const voted = await app.gql(`mutation ($id: ID!) { vote(ideaId: $id, value: up) { idea { upVotes } } }`, { id: target.id }, priyaCookie);
  expect(voted.errors).toBeUndefined();
  const before = (voted.data as { vote: { idea: { upVotes: number } } }).vote.idea.upVotes;

  // Two more people, each in a browser context of their own.
  const [p1, p2] = await Promise.all(
    [0, 1].map(async () => watchedPage(await session.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } }))),
  );
  await signInWithPicker(p1.page, app, 'Priya Sharma');
  await signInWithPicker(p2.page, app, 'Léa Blanc');
  await p1.page.goto(`${app.url}/campaigns/${pack.id}?sort=new`);
  await p2.page.goto(`${app.url}/campaigns/${pack.id}?sort=new`);
  await Promise.all([boardReady(p1.page), boardReady(p2.page)]);
  await p1.page.getByTestId('counts-hidden').waitFor();
  expect(await upCount(p1.page, target.id)).toBe(before);
  expect(await card(p2.page, target.id).getByTestId('up-count').count()).toBe(0);

  await card(p2.page, target.id).getByTestId('vote-up').click();
  await waitForUpCount(p2.page, target.id, before + 1);
  await waitForUpCount(p1.page, target.id, before + 1);
  expect([...p1.problems, ...p2.problems]).toEqual([]);
  await Promise.all([p1.page.context().close(), p2.page.context().close()]);

  expect(problems).toEqual([]);
  expect(other.problems).toEqual([]);
});

test('an idea submitted through the form (similar ideas suggested while typing), edited by its author, is on the board, anonymous to others', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/campaigns/${serve}`);
  await boardReady(page);
  await page.getByTestId('submit-idea').click();
  await page.getByRole('heading', { level: 1, name: 'Proposer une idée' }).waitFor();

  // A title close to an existing idea's: the existing one is suggested under the form, as a link.
  await page.getByLabel('Titre').fill('Un numéro de suivi pour les réclamations');
  const suggestion = page.getByTestId('similar-ideas').getByRole('link', { name: /Un numéro de suivi unique pour chaque réclamation/ });
  await suggestion.waitFor();
  expect(await suggestion.getAttribute('target')).toBe('_blank');
  expect(await page.getByTestId('similar-ideas').getByRole('link').count()).toBeLessThanOrEqual(5);

  // Too short a title is said next to the field, and nothing is sent.
  await page.getByLabel('Titre').fill('Un');
  await page.getByRole('button', { name: 'Publier l’idée' }).click();
  await page.getByText('Le titre compte de 3 à 200 caractères.').waitFor();
  expect(await page.getByLabel('Titre').getAttribute('aria-invalid')).toBe('true');

  let title = `Un badge « client fidèle » visible par le support ${Date.now()}`;
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Description').fill('Le support reconnaîtrait **tout de suite** les clients de longue date.');
  await page.getByLabel('Mots-clés').fill('support, fidélité, Support');
  await page.getByRole('checkbox', { name: /Publier anonymement/ }).check();
  await page.getByRole('button', { name: 'Publier l’idée' }).click();

  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/campaigns/${serve}/ideas/[0-9a-f-]{36}$`));
  expect(await page.locator('[data-testid="idea-body"] strong').textContent()).toBe('tout de suite');
  expect(await text(page.getByTestId('anonymous'))).toBe('Anonyme (votre idée)');
  expect(await page.locator('#comments').count()).toBe(1);
  const [row] = await app.ds.query(`SELECT anonymous, tags FROM ideas WHERE title = $1`, [title]);
  expect(row).toEqual({ anonymous: true, tags: ['support', 'fidélité'] });

  // Its author edits it while it is in the first stage: the same form, only what changed is sent.
  await page.getByRole('button', { name: 'Modifier' }).click();
  await page.getByRole('heading', { level: 2, name: 'Modifier l’idée' }).waitFor();
  expect(await page.getByRole('checkbox', { name: /Publier anonymement/ }).count()).toBe(0);
  title = `${title} (v2)`;
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Idée enregistrée.' }).waitFor();
  expect(await app.ds.query(`SELECT anonymous, tags FROM ideas WHERE title = $1`, [title])).toEqual([{ anonymous: true, tags: ['support', 'fidélité'] }]);

  // The breadcrumb leads back to the board; newest first, it is on top.
  await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Mieux servir nos clients en 2027' }).click();
  await boardReady(page);
  await page.getByRole('button', { name: 'Récentes' }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'new');
  await page.waitForFunction((t) => document.querySelector('[data-testid="idea-card"] h3')?.textContent?.trim() === t, title);

  // The other person sees it too, with no name on it.
  await other.page.goto(`${app.url}/campaigns/${serve}?sort=new`);
  await boardReady(other.page);
  const first = other.page.getByTestId('idea-card').first();
  expect(await text(first.locator('h3'))).toBe(title);
  expect(await text(first.getByTestId('anonymous'))).toBe('Anonyme');
  expect(await first.getByRole('link', { name: 'Hugo Moreau' }).count()).toBe(0);

  expect(problems).toEqual([]);
  expect(other.problems).toEqual([]);
});

test('the sort switch changes the order and the address', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/campaigns/${serve}`);
  await boardReady(page);
  const sorts = page.getByRole('group', { name: 'Trier les idées' });
  expect(await sorts.getByRole('button', { name: 'Tendance' }).getAttribute('aria-pressed')).toBe('true');
  const ids = () => page.locator('[data-testid="idea-card"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-idea-id')!));
  const hot = await ids();

  await sorts.getByRole('button', { name: 'Meilleures' }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'top');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  expect(await sorts.getByRole('button', { name: 'Meilleures' }).getAttribute('aria-pressed')).toBe('true');
  const top = await ids();
  expect(top).not.toEqual(hot);
  expect(new Set(top)).toEqual(new Set(hot));
  // The order is the server's top order: stored Wilson scores never increase down the board.
  const scores: { id: string; top_score: number }[] = await app.ds.query(`SELECT idea_id AS id, top_score FROM idea_tallies WHERE campaign_id = $1`, [serve]);
  const score = new Map(scores.map((s) => [s.id, Number(s.top_score)]));
  const shown = top.map((id) => score.get(id)!);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));

  // Newest first: dates never increase; a reload keeps the order chosen.
  await sorts.getByRole('button', { name: 'Récentes' }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'new');
  await page.reload();
  await boardReady(page);
  expect(await page.getByRole('group', { name: 'Trier les idées' }).getByRole('button', { name: 'Récentes' }).getAttribute('aria-pressed')).toBe('true');
  const dates = await page.locator('[data-testid="idea-card"] time').evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime')!)));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));

  expect(problems).toEqual([]);
});

test('voting from the keyboard alone: Tab reaches the buttons, Space and Enter press them', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/campaigns/${serve}?sort=discussed`);
  await boardReady(page);
  const firstId = await page.getByTestId('idea-card').first().getAttribute('data-idea-id');
  await retract(hugo, firstId!);
  await page.reload();
  await boardReady(page);

  // From the last sort button, the next stop is the first idea's "for" button.
  await page.getByRole('group', { name: 'Trier les idées' }).getByRole('button', { name: 'Commentées' }).focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => ({ id: document.activeElement?.closest('[data-idea-id]')?.getAttribute('data-idea-id'), test: document.activeElement?.getAttribute('data-testid') }));
  expect(await focused()).toEqual({ id: firstId, test: 'vote-up' });
  await page.keyboard.press('Space');
  await page.waitForFunction((id) => document.querySelector(`[data-idea-id="${id}"] [data-testid="vote-up"]`)?.getAttribute('aria-pressed') === 'true', firstId);

  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ id: firstId, test: 'vote-down' });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector(`[data-idea-id="${id}"] [data-testid="vote-down"]`)?.getAttribute('aria-pressed') === 'true', firstId);
  expect(await card(page, firstId!).getByTestId('vote-up').getAttribute('aria-pressed')).toBe('false');
  await page.getByRole('status').filter({ hasText: 'Vote contre enregistré.' }).waitFor();
  const [vote] = await app.ds.query(`SELECT value FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [firstId, hugo]);
  expect(vote.value).toBe(-1);

  // Focus stayed on the button; Enter again takes the vote back.
  expect(await focused()).toEqual({ id: firstId, test: 'vote-down' });
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Vote retiré.' }).waitFor();
  expect(await app.ds.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [firstId, hugo])).toHaveLength(0);

  expect(problems).toEqual([]);
});

test('a vote beyond the budget is refused politely next to the idea and rolled back', async () => {
  const { app, page, problems } = session;
  await page.goto(`${app.url}/campaigns/${qvt}?sort=new`);
  await boardReady(page);
  const budget = page.getByTestId('budget');
  const left = async () => Number(/^(\d+) votes? restants? sur 5$/.exec(await text(budget.locator('strong')))![1]);
  const unvoted = page.locator('[data-testid="idea-card"]:not(:has([aria-pressed="true"]))');

  // Spend what is left, watching the count go down.
  for (let remaining = await left(); remaining > 0; remaining--) {
    await unvoted.first().getByTestId('vote-up').click();
    await page.waitForFunction((n) => /^\d+/.exec(document.querySelector('[data-testid="budget"] strong')?.textContent ?? '')?.[0] === String(n), remaining - 1);
  }
  expect(await text(budget.locator('strong'))).toBe('0 vote restant sur 5');

  const target = unvoted.first();
  const targetId = await target.getAttribute('data-idea-id');
  await target.getByTestId('vote-up').click();
  const error = card(page, targetId!).getByTestId('vote-error');
  await error.waitFor();
  expect(await text(error)).toBe('Vous avez utilisé tous vos votes : retirez-en un sur une autre idée pour voter ici.');
  expect(await card(page, targetId!).getByTestId('vote-up').getAttribute('aria-pressed')).toBe('false');
  expect(await text(budget.locator('strong'))).toBe('0 vote restant sur 5');
  expect(await app.ds.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1 AND user_id = $2`, [targetId, hugo])).toHaveLength(0);

  expect(problems).toEqual([]);
});

test('a campaign created through the form (audience picked from the keyboard, a budget), then changed in its settings', async () => {
  const { app, page, problems } = session;
  // A member is not offered "Nouvelle campagne"; a hub coordinator is.
  await page.goto(`${app.url}/campaigns`);
  await page.getByTestId('campaigns').waitFor();
  expect(await page.getByRole('link', { name: 'Nouvelle campagne' }).count()).toBe(0);

  const camille = await watchedPage(await session.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } }));
  const c = camille.page;
  await signInWithPicker(c, app, 'Camille Laurent');
  await c.goto(`${app.url}/campaigns`);
  await c.getByRole('link', { name: 'Nouvelle campagne' }).first().click();
  await c.getByRole('heading', { level: 1, name: 'Nouvelle campagne' }).waitFor();

  const title = `Réduire nos déplacements ${Date.now()}`;
  await c.getByLabel('Titre', { exact: true }).fill(title);
  await c.getByLabel('Description', { exact: true }).fill('Comment **voyager moins** sans nous éloigner de nos clients ?');
  // Closing before opening is said next to the closing date, and nothing is sent.
  await c.getByLabel('Ouverture', { exact: true }).fill('2030-03-10T09:00');
  await c.getByLabel('Clôture', { exact: true }).fill('2030-03-01T09:00');
  await c.getByRole('button', { name: 'Créer la campagne' }).click();
  await c.getByText('La clôture doit suivre l’ouverture.').waitFor();
  expect(await c.getByLabel('Clôture', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  await c.getByLabel('Clôture', { exact: true }).fill('2030-04-10T18:00');

  // The audience: chosen departments, ticked from the keyboard.
  await c.getByRole('radio', { name: /Des départements choisis/ }).check();
  await c.getByRole('checkbox', { name: 'Ventes' }).focus();
  await c.keyboard.press('Space');
  await c.keyboard.press('Shift+Tab');
  await c.keyboard.press('Space');
  expect(await c.getByRole('checkbox', { name: 'Service client' }).isChecked()).toBe(true);
  await c.getByTestId('departments-chosen').filter({ hasText: '2 départements choisis' }).waitFor();
  await c.getByRole('radio', { name: 'Limités' }).check();
  await c.getByLabel('Nombre de votes', { exact: true }).fill('3');
  await c.getByRole('button', { name: 'Créer la campagne' }).click();

  await c.getByRole('heading', { level: 1, name: title }).waitFor();
  const id = new URL(c.url()).pathname.split('/')[2];
  const [row] = await app.ds.query(
    `SELECT c.audience, c.vote_budget, c.opens_at, (SELECT count(*)::int FROM campaign_departments d WHERE d.campaign_id = c.id) AS departments FROM campaigns c WHERE c.id = $1`,
    [id],
  );
  expect({ audience: row.audience, budget: row.vote_budget, departments: row.departments }).toEqual({ audience: 'departments', budget: 3, departments: 2 });
  expect(await c.locator('[data-testid="campaign-description"] strong').textContent()).toBe('voyager moins');
  await c.getByText('Cette campagne ouvre le').waitFor();

  // Settings: a new title, saved; the board shows it.
  await c.getByRole('link', { name: 'Réglages' }).click();
  await c.getByRole('heading', { level: 1, name: 'Réglages de la campagne' }).waitFor();
  await c.getByLabel('Titre', { exact: true }).fill(`${title} en 2030`);
  await c.getByRole('button', { name: 'Enregistrer' }).click();
  await c.getByRole('status').filter({ hasText: 'Campagne enregistrée.' }).waitFor();
  expect(await c.getByTestId('description-preview').locator('strong').textContent()).toBe('voyager moins');
  await c.getByRole('link', { name: 'Retour au tableau' }).click();
  await c.getByRole('heading', { level: 1, name: `${title} en 2030` }).waitFor();

  expect(camille.problems).toEqual([]);
  await c.context().close();
  expect(problems).toEqual([]);
});

test('a long board pages with "Afficher plus d’idées", each idea once', async () => {
  const { app, page, problems } = session;
  const zoe = await app.signIn(await app.userId('zoe.martin@maison-lumiere.example'));
  for (let i = 1; i <= 15; i++) {
    const created = await app.gql(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { campaignId: serve, title: `Idée de remplissage numéro ${i}` } }, zoe);
    expect(created.errors).toBeUndefined();
  }
  const [{ total }] = await app.ds.query(`SELECT count(*)::int AS total FROM ideas WHERE campaign_id = $1 AND hidden_at IS NULL AND merged_into_id IS NULL`, [serve]);
  expect(total).toBeGreaterThan(20);

  await page.goto(`${app.url}/campaigns/${serve}?sort=new`);
  await boardReady(page);
  expect(await page.getByTestId('idea-card').count()).toBe(20);
  expect(await text(page.getByTestId('idea-total'))).toBe(`${total} idées`);
  await page.getByRole('button', { name: 'Afficher plus d’idées' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="idea-card"]').length === n, total);
  const ids = await page.locator('[data-testid="idea-card"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-idea-id')));
  expect(new Set(ids).size).toBe(total);
  expect(await page.getByRole('button', { name: 'Afficher plus d’idées' }).count()).toBe(0);
  expect(problems).toEqual([]);
});
