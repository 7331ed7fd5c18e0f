import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the web app must never shadow. */
const SERVER_PATHS = /^\/(graphql|auth|socket\.io|healthz|readyz)(\/|$|\?)/;
const FALLBACK = '200.html';

export interface WebAssets {
  /** CSP hashes of the inline bootstrap scripts SvelteKit writes into the fallback page. */
  scriptHashes: string[];
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  available: boolean;
}

export function webAssets(dir: string): WebAssets {
  const fallbackPath = join(dir, FALLBACK);
  if (!existsSync(fallbackPath)) {
    const html = `<!doctype html><meta charset="utf-8"><title>Ruche</title><p>The web app is not built. Run <code>npm run build</code>.</p>`;
    return {
      scriptHashes: [],
      available: false,
      middleware: (req, res, next) => (req.method === 'GET' && !SERVER_PATHS.test(req.path) ? res.status(503).type('html').send(html) : next()),
    };
  }
  const fallback = readFileSync(fallbackPath, 'utf8');
  // Express computes no ETags (app.ts): the page's is computed once, so revalidations still get a 304.
  const fallbackEtag = `"${createHash('sha256').update(fallback).digest('base64url').slice(0, 27)}"`;
  const scriptHashes = [...fallback.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
  const statics = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      // Hashed file names under _app/immutable never change content.
      res.setHeader('Cache-Control', path.includes(`${join('_app', 'immutable')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return {
    scriptHashes,
    available: true,
    middleware: (req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
      statics(req, res, () => {
        if (req.path.startsWith('/_app/')) return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('ETag', fallbackEtag);
        res.type('html').send(fallback);
      });
    },
  };
}
