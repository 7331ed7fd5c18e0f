import { hasRoleAtLeast } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Param = (value: unknown) => string;

export function paramList(): { params: unknown[]; param: Param } {
  const params: unknown[] = [];
  return { params, param: (value) => (params.push(value), `$${params.length}`) };
}

/**
 * SQL for "a thing scoped to the department in `column` is visible to `actor`": the 'signals.view'
 * policy rule (shared/src/policy.ts) as a WHERE condition, for lists and counts. Keep the two in step;
 * signals.e2e.ts checks both with the same people. The caller has checked 'signals.read'.
 */
export function signalVisibleSql(actor: AuthUser, column: string, param: Param): string {
  if (actor.isHubMember || hasRoleAtLeast(actor.role, 'hub_coordinator')) return 'TRUE';
  if (!hasRoleAtLeast(actor.role, 'manager')) return 'FALSE';
  if (!actor.departmentId) return `${column} IS NULL`;
  return `(${column} IS NULL OR ${column} = ${param(actor.departmentId)}::uuid)`;
}

export function assertRead(actor: AuthUser | undefined): asserts actor is AuthUser {
  authorize(actor, 'signals.read', {}, 'Only managers and the hub read the signal stream.');
}

export function assertManage(actor: AuthUser | undefined): asserts actor is AuthUser {
  authorize(actor, 'signals.manage', {}, 'Only the hub manages signal sources and watchlists.');
}

/** A required text field: trimmed, 1…max characters. */
export function requiredText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw new BadInputError(`"${field}" must be text.`, { field });
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new BadInputError(`"${field}" must not be empty.`, { field });
  if (trimmed.length > max) throw new BadInputError(`"${field}" must be at most ${max} characters.`, { field, max });
  return trimmed;
}

export function pageSize(first: unknown, max: number, fallback = 25): number {
  const n = first ?? fallback;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) throw new BadInputError(`"first" must be between 1 and ${max}.`, { field: 'first' });
  return n;
}
