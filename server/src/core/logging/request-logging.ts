import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Logger } from 'pino';
import { requestContext } from './logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
const QUIET = (url: string) => url === '/healthz' || url === '/readyz' || url.startsWith('/_app/');

/**
 * An `onRequest` hook, the first: gives each request an id (a sane incoming X-Request-Id is kept, and
 * returned), carried to every log line written while it is handled. One access line per request at
 * `debug` (a load balancer usually keeps access logs; at `info` Ruche logs what happened, not every
 * hit) and at `error` for a 5xx. Headers and the listener go on Node's response, so answers written
 * there directly (the web app's files) carry and log them too.
 */
export function requestLogging(logger: Logger) {
  const log = logger.child({ module: 'http' });
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const res = reply.raw;
    res.setHeader('X-Request-Id', requestId);
    const url = req.url;
    if (!QUIET(url)) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        // A 503 is the database being away: DatabaseStatus logs that once per outage, not per request.
        const level = res.statusCode >= 500 && res.statusCode !== 503 ? 'error' : 'debug';
        if (!log.isLevelEnabled(level)) return;
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log[level]({ requestId, method: req.method, url: url.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
      });
    }
    requestContext.run({ requestId }, done);
  };
}
