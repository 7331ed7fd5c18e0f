import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config/config';
import { requestCookie, sessionCookieName } from './cookies';
import type { SessionService } from './session.service';

/** Resolves the session cookie into `req.auth` for every request; never rejects on its own. */
export function sessionMiddleware(sessions: SessionService, config: AppConfig) {
  const name = sessionCookieName(config);
  return (req: Request, res: Response, next: NextFunction) => {
    const token = requestCookie(req, name);
    if (!token) return next();
    sessions
      .resolve(token)
      .then((user) => {
        if (user) {
          req.auth = user;
          req.sessionToken = token;
        } else {
          // Stale cookie: clear it so the browser stops sending it.
          res.clearCookie(name, { path: '/' });
        }
        next();
      })
      .catch(next);
  };
}
