#!/usr/bin/env node
// Dynamic Signal benchmark (issue 14): through the whole pipeline into PostgreSQL, in Ruche as in
// production (server/dist) on an embedded PostgreSQL of its own:
// 1. sustained ingest: signed webhook deliveries of 100 items by 8 concurrent senders (bench/signals-load.mjs,
//    its own process) → items/s stored, next to the floor: the same rows INSERTed by bare `pg`;
// 2. delivery latency: 1 000 socket.io clients in 4 processes of 250 (bench/signals-clients.mjs), all
//    subscribed to the stream as the hub; one delivery of one item every PROBE_MS; latency = webhook sent →
//    item received by each client (p50/p99 over every client × item), idle and while the ingest load runs;
//    next to the floor: a bare socket.io broadcast (bench/signals-floor.mjs) to the same 1 000 clients;
// 3. Ruche's RSS sampled every second over the latency runs (flat?).
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/signals.mjs
// Env: BENCH_DURATION seconds per measurement (20; 600 for the ten-minute memory run), BENCH_CLIENTS (1000),
//      BENCH_PROCESSES (4), BENCH_PROBE_MS (200), BENCH_PARTS (ingest,latency,floor: the parts to run),
//      BENCH_WAITS=1 (what Ruche's PostgreSQL backends wait on during the ingest run), BENCH_PG_STATS=1 (the statements
//      that cost PostgreSQL most during the ingest run, from pg_stat_statements: execution and planning time per call), BENCH_CPU_PROF=<dir> (Ruche runs with --cpu-prof; read with bench/cpu-profile.mjs),
//      BENCH_TRACE_GC=1 (Ruche runs with --trace-gc: the heap each full collection leaves, i.e. what is live, over the
//      ingest run — RSS alone rises and falls with the garbage V8 lets pile up before collecting), BENCH_KEEP=1 (keep the
//      data folder and Ruche's log), BENCH_NODE, BENCH_DIST (see lib.mjs).
// CPU per item: Ruche's process and PostgreSQL's (postmaster and backends, treeCpuMs) over each ingest run,
// divided by the items stored, so a change's cost shows even where the machine's two cores blur items/s.
import { fork, spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMs, dist, freePort, machine, nodeBin, pgStatements, productionPostgresSettings, require, root, startPostgres, startProcess, stopProcess, table, tempDir, treeCpuMs } from './lib.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 4);
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 200);
const PARTS = (process.env.BENCH_PARTS ?? 'ingest,latency,floor').split(',');
const CPU_PROF = process.env.BENCH_CPU_PROF;
const TRACE_GC = process.env.BENCH_TRACE_GC === '1';
const WAITS = process.env.BENCH_WAITS === '1';
const PG_STATS = process.env.BENCH_PG_STATS === '1';
const SECRET = `whsec_${randomBytes(24).toString('base64url')}`;

const pct = (values, p) => {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10;
};
const rssMb = (pid) => {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
  } catch {
    return null;
  }
};
/**
 * A load run with the CPU Ruche (`pid`) and PostgreSQL spent on it, in µs per stored item, and what
 * Ruche's backends were doing, sampled every 50 ms (pg_stat_activity: waiting on a lock, on the client,
 * running which statement) when `waits` is a pg client.
 */
