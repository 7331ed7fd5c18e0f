import { open, type FileHandle } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { CliCommand, CliIo } from '../../../core/cli/cli-command';

/**
 * `signals:import <file|-> --source <id> [--json] [--url <server>]`: sends a newline-delimited JSON file to
 * a running server's `POST /signals/import/:sourceId`, as the person whose session RUCHE_SESSION holds.
 *
 * A client of the API rather than a Nest context of its own: the CLI surface imports no Nest or TypeORM,
 * the default database is the server's embedded PostgreSQL (a second process cannot start it beside the
 * server), and the endpoint already streams the file chunk by chunk, records the run, checks who may import
 * into the source and answers a cut upload with an `aborted` run — so a killed command leaves its committed
 * chunks, and running it again stores the rest and nothing twice (the items' keys).
 *
 * Progress on stderr (lines read, stored, duplicates, refused; the run's row, polled), the run's final
 * report on stdout: with --json the server's answer `{ id, status, lines, stored, duplicates, refused,
 * report: [{ line, reason }], error }`, else a summary and the refused lines. Exit 0 when the run is done,
 * 1 when it failed or was refused (`{ "error", "code" }` with --json), 2 on bad usage.
 */

const USAGE = 'usage: npm run cli -- signals:import <file|-> --source <source id> [--json] [--url <server URL>]  (RUCHE_SESSION: a session cookie of someone who manages the source; RUCHE_URL: the server, default http://127.0.0.1:3000)\n';
const DEFAULT_URL = 'http://127.0.0.1:3000';
/** How often the run's progress is read while the file goes up. */
const PROGRESS_EVERY_MS = 500;

interface Args {
  file: string;
  source: string;
  json: boolean;
  url: string | undefined;
}

function parseArgs(args: readonly string[]): Args | string {
  let file: string | undefined;
  let source: string | undefined;
  let url: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string): string | undefined => (a === name ? args[++i] : a.slice(name.length + 1));
    if (a === '--json') json = true;
    else if (a === '--source' || a.startsWith('--source=')) {
      source = value('--source');
      if (!source) return '--source needs a source id';
    } else if (a === '--url' || a.startsWith('--url=')) {
      url = value('--url');
      if (!url) return '--url needs the server URL';
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else if (file !== undefined) return 'one file at a time';
    else file = a;
  }
  if (file === undefined) return 'no file given (- reads stdin)';
  if (!source) return '--source is required';
  return { file, source, json, url };
}

/** The Cookie header for RUCHE_SESSION: "name=value" as copied, or the value of the session cookie. */
function cookieHeader(session: string, base: URL): string {
  if (session.includes('=')) return session;
  return `${base.protocol === 'https:' ? '__Host-ruche_session' : 'ruche_session'}=${session}`;
}

interface ImportRun {
  id: string;
  status: string;
  lines: number;
  stored: number;
  duplicates: number;
  refused: number;
}

class ServerError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

function errorMessage(e: unknown): string {
  // fetch says "fetch failed" and puts the socket's error in its cause.
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ECONNREFUSED') return 'no server answers there (start it, or set RUCHE_URL or --url)';
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' ? message : String(e);
}

/** The source's import runs, newest first, through GraphQL (also tells an unknown source or a refused session early). */
async function listRuns(base: URL, cookie: string, sourceId: string): Promise<ImportRun[]> {
  const res = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: 'query($id: ID!) { signalImports(sourceId: $id) { id status lines stored duplicates refused } }', variables: { id: sourceId } }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: { signalImports: ImportRun[] }; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) throw new ServerError(error.message, error.extensions?.code ?? 'ERROR');
  if (!body.data) throw new ServerError(`the server answered ${res.status}`, 'ERROR');
  return body.data.signalImports;
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d: string) => (text += d));
    res.on('end', () => resolve(text));
    res.on('error', reject);
  });
}

