import { can, type Action, type PolicyContext } from '@ruche/shared';
import { ForbiddenError } from '../errors/domain-error';
import type { AuthUser } from './auth-user';

/**
 * Throws FORBIDDEN unless the shared policy table lets `actor` perform `action`. Services call this
 * before acting; the web reads the same table (`can`) only to hide what would be refused.
 */
export function authorize(actor: AuthUser | undefined, action: Action, context: PolicyContext = {}, message?: string): asserts actor is AuthUser {
  if (!can(actor, action, context)) throw new ForbiddenError(message);
}
