import { IncomingMessage, ServerResponse } from 'node:http';

/** A Connect-style middleware, as helmet is: it only gets Node's request and response. */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * A header-setting middleware (helmet) whose headers depend on nothing but its options, run once at
 * start-up against a recording response; each response then gets the same headers in one loop, with
 * none of the chain of small middlewares and option checks in between. Refuses a middleware that
 * does anything else (reads the request, fails, or does not call next at once).
 */
export function fixedHeaders(middleware: NodeMiddleware): (res: ServerResponse) => void {
  const set: [string, string | string[]][] = [];
  const removed: string[] = [];
  let done = false;
  const request = new Proxy({} as IncomingMessage, {
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
  middleware(request, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    done = true;
  });
  if (!done) throw new Error('fixedHeaders: the middleware did not call next at once');
  return (res: ServerResponse) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
  };
}
