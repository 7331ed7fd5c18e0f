import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config';
import { ForbiddenError } from '../errors/domain-error';

/** The media type of a request's body, lower-cased, without parameters (`charset=…`). */
export function mediaType(req: FastifyRequest): string {
  return (req.headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase();
}

/**
 * CSRF guard for state-changing HTTP routes outside GraphQL: a browser always sends Origin on a
 * cross-site POST, and a request without it must be JSON, which a cross-site form cannot send.
 */
export function assertSameOrigin(req: FastifyRequest, config: AppConfig): void {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin !== config.publicOrigin) throw new ForbiddenError('Cross-site request refused.');
    return;
  }
  if (mediaType(req) !== 'application/json') throw new ForbiddenError('Cross-site request refused.');
}
