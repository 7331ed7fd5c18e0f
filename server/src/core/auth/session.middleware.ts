import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config/config';
import { RequestLoaders } from '../graphql/loaders';
import { clearSessionCookie, requestCookie, sessionCookieName } from './session-cookie';
import type { SessionResolver } from './session-resolver';

/** Resolves the session cookie into `req.auth` for every request; never rejects on its own. */
export function sessionMiddleware(sessions: SessionResolver, config: AppConfig) {
  const name = sessionCookieName(config);
  return (req: Request, res: Response, next: NextFunction) => {
    const token = requestCookie(req, name);
    if (!token) return next();
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
          clearSessionCookie(res, config);
        }
        next();
      })
      .catch(next);
  };
}
