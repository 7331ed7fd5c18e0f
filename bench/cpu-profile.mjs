#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof; bench/api.mjs writes one with BENCH_CPU_PROF=<dir>):
// CPU time by package, the functions with the most self time, and the inclusive time of the functions
// whose name matches a pattern. Samples from the first SKIP seconds (start-up) are left out.
// Usage: node bench/cpu-profile.mjs <file.cpuprofile> [--skip=3] [--top=40] [--match=regexp]
import { readFileSync } from 'node:fs';

const [file, ...flags] = process.argv.slice(2);
const flag = (name, fallback) => flags.find((f) => f.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const skipUs = Number(flag('skip', 3)) * 1e6;
const top = Number(flag('top', 40));
const match = flag('match') ? new RegExp(flag('match')) : undefined;

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per node from the samples (more exact than hitCount × interval), after the start-up window.
const selfUs = new Map();
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const dt = profile.timeDeltas[i + 1] ?? 0;
  if (t - profile.startTime < skipUs) continue;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const where = (frame) => {
  const url = frame.url ?? '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.includes('/dist/server/src/')) return `ruche:${url.split('/dist/server/src/')[1].split('/').slice(0, -1).join('/') || '.'}`;
  if (url.startsWith('node:')) return 'node';
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  return url;
};
const label = (frame) => `${frame.functionName || '(anonymous)'} ${where(frame)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;

// Node internals and native code (socket writes, hashing…) count for the package that called them.
const owner = (id) => {
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const w = where(nodes.get(cur).callFrame);
    if (w !== 'node' && w !== '(native)') return w;
  }
  return where(nodes.get(id).callFrame);
};
const byPackage = new Map();
const byFunction = new Map();
for (const [id, us] of selfUs) {
  const frame = nodes.get(id).callFrame;
  const w = owner(id);
  byPackage.set(w, (byPackage.get(w) ?? 0) + us);
  byFunction.set(label(frame), (byFunction.get(label(frame)) ?? 0) + us);
}
const print = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(us)}  ${k}`);
};
console.log(`${(total / 1e6).toFixed(1)} s of samples after the first ${skipUs / 1e6} s`);
print('self time by package (node internals and native code count for their caller)', byPackage, 30);
print('self time by function', byFunction, top);

if (match) {
  // Inclusive time of matching frames, counted once per stack (recursion does not count twice).
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = label(nodes.get(cur).callFrame);
      if (!match.test(key) || seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  print(`inclusive time of frames matching ${match}`, inclusive, top);
}
