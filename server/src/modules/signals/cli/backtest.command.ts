import { StringDecoder } from 'node:string_decoder';
import type { CliCommand, CliIo } from '../../../core/cli/cli-command';
import type { MinuteCount } from '../pipeline/contracts';
import { createSpikeState, minuteCountError, SpikeDetector, type SpikeAlertDetail, type SpikeSeriesState } from '../spikes/detector';
import { SPIKE_PRESETS, type SpikePreset } from '../spikes/spike-rule';

/**
 * `spikes:backtest [--json] [--preset low|medium|high] [--tz <IANA zone>]`: per-minute counts as JSON
 * lines on stdin, `{ "series", "minute", "count", "authors"? }`, each series in time order, minutes
 * without a line meaning zero (up to the last minute of the whole input); one line per alert the preset
 * would raise on stdout — with --json `{ "series", "minute", "kind", "observed", "expected" }`, else a
 * sentence. Streaming: one detector state per series (~5 KB), whatever the input's length. A bad line is
 * reported on stderr with its number and skipped; exit 1 at the end if there was one, 2 on bad usage.
 * --tz sets the wall clock the daily profile follows (default UTC).
 */

/** A count line is under 200 bytes; past this a line is refused, not buffered. */
export const MAX_LINE_BYTES = 4096;
/** Series names are watch terms and topics. */
export const MAX_SERIES_NAME = 200;
/** Watchlists hold hundreds of terms; the cap keeps a hostile input's memory bounded (~5 KB a series). */
export const MAX_SERIES = 10_000;
/** Past this many, bad lines are counted, not each reported. */
const MAX_REPORTED = 1000;

const USAGE = 'usage: npm run cli -- spikes:backtest [--json] [--preset low|medium|high] [--tz <IANA zone>]  (JSON lines on stdin)\n';