const measuredLoad = async (env, pid, pgPid, waits) => {
  const before = [cpuMs(pid), treeCpuMs(pgPid)];
  const states = new Map();
  let sampling = Boolean(waits);
  const rss = [];
  const rssSampler = setInterval(() => rss.push(rssMb(pid)), 1000);
  const sampler = (async () => {
    while (sampling && waits) {
      const { rows } = await waits.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'cpu') || ' ' || state || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS what
           FROM pg_stat_activity WHERE backend_type = 'client backend' AND application_name <> 'ruche-signal-stream' AND pid <> pg_backend_pid() AND datname = current_database()`,
      );
      for (const { what } of rows) states.set(what, (states.get(what) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const r = await runLoad(env);
  sampling = false;
  clearInterval(rssSampler);
  await sampler;
  const after = [cpuMs(pid), treeCpuMs(pgPid)];
  const perItem = (i) => (before[i] === undefined || after[i] === undefined || r.items === 0 ? null : Math.round(((after[i] - before[i]) * 1000) / r.items));
  const total = [...states.values()].reduce((a, b) => a + b, 0);
  const backends = waits ? Object.fromEntries([...states].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => [k, `${Math.round((100 * n) / total)}%`])) : undefined;
  return { ...r, cpuUsPerItem: perItem(0), pgCpuUsPerItem: perItem(1), rss, ...(backends ? { backends } : {}) };
};
const runLoad = (env) =>
  new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [join(root, 'bench/signals-load.mjs')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`load exited ${code}`))));
  });

/** Starts PROCESSES client processes of CLIENTS/PROCESSES sockets each against `url`. */
async function startClients(url, cookie, mode) {
  const procs = Array.from({ length: PROCESSES }, () =>
    fork(join(root, 'bench/signals-clients.mjs'), [], { execPath: nodeBin, env: { URL: url, COOKIE: cookie, COUNT: String(CLIENTS / PROCESSES), MODE: mode }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  await Promise.all(procs.map((p) => new Promise((resolve, reject) => (p.once('message', resolve), p.once('exit', (c) => reject(new Error(`clients exited ${c}`)))))));
  return {
    exit: () => procs.forEach((p) => p.send('exit')),
    report: () =>
      Promise.all(procs.map((p) => new Promise((resolve) => (p.once('message', resolve), p.send('report'))))).then((rs) => ({
        latencies: rs.flatMap((r) => r.latencies),
        items: rs.reduce((n, r) => n + r.items, 0),
        summaries: rs.reduce((n, r) => n + r.summaries, 0),
        connected: rs.reduce((n, r) => n + r.connected, 0),
      })),
  };
}

const dir = tempDir('ruche-bench-signals-');
const children = [];
let db;
const results = { machine: machine(), settings: { durationSeconds: DURATION, clients: CLIENTS, processes: PROCESSES, probeMs: PROBE_MS, dist, postgres: productionPostgresSettings() }, ingest: {}, latency: {}, rss: {} };
try {
  // PostgreSQL as a production server of this machine would be (bench/lib.mjs): ten minutes of ingest store
  // millions of rows, far beyond the 128 MB default shared_buffers.
  db = await startPostgres(dir, await freePort(), results.settings.postgres);
  const { Client } = require('pg');
  const stats = PG_STATS ? await pgStatements(db) : undefined;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const selfsigned = require('selfsigned');
  const { cert } = await selfsigned.generate([{ name: 'commonName', value: 'idp.bench.invalid' }], { keySize: 2048 });
  const ruche = await startProcess({
    args: [...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : []), ...(TRACE_GC ? ['--trace-gc'] : []), join(dist, 'server/src/main.js')],
    env: {
      NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10', LOG_LEVEL: 'warn',
      AUTH_MODE: 'saml', SAML_IDP_SSO_URL: 'https://idp.bench.invalid/sso', SAML_IDP_ENTITY_ID: 'https://idp.bench.invalid', SAML_IDP_CERT: cert,
      SIGNALS_WEBHOOK_RATE_LIMIT_PER_MINUTE: '1000000', SIGNALS_DEMO_REPLAY: 'false', JOBS_ENABLED: 'false',
    },
    logFile: join(dir, 'ruche.log'),
    readyUrl: `${base}/readyz`,
  });
  children.push(ruche.child);
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  pg.on('error', () => undefined);
  const { rows: [hub] } = await pg.query(`SELECT id FROM users WHERE role = 'hub_coordinator' ORDER BY email LIMIT 1`);
  if (!hub) throw new Error('no hub coordinator: the demo organisation was not seeded');
  const token = randomBytes(32).toString('base64url');
  await pg.query(`INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')`, [createHash('sha256').update(token).digest('hex'), hub.id]);
  const cookie = `ruche_session=${token}`;
  const { rows: [source] } = await pg.query(`INSERT INTO signal_sources (kind, name, webhook_secret) VALUES ('webhook', 'Bench', $1) RETURNING id`, [SECRET]);
  await pg.query(`CREATE TABLE bench_floor_items (LIKE signal_items INCLUDING DEFAULTS)`);
  const webhook = `${base}/signals/webhooks/${source.id}`;

  // 1. Sustained ingest, Ruche then the floor, nobody subscribed.
  if (PARTS.includes('ingest')) {
    await stats?.reset();
    results.ingest.ruche = await measuredLoad({ MODE: 'webhook', URL: webhook, SECRET, DURATION: String(DURATION) }, ruche.child.pid, db.pid, WAITS ? pg : undefined);
    if (WAITS) console.log(results.ingest.ruche.backends);
    if (TRACE_GC) {
      // "[pid:0x…]   61234 ms: Mark-Compact 180.2 (212.4) -> 74.9 (205.3) MB, …": the heap after each full collection.
      const after = [...readFileSync(join(dir, 'ruche.log'), 'utf8').matchAll(/Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/g)].map((m) => Number(m[1]));
      results.ingest.ruche.heapAfterFullGcMb = after;
      console.log(`heap after each full GC (MB), ${after.length} collections since start: ${after.join(' ')}`);
    }
    await stats?.report('What cost PostgreSQL most during the ingest run (pg_stat_statements)');
    await stats?.end();
    results.ingest.floor = await measuredLoad({ MODE: 'floor', DATABASE_URL: db.url, SOURCE_ID: source.id, DURATION: String(DURATION) }, ruche.child.pid, db.pid, false);
  }

  // 2. Latency to CLIENTS sockets.
  const probe = async (send, during) => {
    const rss = [];
    const started = Date.now();
    let n = 0;
    const load = during ? runLoad({ MODE: 'webhook', URL: webhook, SECRET, DURATION: String(DURATION), CONCURRENCY: '4' }) : Promise.resolve(null);
    while (Date.now() - started < DURATION * 1000) {
      const t = performance.timeOrigin + performance.now();
      await send(`lat-${t}-${n++}`);
      if (n % Math.max(1, Math.round(1000 / PROBE_MS)) === 0) rss.push(rssMb(ruche.child.pid));
      await new Promise((r) => setTimeout(r, Math.max(0, PROBE_MS - (performance.timeOrigin + performance.now() - t))));
    }
    return { probes: n, load: await load, rss };
  };
  const sendWebhook = async (externalId) => {
    const body = JSON.stringify([{ id: externalId, title: 'Probe Lumi Home', text: `Lumi Home probe ${externalId}` }]);
    const ts = Math.floor(Date.now() / 1000);
    const sig = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`;
    const res = await fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json', 'x-ruche-timestamp': String(ts), 'x-ruche-signature': sig }, body });
    if (res.status >= 300) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
  };
  if (PARTS.includes('latency')) {
    const clients = await startClients(base, cookie, 'ruche');
    await clients.report();
    for (const [name, during] of [['idle', false], ['under ingest load', true]]) {
      const run = await probe(sendWebhook, during);
      await new Promise((r) => setTimeout(r, 1500));
      const got = await clients.report();
      results.latency[`ruche ${name}`] = { probes: run.probes, delivered: got.latencies.length, expected: run.probes * CLIENTS, p50: pct(got.latencies, 50), p99: pct(got.latencies, 99), max: pct(got.latencies, 100), summaries: got.summaries, connected: got.connected, ingest: run.load };
      results.rss[`ruche ${name}`] = run.rss;
    }
    clients.exit();
  }
  if (PARTS.includes('floor')) {
    // The floor: a bare socket.io broadcast to the same number of clients.
    const floorPort = await freePort();
    const floor = await startProcess({ args: [join(root, 'bench/signals-floor.mjs')], env: { PORT: String(floorPort) }, logFile: join(dir, 'floor.log'), readyUrl: `http://127.0.0.1:${floorPort}/readyz` });
    children.push(floor.child);
    const floorClients = await startClients(`http://127.0.0.1:${floorPort}`, '', 'floor');
    const floorRun = await probe(async (externalId) => {
      await fetch(`http://127.0.0.1:${floorPort}/emit`, { method: 'POST', body: JSON.stringify({ items: [{ externalId, title: 'Probe Lumi Home', excerpt: `Lumi Home probe ${externalId}` }], minutes: [], lastId: null, replay: false, sentAt: new Date().toISOString() }) });
    }, false);
    await new Promise((r) => setTimeout(r, 1500));
    const f = await floorClients.report();
    floorClients.exit();
    results.latency['floor (bare socket.io broadcast)'] = { probes: floorRun.probes, delivered: f.latencies.length, expected: floorRun.probes * CLIENTS, p50: pct(f.latencies, 50), p99: pct(f.latencies, 99), max: pct(f.latencies, 100) };
  }
  await pg.end();
} finally {
  for (const child of children.reverse()) await stopProcess(child);
  await db?.stop().catch(() => undefined);
  if (process.env.BENCH_KEEP === '1') console.error(`kept ${dir} (ruche.log)`);
  else rmSync(dir, { recursive: true, force: true });
}

const ingestRow = (name, r) => ({ case: name, 'items/s': r.itemsPerSecond, 'cpu µs/item': r.cpuUsPerItem ?? '?', 'pg cpu µs/item': r.pgCpuUsPerItem ?? '?', failures: r.failures, 'Ruche RSS MB first/last/max': r.rss.length ? `${r.rss[0]}/${r.rss[r.rss.length - 1]}/${Math.max(...r.rss)}` : '?' });
if (results.ingest.ruche) console.log(table([ingestRow('ingest (webhook, 8 × 100 items)', results.ingest.ruche), ingestRow('ingest floor (bare pg INSERT)', results.ingest.floor)]));
if (Object.keys(results.latency).length > 0) console.log(table(Object.entries(results.latency).filter(([, r]) => r.p50 !== undefined).map(([name, r]) => ({ case: name, clients: CLIENTS, probes: r.probes, delivered: `${r.delivered}/${r.expected}`, 'p50 ms': r.p50, 'p99 ms': r.p99, 'max ms': r.max }))));
if (Object.keys(results.rss).length > 0) console.log(table(Object.entries(results.rss).map(([name, s]) => ({ run: name, 'RSS MB first': s[0], 'RSS MB last': s[s.length - 1], 'RSS MB max': Math.max(...s) }))));
console.log(JSON.stringify(results));
