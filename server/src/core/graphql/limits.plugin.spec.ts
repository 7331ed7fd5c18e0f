import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLInt, GraphQLObjectType, GraphQLSchema, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import pino from 'pino';
import { documentLimits } from './document-limits';
import { formatError } from './format-error';
import { documentLimitsRule, limitsPlugin } from './limits.plugin';

/** F0 spreads F1 twice, F1 spreads F2 twice, …: 2^levels fields once expanded. */
const doublingFragments = (levels: number) =>
  `{ me { ...F0 } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on User { id ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on User { id }`;

const schema = buildSchema(`
  type User { id: ID! friends(first: Int!): [User!]! }
  type Query { me: User users(first: Int!): [User!]! user(id: ID!): User }
`);
let usersRead = 0;
const rootValue = {
  me: () => ({ id: '1', friends: () => [] }),
  users: () => [],
  user: ({ id }: { id: string }) => {
    usersRead++;
    return { id, friends: () => [] };
  },
};
const limits = documentLimits(5);

describe('limitsPlugin', () => {
  let server: ApolloServer;
  let ran: number;
  let selectionSetsValidated: number;
  beforeAll(async () => {
    // Stands for graphql-js's own rules: counts the selection sets they would walk.
    const spy = (_: ValidationContext) => ({ SelectionSet: () => void selectionSetsValidated++ });
    server = new ApolloServer({
      schema,
      rootValue,
      parseOptions: { maxTokens: limits.maxTokens },
      formatError: formatError(),
      validationRules: [documentLimitsRule(limits), spy],
      plugins: [
        limitsPlugin(limits, 2000),
        {
          async requestDidStart() {
            return {
              async executionDidStart() {
                ran++;
              },
            };
          },
        },
      ],
    });
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    ran = 0;
    selectionSetsValidated = 0;
  });

  async function run(query: string, variables?: Record<string, unknown>) {
    const res = await server.executeOperation({ query, variables }, { contextValue: {} });
    const body = res.body.kind === 'single' ? res.body.singleResult : undefined;
    return { status: res.http.status, errors: body?.errors as GraphQLFormattedError[] | undefined, data: body?.data };
  }

  it('runs documents within every limit', async () => {
    const res = await run('{ me { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { id: '1' } });
    expect(selectionSetsValidated).toBeGreaterThan(0);
  });

  it('refuses exponential fragments before validation, with QUERY_TOO_COMPLEX', async () => {
    const res = await run(doublingFragments(30));
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.status).toBe(400);
    expect(selectionSetsValidated).toBe(0);
    expect(ran).toBe(0);
  });

  it('refuses over-limit documents through the rule alone when the plugin is absent', async () => {
    const bare = new ApolloServer({ schema, validationRules: [documentLimitsRule(limits)] });
    await bare.start();
    try {
      const res = await bare.executeOperation({ query: doublingFragments(30) });
      const body = res.body.kind === 'single' ? res.body.singleResult : undefined;
      expect(body?.errors?.[0].message).toMatch(/fields once its fragments are expanded/);
    } finally {
      await bare.stop();
    }
  });

  it('refuses operations whose cost is beyond measure', async () => {
    const res = await run('{ users(first: 2000000000) { friends(first: 2000000000) { friends(first: 2000000000) { id } } } }');
    expect(res.errors?.[0]).toMatchObject({ message: 'The query costs more than 10^12; the limit is 2000.', extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('refuses operations that cost too much, counting page sizes', async () => {
    const res = await run('query($n: Int!) { users(first: $n) { friends(first: 100) { id } } }', { n: 50 });
    expect(res.errors?.[0]).toMatchObject({ message: 'The query costs 5251; the limit is 2000.', extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(ran).toBe(0);
  });

  it('remembers the cost of an operation without variables, and costs variables on every request', async () => {
    const fixed = '{ users(first: 50) { friends(first: 100) { id } } }';
    for (let i = 0; i < 2; i++) {
      const res = await run(fixed);
      expect(res.errors?.[0]).toMatchObject({ message: 'The query costs 5251; the limit is 2000.', extensions: { code: 'QUERY_TOO_COMPLEX' } });
    }
    const varying = 'query($n: Int!) { users(first: $n) { friends(first: 100) { id } } }';
    expect((await run(varying, { n: 1 })).errors).toBeUndefined();
    expect((await run(varying, { n: 50 })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await run(varying, { n: 1 })).errors).toBeUndefined();
  });

  it('remembers the cost of an operation whose variables it does not read, and still refuses invalid variables', async () => {
    const byId = 'query($id: ID!) { user(id: $id) { id friends(first: 3) { id } } }';
    usersRead = 0;
    for (const id of ['a', 'b']) expect((await run(byId, { id })).data).toEqual({ user: { id, friends: [] } });
    // The kept cost spares coercing here (the plugin no longer stops the request before execution
    // starts); execution coerces as always and refuses before any resolver runs.
    ran = 0;
    for (const id of [{ not: 'an id' }, undefined]) {
      const res = await run(byId, { id });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.status).toBe(400);
    }
    expect(ran).toBe(2);
    expect(usersRead).toBe(2);
  });

  it('refuses invalid variables with BAD_USER_INPUT before anything runs', async () => {
    const res = await run('query($n: Int!) { users(first: $n) { id } }', { n: 'ten' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(ran).toBe(0);
  });

  it('fails closed when a cost cannot be computed', async () => {
    const costOf = (complexity: unknown) =>
      new GraphQLSchema({
        query: new GraphQLObjectType({ name: 'Query', fields: { a: { type: GraphQLInt, resolve: () => 1, extensions: { complexity } } } }),
      });
    for (const complexity of [
      () => {
        throw new Error('estimator failed');
      },
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    ]) {
      const broken = new ApolloServer({ schema: costOf(complexity), plugins: [limitsPlugin(limits, 2000)] });
      await broken.start();
      try {
        const res = await broken.executeOperation({ query: '{ a }' });
        const body = res.body.kind === 'single' ? res.body.singleResult : undefined;
        expect(body?.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
        expect(body?.errors?.[0].message).toMatch(/could not be computed/);
        expect(body?.data).toBeUndefined();
      } finally {
        await broken.stop();
      }
    }
  });
});
