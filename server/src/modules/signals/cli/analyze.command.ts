import { readFile, stat } from 'node:fs/promises';
import type { CliCommand, CliIo } from '../../../core/cli/cli-command';
import type { WatchTermDefinition } from '../pipeline/contracts';
import { analyzeText } from '../analysis/analyze';
import { DEMO_WATCH_TERMS } from '../analysis/demo-watch-terms';
import { compileWatchTerms, WatchQueryError, type CompiledWatchTerms } from '../analysis/watchlist-query';

/**
 * `analyze [--json] [--terms <file.json>]`: one text per line on stdin, one verdict per line on stdout,
 * in input order, as lines arrive (input is never held whole in memory). With --json each verdict is
 * `{ "language", "sentiment": { "score", "label" }, "terms": [labels] }`; without it, a tab-separated
 * line. A line longer than MAX_LINE_BYTES gets `{ "error" }` on its line and the rest goes on.
 * --terms names a JSON array of { id, label, query }; without it, the demo organisation's terms.
 */

/** Longer than any post or article body the pipeline keeps; past it a line is refused, not buffered. */
export const MAX_LINE_BYTES = 64 * 1024;
/** A watchlist file is typed by people: 1 MiB holds thousands of terms. */
const MAX_TERMS_FILE_BYTES = 1024 * 1024;

const USAGE = 'usage: npm run cli -- analyze [--json] [--terms <file.json>]  (one text per line on stdin)\n';

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'language, sentiment and watchlist terms of each stdin line',
  run: async (args, io) => {
    let json = false;
    let termsFile: string | null = null;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--json') json = true;
      else if (a === '--terms' && args[i + 1] !== undefined) termsFile = args[++i]!;
      else if (a === '--help' || a === '-h') {
        io.stderr.write(USAGE);
        return 0;
      } else {
        io.stderr.write(`analyze: unexpected argument "${a}"\n${USAGE}`);
        return 2;
      }
    }

    let compiled: CompiledWatchTerms;
    try {
      compiled = compileWatchTerms(termsFile ? await readTerms(termsFile) : DEMO_WATCH_TERMS);
    } catch (e) {
      io.stderr.write(`analyze: ${describe(e)}\n`);
      return 2;
    }
    const labels = new Map(compiled.terms.map((t) => [t.id, t.label]));

    await forEachLine(io, async (line, tooLong) => {
      let out: string;
      if (tooLong) {
        const error = `line longer than ${MAX_LINE_BYTES} bytes`;
        out = json ? JSON.stringify({ error }) : `error\t${error}`;
      } else {
        const r = analyzeText(line, compiled);
        const terms = r.terms.map((id) => labels.get(id) ?? id);
        out = json
          ? JSON.stringify({ language: r.language, sentiment: { score: r.sentiment.score, label: r.sentiment.label }, terms })
          : `${r.language}\t${r.sentiment.label}\t${r.sentiment.score.toFixed(3)}\t${terms.join(', ')}`;
      }
      await write(io.stdout, out + '\n');
    });
    return 0;
  },
};

async function readTerms(file: string): Promise<WatchTermDefinition[]> {
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new Error(`cannot read the terms file "${file}"`);
  if (info.size > MAX_TERMS_FILE_BYTES) throw new Error(`the terms file is larger than ${MAX_TERMS_FILE_BYTES} bytes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new Error(`the terms file "${file}" is not valid JSON`);
  }
  if (!Array.isArray(parsed)) throw new Error('the terms file must hold a JSON array of { id, label, query }');
  return parsed as WatchTermDefinition[];
}

function describe(e: unknown): string {
  if (e instanceof WatchQueryError) return `${e.termId ? `term "${e.termId}": ` : ''}${e.message} [${e.code}]`;
  return e instanceof Error ? e.message : String(e);
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  // Respect backpressure so a slow reader of stdout does not make us buffer every verdict.
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve);
  });
}

/**
 * Calls `onLine` for each line of stdin in order (a final line without "\n" included). A line over
 * MAX_LINE_BYTES is not accumulated: its bytes are skipped up to the next newline and it is reported
 * once as too long. Bytes are decoded as UTF-8 per line (invalid sequences become U+FFFD).
 */
async function forEachLine(io: CliIo, onLine: (line: string, tooLong: boolean) => Promise<void>): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const finish = async (): Promise<void> => {
    const text = tooLong ? '' : decoder.decode(Buffer.concat(parts, size)).replace(/\r$/, '');
    await onLine(text, tooLong);
    parts = [];
    size = 0;
    tooLong = false;
  };
  let sawAny = false;
  for await (const raw of io.stdin as AsyncIterable<Buffer | string>) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    while (from < chunk.length) {
      sawAny = true;
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!tooLong) {
        if (size + (end - from) > MAX_LINE_BYTES) {
          tooLong = true;
          parts = [];
          size = 0;
        } else {
          parts.push(chunk.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      await finish();
      sawAny = false;
      from = nl + 1;
    }
  }
  if (sawAny) await finish();
}
