import request from 'supertest';
import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `{ me { id displayName email role locale isHubMember department { code nameFr nameEn kind } } }`;
const USERS = `query Users($search: String, $first: Int!, $after: String, $departmentId: ID, $role: Role) {
  users(search: $search, first: $first, after: $after, departmentId: $departmentId, role: $role) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id displayName role department { code } }
  }
}`;

describe('GraphQL API', () => {
  let t: TestApp;
  let member: string;
  let admin: string;

  beforeAll(async () => {
    // Several tests here count the statements a request runs; a periodic job (alert detection, say)
    // running meanwhile on the same pool would be counted with them. This suite tests no job.
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    member = await t.signIn('hugo.moreau@maison-lumiere.example');
    admin = await t.signIn('ethan.brooks@maison-lumiere.example');
  });
  afterAll(() => t.close());

  describe('me', () => {
    it('returns the signed-in user with department and hub membership', async () => {
      const res = await t.gql<{ me: Record<string, unknown> }>(ME, {}, member);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me).toMatchObject({
        displayName: 'Hugo Moreau',
        role: 'member',
        locale: 'fr',
        isHubMember: true,
        department: { code: 'hub', kind: 'hub', nameEn: 'Social hub' },
      });
    });

    it('costs one statement on a session’s first request (the session lookup brings the user and its hub membership), none after', async () => {
      const fresh = await t.signIn('hugo.moreau@maison-lumiere.example');
      const me = () => t.gql<{ me: { displayName: string; isHubMember: boolean } }>(`{ me { id displayName email role locale jobTitle isHubMember lastLoginAt createdAt } }`, {}, fresh);
      const first = await countQueries(t.ds, me);
      expect(first.result.data?.me).toMatchObject({ displayName: 'Hugo Moreau', isHubMember: true });
      // The rate limiter's occasional budget reservation and the once-a-minute last_seen_at touch aside.
      const statements = first.queries.filter((q) => !/rate_limits|SET last_seen_at/.test(q));
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/FROM sessions s/);
      // The instance keeps the session it read for a few seconds (SESSION_CACHE_SECONDS).
      const next = await countQueries(t.ds, me);
      expect(next.result.data?.me).toMatchObject({ displayName: 'Hugo Moreau', isHubMember: true });
      expect(next.queries.filter((q) => !/rate_limits/.test(q))).toEqual([]);
    });

    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      const res = await t.gql(ME);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    });

    it('refuses a forged or malformed session cookie', async () => {
      for (const cookie of ['ruche_session=abc', 'ruche_session=' + 'A'.repeat(43), 'ruche_session=%%%', 'x'.repeat(9000)]) {
        const res = await t.gql(ME, {}, cookie);
        expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('directory', () => {
    it('lists departments with member counts, hub first', async () => {
      const res = await t.gql<{ departments: { code: string; kind: string; memberCount: number }[] }>(
        `{ departments { code kind memberCount } }`,
        {},
        member,
      );
      const deps = res.data!.departments;
      expect(deps).toHaveLength(9);
      expect(deps[0]).toMatchObject({ code: 'hub', kind: 'hub' });
      expect(deps.reduce((sum, d) => sum + d.memberCount, 0)).toBe(40);
      expect(deps.find((d) => d.code === 'marketing')?.memberCount).toBe(5);
    });

    it('pages through every user exactly once with opaque cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res: { data?: { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] } } } =
          await t.gql(USERS, { first: 7, after }, member);
        const page = res.data!.users;
        expect(page.totalCount).toBe(40);
        seen.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(6);
      expect(new Set(seen).size).toBe(40);
      expect(seen).toHaveLength(40);
    });

    it('searches names and emails ignoring accents and case', async () => {
      for (const search of ['élodie', 'ELODIE', 'lambert', 'elodie.lambert@']) {
        const res = await t.gql<{ users: { nodes: { displayName: string }[] } }>(USERS, { search, first: 10 }, member);
        expect(res.data!.users.nodes.map((n) => n.displayName)).toEqual(['Élodie Lambert']);
      }
    });

    it('treats LIKE wildcards in the search as plain text', async () => {
      const res = await t.gql<{ users: { totalCount: number } }>(USERS, { search: '%', first: 10 }, member);
      expect(res.data!.users.totalCount).toBe(0);
      const underscore = await t.gql<{ users: { totalCount: number } }>(USERS, { search: '_', first: 10 }, member);
      expect(underscore.data!.users.totalCount).toBe(0);
    });

    it('filters by department and role', async () => {
      const deps = await t.gql<{ departments: { id: string; code: string }[] }>(`{ departments { id code } }`, {}, member);
      const rd = deps.data!.departments.find((d) => d.code === 'rd')!;
      const res = await t.gql<{ users: { totalCount: number; nodes: { department: { code: string } }[] } }>(
        USERS,
        { departmentId: rd.id, first: 50 },
        member,
      );
      expect(res.data!.users.totalCount).toBe(6);
      expect(res.data!.users.nodes.every((n) => n.department.code === 'rd')).toBe(true);
      const managers = await t.gql<{ users: { totalCount: number } }>(USERS, { role: 'manager', first: 50 }, member);
      expect(managers.data!.users.totalCount).toBe(8);
    });

    it('refuses bad paging and search input with BAD_USER_INPUT', async () => {
      const cases: Record<string, unknown>[] = [
        { first: 0 },
        { first: 101 },
        { first: -5 },
        { first: 10, after: 'not-a-cursor' },
        { first: 10, after: Buffer.from('["a","not-a-uuid"]').toString('base64url') },
        { first: 10, search: 'x'.repeat(101) },
        { first: 10, departmentId: 'nope' },
      ];
      for (const vars of cases) {
        const res = await t.gql(USERS, vars, member);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses wrongly typed variables', async () => {
      const res = await t.gql(USERS, { first: 'ten' }, member);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const role = await t.gql(USERS, { first: 5, role: 'EMPEROR' }, member);
      expect(role.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers unknown ids with NOT_FOUND codes', async () => {
      const user = await t.gql(`{ user(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}, member);
      expect(user.errors?.[0].extensions?.code).toBe('USER_NOT_FOUND');
      const dep = await t.gql(`{ department(id: "garbage") { id } }`, {}, member);
      expect(dep.errors?.[0].extensions?.code).toBe('DEPARTMENT_NOT_FOUND');
    });

    it('batches per-row fields: a page of 40 users costs a fixed number of queries', async () => {
      // The rate limiter's occasional budget reservation and the once-a-minute last_seen_at touch aside.
      const statements = async (first: number) =>
        (await countQueries(t.ds, () => t.gql(USERS, { first }, member))).queries.filter((q) => !/rate_limits|SET last_seen_at/.test(q));
      const small = await statements(5);
      const large = await statements(40);
      // session lookup (with the user) + page + count + one batched department load
      expect(small.length).toBeGreaterThan(0);
      expect(large.length).toBeGreaterThan(0);
      expect(large.length).toBe(small.length);
      expect(large.filter((q) => /FROM "?departments"?|"DepartmentEntity"/.test(q))).toHaveLength(1);
      expect(large.length).toBeLessThanOrEqual(5);
    });
  });

  describe('preferences and administration', () => {
    it('lets a user change their own language', async () => {
      const res = await t.gql<{ updateMyPreferences: { locale: string } }>(
        `mutation { updateMyPreferences(input: { locale: en }) { locale } }`,
        {},
        member,
      );
      expect(res.data?.updateMyPreferences.locale).toBe('en');
      const me = await t.gql<{ me: { locale: string } }>(`{ me { locale } }`, {}, member);
      expect(me.data?.me.locale).toBe('en');
      // Leave the shared fixture as found, so no other test depends on running before or after this one.
      await t.gql(`mutation { updateMyPreferences(input: { locale: fr }) { locale } }`, {}, member);
    });

    it('lets only administrators change the hub model, and audits it', async () => {
      const audited = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'organisation.update'`))[0].n as number;
      const before = await audited();
      const denied = await t.gql(`mutation { updateOrganisation(input: { hubModel: centralised }) { hubModel } }`, {}, member);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const ok = await t.gql<{ updateOrganisation: { hubModel: string } }>(
        `mutation { updateOrganisation(input: { hubModel: distributed }) { hubModel } }`,
        {},
        admin,
      );
      expect(ok.data?.updateOrganisation.hubModel).toBe('distributed');
      expect(await audited()).toBe(before + 1);
      const blank = await t.gql(`mutation { updateOrganisation(input: { name: "   " }) { name } }`, {}, admin);
      expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await t.gql(`mutation { updateOrganisation(input: { hubModel: collegial }) { hubModel } }`, {}, admin);
    });

    it('lets only administrators change roles; an admin cannot demote themself', async () => {
      const target = await t.userId('zoe.martin@maison-lumiere.example');
      const denied = await t.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: admin) { role } }`, { id: target }, member);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const ok = await t.gql<{ setUserRole: { role: string } }>(
        `mutation($id: ID!) { setUserRole(userId: $id, role: department_rep) { role } }`,
        { id: target },
        admin,
      );
      expect(ok.data?.setUserRole.role).toBe('department_rep');
      const self = await t.userId('ethan.brooks@maison-lumiere.example');
      const selfDemote = await t.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: member) { role } }`, { id: self }, admin);
      expect(selfDemote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await t.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: member) { role } }`, { id: target }, admin);
    });
  });

  describe('protections', () => {
    it('refuses documents deeper than GRAPHQL_MAX_DEPTH with QUERY_TOO_COMPLEX', async () => {
      const shallow = await startTestApp({ seed: true, env: { GRAPHQL_MAX_DEPTH: '2' } });
      try {
        const cookie = await shallow.signIn('hugo.moreau@maison-lumiere.example');
        expect((await shallow.gql(`{ me { id } }`, {}, cookie)).errors).toBeUndefined();
        const deep = await shallow.gql(`{ me { department { id } } }`, {}, cookie);
        expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
        const viaFragment = await shallow.gql(`{ me { ...D } } fragment D on User { department { code } }`, {}, cookie);
        expect(viaFragment.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      } finally {
        await shallow.close();
      }
    });

    it('refuses cyclic fragments before running them', async () => {
      const fragments = Array.from({ length: 3 }, (_, i) => `fragment F${i} on User { department { id } ...F${i + 1} }`).join(' ');
      const cyclic = await t.gql(`{ me { ...F0 } } ${fragments} fragment F3 on User { ...F0 }`, {}, member);
      expect(cyclic.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses expensive queries with QUERY_TOO_COMPLEX', async () => {
      const aliases = Array.from({ length: 30 }, (_, i) => `u${i}: users(first: 100) { nodes { id department { id memberCount } } }`).join(' ');
      const res = await t.gql(`{ ${aliases} }`, {}, member);
      expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('blocks CSRF: simple cross-site requests are refused', async () => {
      const res = await request(t.server).post('/graphql').set('Content-Type', 'text/plain').set('Cookie', member).send(JSON.stringify({ query: ME }));
      expect(res.status).toBe(400);
      const get = await request(t.server).get('/graphql').query({ query: 'mutation { updateMyPreferences(input: {locale: fr}) { locale } }' }).set('Cookie', member);
      expect(get.status).toBe(400);
    });

    it('rejects malformed and oversized bodies with a clear error', async () => {
      const bad = await request(t.server).post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('BAD_USER_INPUT');
      const huge = await request(t.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(300_000) } }));
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
      const parse = await t.gql(`{ me { `, {}, member);
      expect(parse.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const unknown = await t.gql(`{ nope }`, {}, member);
      expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('sends security headers and a request id', async () => {
      const res = await request(t.server).get('/healthz').set('X-Request-Id', 'test-request-0001');
      expect(res.headers['x-request-id']).toBe('test-request-0001');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const forged = await request(t.server).get('/healthz').set('X-Request-Id', 'bad id with spaces');
      expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      // GraphQL answers are personal: never stored, whether they succeed or not.
      for (const [query, cookie] of [[ME, member], [ME, undefined], ['{ nope }', member]] as const) {
        const gql = request(t.server).post('/graphql').set('Content-Type', 'application/json');
        if (cookie) gql.set('Cookie', cookie);
        expect((await gql.send({ query })).headers['cache-control']).toBe('no-store');
      }
    });

    it("serves the web app's page and files with its headers and without looking up the session", async () => {
      const { result, queries } = await countQueries(t.ds, () =>
        Promise.all(['/', '/people', '/favicon.svg', '/_app/version.json'].map((path) => request(t.server).get(path).set('Cookie', member))),
      );
      for (const res of result) expect(res.status).toBe(200);
      expect(result[0].headers['content-type']).toMatch(/^text\/html/);
      expect(result[0].headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
      expect(result[0].headers['x-request-id']).toBeDefined();
      expect(queries).toEqual([]);
    });
  });
});
