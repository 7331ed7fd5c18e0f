import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { DomainError } from '../../../core/errors/domain-error';

/**
 * The webhook, import and preview routes read their bodies themselves: the webhook needs the exact bytes
 * to check their HMAC, the import streams NDJSON line by line with no size known in advance, the preview
 * takes feed files of media types Fastify has no parser for and of up to 5 MB, past its 1 MB body limit.
 * Fastify's parsers would consume the body first (and the JSON one keeps no raw copy), so for these paths
 * the request's media type is set aside in ORIGINAL_TYPE_HEADER and replaced by a private one whose
 * parser hands the stream over untouched (as @fastify/multipart does); the route reads `req.raw`.
 */
/** A prefix ending in "/" (the route takes a parameter there) or an exact path. */
export const RAW_PATHS = ['/signals/webhooks/', '/signals/import/', '/signals/preview'];
/** What every raw path starts with. */
const RAW_ROOT = '/signals/';
export const ORIGINAL_TYPE_HEADER = 'x-ruche-original-content-type';
const RAW_TYPE = 'application/vnd.ruche.raw-stream';

export function registerRawBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(RAW_TYPE, (_req: FastifyRequest, _payload: unknown, done: (err: Error | null, body?: unknown) => void) => done(null, undefined));
  fastify.addHook('onRequest', (req: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    // Every request passes here: most leave at the first test, before any string is cut.
    if (req.method !== 'POST' || !req.url.startsWith(RAW_ROOT)) return done();
    const path = req.url.split('?', 1)[0];
    if (RAW_PATHS.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p))) {
      req.headers[ORIGINAL_TYPE_HEADER] = req.headers['content-type'] ?? '';
      req.headers['content-type'] = RAW_TYPE;
    }
    done();
  });
}

/** The media type the client sent (lower-cased, without parameters), on a raw path. */
export function originalMediaType(req: FastifyRequest): string {
  const value = req.headers[ORIGINAL_TYPE_HEADER];
  return (typeof value === 'string' ? value : '').split(';', 1)[0].trim().toLowerCase();
}

/**
 * Whether the body is sent as it is (no Content-Encoding, or `identity`). These routes never inflate a
 * body: a compressed one would be signed and parsed as its compressed bytes, and inflating it would let
 * a few kilobytes expand past every cap (a gzip bomb). So a coded body is refused up front, by name.
 */
export function isIdentityEncoded(req: FastifyRequest): boolean {
  const value = req.headers['content-encoding'];
  if (value === undefined) return true;
  return typeof value === 'string' && value.split(',').every((v) => ['', 'identity'].includes(v.trim().toLowerCase()));
}

export class PayloadTooLargeError extends DomainError {
  constructor(limit: number) {
    super('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes.`, { limit });
  }
}

/**
 * Reads a whole body of at most `limit` bytes: refused at once on a larger Content-Length, else as soon
 * as more arrives; the rest is then drained and dropped (not buffered) so the refusal can be answered.
 */
export function readBody(req: FastifyRequest, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new PayloadTooLargeError(limit));
  const stream = req.raw;
  return new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    let over = false;
    stream.on('data', (chunk: Buffer | string) => {
      if (over) return;
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > limit) {
        over = true;
        parts.length = 0;
        reject(new PayloadTooLargeError(limit));
        return;
      }
      parts.push(buf);
    });
    stream.on('end', () => (over ? undefined : resolve(Buffer.concat(parts, size))));
    stream.on('error', (err) => reject(err));
    stream.on('aborted', () => reject(new Error('request aborted')));
  });
}
