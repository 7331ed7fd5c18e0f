#!/usr/bin/env node
// The load generator, run by the benchmarks as a child process of its own (never inside the server it
// measures): autocannon against one URL, then one line of JSON on stdout.
// Usage: node bench/load.mjs '{"url":"http://127.0.0.1:3000/graphql","method":"POST","headers":{},"body":"…","connections":16,"duration":10}'
// or node bench/load.mjs @options.json.
// Optional: "cookies": [...] — connection i sends cookies[i % n] (one person per connection);
//           "template" + "choices": {"name": [...]} — each request's body is the template with every
//           "{{name}}" replaced by a random element of choices.name (e.g. a random idea per vote).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2].startsWith('@') ? readFileSync(process.argv[2].slice(1), 'utf8') : process.argv[2]);
const choices = opts.choices ?? {};
const pick = (list) => list[Math.floor(Math.random() * list.length)];
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
const result = await autocannon({
  url: opts.url,
  method: opts.method ?? 'GET',
  headers: opts.headers ?? {},
  body: opts.template ? render() : opts.body,
  connections: opts.connections ?? 16,
  duration: opts.duration ?? 10,
  ...(opts.template || opts.cookies ? { requests: [{ setupRequest }] } : {}),
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
