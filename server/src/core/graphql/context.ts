import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { RequestLoaders } from './loaders';

export interface GqlContext {
  req: Request;
  res: Response;
  user?: AuthUser;
  loaders: RequestLoaders;
}

export function buildContext({ req, res }: { req: Request; res: Response }): GqlContext {
  return { req, res, user: req.auth, loaders: req.loaders ?? new RequestLoaders() };
}
