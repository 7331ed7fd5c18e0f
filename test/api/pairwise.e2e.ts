import { pairKey } from '@ruche/shared';
import { PairwiseService } from '../../server/src/modules/pairwise';
import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Pairwise mode (Hivemind): fair pair choice across people, one answer per pair and person, tokens
 * that only their holder can answer, replays and races counted once, only ideas a person may see and
 * that are on the board, and the Bradley-Terry ranking served from a cache that new answers invalidate.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const NEXT = `query($c: ID!) { nextPair(campaignId: $c) { token expiresAt a { id title author { id } } b { id title } progress { answered skipped remaining totalPairs } } }`;
const ANSWER = `mutation($t: ID!, $o: PairwiseOutcome!) { answerPair(token: $t, outcome: $o) { replayed progress { answered skipped remaining totalPairs } } }`;
const RANKING = `query($c: ID!) { pairwiseRanking(campaignId: $c) { hidden rows { idea { id title } rank score low high comparisons wins ties }
  participation { participants answers comparisons comparisonsPerIdea { min median max } } } }`;
const PROGRESS = `query($c: ID!) { myPairwiseProgress(campaignId: $c) { answered skipped remaining totalPairs canAnswer rankingVisible } }`;
const PEOPLE = 20;

interface Pair {
  token: string;
  a: { id: string; title: string; author: { id: string } | null };
  b: { id: string; title: string };
  progress: { answered: number; skipped: number; remaining: number; totalPairs: number };
}
interface Ranking {
  hidden: boolean;
  rows: { idea: { id: string; title: string }; rank: number; score: number; low: number; high: number; comparisons: number; wins: number; ties: number }[];
  participation: { participants: number; answers: number; comparisons: number; comparisonsPerIdea: { min: number; median: number; max: number } };
}

