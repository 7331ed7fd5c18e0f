#!/usr/bin/env node
// The load generator, run by the benchmarks as a child process of its own (never inside the server it
// measures): autocannon against one URL, then one line of JSON on stdout.
// Usage: node bench/load.mjs '{"url":"http://127.0.0.1:3000/graphql","method":"POST","headers":{},"body":"…","connections":16,"duration":10}'
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2]);
const result = await autocannon({
  url: opts.url,
  method: opts.method ?? 'GET',
  headers: opts.headers ?? {},
  body: opts.body,
  connections: opts.connections ?? 16,
  duration: opts.duration ?? 10,
  // A GraphQL error answered with 200 is a failure too, not a fast response.
  verifyBody: (body) => !body.includes('"errors"'),
});
const seconds = result.duration;
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    seconds,
    rps: Math.round(result.requests.total / seconds),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  })}\n`,
);
