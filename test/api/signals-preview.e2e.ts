import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { SIGNAL_LIMITS } from '@ruche/shared';
import { rawPost } from '../support/raw-post';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * "Test this source" with a feed file as the body of `POST /signals/preview`: files far beyond GraphQL's
 * body cap previewed whole, the fetch cap enforced while the body streams, the Content-Type's charset
 * honoured, the same answer and the same permission as GraphQL `previewSource`, and the refusals (bad
 * bytes, wrong media type, no session, another site, compressed bodies) with their codes; nothing stored.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing, member
  rep: EMAIL('julien.petit'), // Marketing, department rep
  manager: EMAIL('claire.dubois'), // Marketing, manager: reads signals, manages no source
  hub: EMAIL('camille.laurent'), // hub coordinator
  hubMember: EMAIL('hugo.moreau'), // the hub, member
  admin: EMAIL('ethan.brooks'), // IT, admin
};
type Person = keyof typeof PEOPLE;

const PREVIEW_FIELDS = 'title link items { id title link published text authors categories refusedReason } refused { index reason }';

/** An RSS 2.0 document of `n` entries, each with about `textBytes` of description. */
function rss(n: number, textBytes: number, channelTitle = 'Archive Maison Lumière'): Buffer {
  const filler = 'Les clients de Maison Lumière commentent la nouvelle lampe Solaris et son autonomie. '.repeat(Math.ceil(textBytes / 86)).slice(0, textBytes);
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<item><guid>urn:archive:${i}</guid><title>Entrée ${i}</title><link>https://news.example/a/${i}</link>` +
      `<pubDate>${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString()}</pubDate><dc:creator>Rédaction ${i % 7}</dc:creator>` +
      `<category>lampes</category><description>${filler} (${i})</description></item>`,
  );
  return Buffer.from(`<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${channelTitle}</title><link>https://news.example/</link>\n${items.join('\n')}\n</channel></rss>\n`);
}

