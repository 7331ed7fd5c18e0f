#!/usr/bin/env node
// The floor bench/hivemind.mjs compares Ruche with: the SQL Ruche runs for a Hivemind board and a vote,
// through bare `pg` and `node:http`, answering the same requests (POST /graphql, same body, same
// cookie) with the same JSON. No framework, no GraphQL: what is left is the database and HTTP itself.
// Statements Ruche prepares (preparedQuery: the session, the vote, the board) are prepared here too.
// Run by bench/hivemind.mjs as a process of its own; env: DATABASE_URL, PORT, POOL_SIZE, IDLE_SECONDS, BENCH_DIST (the build
// whose NaturalBatches it uses).
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { liveMs, sessionReader } from './floor-sessions.mjs';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../server/package.json'));
const { Pool } = require('pg');
// Ruche's own natural batching (a queue per lane, no framework): the floor batches its votes as Ruche does.
const { NaturalBatches } = require(join(process.env.BENCH_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '../server/dist'), 'server/src/core/database/natural-batches.js'));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 7200);

export const BOARD = 'query Board($c: ID!) { ideas(campaignId: $c, sort: hot, first: 50) { totalCount nodes { id title upVotes downVotes myVote commentCount author { displayName } } } }';
export const VOTE = 'mutation Vote($i: ID!, $v: VoteValue!) { vote(ideaId: $i, value: $v) { idea { id upVotes downVotes myVote } remainingVotes } }';

// As SessionService.resolve (bench/floor-sessions.mjs).
const SESSION = `
  SELECT s.id, s.user_id, s.last_seen_at, u.role, u.department_id, coalesce(d.kind = 'hub', false) AS is_hub, ${liveMs('$2')}
    FROM sessions s
    JOIN users u ON u.id = s.user_id AND u.deactivated_at IS NULL
    LEFT JOIN departments d ON d.id = u.department_id
   WHERE s.id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)`;

const session = sessionReader(pool, SESSION, idleSeconds);

// As campaignVisibleSql for a member of a department (the people the benchmark signs in as).
const visible = (user, department) => `(c.audience = 'everyone' OR c.created_by = ${user}::uuid OR c.department_id = ${department}::uuid
  OR EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = c.id AND cd.department_id = ${department}::uuid))`;
const CAMPAIGN = `SELECT c.*, ARRAY(SELECT cd.department_id::text FROM campaign_departments cd WHERE cd.campaign_id = c.id ORDER BY cd.department_id) AS audience_ids,
  CASE WHEN now() < c.opens_at THEN 'upcoming' WHEN now() >= c.closes_at THEN 'closed' ELSE 'open' END AS status
  FROM campaigns c WHERE c.id = $1 AND ${visible('$2', '$3')}`;
// As IdeasService's IDEA_SELECT.
const IDEA = `SELECT i.id, i.campaign_id, i.author_id, i.anonymous, i.title, t.up_votes, t.down_votes, t.comment_count, coalesce(v.value, 0)::int AS my_vote,
  (c.hide_counts_until_voted AND now() < c.closes_at AND v.value IS NULL) AS counts_hidden
  FROM ideas i JOIN idea_tallies t ON t.idea_id = i.id JOIN campaigns c ON c.id = i.campaign_id LEFT JOIN idea_votes v ON v.idea_id = i.id AND v.user_id = $1::uuid`;
const ON_BOARD = 'i.hidden_at IS NULL AND i.merged_into_id IS NULL';

const myVote = (v) => (v === 1 ? 'up' : v === -1 ? 'down' : null);
const counts = (r) => ({ upVotes: r.counts_hidden ? null : r.up_votes, downVotes: r.counts_hidden ? null : r.down_votes });

async function board(s, campaignId) {
  const { rows: campaign } = await pool.query(CAMPAIGN, [campaignId, s.user_id, s.department_id]);
  if (!campaign[0]) throw new Error('campaign not visible');
  const { rows } = await pool.query(`${IDEA} WHERE t.campaign_id = $2 AND t.on_board ORDER BY t.hot_score DESC, t.idea_id DESC LIMIT 51`, [s.user_id, campaignId]);
  const { rows: [{ count }] } = await pool.query(`SELECT count(*)::int AS count FROM ideas i WHERE i.campaign_id = $1 AND ${ON_BOARD}`, [campaignId]);
  const page = rows.slice(0, 50);
  const authorIds = [...new Set(page.filter((r) => !r.anonymous && r.author_id).map((r) => r.author_id))];
  const { rows: authors } = await pool.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [authorIds]);
  const names = new Map(authors.map((a) => [a.id, a.display_name]));
  return {
    ideas: {
      totalCount: count,
      nodes: page.map((r) => ({
        id: r.id,
        title: r.title,
        ...counts(r),
        myVote: myVote(r.my_vote),
        commentCount: r.comment_count,
        author: r.anonymous || !r.author_id ? null : { displayName: names.get(r.author_id) },
      })),
    },
  };
}

