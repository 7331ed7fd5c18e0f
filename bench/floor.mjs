#!/usr/bin/env node
// The floor the API benchmark compares Ruche with: the same SQL Ruche needs for an answer, through bare
// `pg` and `node:http`, answering the same request (POST /graphql, same body, same cookie) with the same
// JSON. No framework, no GraphQL: what is left is the database round trips and HTTP itself.
// Run by bench/api.mjs as a process of its own; env: DATABASE_URL, PORT, POOL_SIZE, IDLE_SECONDS, SESSION_CACHE_MS.
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveMs, sessionReader } from './floor-sessions.mjs';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../server/package.json'));
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 7200);

// As SessionService.resolve (bench/floor-sessions.mjs).
const SESSION = `
  SELECT s.id, s.user_id, s.last_seen_at, u.email, u.display_name, u.role, u.locale, u.department_id,
         coalesce(d.kind = 'hub', false) AS is_hub, ${liveMs('$2')}
    FROM sessions s
    JOIN users u ON u.id = s.user_id AND u.deactivated_at IS NULL
    LEFT JOIN departments d ON d.id = u.department_id
   WHERE s.id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)`;

const session = sessionReader(pool, SESSION, idleSeconds, Number(process.env.SESSION_CACHE_MS ?? 5000));

// As UsersService.list (first page, no filter) and the department DataLoader.
async function users(first) {
  const { rows } = await pool.query(
    `SELECT u.*, ruche_fold(u.display_name) AS sort_key FROM users u WHERE u.deactivated_at IS NULL ORDER BY ruche_fold(u.display_name), u.id LIMIT $1`,
    [first + 1],
  );
  const { rows: [{ count }] } = await pool.query(`SELECT count(*)::int AS count FROM users u WHERE u.deactivated_at IS NULL`);
  const page = rows.slice(0, first);
  const ids = [...new Set(page.map((r) => r.department_id).filter(Boolean))];
  const { rows: departments } = ids.length ? await pool.query(`SELECT * FROM departments WHERE id = ANY($1::uuid[])`, [ids]) : { rows: [] };
  const byId = new Map(departments.map((d) => [d.id, d]));
  return {
    totalCount: count,
    nodes: page.map((r) => ({ id: r.id, displayName: r.display_name, department: r.department_id ? { nameFr: byId.get(r.department_id).name_fr } : null })),
  };
}

/** The operations the benchmark sends, by their exact text. */
const operations = {
  '{ me { id displayName role } }': async (s) => ({ me: { id: s.user_id, displayName: s.display_name, role: s.role } }),
  '{ users(first: 25) { totalCount nodes { id displayName department { nameFr } } } }': async () => ({ users: await users(25) }),
};

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/readyz') return res.writeHead(200).end();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const op = operations[JSON.parse(Buffer.concat(chunks).toString()).query];
      if (!op) return res.writeHead(400).end();
      const s = await session(req);
      if (!s) return res.writeHead(401).end();
      const body = JSON.stringify({ data: await op(s) });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
