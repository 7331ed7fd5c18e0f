import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { MAX_FEED_BYTES } from './parse-feed';

/**
 * Fetching a feed URL that an admin typed, without letting it reach inside the network (SSRF): only
 * http(s); every address a host resolves to must be public unicast unless the admin's allowlist covers it;
 * the connection goes to the very addresses that were checked (a `lookup` that answers from them, so a
 * second DNS answer cannot differ: no DNS rebinding); redirects are followed by hand and each hop is checked
 * again; the body is capped while it streams (also after decompression: no zip bomb) and the whole fetch is
 * capped in time.
 */

export type FetchRefusalReason = 'scheme' | 'private_address' | 'too_large' | 'timeout' | 'too_many_redirects' | 'http_status' | 'dns' | 'connection';

export class FetchRefusedError extends Error {
  constructor(
    readonly reason: FetchRefusalReason,
    message: string,
    /** the HTTP status, for reason 'http_status' */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchRefusedError';
  }
}

export interface SafeFetchOptions {
  /** host names ("intranet.example.com") and CIDRs or addresses ("10.1.0.0/16", "127.0.0.2") the admin allows although private */
  allow?: readonly string[];
  /** the whole fetch, DNS and redirects included; default 15 s */
  timeoutMs?: number;
  /** body bytes (after decompression); default MAX_FEED_BYTES, since a larger document would be refused anyway */
  maxBytes?: number;
  /** default 5 (browsers allow 20; a feed needs one or two: http→https, old path→new) */
  maxRedirects?: number;
  /** from the last 200, for a conditional GET */
  etag?: string;
  lastModified?: string;
  userAgent?: string;
  /** resolves a host name to its addresses; the system resolver by default (tests pass their own) */
  resolve?: (host: string) => Promise<string[]>;
}

export interface SafeFetchResult {
  /** 200-299, or 304 (not modified: no body) */
  status: number;
  body?: Buffer;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** the URL after redirects */
  finalUrl: string;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface Allowlist {
  hosts: Set<string>;
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** One allowlist entry: a CIDR, an address, or a host name. Throws a TypeError for anything else. */
export function parseAllowEntry(entry: string): { host: string } | { range: [ipaddr.IPv4 | ipaddr.IPv6, number] } {
  const e = entry.trim().toLowerCase();
  if (e.includes('/')) {
    try {
      return { range: ipaddr.parseCIDR(e) };
    } catch {
      throw new TypeError(`allowlist entry "${entry}" is not a valid CIDR`);
    }
  }
  const bare = e.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(bare)) {
    const addr = ipaddr.parse(bare);
    return { range: [addr, addr.kind() === 'ipv4' ? 32 : 128] };
  }
  if (/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/.test(e)) return { host: e.replace(/\.$/, '') };
  throw new TypeError(`allowlist entry "${entry}" is neither a host name, an address nor a CIDR`);
}

export function parseAllowlist(entries: readonly string[] = []): Allowlist {
  const list: Allowlist = { hosts: new Set(), ranges: [] };
  for (const entry of entries) {
    const parsed = parseAllowEntry(entry);
    if ('host' in parsed) list.hosts.add(parsed.host);
    else list.ranges.push(parsed.range);
  }
  return list;
}

/**
 * Why an address may not be fetched (its ipaddr.js range: loopback, private, linkLocal, carrierGradeNat,
 * uniqueLocal, multicast, unspecified, reserved, 6to4, rfc6052 …), or null when it may. Only public unicast
 * passes: the IPv6 ranges that embed an IPv4 address (6to4, NAT64, Teredo) could tunnel to a private one.
 * IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
 */
export function addressRefusal(address: string, allow: Allowlist): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const addr = ipaddr.process(address);
  for (const [net, bits] of allow.ranges) {
    if (net.kind() === addr.kind() && addr.match(net, bits)) return null;
  }
  const range = addr.range();
  return range === 'unicast' ? null : range;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

async function systemResolve(host: string): Promise<string[]> {
  const answers = await dnsLookup(host, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

/** A `lookup` for node:net that answers only with the addresses already checked. */
function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4 }));
  return ((_hostname: string, options: { family?: number | string; all?: boolean }, callback: (...args: unknown[]) => void) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family) || 0;
    const usable = family ? entries.filter((e) => e.family === family) : entries;
    if (!usable.length) return callback(Object.assign(new Error('no checked address of that family'), { code: 'ENOTFOUND' }));
    if (options.all) return callback(null, usable);
    return callback(null, usable[0].address, usable[0].family);
  }) as LookupFunction;
}

