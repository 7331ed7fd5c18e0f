import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { addressRefusal, FetchRefusedError, parseAllowEntry, parseAllowlist, safeFetch, type SafeFetchOptions } from './safe-fetch';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(host: string, handler: Handler): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
}

async function refusal(url: string, opts: SafeFetchOptions = {}): Promise<FetchRefusedError> {
  try {
    await safeFetch(url, opts);
  } catch (e) {
    if (e instanceof FetchRefusedError) return e;
    throw e;
  }
  throw new Error(`fetched ${url} without a refusal`);
}

const FEED = '<rss version="2.0"><channel><title>T</title></channel></rss>';
const ALLOW = ['127.0.0.2/32'];

let inner: { server: http.Server; origin: string }; // 127.0.0.1: "the private network"
let outer: { server: http.Server; origin: string }; // 127.0.0.2: the allowlisted feed host
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  inner = await serve('127.0.0.1', (_req, res) => res.end('secret'));
  outer = await serve('127.0.0.2', (req, res) => {
    seen.push(req);
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/feed':
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 02 Nov 2026 10:03:00 GMT' }).end(FEED);
        return;
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/xml' }).end(zlib.gzipSync(FEED));
        return;
      case '/to-inner':
        res.writeHead(302, { location: `${inner.origin}/` }).end();
        return;
      case '/relative':
        res.writeHead(301, { location: '/feed' }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
        return;
      case '/to-ftp':
        res.writeHead(307, { location: 'ftp://127.0.0.2/feed' }).end();
        return;
      case '/big-chunked': {
        res.writeHead(200, { 'content-type': 'text/xml' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const push = (): void => {
          while (sent < 40 && res.write(chunk)) sent++;
          if (sent < 40) res.once('drain', push);
          else res.end();
        };
        push();
        return;
      }
      case '/big-declared':
        res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
        res.write('x');
        return; // never finishes: the declared length alone must refuse it
      case '/gzip-bomb':
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024)));
        return;
      case '/slow':
        return; // never answers
      case '/gone':
        res.writeHead(410).end('gone');
        return;
      default:
        res.writeHead(404).end();
    }
  });
});

afterAll(async () => {
  for (const s of [inner, outer]) {
    s.server.closeAllConnections();
    await new Promise((resolve) => s.server.close(resolve));
  }
});

