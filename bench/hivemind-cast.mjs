#!/usr/bin/env node
// PostgreSQL's CPU per vote when votes are cast in batches (1767200000000: ruche_cast_votes, the vote
// statement of bench/hivemind-floor.mjs, as VotesService and the floor send it) next to the path before
// it, measured in the same run: one vote per statement and per commit (1767100000000's ruche_cast_vote,
// installed beside it, and the floor's single-vote statement of then). One connection, each statement
// prepared, the ways alternated by rounds of N votes, the backend's CPU time read from /proc. Votes are
// mostly new (spread over ideas and people), one in ten turns an earlier one the other way (often within
// the same batch); every idea's counters must equal its votes afterwards.
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/hivemind-cast.mjs
// Env: BENCH_ROUNDS (5; the first is a warm-up), BENCH_VOTES per round and way (4000), BENCH_BATCHES (1,4,8,16,32).
import { readFileSync, rmSync } from 'node:fs';
import { dist, freePort, machine, median, productionPostgresSettings, require, startPostgres, startRuche, stopProcess, tempDir } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const N = Number(process.env.BENCH_VOTES ?? 4000);
const SIZES = (process.env.BENCH_BATCHES ?? '1,4,8,16,32').split(',').map(Number);

// The floor's vote statement before batches: one vote, its checks and ruche_cast_vote.
const ONE_VOTE_SQL = `
  WITH target AS MATERIALIZED (
    SELECT c.id, c.vote_budget, i.hidden_at AS idea_hidden_at, i.merged_into_id AS idea_merged_into_id,
           CASE WHEN now() < c.opens_at THEN 'upcoming' WHEN now() >= c.closes_at THEN 'closed' ELSE 'open' END AS status,
           (c.audience = 'everyone' OR c.department_id = $4::uuid
             OR EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = c.id AND cd.department_id = $4::uuid)) AS may_participate
      FROM ideas i JOIN campaigns c ON c.id = i.campaign_id
     WHERE i.id = $1::uuid AND (c.audience = 'everyone' OR c.created_by = $2::uuid OR c.department_id = $4::uuid
       OR EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = c.id AND cd.department_id = $4::uuid))
  ), cast_vote AS MATERIALIZED (
    SELECT r.* FROM target t CROSS JOIN LATERAL ruche_cast_vote($1::uuid, $2::uuid, t.id, $3::smallint, t.vote_budget) r
     WHERE t.idea_hidden_at IS NULL AND t.idea_merged_into_id IS NULL AND t.status = 'open' AND t.may_participate
  )
  SELECT t.vote_budget, cv.used, cv.over_budget, cv.up_votes, cv.down_votes
    FROM target t LEFT JOIN cast_vote cv ON true`;

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
  const { castVoteV2 } = require(`${dist}/migrations/1767100000000-cast-vote-fewer-statements.js`);
  const { Client } = require('pg');
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query(castVoteV2);
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
  let k = 0;
  // The next vote: [idea, voter, value, voter's department]; one in ten turns the vote of nine votes before.
  const next = () => {
    const j = k % 10 === 9 ? k - 9 : k;
    const person = people[(j * 31) % people.length];
    const value = (j % 3 ? 1 : -1) * (j === k ? 1 : -1);
    k++;
    return [ideas[(j * 7919) % ideas.length], person.id, value, person.department_id];
  };
  const ways = ['one vote a statement', ...SIZES.map((s) => `batches of ${s}`)];
  const perVote = Object.fromEntries(ways.map((w) => [w, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const way of round % 2 ? [...ways].reverse() : ways) {
      const start = cpuUs();
      if (way === ways[0]) {
        for (let i = 0; i < N; i++) await pg.query({ name: 'one', text: ONE_VOTE_SQL, values: next() });
      } else {
        const size = Number(way.split(' ').pop());
        for (let i = 0; i < N; i += size) {
          const votes = Array.from({ length: size }, next);
          const values = [0, 1, 2, 3].map((c) => votes.map((v) => v[c]));
          const { rows } = await pg.query({ name: 'batch', text: VOTE_SQL, values: [...values, size === 1] });
          if (rows.length !== size || rows.some((r) => r.used === null || r.gone)) throw new Error('a vote of the batch was not cast');
        }
      }
      if (round > 0) perVote[way].push((cpuUs() - start) / N);
    }
  }
  const { rows: [{ off }] } = await pg.query(`
    SELECT count(*)::int AS off FROM idea_tallies t
      LEFT JOIN (SELECT idea_id, count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down FROM idea_votes GROUP BY idea_id) v USING (idea_id)
     WHERE t.up_votes <> coalesce(v.up, 0) OR t.down_votes <> coalesce(v.down, 0)`);
  const { rows: [{ changes }] } = await pg.query(`SELECT count(*) FILTER (WHERE updated_at > created_at)::int AS changes FROM idea_votes`);
  const m = machine();
  console.log(`votes cast: ${ROUNDS - 1} rounds of ${N} votes per way after a warm-up round, one connection; ${people.length} people, ${ideas.length} ideas; ${m.cores} cores, Node ${m.node}`);
  console.log(`votes that changed an earlier one: ${changes}; ideas whose counters disagree with their votes: ${off}`);
  const base = median(perVote[ways[0]]);
  for (const way of ways) {
    const v = median(perVote[way]);
    const change = way === ways[0] ? 'baseline' : `${Math.round((100 * (v - base)) / base)}%`;
    console.log(`${way.padEnd(22)} PostgreSQL CPU µs per vote (median of rounds) ${String(Math.round(v)).padStart(5)}  ${change.padStart(8)}   rounds: ${perVote[way].map(Math.round).join(' ')}`);
  }
  if (off !== 0) process.exitCode = 1;
} finally {
  await pg?.end().catch(() => undefined);
  await db?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
