import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { RequestLoaders } from './loaders';

export interface GqlContext {
  req: FastifyRequest;
  res: FastifyReply;
  user?: AuthUser;
  loaders: RequestLoaders;
}

/** Apollo's Fastify integration calls the context function with the request and the reply. */
export function buildContext(req: FastifyRequest, res: FastifyReply): GqlContext {
  return { req, res, user: req.auth, loaders: req.loaders ?? new RequestLoaders() };
}
