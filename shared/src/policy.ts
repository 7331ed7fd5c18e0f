import { hasRoleAtLeast, type HubModel, type Role } from './org';

/**
 * Who may do what: the one permission table of Ruche, used by the server's services (which enforce
 * it) and by the web (which only hides what would be refused). Each pillar adds its rows here, with a
 * line in policy.spec.ts's expectation table for every role.
 */
export interface Actor {
  role: Role;
  /** Member of the hub department (the social media team). */
  isHubMember: boolean;
  departmentId?: string | null;
}

export interface PolicyContext {
  /** The organisation's hub model; rules that depend on it refuse when it is not given. */
  hubModel?: HubModel;
  /** The department that owns the thing acted upon, for rules that depend on it. */
  departmentId?: string | null;
}

type Rule = (actor: Actor, context: PolicyContext) => boolean;

/**
 * Who may route an item to a department under each hub model (Social Business Design):
 * - distributed: each department handles what reaches it; the hub advises;
 * - centralised: the hub routes and approves everything;
 * - collegial: department representatives decide together with the hub.
 * Hub coordinators and administrators may always route.
 */
export function mayRoute(model: HubModel, role: Role, isHubMember: boolean): boolean {
  if (role === 'admin' || role === 'hub_coordinator') return true;
  switch (model) {
    case 'centralised':
      return isHubMember;
    case 'distributed':
      return isHubMember || hasRoleAtLeast(role, 'department_rep');
    case 'collegial':
      return isHubMember || role === 'department_rep';
  }
}

const isAdmin: Rule = (a) => a.role === 'admin';

export const POLICY = {
  /** Change the organisation's settings (name, default language, hub model). */
  'organisation.administer': isAdmin,
  /** Change a person's role. */
  'users.setRole': isAdmin,
  /** Read the audit log. */
  'audit.read': isAdmin,
  /** Route a signal or an idea to a department, following the hub model. */
  'hub.route': (a, c) => c.hubModel !== undefined && mayRoute(c.hubModel, a.role, a.isHubMember),
  /** Hide, restore and look behind anonymity for abuse moderation. */
  'content.moderate': (a) => hasRoleAtLeast(a.role, 'hub_coordinator'),
  /** Review and score items (ideas at a review stage, signals to triage): managers and up, or the hub. */
  'content.review': (a) => a.isHubMember || hasRoleAtLeast(a.role, 'manager'),
  /** Act for a department (its representatives and managers, for their own department; the hub and admins for any). */
  'department.represent': (a, c) =>
    hasRoleAtLeast(a.role, 'hub_coordinator') ||
    (hasRoleAtLeast(a.role, 'department_rep') && c.departmentId !== undefined && c.departmentId !== null && a.departmentId === c.departmentId),
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** Whether `actor` may perform `action`; unknown actions and missing context refuse. */
export function can(actor: Actor | null | undefined, action: Action, context: PolicyContext = {}): boolean {
  if (!actor) return false;
  const rule: Rule | undefined = POLICY[action];
  return rule ? rule(actor, context) : false;
}
