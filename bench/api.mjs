#!/usr/bin/env node
// API benchmark: Ruche's hot GraphQL queries next to the floor — the same SQL through bare `pg` +
// `node:http` (bench/floor.mjs) — measured in the same run. Four processes: this one (embedded
// PostgreSQL, orchestration), Ruche (server/dist, production mode), the floor, and the load generator
// (bench/load.mjs), started afresh for each measurement.
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/api.mjs
// Env: BENCH_CONNECTIONS (16), BENCH_DURATION seconds per measurement (8), BENCH_WARMUP seconds (3),
//      BENCH_ROUNDS (3; Ruche and floor alternate, medians reported), BENCH_DIST (server/dist),
//      BENCH_CPU_PROF=<dir> (Ruche runs with --cpu-prof, the profile is written there at exit),
//      BENCH_ONLY=<case name> (one case), BENCH_NODE=<node binary> (for the three child processes).
import { randomBytes, createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpuMs, dist, freePort, load, machine, median, require, root, startPostgres, startProcess, startRuche, stopProcess, table, tempDir } from './lib.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CPU_PROF = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const TARGET = { ratio: 0.5, p99: 50 };
const POOL_SIZE = 10;
const IDLE_MINUTES = 120;

const CASES = [
  { name: 'me', query: '{ me { id displayName role } }' },
  { name: 'users(first: 25)', query: '{ users(first: 25) { totalCount nodes { id displayName department { nameFr } } } }' },
].filter((c) => !process.env.BENCH_ONLY || c.name === process.env.BENCH_ONLY);

const dir = tempDir('ruche-bench-api-');
const children = [];
let db;
const results = { machine: machine(), settings: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, rounds: ROUNDS, dist }, cases: [] };
try {
  const pgPort = await freePort();
  db = await startPostgres(dir, pgPort);

  // The request path as it is when the session must be read: a session's first request on an instance,
  // or every request with SESSION_CACHE_SECONDS=0 (the floor reads it every time too). bench/hivemind.mjs
  // measures both sides with the sessions kept, as in production.
  const ruche = await startRuche({ dir, databaseUrl: db.url, poolSize: POOL_SIZE, idleMinutes: IDLE_MINUTES, cpuProfDir: CPU_PROF, env: { SESSION_CACHE_SECONDS: '0' } });
  const base = ruche.base;
  children.push(ruche.child);

  // A session for a seeded person, written as SessionService.create writes one.
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: db.url, max: 1 });
  const { rows: [person] } = await pool.query(
    `SELECT id FROM users WHERE deactivated_at IS NULL AND department_id IS NOT NULL ORDER BY email = 'camille.laurent@maison-lumiere.example' DESC, email LIMIT 1`,
  );
  const token = randomBytes(32).toString('base64url');
  await pool.query(`INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')`, [createHash('sha256').update(token).digest('hex'), person.id]);
  await pool.end();

  const floorPort = await freePort();
  const floor = await startProcess({
    args: [join(root, 'bench/floor.mjs')],
    env: { DATABASE_URL: db.url, PORT: String(floorPort), POOL_SIZE: String(POOL_SIZE), IDLE_SECONDS: String(IDLE_MINUTES * 60), SESSION_CACHE_MS: '0' },
    logFile: join(dir, 'floor.log'),
    readyUrl: `http://127.0.0.1:${floorPort}/readyz`,
  });
  children.push(floor.child);

  const targets = { ruche: `${base}/graphql`, floor: `http://127.0.0.1:${floorPort}/graphql` };
  const headers = { cookie: `ruche_session=${token}`, 'content-type': 'application/json' };
  for (const c of CASES) {
    const body = JSON.stringify({ query: c.query });
    // Both must give the same answer, or the comparison means nothing.
    const answers = {};
    for (const [who, url] of Object.entries(targets)) {
      const res = await fetch(url, { method: 'POST', headers, body });
      answers[who] = await res.text();
      if (res.status !== 200 || answers[who].includes('"errors"')) throw new Error(`${who} answered ${c.name} with ${res.status}: ${answers[who].slice(0, 500)}`);
    }
    if (JSON.stringify(JSON.parse(answers.ruche)) !== JSON.stringify(JSON.parse(answers.floor))) {
      throw new Error(`Ruche and the floor disagree on ${c.name}:\nruche: ${answers.ruche.slice(0, 400)}\nfloor: ${answers.floor.slice(0, 400)}`);
    }
    const pids = { ruche: ruche.child.pid, floor: floor.child.pid };
    // The server's own CPU time per answer says where the time goes when the cores are shared.
    const run = async (who, duration) => {
      const before = cpuMs(pids[who]);
      const r = await load({ url: targets[who], method: 'POST', headers, body, connections: CONNECTIONS, duration });
      const after = cpuMs(pids[who]);
      return { ...r, cpuUsPerRequest: before === undefined ? null : Math.round(((after - before) * 1000) / r.requests) };
    };
    await run('ruche', WARMUP);
    await run('floor', WARMUP);
    const rounds = { ruche: [], floor: [] };
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate who goes first, so a drift of the machine does not favour one side.
      const order = i % 2 === 0 ? ['ruche', 'floor'] : ['floor', 'ruche'];
      for (const who of order) rounds[who].push(await run(who, DURATION));
    }
    const summary = (list) => ({
      rps: Math.round(median(list.map((r) => r.rps))),
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      failures: list.reduce((n, r) => n + r.failures, 0),
      cpuUsPerRequest: list[0].cpuUsPerRequest === null ? null : Math.round(median(list.map((r) => r.cpuUsPerRequest))),
    });
    const r = summary(rounds.ruche);
    const f = summary(rounds.floor);
    const ratio = +(r.rps / f.rps).toFixed(2);
    results.cases.push({
      case: c.name,
      query: c.query,
      ruche: r,
      floor: f,
      ratio,
      targetMet: ratio >= TARGET.ratio && r.p99 < TARGET.p99 && r.failures === 0,
      rounds,
    });
  }
} finally {
  for (const child of children.reverse()) await stopProcess(child);
  await db?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}

