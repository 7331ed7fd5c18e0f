import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandInMemory } from '../../../core/cli/run-cli';
import { MAX_FEED_BYTES } from '../feeds/parse-feed';
import { previewCommand } from './preview.command';

const FIXTURES = join(__dirname, '..', 'feeds', '__fixtures__');
const f = (name: string): string => join(FIXTURES, name);

const run = (args: string[]) => runCommandInMemory([previewCommand], ['source:preview', ...args]);

let server: http.Server;
let origin: string;
beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(readFileSync(f('atom-03.xml'))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('npm run cli -- source:preview', () => {
  it('prints one JSON array, one element per input in order, ISO UTC dates, 0 when all worked', async () => {
    const { code, out } = await run([f('rss-20.xml'), '--json', f('atom-03.xml')]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as unknown[];
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual({
      title: 'Tech & Home Daily',
      link: 'https://techhome.example/news/',
      items: [
        {
          id: 'th-2026-1102-01',
          title: 'Maison Lumière unveils Lumi Home 2',
          link: 'https://techhome.example/news/articles/lumi-home-2?utm_source=rss&id=7',
          published: '2026-11-02T10:03:00.000Z',
          updated: null,
          summary: 'The new hub controls lights <em>and</em> heating.',
          content: '<p>The new hub controls lights <em>and</em> heating.</p><p>It ships in March.</p>',
          authors: ['Jane Doe'],
          categories: ['Lighting', 'Smart home'],
        },
        {
          id: 'https://techhome.example/news/orange-shops',
          title: 'Orange to close 40 shops',
          link: 'https://techhome.example/news/orange-shops',
          published: '2026-11-03T07:30:00.000Z',
          updated: null,
          summary: 'The operator is moving sales online.',
          content: null,
          authors: ['Sam Lee'],
          categories: [],
        },
        {
          id: null,
          title: 'Clairvoy recalls a desk lamp',
          link: 'https://techhome.example/news/clairvoy-recall',
          published: '2026-11-04T22:45:00.000Z',
          updated: null,
          summary: null,
          content: null,
          authors: ['Newsdesk'],
          categories: [],
        },
      ],
    });
    expect((result[1] as { items: { updated: string | null }[] }).items.map((i) => i.updated)).toEqual(['2026-11-06T11:00:00.000Z', null]);
  });

  it('puts { error } in the place of each input it refuses and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruche-preview-'));
    const big = join(dir, 'big.xml');
    writeFileSync(big, Buffer.alloc(MAX_FEED_BYTES + 10, 0x20));
    const { code, out } = await run(['--json', f('not-a-feed.html'), join(dir, 'missing.xml'), f('rss-092.xml'), `${origin}/feed`, 'ftp://127.0.0.2/feed', dir, big, f('garbage.bin')]);
    expect(code).toBe(1);
    const result = JSON.parse(out) as Record<string, unknown>[];
    expect(result.map((r) => r.error ?? r.title)).toEqual([
      'an HTML page, not a feed (look for its <link rel="alternate" type="application/rss+xml">)',
      'no such file',
      'Home Energy Notes',
      `127.0.0.2 resolves to 127.0.0.2 (loopback), which is not allowed unless an admin allowlists it`,
      'the ftp scheme is not allowed: http or https only',
      'is a directory, not a file',
      'file is over the 5,242,880 bytes limit',
      'binary data, not a feed (nor any text)',
    ]);
  });

  it('fetches a private address when --allow covers it', async () => {
    const { code, out } = await run(['--json', '--allow', '127.0.0.2/32', `${origin}/feed`]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { title: string }[])[0].title).toBe('Old Atom Feed');
    const eq = await run(['--json', '--allow=127.0.0.0/8', `${origin}/feed`]);
    expect(eq.code).toBe(0);
  });

  it('prints a short listing without --json, errors on stderr', async () => {
    const { code, out, err } = await run([f('missing-fields.xml'), f('not-a-feed.xml')]);
    expect(code).toBe(1);
    expect(out).toMatch(/^.*missing-fields\.xml\n {2}Gaps: 1 item, 4 refused\n {2}#4 \d{4}-\d\d-\d\dT[\d:.]+Z Only a description, like a social post about Lumi Home\.\n {2}#0 refused: no title, link or content\n {2}#1 refused: no title and no text once markup is removed\n/);
    expect(err).toBe(`source:preview: ${f('not-a-feed.xml')}: not a feed: the root element is <note>, not <rss>, <rdf:RDF> or <feed>\n`);
  });

  it.each([
    [[], 'no feed URL or file given'],
    [['--json'], 'no feed URL or file given'],
    [['--frobnicate', 'x.xml'], 'unknown option --frobnicate'],
    [['x.xml', '--allow'], '--allow needs a host name or a CIDR'],
    [['x.xml', '--allow', '10.0.0.0/99'], 'allowlist entry "10.0.0.0/99" is not a valid CIDR'],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`source:preview: ${message}\nusage: npm run cli -- source:preview <url|file>... [--json] [--allow <host|cidr>]...\n`);
  });

  it('prints its usage with --help', async () => {
    const { code, out } = await run(['--help']);
    expect([code, out]).toEqual([0, 'usage: npm run cli -- source:preview <url|file>... [--json] [--allow <host|cidr>]...\n']);
  });
});