describe('pairwise comparisons', () => {
  let t: TestApp;
  let hub: string;
  let author: string;
  let crowd: string[] = [];
  let crowdIds: string[] = [];

  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const makeCampaign = async (over: Record<string, unknown> = {}) => {
    const res = await t.gql<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { title: 'Comparer', opensAt: days(-1), closesAt: days(10), ...over } },
      hub,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createCampaign.id;
  };
  const makeIdeas = async (campaignId: string, n: number, cookie = author) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await t.gql<{ createIdea: { id: string } }>(`mutation($c: ID!, $t: String!) { createIdea(input: { campaignId: $c, title: $t }) { id } }`, { c: campaignId, t: `Idée ${i + 1}` }, cookie);
      expect(res.errors).toBeUndefined();
      ids.push(res.data!.createIdea.id);
    }
    return ids;
  };
  const next = (c: string, cookie: string) => t.gql<{ nextPair: Pair | null }>(NEXT, { c }, cookie);
  const answer = (token: string, o: string, cookie: string) => t.gql<{ answerPair: { replayed: boolean; progress: Pair['progress'] } }>(ANSWER, { t: token, o }, cookie);
  const ranking = (c: string, cookie: string) => t.gql<{ pairwiseRanking: Ranking }>(RANKING, { c }, cookie);
  const answersOf = async (campaignId: string) => (await t.ds.query(`SELECT count(*)::int AS n FROM pairwise_answers WHERE campaign_id = $1`, [campaignId]))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    hub = await t.signIn(EMAIL('camille.laurent'));
    author = await t.signIn(EMAIL('zoe.martin'));
    await t.ds.query(
      `INSERT INTO users (email, display_name, department_id, role, locale)
       SELECT 'judge' || n || '@maison-lumiere.example', 'Judge ' || n, (SELECT id FROM departments WHERE code = 'ventes'), 'member', 'fr'
         FROM generate_series(1, ${PEOPLE}) AS n`,
    );
    crowd = [];
    crowdIds = [];
    for (let n = 1; n <= PEOPLE; n++) {
      crowd.push(await t.signIn(`judge${n}@maison-lumiere.example`));
      crowdIds.push(await t.userId(`judge${n}@maison-lumiere.example`));
    }
  });
  afterAll(() => t.close());

  it(`spreads comparisons evenly over the ideas across ${PEOPLE} people, never the same pair twice to one person, never their own idea`, async () => {
    const campaign = await makeCampaign();
    const ideas = await makeIdeas(campaign, 9);
    // One of the judges posts an idea too: it is never shown to them.
    const [own] = await makeIdeas(campaign, 1, crowd[0]);
    const seen = crowd.map(() => new Set<string>());
    for (let round = 0; round < 6; round++) {
      for (const [p, cookie] of crowd.entries()) {
        const res = await next(campaign, cookie);
        expect(res.errors).toBeUndefined();
        const pair = res.data!.nextPair!;
        const key = pairKey(pair.a.id, pair.b.id);
        expect(seen[p].has(key)).toBe(false);
        seen[p].add(key);
        if (p === 0) expect([pair.a.id, pair.b.id]).not.toContain(own);
        // Authorship never shows through the pair: the idea's author field is the board's (named here).
        expect(pair.a.author === null || typeof pair.a.author.id === 'string').toBe(true);
        const out = await answer(pair.token, ['a', 'b', 'none'][(round + p) % 3], cookie);
        expect(out.errors).toBeUndefined();
        expect(out.data!.answerPair.replayed).toBe(false);
      }
    }
    const counts: { idea: string; n: number }[] = await t.ds.query(
      `SELECT idea, count(*)::int AS n FROM (SELECT idea_a AS idea FROM pairwise_answers WHERE campaign_id = $1 UNION ALL SELECT idea_b FROM pairwise_answers WHERE campaign_id = $1) x GROUP BY idea`,
      [campaign],
    );
    const byIdea = new Map(counts.map((c) => [c.idea, c.n]));
    const values = [...ideas, own].map((id) => byIdea.get(id) ?? 0);
    // 240 idea-slots over 10 ideas: 24 each on average; the least-compared rule keeps every idea within ±1 of its fair share.
    expect(values.reduce((s, v) => s + v, 0)).toBe(PEOPLE * 6 * 2);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(2);
    const [dupes] = await t.ds.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM pairwise_answers GROUP BY user_id, idea_a, idea_b HAVING count(*) > 1) d`);
    expect(dupes.n).toBe(0);
    const [ownShown] = await t.ds.query(`SELECT count(*)::int AS n FROM pairwise_answers WHERE user_id = $1 AND $2 IN (idea_a, idea_b)`, [crowdIds[0], own]);
    expect(ownShown.n).toBe(0);
  });

  it('gives the same pair again on reload, answers only the holder’s token, counts a replay once and refuses bad input', async () => {
    const campaign = await makeCampaign();
    await makeIdeas(campaign, 4);
    const first = (await next(campaign, crowd[1])).data!.nextPair!;
    const again = (await next(campaign, crowd[1])).data!.nextPair!;
    expect(again.token).toBe(first.token);
    expect(new Set([again.a.id, again.b.id])).toEqual(new Set([first.a.id, first.b.id]));
    const before = await answersOf(campaign);

    // Someone else's token, a made-up one, garbage: refused, nothing written.
    for (const [token, who] of [[first.token, crowd[2]], ['00000000-0000-4000-8000-000000000000', crowd[1]], ["1' OR '1'='1", crowd[1]], ['x'.repeat(50_000), crowd[1]]] as const) {
      const res = await answer(token, 'a', who);
      expect(res.errors?.[0].extensions?.code).toBe('PAIRWISE_PAIR_NOT_ISSUED');
      expect(res.data ?? null).toBeNull();
    }
    const wrongOutcome = await answer(first.token, 'both', crowd[1]);
    expect(wrongOutcome.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await t.gql(`mutation($t: ID!) { answerPair(token: $t, outcome: maybe) { replayed } }`, { t: first.token }, crowd[1]);
    expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongType = await t.gql(ANSWER, { t: { nested: 1 }, o: 'a' }, crowd[1]);
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await answer(first.token, 'a', '');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await answersOf(campaign)).toBe(before);

    const ok = await answer(first.token, 'a', crowd[1]);
    expect(ok.data!.answerPair).toEqual({ replayed: false, progress: { answered: 1, skipped: 0, remaining: 5, totalPairs: 6 } });
    const replay = await answer(first.token, 'b', crowd[1]);
    expect(replay.data!.answerPair).toEqual({ replayed: true, progress: { answered: 1, skipped: 0, remaining: 5, totalPairs: 6 } });
    expect(await answersOf(campaign)).toBe(before + 1);
    const [stored] = await t.ds.query(`SELECT outcome, idea_a, idea_b FROM pairwise_answers WHERE token = $1`, [first.token]);
    // 'a' was the idea shown first; stored against the canonical order.
    expect(stored.outcome).toBe(first.a.id === stored.idea_a ? 'a' : 'b');
    // Another person may still answer their own pair with the same ideas.
    const hers = (await next(campaign, crowd[2])).data!.nextPair!;
    expect((await answer(hers.token, 'skip', crowd[2])).data!.answerPair.progress).toMatchObject({ answered: 0, skipped: 1 });
  });

  it('records one answer when the same token is sent ten times at once, and one pair when one person asks ten times at once', async () => {
    const campaign = await makeCampaign();
    await makeIdeas(campaign, 5);
    const draws = await Promise.all(Array.from({ length: 10 }, () => next(campaign, crowd[3])));
    expect(new Set(draws.map((d) => d.data!.nextPair!.token)).size).toBe(1);
    const token = draws[0].data!.nextPair!.token;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => answer(token, i % 2 ? 'a' : 'b', crowd[3])));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => !r.data!.answerPair.replayed)).toHaveLength(1);
    expect(await answersOf(campaign)).toBe(1);
    // Different people at once: each gets and answers their own pair.
    const pairs = await Promise.all(crowd.slice(4, 14).map((c) => next(campaign, c)));
    const answered = await Promise.all(pairs.map((p, i) => answer(p.data!.nextPair!.token, 'none', crowd[4 + i])));
    expect(answered.every((r) => r.data?.answerPair.replayed === false)).toBe(true);
    expect(await answersOf(campaign)).toBe(11);
  });

  it('ends when a person has seen every pair, and never pairs hidden or merged ideas', async () => {
    const campaign = await makeCampaign();
    const ideas = await makeIdeas(campaign, 6);
    await t.ds.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [ideas[0]]);
    await t.ds.query(`UPDATE ideas SET merged_into_id = $2 WHERE id = $1`, [ideas[1], ideas[2]]);
    const shown = new Set<string>();
    let pair: Pair | null;
    let rounds = 0;
    while ((pair = (await next(campaign, crowd[5])).data!.nextPair)) {
      shown.add(pair.a.id).add(pair.b.id);
      await answer(pair.token, rounds % 4 === 3 ? 'skip' : 'a', crowd[5]);
      rounds++;
    }
    expect(rounds).toBe(6); // 4 ideas on the board: 6 pairs
    expect(shown).toEqual(new Set(ideas.slice(2)));
    const progress = await t.gql<{ myPairwiseProgress: Record<string, unknown> }>(PROGRESS, { c: campaign }, crowd[5]);
    expect(progress.data!.myPairwiseProgress).toEqual({ answered: 5, skipped: 1, remaining: 0, totalPairs: 6, canAnswer: true, rankingVisible: true });

    // An issued pair whose idea leaves the board is refused, and the next draw replaces it.
    const fresh = (await next(campaign, crowd[6])).data!.nextPair!;
    await t.ds.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [fresh.a.id]);
    const stale = await answer(fresh.token, 'a', crowd[6]);
    expect(stale.errors?.[0].extensions?.code).toBe('PAIRWISE_PAIR_EXPIRED');
    const replaced = (await next(campaign, crowd[6])).data!.nextPair!;
    expect(replaced.token).not.toBe(fresh.token);
    expect([replaced.a.id, replaced.b.id]).not.toContain(fresh.a.id);

    // An expired pair is refused; the next draw gives a new token.
    await t.ds.query(`UPDATE pairwise_issued SET expires_at = now() - interval '1 second' WHERE token = $1`, [replaced.token]);
    expect((await answer(replaced.token, 'a', crowd[6])).errors?.[0].extensions?.code).toBe('PAIRWISE_PAIR_EXPIRED');
    expect((await next(campaign, crowd[6])).data!.nextPair!.token).not.toBe(replaced.token);
  });

  it('keeps restricted campaigns invisible and answers only while open, for its audience', async () => {
    const [rd] = await t.ds.query(`SELECT id FROM departments WHERE code = 'rd'`);
    const restricted = await makeCampaign({ audience: 'departments', audienceDepartmentIds: [rd.id] });
    await t.ds.query(`INSERT INTO ideas (campaign_id, author_id, title, stage_id) SELECT $1, NULL, 'R&D ' || n, (SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY position LIMIT 1) FROM generate_series(1, 3) n`, [restricted]);
    for (const doc of [NEXT, RANKING, PROGRESS]) {
      const res = await t.gql(doc, { c: restricted }, crowd[7]);
      expect(res.errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_FOUND');
    }
    // An administrator of IT sees it (and its ranking) but is not asked: no pairs.
    const admin = await t.signIn(EMAIL('ethan.brooks'));
    expect((await t.gql(NEXT, { c: restricted }, admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ranking(restricted, admin)).data!.pairwiseRanking.rows).toHaveLength(3);
    for (const garbage of ['nope', '00000000-0000-4000-8000-000000000000', 'x'.repeat(10_000)]) {
      expect((await next(garbage, crowd[7])).errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_FOUND');
      expect((await ranking(garbage, crowd[7])).errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_FOUND');
    }

    const campaign = await makeCampaign();
    await makeIdeas(campaign, 3);
    const pair = (await next(campaign, crowd[7])).data!.nextPair!;
    await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 second' WHERE id = $1`, [campaign]);
    expect((await next(campaign, crowd[7])).errors?.[0].extensions?.code).toBe('CAMPAIGN_CLOSED');
    expect((await answer(pair.token, 'a', crowd[7])).errors?.[0].extensions?.code).toBe('CAMPAIGN_CLOSED');
    expect(await answersOf(campaign)).toBe(0);
    await t.ds.query(`UPDATE campaigns SET opens_at = now() + interval '1 day', closes_at = now() + interval '2 days' WHERE id = $1`, [campaign]);
    expect((await next(campaign, crowd[7])).errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_OPEN');
  });

  it('ranks by Bradley-Terry with intervals and participation, and withholds rows while counts are hidden until the person has compared', async () => {
    const campaign = await makeCampaign({ hideCountsUntilVoted: true });
    const ideas = await makeIdeas(campaign, 4);
    const best = ideas[2];
    // Everyone prefers `best` when it is shown, otherwise "no preference".
    for (const cookie of crowd.slice(0, 10)) {
      for (let k = 0; k < 3; k++) {
        const pair = (await next(campaign, cookie)).data!.nextPair!;
        await answer(pair.token, pair.a.id === best ? 'a' : pair.b.id === best ? 'b' : 'none', cookie);
      }
    }
    const hidden = (await ranking(campaign, crowd[15])).data!.pairwiseRanking;
    expect(hidden.hidden).toBe(true);
    expect(hidden.rows).toEqual([]);
    expect(hidden.participation).toMatchObject({ participants: 10, answers: 30, comparisons: 30 });
    // The people who run the campaign see it; a participant after five answers (of their six pairs) too.
    expect((await ranking(campaign, hub)).data!.pairwiseRanking.hidden).toBe(false);
    const judge = crowd[0];
    for (let k = 0; k < 2; k++) {
      const pair = (await next(campaign, judge)).data!.nextPair!;
      await answer(pair.token, pair.a.id === best ? 'a' : pair.b.id === best ? 'b' : 'none', judge);
    }
    const shown = (await ranking(campaign, judge)).data!.pairwiseRanking;
    expect(shown.hidden).toBe(false);
    expect(shown.rows).toHaveLength(4);
    expect(shown.rows[0].idea.id).toBe(best);
    expect(shown.rows[0].rank).toBe(1);
    expect(shown.rows[0].ties).toBe(0);
    expect(shown.rows[0].wins).toBe(shown.rows[0].comparisons);
    for (const row of shown.rows) {
      expect(row.low).toBeLessThan(row.score);
      expect(row.high).toBeGreaterThan(row.score);
      expect(row.score).toBeGreaterThan(0);
      expect(row.score).toBeLessThan(100);
    }
    // The three others only tied with each other: they share a rank.
    expect(shown.rows.slice(1).every((r) => r.wins === 0)).toBe(true);
    expect(shown.rows[0].low).toBeGreaterThan(Math.max(...shown.rows.slice(1).map((r) => r.high)));
    const total = shown.rows.reduce((s, r) => s + r.comparisons, 0);
    expect(total).toBe(2 * shown.participation.comparisons);
    expect(shown.participation.comparisonsPerIdea.max).toBe(Math.max(...shown.rows.map((r) => r.comparisons)));
  });

  it('serves the ranking of 500 ideas and 20,000 answers from its cache until a new answer arrives', async () => {
    const campaign = await makeCampaign();
    await t.ds.query(
      `INSERT INTO ideas (campaign_id, author_id, title, stage_id)
       SELECT $1, NULL, 'Idée en nombre ' || n, (SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY position LIMIT 1) FROM generate_series(1, 500) n`,
      [campaign],
    );
    // 20,000 answers from the 20 judges: each judge a different set of pairs (stride by judge), outcome from the title's number.
    await t.ds.query(
      `WITH idea AS (SELECT id, row_number() OVER (ORDER BY id) AS k, substring(title FROM '[0-9]+$')::int AS strength FROM ideas WHERE campaign_id = $1),
            judge AS (SELECT id, row_number() OVER (ORDER BY id) AS j FROM users WHERE id = ANY($2::uuid[])),
            pairs AS (SELECT judge.id AS user_id, x.id AS x, x.strength AS sx, y.id AS y, y.strength AS sy
                        FROM judge CROSS JOIN generate_series(1, 1000) AS s(n)
                        JOIN idea x ON x.k = (s.n % 500) + 1
                        JOIN idea y ON y.k = ((s.n + judge.j * 7 + s.n / 500) % 500) + 1)
       INSERT INTO pairwise_answers (campaign_id, user_id, idea_a, idea_b, outcome, token)
       SELECT $1, user_id, least(x, y), greatest(x, y),
              CASE WHEN (sx > sy) = (x < y) THEN 'a' ELSE 'b' END, gen_random_uuid()
         FROM pairs WHERE x <> y
       ON CONFLICT DO NOTHING`,
      [campaign, crowdIds],
    );
    const stored = await answersOf(campaign);
    expect(stored).toBeGreaterThan(19_000);
    const service = t.app.get(PairwiseService);
    const fitsBefore = service.fitCount;
    const first = await ranking(campaign, hub);
    expect(first.errors).toBeUndefined();
    expect(first.data!.pairwiseRanking.rows).toHaveLength(500);
    expect(first.data!.pairwiseRanking.participation.answers).toBe(stored);
    expect(service.fitCount).toBe(fitsBefore + 1);
    // Stronger by construction ranks higher, overall: the top ten are all from the strongest hundred.
    const top = first.data!.pairwiseRanking.rows.slice(0, 10).map((r) => Number(/\d+$/.exec(r.idea.title)![0]));
    expect(Math.min(...top)).toBeGreaterThan(400);

    // A second read: no fit and no tally, one statement on the answers (their count and latest time) and one for the board.
    const { result: second, queries } = await countQueries(t.ds, () => ranking(campaign, hub));
    expect(second.data!.pairwiseRanking.rows.map((r) => r.idea.id)).toEqual(first.data!.pairwiseRanking.rows.map((r) => r.idea.id));
    expect(service.fitCount).toBe(fitsBefore + 1);
    expect(queries.filter((q) => /pairwise_answers/.test(q))).toHaveLength(1);
    // (Counted by what they read, not in total: the app's background jobs may run a statement meanwhile.)
    expect(queries.filter((q) => /GROUP BY idea_a/.test(q))).toEqual([]);
    expect(queries.filter((q) => /FROM ideas i/.test(q))).toHaveLength(1);

    // A new answer invalidates it: the next read refits once.
    const pair = (await next(campaign, crowd[19])).data!.nextPair!;
    await answer(pair.token, 'a', crowd[19]);
    await ranking(campaign, hub);
    expect(service.fitCount).toBe(fitsBefore + 2);
    await ranking(campaign, hub);
    expect(service.fitCount).toBe(fitsBefore + 2);
  });
});
