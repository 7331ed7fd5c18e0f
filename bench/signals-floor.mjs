#!/usr/bin/env node
// The stream's floor for bench/signals.mjs: a bare socket.io server (same version, same path) that
// broadcasts what it is POSTed, as one `signal:batch` to every connected client, and nothing else —
// no session, no database, no filtering. `POST /emit` with a JSON batch; GET /readyz.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(join(root, 'server/package.json'));
const { Server } = require('socket.io');
const server = createServer((req, res) => {
  if (req.url === '/readyz') return res.end('ok');
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    io.emit('signal:batch', JSON.parse(body));
    res.end('{}');
  });
});
const io = new Server(server, { path: '/socket.io', serveClient: false });
server.listen(Number(process.env.PORT), '127.0.0.1');