/** Streams the input as the request body (backpressure: the server reads it as it stores it); resolves to the answer. */
function upload(base: URL, cookie: string, sourceId: string, input: NodeJS.ReadableStream): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`/signals/import/${encodeURIComponent(sourceId)}`, base);
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', cookie } }, (res) => {
      readBody(res).then((text) => {
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          body = { code: 'ERROR', message: `the server answered ${res.statusCode} without JSON` };
        }
        // The answer may come before the whole file went up (a refusal): stop sending.
        input.unpipe(req);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      }, reject);
    });
    req.on('error', reject);
    input.on('error', (e) => {
      req.destroy();
      reject(e);
    });
    input.pipe(req);
  });
}

function progressLine(run: ImportRun): string {
  return `signals:import: ${run.lines} lines read, ${run.stored} stored, ${run.duplicates} duplicates, ${run.refused} refused\n`;
}

function writeSummary(io: CliIo, body: Record<string, unknown>): void {
  const report = (body.report ?? []) as { line: number; reason: string }[];
  io.stdout.write(`import ${String(body.status)}: ${String(body.lines)} lines, ${String(body.stored)} stored, ${String(body.duplicates)} duplicates, ${String(body.refused)} refused\n`);
  for (const r of report) io.stdout.write(`  line ${r.line}: ${r.reason}\n`);
  if (typeof body.error === 'string') io.stdout.write(`  ${body.error}\n`);
}

export const importCommand: CliCommand = {
  name: 'signals:import',
  summary: 'send an NDJSON file to a running server into an import source (progress on stderr; --json: the report)',
  run: async (args, io) => {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(USAGE);
      return 0;
    }
    const parsed = parseArgs(args);
    const env = io.env ?? {};
    const session = env.RUCHE_SESSION?.trim();
    const problem = typeof parsed === 'string' ? parsed : !session ? 'RUCHE_SESSION is not set (the session cookie of someone who manages the source)' : undefined;
    let base: URL | undefined;
    if (!problem && typeof parsed !== 'string') {
      try {
        base = new URL(parsed.url ?? env.RUCHE_URL ?? DEFAULT_URL);
        if (base.protocol !== 'http:' && base.protocol !== 'https:') base = undefined;
      } catch {
        base = undefined;
      }
    }
    if (problem || typeof parsed === 'string' || !session || !base) {
      io.stderr.write(`signals:import: ${problem ?? 'the server URL must be an http(s) URL'}\n${USAGE}`);
      return 2;
    }

    const fail = (message: string, code: string): number => {
      if (parsed.json) io.stdout.write(`${JSON.stringify({ error: message, code })}\n`);
      io.stderr.write(`signals:import: ${message}${code === 'ERROR' ? '' : ` (${code})`}\n`);
      return 1;
    };

    const cookie = cookieHeader(session, base);
    let handle: FileHandle | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      let input: NodeJS.ReadableStream = io.stdin;
      if (parsed.file !== '-') {
        handle = await open(parsed.file, 'r');
        if (!(await handle.stat()).isFile()) return fail('is a directory, not a file', 'ERROR');
        input = handle.createReadStream();
      }
      // Runs that were there before this one, so that progress follows ours only.
      const before = new Set((await listRuns(base, cookie, parsed.source)).map((r) => r.id));
      let last = '';
      let polling: Promise<void> = Promise.resolve();
      timer = setInterval(() => {
        polling = polling.then(async () => {
          const run = (await listRuns(base, cookie, parsed.source).catch(() => [])).find((r) => !before.has(r.id));
          if (!run) return;
          const line = progressLine(run);
          if (line !== last) io.stderr.write(line);
          last = line;
        });
      }, PROGRESS_EVERY_MS);
      const answer = await upload(base, cookie, parsed.source, input);
      clearInterval(timer);
      await polling;
      const { body } = answer;
      if (answer.status !== 200) return fail(typeof body.message === 'string' ? body.message : `the server answered ${answer.status}`, typeof body.code === 'string' ? body.code : 'ERROR');
      const final = progressLine(body as unknown as ImportRun);
      if (final !== last) io.stderr.write(final);
      if (parsed.json) io.stdout.write(`${JSON.stringify(body)}\n`);
      else writeSummary(io, body);
      return body.status === 'done' ? 0 : 1;
    } catch (e) {
      return fail(errorMessage(e), e instanceof ServerError ? e.code : 'ERROR');
    } finally {
      clearInterval(timer);
      await handle?.close().catch(() => undefined);
    }
  },
};
