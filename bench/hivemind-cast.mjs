#!/usr/bin/env node
// PostgreSQL's CPU per vote of ruche_cast_vote as migrated (1767100000000: three statements for a new
// vote, one row of OUT parameters) next to its previous version (1767000000000's, installed beside it as
// cast_vote_before), measured in the same run: one connection, the vote statement of bench/hivemind-floor.mjs
// (the voter's checks and the cast) as a prepared statement, the two versions alternated by rounds of N
// votes, the backend's CPU time read from /proc. Votes are mostly new (spread over ideas and people),
// one in ten turns an earlier one the other way; every idea's counters must equal its votes afterwards.
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/hivemind-cast.mjs
// Env: BENCH_ROUNDS (7; the first is a warm-up), BENCH_VOTES per round and version (4000).
import { readFileSync, rmSync } from 'node:fs';
import { dist, freePort, machine, median, productionPostgresSettings, require, startPostgres, startRuche, stopProcess, tempDir } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const N = Number(process.env.BENCH_VOTES ?? 4000);
const dir = tempDir('ruche-bench-cast-');
let db;
let pg;
try {
  db = await startPostgres(dir, await freePort(), productionPostgresSettings());
  // Ruche migrates the database and seeds the demo organisation, then stops.
  const ruche = await startRuche({ dir, databaseUrl: db.url, poolSize: 2, idleMinutes: 10 });
  await stopProcess(ruche.child);
  process.env.DATABASE_URL = db.url;
  const { VOTE_SQL } = await import('./hivemind-floor.mjs');
  const { castVote } = require(`${dist}/migrations/1766800000000-idea-tallies.js`);
  const { Client } = require('pg');
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query(castVote('idea_tallies', 'idea_id', 'RU001').replace('CREATE OR REPLACE FUNCTION ruche_cast_vote(', 'CREATE FUNCTION cast_vote_before('));
  await pg.query(`UPDATE campaigns SET vote_budget = NULL, audience = 'everyone', opens_at = now() - interval '1 day', closes_at = now() + interval '30 days'`);
  const { rows: [campaign] } = await pg.query(`SELECT c.id, (SELECT s.id FROM campaign_stages s WHERE s.campaign_id = c.id ORDER BY s.position LIMIT 1) AS stage FROM campaigns c ORDER BY c.id LIMIT 1`);
  const { rows: [dept] } = await pg.query(`SELECT id FROM departments ORDER BY id LIMIT 1`);
  await pg.query(`INSERT INTO users (email, display_name, department_id) SELECT 'bench' || n || '@cast.example', 'Bench ' || n, $1 FROM generate_series(1, 2000) n`, [dept.id]);
  const people = (await pg.query(`SELECT id, department_id FROM users WHERE deactivated_at IS NULL AND department_id IS NOT NULL`)).rows;
  const ideas = (await pg.query(`INSERT INTO ideas (campaign_id, author_id, title, body, stage_id) SELECT $1, $2, 'Idée ' || n, 'corps', $3 FROM generate_series(1, 50000) n RETURNING id`, [campaign.id, people[0].id, campaign.stage])).rows.map((r) => r.id);
  await pg.query('VACUUM ANALYZE');

  const { rows: [{ pid }] } = await pg.query('SELECT pg_backend_pid() AS pid');
  const cpuUs = () => {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10_000;
  };
  const versions = { before: VOTE_SQL.replace('ruche_cast_vote(', 'cast_vote_before('), now: VOTE_SQL };
  const perVote = { before: [], now: [] };
  let k = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ['now', 'before'] : ['before', 'now'];
    for (const name of order) {
      const start = cpuUs();
      for (let i = 0; i < N; i++, k++) {
        // One vote in ten turns an earlier vote of the same round the other way.
        const j = k % 10 === 9 ? k - 9 : k;
        const person = people[(j * 31) % people.length];
        const value = (j % 3 ? 1 : -1) * (j === k ? 1 : -1);
        await pg.query({ name, text: versions[name], values: [ideas[(j * 7919) % ideas.length], person.id, value, person.department_id] });
      }
      if (round > 0) perVote[name].push((cpuUs() - start) / N);
    }
  }
  const { rows: [{ off }] } = await pg.query(`
    SELECT count(*)::int AS off FROM idea_tallies t
      LEFT JOIN (SELECT idea_id, count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down FROM idea_votes GROUP BY idea_id) v USING (idea_id)
     WHERE t.up_votes <> coalesce(v.up, 0) OR t.down_votes <> coalesce(v.down, 0)`);
  const { rows: [{ changes }] } = await pg.query(`SELECT count(*) FILTER (WHERE updated_at > created_at)::int AS changes FROM idea_votes`);
  const m = machine();
  console.log(`ruche_cast_vote: ${ROUNDS - 1} rounds of ${N} votes per version after a warm-up round, one connection; ${people.length} people, ${ideas.length} ideas; ${m.cores} cores, Node ${m.node}`);
  console.log(`votes that changed an earlier one: ${changes}; ideas whose counters disagree with their votes: ${off}`);
  const b = median(perVote.before);
  const n = median(perVote.now);
  console.log(`PostgreSQL CPU µs per vote (median of rounds): before ${Math.round(b)}, now ${Math.round(n)} (${Math.round((100 * (n - b)) / b)}%)`);
  console.log(`rounds, before: ${perVote.before.map(Math.round).join(' ')}; now: ${perVote.now.map(Math.round).join(' ')}`);
  if (off !== 0) process.exitCode = 1;
} finally {
  await pg?.end().catch(() => undefined);
  await db?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
