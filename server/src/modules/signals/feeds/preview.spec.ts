import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FeedParseError } from './parse-feed';
import { previewSource } from './preview';
import { FetchRefusedError } from './safe-fetch';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '__fixtures__', name));
const now = new Date('2026-11-08T12:00:00.000Z');

describe('previewSource', () => {
  it('shows what a file would store, with the parser’s and normalisation’s refusals by position', async () => {
    const p = await previewSource({ file: fixture('missing-fields.xml'), name: 'missing-fields.xml' }, { now });
    expect(p.title).toBe('Gaps');
    expect(p.finalUrl).toBeNull();
    expect(p.items.map((i) => [i.index, i.draft.title, i.draft.text, i.draft.publishedAt.toISOString()])).toEqual([
      [4, 'Only a description, like a social post about Lumi Home.', 'Only a description, like a social post about Lumi Home.', now.toISOString()],
    ]);
    expect(p.refused).toEqual([
      { index: 0, reason: 'no title, link or content' },
      { index: 1, reason: 'no title and no text once markup is removed' },
      { index: 2, reason: 'no title, link or content' },
      { index: 3, reason: 'no title, link or content' },
    ]);
  });

  it('gives each kept item its parsed form and its draft', async () => {
    const p = await previewSource({ file: fixture('rss-20.xml'), name: 'rss-20.xml' }, { now });
    expect(p.items).toHaveLength(3);
    expect(p.items[0].item.link).toBe('https://techhome.example/news/articles/lumi-home-2?utm_source=rss&id=7');
    expect(p.items[0].draft).toMatchObject({
      externalId: 'th-2026-1102-01',
      url: 'https://techhome.example/news/articles/lumi-home-2?id=7',
      text: 'The new hub controls lights and heating. It ships in March.',
    });
  });

  it('throws FeedParseError for a file that is not a feed', async () => {
    await expect(previewSource({ file: fixture('not-a-feed.html'), name: 'x.html' })).rejects.toBeInstanceOf(FeedParseError);
  });

  describe('URLs', () => {
    let server: http.Server;
    let origin: string;
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        if (req.url === '/latin') {
          res.writeHead(200, { 'content-type': 'text/xml; charset=iso-8859-15' }).end(fixture('http-charset.xml'));
          return;
        }
        res.writeHead(301, { location: '/latin' }).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
      origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('fetches under the SSRF rules, decodes with the HTTP charset, reports the final URL', async () => {
      const p = await previewSource({ url: `${origin}/` }, { fetch: { allow: ['127.0.0.2/32'] }, now });
      expect([p.title, p.finalUrl, p.items.map((i) => i.draft.title)]).toEqual(['Prix en €', `${origin}/latin`, ['Lumi Home à 49 €']]);
    });

    it('throws FetchRefusedError for a private address that is not allowlisted', async () => {
      const e = await previewSource({ url: `${origin}/` }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(FetchRefusedError);
      expect((e as FetchRefusedError).reason).toBe('private_address');
    });
  });
});
