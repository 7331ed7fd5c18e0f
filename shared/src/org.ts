/** Roles, from least to most authority. A user holds exactly one. */
export const ROLES = ['member', 'department_rep', 'manager', 'hub_coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Rank of a role, for "at least" checks. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function hasRoleAtLeast(role: Role, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}

/**
 * Hub-and-spoke organisation models (Social Business Design):
 * - distributed: each department handles what reaches it; the hub advises.
 * - centralised: the hub routes and approves everything.
 * - collegial: representatives of each department decide together with the hub.
 */
export const HUB_MODELS = ['distributed', 'centralised', 'collegial'] as const;
export type HubModel = (typeof HUB_MODELS)[number];

export function isHubModel(value: unknown): value is HubModel {
  return typeof value === 'string' && (HUB_MODELS as readonly string[]).includes(value);
}

/** The hub (the social media team) or a spoke (any other department). */
export const DEPARTMENT_KINDS = ['hub', 'spoke'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** How a server signs people in: SAML single sign-on, or the local demo picker. */
export const AUTH_MODES = ['local', 'saml'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];
