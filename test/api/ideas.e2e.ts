import { controversyScore, hotScore, IDEA_SORTS, VOTE_EVENTS_FLUSH_MS, wilsonLowerBound, type IdeaSort, type IdeaVotesBatch, type IdeaVotesPayload } from '@ruche/shared';
import { eventually } from '../support/eventually';
import { countQueries } from '../support/query-counter';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { ideaColumnsFor } from '../../server/src/modules/ideas/ideas.service';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';

/**
 * Ideas (Hivemind): the board and its sorts, paging, "why here", posting and editing, stages,
 * anonymity, hidden counts, live events and who sees them, and bad input.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing
  rep: EMAIL('julien.petit'), // Marketing
  manager: EMAIL('claire.dubois'), // Marketing
  hub: EMAIL('camille.laurent'), // hub coordinator
  hubMember: EMAIL('hugo.moreau'), // hub, member
  admin: EMAIL('ethan.brooks'), // IT
  rdMember: EMAIL('priya.sharma'), // R&D
  rdOther: EMAIL('maxime.rousseau'), // R&D
  rdManager: EMAIL('elodie.lambert'), // R&D manager
  outsider: EMAIL('james.walker'), // Sales
};
type Person = keyof typeof PEOPLE;

interface BoardIdea {
  id: string;
  title: string;
  upVotes: number | null;
  downVotes: number | null;
  commentCount: number;
  createdAt: string;
  myVote: string | null;
  countsHidden: boolean;
  isAnonymous: boolean;
  isMine: boolean;
  author: { email: string } | null;
  stage: { key: string };
  rankExplanation: { up: number; down: number; net: number; wilsonLowerBound: number; hot: number; controversy: number; ageHours: number; commentCount: number } | null;
}
interface Board {
  totalCount: number;
  sort: IdeaSort;
  countsHidden: boolean;
  nodes: BoardIdea[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const IDEA_FIELDS = `id title upVotes downVotes commentCount createdAt myVote countsHidden isAnonymous isMine author { email } stage { key }
  rankExplanation { up down net wilsonLowerBound hot controversy ageHours commentCount }`;
const BOARD = `query($c: ID!, $sort: IdeaSort!, $first: Int!, $after: String) {
  ideas(campaignId: $c, sort: $sort, first: $first, after: $after) { totalCount sort countsHidden nodes { ${IDEA_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const CREATE_IDEA = `mutation($input: CreateIdeaInput!) { createIdea(input: $input) { ${IDEA_FIELDS} body bodyHtml tags } }`;
const UPDATE_IDEA = `mutation($id: ID!, $input: UpdateIdeaInput!) { updateIdea(id: $id, input: $input) { id title body bodyHtml tags } }`;
const MOVE = `mutation($id: ID!, $stage: ID!) { moveIdeaToStage(ideaId: $id, stageId: $stage) { id stage { key } author { email } isAnonymous } }`;
const VOTE = `mutation($id: ID!, $v: VoteValue!) { vote(ideaId: $id, value: $v) { remainingVotes idea { ${IDEA_FIELDS} } } }`;

describe('ideas', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const campaign: Record<string, string> = {};
  const sockets: TestSocket[] = [];

  const board = async (c: string, sort: IdeaSort, as: Person, first = 50, after: string | null = null) => {
    const res = await t.gql<{ ideas: Board }>(BOARD, { c, sort, first, after }, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.ideas;
  };
  const stageId = async (c: string, key: string) => (await t.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 AND key = $2`, [c, key]))[0].id as string;
  const ideaTable = async () => JSON.stringify(await t.ds.query(`SELECT md5(string_agg(concat_ws('|', id, title, body, body_html, tags, stage_id, updated_at), ',' ORDER BY id)) AS h, (SELECT count(*) FROM audit_log) AS a FROM ideas`));
  const openSocket = async (as: Person) => {
    const socket = connectSocket(t.url, { Cookie: cookie[as]!, Origin: t.url });
    sockets.push(socket);
    await nextEvent(socket, 'session:ready');
    return socket;
  };

  beforeAll(async () => {
    // Statement counts below must not include a periodic job's, run meanwhile on the same pool.
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
    for (const c of await t.ds.query(`SELECT id, title FROM campaigns`)) {
      if (c.title.startsWith('Mieux servir')) campaign.clients = c.id;
      if (c.title.startsWith('Sustainable')) campaign.packaging = c.id;
      if (c.title.startsWith('Qualité')) campaign.qvt = c.id;
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  describe('the board', () => {
    it('orders each sort by its formula, computed by PostgreSQL exactly as shared/src/ranking.ts', async () => {
      const ideas = await board(campaign.clients, 'new', 'member');
      expect(ideas.totalCount).toBe(ideas.nodes.length);
      for (const idea of ideas.nodes) {
        const r = idea.rankExplanation!;
        expect([r.up, r.down, r.net]).toEqual([idea.upVotes, idea.downVotes, idea.upVotes! - idea.downVotes!]);
        expect(r.wilsonLowerBound).toBeCloseTo(wilsonLowerBound(r.up, r.down), 12);
        // createdAt reaches us in milliseconds, PostgreSQL keeps microseconds: 1 ms is 3e-9 of hot.
        expect(r.hot).toBeCloseTo(hotScore(r.up, r.down, idea.createdAt), 8);
        expect(r.controversy).toBeCloseTo(controversyScore(r.up, r.down), 12);
        expect(r.ageHours).toBeGreaterThan(0);
      }
      const key: Record<IdeaSort, (i: BoardIdea) => number> = {
        top: (i) => i.rankExplanation!.wilsonLowerBound,
        hot: (i) => i.rankExplanation!.hot,
        new: (i) => Date.parse(i.createdAt),
        controversial: (i) => i.rankExplanation!.controversy,
        discussed: (i) => i.commentCount,
      };
      for (const sort of IDEA_SORTS) {
        const sorted = await board(campaign.clients, sort, 'member');
        expect(sorted.sort).toBe(sort);
        const values = sorted.nodes.map(key[sort]);
        expect(values).toEqual([...values].sort((a, b) => b - a));
        // Ties break by id, descending: the order is total, so paging is stable.
        for (let i = 1; i < sorted.nodes.length; i++) if (values[i] === values[i - 1]) expect(sorted.nodes[i].id < sorted.nodes[i - 1].id).toBe(true);
      }
    });

    it('pages every sort with keyset cursors: no idea skipped or repeated, even with ties', async () => {
      // Ties on every score: ten fresh ideas with no votes.
      for (let i = 0; i < 10; i++) await t.gql(CREATE_IDEA, { input: { campaignId: campaign.clients, title: `Idée sans vote ${i}` } }, cookie.member);
      for (const sort of IDEA_SORTS) {
        const whole = await board(campaign.clients, sort, 'member');
        const paged: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await board(campaign.clients, sort, 'member', 3, after);
          expect(page.totalCount).toBe(whole.totalCount);
          paged.push(...page.nodes.map((n) => n.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(paged).toEqual(whole.nodes.map((n) => n.id));
      }
    });

    it('refuses a cursor of another sort, a garbage cursor, a bad page size and an unknown sort', async () => {
      const first = await board(campaign.clients, 'top', 'member', 2);
      const cases: [Record<string, unknown>, string][] = [
        [{ c: campaign.clients, sort: 'hot', first: 2, after: first.pageInfo.endCursor }, 'BAD_USER_INPUT'],
        [{ c: campaign.clients, sort: 'top', first: 2, after: 'garbage' }, 'BAD_USER_INPUT'],
        [{ c: campaign.clients, sort: 'top', first: 2, after: Buffer.from(JSON.stringify(['top', "1) OR (1=1", 'x'])).toString('base64url') }, 'BAD_USER_INPUT'],
        [{ c: campaign.clients, sort: 'top', first: 0 }, 'BAD_USER_INPUT'],
        [{ c: campaign.clients, sort: 'top', first: 101 }, 'BAD_USER_INPUT'],
        [{ c: campaign.clients, sort: 'best', first: 2 }, 'BAD_USER_INPUT'],
        [{ c: 'garbage', sort: 'top', first: 2 }, 'CAMPAIGN_NOT_FOUND'],
        [{ c: '00000000-0000-4000-8000-000000000000', sort: 'top', first: 2 }, 'CAMPAIGN_NOT_FOUND'],
      ];
      for (const [vars, code] of cases) {
        const res = await t.gql(`query($c: ID!, $sort: IdeaSort!, $first: Int!, $after: String) { ideas(campaignId: $c, sort: $sort, first: $first, after: $after) { totalCount } }`, vars, cookie.member);
        expect(res.errors?.[0].extensions?.code).toBe(code);
      }
    });

    it('reads only the columns the fields asked need, and answers each field as a full read does', async () => {
      // Every field of Idea, each alone and all together: a narrow read must agree with the full one.
      const FIELDS: Record<string, string> = Object.fromEntries(
        `id title body bodyHtml tags isAnonymous isMine countsHidden upVotes downVotes myVote commentCount createdAt updatedAt lastActivityAt hiddenAt mergedIntoId
         followerCount isFollowing myFlag viewerCanModerate viewerCanReview flagCount`
          .split(/\s+/)
          .map((f) => [f, f]),
      );
      Object.assign(FIELDS, {
        author: 'author { displayName }',
        stage: 'stage { nameEn }',
        campaign: 'campaign { title }',
        rankExplanation: 'rankExplanation { up down hot wilsonLowerBound controversy commentCount }',
        links: 'links { kind }',
        myReview: 'myReview { id }',
        reviewSummary: 'reviewSummary { reviewCount }',
        reviews: 'reviews { id }',
        mergedInto: 'mergedInto { id }',
      });
      const idea = buildSchema(readFileSync(join(__dirname, '../../server/schema.gql'), 'utf8')).getType('Idea') as GraphQLObjectType;
      expect(Object.keys(FIELDS).sort()).toEqual(Object.keys(idea.getFields()).sort());
      const read = async (fields: string) => {
        const res = await t.gql<{ ideas: { nodes: Record<string, unknown>[] } }>(`query($c: ID!) { ideas(campaignId: $c, sort: hot, first: 20) { nodes { ${fields} } } }`, { c: campaign.clients }, cookie.member);
        expect(res.errors).toBeUndefined();
        return res.data!.ideas.nodes;
      };
      const full = await read(Object.values(FIELDS).join(' '));
      expect(full.length).toBeGreaterThan(3);
      for (const [name, selection] of Object.entries(FIELDS)) {
        const narrow = await read(`id ${name === 'id' ? '' : selection}`);
        expect(narrow.map((n) => n[name])).toEqual(full.map((n) => n[name]));
      }
      // Titles and counts need no body, HTML or timestamps; an unclassified field reads everything.
      expect(ideaColumnsFor(new Set(['id', 'title', 'upVotes', 'author']))).not.toContain('body_html');
      expect(ideaColumnsFor(new Set(['id', 'somethingNew']))).toEqual(ideaColumnsFor(undefined));
    });

    it('answers a board of 50 with authors, departments, stages and campaign in a handful of SQL statements, whatever the page size', async () => {
      const doc = `query($c: ID!, $n: Int!) { ideas(campaignId: $c, sort: hot, first: $n) { totalCount nodes { id author { displayName department { code } } stage { nameFr } campaign { title ideaCount } myVote upVotes rankExplanation { hot } } } }`;
      const { result: small, queries: few } = await countQueries(t.ds, () => t.gql<{ ideas: Board }>(doc, { c: campaign.clients, n: 2 }, cookie.member));
      const { result: large, queries: many } = await countQueries(t.ds, () => t.gql<{ ideas: Board }>(doc, { c: campaign.clients, n: 50 }, cookie.member));
      expect(small.errors).toBeUndefined();
      expect(large.data!.ideas.nodes.length).toBeGreaterThan(10);
      // campaign, page, count, then one batch per loader (authors, departments, stages, campaign, idea count).
      expect(many.length).toBe(few.length);
      expect(many.length).toBeLessThanOrEqual(10);
    });
  });

  describe('at volume', () => {
    it('reads a board page from its sort index (no scan or sort of the campaign’s ideas), for every sort', async () => {
      const [c] = await t.ds.query(
        `INSERT INTO campaigns (department_id, title, opens_at, closes_at) SELECT id, 'Volume', now() - interval '1 day', now() + interval '1 day' FROM departments WHERE code = 'hub' RETURNING id`,
      );
      await t.ds.query(`INSERT INTO campaign_stages (campaign_id, position, key, name_fr, name_en, kind) VALUES ($1, 0, 'submitted', 'Proposée', 'Submitted', 'submitted')`, [c.id]);
      await t.ds.query(
        `INSERT INTO ideas (campaign_id, title, stage_id, created_at)
         SELECT $1, 'Idée ' || n, (SELECT id FROM campaign_stages WHERE campaign_id = $1), now() - (n % 5000) * interval '1 minute'
           FROM generate_series(1, 20000) AS n`,
        [c.id],
      );
      await t.ds.query(
        `UPDATE idea_tallies t SET up_votes = (n * 7919) % 97, down_votes = (n * 104729) % 31, comment_count = n % 13
           FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ideas WHERE campaign_id = $1) i WHERE t.idea_id = i.id`,
        [c.id],
      );
      await t.ds.query(`ANALYZE ideas`);
      await t.ds.query(`ANALYZE idea_tallies`);
      // The board statements as the server sends them, with their parameters, to EXPLAIN them.
      const logged: [string, unknown[]][] = [];
      const logger = t.ds.logger as unknown as { logQuery: (q: string, p?: unknown[]) => unknown };
      const original = logger.logQuery;
      logger.logQuery = (q, p) => {
        if (q.includes('AS sort_key')) logged.push([q, p ?? []]);
        return original.call(logger, q, p);
      };
      try {
        for (const sort of IDEA_SORTS) {
          const first = await board(c.id, sort, 'member', 50);
          expect(first.nodes.length).toBe(50);
          const second = await board(c.id, sort, 'member', 50, first.pageInfo.endCursor);
          expect(second.nodes[0].id).not.toBe(first.nodes[49].id);
        }
      } finally {
        logger.logQuery = original;
      }
      expect(logged.length).toBe(IDEA_SORTS.length * 2);
      for (const [sql, params] of logged) {
        const plan: { 'QUERY PLAN': string }[] = await t.ds.query(`EXPLAIN ${sql}`, params);
        const text = plan.map((r) => r['QUERY PLAN']).join('\n');
        // `new` reads the ideas' index; the orders by tallies (hot, top, controversial, discussed) theirs.
        expect(text).toMatch(/Index Scan using (ideas_board_new on ideas|idea_tallies_board_\w+ on idea_tallies)/);
        expect(text).not.toMatch(/Seq Scan on (ideas|idea_tallies)|Sort Key/);
      }
    });
  });

  describe('hidden counts until people vote', () => {
    it('hides counts, "why here" and count-revealing orders from someone who has not voted, idea by idea', async () => {
      const hidden = await board(campaign.packaging, 'top', 'rdOther');
      expect(hidden.countsHidden).toBe(true);
      // top would reveal the counts through the order: the board falls back to new.
      expect(hidden.sort).toBe('new');
      expect((await board(campaign.packaging, 'discussed', 'rdOther')).sort).toBe('discussed');
      const dates = hidden.nodes.map((n) => Date.parse(n.createdAt));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      for (const idea of hidden.nodes) {
        if (idea.myVote) continue;
        expect([idea.upVotes, idea.downVotes, idea.rankExplanation, idea.countsHidden]).toEqual([null, null, null, true]);
      }
      const target = hidden.nodes.find((n) => !n.myVote)!;
      const voted = await t.gql<{ vote: { idea: BoardIdea } }>(VOTE, { id: target.id, v: 'up' }, cookie.rdOther);
      expect(voted.errors).toBeUndefined();
      expect(voted.data!.vote.idea.countsHidden).toBe(false);
      expect(voted.data!.vote.idea.upVotes).toBeGreaterThanOrEqual(1);
      expect(voted.data!.vote.idea.rankExplanation).not.toBeNull();
      const after = await board(campaign.packaging, 'new', 'rdOther');
      expect(after.nodes.find((n) => n.id === target.id)!.upVotes).toBe(voted.data!.vote.idea.upVotes);
      expect(after.nodes.filter((n) => !n.myVote).every((n) => n.upVotes === null)).toBe(true);
    });

    it('shows everything once the campaign has closed', async () => {
      await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '30 days', closes_at = now() - interval '1 second' WHERE id = $1`, [campaign.packaging]);
      try {
        const closed = await board(campaign.packaging, 'top', 'rdOther');
        expect([closed.countsHidden, closed.sort]).toEqual([false, 'top']);
        expect(closed.nodes.every((n) => n.upVotes !== null && n.rankExplanation !== null)).toBe(true);
      } finally {
        await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '5 days', closes_at = now() + interval '25 days' WHERE id = $1`, [campaign.packaging]);
      }
    });
  });

  describe('posting and editing', () => {
    it('posts an idea in the first stage, with its markdown rendered and sanitised and its tags cleaned', async () => {
      const res = await t.gql<{ createIdea: BoardIdea & { body: string; bodyHtml: string; tags: string[] } }>(
        CREATE_IDEA,
        {
          input: {
            campaignId: campaign.clients,
            title: '  Un   chatbot   pour les questions simples ',
            body: 'Répondre **24 h/24**.<script>document.cookie</script><img src=x onerror=alert(1)> [lien](javascript:alert(1))',
            tags: [' support ', 'Support', 'nuit'],
          },
        },
        cookie.member,
      );
      expect(res.errors).toBeUndefined();
      const idea = res.data!.createIdea;
      expect(idea).toMatchObject({ title: 'Un chatbot pour les questions simples', tags: ['support', 'nuit'], stage: { key: 'submitted' }, upVotes: 0, downVotes: 0, isMine: true, isAnonymous: false, author: { email: PEOPLE.member } });
      expect(idea.bodyHtml).toContain('<strong>24 h/24</strong>');
      expect(idea.bodyHtml).not.toMatch(/script|onerror|javascript:|<img|document\.cookie/);
      expect(idea.body).toContain('<script>');
    });

    const BAD: [string, Record<string, unknown>, string, string?][] = [
      ['a title too short', { title: 'ab' }, 'BAD_USER_INPUT', 'title'],
      ['an oversized title', { title: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'title'],
      ['an oversized body', { title: 'Valid title', body: 'x'.repeat(10_001) }, 'BAD_USER_INPUT', 'body'],
      ['a long body of accented letters', { title: 'Valid title', body: 'é'.repeat(60_000) }, 'BAD_USER_INPUT', 'body'],
      ['too many tags', { title: 'Valid title', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'BAD_USER_INPUT', 'tags'],
      ['an oversized tag', { title: 'Valid title', tags: ['x'.repeat(41)] }, 'BAD_USER_INPUT', 'tags'],
      ['an empty tag', { title: 'Valid title', tags: ['  '] }, 'BAD_USER_INPUT', 'tags'],
      ['a title of the wrong type', { title: 42 }, 'BAD_USER_INPUT'],
      ['an unknown campaign', { title: 'Valid title', campaignId: '00000000-0000-4000-8000-000000000000' }, 'CAMPAIGN_NOT_FOUND'],
      ['a garbage campaign id', { title: 'Valid title', campaignId: "'; DROP TABLE ideas; --" }, 'CAMPAIGN_NOT_FOUND'],
    ];
    for (const [name, over, code, field] of BAD) {
      it(`refuses ${name} (${code}) and stores nothing`, async () => {
        const before = await ideaTable();
        const res = await t.gql(CREATE_IDEA, { input: { campaignId: campaign.clients, ...over } }, cookie.member);
        expect(res.errors?.[0].extensions?.code).toBe(code);
        if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
        expect(res.data ?? null).toBeNull();
        expect(await ideaTable()).toBe(before);
      });
    }

    it('refuses posting in an upcoming or a closed campaign', async () => {
      const [c] = await t.ds.query(
        `INSERT INTO campaigns (department_id, title, opens_at, closes_at) SELECT id, 'Later', now() + interval '1 day', now() + interval '2 days' FROM departments WHERE code = 'hub' RETURNING id`,
      );
      await t.ds.query(
        `INSERT INTO campaign_stages (campaign_id, position, key, name_fr, name_en, kind) VALUES ($1, 0, 'submitted', 'Proposée', 'Submitted', 'submitted')`,
        [c.id],
      );
      const before = await ideaTable();
      const early = await t.gql(CREATE_IDEA, { input: { campaignId: c.id, title: 'Too early' } }, cookie.member);
      expect(early.errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_OPEN');
      await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 day' WHERE id = $1`, [c.id]);
      const late = await t.gql(CREATE_IDEA, { input: { campaignId: c.id, title: 'Too late' } }, cookie.member);
      expect(late.errors?.[0].extensions?.code).toBe('CAMPAIGN_CLOSED');
      expect(await ideaTable()).toBe(before);
    });

    it('lets the author edit while the idea is in its first stage, then only moderators (audited)', async () => {
      const created = await t.gql<{ createIdea: { id: string } }>(CREATE_IDEA, { input: { campaignId: campaign.clients, title: 'Des bornes de recharge' } }, cookie.rep);
      const id = created.data!.createIdea.id;
      const edited = await t.gql<{ updateIdea: { title: string; bodyHtml: string } }>(UPDATE_IDEA, { id, input: { title: 'Des bornes de recharge au parking', body: '*Vite*' } }, cookie.rep);
      expect(edited.data?.updateIdea).toMatchObject({ title: 'Des bornes de recharge au parking', bodyHtml: '<p><em>Vite</em></p>' });
      const someoneElse = await t.gql(UPDATE_IDEA, { id, input: { title: 'Hijacked' } }, cookie.manager);
      expect(someoneElse.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const moved = await t.gql(MOVE, { id, stage: await stageId(campaign.clients, 'review') }, cookie.hub);
      expect(moved.errors).toBeUndefined();
      const before = await ideaTable();
      const late = await t.gql(UPDATE_IDEA, { id, input: { title: 'Changed after review started' } }, cookie.rep);
      expect(late.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await ideaTable()).toBe(before);

      const moderated = await t.gql<{ updateIdea: { title: string } }>(UPDATE_IDEA, { id, input: { title: 'Bornes de recharge (modéré)' } }, cookie.hub);
      expect(moderated.data?.updateIdea.title).toBe('Bornes de recharge (modéré)');
      const audit = await t.ds.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['idea.stage', 'idea.edit']);
    });

    it('refuses bad edits with a code and changes nothing', async () => {
      const created = await t.gql<{ createIdea: { id: string } }>(CREATE_IDEA, { input: { campaignId: campaign.clients, title: 'Une idée à corriger' } }, cookie.member);
      const id = created.data!.createIdea.id;
      for (const [vars, code] of [
        [{ id, input: { title: 'x' } }, 'BAD_USER_INPUT'],
        [{ id, input: { body: 'x'.repeat(10_001) } }, 'BAD_USER_INPUT'],
        [{ id, input: { tags: ['a'.repeat(41)] } }, 'BAD_USER_INPUT'],
        [{ id: 'garbage', input: { title: 'Valid title' } }, 'IDEA_NOT_FOUND'],
        [{ id: '00000000-0000-4000-8000-000000000000', input: { title: 'Valid title' } }, 'IDEA_NOT_FOUND'],
      ] as [Record<string, unknown>, string][]) {
        const before = await ideaTable();
        const res = await t.gql(UPDATE_IDEA, vars, cookie.member);
        expect(res.errors?.[0].extensions?.code).toBe(code);
        expect(await ideaTable()).toBe(before);
      }
    });
  });

  describe('stages', () => {
    it('lets runners move an idea to a stage of its campaign, announces it to the audience, refuses other stages', async () => {
      const [idea] = await t.ds.query(`SELECT id FROM ideas WHERE campaign_id = $1 AND title LIKE 'Mushroom%'`, [campaign.packaging]);
      const rd = await openSocket('rdMember');
      const heard = nextEvent<{ ideaId: string; stageId: string }>(rd, 'idea:stage');
      const selected = await stageId(campaign.packaging, 'selected');
      const res = await t.gql<{ moveIdeaToStage: { stage: { key: string } } }>(MOVE, { id: idea.id, stage: selected }, cookie.rdManager);
      expect(res.data?.moveIdeaToStage.stage.key).toBe('selected');
      expect(await heard).toEqual({ ideaId: idea.id, campaignId: campaign.packaging, stageId: selected });

      const before = await ideaTable();
      for (const [who, stage, code] of [
        ['rdManager', await stageId(campaign.clients, 'done'), 'STAGE_NOT_FOUND'],
        ['rdManager', 'garbage', 'STAGE_NOT_FOUND'],
        ['rdMember', selected, 'FORBIDDEN'],
        ['hubMember', selected, 'FORBIDDEN'],
        ['outsider', selected, 'IDEA_NOT_FOUND'],
      ] as [Person, string, string][]) {
        const refused = await t.gql(MOVE, { id: idea.id, stage }, cookie[who]);
        expect(refused.errors?.[0].extensions?.code).toBe(code);
      }
      expect(await ideaTable()).toBe(before);
    });
  });

  describe('anonymity', () => {
    it('never returns an anonymous idea’s author: not to readers, not to runners, not to the author, not in any event', async () => {
      const observer = await openSocket('manager');
      const created = await t.gql<{ createIdea: BoardIdea }>(
        CREATE_IDEA,
        { input: { campaignId: campaign.clients, title: 'Revoir la prime d’équipe', body: 'Sans me nommer.', anonymous: true } },
        cookie.rep,
      );
      const id = created.data!.createIdea.id;
      expect(created.data!.createIdea).toMatchObject({ author: null, isAnonymous: true, isMine: true });

      const events: unknown[] = [];
      observer.onAny((...args) => events.push(args));
      for (const who of ['member', 'manager', 'hub', 'admin', 'rep'] as Person[]) {
        const one = await t.gql<{ idea: BoardIdea }>(`query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`, { id }, cookie[who]);
        expect(one.data!.idea.author).toBeNull();
        expect(one.data!.idea.isMine).toBe(who === 'rep');
        const list = await board(campaign.clients, 'new', who);
        expect(list.nodes.find((n) => n.id === id)!.author).toBeNull();
        const voted = await t.gql<{ vote: { idea: BoardIdea } }>(VOTE, { id, v: 'up' }, cookie[who]);
        expect(voted.data!.vote.idea.author).toBeNull();
      }
      const moved = await t.gql<{ moveIdeaToStage: { author: unknown } }>(MOVE, { id, stage: await stageId(campaign.clients, 'review') }, cookie.hub);
      expect(moved.data!.moveIdeaToStage.author).toBeNull();
      // The whole response text and every socket payload: the author's id, e-mail and name appear nowhere.
      const repId = await t.userId(PEOPLE.rep);
      const everything = JSON.stringify(await t.gql(`query($c: ID!) { ideas(campaignId: $c, first: 100) { nodes { ${IDEA_FIELDS} campaign { title } } } }`, { c: campaign.clients }, cookie.admin));
      await eventually(() => expect(events.some((e) => (e as unknown[])[0] === 'idea:stage')).toBe(true));
      const all = everything + JSON.stringify(events);
      for (const secret of [repId, PEOPLE.rep, 'Julien Petit']) expect(all.includes(secret)).toBe(false);
    });
  });

  describe('live counts', () => {
    it('broadcasts counts of a campaign for everyone; sends a restricted campaign’s only to its audience and the hub; no counts when hidden', async () => {
      const everyoneIdea = (await board(campaign.clients, 'new', 'member')).nodes[0].id;
      const packagingIdea = (await board(campaign.packaging, 'new', 'rdMember')).nodes.find((n) => !n.myVote)!.id;
      const outsider = await openSocket('outsider');
      const rd = await openSocket('rdOther');
      const hub = await openSocket('hubMember');
      // Batches of the votes of earlier tests go out within VOTE_EVENTS_FLUSH_MS: let them pass first.
      await new Promise((r) => setTimeout(r, 3 * VOTE_EVENTS_FLUSH_MS));
      const seenByOutsider: IdeaVotesPayload[] = [];
      outsider.on('idea:votes', (batch) => seenByOutsider.push(...batch));

      // Events come in batches (one per moment and audience): these votes are a moment apart.
      const rdHeard = nextEvent<IdeaVotesBatch>(rd, 'idea:votes');
      const hubHeard = nextEvent<IdeaVotesBatch>(hub, 'idea:votes');
      await t.gql(VOTE, { id: packagingIdea, v: 'up' }, cookie.rdMember);
      // Counts are hidden in this campaign until one votes: the event says so, without numbers.
      expect(await rdHeard).toEqual([{ ideaId: packagingIdea, campaignId: campaign.packaging, countsHidden: true }]);
      expect(await hubHeard).toEqual([{ ideaId: packagingIdea, campaignId: campaign.packaging, countsHidden: true }]);

      // A broadcast sent after it reaches the outsider, in order: had the restricted event reached them, it would be first.
      const outsiderHeard = nextEvent<IdeaVotesBatch>(outsider, 'idea:votes');
      const res = await t.gql<{ vote: { idea: BoardIdea } }>(VOTE, { id: everyoneIdea, v: 'down' }, cookie.member);
      const payload = await outsiderHeard;
      expect(payload).toEqual([{ ideaId: everyoneIdea, campaignId: campaign.clients, countsHidden: false, up: res.data!.vote.idea.upVotes, down: res.data!.vote.idea.downVotes }]);
      expect(seenByOutsider.map((p) => p.ideaId)).toEqual([everyoneIdea]);
    });
  });

  describe('live counts in a burst', () => {
    it('sends a burst of votes as a few batches that end on each idea’s final counts', async () => {
      const ideas = (await board(campaign.clients, 'new', 'member')).nodes.slice(0, 3).map((n) => n.id);
      const watcher = await openSocket('outsider');
      await new Promise((r) => setTimeout(r, 3 * VOTE_EVENTS_FLUSH_MS));
      const heard: IdeaVotesBatch[] = [];
      watcher.on('idea:votes', (batch) => heard.push(batch));
      const voters: Person[] = ['member', 'rep', 'manager', 'rdMember', 'rdOther', 'rdManager'];
      const votes = voters.flatMap((who, i) => ideas.map((id, j) => t.gql(VOTE, { id, v: (i + j) % 3 === 0 ? 'down' : 'up' }, cookie[who])));
      const answers = await Promise.all(votes);
      for (const a of answers) expect(a.errors).toBeUndefined();
      const final = await Promise.all(ideas.map((id) => t.gql<{ idea: BoardIdea }>(`query($id: ID!) { idea(id: $id) { upVotes downVotes } }`, { id }, cookie.admin)));
      // The last batch holding an idea carries its final counts.
      const deadline = Date.now() + 5000;
      const latest = () => new Map(heard.flat().filter((p) => ideas.includes(p.ideaId)).map((p) => [p.ideaId, p]));
      const settled = () =>
        ideas.every((id, k) => {
          const p = latest().get(id);
          return p && !p.countsHidden && p.up === final[k].data!.idea.upVotes && p.down === final[k].data!.idea.downVotes;
        });
      while (Date.now() < deadline && !settled()) {
        await new Promise((r) => setTimeout(r, 50));
      }
      ideas.forEach((id, k) => expect(latest().get(id)).toEqual({ ideaId: id, campaignId: campaign.clients, countsHidden: false, up: final[k].data!.idea.upVotes, down: final[k].data!.idea.downVotes }));
      // Eighteen votes, far fewer messages: each message holds every idea that changed in its moment, once.
      expect(heard.length).toBeLessThan(votes.length);
      for (const batch of heard) expect(new Set(batch.map((p) => p.ideaId)).size).toBe(batch.length);
    });
  });

  describe('a person outside a restricted campaign’s audience', () => {
    it('gets not-found for everything about it and changes nothing', async () => {
      const [idea] = await t.ds.query(`SELECT id, stage_id FROM ideas WHERE campaign_id = $1 LIMIT 1`, [campaign.packaging]);
      const before = await ideaTable();
      const cases: [string, Record<string, unknown>, string][] = [
        [`query($id: ID!) { campaign(id: $id) { id } }`, { id: campaign.packaging }, 'CAMPAIGN_NOT_FOUND'],
        [`query($id: ID!) { ideas(campaignId: $id) { totalCount } }`, { id: campaign.packaging }, 'CAMPAIGN_NOT_FOUND'],
        [`query($id: ID!) { idea(id: $id) { id } }`, { id: idea.id }, 'IDEA_NOT_FOUND'],
        [CREATE_IDEA, { input: { campaignId: campaign.packaging, title: 'Sneaking in' } }, 'CAMPAIGN_NOT_FOUND'],
        [UPDATE_IDEA, { id: idea.id, input: { title: 'Sneaking in' } }, 'IDEA_NOT_FOUND'],
        [VOTE, { id: idea.id, v: 'up' }, 'IDEA_NOT_FOUND'],
        [`mutation($id: ID!) { retractVote(ideaId: $id) { remainingVotes } }`, { id: idea.id }, 'IDEA_NOT_FOUND'],
        [MOVE, { id: idea.id, stage: idea.stage_id }, 'IDEA_NOT_FOUND'],
        [`mutation($id: ID!) { updateCampaign(id: $id, input: { title: "Mine" }) { id } }`, { id: campaign.packaging }, 'CAMPAIGN_NOT_FOUND'],
      ];
      for (const who of ['outsider', 'member', 'manager'] as Person[]) {
        for (const [doc, vars, code] of cases) {
          const res = await t.gql(doc, vars, cookie[who]);
          expect([who, res.errors?.map((e) => e.extensions?.code)]).toEqual([who, [code]]);
        }
        const list = await t.gql<{ campaigns: { nodes: { id: string }[] } }>(`{ campaigns(first: 50) { nodes { id } } }`, {}, cookie[who]);
        expect(list.data!.campaigns.nodes.map((n) => n.id)).not.toContain(campaign.packaging);
      }
      expect(await ideaTable()).toBe(before);
    });
  });
});
