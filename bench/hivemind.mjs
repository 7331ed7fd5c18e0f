#!/usr/bin/env node
// Hivemind benchmark (issue 13): a large organisation — 10 000 people, 100 campaigns, 100 000 ideas,
// 1 000 000 votes — and, through GraphQL over HTTP, the board (top 50 by hot, with counts, my vote,
// author) and the vote mutation at 1 and 32 concurrent clients, next to the floor (the same SQL through
// bare `pg` in a `node:http` handler, bench/hivemind-floor.mjs) measured in the same run. Afterwards,
// every idea's counters and every budget must equal its votes, counted again.
// Four processes: this one (embedded PostgreSQL, seeding, orchestration), Ruche (server/dist, production
// mode), the floor, and the load generator (bench/load.mjs), started afresh per measurement.
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/hivemind.mjs
// Env: BENCH_DURATION seconds per measurement (8), BENCH_WARMUP seconds per side and case (15: see WARMUP), BENCH_ROUNDS (1; medians),
//      BENCH_SCALE (1: the sizes above; 0.1 for a quick look), BENCH_ONLY=board|vote (one case), BENCH_CLIENTS (1,32),
//      BENCH_CPU_PROF=<dir> (Ruche runs with --cpu-prof; read with bench/cpu-profile.mjs), BENCH_NODE, BENCH_DIST (see lib.mjs),
//      BENCH_PG_STATS=1 (per case, the statements that cost PostgreSQL most, from pg_stat_statements; =all: with those run inside functions),
//      BENCH_BEFORE_DIST=<dir> (another build of the server, e.g. a copy of server/dist kept from before a change,
//      inside the repository so that it finds node_modules: measured as a third side, "before", in the same rounds).
import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BOARD, VOTE } from './hivemind-floor.mjs';
import { cpuMs, dist, freePort, treeCpuMs, load, machine, median, pgStatements, productionPostgresSettings, require, root, startPostgres, startProcess, startRuche, stopProcess, table, tempDir } from './lib.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
// Each side's warm-up per case. Ruche's CPU per vote, read every 2 s from a fresh start under load, falls
// by about a quarter over its first 10 to 15 s (V8 compiling its hot paths, which a bare floor of a hundred
// lines does within a second) and stays flat afterwards; a server that has run for a while is in that later
// state. Both sides get the same warm-up.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIZES = { users: Math.round(10_000 * SCALE), campaigns: Math.max(2, Math.round(100 * SCALE)), ideas: Math.round(100_000 * SCALE), votes: Math.round(1_000_000 * SCALE) };
const TARGET = { boardP50: 20, boardRatio: 0.5, votesPerSecond: 1000 };
const POOL_SIZE = 10;
const IDLE_MINUTES = 120;
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,32').split(',').map(Number);
const CPU_PROF = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const PG_STATS = ['1', 'all'].includes(process.env.BENCH_PG_STATS ?? '');
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST ? resolve(process.env.BENCH_BEFORE_DIST) : undefined;

const ms = (t) => Math.round(performance.now() - t);

