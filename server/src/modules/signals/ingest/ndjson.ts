import type { Readable } from 'node:stream';

export type NdjsonLine = { line: number; value: unknown } | { line: number; error: string };

/**
 * Reads newline-delimited JSON from a stream, one entry per non-blank line, without holding more than
 * one line (at most `maxLineBytes`) in memory: a longer line is reported as an error and skipped up to
 * its newline, the rest goes on. Lines are numbered from 1. Invalid UTF-8 is refused per line (the
 * bytes are checked, not silently replaced). `\r\n` is accepted.
 */
export async function* readNdjson(stream: Readable, maxLineBytes: number): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  const finish = (): NdjsonLine | undefined => {
    line++;
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (tooLong) {
      tooLong = false;
      return { line, error: `line longer than ${maxLineBytes} bytes` };
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { line, error: 'not valid UTF-8' };
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') return undefined;
    try {
      return { line, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { line, error: `not JSON: ${(e as Error).message.slice(0, 120)}` };
    }
  };

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (;;) {
      const nl = buf.indexOf(0x0a);
      const piece = nl === -1 ? buf : buf.subarray(0, nl);
      if (!tooLong) {
        if (size + piece.length > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (piece.length > 0) {
          parts.push(Buffer.from(piece));
          size += piece.length;
        }
      }
      if (nl === -1) break;
      const entry = finish();
      if (entry) yield entry;
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || tooLong) {
    const entry = finish();
    if (entry) yield entry;
  }
}
