import { HUB_MODELS, ROLES, type HubModel, type Role } from './org';
import { ACTIONS, can, type Action, type Actor, type PolicyContext } from './policy';

const DEPT = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

/**
 * The expected answer for every action × role, for a person outside the hub (`spoke`) and inside it
 * (`hub`). Routing depends on the hub model, so it has one line per model. Written out in full on
 * purpose: a change to the policy must change this table too.
 */
type Expect = Record<Role, { spoke: boolean; hub: boolean }>;
const row = (spoke: Role[], hub: Role[]): Expect =>
  Object.fromEntries(ROLES.map((r) => [r, { spoke: spoke.includes(r), hub: hub.includes(r) }])) as Expect;
const ALL = [...ROLES];

/** Actions whose answer depends on the context: each has a table of situations below. */
type InContext =
  | 'hub.route'
  | 'department.represent'
  | 'campaign.create'
  | 'campaign.run'
  | 'campaign.view'
  | 'campaign.participate'
  | 'idea.edit'
  | 'idea.review'
  | 'review.read'
  | 'campaign.moderate'
  | 'idea.revealAuthor'
  | 'signals.view'
  | 'alerts.receive'
  | 'alerts.view';
const FIXED: Record<Exclude<Action, InContext>, Expect> = {
  'organisation.administer': row(['admin'], ['admin']),
  'users.setRole': row(['admin'], ['admin']),
  'audit.read': row(['admin'], ['admin']),
  'content.moderate': row(['hub_coordinator', 'admin'], ['hub_coordinator', 'admin']),
  'content.review': row(['manager', 'hub_coordinator', 'admin'], ALL),
  'signals.read': row(['manager', 'hub_coordinator', 'admin'], ALL),
  'signals.manage': row(['hub_coordinator', 'admin'], ALL),
  'alerts.manage': row(['hub_coordinator', 'admin'], ALL),
};

const ROUTE: Record<HubModel, Expect> = {
  distributed: row(['department_rep', 'manager', 'hub_coordinator', 'admin'], ALL),
  centralised: row(['hub_coordinator', 'admin'], ALL),
  collegial: row(['department_rep', 'hub_coordinator', 'admin'], ALL),
};

/** department.represent on the actor's own department, and on another one. */
const REPRESENT = {
  own: row(['department_rep', 'manager', 'hub_coordinator', 'admin'], ['department_rep', 'manager', 'hub_coordinator', 'admin']),
  other: row(['hub_coordinator', 'admin'], ['hub_coordinator', 'admin']),
};

const actor = (role: Role, isHubMember: boolean): Actor => ({ role, isHubMember, departmentId: DEPT });

