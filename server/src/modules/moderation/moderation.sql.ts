import { hasRoleAtLeast } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import type { Param } from '../campaigns';

/**
 * SQL for "`actor` may moderate campaign `alias`": the 'campaign.moderate' rule of shared/src/policy.ts
 * as a WHERE condition, for the moderation queue across campaigns. Keep the two in step
 * (moderation.e2e.ts compares them for every demo persona).
 */
export function campaignModeratedSql(actor: AuthUser, alias: string, param: Param): string {
  if (hasRoleAtLeast(actor.role, 'hub_coordinator')) return 'TRUE';
  const clauses = [`${alias}.created_by = ${param(actor.id)}::uuid`];
  if (hasRoleAtLeast(actor.role, 'department_rep') && actor.departmentId) clauses.push(`${alias}.department_id = ${param(actor.departmentId)}::uuid`);
  return `(${clauses.join(' OR ')})`;
}
