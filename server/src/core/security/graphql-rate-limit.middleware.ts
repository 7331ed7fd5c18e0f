import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { RateLimitedError } from '../errors/domain-error';
import { clientAddress } from './client-address';
import type { Budget, LeasedRateLimiter } from './leased-rate-limiter';

export interface GraphqlRateLimits {
  perSessionPerMinute: number;
  perIpPerMinute: number;
}

/**
 * Budgets for /graphql, separate from sign-in's (`auth:<ip>`): each session has its own, and each
 * client address a larger one shared by everyone behind it (an office NAT), so one noisy person spends
 * their session's budget, not the office's, and nothing here touches anyone's sign-in. An `onRequest`
 * hook run after the session hook, which sets `req.auth`. Over budget: HTTP 429, Retry-After and a
 * GraphQL-shaped RATE_LIMITED error.
 */
export function graphqlRateLimit(limiter: LeasedRateLimiter, limits: GraphqlRateLimits) {
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const budgets: Budget[] = [];
    if (req.auth) budgets.push({ key: `graphql:session:${req.auth.sessionId}`, limit: limits.perSessionPerMinute });
    budgets.push({ key: `graphql:ip:${clientAddress(req.ip)}`, limit: limits.perIpPerMinute });
    // Most requests are covered by the slices already leased: answered at once, no promise.
    const local = limiter.takeLocal(budgets);
    if (local !== undefined) return answer(local, reply, done);
    limiter.take(budgets).then((retryAfter) => answer(retryAfter, reply, done), done);
  };
}

function answer(retryAfter: number, reply: FastifyReply, done: HookHandlerDoneFunction): void {
  if (retryAfter === 0) return done();
  const error = new RateLimitedError(retryAfter);
  void reply
    .code(429)
    .header('Retry-After', String(retryAfter))
    .send({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
}
