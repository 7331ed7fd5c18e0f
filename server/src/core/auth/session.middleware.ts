import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AppConfig } from '../../config/config';
import { RequestLoaders } from '../graphql/loaders';
import { clearSessionCookie, requestCookie, sessionCookieName } from './session-cookie';
import type { SessionResolver } from './session-resolver';

/** An `onRequest` hook resolving the session cookie into `req.auth`; never rejects on its own. */
export function sessionMiddleware(sessions: SessionResolver, config: AppConfig) {
  const name = sessionCookieName(config);
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const token = requestCookie(req, name);
    if (!token) return done();
    // The request's loaders start here, so the session lookup can hand over the user it read.
    const loaders = new RequestLoaders();
    sessions
      .resolve(token, loaders)
      .then((user) => {
        if (user) {
          req.auth = user;
          req.sessionToken = token;
          req.loaders = loaders;
        } else {
          // Stale cookie: clear it so the browser stops sending it.
          clearSessionCookie(reply, config);
        }
        done();
      })
      .catch(done);
  };
}