// ISO-8601 with a zone (Z or ±hh:mm); seconds optional.
const ISO_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO-8601 instant strictly (no 30 February, no 25:00); null if it is not one. */
export function parseIsoInstant(text: string): Date | null {
  const m = ISO_MINUTE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const fraction = m[7] ? Number(`0.${m[7]}`) : 0;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[8].slice(1, 3));
    const om = Number(m[8].slice(4, 6));
    if (oh > 23 || om > 59) return null;
    offset = (m[8][0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(fraction * 1000) - offset * 60_000;
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date : null;
}

/** Reads one JSON line into a row, or says why not. */
export function parseCountLine(line: string): MinuteCount | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  if (typeof o.series !== 'string' || o.series.length === 0) return 'series must be a non-empty string';
  if (o.series.length > MAX_SERIES_NAME) return `series is longer than ${MAX_SERIES_NAME} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(o.series)) return 'series holds control characters';
  if (typeof o.minute !== 'string') return 'minute must be an ISO-8601 string';
  const minute = parseIsoInstant(o.minute);
  if (!minute) return 'minute is not a valid ISO-8601 date-time with a zone';
  if (typeof o.count !== 'number') return 'count must be a number';
  if (o.authors !== undefined && typeof o.authors !== 'number') return 'authors must be a number';
  const row: MinuteCount = { series: o.series, minute, count: o.count };
  if (o.authors !== undefined) row.authors = o.authors as number;
  return minuteCountError(row) ?? row;
}

function isoMinute(d: Date): string {
  return d.toISOString().replace(/:00\.000Z$/, ':00Z');
}

function describeAlert(a: SpikeAlertDetail): string {
  const what = a.measure === 'authors' ? 'authors' : 'items';
  const span = a.windowMinutes === 1 ? 'a minute' : `${a.windowMinutes} minutes`;
  return `${isoMinute(a.minute)}  ${a.series}  ${a.kind}: ${a.observed} ${what} in ${span} where ${a.expected} were expected (strength ${a.strength})`;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** Calls `onLine(text | null for a line too long, lineNumber)` for each line of stdin as it arrives. */
async function forEachLine(stdin: NodeJS.ReadableStream, onLine: (line: string | null, n: number) => Promise<void>): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  let skipping = false;
  let n = 0;
  const consume = async (text: string) => {
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      const piece = text.slice(start, nl);
      start = nl + 1;
      n++;
      if (skipping) {
        skipping = false;
        await onLine(null, n);
      } else {
        const line = buffer + piece;
        buffer = '';
        await onLine(Buffer.byteLength(line) > MAX_LINE_BYTES ? null : line, n);
      }
    }
    if (!skipping) {
      buffer += text.slice(start);
      if (buffer.length > MAX_LINE_BYTES) {
        buffer = '';
        skipping = true;
      }
    }
  };
  for await (const chunk of stdin) await consume(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
  await consume(decoder.end());
  if (skipping) await onLine(null, n + 1);
  else if (buffer.length > 0) await onLine(Buffer.byteLength(buffer) > MAX_LINE_BYTES ? null : buffer, n + 1);
}

export const backtestCommand: CliCommand = {
  name: 'spikes:backtest',
  summary: 'alerts a preset would have raised on per-minute counts (JSON lines on stdin)',
  run: async (args, io: CliIo) => {
    let json = false;
    let preset: SpikePreset = 'medium';
    let timeZone = 'UTC';
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const value = () => inline ?? args[++i];
      if (flag === '--json' && inline === undefined) json = true;
      else if (flag === '--preset') {
        const p = value();
        if (!SPIKE_PRESETS.includes(p as SpikePreset)) {
          io.stderr.write(`spikes:backtest: --preset must be low, medium or high\n${USAGE}`);
          return 2;
        }
        preset = p as SpikePreset;
      } else if (flag === '--tz') {
        const tz = value();
        if (!tz) {
          io.stderr.write(`spikes:backtest: --tz needs a time zone\n${USAGE}`);
          return 2;
        }
        timeZone = tz;
      } else if ((flag === '--help' || flag === '-h') && inline === undefined) {
        io.stderr.write(USAGE);
        return 0;
      } else {
        io.stderr.write(`spikes:backtest: unexpected argument "${a}"\n${USAGE}`);
        return 2;
      }
    }
    let detector: SpikeDetector;
    try {
      detector = new SpikeDetector({ preset, timeZone });
    } catch (e) {
      io.stderr.write(`spikes:backtest: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
      return 2;
    }

    const states = new Map<string, SpikeSeriesState>();
    let latest = Number.NEGATIVE_INFINITY;
    let bad = 0;
    let alerts = 0;
    const emit = async (list: SpikeAlertDetail[]) => {
      for (const a of list) {
        alerts++;
        await write(
          io.stdout,
          (json ? JSON.stringify({ series: a.series, minute: isoMinute(a.minute), kind: a.kind, observed: a.observed, expected: a.expected }) : describeAlert(a)) + '\n',
        );
      }
    };
    const refuse = async (n: number, reason: string) => {
      bad++;
      if (bad <= MAX_REPORTED) await write(io.stderr, `line ${n}: ${reason}\n`);
    };

    await forEachLine(io.stdin, async (line, n) => {
      if (line === null) return refuse(n, `longer than ${MAX_LINE_BYTES} bytes`);
      if (line.trim() === '') return; // blank lines carry nothing
      const row = parseCountLine(line);
      if (typeof row === 'string') return refuse(n, row);
      let state = states.get(row.series);
      if (!state) {
        if (states.size >= MAX_SERIES) return refuse(n, `more than ${MAX_SERIES} series`);
        states.set(row.series, (state = createSpikeState()));
      }
      if (state.last !== null && row.minute.getTime() <= state.last) {
        return refuse(n, row.minute.getTime() === state.last ? `a second line for ${row.series} at ${isoMinute(row.minute)}` : `out of order: ${row.series} is already at ${isoMinute(new Date(state.last))}`);
      }
      latest = Math.max(latest, row.minute.getTime());
      await emit(detector.observe(state, row));
    });
    // Every series is silent from its last line to the input's last minute.
    if (Number.isFinite(latest)) for (const [series, state] of states) await emit(detector.advance(state, series, new Date(latest)));

    if (bad > MAX_REPORTED) await write(io.stderr, `… and ${bad - MAX_REPORTED} more bad lines\n`);
    if (!json) await write(io.stderr, `${alerts} alert(s) over ${states.size} series (preset ${preset})${bad ? `; ${bad} bad line(s) skipped` : ''}\n`);
    return bad > 0 ? 1 : 0;
  },
};