// As VotesService.vote: a batch of votes (one text array per value: the idea, the voter, the vote, the
// voter's department), the voters' checks and ruche_cast_votes (the locks, the votes and the ideas'
// counters) in one statement, which answers each vote's idea as its voter now sees it (a vote that is
// not refused has been cast: its counters are the cast's, the voter's vote this one, the counts shown).
// $5: whether the batch waits on locked ideas. The arrays are read through sub-selects, as Ruche reads
// them, so that one plan serves every batch size.
export const VOTE_SQL = `
  WITH req AS MATERIALIZED (
    SELECT * FROM unnest((SELECT $1::text[]), (SELECT $2::text[]), (SELECT $3::text[]), (SELECT $4::text[])) WITH ORDINALITY AS b(idea, voter, value, dept, ord)
  ), target AS MATERIALIZED (
    SELECT b.ord, g.* FROM req b CROSS JOIN LATERAL (
      SELECT c.id, c.vote_budget, i.hidden_at AS idea_hidden_at, i.merged_into_id AS idea_merged_into_id,
             CASE WHEN now() < c.opens_at THEN 'upcoming' WHEN now() >= c.closes_at THEN 'closed' ELSE 'open' END AS status,
             (c.audience = 'everyone' OR c.department_id = b.dept::uuid
               OR EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = c.id AND cd.department_id = b.dept::uuid)) AS may_participate
        FROM ideas i JOIN campaigns c ON c.id = i.campaign_id
       WHERE i.id = b.idea::uuid AND ${visible('b.voter', 'b.dept')}
    ) g
  ), cast_vote AS MATERIALIZED (
    SELECT r.* FROM (
      SELECT array_agg(b.ord ORDER BY b.ord) AS ords, array_agg(b.idea::uuid ORDER BY b.ord) AS ideas, array_agg(b.voter::uuid ORDER BY b.ord) AS voters,
             array_agg(g.id ORDER BY b.ord) AS campaigns, array_agg(b.value::smallint ORDER BY b.ord) AS vals, array_agg(g.vote_budget ORDER BY b.ord) AS budgets
        FROM req b JOIN target g ON g.ord = b.ord
       WHERE g.idea_hidden_at IS NULL AND g.idea_merged_into_id IS NULL AND g.status = 'open' AND g.may_participate
    ) a CROSS JOIN LATERAL ruche_cast_votes(a.ords, a.ideas, a.voters, a.campaigns, a.vals, a.budgets, $5::boolean) r
  )
  SELECT g.ord, g.vote_budget, cv.used, cv.over_budget, cv.gone, cv.up_votes, cv.down_votes
    FROM target g LEFT JOIN cast_vote cv ON cv.ord = g.ord`;

// As VotesService: the votes that arrive while a batch runs go together in the next one.
const batches = new NaturalBatches(async (_, votes) => {
  const values = [0, 1, 2, 3].map((k) => votes.map((v) => v[k]));
  const { rows } = await pool.query({ name: 'vote', text: VOTE_SQL, values: [...values, votes.length === 1] });
  const byOrd = new Map(rows.map((r) => [Number(r.ord), r]));
  return votes.map((_, i) => byOrd.get(i + 1));
}, { max: 64, stalledMs: 100, maxRunning: 4 });

async function vote(s, ideaId, value) {
  const r = await batches.add('vote', [ideaId, s.user_id, value === 'up' ? 1 : -1, s.department_id]);
  if (!r || r.used === null || r.gone) throw new Error('cannot vote');
  if (r.over_budget) throw new Error('budget');
  // As Ruche: the idea's id and the voter's vote are the request's, and a voter's counts are never hidden.
  return { vote: { idea: { id: ideaId, upVotes: r.up_votes, downVotes: r.down_votes, myVote: value }, remainingVotes: r.vote_budget === null ? null : Math.max(r.vote_budget - r.used, 0) } };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/readyz') return res.writeHead(200).end();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString());
      const s = await session(req);
      if (!s) return res.writeHead(401).end();
      let data;
      if (query === BOARD) data = await board(s, variables.c);
      else if (query === VOTE) data = await vote(s, variables.i, variables.v);
      else return res.writeHead(400).end();
      const body = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (e) {
      const body = JSON.stringify({ errors: [{ message: String(e) }] });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    }
  });
});
// Listens when run as a program (bench/hivemind.mjs imports the operations' text from here).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  server.listen(Number(process.env.PORT), '127.0.0.1');
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