/** The organisation at scale, in SQL (the demo organisation's departments and people come with it). */
async function seed(pg) {
  const t = performance.now();
  await pg.query(`
    INSERT INTO users (email, display_name, job_title, department_id, locale)
    SELECT 'bench.person.' || n || '@bench.example', 'Bench Person ' || n, 'Staff', d.id, CASE WHEN n % 3 = 0 THEN 'en' ELSE 'fr' END
      FROM generate_series(1, greatest($1::int - (SELECT count(*) FROM users)::int, 0)) AS n
      JOIN LATERAL (SELECT id FROM departments WHERE kind = 'spoke' ORDER BY md5(id::text || n) LIMIT 1) d ON true`, [SIZES.users]);
  await pg.query(`
    INSERT INTO campaigns (department_id, title, description, description_html, opens_at, closes_at, created_by)
    SELECT (SELECT id FROM departments WHERE kind = 'hub'), 'Bench campaign ' || n, 'Ideas wanted.', '<p>Ideas wanted.</p>',
           now() - interval '30 days', now() + interval '30 days', (SELECT id FROM users WHERE role = 'admin' LIMIT 1)
      FROM generate_series(1, $1::int) AS n`, [SIZES.campaigns]);
  await pg.query(`
    INSERT INTO campaign_stages (campaign_id, position, key, name_fr, name_en, kind)
    SELECT c.id, s.position, s.key, s.name_fr, s.name_en, s.kind
      FROM campaigns c CROSS JOIN (VALUES (0, 'submitted', 'Proposée', 'Submitted', 'submitted'), (1, 'review', 'À l’étude', 'Under review', 'review'),
        (2, 'selected', 'Retenue', 'Selected', 'selected'), (3, 'in_progress', 'En cours', 'In progress', 'in_progress'),
        (4, 'done', 'Réalisée', 'Done', 'done'), (5, 'declined', 'Écartée', 'Declined', 'declined')) AS s(position, key, name_fr, name_en, kind)
     WHERE c.title LIKE 'Bench campaign %'`);
  await pg.query(`CREATE TEMP TABLE bench_campaigns AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, (SELECT id FROM campaign_stages s WHERE s.campaign_id = c.id AND s.position = 0) AS stage FROM campaigns c WHERE title LIKE 'Bench campaign %'`);
  await pg.query(`CREATE TEMP TABLE bench_users AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM users`);
  await pg.query(`CREATE INDEX ON bench_users (k)`);
  const seeded = { users: ms(t) };
  let t2 = performance.now();
  const words = ['télétravail', 'cantine', 'énergie', 'recyclage', 'formation', 'mobilité', 'clients', 'réunion', 'packaging', 'onboarding', 'carpool', 'feedback'];
  await pg.query(`
    INSERT INTO ideas (campaign_id, author_id, anonymous, title, body, stage_id, created_at)
    SELECT c.id, u.id, n % 20 = 0, 'Idée ' || n || ' : ' || ($2::text[])[1 + n % 12] || ' et ' || ($2::text[])[1 + (n / 12) % 12],
           'Proposition ' || n || ' pour améliorer ' || ($2::text[])[1 + (n / 7) % 12] || '.', c.stage, t
      FROM generate_series(1, $1::int) AS n
      JOIN bench_campaigns c ON c.k = n % (SELECT count(*) FROM bench_campaigns)
      JOIN bench_users u ON u.k = (n * 7919) % (SELECT count(*) FROM bench_users)
      CROSS JOIN LATERAL (SELECT now() - (n % 43200) * interval '1 minute' AS t) AS at`, [SIZES.ideas, words]);
  seeded.ideas = ms(t2);
  t2 = performance.now();
  await pg.query(`CREATE TEMP TABLE bench_ideas AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, campaign_id FROM ideas`);
  await pg.query(`CREATE INDEX ON bench_ideas (k)`);
  // Random (idea, person) pairs, a few more than wanted since some collide; two up votes for one down.
  await pg.query(`
    INSERT INTO idea_votes (idea_id, user_id, campaign_id, value)
    SELECT i.id, u.id, i.campaign_id, r.value
      FROM (SELECT floor(random() * (SELECT count(*) FROM bench_ideas))::bigint AS ik, floor(random() * (SELECT count(*) FROM bench_users))::bigint AS uk,
                   CASE WHEN random() < 0.67 THEN 1 ELSE -1 END AS value
              FROM generate_series(1, $1::int)) AS r
      JOIN bench_ideas i ON i.k = r.ik
      JOIN bench_users u ON u.k = r.uk
    ON CONFLICT DO NOTHING`, [Math.round(SIZES.votes * 1.001)]);
  await pg.query(`
    UPDATE idea_tallies t SET up_votes = v.up, down_votes = v.down
      FROM (SELECT idea_id, count(*) FILTER (WHERE value = 1)::int AS up, count(*) FILTER (WHERE value = -1)::int AS down FROM idea_votes GROUP BY idea_id) v
     WHERE v.idea_id = t.idea_id`);
  await pg.query(`
    INSERT INTO campaign_vote_budgets (campaign_id, user_id, used)
    SELECT campaign_id, user_id, count(*) FROM idea_votes GROUP BY campaign_id, user_id
    ON CONFLICT (campaign_id, user_id) DO UPDATE SET used = EXCLUDED.used`);
  seeded.votes = ms(t2);
  t2 = performance.now();
  await pg.query('VACUUM ANALYZE');
  seeded.analyze = ms(t2);
  const [{ rows: [counts] }] = [await pg.query(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM campaigns)::int AS campaigns, (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM idea_votes)::int AS votes`)];
  return { counts, ms: seeded };
}

/** Counters and budgets that disagree with the votes, counted again from idea_votes. */
async function mismatches(pg) {
  const { rows: [r] } = await pg.query(`
    SELECT (SELECT count(*) FROM ideas i JOIN idea_tallies t ON t.idea_id = i.id
                    LEFT JOIN (SELECT idea_id, count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down FROM idea_votes GROUP BY idea_id) v ON v.idea_id = i.id
             WHERE t.up_votes <> coalesce(v.up, 0) OR t.down_votes <> coalesce(v.down, 0))::int
           + (SELECT count(*) FROM ideas i WHERE NOT EXISTS (SELECT 1 FROM idea_tallies t WHERE t.idea_id = i.id))::int AS ideas,
           (SELECT count(*) FROM campaign_vote_budgets b LEFT JOIN (SELECT campaign_id, user_id, count(*) AS n FROM idea_votes GROUP BY 1, 2) v USING (campaign_id, user_id)
             WHERE b.used <> coalesce(v.n, 0))::int AS budgets`);
  return r;
}

/**
 * Functions a build from before a change may call that the migrations since have dropped, put back beside
 * the current ones so that the "before" side runs: ruche_cast_vote (one vote a call, 1767100000000's,
 * dropped by 1767200000000 for ruche_cast_votes).
 */
async function restoreDroppedFunctions(url) {
  const { Client } = require('pg');
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const { rows: [{ present }] } = await pg.query(`SELECT to_regprocedure('ruche_cast_vote(uuid, uuid, uuid, smallint, integer)') IS NOT NULL AS present`);
    if (!present) await pg.query(require(`${dist}/migrations/1767100000000-cast-vote-fewer-statements.js`).castVoteV2);
  } finally {
    await pg.end();
  }
}

const dir = tempDir('ruche-bench-hivemind-');
const children = [];
let db;
const results = { machine: machine(), settings: { durationSeconds: DURATION, warmupSeconds: WARMUP, rounds: ROUNDS, sizes: SIZES, dist, postgres: productionPostgresSettings() }, cases: [] };
try {
  const pgPort = await freePort();
  db = await startPostgres(dir, pgPort, results.settings.postgres);
  const stats = PG_STATS ? await pgStatements(db) : undefined;
  const ruche = await startRuche({ dir, databaseUrl: db.url, poolSize: POOL_SIZE, idleMinutes: IDLE_MINUTES, cpuProfDir: CPU_PROF });
  const base = ruche.base;
  children.push(ruche.child);
  if (BEFORE_DIST) await restoreDroppedFunctions(db.url);
  const before = BEFORE_DIST ? await startRuche({ dir, databaseUrl: db.url, poolSize: POOL_SIZE, idleMinutes: IDLE_MINUTES, distDir: BEFORE_DIST, name: 'before' }) : undefined;
  if (before) children.push(before.child);

  const { Client } = require('pg');
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  pg.on('error', () => undefined); // PostgreSQL stopping at the end is not news
  results.seed = await seed(pg);
  // The seed's writes end with a checkpoint, so none falls inside a measurement (the settings put the next
  // one 30 minutes or 8 GB of WAL away). After it, the first change of each page writes the whole page to
  // the WAL: whoever runs first pays more of those, hence BENCH_ROUNDS > 1 alternates the order.
  const admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query('CHECKPOINT');
  await admin.end();
  results.seed.databaseMb = Math.round((await pg.query(`SELECT pg_database_size(current_database())::float8 AS b`)).rows[0].b / 2 ** 20);
  console.error(`seeded ${JSON.stringify(results.seed)}`);

  // Sessions for 32 people of the spokes, written as SessionService.create writes them.
  const { rows: people } = await pg.query(`SELECT id FROM users WHERE email LIKE 'bench.person.%' AND department_id IS NOT NULL ORDER BY email LIMIT 32`);
  const cookies = [];
  for (const p of people) {
    const token = randomBytes(32).toString('base64url');
    await pg.query(`INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')`, [createHash('sha256').update(token).digest('hex'), p.id]);
    cookies.push(`ruche_session=${token}`);
  }
  const { rows: campaigns } = await pg.query(`SELECT id FROM campaigns WHERE title LIKE 'Bench campaign %'`);
  const { rows: sample } = await pg.query(`SELECT i.id FROM ideas i JOIN campaigns c ON c.id = i.campaign_id WHERE c.title LIKE 'Bench campaign %' ORDER BY random() LIMIT 5000`);
  const campaignIds = campaigns.map((c) => c.id);
  const ideaIds = sample.map((i) => i.id);

  const floorPort = await freePort();
  const floor = await startProcess({
    args: [join(root, 'bench/hivemind-floor.mjs')],
    env: { DATABASE_URL: db.url, PORT: String(floorPort), POOL_SIZE: String(POOL_SIZE), IDLE_SECONDS: String(IDLE_MINUTES * 60), BENCH_DIST: dist },
    logFile: join(dir, 'floor.log'),
    readyUrl: `http://127.0.0.1:${floorPort}/readyz`,
  });
  children.push(floor.child);
  const targets = { ruche: `${base}/graphql`, floor: `http://127.0.0.1:${floorPort}/graphql`, ...(before ? { before: `${before.base}/graphql` } : {}) };
  const sides = Object.keys(targets);
  const headers = { 'content-type': 'application/json' };
  const post = async (who, query, variables, cookie = cookies[0]) => {
    const res = await fetch(targets[who], { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${who} answered with ${res.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text);
  };
  // Both must give the same answers, or the comparison means nothing: the same board, and the same
  // idea after the same vote (the second of two identical votes changes nothing).
  const answers = async (query, variables) => Promise.all(sides.map((who) => post(who, query, variables)));
  const sameBoard = await answers(BOARD, { c: campaignIds[0] });
  await post('ruche', VOTE, { i: ideaIds[0], v: 'up' });
  const sameVote = await answers(VOTE, { i: ideaIds[0], v: 'up' });
  for (const [name, [r, ...others]] of Object.entries({ board: sameBoard, vote: sameVote })) {
    others.forEach((o, k) => {
      if (JSON.stringify(r) !== JSON.stringify(o)) throw new Error(`Ruche and ${sides[k + 1]} disagree on the ${name}:\nruche: ${JSON.stringify(r).slice(0, 400)}\n${sides[k + 1]}: ${JSON.stringify(o).slice(0, 400)}`);
    });
  }

  const pids = { ruche: ruche.child.pid, floor: floor.child.pid, ...(before ? { before: before.child.pid } : {}) };
  const CASES = [
    { name: 'board (hot, 50)', template: JSON.stringify({ query: BOARD, variables: { c: '{{campaign}}' } }), choices: { campaign: campaignIds } },
    { name: 'vote', template: JSON.stringify({ query: VOTE, variables: { i: '{{idea}}', v: '{{value}}' } }), choices: { idea: ideaIds, value: ['up', 'down'] } },
  ].filter((c) => !process.env.BENCH_ONLY || c.name.startsWith(process.env.BENCH_ONLY));
  // WAL written per request (bytes, full-page images): what a write costs PostgreSQL beyond its CPU.
  // Backends report their WAL counters at least once a second, so a run of several seconds reads true enough.
  const wal = async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const { rows } = await pg.query(`SELECT wal_bytes::float8 AS bytes, wal_fpi::float8 AS fpi FROM pg_stat_wal`);
    return rows[0];
  };
  const run = async (who, c, connections, duration) => {
    const walBefore = await wal();
    const cpuBefore = [cpuMs(pids[who]), treeCpuMs(db.pid)];
    const r = await load({ url: targets[who], method: 'POST', headers, template: c.template, choices: c.choices, cookies: cookies.slice(0, connections), connections, duration });
    const cpuAfter = [cpuMs(pids[who]), treeCpuMs(db.pid)];
    const perRequest = (i) => (cpuBefore[i] === undefined || cpuAfter[i] === undefined ? null : Math.round(((cpuAfter[i] - cpuBefore[i]) * 1000) / Math.max(r.requests, 1)));
    const walAfter = await wal();
    const walPerRequest = { bytes: Math.round((walAfter.bytes - walBefore.bytes) / Math.max(r.requests, 1)), fpi: +((walAfter.fpi - walBefore.fpi) / Math.max(r.requests, 1)).toFixed(2) };
    console.error(`${c.name}, ${connections} clients, ${who}, ${duration} s: ${r.rps}/s, ${r.failures} failures (load generator: ${r.loadCpuUsPerRequest} µs CPU per request${r.connects === undefined ? '' : `, ${r.connects} connections`})`);
    return { ...r, cpuUsPerRequest: perRequest(0), pgCpuUsPerRequest: perRequest(1), walPerRequest };
  };
  for (const c of CASES) {
    for (const connections of CLIENTS) {
      for (const who of sides) await run(who, c, connections, WARMUP);
      const rounds = Object.fromEntries(sides.map((who) => [who, []]));
      await stats?.reset();
      for (let i = 0; i < ROUNDS; i++) {
        // Alternate the order: whoever runs first after a checkpoint pays more full-page writes.
        const order = i % 2 === 0 ? sides : [...sides].reverse();
        for (const who of order) rounds[who].push(await run(who, c, connections, DURATION));
      }
      const summary = (list) => ({
        rps: Math.round(median(list.map((r) => r.rps))),
        p50: median(list.map((r) => r.p50)),
        p99: median(list.map((r) => r.p99)),
        failures: list.reduce((n, r) => n + r.failures, 0),
        cpuUsPerRequest: list[0].cpuUsPerRequest === null ? null : Math.round(median(list.map((r) => r.cpuUsPerRequest))),
        pgCpuUsPerRequest: list[0].pgCpuUsPerRequest === null ? null : Math.round(median(list.map((r) => r.pgCpuUsPerRequest))),
        walBytesPerRequest: Math.round(median(list.map((r) => r.walPerRequest.bytes))),
        walFpiPerRequest: median(list.map((r) => r.walPerRequest.fpi)),
        loadCpuUsPerRequest: Math.round(median(list.map((r) => r.loadCpuUsPerRequest))),
      });
      results.cases.push({ case: c.name, connections, ruche: summary(rounds.ruche), floor: summary(rounds.floor), ...(before ? { before: summary(rounds.before) } : {}), rounds });
      await stats?.report(`What cost PostgreSQL most: ${c.name}, ${connections} clients, Ruche and the floor (pg_stat_statements)`);
    }
  }
  await stats?.end();
  results.mismatches = await mismatches(pg);
  await pg.end();
} finally {
  for (const child of children.reverse()) await stopProcess(child);
  await db?.stop().catch(() => undefined);
  // BENCH_KEEP=1 keeps the folder (the servers' logs, PostgreSQL's data) for a look afterwards.
  if (process.env.BENCH_KEEP === '1') console.error(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

for (const c of results.cases) {
  c.ratio = +(c.ruche.rps / c.floor.rps).toFixed(2);
  // The board's p50 target is a latency for one person (1 client). With 32 clients always waiting, Little's
  // law makes p50 about 32 / throughput: under 20 ms would need 1,600 boards a second, four times what the
  // floor itself serves here; at 32 clients the target is the ratio to the floor.
  const latencyCase = c.case !== 'vote' && c.connections === 1;
  // The votes' target is a capacity: how many votes a second the server takes from many people at once
  // (32 clients). One client waits for each answer before sending the next, so its rate is the inverse of
  // one vote's latency (the floor itself, with no framework at all, does about 1,000 a second that way):
  // a latency figure, shown, with no target of its own.
  const voteCapacity = c.case === 'vote' && c.connections > 1;
  c.target = c.case === 'vote' ? (voteCapacity ? `≥ ${TARGET.votesPerSecond}/s` : '— (latency)') : latencyCase ? `p50 < ${TARGET.boardP50} ms, ≥ ${TARGET.boardRatio}×` : `≥ ${TARGET.boardRatio}×`;
  c.targetMet = c.case === 'vote' ? !voteCapacity || c.ruche.rps >= TARGET.votesPerSecond : (!latencyCase || c.ruche.p50 < TARGET.boardP50) && c.ratio >= TARGET.boardRatio;
  if (c.ruche.failures > 0) c.targetMet = false;
}
console.log(JSON.stringify({ ...results, cases: results.cases.map(({ rounds: _rounds, ...c }) => c) }, null, 2));
const m = results.machine;
console.log(`\nHivemind: ${results.seed.counts.users} people, ${results.seed.counts.campaigns} campaigns, ${results.seed.counts.ideas} ideas, ${results.seed.counts.votes} votes; ${ROUNDS} × ${DURATION} s per side (medians) after ${WARMUP} s warm-up; ${m.cores} cores (${m.cpu}), Node ${m.node}`);
console.log(`PostgreSQL: ${Object.entries(results.settings.postgres).map(([k, v]) => `${k}=${v}`).join(', ')} (bench/lib.mjs: productionPostgresSettings); database ${results.seed.databaseMb} MB after seeding.`);
console.log('Ruche, the floor (same SQL via bare pg + node:http), the load generator and PostgreSQL share these cores. Each connection is a different person; each request a random campaign (board) or idea and direction (vote).');
console.log(`Counts after the votes, counted again: ${results.mismatches.ideas} ideas and ${results.mismatches.budgets} budgets disagree with their votes (0 and 0: exact).\n`);
console.log(
  table(
    results.cases.map((c) => ({
      case: c.case,
      clients: c.connections,
      'ruche rps': c.ruche.rps,
      'p50 ms': c.ruche.p50,
      'p99 ms': c.ruche.p99,
      'floor rps': c.floor.rps,
      'floor p50': c.floor.p50,
      'floor p99': c.floor.p99,
      ratio: c.ratio,
      ...(c.before ? { 'before rps': c.before.rps, 'before cpu µs/req': c.before.cpuUsPerRequest ?? '?' } : {}),
      'cpu µs/req ruche/floor': `${c.ruche.cpuUsPerRequest ?? '?'}/${c.floor.cpuUsPerRequest ?? '?'}`,
      'pg cpu µs/req ruche/floor': `${c.ruche.pgCpuUsPerRequest ?? '?'}/${c.floor.pgCpuUsPerRequest ?? '?'}`,
      'wal B/req (fpi) ruche/floor': `${c.ruche.walBytesPerRequest} (${c.ruche.walFpiPerRequest})/${c.floor.walBytesPerRequest} (${c.floor.walFpiPerRequest})`,
      'load gen cpu µs/req ruche/floor': `${c.ruche.loadCpuUsPerRequest}/${c.floor.loadCpuUsPerRequest}`,
      failures: c.ruche.failures + c.floor.failures,
      target: c.target,
      met: c.target.startsWith('—') ? '—' : c.targetMet ? 'yes' : 'NO',
    })),
  ),
);
process.exit(results.mismatches.ideas === 0 && results.mismatches.budgets === 0 ? 0 : 1);
