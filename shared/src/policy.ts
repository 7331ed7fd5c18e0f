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
  /** The person's id, for rules about their own things (a campaign they created, an idea they wrote). */
  id?: string;
}

export interface PolicyContext {
  /** The organisation's hub model; rules that depend on it refuse when it is not given. */
  hubModel?: HubModel;
  /** The department that owns the thing acted upon, for rules that depend on it. */
  departmentId?: string | null;
  /** Hivemind: who created the thing (a campaign's creator, an idea's author). */
  createdBy?: string | null;
  /** Hivemind: a campaign's audience, as department ids; `null` when it is for everyone. */
  audienceDepartmentIds?: readonly string[] | null;
  /** Hivemind: whether the campaign is open now (between its opening and closing dates). */
  campaignOpen?: boolean;
  /** Hivemind: the kind of stage an idea is in. */
  stageKind?: string;
  /** Reviews: the author of the idea under review (kept when the idea is anonymous; never shown). */
  authorId?: string | null;
  /** Reviews: the person is one of the reviewers assigned to the idea's stage. */
  reviewAssigned?: boolean;
  /** Reviews: the stage's scorecard also takes reviews from people with 'content.review' who see the campaign. */
  reviewVolunteers?: boolean;
  /** Dynamic Signal alerts: the person is one of the alert's recipients (routed to them or their department when it fired). */
  alertRecipient?: boolean;
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

/**
 * Hivemind: who may create a campaign owned by `c.departmentId` for the audience `c.audienceDepartmentIds`.
 * Administrators and hub coordinators for any department and audience. Managers for their own
 * department; under the collegial model department representatives too. Under the centralised model
 * the hub runs everything company-wide: a spoke's manager may only create a campaign for their own
 * department's people (audience = that department alone), and company-wide campaigns come from the hub.
 */
const mayCreateCampaign: Rule = (a, c) => {
  if (hasRoleAtLeast(a.role, 'hub_coordinator')) return true;
  if (c.hubModel === undefined || !c.departmentId || c.audienceDepartmentIds === undefined || a.departmentId !== c.departmentId) return false;
  const rankOk = hasRoleAtLeast(a.role, 'manager') || (c.hubModel === 'collegial' && a.role === 'department_rep');
  if (!rankOk) return false;
  if (c.hubModel === 'centralised' && !a.isHubMember) {
    return c.audienceDepartmentIds !== null && c.audienceDepartmentIds.length > 0 && c.audienceDepartmentIds.every((d) => d === a.departmentId);
  }
  return true;
};

/**
 * Hivemind: who sees a campaign (and its ideas, counts and events). Everyone when its audience is
 * everyone; otherwise its audience departments, its owning department, its creator, the hub, hub
 * coordinators and administrators (who run and moderate every campaign). campaignVisibleSql in the
 * campaigns module is the same rule as SQL, for lists and counts (keep them in step; campaigns.e2e.ts
 * compares them).
 */
const mayViewCampaign: Rule = (a, c) => {
  if (c.audienceDepartmentIds === undefined) return false;
  if (c.audienceDepartmentIds === null) return true;
  if (hasRoleAtLeast(a.role, 'hub_coordinator') || a.isHubMember) return true;
  if (a.id !== undefined && c.createdBy === a.id) return true;
  if (!a.departmentId) return false;
  return a.departmentId === c.departmentId || c.audienceDepartmentIds.includes(a.departmentId);
};

/** Hivemind: the people a campaign asks, who may post and vote: everyone, or its departments and its owning one. */
const isAudienceMember: Rule = (a, c) => {
  if (c.audienceDepartmentIds === undefined) return false;
  if (c.audienceDepartmentIds === null) return true;
  if (!a.departmentId) return false;
  return a.departmentId === c.departmentId || c.audienceDepartmentIds.includes(a.departmentId);
};

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
  /** Hivemind: create a campaign (see mayCreateCampaign: role, own department, hub model). */
  'campaign.create': mayCreateCampaign,
  /**
   * Hivemind: run a campaign — edit it, move its ideas between stages: its creator, the owning
   * department's representatives and managers (department.represent), hub coordinators, administrators.
   */
  'campaign.run': (a, c) =>
    (a.id !== undefined && c.createdBy !== undefined && c.createdBy !== null && c.createdBy === a.id) ||
    hasRoleAtLeast(a.role, 'hub_coordinator') ||
    (hasRoleAtLeast(a.role, 'department_rep') && !!c.departmentId && a.departmentId === c.departmentId),
  /** Hivemind: see a campaign, its ideas and their counts; refused means "does not exist" to that person. */
  'campaign.view': mayViewCampaign,
  /**
   * Hivemind: post ideas and vote, for the campaign's audience while it is open. Services say
   * CAMPAIGN_NOT_OPEN / CAMPAIGN_CLOSED before asking, so this refusal means "not in the audience".
   */
  'campaign.participate': (a, c) => c.campaignOpen === true && isAudienceMember(a, c),
  /** Hivemind: edit an idea: its author while it is in the first (submitted) stage; moderators always. */
  'idea.edit': (a, c) =>
    hasRoleAtLeast(a.role, 'hub_coordinator') || (a.id !== undefined && !!c.createdBy && c.createdBy === a.id && c.stageKind === 'submitted'),
  /**
   * Reviews: score an idea at a stage with a scorecard: its assigned reviewers, or, when the scorecard
   * takes volunteers, anyone who may review ('content.review'); never the idea's own author. The
   * service checks first that the person sees the campaign.
   */
  'idea.review': (a, c) =>
    !isIdeaAuthor(a, c) && (c.reviewAssigned === true || (c.reviewVolunteers === true && (a.isHubMember || hasRoleAtLeast(a.role, 'manager')))),
  /**
   * Reviews: read an idea's reviews (scores, private notes, aggregate) at a stage: that stage's
   * reviewers and the campaign's runners — never the idea's author, even one who runs the campaign.
   */
  'review.read': (a, c) =>
    !isIdeaAuthor(a, c) &&
    (c.reviewAssigned === true ||
      (c.reviewVolunteers === true && (a.isHubMember || hasRoleAtLeast(a.role, 'manager'))) ||
      (a.id !== undefined && !!c.createdBy && c.createdBy === a.id) ||
      hasRoleAtLeast(a.role, 'hub_coordinator') ||
      (hasRoleAtLeast(a.role, 'department_rep') && !!c.departmentId && a.departmentId === c.departmentId)),
  /**
   * Hivemind curation: hide and restore a campaign's ideas, read its moderation queue, merge its
   * duplicates, link any of its ideas: 'content.moderate' holders everywhere, and the people who run
   * the campaign ('campaign.run': its creator, the owning department's representatives and managers).
   */
  'campaign.moderate': (a, c) =>
    hasRoleAtLeast(a.role, 'hub_coordinator') ||
    (a.id !== undefined && !!c.createdBy && c.createdBy === a.id) ||
    (hasRoleAtLeast(a.role, 'department_rep') && !!c.departmentId && a.departmentId === c.departmentId),
  /** Hivemind curation: see who wrote an anonymous idea, for abuse moderation only; each look is audited. */
  'idea.revealAuthor': isAdmin,
  /** Dynamic Signal: read the market-signal stream (items, sources, watchlists, the analyser): managers and up, and the hub. Members do not. */
  'signals.read': (a) => a.isHubMember || hasRoleAtLeast(a.role, 'manager'),
  /**
   * Dynamic Signal: manage sources (feeds, webhooks, imports, manual entries), watchlists, sentiment
   * corrections and their rules: the hub (the social media team), hub coordinators and administrators.
   */
  'signals.manage': (a) => a.isHubMember || hasRoleAtLeast(a.role, 'hub_coordinator'),
  /**
   * Dynamic Signal: see one source, item or watchlist scoped to `c.departmentId` (null: company-wide).
   * The hub, hub coordinators and administrators see every department's; managers see company-wide
   * ones and their own department's. signalVisibleSql in the signals module is the same rule as SQL.
   */
  'signals.view': (a, c) => {
    if (c.departmentId === undefined) return false;
    if (a.isHubMember || hasRoleAtLeast(a.role, 'hub_coordinator')) return true;
    if (!hasRoleAtLeast(a.role, 'manager')) return false;
    return c.departmentId === null || (!!a.departmentId && a.departmentId === c.departmentId);
  },
  /** Dynamic Signal alerts: create, edit, switch on and off, delete and backtest alert rules: the hub, hub coordinators and administrators. */
  'alerts.manage': (a) => a.isHubMember || hasRoleAtLeast(a.role, 'hub_coordinator'),
  /**
   * Dynamic Signal alerts: receive the alerts a rule routes to department `c.departmentId`, following
   * the hub model (`c.hubModel`): its managers always; its department representatives too under the
   * distributed and collegial models — under the centralised one the hub triages for the spokes, so a
   * spoke hears through its managers only. People named on a rule receive its alerts whatever this says.
   */
  'alerts.receive': (a, c) => {
    if (c.hubModel === undefined || !c.departmentId || a.departmentId !== c.departmentId) return false;
    return hasRoleAtLeast(a.role, 'manager') || (a.role === 'department_rep' && c.hubModel !== 'centralised');
  },
  /**
   * Dynamic Signal alerts: see an alert, give feedback on it, acknowledge or close it: its recipients
   * (`c.alertRecipient`), the hub, hub coordinators and administrators.
   */
  'alerts.view': (a, c) => a.isHubMember || hasRoleAtLeast(a.role, 'hub_coordinator') || c.alertRecipient === true,
} satisfies Record<string, Rule>;

/** Reviews: whether the actor wrote the idea (authorId must be given: unknown counts as the author, refusing). */
function isIdeaAuthor(a: Actor, c: PolicyContext): boolean {
  return c.authorId === undefined || (a.id !== undefined && c.authorId === a.id);
}

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** Whether `actor` may perform `action`; unknown actions and missing context refuse. */
export function can(actor: Actor | null | undefined, action: Action, context: PolicyContext = {}): boolean {
  if (!actor) return false;
  const rule: Rule | undefined = POLICY[action];
  return rule ? rule(actor, context) : false;
}