interface Hop {
  redirect?: string;
  result?: SafeFetchResult;
}

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const encoding = (header(res, 'content-encoding') ?? '').toLowerCase().trim();
    let stream: NodeJS.ReadableStream = res;
    if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
    else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
    else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      reject(e);
      res.destroy();
    };
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > maxBytes) fail(new FetchRefusedError('too_large', `response is over the ${maxBytes.toLocaleString('en')} bytes limit`));
      else chunks.push(chunk);
    });
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', fail);
    res.on('error', fail);
    res.on('aborted', () => fail(new Error('response aborted')));
  });
}

function connectionError(e: unknown, url: URL): FetchRefusedError {
  if (e instanceof FetchRefusedError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NODATA') {
    return new FetchRefusedError('dns', `${url.hostname} could not be resolved (${code})`);
  }
  return new FetchRefusedError('connection', `could not fetch ${url.origin}: ${code || (e instanceof Error ? e.message : String(e))}`);
}

async function fetchHop(url: URL, opts: SafeFetchOptions, allow: Allowlist, signal: AbortSignal): Promise<Hop> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError('scheme', `the ${url.protocol.replace(/:$/, '')} scheme is not allowed: http or https only`);
  }
  const host = hostOf(url);
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await (opts.resolve ?? systemResolve)(host);
    } catch (e) {
      if (signal.aborted) throw e;
      throw connectionError(Object.assign(e instanceof Error ? e : new Error(String(e)), { code: (e as { code?: string }).code ?? 'ENOTFOUND' }), url);
    }
    if (signal.aborted) throw new FetchRefusedError('timeout', 'timed out');
    if (!addresses.length) throw new FetchRefusedError('dns', `${host} has no address`);
  }
  if (!allow.hosts.has(host)) {
    for (const address of addresses) {
      const refusal = addressRefusal(address, allow);
      if (refusal) throw new FetchRefusedError('private_address', `${host} resolves to ${address} (${refusal}), which is not allowed unless an admin allowlists it`);
    }
  }

  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? 'Ruche-Signals/1.0 (feed poller)',
    accept: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;

  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = transport.request(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        // A fresh socket per request: a pooled one may have been opened to another address.
        agent: false,
        lookup: pinnedLookup(addresses),
        signal,
        ...(url.protocol === 'https:' && !ipaddr.isValid(host) ? { servername: host } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = header(res, 'location');
        if (REDIRECTS.has(status) && location) {
          res.resume();
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            reject(new FetchRefusedError('http_status', `redirect to an invalid location "${location.slice(0, 200)}"`, status));
            return;
          }
          resolve({ redirect: next.href });
          return;
        }
        const meta = { etag: header(res, 'etag'), lastModified: header(res, 'last-modified'), contentType: header(res, 'content-type'), finalUrl: url.href };
        if (status === 304) {
          res.resume();
          resolve({ result: { status, ...meta } });
          return;
        }
        if (status < 200 || status > 299) {
          res.resume();
          reject(new FetchRefusedError('http_status', `${url.href} answered HTTP ${status}`, status));
          return;
        }
        const maxBytes = opts.maxBytes ?? MAX_FEED_BYTES;
        const declared = Number(header(res, 'content-length'));
        if (Number.isFinite(declared) && declared > maxBytes && !header(res, 'content-encoding')) {
          res.destroy();
          reject(new FetchRefusedError('too_large', `response is ${declared.toLocaleString('en')} bytes, over the ${maxBytes.toLocaleString('en')} bytes limit`));
          return;
        }
        readBody(res, maxBytes).then((body) => resolve({ result: { status, body, ...meta } }), reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Fetches a feed URL under the SSRF rules above. Throws FetchRefusedError with a stable `reason`. */
export async function safeFetch(rawUrl: string, opts: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const allow = parseAllowlist(opts.allow);
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    throw new FetchRefusedError('scheme', `"${rawUrl.slice(0, 200)}" is not an absolute URL`);
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new FetchRefusedError('timeout', `no complete answer within ${timeoutMs.toLocaleString('en')} ms`));
    }, timeoutMs);
  });
  try {
    for (let redirects = 0; ; redirects++) {
      let hop: Hop;
      try {
        hop = await Promise.race([fetchHop(url, opts, allow, controller.signal), deadline]);
      } catch (e) {
        if (controller.signal.aborted) throw new FetchRefusedError('timeout', `no complete answer within ${timeoutMs.toLocaleString('en')} ms`);
        throw connectionError(e, url);
      }
      if (hop.result) return hop.result;
      if (redirects >= maxRedirects) throw new FetchRefusedError('too_many_redirects', `more than ${maxRedirects} redirects (last to ${hop.redirect})`);
      url = new URL(hop.redirect as string);
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
