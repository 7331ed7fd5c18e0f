#!/usr/bin/env node
// Spike detection benchmark (pure code, no server): the detector's throughput on 1,000 series fed minute
// by minute as the alert job feeds them, and its recall and false alerts per preset on synthetic weeks
// (daily cycle, weekends, DST, Poisson noise, injected bursts, drops and ramps: see synthetic-series.ts).
// Baseline in the same run: a plain EWMA z-score per series (no time of day), the textbook detector.
// Usage: npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/spikes.mjs
//   SPIKES_SERIES (per volume, default 16), SPIKES_DAYS (default 56), SPIKES_THROUGHPUT_SERIES (1000)
import { join } from 'node:path';
import { dist, machine, require, table } from './lib.mjs';

const spikes = join(dist, 'server/src/modules/signals/spikes');
const { SpikeDetector, createSpikeState } = require(join(spikes, 'detector.js'));
const { backtest } = require(join(spikes, 'backtest.js'));
const { syntheticSeries, scoreAlerts, mulberry32, poissonSample, dailyShape } = require(join(spikes, 'synthetic-series.js'));
const { localClock } = require(join(spikes, 'local-clock.js'));

const MINUTE = 60_000;
const DAY = 86_400_000;
const TZ = 'Europe/Paris';
const START = new Date('2026-03-02T00:00:00Z'); // a Monday; the clocks change on 2026-03-29
const perVolume = Number(process.env.SPIKES_SERIES ?? 16);
const days = Number(process.env.SPIKES_DAYS ?? 56);
const throughputSeries = Number(process.env.SPIKES_THROUGHPUT_SERIES ?? 1000);

/**
 * The baseline: EWMA mean and variance of the measured value (α = 1/60 per minute), an alert when
 * |z| ≥ 4 with the same minimum volume (5) and cool-down (60 min) as the medium preset, after one day.
 */
function ewmaBaseline(rows, until) {
  const alerts = [];
  const bySeries = new Map();
  for (const r of rows) {
    let list = bySeries.get(r.series);
    if (!list) bySeries.set(r.series, (list = []));
    list.push(r);
  }
  for (const [series, list] of bySeries) {
    list.sort((a, b) => a.minute - b.minute);
    const st = ewmaState();
    let i = 0;
    for (let t = list[0].minute.getTime(); t <= until; t += MINUTE) {
      const x = i < list.length && list[i].minute.getTime() === t ? (list[i++].authors ?? 0) : 0;
      const a = ewmaStep(st, t, x);
      if (a) alerts.push({ series, minute: new Date(t), kind: a, observed: x, expected: st.mean, strength: 4 });
    }
  }
  return alerts;
}
function ewmaState() {
  return { mean: 0, variance: 1, n: 0, last: { burst: -Infinity, drop: -Infinity } };
}
function ewmaStep(st, t, x) {
  const z = (x - st.mean) / Math.sqrt(st.variance + 0.25);
  let alert = null;
  if (st.n >= 1440) {
    if (z >= 4 && x >= 5 && t - st.last.burst >= 60 * MINUTE) alert = 'burst';
    else if (z <= -4 && st.mean * 30 >= 5 && t - st.last.drop >= 60 * MINUTE) alert = 'drop';
    if (alert) st.last[alert] = t;
  }
  const d = x - st.mean;
  st.mean += d / 60;
  st.variance = (59 / 60) * (st.variance + (d * d) / 60);
  st.n++;
  return alert;
}

