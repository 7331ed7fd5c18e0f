#!/usr/bin/env node
// Foundation benchmark: embedded PostgreSQL cold vs warm start, and the API's hot paths against a
// baseline that runs the same SQL through bare `pg` + `node:http` in the same process and run.
// Usage: npm run build && npm run bench   (prints JSON, then a table)
import { createRequire } from 'node:module';
import http from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, load, table } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), '../server/dist/server/src');
require('reflect-metadata');
const { startEmbeddedPostgres } = require(`${dist}/core/database/embedded-postgres.js`);
const { prepareDatabase } = require(`${dist}/core/database/prepare-database.js`);
const { loadConfig } = require(`${dist}/config/config.js`);
const { createRootLogger } = require(`${dist}/core/logging/logger.js`);
const { createApp } = require(`${dist}/app.js`);
const { hashToken } = require(`${dist}/modules/identity/session.service.js`);
const { seedDemo } = require(`${dist}/demo-seed.js`);
const { Pool } = require('pg');

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const dir = mkdtempSync(join(tmpdir(), 'ruche-bench-'));
chmodSync(dir, 0o755);
const results = { startup: {}, api: [] };
try {
  // 1. Embedded PostgreSQL: first start (initdb) vs a second start on the same data.
  const pgPort = await freePort();
  let t = Date.now();
  let db = await startEmbeddedPostgres({ dataDir: dir, port: pgPort });
  results.startup.embeddedPgColdMs = Date.now() - t;
  await db.stop();
  t = Date.now();
  db = await startEmbeddedPostgres({ dataDir: dir, port: pgPort });
  results.startup.embeddedPgWarmMs = Date.now() - t;
  await db.stop();

  // 2. Ruche up to "listening": migrations + seed on first start, none on the second.
  const port = await freePort();
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'silent' });
  const logger = createRootLogger({ level: 'silent', pretty: false });
  const startRuche = async () => {
    const started = Date.now();
    const prepared = await prepareDatabase({ ...config, database: { ...config.database } }, logger, seedDemo);
    const app = await createApp({ ...config, database: { ...config.database, url: prepared.url } }, logger);
    await app.listen(port, '127.0.0.1');
    return { prepared, app, ms: Date.now() - started };
  };
  const first = await startRuche();
  results.startup.rucheFirstStartMs = first.ms; // migrations + demo seed
  await first.app.close();
  await first.prepared.embedded?.stop();
  const { prepared, app, ms } = await startRuche();
  results.startup.rucheSecondStartMs = ms; // data reused

  // A session for the API calls.
  const pool = new Pool({ connectionString: prepared.url, max: 10 });
  const { rows: [user] } = await pool.query(`SELECT id FROM users WHERE email = 'camille.laurent@maison-lumiere.example'`);
  const login = await fetch(`http://127.0.0.1:${port}/auth/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ userId: user.id }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const token = cookie.split('=')[1];

  // 3. Baseline: the same SQL (session lookup + page + count + departments) over bare pg and node:http.
  const basePort = await freePort();
  const sessionSql = `SELECT s.id, s.user_id, u.display_name, u.role, u.department_id FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`;
  const baseline = http.createServer(async (req, res) => {
    const t = /ruche_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const { rows: [s] } = await pool.query(sessionSql, [hashToken(t ?? '')]);
    if (!s) return res.writeHead(401).end();
    let body;
    if (req.url === '/me') body = { data: { me: { id: s.user_id, displayName: s.display_name, role: s.role } } };
    else {
      const { rows } = await pool.query(`SELECT u.id, u.display_name, u.department_id FROM users u WHERE u.deactivated_at IS NULL ORDER BY ruche_fold(u.display_name), u.id LIMIT 26`);
      const { rows: [{ count }] } = await pool.query(`SELECT count(*)::int AS count FROM users u WHERE u.deactivated_at IS NULL`);
      const { rows: deps } = await pool.query(`SELECT id, name_fr FROM departments WHERE id = ANY($1::uuid[])`, [[...new Set(rows.map((r) => r.department_id))]]);
      const names = new Map(deps.map((d) => [d.id, d.name_fr]));
      body = { data: { users: { totalCount: count, nodes: rows.slice(0, 25).map((r) => ({ id: r.id, displayName: r.display_name, department: { nameFr: names.get(r.department_id) } })) } } };
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise((r) => baseline.listen(basePort, '127.0.0.1', r));

  const gql = (query) => ({ port, path: '/graphql', method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: { query } });
  const cases = [
    ['GET /healthz', { port, path: '/healthz' }, { port: basePort, path: '/me', headers: { cookie } }],
    ['me', gql('{ me { id displayName role } }'), { port: basePort, path: '/me', headers: { cookie } }],
    ['users(first: 25) + department', gql('{ users(first: 25) { totalCount nodes { id displayName department { nameFr } } } }'), { port: basePort, path: '/users', headers: { cookie } }],
  ];
  for (const [name, ruche, base] of cases) {
    await load({ ...ruche, total: 200, concurrency: CONCURRENCY }); // warm-up
    await load({ ...base, total: 200, concurrency: CONCURRENCY });
    const r = await load({ ...ruche, total: TOTAL, concurrency: CONCURRENCY, check: (t) => !t.includes('"errors"') });
    const b = await load({ ...base, total: TOTAL, concurrency: CONCURRENCY });
    results.api.push({ case: name, rucheP50ms: r.p50, rucheP99ms: r.p99, rucheRps: r.rps, baseP50ms: b.p50, baseP99ms: b.p99, baseRps: b.rps, rpsRatio: +(r.rps / b.rps).toFixed(2), failures: r.failures + b.failures });
  }

  baseline.close();
  await pool.end();
  await app.close();
  await prepared.embedded?.stop();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(JSON.stringify(results, null, 2));
console.log('\nstart-up (ms)');
console.log(table([results.startup]));
console.log(`\nAPI, ${TOTAL} requests, ${CONCURRENCY} in flight (baseline: same SQL via bare pg + node:http)`);
console.log(table(results.api));
process.exit(0);
