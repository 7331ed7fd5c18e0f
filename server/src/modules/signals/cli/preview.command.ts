import { open } from 'node:fs/promises';
import type { CliCommand, CliIo } from '../../../core/cli/cli-command';
import { MAX_FEED_BYTES } from '../feeds/parse-feed';
import { previewSource, type PreviewInput, type SourcePreview } from '../feeds/preview';
import { parseAllowEntry } from '../feeds/safe-fetch';

/**
 * `source:preview <url|file>... [--json] [--allow <host|cidr>]...`: what each feed would give, fetched
 * under the SSRF rules (private addresses need --allow) or read from a file. With --json, one JSON array
 * with one element per input, in order: the feed or `{ "error": … }`.
 */

const USAGE = 'usage: npm run cli -- source:preview <url|file>... [--json] [--allow <host|cidr>]...\n';

interface Args {
  inputs: string[];
  json: boolean;
  allow: string[];
}

function parseArgs(args: readonly string[]): Args | string {
  const out: Args = { inputs: [], json: false, allow: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') out.json = true;
    else if (a === '--allow' || a.startsWith('--allow=')) {
      const value = a === '--allow' ? args[++i] : a.slice('--allow='.length);
      if (!value) return '--allow needs a host name or a CIDR';
      try {
        parseAllowEntry(value);
      } catch (e) {
        return (e as Error).message;
      }
      out.allow.push(value);
    } else if (a === '--') {
      out.inputs.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else out.inputs.push(a);
  }
  if (!out.inputs.length) return 'no feed URL or file given';
  return out;
}

/** Reads a file of at most MAX_FEED_BYTES (+1 to tell "too large" from "exactly the limit") without reading a huge one whole. */
async function readCapped(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_FEED_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > MAX_FEED_BYTES) throw new Error(`file is over the ${MAX_FEED_BYTES.toLocaleString('en')} bytes limit`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

function asJson(preview: SourcePreview): unknown {
  return {
    title: preview.title,
    link: preview.link,
    items: preview.items.map(({ item }) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      published: iso(item.published),
      updated: iso(item.updated),
      summary: item.summary,
      content: item.content,
      authors: item.authors,
      categories: item.categories,
    })),
  };
}

function writeListing(io: CliIo, input: string, preview: SourcePreview): void {
  const n = preview.items.length;
  io.stdout.write(`${input}\n  ${preview.title ?? '(untitled)'}${preview.link ? ` <${preview.link}>` : ''}: ${n} item${n === 1 ? '' : 's'}, ${preview.refused.length} refused\n`);
  for (const { index, draft } of preview.items) {
    io.stdout.write(`  #${index} ${draft.publishedAt.toISOString()} ${draft.title}${draft.url ? ` <${draft.url}>` : ''}\n`);
  }
  for (const r of preview.refused) io.stdout.write(`  #${r.index} refused: ${r.reason}\n`);
}

function errorMessage(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

export const previewCommand: CliCommand = {
  name: 'source:preview',
  summary: 'show what feed URLs or files would give (--json: one array, one element per input)',
  run: async (args, io) => {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(USAGE);
      return 0;
    }
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr.write(`source:preview: ${parsed}\n${USAGE}`);
      return 2;
    }
    const results: unknown[] = [];
    let failed = 0;
    // One input after the other, in order: a preview is a handful of feeds, and order is the output's.
    for (const input of parsed.inputs) {
      try {
        const source: PreviewInput = isUrl(input) ? { url: input } : { file: await readCapped(input), name: input };
        const preview = await previewSource(source, { fetch: { allow: parsed.allow } });
        if (parsed.json) results.push(asJson(preview));
        else writeListing(io, input, preview);
      } catch (e) {
        failed++;
        const message = errorMessage(e);
        if (parsed.json) results.push({ error: message });
        else io.stderr.write(`source:preview: ${input}: ${message}\n`);
      }
    }
    if (parsed.json) io.stdout.write(`${JSON.stringify(results)}\n`);
    return failed ? 1 : 0;
  },
};
