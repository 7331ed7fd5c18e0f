import { can, DEFAULT_STAGES, type Role } from '@ruche/shared';
import { RealtimeService } from '../../server/src/core/realtime/realtime.service';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Campaigns (Hivemind): listing, reading, creating and changing them, who may do each, and the rule
 * that a campaign restricted to some departments does not exist for anyone else.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing
  rep: EMAIL('julien.petit'), // Marketing
  manager: EMAIL('claire.dubois'), // Marketing
  hub: EMAIL('camille.laurent'), // hub coordinator
  hubMember: EMAIL('hugo.moreau'), // hub, member
  admin: EMAIL('ethan.brooks'), // IT
  rdMember: EMAIL('priya.sharma'), // R&D: the packaging campaign's audience
  rdManager: EMAIL('elodie.lambert'), // R&D manager, its creator
  outsider: EMAIL('james.walker'), // Sales: outside the packaging campaign's audience
};
type Person = keyof typeof PEOPLE;

const CAMPAIGN_FIELDS = `id title status audience voteBudget hideCountsUntilVoted descriptionHtml ideaCount myRemainingVotes
  viewerCanRun viewerCanParticipate viewerCanModerate department { code } audienceDepartments { code } stages { key kind position nameFr nameEn } createdBy { email }`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} opensAt closesAt description } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} opensAt closesAt } }`;

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

describe('campaigns', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const dept: Record<string, string> = {};
  const campaign: Record<string, string> = {};

  /** What the campaign tables hold: a refused mutation must leave it as it was. */
  const snapshot = async () =>
    JSON.stringify(
      await t.ds.query(`SELECT (SELECT md5(string_agg(concat_ws('|', id, title, description, description_html, opens_at, closes_at, audience, vote_budget, hide_counts_until_voted, updated_at), ',' ORDER BY id)) FROM campaigns) AS c,
                               (SELECT md5(string_agg(concat_ws('|', campaign_id, department_id), ',' ORDER BY campaign_id, department_id)) FROM campaign_departments) AS d,
                               (SELECT count(*) FROM campaign_stages) AS s, (SELECT count(*) FROM audit_log) AS a`),
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
    for (const d of await t.ds.query(`SELECT id, code FROM departments`)) dept[d.code] = d.id;
    for (const c of await t.ds.query(`SELECT id, title FROM campaigns`)) {
      if (c.title.startsWith('Mieux servir')) campaign.clients = c.id;
      if (c.title.startsWith('Sustainable')) campaign.packaging = c.id;
      if (c.title.startsWith('Qualité')) campaign.qvt = c.id;
    }
  });
  afterAll(() => t.close());

  describe('demo data', () => {
    it('seeds three campaigns with the default pipeline, ideas at several stages, and consistent counters and budgets', async () => {
      expect(Object.keys(campaign).sort()).toEqual(['clients', 'packaging', 'qvt']);
      const [stats] = await t.ds.query(`
        SELECT (SELECT count(*)::int FROM campaign_stages) AS stages,
               (SELECT count(DISTINCT stage_id)::int FROM ideas) AS used_stages,
               (SELECT min(n)::int FROM (SELECT count(*) AS n FROM ideas GROUP BY campaign_id) x) AS fewest_ideas,
               (SELECT count(*)::int FROM idea_tallies i WHERE up_votes <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.idea_id AND value = 1)
                                                    OR down_votes <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.idea_id AND value = -1)) AS wrong_counters,
               (SELECT count(*)::int FROM campaign_vote_budgets b WHERE used <> (SELECT count(*) FROM idea_votes v WHERE v.campaign_id = b.campaign_id AND v.user_id = b.user_id)) AS wrong_budgets,
               (SELECT max(used)::int FROM campaign_vote_budgets WHERE campaign_id = $1) AS most_used_in_budgeted,
               (SELECT count(*)::int FROM idea_votes) AS votes,
               (SELECT count(*)::int FROM ideas WHERE anonymous) AS anonymous`,
        [campaign.qvt],
      );
      expect(stats.stages).toBe(3 * DEFAULT_STAGES.length);
      expect(stats.used_stages).toBeGreaterThanOrEqual(8);
      expect(stats.fewest_ideas).toBeGreaterThanOrEqual(8);
      expect(stats.wrong_counters).toBe(0);
      expect(stats.wrong_budgets).toBe(0);
      expect(stats.most_used_in_budgeted).toBeLessThanOrEqual(5);
      expect(stats.votes).toBeGreaterThan(100);
      expect(stats.anonymous).toBeGreaterThan(0);
    });
  });

  describe('who sees what', () => {
    const listed = async (p: Person) => {
      const res = await t.gql<{ campaigns: { totalCount: number; nodes: { id: string }[] } }>(`{ campaigns(first: 50) { totalCount nodes { id } } }`, {}, cookie[p]);
      expect(res.errors).toBeUndefined();
      return res.data!.campaigns;
    };

    const SEES_PACKAGING: Record<Person, boolean> = {
      member: false,
      rep: false,
      manager: false,
      hub: true,
      hubMember: true,
      admin: true,
      rdMember: true,
      rdManager: true,
      outsider: false,
    };

    for (const [p, sees] of Object.entries(SEES_PACKAGING) as [Person, boolean][]) {
      it(`${p} ${sees ? 'sees' : 'does not see'} the R&D-only campaign in the list, its count and by id`, async () => {
        const list = await listed(p);
        expect(list.nodes.map((n) => n.id).includes(campaign.packaging)).toBe(sees);
        expect(list.totalCount).toBe(sees ? 3 : 2);
        const one = await t.gql<{ campaign: { id: string } }>(`query($id: ID!) { campaign(id: $id) { id } }`, { id: campaign.packaging }, cookie[p]);
        if (sees) expect(one.data?.campaign.id).toBe(campaign.packaging);
        else {
          expect(one.errors?.map((e) => e.extensions?.code)).toEqual(['CAMPAIGN_NOT_FOUND']);
          expect(one.errors?.[0].message).toBe('This campaign does not exist.');
        }
      });
    }

    it('answers an unknown and a malformed id exactly as a hidden one', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1' OR '1'='1", 'x'.repeat(10_000)]) {
        const res = await t.gql(`query($id: ID!) { campaign(id: $id) { id } }`, { id }, cookie.outsider);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['CAMPAIGN_NOT_FOUND']);
      }
    });

    it('filters the SQL listing exactly as the shared policy rule campaign.view says, for every demo person', async () => {
      const people: { id: string; role: Role; department_id: string; kind: string }[] = await t.ds.query(
        `SELECT u.id, u.role, u.department_id, d.kind FROM users u JOIN departments d ON d.id = u.department_id ORDER BY u.email LIMIT 40`,
      );
      const campaigns: { id: string; department_id: string; created_by: string; audience: string; ids: string[] }[] = await t.ds.query(
        `SELECT c.id, c.department_id, c.created_by, c.audience, ARRAY(SELECT department_id::text FROM campaign_departments WHERE campaign_id = c.id) AS ids FROM campaigns c`,
      );
      for (const person of people.filter((_, i) => i % 4 === 0)) {
        const actor = { id: person.id, role: person.role, departmentId: person.department_id, isHubMember: person.kind === 'hub' };
        const expected = campaigns
          .filter((c) => can(actor, 'campaign.view', { departmentId: c.department_id, createdBy: c.created_by, audienceDepartmentIds: c.audience === 'everyone' ? null : c.ids }))
          .map((c) => c.id)
          .sort();
        const seen = (await listed_as(person.id)).sort();
        expect(seen).toEqual(expected);
      }
    });

    it('keeps the SQL listing and the policy rule in step for a spoke person of every role', async () => {
      const id = await t.userId(PEOPLE.outsider);
      const c = await t.signIn(id);
      const campaigns: { id: string; department_id: string; created_by: string; audience: string; ids: string[] }[] = await t.ds.query(
        `SELECT c.id, c.department_id, c.created_by, c.audience, ARRAY(SELECT department_id::text FROM campaign_departments WHERE campaign_id = c.id) AS ids FROM campaigns c`,
      );
      try {
        for (const role of ['member', 'department_rep', 'manager', 'hub_coordinator', 'admin'] as Role[]) {
          await t.ds.query(`UPDATE users SET role = $2 WHERE id = $1`, [id, role]);
          // Announced as UsersService.setRole does, so that the instance reads the session again.
          t.app.get(RealtimeService).accountChanged(id);
          const actor = { id, role, departmentId: dept.ventes, isHubMember: false };
          const expected = campaigns
            .filter((x) => can(actor, 'campaign.view', { departmentId: x.department_id, createdBy: x.created_by, audienceDepartmentIds: x.audience === 'everyone' ? null : x.ids }))
            .map((x) => x.id)
            .sort();
          const res = await t.gql<{ campaigns: { nodes: { id: string }[] } }>(`{ campaigns(first: 50) { nodes { id } } }`, {}, c);
          expect([role, res.data!.campaigns.nodes.map((n) => n.id).sort()]).toEqual([role, expected]);
        }
      } finally {
        await t.ds.query(`UPDATE users SET role = 'member' WHERE id = $1`, [id]);
      }
    });

    const listed_as = async (userId: string) => {
      const c = await t.signIn(userId);
      const res = await t.gql<{ campaigns: { nodes: { id: string }[] } }>(`{ campaigns(first: 50) { nodes { id } } }`, {}, c);
      return res.data!.campaigns.nodes.map((n) => n.id);
    };

    it('filters by status and pages with a stable cursor', async () => {
      const soon = await t.gql<{ createCampaign: { id: string; status: string } }>(
        CREATE,
        { input: { title: 'Upcoming one', opensAt: days(3), closesAt: days(30) } },
        cookie.hub,
      );
      expect(soon.data?.createCampaign.status).toBe('upcoming');
      const upcoming = await t.gql<{ campaigns: { nodes: { id: string }[] } }>(`{ campaigns(first: 10, status: upcoming) { nodes { id } } }`, {}, cookie.member);
      expect(upcoming.data?.campaigns.nodes.map((n) => n.id)).toEqual([soon.data!.createCampaign.id]);
      const open = await t.gql<{ campaigns: { nodes: { id: string; status: string }[] } }>(`{ campaigns(first: 10, status: open) { nodes { id status } } }`, {}, cookie.member);
      expect(open.data?.campaigns.nodes.map((n) => n.status)).toEqual(['open', 'open']);
      const closed = await t.gql<{ campaigns: { totalCount: number } }>(`{ campaigns(first: 10, status: closed) { totalCount } }`, {}, cookie.member);
      expect(closed.data?.campaigns.totalCount).toBe(0);

      const all: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page: { data?: { campaigns: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await t.gql(
          `query($after: String) { campaigns(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { after },
          cookie.admin,
        );
        all.push(...page.data!.campaigns.nodes.map((n) => n.id));
        if (!page.data!.campaigns.pageInfo.hasNextPage) break;
        after = page.data!.campaigns.pageInfo.endCursor;
      }
      const whole = await t.gql<{ campaigns: { nodes: { id: string }[] } }>(`{ campaigns(first: 50) { nodes { id } } }`, {}, cookie.admin);
      expect(all).toEqual(whole.data!.campaigns.nodes.map((n) => n.id));
      expect(new Set(all).size).toBe(4);
      await t.ds.query(`DELETE FROM campaigns WHERE id = $1`, [soon.data!.createCampaign.id]);
    });

    it('refuses a garbage cursor, a page size out of range and an unknown status with a code', async () => {
      for (const [doc, code] of [
        [`{ campaigns(first: 5, after: "garbage") { totalCount } }`, 'BAD_USER_INPUT'],
        [`{ campaigns(first: 0) { totalCount } }`, 'BAD_USER_INPUT'],
        [`{ campaigns(first: 1000) { totalCount } }`, 'BAD_USER_INPUT'],
        [`{ campaigns(first: 5, status: finished) { totalCount } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ]) {
        const res = await t.gql(doc, {}, cookie.member);
        expect(res.errors?.[0].extensions?.code).toBe(code);
      }
    });

    it('tells each person what they may do', async () => {
      const q = `query($id: ID!) { campaign(id: $id) { viewerCanRun viewerCanParticipate viewerCanModerate } }`;
      const as = async (p: Person, id: string) => (await t.gql<{ campaign: Record<string, boolean> }>(q, { id }, cookie[p])).data!.campaign;
      expect(await as('member', campaign.clients)).toEqual({ viewerCanRun: false, viewerCanParticipate: true, viewerCanModerate: false });
      expect(await as('hub', campaign.clients)).toEqual({ viewerCanRun: true, viewerCanParticipate: true, viewerCanModerate: true });
      expect(await as('rdMember', campaign.packaging)).toEqual({ viewerCanRun: false, viewerCanParticipate: true, viewerCanModerate: false });
      expect(await as('rdManager', campaign.packaging)).toEqual({ viewerCanRun: true, viewerCanParticipate: true, viewerCanModerate: false });
      // The hub and administrators see a restricted campaign but are not asked in it.
      expect(await as('hubMember', campaign.packaging)).toEqual({ viewerCanRun: false, viewerCanParticipate: false, viewerCanModerate: false });
      expect(await as('admin', campaign.packaging)).toEqual({ viewerCanRun: true, viewerCanParticipate: false, viewerCanModerate: true });
    });
  });

  describe('createCampaign', () => {
    const input = (over: Record<string, unknown> = {}) => ({
      departmentId: dept.marketing,
      title: 'Nos idées pour le salon 2027',
      description: 'Proposez **vos** idées <script>alert(1)</script>',
      opensAt: days(-1),
      closesAt: days(20),
      ...over,
    });

    it('creates a campaign with the default pipeline, sanitised description, audit entry', async () => {
      const res = await t.gql<{ createCampaign: Record<string, unknown> & { id: string; stages: { key: string; kind: string; position: number }[] } }>(
        CREATE,
        { input: input({ voteBudget: 3, hideCountsUntilVoted: true }) },
        cookie.manager,
      );
      expect(res.errors).toBeUndefined();
      const c = res.data!.createCampaign;
      expect(c).toMatchObject({ title: 'Nos idées pour le salon 2027', status: 'open', audience: 'everyone', voteBudget: 3, myRemainingVotes: 3, hideCountsUntilVoted: true, ideaCount: 0, department: { code: 'marketing' }, createdBy: { email: PEOPLE.manager }, viewerCanRun: true });
      expect(c.descriptionHtml).toBe('<p>Proposez <strong>vos</strong> idées </p>');
      expect(c.description).toBe('Proposez **vos** idées <script>alert(1)</script>');
      expect(c.stages.map((s) => [s.key, s.kind, s.position])).toEqual(DEFAULT_STAGES.map((s, i) => [s.key, s.kind, i]));
      const [audit] = await t.ds.query(`SELECT actor_id, action FROM audit_log WHERE target_id = $1`, [c.id]);
      expect(audit).toEqual({ actor_id: await t.userId(PEOPLE.manager), action: 'campaign.create' });
    });

    it('creates a campaign restricted to departments, invisible to the others', async () => {
      const res = await t.gql<{ createCampaign: { id: string; audienceDepartments: { code: string }[] } }>(
        CREATE,
        { input: input({ departmentId: dept.hub, title: 'Ventes et service client', audience: 'departments', audienceDepartmentIds: [dept.ventes, dept['service-client']] }) },
        cookie.hub,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createCampaign.audienceDepartments.map((d) => d.code).sort()).toEqual(['service-client', 'ventes']);
      const id = res.data!.createCampaign.id;
      const seen = await t.gql(`query($id: ID!) { campaign(id: $id) { id } }`, { id }, cookie.member);
      expect(seen.errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_FOUND');
      const sales = await t.gql<{ campaign: { viewerCanParticipate: boolean } }>(`query($id: ID!) { campaign(id: $id) { viewerCanParticipate } }`, { id }, cookie.outsider);
      expect(sales.data?.campaign.viewerCanParticipate).toBe(true);
    });

    /** Who may create what, under the demo's collegial model and under the centralised one. */
    const MATRIX: [string, Person, () => Record<string, unknown>, 'ok' | 'FORBIDDEN', string?][] = [
      ['a member, for their department', 'member', () => ({}), 'FORBIDDEN'],
      ['a representative, for their department (collegial)', 'rep', () => ({}), 'ok'],
      ['a manager, for another department', 'manager', () => ({ departmentId: dept.ventes }), 'FORBIDDEN'],
      ['a hub coordinator, for any department', 'hub', () => ({ departmentId: dept.ventes }), 'ok'],
      ['an administrator, for any department', 'admin', () => ({ departmentId: dept.finance }), 'ok'],
      ['a hub member who is not a coordinator', 'hubMember', () => ({ departmentId: dept.hub }), 'FORBIDDEN'],
      ['a representative, for everyone (centralised)', 'rep', () => ({}), 'FORBIDDEN', 'centralised'],
      ['a manager, for everyone (centralised: the hub runs company-wide campaigns)', 'manager', () => ({}), 'FORBIDDEN', 'centralised'],
      ['a manager, for their own department’s people (centralised)', 'manager', () => ({ audience: 'departments', audienceDepartmentIds: [dept.marketing] }), 'ok', 'centralised'],
      ['a manager, for another department’s people (centralised)', 'manager', () => ({ audience: 'departments', audienceDepartmentIds: [dept.ventes] }), 'FORBIDDEN', 'centralised'],
      ['a hub coordinator, for everyone (centralised)', 'hub', () => ({}), 'ok', 'centralised'],
    ];
    for (const [name, who, over, outcome, model] of MATRIX) {
      it(`${outcome === 'ok' ? 'lets' : 'refuses'} ${name}`, async () => {
        if (model) await t.ds.query(`UPDATE organisation SET hub_model = $1`, [model]);
        try {
          const before = await snapshot();
          const res = await t.gql<{ createCampaign: { id: string } }>(CREATE, { input: input(over()) }, cookie[who]);
          if (outcome === 'ok') expect(res.errors).toBeUndefined();
          else {
            expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
            expect(await snapshot()).toBe(before);
          }
        } finally {
          await t.ds.query(`UPDATE organisation SET hub_model = 'collegial'`);
        }
      });
    }

    const BAD: [string, Record<string, unknown>, string][] = [
      ['an empty title', { title: '   ' }, 'title'],
      ['an oversized title', { title: 'x'.repeat(201) }, 'title'],
      ['an oversized description', { description: 'x'.repeat(20_001) }, 'description'],
      ['dates out of order', { opensAt: days(5), closesAt: days(4) }, 'closesAt'],
      ['equal dates', { opensAt: days(5), closesAt: days(5) }, 'closesAt'],
      ['a closing date in the past', { opensAt: days(-10), closesAt: days(-1) }, 'closesAt'],
      ['a campaign longer than two years', { opensAt: days(0), closesAt: days(800) }, 'closesAt'],
      ['a budget of 0', { voteBudget: 0 }, 'voteBudget'],
      ['a budget over the limit', { voteBudget: 1001 }, 'voteBudget'],
      ['a departments audience without departments', { audience: 'departments' }, 'audienceDepartmentIds'],
      ['an everyone audience with departments', { audienceDepartmentIds: ['00000000-0000-4000-8000-000000000001'] }, 'audienceDepartmentIds'],
      ['an unknown audience department', { audience: 'departments', audienceDepartmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'audienceDepartmentIds'],
      ['a garbage audience department', { audience: 'departments', audienceDepartmentIds: ['nope'] }, 'audienceDepartmentIds'],
      ['a garbage owning department', { departmentId: 'nope' }, 'departmentId'],
    ];
    for (const [name, over, field] of BAD) {
      it(`refuses ${name} with BAD_USER_INPUT on ${field} and changes nothing`, async () => {
        const before = await snapshot();
        const res = await t.gql(CREATE, { input: input(over) }, cookie.hub);
        expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
        expect(res.data ?? null).toBeNull();
        expect(await snapshot()).toBe(before);
      });
    }

    it('refuses a wrong enum, a wrong type and a malformed date before any work', async () => {
      for (const bad of [{ audience: 'nobody' }, { voteBudget: 'three' }, { opensAt: 'tomorrow' }, { title: 42 }]) {
        const before = await snapshot();
        const res = await t.gql(CREATE, { input: input(bad) }, cookie.hub);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(await snapshot()).toBe(before);
      }
    });

    it('asks anonymous callers to sign in', async () => {
      const res = await t.gql(CREATE, { input: input() });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateCampaign', () => {
    it('lets its runners change title, dates, budget and options; null removes the budget', async () => {
      const res = await t.gql<{ updateCampaign: Record<string, unknown> }>(UPDATE, { id: campaign.packaging, input: { title: 'Packaging lab 2027', voteBudget: 4, hideCountsUntilVoted: false } }, cookie.rdManager);
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateCampaign).toMatchObject({ title: 'Packaging lab 2027', voteBudget: 4, hideCountsUntilVoted: false, audience: 'departments' });
      const cleared = await t.gql<{ updateCampaign: Record<string, unknown> }>(UPDATE, { id: campaign.packaging, input: { voteBudget: null, hideCountsUntilVoted: true } }, cookie.rdManager);
      expect(cleared.data!.updateCampaign).toMatchObject({ voteBudget: null, myRemainingVotes: null, hideCountsUntilVoted: true, title: 'Packaging lab 2027' });
    });

    const WHO: [Person, string][] = [
      // Marketing and Sales are outside its audience: for them it does not exist.
      ['member', 'CAMPAIGN_NOT_FOUND'],
      ['rep', 'CAMPAIGN_NOT_FOUND'],
      ['manager', 'CAMPAIGN_NOT_FOUND'],
      ['outsider', 'CAMPAIGN_NOT_FOUND'],
      ['rdMember', 'FORBIDDEN'],
      ['hubMember', 'FORBIDDEN'],
      ['hub', 'ok'],
      ['admin', 'ok'],
      ['rdManager', 'ok'],
    ];
    for (const [who, outcome] of WHO) {
      it(`${who} → ${outcome} on the R&D campaign`, async () => {
        const before = await snapshot();
        const res = await t.gql(UPDATE, { id: campaign.packaging, input: { description: 'Same brief, reworded.' } }, cookie[who]);
        if (outcome === 'ok') expect(res.errors).toBeUndefined();
        else {
          expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
          expect(await snapshot()).toBe(before);
        }
      });
    }

    it('refuses widening the audience beyond what the runner may create (centralised), and bad dates', async () => {
      await t.ds.query(`UPDATE organisation SET hub_model = 'centralised'`);
      try {
        const before = await snapshot();
        const res = await t.gql(UPDATE, { id: campaign.packaging, input: { audience: 'everyone' } }, cookie.rdManager);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        const dates = await t.gql(UPDATE, { id: campaign.packaging, input: { closesAt: days(-30) } }, cookie.rdManager);
        expect(dates.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'closesAt']]);
        const owner = await t.gql(UPDATE, { id: 'garbage', input: { title: 'x' } }, cookie.admin);
        expect(owner.errors?.map((e) => e.extensions?.code)).toEqual(['CAMPAIGN_NOT_FOUND']);
        expect(await snapshot()).toBe(before);
      } finally {
        await t.ds.query(`UPDATE organisation SET hub_model = 'collegial'`);
      }
    });

    it('closes a campaign early when its runner sets the closing date to now', async () => {
      const created = await t.gql<{ createCampaign: { id: string } }>(CREATE, { input: { title: 'Short one', opensAt: days(-2), closesAt: days(2) } }, cookie.hub);
      const id = created.data!.createCampaign.id;
      const closed = await t.gql<{ updateCampaign: { status: string } }>(UPDATE, { id, input: { closesAt: new Date().toISOString() } }, cookie.hub);
      expect(closed.data?.updateCampaign.status).toBe('closed');
    });
  });
});
