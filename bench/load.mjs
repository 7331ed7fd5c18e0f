#!/usr/bin/env node
// The load generator, run by the benchmarks as a child process of its own (never inside the server it
// measures): N keep-alive connections, each sending its next request as soon as the last is answered,
// for `duration` seconds; then one line of JSON on stdout.
// Usage: node bench/load.mjs '{"url":"http://127.0.0.1:3000/graphql","method":"POST","headers":{},"body":"…","connections":16,"duration":10}'
// or node bench/load.mjs @options.json.
// Optional: "cookies": [...] — connection i sends cookies[i % n] (one person per connection);
//           "template" + "choices": {"name": [...]} — each request's body is the template with every
//           "{{name}}" replaced by a random element of choices.name (e.g. a random idea per vote).
// A response counts as a failure unless its status is 2xx and its body has no "errors" (a GraphQL error
// answered with 200 is a failure too, not a fast response).
//
// Why not autocannon (still here: BENCH_LOADGEN=autocannon): the generator shares this machine's two
// cores with the server it measures, and at a thousand requests a second autocannon spends two to three
// times the CPU per request of this loop (per-request timers, request rebuilding, its histogram), CPU
// the server then lacks. Its own CPU per request is in the output (loadCpuUsPerRequest), whichever runs.
import net from 'node:net';
import { readFileSync } from 'node:fs';

const opts = JSON.parse(process.argv[2].startsWith('@') ? readFileSync(process.argv[2].slice(1), 'utf8') : process.argv[2]);
const choices = opts.choices ?? {};
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const connections = opts.connections ?? 16;
const duration = opts.duration ?? 10;
/** How long a request may take before it counts as a timeout (autocannon's default). */
const TIMEOUT_MS = 10_000;

const result = process.env.BENCH_LOADGEN === 'autocannon' ? await withAutocannon() : await withSockets();
process.stdout.write(`${JSON.stringify(result)}\n`);

