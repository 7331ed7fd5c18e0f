import { Readable } from 'node:stream';
import { readNdjson, type NdjsonLine } from './ndjson';

/** Runs the reader over the given chunks (Buffers or strings) and collects what it yields. */
async function read(chunks: (Buffer | string)[], max = 1024): Promise<NdjsonLine[]> {
  const out: NdjsonLine[] = [];
  for await (const entry of readNdjson(Readable.from(chunks, { objectMode: true }), max)) out.push(entry);
  return out;
}

/** Cuts a buffer into pieces of `size` bytes (1 = byte by byte). */
const pieces = (buf: Buffer, size: number) => Array.from({ length: Math.ceil(buf.length / size) }, (_, i) => buf.subarray(i * size, (i + 1) * size));

describe('readNdjson', () => {
  const text = ['{"a":1}', '{"b":"é€😀"}', '[1,2,3]', '"just a string"'].join('\n') + '\n';
  const expected = [
    { line: 1, value: { a: 1 } },
    { line: 2, value: { b: 'é€😀' } },
    { line: 3, value: [1, 2, 3] },
    { line: 4, value: 'just a string' },
  ];

  it('reads the same lines whatever the chunking, multi-byte characters cut across chunks included', async () => {
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 5, 7, 13, bytes.length]) expect(await read(pieces(bytes, size))).toEqual(expected);
    // String chunks (a text-mode stream) too.
    expect(await read([text.slice(0, 10), text.slice(10)])).toEqual(expected);
  });

  it('accepts CRLF line ends, alone or mixed with LF, and a CR split from its LF by a chunk boundary', async () => {
    expect(await read(['{"a":1}\r\n{"a":2}\n{"a":3}\r\n'])).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { a: 2 } },
      { line: 3, value: { a: 3 } },
    ]);
    expect(await read(['{"a":1}\r', '\n{"a":2}\r', '\n'])).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { a: 2 } },
    ]);
  });

  it('skips a UTF-8 byte order mark at the start of the file, even cut across chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const body = Buffer.concat([bom, Buffer.from('{"a":1}\n{"a":2}\n')]);
    for (const size of [1, 2, body.length]) {
      expect(await read(pieces(body, size))).toEqual([
        { line: 1, value: { a: 1 } },
        { line: 2, value: { a: 2 } },
      ]);
    }
  });

  it('refuses invalid UTF-8 line by line (never replaced silently) and goes on', async () => {
    const lines = [
      Buffer.from('{"a":1}\n'),
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]), // {"a":"\xff"}
      Buffer.from([0x22, 0xc3, 0x22, 0x0a]), // a truncated two-byte sequence
      Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22, 0x0a]), // an encoded UTF-16 surrogate (CESU-8)
      Buffer.from([0x22, 0xc0, 0xaf, 0x22, 0x0a]), // an overlong "/"
      Buffer.from('{"a":2}\n'),
    ];
    const out = await read([Buffer.concat(lines)]);
    expect(out).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, error: 'not valid UTF-8' },
      { line: 3, error: 'not valid UTF-8' },
      { line: 4, error: 'not valid UTF-8' },
      { line: 5, error: 'not valid UTF-8' },
      { line: 6, value: { a: 2 } },
    ]);
  });

  it('refuses a line over the limit, skips to its end, and reads on; a line of exactly the limit is read', async () => {
    const exact = `"${'x'.repeat(98)}"`; // 100 bytes
    const over = `"${'x'.repeat(99)}"`; // 101 bytes
    const body = Buffer.from([exact, over, '{"after":true}', `"${'y'.repeat(5000)}"`, '{"last":1}'].join('\n') + '\n');
    for (const size of [1, 7, 64, body.length]) {
      expect(await read(pieces(body, size), 100)).toEqual([
        { line: 1, value: 'x'.repeat(98) },
        { line: 2, error: 'line longer than 100 bytes' },
        { line: 3, value: { after: true } },
        { line: 4, error: 'line longer than 100 bytes' },
        { line: 5, value: { last: 1 } },
      ]);
    }
  });

  it('skips blank lines but counts them, so reported numbers are the file’s', async () => {
    expect(await read(['\n\n{"a":1}\n   \n\t\r\n{"a":2}\n\n'])).toEqual([
      { line: 3, value: { a: 1 } },
      { line: 6, value: { a: 2 } },
    ]);
    expect(await read([''])).toEqual([]);
    expect(await read([])).toEqual([]);
  });

  it('reads a last line without a newline, and reports a too-long or broken last line', async () => {
    expect(await read(['{"a":1}\n{"a":', '2}'])).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { a: 2 } },
    ]);
    expect(await read(['{"a":1}\n', 'x'.repeat(200)], 100)).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, error: 'line longer than 100 bytes' },
    ]);
    const [, broken] = await read(['{"a":1}\n{"a":']);
    expect(broken).toMatchObject({ line: 2, error: expect.stringMatching(/^not JSON: /) });
  });

  it('reports JSON errors with a bounded message', async () => {
    const [entry] = await read([`{"a": ${'['.repeat(300)}\n`], 10_000);
    expect('error' in entry && entry.error.length).toBeLessThanOrEqual('not JSON: '.length + 120);
  });

  it('streams: the first lines come out before the rest of a large file is read', async () => {
    const total = 20_000;
    let produced = 0;
    async function* source() {
      for (let i = 0; i < total; i++) {
        produced++;
        yield Buffer.from(`{"n":${i}}\n`);
      }
    }
    let producedAtFirst = -1;
    let count = 0;
    let last = -1;
    for await (const entry of readNdjson(Readable.from(source(), { objectMode: true, highWaterMark: 4 }), 1024)) {
      if (count === 0) producedAtFirst = produced;
      count++;
      if ('value' in entry) last = (entry.value as { n: number }).n;
    }
    expect(count).toBe(total);
    expect(last).toBe(total - 1);
    // Read ahead is the stream's buffer (a few chunks), not the file.
    expect(producedAtFirst).toBeLessThan(10);
  });

  it('keeps memory bounded on a huge over-long line: its bytes are dropped, not gathered', async () => {
    const block = Buffer.alloc(256 * 1024, 0x61); // one buffer, yielded again and again
    const blocks = 1024; // 256 MiB in one line
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = 0;
    async function* source() {
      yield Buffer.from('{"before":1}\n"');
      for (let i = 0; i < blocks; i++) {
        if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
        yield block;
      }
      yield Buffer.from('"\n{"after":1}\n');
    }
    const out: NdjsonLine[] = [];
    for await (const entry of readNdjson(Readable.from(source(), { objectMode: true }), 64 * 1024)) out.push(entry);
    expect(out).toEqual([
      { line: 1, value: { before: 1 } },
      { line: 2, error: 'line longer than 65536 bytes' },
      { line: 3, value: { after: 1 } },
    ]);
    // Gathering the line would hold 256 MiB; the reader holds at most one line of 64 KiB and a chunk.
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  });
});
