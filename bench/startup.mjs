#!/usr/bin/env node
// Start-up benchmark: the embedded PostgreSQL's first start (initdb) and a second start on the same
// data, then Ruche (server/dist/…/main.js, its own process, as `npm start` runs it after the build)
// from spawn to /readyz answering 200: first on that cluster (migrations + demo seed), then again
// with everything in place.
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/startup.mjs
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { dist, freePort, machine, startPostgres, startProcess, stopProcess, table, tempDir } from './lib.mjs';

const dir = tempDir('ruche-bench-startup-');
const results = { machine: machine(), startup: {} };
try {
  const pgPort = await freePort();
  let t = Date.now();
  let db = await startPostgres(dir, pgPort);
  results.startup.embeddedPgColdMs = Date.now() - t; // initdb + start + application role
  await db.stop();
  t = Date.now();
  db = await startPostgres(dir, pgPort);
  results.startup.embeddedPgWarmMs = Date.now() - t;
  await db.stop();

  const port = await freePort();
  const start = () =>
    startProcess({
      args: [join(dist, 'server/src/main.js')],
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' },
      logFile: join(dir, 'ruche.log'),
      readyUrl: `http://127.0.0.1:${port}/readyz`,
    });
  let ruche = await start();
  results.startup.rucheFirstStartMs = ruche.ms; // node + embedded PostgreSQL + migrations + demo seed
  await stopProcess(ruche.child);
  ruche = await start();
  results.startup.rucheSecondStartMs = ruche.ms; // node + embedded PostgreSQL, data reused
  await stopProcess(ruche.child);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(JSON.stringify(results, null, 2));
const m = results.machine;
console.log(`\nstart-up (ms; Ruche: from spawning node to /readyz answering 200), ${m.cores} cores, Node ${m.node}`);
console.log(table([results.startup]));