// 1. Throughput: 1,000 series, interleaved minute by minute. Counts are drawn up front (compact), rows
// are built in the loop as the job builds them from its query.
function throughput() {
  const minutes = 10 * 1440;
  const clock = localClock(TZ);
  const rand = mulberry32(42);
  const peaks = Array.from({ length: throughputSeries }, (_, i) => [0.2, 2, 20][i % 3] * (0.5 + rand()));
  const data = new Int32Array(throughputSeries * minutes);
  for (let m = 0; m < minutes; m++) {
    const t = START.getTime() + m * MINUTE;
    const local = clock.local(t) - 4 * 3_600_000;
    const day = Math.floor(local / DAY);
    const weekday = (((day + 4) % 7) + 7) % 7;
    const shape = dailyShape(4 + (local - day * DAY) / 3_600_000, weekday === 0 || weekday === 6);
    for (let s = 0; s < throughputSeries; s++) data[s * minutes + m] = poissonSample(rand, peaks[s] * shape);
  }
  const names = peaks.map((_, i) => `term-${i}`);
  const detector = new SpikeDetector({ timeZone: TZ });
  const states = names.map(() => createSpikeState());
  const baseline = names.map(() => ewmaState());
  let alerts = 0;
  const timed = { warm: 0, ready: 0, baseline: 0 };
  for (let m = 0; m < minutes; m++) {
    const t = START.getTime() + m * MINUTE;
    const minute = new Date(t);
    const t0 = process.hrtime.bigint();
    for (let s = 0; s < throughputSeries; s++) {
      const x = data[s * minutes + m];
      alerts += detector.observe(states[s], { series: names[s], minute, count: x, authors: x }).length;
    }
    const t1 = process.hrtime.bigint();
    for (let s = 0; s < throughputSeries; s++) if (ewmaStep(baseline[s], t, data[s * minutes + m])) alerts += 0;
    const t2 = process.hrtime.bigint();
    timed[m < 7 * 1440 ? 'warm' : 'ready'] += Number(t1 - t0);
    timed.baseline += Number(t2 - t1);
  }
  const stateBytes = JSON.stringify(states[0]).length;
  return {
    series: throughputSeries,
    minutesPerSeries: minutes,
    detectorMinutesPerSecond: Math.round((throughputSeries * minutes) / ((timed.warm + timed.ready) / 1e9)),
    detectorMinutesPerSecondAfterWarmup: Math.round((throughputSeries * 3 * 1440) / (timed.ready / 1e9)),
    baselineEwmaMinutesPerSecond: Math.round((throughputSeries * minutes) / (timed.baseline / 1e9)),
    stateJsonBytes: stateBytes,
    heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    alerts,
  };
}

// 2. Recall and false alerts per preset, and the baseline's, on the same series.
function accuracy() {
  const rows = [];
  const totals = {};
  const from = START.getTime() + 7 * DAY;
  const to = START.getTime() + days * DAY;
  const until = new Date(to - MINUTE);
  for (const peak of [0.2, 2, 20]) {
    const counts = [];
    const events = [];
    for (let i = 0; i < perVolume; i++) {
      const s = syntheticSeries({ series: `v${peak}-${i}`, peak, start: START, days, seed: 100_003 * (i + 1) + peak * 7, timeZone: TZ, eventsPerDay: 0.6 });
      counts.push(...s.counts);
      events.push(...s.events);
    }
    const runs = [
      ...['low', 'medium', 'high'].map((preset) => [preset, () => backtest(counts, { preset, timeZone: TZ }, { until })]),
      ['ewma z (baseline)', () => ewmaBaseline(counts, until.getTime())],
    ];
    for (const [detector, run] of runs) {
      const t0 = Date.now();
      const alerts = run();
      const ms = Date.now() - t0;
      const sc = scoreAlerts(alerts, events, perVolume, from, to);
      const t = (totals[detector] ??= { detector, events: 0, detected: 0, falseAlerts: 0, normalSeriesDays: 0 });
      t.events += sc.events;
      t.detected += sc.detected;
      t.falseAlerts += sc.falseAlerts;
      t.normalSeriesDays += sc.normalSeriesDays;
      const kind = (k) => `${sc.byKind[k].detected}/${sc.byKind[k].events} (${sc.byKind[k].meanDelayMinutes} min)`;
      rows.push({
        peak,
        detector,
        recall: Number(sc.recall.toFixed(3)),
        bursts: kind('burst'),
        drops: kind('drop'),
        ramps: kind('ramp'),
        falsePerSeriesDay: Number(sc.falsePerSeriesDay.toFixed(4)),
        falseHourShare: Number(sc.falseHourShare.toFixed(5)),
        alerts: alerts.length,
        ms,
      });
    }
  }
  return {
    rows,
    totals: Object.values(totals).map((t) => ({
      detector: t.detector,
      events: t.events,
      recall: Number((t.detected / t.events).toFixed(3)),
      falseAlerts: t.falseAlerts,
      normalSeriesDays: Math.round(t.normalSeriesDays),
      falsePerSeriesDay: Number((t.falseAlerts / t.normalSeriesDays).toFixed(4)),
    })),
  };
}

const results = { machine: machine(), config: { perVolume, days, timeZone: TZ, start: START.toISOString() }, throughput: throughput(), accuracy: accuracy() };
console.log(JSON.stringify(results, null, 2));
const m = results.machine;
console.log(`\nspike detector throughput (${m.cores} cores, Node ${m.node}): ${throughputSeries} series × 10 days, minute by minute`);
console.log(table([results.throughput]));
console.log(`\nrecall and false alerts, ${perVolume} series per volume × ${days} days (events from day 8; false = outside event windows, per series-day)`);
console.log(table(results.accuracy.rows));
console.log('');
console.log(table(results.accuracy.totals));
