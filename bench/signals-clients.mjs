#!/usr/bin/env node
// One process of socket.io clients for bench/signals.mjs: opens COUNT clients to URL with COOKIE,
// subscribes each to the signal stream (or, for the floor, just listens), and for every item whose
// external id is `lat-<epoch ms with fraction>-…` records now − that time. Talks to its parent over IPC:
// 'ready' once all are connected and subscribed; on 'report' answers with its latencies since the last
// report (and starts afresh); on 'exit' disconnects and exits.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(join(root, 'server/package.json'));
const { io } = require('socket.io-client');
const { URL, COOKIE, COUNT, MODE } = process.env;
const now = () => performance.timeOrigin + performance.now();
const latencies = [];
let items = 0;
let summaries = 0;
const record = (externalId) => {
  const m = /^lat-(\d+(?:\.\d+)?)-/.exec(externalId);
  if (m) latencies.push(now() - Number(m[1]));
};

const sockets = [];
await Promise.all(
  Array.from({ length: Number(COUNT) }, async () => {
    const socket = io(URL, { path: '/socket.io', transports: ['websocket'], extraHeaders: { Cookie: COOKIE, Origin: URL }, reconnection: false, forceNew: true, timeout: 30_000 });
    sockets.push(socket);
    if (MODE === 'floor') {
      socket.on('signal:batch', (b) => b.items.forEach((i) => (items++, record(i.externalId))));
      await new Promise((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
      return;
    }
    socket.on('signal:batch', (b) => {
      for (const i of b.items) {
        items++;
        record(i.externalId);
      }
    });
    socket.on('signal:summary', () => summaries++);
    await new Promise((resolve, reject) => (socket.once('session:ready', resolve), socket.once('connect_error', reject)));
    const ack = await socket.timeout(60_000).emitWithAck('signal:subscribe', {});
    if (!ack.ok) throw new Error(`subscribe refused: ${JSON.stringify(ack)}`);
  }),
);
process.send({ ready: true });
process.on('message', (m) => {
  if (m === 'report') {
    process.send({ latencies: latencies.splice(0), items, summaries, connected: sockets.filter((s) => s.connected).length });
    items = 0;
    summaries = 0;
  } else if (m === 'exit') {
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
});
