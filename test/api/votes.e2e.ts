import type { AuthUser } from '../../server/src/core/auth/auth-user';
import { VotesService } from '../../server/src/modules/ideas';
import { eventually } from '../support/eventually';
import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Votes (Hivemind): one per person per idea, changeable and retractable, only while the campaign is
 * open, only by its audience, within its budget — under concurrency too: no vote lost or counted twice,
 * no budget overspent.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const VOTE = `mutation($id: ID!, $v: VoteValue!) { vote(ideaId: $id, value: $v) { remainingVotes idea { id upVotes downVotes myVote } } }`;
const RETRACT = `mutation($id: ID!) { retractVote(ideaId: $id) { remainingVotes idea { id upVotes downVotes myVote } } }`;
const CROWD = 100;

interface VoteAnswer {
  remainingVotes: number | null;
  idea: { id: string; upVotes: number; downVotes: number; myVote: string | null };
}

describe('votes', () => {
  let t: TestApp;
  let hub: string;
  let member: string;
  let crowd: string[] = [];

  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const makeCampaign = async (over: Record<string, unknown> = {}) => {
    const res = await t.gql<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { title: 'Votes', opensAt: days(-1), closesAt: days(10), ...over } },
      hub,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createCampaign.id;
  };
  const makeIdea = async (campaignId: string, title: string) => {
    const res = await t.gql<{ createIdea: { id: string } }>(`mutation($c: ID!, $t: String!) { createIdea(input: { campaignId: $c, title: $t }) { id } }`, { c: campaignId, t: title }, member);
    expect(res.errors).toBeUndefined();
    return res.data!.createIdea.id;
  };
  const vote = (id: string, v: string, cookie: string) => t.gql<{ vote: VoteAnswer }>(VOTE, { id, v }, cookie);
  const retract = (id: string, cookie: string) => t.gql<{ retractVote: VoteAnswer }>(RETRACT, { id }, cookie);
  /** The counters as stored, and as recounted from the votes themselves. */
  const counts = async (ideaId: string) => {
    const [row] = await t.ds.query(
      `SELECT up_votes AS up, down_votes AS down,
              (SELECT count(*)::int FROM idea_votes WHERE idea_id = $1 AND value = 1) AS real_up,
              (SELECT count(*)::int FROM idea_votes WHERE idea_id = $1 AND value = -1) AS real_down
         FROM idea_tallies WHERE idea_id = $1`,
      [ideaId],
    );
    return row as { up: number; down: number; real_up: number; real_down: number };
  };
  const state = async () =>
    JSON.stringify(
      await t.ds.query(`SELECT (SELECT md5(string_agg(concat_ws('|', idea_id, user_id, value), ',' ORDER BY idea_id, user_id)) FROM idea_votes) AS v,
                               (SELECT md5(string_agg(concat_ws('|', idea_id, up_votes, down_votes), ',' ORDER BY idea_id)) FROM idea_tallies) AS i,
                               (SELECT md5(string_agg(concat_ws('|', campaign_id, user_id, used), ',' ORDER BY campaign_id, user_id)) FROM campaign_vote_budgets) AS b`),
    );

  beforeAll(async () => {
    // Ten connections, as in production: the batches tests hold two in open transactions while votes wait on them.
    t = await startTestApp({ env: { DATABASE_POOL_SIZE: '10' } });
    hub = await t.signIn(EMAIL('camille.laurent'));
    member = await t.signIn(EMAIL('zoe.martin'));
    await t.ds.query(
      `INSERT INTO users (email, display_name, department_id, role, locale)
       SELECT 'voter' || n || '@maison-lumiere.example', 'Voter ' || n, (SELECT id FROM departments WHERE code = 'ventes'), 'member', 'fr'
         FROM generate_series(1, ${CROWD}) AS n`,
    );
    crowd = [];
    for (let n = 1; n <= CROWD; n++) crowd.push(await t.signIn(`voter${n}@maison-lumiere.example`));
  });
  afterAll(() => t.close());

  it(`counts exactly when ${CROWD} people vote, change and retract on the same ideas at the same time`, async () => {
    const campaign = await makeCampaign();
    const a = await makeIdea(campaign, 'Idée A');
    const b = await makeIdea(campaign, 'Idée B');
    const first = await Promise.all(crowd.flatMap((c) => [vote(a, 'up', c), vote(b, 'down', c)]));
    expect(first.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    expect(await counts(a)).toEqual({ up: CROWD, down: 0, real_up: CROWD, real_down: 0 });
    expect(await counts(b)).toEqual({ up: 0, down: CROWD, real_up: 0, real_down: CROWD });

    // Half change their vote on A, a quarter take back theirs on B, all at once.
    const second = await Promise.all([
      ...crowd.slice(0, CROWD / 2).map((c) => vote(a, 'down', c)),
      ...crowd.slice(0, CROWD / 4).map((c) => retract(b, c)),
    ]);
    expect(second.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    expect(await counts(a)).toEqual({ up: CROWD / 2, down: CROWD / 2, real_up: CROWD / 2, real_down: CROWD / 2 });
    expect(await counts(b)).toEqual({ up: 0, down: (3 * CROWD) / 4, real_up: 0, real_down: (3 * CROWD) / 4 });
    const [budgets] = await t.ds.query(
      `SELECT count(*)::int AS wrong FROM campaign_vote_budgets b WHERE campaign_id = $1 AND used <> (SELECT count(*) FROM idea_votes v WHERE v.campaign_id = b.campaign_id AND v.user_id = b.user_id)`,
      [campaign],
    );
    expect(budgets.wrong).toBe(0);

    const board = await t.gql<{ ideas: { nodes: { id: string; upVotes: number; downVotes: number }[] } }>(
      `query($c: ID!) { ideas(campaignId: $c, sort: top) { nodes { id upVotes downVotes } } }`,
      { c: campaign },
      member,
    );
    expect(board.data!.ideas.nodes).toEqual([
      { id: a, upVotes: CROWD / 2, downVotes: CROWD / 2 },
      { id: b, upVotes: 0, downVotes: (3 * CROWD) / 4 },
    ]);
  });

  it(`never overspends a budget: ${CROWD} people with one vote left each vote on two ideas at once, exactly one of each pair counts`, async () => {
    const campaign = await makeCampaign({ voteBudget: 2 });
    const [a, b, c] = [await makeIdea(campaign, 'Budget A'), await makeIdea(campaign, 'Budget B'), await makeIdea(campaign, 'Budget C')];
    const warmUp = await Promise.all(crowd.map((cookie) => vote(a, 'up', cookie)));
    expect(warmUp.every((r) => r.data?.vote.remainingVotes === 1)).toBe(true);

    const pairs = await Promise.all(crowd.map((cookie) => Promise.all([vote(b, 'up', cookie), vote(c, 'down', cookie)])));
    for (const pair of pairs) {
      const codes = pair.map((r) => r.errors?.[0].extensions?.code ?? 'ok').sort();
      expect(codes).toEqual(['VOTE_BUDGET_EXCEEDED', 'ok']);
      expect(pair.find((r) => !r.errors)!.data!.vote.remainingVotes).toBe(0);
    }
    const [spent] = await t.ds.query(
      `SELECT max(used)::int AS most, min(used)::int AS least, (SELECT count(*)::int FROM idea_votes WHERE campaign_id = $1) AS votes FROM campaign_vote_budgets WHERE campaign_id = $1`,
      [campaign],
    );
    expect(spent).toEqual({ most: 2, least: 2, votes: 2 * CROWD });
    const [cb, cc] = [await counts(b), await counts(c)];
    expect(cb.up + cc.down).toBe(CROWD);
    expect([cb.up, cc.down]).toEqual([cb.real_up, cc.real_down]);
  });

  it('counts a replayed vote once, and ends consistent when one person sends up and down at once', async () => {
    const campaign = await makeCampaign({ voteBudget: 5 });
    const idea = await makeIdea(campaign, 'Rejouée');
    const replays = await Promise.all(Array.from({ length: 10 }, () => vote(idea, 'up', crowd[0])));
    expect(replays.every((r) => !r.errors && r.data!.vote.remainingVotes === 4)).toBe(true);
    expect(await counts(idea)).toEqual({ up: 1, down: 0, real_up: 1, real_down: 0 });

    const mixed = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 3 === 2 ? retract(idea, crowd[1]) : vote(idea, i % 2 ? 'up' : 'down', crowd[1]))));
    expect(mixed.filter((r) => r.errors)).toEqual([]);
    const after = await counts(idea);
    expect([after.up, after.down]).toEqual([after.real_up, after.real_down]);
    const [row] = await t.ds.query(
      `SELECT used, (SELECT count(*)::int FROM idea_votes WHERE user_id = b.user_id AND campaign_id = b.campaign_id) AS real FROM campaign_vote_budgets b JOIN users u ON u.id = b.user_id WHERE b.campaign_id = $1 AND u.email = 'voter2@maison-lumiere.example'`,
      [campaign],
    );
    expect(row.used).toBe(row.real);
  });

  it('changes and takes back a vote, refunding the budget; the campaign reports the same remaining votes', async () => {
    const campaign = await makeCampaign({ voteBudget: 3 });
    const idea = await makeIdea(campaign, 'Changeante');
    const remaining = async () =>
      (await t.gql<{ campaign: { myRemainingVotes: number } }>(`query($id: ID!) { campaign(id: $id) { myRemainingVotes } }`, { id: campaign }, crowd[5])).data!.campaign.myRemainingVotes;
    expect(await remaining()).toBe(3);

    const up = await vote(idea, 'up', crowd[5]);
    expect(up.data!.vote).toEqual({ remainingVotes: 2, idea: { id: idea, upVotes: 1, downVotes: 0, myVote: 'up' } });
    const down = await vote(idea, 'down', crowd[5]);
    expect(down.data!.vote).toEqual({ remainingVotes: 2, idea: { id: idea, upVotes: 0, downVotes: 1, myVote: 'down' } });
    expect(await remaining()).toBe(2);
    const back = await retract(idea, crowd[5]);
    expect(back.data!.retractVote).toEqual({ remainingVotes: 3, idea: { id: idea, upVotes: 0, downVotes: 0, myVote: null } });
    const again = await retract(idea, crowd[5]);
    expect(again.data!.retractVote).toEqual({ remainingVotes: 3, idea: { id: idea, upVotes: 0, downVotes: 0, myVote: null } });
    expect(await remaining()).toBe(3);
  });

  it('answers a vote with the idea exactly as it reads afterwards: counters, scores, rank explanation, hidden counts', async () => {
    const FIELDS = `id upVotes downVotes myVote countsHidden lastActivityAt commentCount title rankExplanation { up down net wilsonLowerBound hot controversy }`;
    for (const hide of [false, true]) {
      const campaign = await makeCampaign({ hideCountsUntilVoted: hide });
      const idea = await makeIdea(campaign, hide ? 'Cachée' : 'Visible');
      for (const [who, v] of [[crowd[10], 'up'], [crowd[11], 'up'], [crowd[12], 'down'], [crowd[11], 'up'], [crowd[12], 'up']] as const) {
        const answer = await t.gql<{ vote: { idea: Record<string, unknown> } }>(
          `mutation($id: ID!, $v: VoteValue!) { vote(ideaId: $id, value: $v) { idea { ${FIELDS} } } }`,
          { id: idea, v },
          who,
        );
        expect(answer.errors).toBeUndefined();
        const read = await t.gql<{ idea: Record<string, unknown> }>(`query($id: ID!) { idea(id: $id) { ${FIELDS} } }`, { id: idea }, who);
        expect(answer.data!.vote.idea).toEqual(read.data!.idea);
        expect(answer.data!.vote.idea.countsHidden).toBe(false);
      }
      // Someone who has not voted still sees the counts hidden when the campaign hides them.
      const other = await t.gql<{ idea: { countsHidden: boolean; upVotes: number | null } }>(`query($id: ID!) { idea(id: $id) { countsHidden upVotes } }`, { id: idea }, crowd[13]);
      expect(other.data!.idea).toEqual(hide ? { countsHidden: true, upVotes: null } : { countsHidden: false, upVotes: 3 });
    }
  });

  it('stores the board scores exactly as ruche_wilson_lower, ruche_hot and ruche_controversy define them', async () => {
    const campaign = await makeCampaign();
    const pairs = [[0, 0], [1, 0], [0, 1], [1, 1], [2, 1], [1, 2], [7, 3], [3, 7], [50, 49], [1000, 1], [1, 1000], [123_456, 654_321]];
    const ideas: string[] = [];
    for (const [k] of pairs.entries()) ideas.push(await makeIdea(campaign, `Score ${k}`));
    // Counters set by hand (and set back), with creation times before and after the hot epoch (the
    // idea's, which its tallies copy by trigger).
    await t.ds.query(
      `UPDATE ideas i SET created_at = timestamptz '2024-06-30 23:59:59.123456+02' + p.k * interval '97 days 13 hours'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, k) WHERE i.id = p.id`,
      [ideas],
    );
    await t.ds.query(
      `UPDATE idea_tallies t SET up_votes = p.up, down_votes = p.down FROM unnest($1::uuid[], $2::int[], $3::int[]) AS p(id, up, down) WHERE t.idea_id = p.id`,
      [ideas, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    try {
      const rows: { top: number; hot: number; controversy: number; differ: boolean }[] = await t.ds.query(
        `SELECT t.top_score AS top, t.hot_score AS hot, t.controversy_score AS controversy,
                (t.top_score IS DISTINCT FROM ruche_wilson_lower(t.up_votes, t.down_votes) OR t.hot_score IS DISTINCT FROM ruche_hot(t.up_votes, t.down_votes, i.created_at)
                 OR t.controversy_score IS DISTINCT FROM ruche_controversy(t.up_votes, t.down_votes) OR t.created_at IS DISTINCT FROM i.created_at) AS differ
           FROM ideas i JOIN idea_tallies t ON t.idea_id = i.id WHERE i.id = ANY($1::uuid[])`,
        [ideas],
      );
      expect(rows).toHaveLength(pairs.length);
      expect(rows.filter((r) => r.differ)).toEqual([]);
      // The sorts really spread: not every score the same.
      expect(new Set(rows.map((r) => r.top)).size).toBeGreaterThan(5);
      expect(new Set(rows.map((r) => r.controversy)).size).toBeGreaterThan(5);
    } finally {
      await t.ds.query(`UPDATE idea_tallies SET up_votes = 0, down_votes = 0 WHERE idea_id = ANY($1::uuid[])`, [ideas]);
    }
  });

  it('keeps each idea’s tallies row in step with the idea: made with it, following its campaign, creation time and board presence, gone with it', async () => {
    const [campaign, other] = [await makeCampaign(), await makeCampaign()];
    const [idea, into] = [await makeIdea(campaign, 'Suivie'), await makeIdea(campaign, 'Cible')];
    const tally = async () => {
      const rows: { same: boolean; on_board: boolean }[] = await t.ds.query(
        `SELECT t.campaign_id = i.campaign_id AND t.created_at = i.created_at AS same, t.on_board FROM ideas i JOIN idea_tallies t ON t.idea_id = i.id WHERE i.id = $1`,
        [idea],
      );
      return rows[0];
    };
    expect(await tally()).toEqual({ same: true, on_board: true });
    await t.ds.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [idea]);
    expect(await tally()).toEqual({ same: true, on_board: false });
    await t.ds.query(`UPDATE ideas SET hidden_at = NULL WHERE id = $1`, [idea]);
    expect(await tally()).toEqual({ same: true, on_board: true });
    await t.ds.query(`UPDATE ideas SET merged_into_id = $2 WHERE id = $1`, [idea, into]);
    expect(await tally()).toEqual({ same: true, on_board: false });
    await t.ds.query(`UPDATE ideas SET merged_into_id = NULL, created_at = created_at - interval '3 days' WHERE id = $1`, [idea]);
    expect(await tally()).toEqual({ same: true, on_board: true });
    // An idea moved to another campaign (not something the product does) takes its tallies and votes along.
    expect((await vote(idea, 'up', crowd[40])).errors).toBeUndefined();
    const stage: { id: string }[] = await t.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY position LIMIT 1`, [other]);
    await t.ds.query(`UPDATE ideas SET campaign_id = $2, stage_id = $3 WHERE id = $1`, [idea, other, stage[0].id]);
    expect(await tally()).toEqual({ same: true, on_board: true });
    expect(await t.ds.query(`SELECT campaign_id FROM idea_votes WHERE idea_id = $1`, [idea])).toEqual([{ campaign_id: other }]);
    await t.ds.query(`DELETE FROM ideas WHERE id = $1`, [idea]);
    expect(await t.ds.query(`SELECT 1 FROM idea_tallies WHERE idea_id = $1`, [idea])).toEqual([]);
  });

  it('refuses, in the database, a vote whose campaign is not its idea’s', async () => {
    const [campaign, other] = [await makeCampaign(), await makeCampaign()];
    const idea = await makeIdea(campaign, 'Clé');
    const [user] = await t.ds.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
    await expect(t.ds.query(`INSERT INTO idea_votes (idea_id, user_id, campaign_id, value) VALUES ($1, $2, $3, 1)`, [idea, user.id, other])).rejects.toThrow(/idea_votes_idea_campaign_fkey/);
    expect(await t.ds.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1`, [idea])).toEqual([]);
  });

  it('refuses a vote over budget with a code and changes nothing', async () => {
    const campaign = await makeCampaign({ voteBudget: 1 });
    const [a, b] = [await makeIdea(campaign, 'Premier'), await makeIdea(campaign, 'Second')];
    expect((await vote(a, 'up', crowd[7])).errors).toBeUndefined();
    const before = await state();
    const refused = await vote(b, 'down', crowd[7]);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.budget])).toEqual([['VOTE_BUDGET_EXCEEDED', 1]]);
    expect(refused.data ?? null).toBeNull();
    expect(await state()).toBe(before);
    // Changing the vote already cast costs nothing, so it is allowed; so is sending it again, which changes nothing.
    expect((await vote(a, 'down', crowd[7])).data?.vote.remainingVotes).toBe(0);
    const changed = await state();
    expect((await vote(a, 'down', crowd[7])).data?.vote).toEqual({ remainingVotes: 0, idea: { id: a, upVotes: 0, downVotes: 1, myVote: 'down' } });
    expect(await state()).toBe(changed);
  });

  it('refuses votes and retractions outside the campaign’s dates and changes nothing', async () => {
    const campaign = await makeCampaign();
    const idea = await makeIdea(campaign, 'Bientôt close');
    expect((await vote(idea, 'up', crowd[8])).errors).toBeUndefined();
    await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '3 days', closes_at = now() - interval '1 second' WHERE id = $1`, [campaign]);
    const before = await state();
    for (const res of [await vote(idea, 'down', crowd[8]), await retract(idea, crowd[8]), await vote(idea, 'up', crowd[9])]) {
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['CAMPAIGN_CLOSED']);
    }
    await t.ds.query(`UPDATE campaigns SET opens_at = now() + interval '1 day', closes_at = now() + interval '3 days' WHERE id = $1`, [campaign]);
    expect((await vote(idea, 'up', crowd[9])).errors?.map((e) => e.extensions?.code)).toEqual(['CAMPAIGN_NOT_OPEN']);
    expect(await state()).toBe(before);
  });

  it('refuses bad input with a code and changes nothing', async () => {
    const campaign = await makeCampaign();
    const idea = await makeIdea(campaign, 'Cible');
    const hidden = await makeIdea(campaign, 'Masquée');
    const merged = await makeIdea(campaign, 'Fusionnée');
    await t.ds.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [hidden]);
    await t.ds.query(`UPDATE ideas SET merged_into_id = $2 WHERE id = $1`, [merged, idea]);
    const before = await state();
    const cases: [string, Record<string, unknown>, string][] = [
      [VOTE, { id: idea, v: 'sideways' }, 'BAD_USER_INPUT'],
      [VOTE, { id: idea, v: 1 }, 'BAD_USER_INPUT'],
      [`mutation($id: ID!) { vote(ideaId: $id, value: UP) { remainingVotes } }`, { id: idea }, 'GRAPHQL_VALIDATION_FAILED'],
      [VOTE, { id: 'garbage', v: 'up' }, 'IDEA_NOT_FOUND'],
      [VOTE, { id: '00000000-0000-4000-8000-000000000000', v: 'up' }, 'IDEA_NOT_FOUND'],
      [VOTE, { id: 'x'.repeat(50_000), v: 'up' }, 'IDEA_NOT_FOUND'],
      [VOTE, { id: { $ne: null }, v: 'up' }, 'BAD_USER_INPUT'],
      [VOTE, { id: hidden, v: 'up' }, 'IDEA_NOT_FOUND'],
      [VOTE, { id: merged, v: 'up' }, 'IDEA_NOT_FOUND'],
      [RETRACT, { id: 'garbage' }, 'IDEA_NOT_FOUND'],
    ];
    for (const [doc, vars, code] of cases) {
      const res = await t.gql(doc, vars, crowd[10]);
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.data ?? null).toBeNull();
    }
    const anonymous = await t.gql(VOTE, { id: idea, v: 'up' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await state()).toBe(before);
  });

  it('lets only the audience vote in a restricted campaign; others see nothing, the hub and admins see but do not vote', async () => {
    const [packaging] = await t.ds.query(`SELECT id FROM campaigns WHERE title LIKE 'Sustainable%'`);
    const [idea] = await t.ds.query(`SELECT id FROM ideas WHERE campaign_id = $1 ORDER BY created_at LIMIT 1`, [packaging.id]);
    const before = await state();
    const expectations: [string, string][] = [
      [EMAIL('james.walker'), 'IDEA_NOT_FOUND'], // Sales
      [EMAIL('claire.dubois'), 'IDEA_NOT_FOUND'], // Marketing manager
      [EMAIL('hugo.moreau'), 'FORBIDDEN'], // the hub
      [EMAIL('ethan.brooks'), 'FORBIDDEN'], // an administrator
    ];
    for (const [email, code] of expectations) {
      const res = await vote(idea.id, 'up', await t.signIn(email));
      expect([email, res.errors?.map((e) => e.extensions?.code)]).toEqual([email, [code]]);
    }
    expect(await state()).toBe(before);
    const rd = await vote(idea.id, 'down', await t.signIn(EMAIL('louis.bertrand')));
    expect(rd.errors).toBeUndefined();
  });
  describe('in batches', () => {
    /** The people of the crowd as the service sees them (to queue votes in the service itself, in a known order). */
    const actor = async (email: string): Promise<AuthUser> => {
      const [u] = await t.ds.query(`SELECT id, email, display_name, role, locale, department_id FROM users WHERE email = $1`, [email]);
      return { id: u.id, email: u.email, displayName: u.display_name, role: u.role, locale: u.locale, departmentId: u.department_id, isHubMember: false, sessionId: 'test' };
    };
    const castStatements = (queries: string[]) => queries.filter((q) => q.startsWith('/* votes: ruche_cast_votes */')).length;
    /** ruche_cast_votes called directly: the rows it answers, by vote. */
    const castVotes = async (votes: { idea: string; user: string; campaign: string; value: number; budget?: number | null }[], wait = true) =>
      (await t.ds.query(
        `SELECT ord::int, up_votes, down_votes, used, changed, over_budget, gone
           FROM ruche_cast_votes($1::bigint[], $2::uuid[], $3::uuid[], $4::uuid[], $5::smallint[], $6::integer[], $7)`,
        [votes.map((_, i) => i + 1), votes.map((v) => v.idea), votes.map((v) => v.user), votes.map((v) => v.campaign), votes.map((v) => v.value), votes.map((v) => v.budget ?? null), wait],
      )) as { ord: number; up_votes: number | null; down_votes: number | null; used: number | null; changed: boolean; over_budget: boolean; gone: boolean }[];

    it('casts the votes that arrive together in one statement, each answered as if cast alone', async () => {
      const campaign = await makeCampaign();
      const a = await makeIdea(campaign, 'Lot A');
      const b = await makeIdea(campaign, 'Lot B');
      const people = crowd.slice(20, 60);
      const { result: answers, queries } = await countQueries(t.ds, () => Promise.all(people.map((c, i) => vote(i % 2 ? b : a, 'up', c))));
      expect(answers.filter((r) => r.errors)).toEqual([]);
      // Fewer statements than votes: votes waited for a running batch and went together in the next.
      expect(castStatements(queries)).toBeLessThan(people.length);
      expect(castStatements(queries)).toBeGreaterThan(0);
      // Each vote read the counts it made, under the lock: one answer per count from 1 to 20, per idea.
      for (const idea of [a, b]) {
        const ups = answers.map((r) => r.data!.vote.idea).filter((i) => i.id === idea);
        expect(ups.every((i) => i.myVote === 'up' && i.downVotes === 0)).toBe(true);
        expect(ups.map((i) => i.upVotes).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
        expect(await counts(idea)).toEqual({ up: 20, down: 0, real_up: 20, real_down: 0 });
      }
    });

    it('casts a batch’s votes in their order: one person’s up then down, a replay, a budget spent within the batch', async () => {
      const campaign = await makeCampaign({ voteBudget: 1 });
      const [a, b] = [await makeIdea(campaign, 'Ordre A'), await makeIdea(campaign, 'Ordre B')];
      const user = await t.userId('voter61@maison-lumiere.example');
      const rows = await castVotes([
        { idea: a, user, campaign, value: 1, budget: 1 },
        { idea: a, user, campaign, value: -1, budget: 1 },
        { idea: a, user, campaign, value: -1, budget: 1 },
        { idea: b, user, campaign, value: 1, budget: 1 },
      ]);
      expect(rows).toEqual([
        { ord: 1, up_votes: 1, down_votes: 0, used: 1, changed: true, over_budget: false, gone: false },
        { ord: 2, up_votes: 0, down_votes: 1, used: 1, changed: true, over_budget: false, gone: false },
        { ord: 3, up_votes: 0, down_votes: 1, used: 1, changed: false, over_budget: false, gone: false },
        { ord: 4, up_votes: null, down_votes: null, used: 1, changed: false, over_budget: true, gone: false },
      ]);
      expect(await t.ds.query(`SELECT idea_id, value FROM idea_votes WHERE user_id = $1 AND campaign_id = $2`, [user, campaign])).toEqual([{ idea_id: a, value: -1 }]);
      expect(await counts(b)).toEqual({ up: 0, down: 0, real_up: 0, real_down: 0 });
    });

    it('leaves out a vote whose idea left the board, casting the rest; refuses a value other than 1 or -1 whole', async () => {
      const campaign = await makeCampaign();
      const [kept, hidden] = [await makeIdea(campaign, 'Restée'), await makeIdea(campaign, 'Partie')];
      await t.ds.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [hidden]);
      const user = await t.userId('voter62@maison-lumiere.example');
      const before = await state();
      await expect(castVotes([{ idea: kept, user, campaign, value: 1 }, { idea: kept, user, campaign, value: 2 }])).rejects.toMatchObject({ code: '22023' });
      expect(await state()).toBe(before);
      const rows = await castVotes([{ idea: hidden, user, campaign, value: 1 }, { idea: kept, user, campaign, value: 1 }]);
      expect(rows.map((r) => [r.ord, r.gone, r.changed, r.up_votes])).toEqual([
        [1, true, false, null],
        [2, false, true, 1],
      ]);
      expect(await t.ds.query(`SELECT idea_id FROM idea_votes WHERE user_id = $1 AND campaign_id = $2`, [user, campaign])).toEqual([{ idea_id: kept }]);
      expect(await counts(hidden)).toEqual({ up: 0, down: 0, real_up: 0, real_down: 0 });
    });

    it('does not wait on an idea a moderator has locked: the batch is undone and its votes cast one by one, the one on that idea once it is free', async () => {
      const campaign = await makeCampaign();
      const [first, locked, free] = [await makeIdea(campaign, 'Tenue'), await makeIdea(campaign, 'Verrouillée'), await makeIdea(campaign, 'Libre')];
      const votes = t.app.get(VotesService);
      const [p1, p2, p3] = await Promise.all(['voter63', 'voter64', 'voter65'].map((n) => actor(`${n}@maison-lumiere.example`)));
      const outcome = (p: Promise<unknown>) =>
        p.then(
          () => 'ok',
          (e: { code?: string }) => e.code,
        );
      const lockWaits = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%ruche_cast_votes%'`))[0].n;
      // Two moderators' transactions, as a hide takes an idea's row.
      const holdFirst = t.ds.createQueryRunner();
      const holdLocked = t.ds.createQueryRunner();
      await holdFirst.connect();
      await holdLocked.connect();
      try {
        await holdFirst.startTransaction();
        await holdFirst.query(`SELECT 1 FROM ideas WHERE id = $1 FOR UPDATE`, [first]);
        await holdLocked.startTransaction();
        await holdLocked.query(`SELECT 1 FROM ideas WHERE id = $1 FOR UPDATE`, [locked]);
        const { result, queries } = await countQueries(t.ds, async () => {
          // A vote alone waits on the first idea, as a single vote does; two more queue behind it. Once it has
          // waited long enough (stalled), they go in a batch beside it, which meets the locked idea, fails
          // without waiting, and runs its votes one by one: the one on the locked idea waits too.
          const one = outcome(votes.vote(p1, first, 'up'));
          const queued = [outcome(votes.vote(p2, locked, 'up')), outcome(votes.vote(p3, free, 'down'))];
          await eventually(async () => expect(await lockWaits()).toBe(2));
          await holdFirst.commitTransaction();
          expect(await one).toBe('ok');
          // The vote on the free idea waits for its turn behind the one on the locked idea, which finds it hidden.
          await holdLocked.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [locked]);
          await holdLocked.commitTransaction();
          return Promise.all(queued);
        });
        expect(result).toEqual(['IDEA_NOT_FOUND', 'ok']);
        // The first vote alone, the batch of two (undone), then each vote of it alone.
        expect(castStatements(queries)).toBe(4);
      } finally {
        await holdFirst.release();
        await holdLocked.release();
      }
      expect(await counts(first)).toEqual({ up: 1, down: 0, real_up: 1, real_down: 0 });
      expect(await counts(locked)).toEqual({ up: 0, down: 0, real_up: 0, real_down: 0 });
      expect(await counts(free)).toEqual({ up: 0, down: 1, real_up: 0, real_down: 1 });
    });

    it('casts again a vote PostgreSQL undid to break a deadlock with a change that locks an idea before its voters’ budget rows', async () => {
      const campaign = await makeCampaign({ voteBudget: 3 });
      const idea = await makeIdea(campaign, 'Verrous croisés');
      const user = await t.userId('voter67@maison-lumiere.example');
      expect((await vote(idea, 'up', crowd[66])).errors).toBeUndefined();
      const held = t.ds.createQueryRunner();
      await held.connect();
      try {
        // As a decline by the reviews' rule: the idea's row first…
        await held.startTransaction();
        await held.query(`SELECT 1 FROM ideas WHERE id = $1 FOR UPDATE`, [idea]);
        const turned = vote(idea, 'down', crowd[66]);
        // …while the vote holds its budget row and waits on the idea's…
        await eventually(async () => {
          const [w] = await t.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%ruche_cast_votes%'`);
          expect(w.n).toBe(1);
        });
        // …then the voters' budget rows (refunds): PostgreSQL undoes the vote, which waited first; it runs again.
        await held.query(`SELECT 1 FROM campaign_vote_budgets WHERE campaign_id = $1 AND user_id = $2 FOR UPDATE`, [campaign, user]);
        await held.commitTransaction();
        const res = await turned;
        expect(res.errors).toBeUndefined();
        expect(res.data!.vote).toEqual({ remainingVotes: 2, idea: { id: idea, upVotes: 0, downVotes: 1, myVote: 'down' } });
      } finally {
        await held.release();
      }
      expect(await counts(idea)).toEqual({ up: 0, down: 1, real_up: 0, real_down: 1 });
    });

    it(`ends exact, with no deadlock, when ${CROWD} people vote and retract in batches while a moderator hides one of the ideas and a runner declines another`, async () => {
      const campaign = await makeCampaign({ voteBudget: 4 });
      const ideas: string[] = [];
      for (const title of ['Mêlée A', 'Mêlée B', 'Mêlée C', 'Mêlée D', 'Mêlée E']) ideas.push(await makeIdea(campaign, title));
      const [declined] = await t.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 AND kind = 'declined'`, [campaign]);
      // Everyone has voted on D and E, so hiding D and declining E give back a unit to everyone (the budget
      // rows a batch holds), while the others' votes wait on those ideas' rows.
      expect((await Promise.all(crowd.flatMap((c) => [vote(ideas[3], 'up', c), vote(ideas[4], 'up', c)]))).filter((r) => r.errors)).toEqual([]);
      const all = await Promise.all([
        ...crowd.map((c, i) => vote(ideas[i % 3], i % 2 ? 'up' : 'down', c)),
        ...crowd.map((c, i) => vote(ideas[(i + 1) % 3], 'up', c)),
        ...crowd.slice(0, 30).map((c, i) => retract(ideas[i % 3], c)),
        ...crowd.slice(30, 60).map((c) => vote(ideas[3], 'down', c)),
        ...crowd.slice(60, 90).map((c) => vote(ideas[4], 'down', c)),
        t.gql(`mutation($id: ID!) { hideIdea(ideaId: $id, reason: "Hors sujet, en double") { id } }`, { id: ideas[3] }, hub),
        t.gql(`mutation($id: ID!, $s: ID!) { moveIdeaToStage(ideaId: $id, stageId: $s) { id } }`, { id: ideas[4], s: declined.id }, hub),
      ]);
      const codes = all.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []);
      // Only votes on the hidden idea may fail (not found, once it is hidden); nothing else, no deadlock.
      expect(codes.filter((c) => c !== 'IDEA_NOT_FOUND')).toEqual([]);
      for (const idea of ideas) {
        const c = await counts(idea);
        expect([c.up, c.down]).toEqual([c.real_up, c.real_down]);
      }
      const [wrong] = await t.ds.query(
        `SELECT count(*)::int AS n FROM campaign_vote_budgets b
          WHERE campaign_id = $1 AND used <> (SELECT count(*) FROM idea_votes v WHERE v.campaign_id = b.campaign_id AND v.user_id = b.user_id AND v.refunded_at IS NULL)`,
        [campaign],
      );
      expect(wrong.n).toBe(0);
    });
  });
});
