#!/usr/bin/env node
// GraphQL limits benchmark: Ruche's request pipeline up to execution (parse with the token cap, the
// linear document gate, graphql-js validation, variables and cost) on adversarial documents, next to
// normal queries measured in the same run. For contrast, each document also goes once through the
// pipeline as it was before the limits were rewritten (no token cap, a depth rule walking every
// fragment path, graphql-query-complexity's getComplexity), in a worker stopped after a time limit.
// Usage: npm run build -w @ruche/server && node bench/graphql-limits.mjs   (prints JSON, then a table)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { table } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'server/package.json'));
const dist = join(root, 'server/dist/server/src/core/graphql');
const { ApolloServer } = require('@apollo/server');
const { buildSchema } = require('graphql');
const pino = require('pino');
const { documentLimits } = require(`${dist}/document-limits.js`);
const { documentLimitsRule, limitsPlugin } = require(`${dist}/limits.plugin.js`);
const { formatError } = require(`${dist}/format-error.js`);

const LEGACY_TIMEOUT_MS = Number(process.env.BENCH_LEGACY_TIMEOUT_MS ?? 3000);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 1500);
const sdl = readFileSync(join(root, 'server/schema.gql'), 'utf8');
const rep = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

const PERSON = `fragment PersonSummary on User { id displayName jobTitle role isHubMember department { id code kind nameFr nameEn } }`;
const documents = [
  ['normal: me', `{ me { id displayName role } }`],
  ['normal: directory page (web)', `query DirectoryPeople($search: String, $first: Int!, $after: String) { users(search: $search, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...PersonSummary } } } ${PERSON}`, { first: 20 }],
  ['fragments doubling, 30 levels', `{ me { ...F0 } } ${rep(30, (i) => `fragment F${i} on User { id ...F${i + 1} ...F${i + 1} }`)} fragment F30 on User { id }`],
  ['10k aliases', `{ ${rep(10000, (i) => `a${i}: me { id }`)} }`],
  ['80k tokens', `{ me { ${'id '.repeat(80000)}} }`],
  ['list value nested 900 deep', `{ user(id: ${'['.repeat(900)}"x"${']'.repeat(900)}) { id } }`],
  ['list value nested 12 deep', `{ user(id: ${'['.repeat(12)}"x"${']'.repeat(12)}) { id } }`],
  ['inline fragments nested 300 deep', `{ me { ${'... on User { '.repeat(300)}id${' }'.repeat(300)} } }`],
  ['450 x same field', `{ ${rep(450, () => 'me { id }')} }`],
  ['300 directives on one field', `{ me ${'@include(if: true) '.repeat(300)}{ id } }`],
  ['100 fragments spread in one set', `{ me { ${rep(100, (i) => `...F${i}`)} } } ${rep(100, (i) => `fragment F${i} on User { department { id } }`)}`],
  ['30 x users(first: 100)', `{ ${rep(30, (i) => `u${i}: users(first: 100) { nodes { id department { id memberCount } } }`)} }`],
  // The worst shapes still within every limit: what a document can cost and still be accepted.
  ['within limits: 20 fragments in one set', `{ me { ${rep(20, (i) => `...F${i}`)} } } ${rep(20, (i) => `fragment F${i} on User { department { id } }`)}`],
  ['within limits: 22 x same nested field', `{ me { ${rep(22, () => 'department { id }')} } }`],
  ['within limits: 50 aliases, 30 fragments', `{ me { ${rep(50, (i) => `a${i}: department { id code kind nameFr nameEn }`)} ${rep(30, (i) => `...F${i}`)} } } ${rep(30, (i) => `fragment F${i} on User { ${['id', 'email', 'displayName', 'jobTitle', 'role', 'locale', 'isHubMember', 'createdAt', 'lastLoginAt'][i % 9]} }`)}`],
  ['within limits: ~1900 tokens', `query Big(${rep(50, (i) => `$v${i}: Boolean = true`)}) { me { ${rep(50, (i) => `a${i}: department @include(if: $v${i}) { id code kind nameFr nameEn descriptionFr descriptionEn memberCount }`)} ${rep(30, (i) => `...F${i}`)} } } ${rep(30, (i) => `fragment F${i} on User { ${['id', 'email', 'displayName', 'jobTitle', 'role', 'locale', 'isHubMember', 'createdAt', 'lastLoginAt'][i % 9]} }`)}`],
];

const rootValue = {
  me: () => ({ id: '1', displayName: 'A', role: 'MEMBER', jobTitle: 'x', isHubMember: false, department: null, email: 'a@b', locale: 'FR', createdAt: '2020-01-01T00:00:00Z' }),
  users: () => ({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] }),
  user: () => null,
  organisation: () => ({ name: 'Org', hubModel: 'DISTRIBUTED', defaultLocale: 'FR' }),
};

