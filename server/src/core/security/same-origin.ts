import type { Request } from 'express';
import type { AppConfig } from '../../config/config';
import { ForbiddenError } from '../errors/domain-error';

/**
 * CSRF guard for state-changing HTTP routes outside GraphQL: a browser always sends Origin on a
 * cross-site POST, and a request without it must be JSON, which a cross-site form cannot send.
 */
export function assertSameOrigin(req: Request, config: AppConfig): void {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin !== config.publicOrigin) throw new ForbiddenError('Cross-site request refused.');
    return;
  }
  if (!req.is('application/json')) throw new ForbiddenError('Cross-site request refused.');
}
