import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
const QUIET = (url: string) => url === '/healthz' || url === '/readyz' || url.startsWith('/_app/');

/**
 * Fastify hooks giving each request an id (a sane incoming X-Request-Id is kept, and returned) in
 * `req.requestId`, and writing one access line per request at `debug` (a load balancer usually keeps
 * access logs; at `info` Ruche logs what happened, not every hit) and at `error` for a 5xx. The id
 * travels explicitly — the access line, the HTTP error filter and GraphQL's error log carry it — rather
 * than through AsyncLocalStorage, whose promise hooks cost Node 20 about a tenth of a GraphQL request's
 * CPU (bench/api.mjs). Answers the web app writes directly (its files and page) get the id but no line.
 */
export function requestLogging(logger: Logger) {
  const log = logger.child({ module: 'http' });
  return {
    onRequest(req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
      const incoming = req.headers['x-request-id'];
      const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      req.requestId = requestId;
      reply.raw.setHeader('X-Request-Id', requestId);
      done();
    },
    onResponse(req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
      const status = reply.statusCode;
      // A 503 is the database being away: DatabaseStatus logs that once per outage, not per request.
      const level = status >= 500 && status !== 503 ? 'error' : 'debug';
      if (log.isLevelEnabled(level) && !QUIET(req.url)) {
        log[level]({ requestId: req.requestId, method: req.method, url: req.url.split('?')[0], status, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
      }
      done();
    },
  };
}