async function guardedServer() {
  const limits = documentLimits(10);
  const server = new ApolloServer({
    schema: buildSchema(sdl),
    rootValue,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [documentLimitsRule(limits)],
    plugins: [limitsPlugin(limits, 2000)],
    formatError: formatError(pino({ level: 'silent' }), { hideSuggestions: true }),
    documentStore: null, // every request parses and validates: the cold path an attacker controls
  });
  await server.start();
  return server;
}

async function measure(server, query, variables) {
  const times = [];
  let outcome;
  let message;
  const started = Date.now();
  while (times.length < 5 || (Date.now() - started < BUDGET_MS && times.length < 500)) {
    const t = process.hrtime.bigint();
    const res = await server.executeOperation({ query, variables });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    const body = res.body.singleResult;
    outcome = body.errors ? body.errors[0].extensions?.code : 'answered';
    message = body.errors?.[0].message;
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return { runs: times.length, p50: pct(50), p99: pct(99), outcome, message };
}

// The pipeline before this change, for contrast: run once per document in a worker, stopped at the time limit.
const legacySource = `
const { workerData, parentPort } = require('node:worker_threads');
const { createRequire } = require('node:module');
const require2 = createRequire(workerData.from);
const { buildSchema, parse, validate, specifiedRules, GraphQLError, Kind } = require2('graphql');
const { getComplexity, simpleEstimator } = require2('graphql-query-complexity');
const schema = buildSchema(workerData.sdl);
function depthLimitRule(max) {
  return (context) => {
    const fragments = new Map();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set, seen) => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) { if (sel.name.value.startsWith('__')) continue; deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1); }
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else { const frag = fragments.get(sel.name.value); if (!frag || seen.has(sel.name.value)) continue; deepest = Math.max(deepest, depthOf(frag.selectionSet, new Set(seen).add(sel.name.value))); }
        if (deepest > max) return deepest;
      }
      return deepest;
    };
    return { OperationDefinition(node) { const d = depthOf(node.selectionSet, new Set()); if (d > max) context.reportError(new GraphQLError('too deep')); } };
  };
}
const t = process.hrtime.bigint();
let outcome = 'accepted';
try {
  const doc = parse(workerData.query);
  const errors = validate(schema, doc, [...specifiedRules, depthLimitRule(10)]);
  if (errors.length) outcome = 'refused by validation';
  else {
    // users(first) cost as its resolver declared it then (the SDL carries no field costs)
    const users = ({ field, args, childComplexity }) => (field.name === 'users' ? 1 + Math.min(args.first || 25, 100) * childComplexity : undefined);
    try { const c = getComplexity({ schema, query: doc, variables: workerData.variables ?? {}, estimators: [users, simpleEstimator({ defaultComplexity: 1 })] }); if (c > 2000) outcome = 'refused by cost'; }
    catch { outcome = 'cost failed: ran unchecked'; }
  }
} catch { outcome = 'parse failed'; }
parentPort.postMessage({ ms: Number(process.hrtime.bigint() - t) / 1e6, outcome });
`;

function legacy(query, variables) {
  return new Promise((resolve) => {
    const worker = new Worker(legacySource, { eval: true, workerData: { query, variables, sdl, from: join(root, 'server/package.json') } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ms: null, outcome: `still running after ${LEGACY_TIMEOUT_MS} ms` });
    }, LEGACY_TIMEOUT_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      resolve({ ms: null, outcome: `crashed: ${e.message.slice(0, 40)}` });
    });
  });
}

const server = await guardedServer();
// Warm-up so the first document does not pay for JIT compilation.
for (let i = 0; i < 200; i++) await server.executeOperation({ query: documents[1][1], variables: documents[1][2] });

const results = [];
for (const [name, query, variables] of documents) {
  const now = await measure(server, query, variables);
  const before = await legacy(query, variables);
  results.push({ name, bytes: query.length, ...now, legacyMs: before.ms, legacyOutcome: before.outcome });
}
await server.stop();

const baseline = results.find((r) => r.name === 'normal: directory page (web)').p50;
const rows = results.map((r) => ({
  document: r.name,
  bytes: r.bytes,
  outcome: r.outcome,
  p50ms: r.p50.toFixed(3),
  p99ms: r.p99.toFixed(2),
  'vs directory': `${(r.p50 / baseline).toFixed(1)}x`,
  'before: ms': r.legacyMs === null ? `>${LEGACY_TIMEOUT_MS}` : r.legacyMs.toFixed(1),
  'before: outcome': r.legacyOutcome,
}));
console.log(JSON.stringify({ baselineP50ms: baseline, results }, null, 2));
console.log(`\nGraphQL pipeline per request (parse → gate → validation → cost → execution with stub resolvers; no document cache), ${new Date().toISOString()}`);
console.log(table(rows));
process.exit(0);