describe('signals: file preview over HTTP', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const count = async (sql: string) => Number((await t.ds.query(sql))[0].n);
  /** What a preview could have written: items, their keys, sources, import runs. */
  const stored = async () => ({
    items: await count(`SELECT count(*) AS n FROM signal_items`),
    keys: await count(`SELECT count(*) AS n FROM signal_item_keys`),
    sources: await count(`SELECT count(*) AS n FROM signal_sources`),
    imports: await count(`SELECT count(*) AS n FROM signal_import_runs`),
  });

  const post = (as: Person | null, type: string | null, body: Buffer, headers: Record<string, string> = {}) => {
    const req = request(t.server).post('/signals/preview');
    if (as) req.set('Cookie', cookie[as]!);
    if (type) req.set('Content-Type', type);
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    return req.send(body);
  };

  /** A raw request, chunked when no Content-Length is given, read to its end even if refused early. */
  const raw = (headers: Record<string, string>, chunks: Buffer[]) => rawPost(t.url, '/signals/preview', headers, chunks);

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
  });
  afterAll(() => t.close());

  it('previews a 3 MB feed file whole, far over GraphQL’s body cap, storing nothing', async () => {
    const file = rss(900, 3300);
    expect(file.length).toBeGreaterThan(3 * 1000 * 1000);
    expect(file.length).toBeLessThan(SIGNAL_LIMITS.feedMaxBytes);
    const before = await stored();
    const res = await post('hub', 'application/rss+xml', file, { Origin: t.url });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('Archive Maison Lumière');
    expect(res.body.link).toBe('https://news.example/');
    expect(res.body.refused).toEqual([]);
    expect(res.body.items).toHaveLength(900);
    expect(res.body.items[899]).toMatchObject({
      id: 'urn:archive:899',
      title: 'Entrée 899',
      link: 'https://news.example/a/899',
      published: new Date(Date.UTC(2026, 0, 1) + 899 * 60_000).toISOString(),
      authors: ['Rédaction 3'],
      categories: ['lampes'],
      refusedReason: null,
    });
    expect(res.body.items[899].text).toMatch(/^Les clients de Maison Lumière .*\(899\)$/s);
    expect(await stored()).toEqual(before);
    // The same file is out of GraphQL's reach.
    const viaGraphql = await t.gql(`query($f: String!) { previewSource(file: $f) { title } }`, { f: file.toString('base64') }, cookie.hub);
    expect(viaGraphql.data?.previewSource).toBeUndefined();
  });

  it('answers concurrent uploads each with its own file, an over-cap one among them refused alone', async () => {
    const files = [rss(300, 3000, 'Flux A'), rss(200, 3000, 'Flux B'), rss(100, 3000, 'Flux C')];
    const over = Buffer.alloc(SIGNAL_LIMITS.feedMaxBytes + 1, 0x20);
    const [a, b, c, big] = await Promise.all([
      ...files.map((f) => post('hub', 'application/rss+xml', f)),
      raw({ Cookie: cookie.hub!, 'Content-Type': 'application/rss+xml', 'Transfer-Encoding': 'chunked' }, [over]),
    ]);
    expect([a, b, c].map((r) => [r.status, r.body.title, r.body.items.length])).toEqual([
      [200, 'Flux A', 300],
      [200, 'Flux B', 200],
      [200, 'Flux C', 100],
    ]);
    expect([big.status, big.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('answers exactly what GraphQL previewSource answers for the same file, refused entries included', async () => {
    const file = Buffer.from(
      `<rss version="2.0"><channel><title>Même réponse</title><link>https://same.example/</link>` +
        `<item><title>Gardée</title><link>/relative/1</link><description>Un &lt;b&gt;texte&lt;/b&gt;</description><pubDate>Tue, 03 Nov 2026 10:00:00 +0100</pubDate></item>` +
        `<item></item>` +
        `<item><title>Seconde</title><guid isPermaLink="false">g-2</guid><pubDate>2026-11-03T09:30:00Z</pubDate><author>a@b.example (Ana)</author></item>` +
        `</channel></rss>`,
    );
    const http = await post('hub', 'application/xml', file);
    expect(http.status).toBe(200);
    const gql = await t.gql<{ previewSource: unknown }>(`query($f: String!) { previewSource(file: $f) { ${PREVIEW_FIELDS} } }`, { f: file.toString('base64') }, cookie.hub);
    expect(gql.errors).toBeUndefined();
    expect(http.body).toEqual(gql.data!.previewSource);
    expect(http.body.items.map((i: { title: string }) => i.title)).toEqual(['Gardée', 'Seconde']);
    expect(http.body.refused).toHaveLength(1);
    expect(http.body.refused[0].index).toBe(1);
  });

  it('takes a file of exactly the cap and refuses one byte more with PAYLOAD_TOO_LARGE, declared or streamed, storing nothing', async () => {
    const cap = SIGNAL_LIMITS.feedMaxBytes;
    const base = rss(3, 10);
    // Padding after the root element: the document stays a valid feed of exactly `n` bytes.
    const sized = (n: number) => Buffer.concat([base, Buffer.alloc(n - base.length, 0x20)]);
    const before = await stored();
    const atCap = await post('hub', 'application/rss+xml', sized(cap));
    expect([atCap.status, atCap.body.items?.length]).toEqual([200, 3]);
    const over = sized(cap + 1);
    const declared = await raw({ Cookie: cookie.hub!, 'Content-Type': 'application/rss+xml', 'Content-Length': String(over.length) }, [over]);
    expect([declared.status, declared.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const chunks = Array.from({ length: Math.ceil(over.length / 65_536) }, (_, i) => over.subarray(i * 65_536, (i + 1) * 65_536));
    const streamed = await raw({ Cookie: cookie.hub!, 'Content-Type': 'application/rss+xml', 'Transfer-Encoding': 'chunked' }, chunks);
    expect([streamed.status, streamed.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    // A much larger upload is refused just the same (and drained, not kept).
    const huge = await raw({ Cookie: cookie.hub!, 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' }, Array.from({ length: 40 }, () => Buffer.alloc(1024 * 1024, 0x20)));
    expect([huge.status, huge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await stored()).toEqual(before);
  });

  it('decodes the file with the charset of its Content-Type, as a fetched feed’s', async () => {
    // ISO-8859-1 bytes, no XML declaration: the header says how to read them.
    const latin1 = Buffer.from(
      `<rss version="2.0"><channel><title>Café des Étés</title><item><title>Crème brûlée à Noël</title><description>Très réussi, garçon !</description></item></channel></rss>`,
      'latin1',
    );
    const withCharset = await post('hub', 'application/rss+xml; charset=ISO-8859-1', latin1);
    expect(withCharset.status).toBe(200);
    expect([withCharset.body.title, withCharset.body.items[0].title, withCharset.body.items[0].text]).toEqual(['Café des Étés', 'Crème brûlée à Noël', 'Très réussi, garçon !']);
    // The header's charset is the one that counts even where Latin-1 and Latin-9 differ (0xA4: ¤ or €).
    const euro = Buffer.from('<rss version="2.0"><channel><title>Prix en \xa4</title><item><title>Lampe à 49 \xa4</title></item></channel></rss>', 'latin1');
    expect((await post('hub', 'text/xml; charset=ISO-8859-15', euro)).body.items[0].title).toBe('Lampe à 49 €');
    expect((await post('hub', 'text/xml; charset=ISO-8859-1', euro)).body.items[0].title).toBe('Lampe à 49 ¤');
  });

  it('refuses garbage bytes, an empty body and a web page with SOURCE_FETCH_REFUSED and the reason', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const cases: [Buffer, string, string][] = [
      [garbage, 'application/octet-stream', 'not_xml'],
      [Buffer.alloc(0), 'application/rss+xml', 'empty'],
      [Buffer.from('<!doctype html><html><head><title>Accueil</title></head><body><p>Bienvenue</p></body></html>'), 'text/xml', 'html_page'],
      [Buffer.from('<?xml version="1.0"?><catalogue><produit>Solaris</produit></catalogue>'), 'application/xml', 'not_a_feed'],
    ];
    for (const [body, type, reason] of cases) {
      const res = await post('hub', type, body);
      expect([reason, res.status, res.body.code, res.body.reason]).toEqual([reason, 422, 'SOURCE_FETCH_REFUSED', reason]);
      expect(typeof res.body.message).toBe('string');
    }
  });

  it('refuses every media type but a feed file’s (a missing one included), and compressed bodies', async () => {
    const file = rss(2, 10);
    for (const type of [null, 'text/plain', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/html', 'application/x-ndjson', 'application/rss+xmlx']) {
      const res = await post('hub', type, file);
      expect([type, res.status, res.body.code]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
    for (const type of ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/octet-stream', 'Application/RSS+XML; charset=utf-8']) {
      const res = await post('hub', type, file);
      expect([type, res.status, res.body.items?.length]).toEqual([type, 200, 2]);
    }
    // 64 MiB of spaces gzipped to under the cap: refused by name, never inflated.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(SIGNAL_LIMITS.feedMaxBytes);
    const coded = await post('hub', 'application/rss+xml', bomb, { 'Content-Encoding': 'gzip' });
    expect([coded.status, coded.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('needs a session, and the permission GraphQL previewSource needs, role by role', async () => {
    const file = rss(1, 10);
    const anonymous = await post(null, 'application/rss+xml', file);
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const expired = await post(null, 'application/rss+xml', file, { Cookie: cookie.hub!.replace(/=.*/, '=not-a-session') });
    expect([expired.status, expired.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const answers: Record<string, [number, string | null, string | null]> = {};
    for (const person of Object.keys(PEOPLE) as Person[]) {
      const res = await post(person, 'application/rss+xml', file);
      const gql = await t.gql(`query($f: String!) { previewSource(file: $f) { title } }`, { f: file.toString('base64') }, cookie[person]);
      answers[person] = [res.status, res.body.code ?? null, gql.errors?.[0]?.extensions?.code ?? null];
    }
    expect(answers).toEqual({
      member: [403, 'FORBIDDEN', 'FORBIDDEN'],
      rep: [403, 'FORBIDDEN', 'FORBIDDEN'],
      manager: [403, 'FORBIDDEN', 'FORBIDDEN'],
      hub: [200, null, null],
      hubMember: [200, null, null],
      admin: [200, null, null],
    });
  });

  it('refuses a cross-site POST, whatever it sends, and takes a same-origin one', async () => {
    const file = rss(1, 10);
    for (const type of ['application/rss+xml', 'text/xml', 'text/plain']) {
      const res = await post('hub', type, file, { Origin: 'https://evil.example' });
      expect([type, res.status, res.body.code]).toEqual([type, 403, 'FORBIDDEN']);
    }
    const sameOrigin = await post('hub', 'application/rss+xml', file, { Origin: t.url });
    expect(sameOrigin.status).toBe(200);
    // A cross-site form could only send these media types, which the route refuses even without Origin.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await post('hub', type, file)).status).toBe(415);
    }
  });
});

describe('signals: file preview budgets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_ENABLED: 'false', GRAPHQL_RATE_LIMIT_PER_MINUTE_SESSION: '5' } });
  });
  afterAll(() => t.close());

  it('spends the session’s /graphql budget, so uploading is no looser than previewSource: 429 with Retry-After, then GraphQL is refused too', async () => {
    const hub = await t.signIn(PEOPLE.hub);
    const file = rss(1, 10);
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    // Fixed windows may roll over once on the way, hence up to 2 × budget + 1 tries.
    for (let i = 0; i < 11 && !refused; i++) {
      const res = await request(t.server).post('/signals/preview').set('Cookie', hub).set('Content-Type', 'application/rss+xml').send(file);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(refused?.body.code).toBe('RATE_LIMITED');
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.length).toBeGreaterThan(5);
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const gql = await t.gql(`query($f: String!) { previewSource(file: $f) { title } }`, { f: file.toString('base64') }, hub);
    expect([gql.status, gql.errors?.[0]?.extensions?.code]).toEqual([429, 'RATE_LIMITED']);
  });
});