async function withSockets() {
  const url = new URL(opts.url);
  if (url.protocol !== 'http:') throw new Error(`only http:// is supported, not ${url.protocol}`);
  // The template split once: even indexes are text, odd ones the names of the choices between them.
  const parts = opts.template ? opts.template.split(/\{\{(\w+)\}\}/) : undefined;
  for (let i = 1; parts && i < parts.length; i += 2) if (!choices[parts[i]]?.length) throw new Error(`no choices for {{${parts[i]}}}`);
  const render = () => {
    let s = parts[0];
    for (let i = 1; i < parts.length; i += 2) s += pick(choices[parts[i]]) + parts[i + 1];
    return s;
  };
  const method = opts.method ?? 'GET';
  // Keep-alive said out loud, as autocannon does: HTTP/1.1's default, but some servers look for it.
  const fixedHeaders = Object.entries({ host: url.host, connection: 'keep-alive', ...(opts.headers ?? {}) })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\n${fixedHeaders}`;

  const latencies = [];
  let requests = 0;
  let failures = 0;
  let timeouts = 0;
  let connects = 0;
  let stopping = false;
  const CRLF2 = Buffer.from('\r\n\r\n');

  function connection(index) {
    const cookie = opts.cookies ? `cookie: ${opts.cookies[index % opts.cookies.length]}\r\n` : '';
    const fixedBody = parts ? undefined : (opts.body ?? undefined);
    return new Promise((resolve) => {
      let socket;
      let pending = Buffer.alloc(0);
      let started = 0;
      let inFlight = false;
      let timer;
      const request = () => {
        const body = parts ? render() : fixedBody;
        const text = body === undefined ? `${head}${cookie}\r\n` : `${head}${cookie}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
        inFlight = true;
        started = performance.now();
        timer = setTimeout(() => {
          timeouts++;
          socket.destroy();
        }, TIMEOUT_MS);
        socket.write(text);
      };
      const next = () => (stopping ? (socket.end(), resolve()) : request());
      const open = () => {
        connects++;
        pending = Buffer.alloc(0);
        socket = net.connect(Number(url.port || 80), url.hostname);
        socket.setNoDelay(true);
        socket.on('connect', next);
        socket.on('data', onData);
        // A connection refused or reset between requests is a failure too (one mid-request: on close).
        socket.on('error', () => {
          if (!inFlight && !stopping) failures++;
        });
        socket.on('close', () => {
          clearTimeout(timer);
          // A connection lost mid-request is a failure; the next request goes on a new one.
          if (inFlight) {
            inFlight = false;
            failures++;
          }
          if (stopping) resolve();
          else setTimeout(open, 10);
        });
      };
      function onData(chunk) {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        for (;;) {
          const response = parseResponse(pending);
          if (!response) return;
          clearTimeout(timer);
          inFlight = false;
          pending = pending.subarray(response.size);
          requests++;
          latencies.push(performance.now() - started);
          if (response.status < 200 || response.status > 299 || response.body.includes('"errors"')) failures++;
          next();
        }
      }
      open();
    });
  }

  /** The first whole response in `buf`: its status, body and length in bytes; undefined while incomplete. */
  function parseResponse(buf) {
    const end = buf.indexOf(CRLF2);
    if (end < 0) return undefined;
    const header = buf.toString('latin1', 0, end);
    const status = Number(header.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(header);
    if (length) {
      const size = end + 4 + Number(length[1]);
      return buf.length < size ? undefined : { status, size, body: buf.toString('utf8', end + 4, size) };
    }
    if (!/\r\ntransfer-encoding: *chunked/i.test(header)) return { status, size: end + 4, body: '' };
    // Chunked: sizes in hex, each chunk followed by CRLF, a last chunk of size 0 (no trailers expected).
    let at = end + 4;
    let body = '';
    for (;;) {
      const line = buf.indexOf('\r\n', at);
      if (line < 0) return undefined;
      const size = parseInt(buf.toString('latin1', at, line), 16);
      if (Number.isNaN(size)) throw new Error('malformed chunked response');
      const dataEnd = line + 2 + size;
      if (buf.length < dataEnd + 2) return undefined;
      if (size === 0) return { status, size: dataEnd + 2, body };
      body += buf.toString('utf8', line + 2, dataEnd);
      at = dataEnd + 2;
    }
  }

  const cpuStart = process.cpuUsage();
  const t0 = performance.now();
  const all = Array.from({ length: connections }, (_, i) => connection(i));
  setTimeout(() => (stopping = true), duration * 1000);
  await Promise.all(all);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2) : 0);
  return {
    requests,
    seconds: +seconds.toFixed(2),
    rps: Math.round(requests / seconds),
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: at(1),
    failures: failures + timeouts,
    // Connections opened: one per client unless the server closed some (each costs both sides).
    connects,
    loadCpuUsPerRequest: Math.round((cpu.user + cpu.system) / Math.max(requests, 1)),
  };
}

async function withAutocannon() {
  const { default: autocannon } = await import('autocannon');
  const render = () => opts.template.replace(/\{\{(\w+)\}\}/g, (_m, name) => pick(choices[name]));
  let clients = 0;
  // Per request: the body from the template, and the connection's own cookie (its context lives as long
  // as the connection).
  const setupRequest = (req, context) => {
    if (opts.cookies && context.cookie === undefined) context.cookie = opts.cookies[clients++ % opts.cookies.length];
    return {
      ...req,
      ...(opts.template ? { body: render() } : {}),
      ...(opts.cookies ? { headers: { ...req.headers, cookie: context.cookie } } : {}),
    };
  };
  const cpuStart = process.cpuUsage();
  const result = await autocannon({
    url: opts.url,
    method: opts.method ?? 'GET',
    headers: opts.headers ?? {},
    body: opts.template ? render() : opts.body,
    connections,
    duration,
    ...(opts.template || opts.cookies ? { requests: [{ setupRequest }] } : {}),
    verifyBody: (body) => !body.includes('"errors"'),
  });
  const cpu = process.cpuUsage(cpuStart);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    rps: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    loadCpuUsPerRequest: Math.round((cpu.user + cpu.system) / Math.max(result.requests.total, 1)),
  };
}
