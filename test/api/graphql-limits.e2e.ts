import { getIntrospectionQuery } from 'graphql';
import { countQueries } from '../support/query-counter';
import { generateKeyPair } from '../support/saml-idp';
import { startTestApp, type TestApp } from '../support/test-app';

const rep = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
const ME = '{ me { id displayName } }';
/** F0 spreads F1 twice, F1 spreads F2 twice, …: 2^levels fields once expanded. */
const doublingFragments = (levels: number) =>
  `{ me { ...F0 } } ${rep(levels, (i) => `fragment F${i} on User { id ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on User { id }`;
const PERSON = 'id displayName jobTitle role isHubMember department { id code kind nameFr nameEn }';

describe('GraphQL limits', () => {
  let t: TestApp;
  let member: string;

  beforeAll(async () => {
    // Statement counts below must not include a periodic job's, run meanwhile on the same pool.
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    member = await t.signIn('hugo.moreau@maison-lumiere.example');
  });
  afterAll(() => t.close());

  async function refusal(query: string, variables?: Record<string, unknown>) {
    const res = await t.gql(query, variables, member);
    expect(res.data ?? undefined).toBeUndefined();
    return { status: res.status, code: res.errors?.[0].extensions?.code, message: res.errors?.[0].message };
  }

  describe('documents whose validation would not be linear', () => {
    afterEach(async () => {
      // the server still answers a normal query right away
      expect((await t.gql(ME, {}, member)).data?.me).toMatchObject({ displayName: 'Hugo Moreau' });
    });

    it('refuses 1.5 KB of fragments each spreading the next one twice', async () => {
      const query = doublingFragments(30);
      expect(query.length).toBeLessThan(1600);
      expect(await refusal(query)).toEqual({
        status: 400,
        code: 'QUERY_TOO_COMPLEX',
        message: 'The query has 2147483648 fields once its fragments are expanded; the limit is 1000.',
      });
    });

    it('refuses 10,000 aliases at the parser (token cap)', async () => {
      const res = await refusal(`{ ${rep(10_000, (i) => `a${i}: me { id }`)} }`);
      expect(res).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
      expect(res.message).toMatch(/more that 2000 tokens/);
    });

    it('refuses more aliases than allowed in a small document', async () => {
      expect(await refusal(`{ me { ${rep(60, (i) => `a${i}: id`)} } }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: 'The query has 60 aliases; the limit is 50.' });
    });

    it('refuses a huge token count at the parser', async () => {
      expect(await refusal(`{ me { ${'id '.repeat(50_000)}} }`)).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    });

    it('refuses deeply nested list values and selection sets', async () => {
      expect(await refusal(`{ user(id: ${'['.repeat(500)}"x"${']'.repeat(500)}) { id } }`)).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        message: 'The query has 501 levels of nested list or object values; the limit is 10.',
      });
      expect(await refusal(`{ user(id: ${'['.repeat(5000)}"x"${']'.repeat(5000)}) { id } }`)).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
      expect(await refusal(`{ me { ${'... on User { '.repeat(300)}id${' }'.repeat(300)} } }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    });

    it('refuses the same field repeated hundreds of times (pairwise merge checks)', async () => {
      expect(await refusal(`{ ${rep(400, () => 'me { id }')} }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    });

    it('refuses more fragments than allowed (pairwise fragment checks)', async () => {
      const res = await refusal(`{ me { ${rep(40, (i) => `...F${i}`)} } } ${rep(40, (i) => `fragment F${i} on User { id }`)}`);
      expect(res).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: 'The query has 40 fragment definitions; the limit is 30.' });
    });
  });

  it('still accepts the standard introspection query (where introspection is on)', async () => {
    const res = await t.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery(), {}, member);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(10);
  });

  describe('cost', () => {
    it('multiplies a page by its size, from literals and variables alike', async () => {
      const page = (first: string) => `users(first: ${first}) { totalCount nodes { ${PERSON} } }`;
      expect((await t.gql(`{ ${page('100')} }`, {}, member)).errors).toBeUndefined();
      expect(await refusal(`{ a: ${page('100')} b: ${page('100')} }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect(await refusal(`query($n: Int!) { a: ${page('$n')} b: ${page('$n')} }`, { n: 100 })).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect((await t.gql(`query($n: Int!) { a: ${page('$n')} b: ${page('$n')} }`, { n: 20 }, member)).errors).toBeUndefined();
    });

    it('refuses invalid variables with BAD_USER_INPUT before anything runs', async () => {
      const mutation = 'mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { locale } }';
      for (const input of [{ locale: 'KLINGON' }, { locale: 3 }, 'EN', { nope: true }]) {
        // A session of its own each time, so that its lookup shows the statements are being counted.
        const cookie = await t.signIn('hugo.moreau@maison-lumiere.example');
        const { result, queries } = await countQueries(t.ds, () => t.gql(mutation, { input }, cookie));
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.data ?? undefined).toBeUndefined();
        // nothing beyond the session lookup (and the rate limiter's occasional reservation)
        expect(queries.filter((q) => !/rate_limits/.test(q))).toEqual([expect.stringMatching(/FROM sessions s/)]);
      }
    });

    it('keeps the costliest accepted request to a few dozen SQL statements', async () => {
      const deps = (await t.gql<{ departments: { id: string }[] }>('{ departments { id } }', {}, member)).data!.departments.map((d) => d.id);
      // Each alias pages a different department so that no DataLoader cache spares a statement.
      const alias = (i: number) =>
        `u${i}: users(first: 1, departmentId: "${deps[i % deps.length]}") { totalCount pageInfo { endCursor } nodes { id isHubMember department { id memberCount } } }`;
      let most = 0;
      while ((await t.gql(`{ ${rep(most + 1, alias)} }`, {}, member)).errors === undefined) most++;
      expect((await t.gql(`{ ${rep(most + 1, alias)} }`, {}, member)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(most).toBeGreaterThanOrEqual(5);

      const { result, queries } = await countQueries(t.ds, () => t.gql<Record<string, { nodes: unknown[] }>>(`{ ${rep(most, alias)} }`, {}, member));
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data!).every((page) => page.nodes.length === 1)).toBe(true);
      expect(queries.length).toBeGreaterThan(2 * most);
      expect(queries.length).toBeLessThan(50);
    });
  });
});

describe('GraphQL errors in production', () => {
  let prod: TestApp;
  let dev: TestApp;

  beforeAll(async () => {
    const idp = await generateKeyPair();
    prod = await startTestApp({
      seed: false,
      env: {
        NODE_ENV: 'production',
        GRAPHQL_INTROSPECTION: 'false',
        SAML_IDP_SSO_URL: 'https://idp.example.test/sso',
        SAML_IDP_ENTITY_ID: 'https://idp.example.test',
        SAML_IDP_CERT: idp.cert,
      },
    });
    dev = await startTestApp({ seed: false });
  });
  afterAll(async () => {
    await prod?.close();
    await dev?.close();
  });

  it('do not suggest field, argument, type or enum names when introspection is off', async () => {
    const cases: [string, Record<string, unknown>?][] = [
      ['{ mee { id } }'],
      ['{ users(frist: 1) { totalCount } }'],
      ['query($id: ID!) { user(id: $id) { ... on Usr { id } } }', { id: '1' }],
      ['query($r: Role) { users(first: 1, role: $r) { totalCount } }', { r: 'ADMN' }],
    ];
    for (const [query, variables] of cases) {
      const shown = (await dev.gql(query, variables)).errors?.[0].message;
      expect(shown).toMatch(/Did you mean/);
      const hidden = await prod.gql(query, variables);
      expect(hidden.errors?.[0].extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
      expect(hidden.errors?.[0].message).not.toMatch(/Did you mean/);
      expect(hidden.errors?.[0].message).toBe(shown!.replace(/ Did you mean .*\?$/, ''));
    }
  });

  it('refuse introspection', async () => {
    const res = await prod.gql('{ __schema { types { name } } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? undefined).toBeUndefined();
  });
});
