import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

/**
 * Core's own paths, never the web app's. A module's route elsewhere (a download at a page-like path, say)
 * is the server's too: app.ts only asks the web app about requests no route matched.
 */
const SERVER_PATHS = /^\/(graphql|auth|socket\.io|healthz|readyz)(\/|$|\?)/;
const FALLBACK = '200.html';
/** What SvelteKit's static build contains; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

interface Asset {
  body: Buffer;
  headers: Record<string, string>;
  etag: string;
}

export interface WebAssets {
  /** CSP hashes of the inline bootstrap scripts SvelteKit writes into the fallback page. */
  scriptHashes: string[];
  available: boolean;
  /**
   * Answers a GET or HEAD for the web app: one of its files, or its page for any other path the
   * server does not own. Returns false, having written nothing, for a server path or an unknown file
   * under `/_app/` (the server answers those).
   */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
}

function etagOf(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function asset(body: Buffer, contentType: string, cacheControl: string): Asset {
  const etag = etagOf(body);
  return { body, etag, headers: { 'Content-Type': contentType, 'Content-Length': String(body.length), 'Cache-Control': cacheControl, ETag: etag } };
}

function send(req: IncomingMessage, res: ServerResponse, a: Asset): void {
  if (req.headers['if-none-match'] === a.etag) {
    res.writeHead(304, { ETag: a.etag, 'Cache-Control': a.headers['Cache-Control'] }).end();
    return;
  }
  res.writeHead(200, a.headers);
  res.end(req.method === 'HEAD' ? undefined : a.body);
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * The built web app (SvelteKit, adapter-static), read into memory once at start-up: it is a few
 * hundred kilobytes that never change while the server runs (the page's inline-script hashes go into
 * the CSP at start-up anyway), so each answer is one lookup and one write, ETag included.
 */
export function webAssets(dir: string): WebAssets {
  const fallbackPath = join(dir, FALLBACK);
  if (!existsSync(fallbackPath)) {
    const html = Buffer.from(`<!doctype html><meta charset="utf-8"><title>Ruche</title><p>The web app is not built. Run <code>npm run build</code>.</p>`);
    return {
      scriptHashes: [],
      available: false,
      serve(req, res) {
        if (req.method !== 'GET' || SERVER_PATHS.test(req.url ?? '/')) return false;
        res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(html.length), 'Cache-Control': 'no-store' }).end(html);
        return true;
      },
    };
  }
  const fallbackHtml = readFileSync(fallbackPath);
  const scriptHashes = [...fallbackHtml.toString('utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
  const fallback = asset(fallbackHtml, CONTENT_TYPES['.html'], 'no-cache');
  const byPath = new Map<string, Asset>();
  for (const path of files(dir)) {
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    // Hashed file names under _app/immutable never change content.
    const cache = url.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    byPath.set(url, asset(readFileSync(path), CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', cache));
  }
  return {
    scriptHashes,
    available: true,
    serve(req, res) {
      const url = req.url ?? '/';
      if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(url)) return false;
      const q = url.indexOf('?');
      let path = q === -1 ? url : url.slice(0, q);
      try {
        path = decodeURIComponent(path);
      } catch {
        return false;
      }
      const found = byPath.get(path);
      if (found) send(req, res, found);
      else if (path.startsWith('/_app/')) return false;
      else send(req, res, fallback);
      return true;
    },
  };
}