describe('safeFetch: what may be fetched', () => {
  it.each([
    ['ftp://127.0.0.2/feed', 'the ftp scheme is not allowed: http or https only'],
    ['file:///etc/passwd', 'the file scheme is not allowed: http or https only'],
    ['gopher://127.0.0.2:70/_x', 'the gopher scheme is not allowed: http or https only'],
    ['not a url', '"not a url" is not an absolute URL'],
  ])('refuses %s (scheme)', async (url, message) => {
    const e = await refusal(url, { allow: ALLOW });
    expect([e.reason, e.message]).toEqual(['scheme', message]);
  });

  it('refuses loopback by default', async () => {
    const e = await refusal(`${inner.origin}/`);
    expect(e.reason).toBe('private_address');
    expect(e.message).toBe('127.0.0.1 resolves to 127.0.0.1 (loopback), which is not allowed unless an admin allowlists it');
  });

  it.each([
    ['http://localhost:9/', 'loopback'],
    ['http://[::1]:9/', 'loopback'],
    ['http://[::ffff:127.0.0.1]:9/', 'loopback'],
    ['http://0.0.0.0:9/', 'unspecified'],
    ['http://0x7f.1:9/', 'loopback'],
    ['http://2130706433:9/', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://10.0.0.1/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://100.64.0.1/', 'carrierGradeNat'],
    ['http://[fd00::1]/', 'uniqueLocal'],
    ['http://[fe80::1]/', 'linkLocal'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://[64:ff9b::7f00:1]/', 'rfc6052'],
  ])('refuses %s (%s) before connecting', async (url, range) => {
    const e = await refusal(url);
    expect(e.reason).toBe('private_address');
    expect(e.message).toContain(`(${range})`);
  });

  it('fetches from an allowlisted address, with the response metadata', async () => {
    const r = await safeFetch(`${outer.origin}/feed`, { allow: ALLOW });
    expect(r).toEqual({
      status: 200,
      body: Buffer.from(FEED),
      etag: '"v1"',
      lastModified: 'Mon, 02 Nov 2026 10:03:00 GMT',
      contentType: 'application/rss+xml; charset=utf-8',
      finalUrl: `${outer.origin}/feed`,
    });
    expect(seen[seen.length - 1].headers['user-agent']).toMatch(/^Ruche-Signals/);
  });

  it('does not let an allowlisted address cover its neighbours', async () => {
    const e = await refusal(`${inner.origin}/`, { allow: ALLOW });
    expect(e.reason).toBe('private_address');
  });

  it('decompresses gzip', async () => {
    expect((await safeFetch(`${outer.origin}/gzip`, { allow: ALLOW })).body?.toString()).toBe(FEED);
  });

  it('answers a conditional GET with 304 and no body', async () => {
    const r = await safeFetch(`${outer.origin}/feed`, { allow: ALLOW, etag: '"v1"', lastModified: 'Mon, 02 Nov 2026 10:03:00 GMT' });
    expect(r).toEqual({ status: 304, etag: '"v1"', lastModified: undefined, contentType: undefined, finalUrl: `${outer.origin}/feed` });
    expect(seen[seen.length - 1].headers['if-modified-since']).toBe('Mon, 02 Nov 2026 10:03:00 GMT');
  });
});

describe('safeFetch: redirects', () => {
  it('follows a relative redirect and reports the final URL', async () => {
    const r = await safeFetch(`${outer.origin}/relative`, { allow: ALLOW });
    expect([r.status, r.finalUrl]).toEqual([200, `${outer.origin}/feed`]);
  });

  it('refuses a redirect from the allowlisted server to loopback', async () => {
    const e = await refusal(`${outer.origin}/to-inner`, { allow: ALLOW });
    expect(e.reason).toBe('private_address');
    expect(e.message).toContain('127.0.0.1 (loopback)');
  });

  it('refuses a redirect to another scheme', async () => {
    expect((await refusal(`${outer.origin}/to-ftp`, { allow: ALLOW })).reason).toBe('scheme');
  });

  it('stops a redirect loop after the maximum', async () => {
    const e = await refusal(`${outer.origin}/loop`, { allow: ALLOW });
    expect(e.reason).toBe('too_many_redirects');
    expect(e.message).toBe(`more than 5 redirects (last to ${outer.origin}/loop?n=6)`);
    expect((await refusal(`${outer.origin}/relative`, { allow: ALLOW, maxRedirects: 0 })).reason).toBe('too_many_redirects');
  });
});

describe('safeFetch: caps and failures', () => {
  it('aborts a body over the size cap while it streams', async () => {
    const e = await refusal(`${outer.origin}/big-chunked`, { allow: ALLOW, maxBytes: 1024 * 1024 });
    expect([e.reason, e.message]).toEqual(['too_large', 'response is over the 1,048,576 bytes limit']);
  });

  it('refuses a declared length over the cap without waiting for the body', async () => {
    const e = await refusal(`${outer.origin}/big-declared`, { allow: ALLOW, maxBytes: 1024 * 1024, timeoutMs: 5000 });
    expect([e.reason, e.message]).toEqual(['too_large', 'response is 10,485,760 bytes, over the 1,048,576 bytes limit']);
  });

  it('caps the decompressed size (gzip bomb)', async () => {
    expect((await refusal(`${outer.origin}/gzip-bomb`, { allow: ALLOW, maxBytes: 1024 * 1024 })).reason).toBe('too_large');
  });

  it('gives up after the time cap', async () => {
    const e = await refusal(`${outer.origin}/slow`, { allow: ALLOW, timeoutMs: 300 });
    expect([e.reason, e.message]).toEqual(['timeout', 'no complete answer within 300 ms']);
  });

  it('counts DNS time in the cap', async () => {
    const e = await refusal('http://slow-dns.test/', { allow: ALLOW, timeoutMs: 200, resolve: () => new Promise(() => undefined) });
    expect(e.reason).toBe('timeout');
  });

  it('refuses an HTTP error status, giving the status', async () => {
    const e = await refusal(`${outer.origin}/gone`, { allow: ALLOW });
    expect([e.reason, e.status, e.message]).toEqual(['http_status', 410, `${outer.origin}/gone answered HTTP 410`]);
  });

  it('reports a refused connection', async () => {
    const closed = await serve('127.0.0.2', () => undefined);
    const { origin } = closed;
    await new Promise((resolve) => closed.server.close(resolve));
    expect((await refusal(`${origin}/`, { allow: ALLOW })).reason).toBe('connection');
  });

  it('reports a name that does not resolve', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    const e = await refusal('http://nowhere.test/', { resolve: () => Promise.reject(notFound) });
    expect([e.reason, e.message]).toEqual(['dns', 'nowhere.test could not be resolved (ENOTFOUND)']);
    expect((await refusal('http://empty.test/', { resolve: async () => [] })).reason).toBe('dns');
  });
});

describe('safeFetch: DNS', () => {
  it('refuses a name when any of its addresses is private', async () => {
    const e = await refusal('http://mixed.test/', { resolve: async () => ['93.184.216.34', '10.1.2.3'] });
    expect(e.message).toBe('mixed.test resolves to 10.1.2.3 (private), which is not allowed unless an admin allowlists it');
  });

  it('connects to the address it checked: a second, different DNS answer is never asked for (no rebinding)', async () => {
    const port = new URL(outer.origin).port;
    let calls = 0;
    // First answer: the allowlisted address; any later one would point at the private server.
    const resolve = async (): Promise<string[]> => (calls++ === 0 ? ['127.0.0.2'] : ['127.0.0.1']);
    const r = await safeFetch(`http://feed.test:${port}/feed`, { allow: ALLOW, resolve });
    expect([r.status, r.body?.toString(), calls]).toEqual([200, FEED, 1]);
    expect(seen[seen.length - 1].headers.host).toBe(`feed.test:${port}`);
  });

  it('allows a private address when the admin allowlists the host name', async () => {
    const port = new URL(outer.origin).port;
    const r = await safeFetch(`http://Intranet.Test:${port}/feed`, { allow: ['intranet.test'], resolve: async () => ['127.0.0.2'] });
    expect(r.status).toBe(200);
  });
});

describe('addressRefusal and the allowlist', () => {
  const none = parseAllowlist([]);
  it.each([
    ['8.8.8.8', null],
    ['2606:4700:4700::1111', null],
    ['127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['0.1.2.3', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['198.18.0.1', 'reserved'],
    ['2002:7f00:1::', '6to4'],
    ['2001::1', 'teredo'],
    ['ff02::1', 'multicast'],
    ['::', 'unspecified'],
    ['nonsense', 'not an IP address'],
  ])('%s → %s', (address, expected) => {
    expect(addressRefusal(address, none)).toBe(expected);
  });

  it('lets a CIDR or an address cover what it contains, IPv4-mapped IPv6 included', () => {
    const allow = parseAllowlist(['10.0.0.0/8', 'fd00::/8', '127.0.0.2']);
    expect(addressRefusal('10.200.1.1', allow)).toBeNull();
    expect(addressRefusal('::ffff:10.200.1.1', allow)).toBeNull();
    expect(addressRefusal('fd12::1', allow)).toBeNull();
    expect(addressRefusal('127.0.0.2', allow)).toBeNull();
    expect(addressRefusal('127.0.0.3', allow)).toBe('loopback');
  });

  it.each(['10.0.0.0/33', '10.0.0.0/x', 'http://host', 'a b', '-bad-.example', '', '*.example.com'])('rejects the entry %j', (entry) => {
    expect(() => parseAllowEntry(entry)).toThrow(TypeError);
  });

  it('reads host names, addresses and CIDRs', () => {
    expect(parseAllowEntry('Intranet.Example.com.')).toEqual({ host: 'intranet.example.com' });
    expect('range' in parseAllowEntry('[::1]')).toBe(true);
    expect('range' in parseAllowEntry('192.168.0.0/16')).toBe(true);
  });
});