// The summary as JSON; each round's figures on one line per side.
console.log(JSON.stringify({ ...results, cases: results.cases.map(({ rounds: _rounds, ...c }) => c) }, null, 2));
for (const c of results.cases) for (const [who, list] of Object.entries(c.rounds)) console.log(`rounds ${c.case} ${who}: ${JSON.stringify(list)}`);
const m = results.machine;
console.log(`\nAPI: ${CONNECTIONS} concurrent connections, ${ROUNDS} × ${DURATION} s per side (medians), after ${WARMUP} s warm-up; ${m.cores} cores (${m.cpu}), Node ${m.node}`);
console.log('Ruche, the floor (same SQL via bare pg + node:http), the load generator and PostgreSQL share these cores.');
console.log("cpu µs/req: the server process's CPU time (all threads, kernel included) per answer, from /proc.");
console.log(`Target: ratio ≥ ${TARGET.ratio} of the floor's throughput and Ruche p99 < ${TARGET.p99} ms.\n`);
console.log(
  table(
    results.cases.map((c) => ({
      case: c.case,
      'ruche rps': c.ruche.rps,
      'p50 ms': c.ruche.p50,
      'p99 ms': c.ruche.p99,
      'floor rps': c.floor.rps,
      'floor p50': c.floor.p50,
      'floor p99': c.floor.p99,
      ratio: c.ratio,
      'cpu µs/req ruche/floor': `${c.ruche.cpuUsPerRequest ?? '?'}/${c.floor.cpuUsPerRequest ?? '?'}`,
      failures: c.ruche.failures + c.floor.failures,
      target: c.targetMet ? 'met' : 'NOT met',
    })),
  ),
);
process.exit(0);
