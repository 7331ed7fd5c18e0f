import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * A header-setting middleware (helmet) whose headers depend on nothing but its options, run once at
 * start-up against a recording response; each request then gets the same headers in one loop, with
 * none of the chain of small middlewares and option checks in between. Refuses a middleware that
 * does anything else (reads the request, fails, or does not call next at once).
 */
export function fixedHeaders(middleware: RequestHandler): RequestHandler {
  const set: [string, string | string[]][] = [];
  const removed: string[] = [];
  let done = false;
  const request = new Proxy({} as Request, {
    get: (_target, key) => {
      throw new Error(`fixedHeaders: the middleware reads the request (${String(key)}); its headers are not fixed`);
    },
  });
  const recorder = {
    setHeader(name: string, value: number | string | string[]) {
      set.push([name, typeof value === 'number' ? String(value) : value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  void middleware(request, recorder as unknown as Response, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    done = true;
  });
  if (!done) throw new Error('fixedHeaders: the middleware did not call next at once');
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
