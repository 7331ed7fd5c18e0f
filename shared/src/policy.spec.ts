import { HUB_MODELS, ROLES, type HubModel, type Role } from './org';
import { ACTIONS, can, type Action, type Actor } from './policy';

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

const FIXED: Record<Exclude<Action, 'hub.route' | 'department.represent'>, Expect> = {
  'organisation.administer': row(['admin'], ['admin']),
  'users.setRole': row(['admin'], ['admin']),
  'audit.read': row(['admin'], ['admin']),
  'content.moderate': row(['hub_coordinator', 'admin'], ['hub_coordinator', 'admin']),
  'content.review': row(['manager', 'hub_coordinator', 'admin'], ALL),
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
    expect([...Object.keys(FIXED), 'hub.route', 'department.represent'].sort()).toEqual([...ACTIONS].sort());
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
