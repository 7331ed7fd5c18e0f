#!/usr/bin/env node
// Ingest load for bench/signals.mjs, in a process of its own. MODE=webhook: CONCURRENCY loops POST signed
// webhook deliveries of BATCH items to Ruche for DURATION seconds; MODE=floor: the same rows INSERTed by
// bare `pg` (one multi-row INSERT per batch into a plain copy of signal_items). Prints one JSON line:
// { items, seconds, itemsPerSecond, failures }.
import { createHmac, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(join(root, 'server/package.json'));
const { MODE, URL, SECRET, DATABASE_URL } = process.env;
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const BATCH = Number(process.env.BATCH ?? 100);
const DURATION = Number(process.env.DURATION ?? 10);
const TEXTS = [
  'Maison Lumière annonce une nouvelle version de Lumi Home, les clients saluent la mise à jour.',
  'Orange network outage in the south: customers angry about the Livebox failures all morning.',
  'Clairvoy cuts the price of its connected lamps, a direct answer to Lumi Home.',
  'Solaris home battery review: solid, quiet and well made, though the app still needs work.',
];
const item = (n) => ({ id: `load-${randomUUID()}`, title: `Signal ${n} ${TEXTS[n % 4].slice(0, 40)}`, text: `${TEXTS[n % 4]} ${randomUUID()}`, authors: [`author-${n % 500}`] });

let items = 0;
let failures = 0;
const until = Date.now() + DURATION * 1000;
let n = 0;
const started = Date.now();
if (MODE === 'webhook') {
  const worker = async () => {
    while (Date.now() < until) {
      const body = JSON.stringify(Array.from({ length: BATCH }, () => item(n++)));
      const ts = Math.floor(Date.now() / 1000);
      const sig = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`;
      try {
        const res = await fetch(URL, { method: 'POST', headers: { 'content-type': 'application/json', 'x-ruche-timestamp': String(ts), 'x-ruche-signature': sig }, body });
        const text = await res.text();
        if (res.status >= 300) failures++;
        else items += JSON.parse(text).stored ?? 0;
      } catch {
        // A connection reset (Ruche stalled or restarting, say) is a failed delivery, not the end of the run.
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} else {
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: DATABASE_URL, max: CONCURRENCY });
  const worker = async () => {
    while (Date.now() < until) {
      const rows = Array.from({ length: BATCH }, () => item(n++));
      const values = [];
      const params = [];
      rows.forEach((r, i) => {
        values.push(`(gen_random_uuid(), now(), $${i * 4 + 1}, $${i * 4 + 2}, gen_random_uuid(), true, $${i * 4 + 3}, $${i * 4 + 4}, now(), '{}', '{}', 'a', 'fr', 0, 'neutral', 'analyser', 0, 'neutral', 0)`);
        params.push(process.env.SOURCE_ID, r.id, r.title, r.text);
      });
      try {
        await pool.query(`INSERT INTO bench_floor_items (id, received_at, source_id, external_id, story_id, story_lead, title, body, published_at, authors, categories, author_key, language, sentiment_score, sentiment_label, sentiment_origin, analyser_score, analyser_label, fingerprint) VALUES ${values.join(',')}`, params);
        items += rows.length;
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await pool.end();
}
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ items, seconds, itemsPerSecond: Math.round(items / seconds), failures }));