describe('permission policy', () => {
  it('has an expectation for every action', () => {
    expect([...Object.keys(FIXED), 'hub.route', 'department.represent', ...HIVEMIND_ACTIONS, ...REVIEW_ACTIONS, ...CURATION_ACTIONS, ...SIGNAL_ACTIONS, ...ALERT_ACTIONS].sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of Object.keys(FIXED) as (keyof typeof FIXED)[]) {
    for (const role of ROLES) {
      it(`${action} · ${role}`, () => {
        expect(can(actor(role, false), action)).toBe(FIXED[action][role].spoke);
        expect(can(actor(role, true), action)).toBe(FIXED[action][role].hub);
      });
    }
  }

  for (const model of HUB_MODELS) {
    for (const role of ROLES) {
      it(`hub.route · ${model} · ${role}`, () => {
        expect(can(actor(role, false), 'hub.route', { hubModel: model })).toBe(ROUTE[model][role].spoke);
        expect(can(actor(role, true), 'hub.route', { hubModel: model })).toBe(ROUTE[model][role].hub);
      });
    }
  }

  for (const role of ROLES) {
    it(`department.represent · ${role}`, () => {
      for (const hub of [false, true]) {
        const key = hub ? 'hub' : 'spoke';
        expect(can(actor(role, hub), 'department.represent', { departmentId: DEPT })).toBe(REPRESENT.own[role][key]);
        expect(can(actor(role, hub), 'department.represent', { departmentId: OTHER })).toBe(REPRESENT.other[role][key]);
      }
    });
  }

  it('refuses when the context a rule needs is missing', () => {
    expect(can(actor('department_rep', true), 'hub.route')).toBe(false);
    expect(can(actor('department_rep', false), 'department.represent')).toBe(false);
    expect(can(actor('manager', false), 'department.represent', { departmentId: null })).toBe(false);
  });

  it('refuses nobody and unknown actions', () => {
    expect(can(null, 'organisation.administer')).toBe(false);
    expect(can(undefined, 'content.review')).toBe(false);
    expect(can(actor('admin', true), 'nonsense' as Action)).toBe(false);
  });
});

/**
 * Hivemind: campaigns and ideas. Each case is a situation (whose campaign, which audience, open or
 * not) and the roles allowed in it, for a person outside the hub (`spoke`) and inside it (`hub`).
 * The actor belongs to DEPT; OTHER is another spoke.
 */
const HIVEMIND_ACTIONS = ['campaign.create', 'campaign.run', 'campaign.view', 'campaign.participate', 'idea.edit'];
const ME = '00000000-0000-4000-8000-0000000000aa';
const SOMEONE = '00000000-0000-4000-8000-0000000000bb';
const hubActor = (role: Role, isHubMember: boolean): Actor => ({ role, isHubMember, departmentId: DEPT, id: ME });
const NONE: Role[] = [];
const MANAGER_UP: Role[] = ['manager', 'hub_coordinator', 'admin'];
const REP_UP: Role[] = ['department_rep', 'manager', 'hub_coordinator', 'admin'];
const COORD_UP: Role[] = ['hub_coordinator', 'admin'];

const HIVEMIND: [string, Action, PolicyContext, Expect][] = [
  // create: own department, company-wide audience
  ['create · own dept · everyone · distributed', 'campaign.create', { hubModel: 'distributed', departmentId: DEPT, audienceDepartmentIds: null }, row(MANAGER_UP, MANAGER_UP)],
  ['create · own dept · everyone · collegial', 'campaign.create', { hubModel: 'collegial', departmentId: DEPT, audienceDepartmentIds: null }, row(REP_UP, REP_UP)],
  ['create · own dept · everyone · centralised (hub only)', 'campaign.create', { hubModel: 'centralised', departmentId: DEPT, audienceDepartmentIds: null }, row(COORD_UP, MANAGER_UP)],
  ['create · own dept · own people · centralised', 'campaign.create', { hubModel: 'centralised', departmentId: DEPT, audienceDepartmentIds: [DEPT] }, row(MANAGER_UP, MANAGER_UP)],
  ['create · own dept · other people · centralised', 'campaign.create', { hubModel: 'centralised', departmentId: DEPT, audienceDepartmentIds: [DEPT, OTHER] }, row(COORD_UP, MANAGER_UP)],
  ['create · other dept · distributed', 'campaign.create', { hubModel: 'distributed', departmentId: OTHER, audienceDepartmentIds: null }, row(COORD_UP, COORD_UP)],
  ['create · no hub model given', 'campaign.create', { departmentId: DEPT, audienceDepartmentIds: null }, row(COORD_UP, COORD_UP)],
  // run
  ['run · own dept', 'campaign.run', { departmentId: DEPT, createdBy: SOMEONE }, row(REP_UP, REP_UP)],
  ['run · other dept', 'campaign.run', { departmentId: OTHER, createdBy: SOMEONE }, row(COORD_UP, COORD_UP)],
  ['run · other dept · my campaign', 'campaign.run', { departmentId: OTHER, createdBy: ME }, row(ROLES.slice(), ROLES.slice())],
  // view
  ['view · everyone', 'campaign.view', { departmentId: OTHER, audienceDepartmentIds: null }, row(ROLES.slice(), ROLES.slice())],
  ['view · restricted to my dept', 'campaign.view', { departmentId: OTHER, audienceDepartmentIds: [DEPT] }, row(ROLES.slice(), ROLES.slice())],
  ['view · owned by my dept, for another', 'campaign.view', { departmentId: DEPT, audienceDepartmentIds: [OTHER] }, row(ROLES.slice(), ROLES.slice())],
  ['view · restricted elsewhere', 'campaign.view', { departmentId: OTHER, audienceDepartmentIds: [OTHER] }, row(COORD_UP, ROLES.slice())],
  ['view · restricted elsewhere · my campaign', 'campaign.view', { departmentId: OTHER, audienceDepartmentIds: [OTHER], createdBy: ME }, row(ROLES.slice(), ROLES.slice())],
  ['view · audience unknown', 'campaign.view', { departmentId: DEPT }, row(NONE, NONE)],
  // participate
  ['participate · everyone · open', 'campaign.participate', { departmentId: OTHER, audienceDepartmentIds: null, campaignOpen: true }, row(ROLES.slice(), ROLES.slice())],
  ['participate · everyone · not open', 'campaign.participate', { departmentId: OTHER, audienceDepartmentIds: null, campaignOpen: false }, row(NONE, NONE)],
  ['participate · my dept in audience · open', 'campaign.participate', { departmentId: OTHER, audienceDepartmentIds: [DEPT], campaignOpen: true }, row(ROLES.slice(), ROLES.slice())],
  ['participate · restricted elsewhere (admins and the hub see, do not vote)', 'campaign.participate', { departmentId: OTHER, audienceDepartmentIds: [OTHER], campaignOpen: true }, row(NONE, NONE)],
  // edit an idea
  ['edit idea · mine · submitted', 'idea.edit', { createdBy: ME, stageKind: 'submitted' }, row(ROLES.slice(), ROLES.slice())],
  ['edit idea · mine · under review', 'idea.edit', { createdBy: ME, stageKind: 'review' }, row(COORD_UP, COORD_UP)],
  ['edit idea · someone else’s', 'idea.edit', { createdBy: SOMEONE, stageKind: 'submitted' }, row(COORD_UP, COORD_UP)],
];

describe('permission policy · Hivemind', () => {
  for (const [name, action, context, expected] of HIVEMIND) {
    for (const role of ROLES) {
      it(`${name} · ${role}`, () => {
        expect(can(hubActor(role, false), action, context)).toBe(expected[role].spoke);
        expect(can(hubActor(role, true), action, context)).toBe(expected[role].hub);
      });
    }
  }

  it('does not treat an actor without an id as the creator of a campaign without one', () => {
    const anonymousActor: Actor = { role: 'member', isHubMember: false, departmentId: DEPT };
    expect(can(anonymousActor, 'campaign.run', { departmentId: OTHER, createdBy: undefined })).toBe(false);
    expect(can(anonymousActor, 'idea.edit', { createdBy: null, stageKind: 'submitted' })).toBe(false);
    expect(can({ role: 'member', isHubMember: false, departmentId: null }, 'campaign.view', { departmentId: OTHER, audienceDepartmentIds: [OTHER] })).toBe(false);
  });
});

// Reviews: who scores an idea at a scorecard stage, and who reads its reviews (notes included).
const REVIEW_ACTIONS = ['idea.review', 'review.read'];
const REVIEWS: [string, Action, PolicyContext, Expect][] = [
  ['review · assigned', 'idea.review', { authorId: SOMEONE, reviewAssigned: true }, row(ROLES.slice(), ROLES.slice())],
  ['review · assigned · my own idea', 'idea.review', { authorId: ME, reviewAssigned: true }, row(NONE, NONE)],
  ['review · not assigned', 'idea.review', { authorId: SOMEONE, reviewAssigned: false }, row(NONE, NONE)],
  ['review · volunteers welcome', 'idea.review', { authorId: SOMEONE, reviewAssigned: false, reviewVolunteers: true }, row(['manager', 'hub_coordinator', 'admin'], ROLES.slice())],
  ['review · author unknown', 'idea.review', { reviewAssigned: true }, row(NONE, NONE)],
  ['read reviews · reviewer', 'review.read', { authorId: SOMEONE, reviewAssigned: true, departmentId: OTHER, createdBy: SOMEONE }, row(ROLES.slice(), ROLES.slice())],
  ['read reviews · runner of my dept', 'review.read', { authorId: SOMEONE, departmentId: DEPT, createdBy: SOMEONE }, row(REP_UP, REP_UP)],
  ['read reviews · other dept', 'review.read', { authorId: SOMEONE, departmentId: OTHER, createdBy: SOMEONE }, row(COORD_UP, COORD_UP)],
  ['read reviews · my campaign', 'review.read', { authorId: SOMEONE, departmentId: OTHER, createdBy: ME }, row(ROLES.slice(), ROLES.slice())],
  ['read reviews · my own idea, even as runner', 'review.read', { authorId: ME, departmentId: DEPT, createdBy: ME, reviewAssigned: true }, row(NONE, NONE)],
  ['read reviews · volunteers welcome', 'review.read', { authorId: SOMEONE, departmentId: OTHER, createdBy: SOMEONE, reviewVolunteers: true }, row(['manager', 'hub_coordinator', 'admin'], ROLES.slice())],
];

describe('permission policy · reviews', () => {
  for (const [name, action, context, expected] of REVIEWS) {
    for (const role of ROLES) {
      it(`${name} · ${role}`, () => {
        expect(can(hubActor(role, false), action, context)).toBe(expected[role].spoke);
        expect(can(hubActor(role, true), action, context)).toBe(expected[role].hub);
      });
    }
  }
});

// Curation: who moderates a campaign's ideas (hide, restore, merge, queue), and who looks behind anonymity.
const CURATION_ACTIONS = ['campaign.moderate', 'idea.revealAuthor'];
const CURATION: [string, Action, PolicyContext, Expect][] = [
  ['moderate · own dept', 'campaign.moderate', { departmentId: DEPT, createdBy: SOMEONE }, row(REP_UP, REP_UP)],
  ['moderate · other dept', 'campaign.moderate', { departmentId: OTHER, createdBy: SOMEONE }, row(COORD_UP, COORD_UP)],
  ['moderate · other dept · my campaign', 'campaign.moderate', { departmentId: OTHER, createdBy: ME }, row(ROLES.slice(), ROLES.slice())],
  ['moderate · no context', 'campaign.moderate', {}, row(COORD_UP, COORD_UP)],
  ['reveal an anonymous author', 'idea.revealAuthor', {}, row(['admin'], ['admin'])],
];

describe('permission policy · curation', () => {
  for (const [name, action, context, expected] of CURATION) {
    for (const role of ROLES) {
      it(`${name} · ${role}`, () => {
        expect(can(hubActor(role, false), action, context)).toBe(expected[role].spoke);
        expect(can(hubActor(role, true), action, context)).toBe(expected[role].hub);
      });
    }
  }
});

// Dynamic Signal: who sees a source, item or watchlist scoped to a department (null: company-wide).
const SIGNAL_ACTIONS = ['signals.view'];
const SIGNALS: [string, Action, PolicyContext, Expect][] = [
  ['view signal · company-wide', 'signals.view', { departmentId: null }, row(MANAGER_UP, ROLES.slice())],
  ['view signal · my department', 'signals.view', { departmentId: DEPT }, row(MANAGER_UP, ROLES.slice())],
  ['view signal · another department', 'signals.view', { departmentId: OTHER }, row(COORD_UP, ROLES.slice())],
  ['view signal · scope unknown', 'signals.view', {}, row(NONE, NONE)],
];

describe('permission policy · Dynamic Signal', () => {
  for (const [name, action, context, expected] of SIGNALS) {
    for (const role of ROLES) {
      it(`${name} · ${role}`, () => {
        expect(can(hubActor(role, false), action, context)).toBe(expected[role].spoke);
        expect(can(hubActor(role, true), action, context)).toBe(expected[role].hub);
      });
    }
  }

  it('does not let a manager without a department see a department’s signals', () => {
    expect(can({ role: 'manager', isHubMember: false, departmentId: null }, 'signals.view', { departmentId: OTHER })).toBe(false);
    expect(can({ role: 'manager', isHubMember: false, departmentId: null }, 'signals.view', { departmentId: null })).toBe(true);
  });
});

// Dynamic Signal alerts: who receives a rule's alerts routed to a department (by hub model), who sees an alert.
const ALERT_ACTIONS = ['alerts.receive', 'alerts.view'];
const MANAGERS_UP: Role[] = ['manager', 'hub_coordinator', 'admin'];
const REPS_UP: Role[] = ['department_rep', 'manager', 'hub_coordinator', 'admin'];
const ALERTS: [string, Action, PolicyContext, Expect][] = [
  ['receive · my department · distributed', 'alerts.receive', { departmentId: DEPT, hubModel: 'distributed' }, row(REPS_UP, REPS_UP)],
  ['receive · my department · collegial', 'alerts.receive', { departmentId: DEPT, hubModel: 'collegial' }, row(REPS_UP, REPS_UP)],
  ['receive · my department · centralised', 'alerts.receive', { departmentId: DEPT, hubModel: 'centralised' }, row(MANAGERS_UP, MANAGERS_UP)],
  ['receive · another department', 'alerts.receive', { departmentId: OTHER, hubModel: 'distributed' }, row([], [])],
  ['receive · no hub model', 'alerts.receive', { departmentId: DEPT }, row([], [])],
  ['receive · no department', 'alerts.receive', { departmentId: null, hubModel: 'distributed' }, row([], [])],
  ['view alert · recipient', 'alerts.view', { alertRecipient: true }, row(ALL, ALL)],
  ['view alert · not a recipient', 'alerts.view', { alertRecipient: false }, row(['hub_coordinator', 'admin'], ALL)],
  ['view alert · no context', 'alerts.view', {}, row(['hub_coordinator', 'admin'], ALL)],
];

describe('permission policy · Dynamic Signal alerts', () => {
  for (const [name, action, context, expected] of ALERTS) {
    for (const role of ROLES) {
      it(`${name} · ${role}`, () => {
        expect(can({ role, isHubMember: false, departmentId: DEPT }, action, context)).toBe(expected[role].spoke);
        expect(can({ role, isHubMember: true, departmentId: DEPT }, action, context)).toBe(expected[role].hub);
      });
    }
  }
});
